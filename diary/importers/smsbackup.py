"""SMS Backup & Restore XML (SMS, MMS with parts, call logs), read safely and as a stream.

A damaged or cut-off file is read up to the damage, and the damage is reported.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from diary.importers import limits
from diary.importers.model import (
    WITHHELD,
    Direction,
    ParsedAttachment,
    ParsedExport,
    ParsedMessage,
    number_repeats,
)
from diary.importers.text import fail, gc_paused, normalise_number

_WITHHELD_ADDRESSES = {"", "-1", "-2", "-3", "unknown", "null", "private", "withheld", "anonymous"}
_CALL_TYPES: dict[str, Direction] = {
    "1": "incoming",
    "2": "outgoing",
    "3": "missed",
    "4": "voicemail",
    "5": "rejected",
    "6": "blocked",
}
_SMS_OUTGOING = {"2", "4", "5", "6"}
_SMS_EVENTS = {"3": "draft", "4": "outbox", "5": "failed", "6": "queued"}
_SURROGATE_REF = re.compile(rb"&#(\d{5});(?:&#(\d{5});)?")
_CHUNK = 1 << 16
_FEWER = "back up fewer conversations, or a shorter period, and import each file"
# The most fed at once. When a chunk gives back no event (one long attribute, such as an MMS
# picture in base64, spans it) the next is twice as big: expat re-reads an unfinished token
# from its start on every feed, so fixed chunks made a 40 MB record take minutes.
_MAX_CHUNK = 1 << 24


def _fix_surrogates(data: bytes) -> bytes:
    """Join emoji written as two UTF-16 halves (&#55357;&#56832;), as older versions did."""

    def join(m: re.Match[bytes]) -> bytes:
        high = int(m.group(1))
        low = int(m.group(2)) if m.group(2) else 0
        if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return b"&#%d;" % code
        if 0xD800 <= high <= 0xDFFF:
            rest = b"" if not m.group(2) else b"&#" + m.group(2) + b";"
            return b"&#65533;" + rest
        return m.group(0)

    if b"&#55" not in data and b"&#56" not in data and b"&#57" not in data:
        return data
    return _SURROGATE_REF.sub(join, data)


def _attr(elem: ET.Element, name: str) -> str:
    value = elem.get(name, "")
    return "" if value == "null" else value


def _when(elem: ET.Element) -> datetime | None:
    raw = elem.get("date", "")
    try:
        return datetime.fromtimestamp(int(raw) / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _party(address: str, contact: str, region: str | None) -> tuple[str, str | None]:
    """Display text and E.164 number for an address, with withheld numbers named as such."""
    if address.strip().lower() in _WITHHELD_ADDRESSES:
        return WITHHELD, None
    number = normalise_number(address, region)
    name = contact if contact and contact != "(Unknown)" else address
    return name, number


class _Reader:
    """The backup's bytes in pieces, from memory or from disk, with older versions' split
    emoji joined and entity declarations refused, piece by piece."""

    def __init__(self, source: str, data: bytes | BinaryIO) -> None:
        self.source = source
        self.data = data
        self.offset = 0
        self.at_end = False
        self._held = b""  # the end of the last piece, when an entity may go on past it
        self._tail = b""  # the last bytes seen, so a declaration cut in two is still found

    def read(self, size: int) -> bytes:
        if isinstance(self.data, bytes):
            piece = self.data[self.offset : self.offset + size]
        else:
            piece = self.data.read(size)
        self.offset += len(piece)
        self.at_end = not piece
        piece = self._held + piece
        self._held = b""
        if not self.at_end:
            # "&#55357;&#56832;" is 16 bytes: keep a possibly cut reference for the next piece.
            cut = piece.rfind(b"&", max(0, len(piece) - 16))
            if cut >= 0:
                piece, self._held = piece[:cut], piece[cut:]
        seen = self._tail + piece
        self._tail = seen[-8:]
        if b"<!DOCTYPE" in seen or b"<!ENTITY" in seen:
            # Entity declarations are how XML bombs and file-reading tricks work; real backups
            # never contain them, so refuse rather than parse.
            raise fail(
                self.source, None, "this file contains XML declarations Daybook does not accept."
            )
        return _fix_surrogates(piece)


def _records(
    source: str, reader: _Reader, export: ParsedExport
) -> Iterator[tuple[int, ET.Element]]:
    parser = ET.XMLPullParser(events=("start", "end"))
    depth = 0
    root: ET.Element | None = None
    started = 0
    done = 0
    offset = 0
    size = _CHUNK
    record_start = 0
    try:
        while True:
            chunk = reader.read(size)
            offset = reader.offset
            if offset - record_start > limits.MAX_RECORD_BYTES:
                raise limits.too_big(
                    source,
                    f"record {done + 1} is larger than "
                    f"{limits.size_words(limits.MAX_RECORD_BYTES)}, more than any real message "
                    "with its pictures",
                )
            if chunk:
                parser.feed(chunk)
            elif reader.at_end:
                parser.close()
            events = cast(Iterator[tuple[str, Any]], parser.read_events())
            size = min(size * 2, _MAX_CHUNK)
            for event, elem in events:
                size = _CHUNK
                if not isinstance(elem, ET.Element):
                    continue
                if event == "start":
                    depth += 1
                    if depth == 1:
                        root = elem
                        if elem.tag not in ("smses", "calls"):
                            raise fail(
                                source,
                                None,
                                "this is not an SMS Backup & Restore file, because it does not "
                                "hold messages or calls.",
                            )
                        # The app writes how many entries follow: a backup beyond the limit
                        # is refused at once rather than after reading 200,000 of them.
                        stated = elem.get("count", "")
                        if stated.isdigit() and int(stated) > limits.MAX_MESSAGES:
                            raise limits.too_big(
                                source,
                                f"it says it holds {int(stated):,} messages and calls, more "
                                f"than the {limits.MAX_MESSAGES:,} Daybook reads from one file; "
                                + _FEWER,
                            )
                    elif depth == 2:
                        started += 1
                else:
                    depth -= 1
                    if depth == 1 and root is not None:
                        done += 1
                        record_start = offset
                        yield done, elem
                        root.remove(elem)
            if reader.at_end:
                return
    except LookupError:
        raise fail(
            source, None, "this file says it uses a text encoding Daybook does not know."
        ) from None
    except ET.ParseError:
        if root is None:
            raise fail(
                source, None, "this is not an SMS Backup & Restore file, because it is not XML."
            ) from None
        where = done + 1
        if reader.at_end:
            export.damage = (
                f"The file ends part-way through record {where}; "
                f"the {done} records before it were read."
            )
        else:
            export.damage = (
                f"The file is damaged at record {where}; the {done} records before it were "
                "read and nothing after the damage."
            )


def _sms(position: int, elem: ET.Element, when: datetime, region: str | None) -> ParsedMessage:
    kind_code = _attr(elem, "type")
    name, number = _party(_attr(elem, "address"), _attr(elem, "contact_name"), region)
    outgoing = kind_code in _SMS_OUTGOING or kind_code == "3"
    direction: Direction = "outgoing" if outgoing else "incoming"
    sender, sender_number = ("", None) if outgoing else (name, number)
    recipients = (name,) if outgoing else ()
    body = _attr(elem, "body")
    return ParsedMessage(
        kind="message",
        channel="sms",
        direction=direction,
        sender=sender,
        sender_number=sender_number,
        recipients=recipients,
        sent_at=when,
        offset_known=True,
        body=body,
        attachments=(),
        duration_seconds=None,
        position=position,
        position_label=f"record {position}",
        event=_SMS_EVENTS.get(kind_code),
        raw_time=_attr(elem, "readable_date"),
        subject=_attr(elem, "subject"),
    )


def _call(position: int, elem: ET.Element, when: datetime, region: str | None) -> ParsedMessage:
    direction = _CALL_TYPES.get(_attr(elem, "type"), "unknown")
    address = _attr(elem, "number")
    if _attr(elem, "presentation") in ("2", "3", "4"):
        address = ""
    name, number = _party(address, _attr(elem, "contact_name"), region)
    try:
        duration: int | None = max(0, int(_attr(elem, "duration") or "0"))
    except ValueError:
        duration = None
    outgoing = direction == "outgoing"
    sender, sender_number = ("", None) if outgoing else (name, number)
    recipients = (name,) if outgoing else ()
    return ParsedMessage(
        kind="call",
        channel="call",
        direction=direction,
        sender=sender,
        sender_number=sender_number,
        recipients=recipients,
        sent_at=when,
        offset_known=True,
        body="",
        attachments=(),
        duration_seconds=duration,
        position=position,
        position_label=f"record {position}",
        raw_time=_attr(elem, "readable_date"),
    )


def _mms(
    position: int,
    elem: ET.Element,
    when: datetime,
    region: str | None,
    export: ParsedExport,
    keep_files: bool = True,
) -> tuple[ParsedMessage, list[ParsedAttachment], int]:
    box = _attr(elem, "msg_box")
    outgoing = box in ("2", "4")
    direction: Direction = "outgoing" if outgoing else "incoming"
    contact = _attr(elem, "contact_name")
    sender_addr = ""
    to: list[str] = []
    for addr in elem.iter("addr"):
        kind = addr.get("type", "")
        value = _attr(addr, "address")
        if kind == "137":
            sender_addr = value
        elif kind in ("151", "130", "129"):
            to.append(value)
    if not sender_addr and not outgoing:
        sender_addr = _attr(elem, "address").split("~")[0]
    if outgoing:
        sender, sender_number = "", None
        recipients = tuple(
            _party(a, "", region)[0] for a in (to or _attr(elem, "address").split("~"))
        )
    else:
        sender, sender_number = _party(sender_addr, contact if "~" not in contact else "", region)
        recipients = tuple(_party(a, "", region)[0] for a in to)
    texts: list[str] = []
    names: list[str] = []
    files: list[ParsedAttachment] = []
    left_in_file = 0
    for index, part in enumerate(elem.iter("part"), start=1):
        ctype = (_attr(part, "ct") or "application/octet-stream").lower()
        if ctype == "application/smil":
            continue
        if ctype.startswith("text/plain") and "data" not in part.attrib:
            texts.append(_attr(part, "text"))
            continue
        name = _attr(part, "name") or _attr(part, "fn") or _attr(part, "cl") or f"part-{index}"
        name = name.replace("/", "_").replace("\\", "_").strip(". ") or f"part-{index}"
        raw = part.get("data")
        if raw is None:
            if _attr(part, "text"):
                texts.append(_attr(part, "text"))
            continue
        if not keep_files and raw.strip():
            names.append(name)
            left_in_file += 1
            continue
        try:
            blob = base64.b64decode("".join(raw.split()), validate=True)
        except (binascii.Error, ValueError):
            export.skipped.append(
                (f"record {position}", f"the attached file {name} is damaged and was left out")
            )
            continue
        if not blob:
            # The phone backed up the part without its contents: noted, never kept as an
            # empty exhibit that would look like evidence.
            export.skipped.append(
                (
                    f"record {position}",
                    f"the attached file {name} was empty in the backup, so there is nothing "
                    "to keep",
                )
            )
            continue
        names.append(name)
        files.append(
            ParsedAttachment(name=name, media_type=ctype, data=blob, message_position=position)
        )
    body = "\n".join(t for t in texts if t)
    attachments = tuple(names)
    message = ParsedMessage(
        kind="message",
        channel="mms",
        direction=direction,
        sender=sender,
        sender_number=sender_number,
        recipients=recipients,
        sent_at=when,
        offset_known=True,
        body=body,
        attachments=attachments,
        duration_seconds=None,
        position=position,
        position_label=f"record {position}",
        raw_time=_attr(elem, "readable_date"),
        subject=_attr(elem, "sub"),
    )
    return message, files, left_in_file


@gc_paused()
def parse(source: str, data: bytes | Path, *, region: str | None = None) -> ParsedExport:
    """Parse an SMS Backup & Restore XML file (messages or calls).

    Given a path to a backup larger than MAX_FILE_BYTES, it is read from disk as a stream
    (up to MAX_STREAM_BYTES): every message and call is read, but the pictures and other files
    of picture messages are not taken out one by one (they would not fit in memory); they stay
    in the backup file, which the import keeps whole, and the report says so.
    """
    if isinstance(data, Path):
        size = data.stat().st_size
        if size <= limits.MAX_FILE_BYTES:
            return parse(source, data.read_bytes(), region=region)
        if size > limits.MAX_STREAM_BYTES:
            raise limits.too_big(
                source,
                f"this backup is larger than {limits.size_words(limits.MAX_STREAM_BYTES)}, the "
                "most Daybook reads from one file; back up fewer conversations, or a shorter "
                "period, and import each file",
            )
        with data.open("rb") as stream:
            return _parse(source, stream, region, keep_files=False)
    limits.check_file_size(
        source,
        len(data),
        "this backup",
        "back up fewer conversations, or messages without their pictures, and import each file",
    )
    return _parse(source, data, region, keep_files=True)


def _parse(
    source: str, data: bytes | BinaryIO, region: str | None, *, keep_files: bool
) -> ParsedExport:
    first = data[:4096] if isinstance(data, bytes) else data.read(4096)
    if not isinstance(data, bytes):
        data.seek(0)
    head = first.lstrip()
    if not head:
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    if not head.startswith(b"<") and not head.startswith(b"\xef\xbb\xbf<"):
        raise fail(source, None, "this is not an SMS Backup & Restore file, because it is not XML.")
    export = ParsedExport(format="sms", source_name=source)
    senders: dict[str, None] = {}
    seen: set[tuple[object, ...]] = set()
    duplicates = 0
    left_in_file = 0
    for position, elem in _records(source, _Reader(source, data), export):
        when = _when(elem)
        if elem.tag not in ("sms", "mms", "call"):
            export.skipped.append((f"record {position}", f"a <{elem.tag}> entry is not understood"))
            continue
        if when is None:
            export.skipped.append((f"record {position}", "this entry has no readable date"))
            continue
        files: list[ParsedAttachment] = []
        if elem.tag == "sms":
            message = _sms(position, elem, when, region)
        elif elem.tag == "call":
            message = _call(position, elem, when, region)
        else:
            message, files, left = _mms(position, elem, when, region, export, keep_files)
            left_in_file += left
        # The same message twice in one backup (same time to the millisecond, number, body and
        # direction) is one message the app wrote twice, not two: it is kept once.
        identity = (*message[:11], message.subject, tuple(len(f.data) for f in files))
        if identity in seen:
            duplicates += 1
            continue
        seen.add(identity)
        limits.check_count(source, len(export.messages) + 1, "messages and calls", _FEWER)
        export.messages.append(message)
        export.attachments.extend(files)
        for party in (message.sender, *message.recipients):
            if party:
                senders.setdefault(party, None)
    if duplicates:
        export.notes.append(
            f"{duplicates:,} {'entry was an exact copy' if duplicates == 1 else 'entries were exact copies'} "
            "of another in this backup (same time, number, words and direction), so each was "
            "kept once."
        )
    if left_in_file:
        export.notes.append(
            f"This backup is larger than {limits.size_words(limits.MAX_FILE_BYTES)}, so its "
            f"messages and calls were read but the {left_in_file:,} "
            f"{'file' if left_in_file == 1 else 'files'} in its picture messages "
            f"{'was' if left_in_file == 1 else 'were'} not taken out one by one; they stay in "
            "the backup file, which is kept whole."
        )
    if not export.messages and export.damage is not None:
        raise fail(source, "record 1", "the file is damaged before its first message.")
    number_repeats(export.messages)
    export.participants = list(senders)
    return export
