"""Email as .eml or mbox: any charset, encoded headers, attachments, full headers kept.

Built on the standard library's forgiving compat32 parser; we do the decoding ourselves.
"""

from __future__ import annotations

import contextlib
import email.message
import email.parser
import email.policy
import mimetypes
import re
from collections.abc import Iterator
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from diary.errors import ImportFailed
from diary.importers import limits
from diary.importers.model import (
    Direction,
    ParsedAttachment,
    ParsedExport,
    ParsedMessage,
    number_repeats,
)
from diary.importers.text import decode_text, fail, gc_paused

_KNOWN_HEADERS = {
    "from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
    "mime-version", "content-type", "reply-to", "sender", "delivered-to", "x-mailer",
    "newsgroups", "in-reply-to", "references", "user-agent",
}  # fmt: skip
_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:", re.MULTILINE)
_HEADER_NAME = re.compile(rb"[!-9;-~]+")
_RECEIVED_DATE = re.compile(r";\s*([^;]+)$")
_FEWER = "export only the emails you need (a label or a folder)"
_MBOX_SPLIT = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"[ \t]*\n[ \t\n]*\n")


# Mail programs name a charset and then use its larger superset; decoding with the superset
# reads every character the sender's program wrote (as browsers and mail readers do).
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
    "iso-2022-jp": "iso2022_jp_ext", "iso-2022-jp-2": "iso2022_jp_2", "shift_jis": "cp932",
    "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
    "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
}  # fmt: skip


def _decode_bytes(raw: bytes, declared: str | None) -> str:
    """Declared charset (or its superset), then UTF-8, then cp1252, then latin-1 (which
    cannot fail)."""
    wanted = (declared or "").strip().strip('"').lower() or None
    if wanted:
        wanted = _SUPERSETS.get(wanted, wanted)
    for charset in (wanted, "utf-8", "cp1252"):
        if not charset:
            continue
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return raw.decode("latin-1")


def decode_header_text(value: object) -> str:
    """An RFC 2047 header decoded to text, whatever state it is in."""
    if value is None:
        return ""
    text = str(value)
    try:
        parts = decode_header(text)
    except Exception:
        return text
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(_decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    decoded = "".join(out)
    # make_header puts back the spaces decode_header drops between plain and encoded words.
    with contextlib.suppress(Exception):
        decoded = str(make_header(parts))
    return " ".join(decoded.split())


def raw_headers(header_bytes: bytes) -> list[tuple[str, str]]:
    """Every header as (lower-case name, value), unfolded, with raw 8-bit bytes decoded.

    Read from the bytes, not the parsed message: a header written in raw UTF-8 or Latin-1
    (against the standard, but common) would otherwise come out as replacement characters.
    """
    out: list[tuple[str, str]] = []
    for line in re.split(rb"\r?\n(?![ \t])", header_bytes):
        name, sep, value = line.partition(b":")
        if not sep or not _HEADER_NAME.fullmatch(name.strip()):
            continue
        unfolded = re.sub(rb"\r?\n[ \t]", b" ", value).strip()
        text = unfolded.decode("ascii") if unfolded.isascii() else _decode_bytes(unfolded, None)
        out.append((name.strip().decode("ascii").lower(), text))
    return out


def _header_values(headers: list[tuple[str, str]], name: str) -> list[str]:
    return [value for key, value in headers if key == name]


def _addresses(values: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name, addr in getaddresses([decode_header_text(v) for v in values]):
        if not name and not addr:
            continue
        out.append(f"{name} <{addr}>" if name and addr else (addr or name))
    return tuple(out)


def _read_date(text: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or not 1900 <= when.year <= 2200:
        return None
    return when


def _newest_received(values: list[str]) -> datetime | None:
    """The latest time among the Received headers (each ends with "; <date>")."""
    times: list[datetime] = []
    for value in values:
        found = _RECEIVED_DATE.search(" ".join(value.split()))
        when = _read_date(found.group(1)) if found else None
        if when is not None and when.tzinfo is not None:
            times.append(when)
    return max(times) if times else None


def _split_headers(raw: bytes) -> tuple[bytes, bytes]:
    # bytes.find, not a regular expression: a hostile header block can be many megabytes.
    ends = [(at, 2) for at in (raw.find(b"\n\n"),) if at >= 0]
    ends += [(at, 4) for at in (raw.find(b"\r\n\r\n"),) if at >= 0]
    ends += [(at, 3) for at in (raw.find(b"\n\r\n"),) if at >= 0]
    if not ends:
        return raw, b""
    at, length = min(ends)
    return raw[:at], raw[at + length :]


def _html_to_text(html: str) -> str:
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", html)
    text = _TAG.sub("", html)
    for entity, char in (
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", '"'),
        ("&amp;", "&"),
    ):
        text = text.replace(entity, char)
    return _SPACE.sub("\n\n", text).strip()


def _part_text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return _decode_bytes(payload, part.get_content_charset())


def _one_message(
    source: str,
    raw: bytes,
    position: int,
    label: str,
    export: ParsedExport,
    me: str | None,
    left_in_file: list[str] | None = None,
) -> ParsedMessage:
    """One email. With `left_in_file` (a mailbox read as a stream), attachments are named on
    the message and added to that list, not taken out: they stay in the kept mailbox."""
    header_bytes, _ = _split_headers(raw)
    if len(header_bytes) > limits.MAX_HEADER_BYTES:
        raise limits.too_big(
            source,
            f"{label} has a header block larger than "
            f"{limits.size_words(limits.MAX_HEADER_BYTES)}, which no real email has",
        )
    names = {
        m.group(1).decode("ascii", "replace").lower() for m in _HEADER_LINE.finditer(header_bytes)
    }
    if not names & _KNOWN_HEADERS:
        raise fail(
            source, label, "this does not look like an email, because it has no email headers."
        )
    # Every MIME part starts with a "--boundary" line; counting them first keeps a crafted
    # email of a million tiny parts from taking minutes and gigabytes to parse.
    if raw.count(b"\n--") > limits.MAX_EMAIL_PARTS:
        raise limits.too_big(
            source,
            f"{label} has more than {limits.MAX_EMAIL_PARTS:,} parts, which no real email has",
        )
    msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    headers_read = raw_headers(header_bytes)
    subject = decode_header_text(next(iter(_header_values(headers_read, "subject")), ""))
    senders = _addresses(_header_values(headers_read, "from"))
    recipients = _addresses(_header_values(headers_read, "to") + _header_values(headers_read, "cc"))
    date_text = next(iter(_header_values(headers_read, "date")), "")
    sent_at = _read_date(date_text)
    if sent_at is None:
        received = _newest_received(_header_values(headers_read, "received"))
        if received is not None:
            sent_at = received
            export.notes.append(
                f"{label}: its Date header was missing or could not be read, so the time it "
                "arrived (from its newest Received header) was used."
            )
        else:
            export.notes.append(
                f"{label}: it has no date Daybook could read, so it was kept with its time "
                "not known."
            )
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    counter = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("multipart/"):
            # Declared multipart, but without parts Python could find (no boundary, or none
            # in the text): the text is the message itself.
            ctype = "text/plain"
        disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = part.get_filename()
        name = decode_header_text(filename) if filename else ""
        is_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not name
        if is_text:
            (plain if ctype == "text/plain" else html).append(_part_text(part))
            continue
        if left_in_file is not None:
            counter += 1
            attachments.append(name or f"attachment-{counter}")
            left_in_file.append(attachments[-1])
            continue
        if ctype == "message/rfc822" or isinstance(part.get_payload(), list):
            inner = part.get_payload()
            data = b""
            if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
                data = inner[0].as_bytes()
            name = name or "attached-message.eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        counter += 1
        if not name:
            extension = mimetypes.guess_extension(ctype) or ".bin"
            name = f"attachment-{counter}{extension}"
        name = name.replace("/", "_").replace("\\", "_")
        attachments.append(name)
        export.attachments.append(
            ParsedAttachment(name=name, media_type=ctype, data=data, message_position=position)
        )
    body = "\n\n".join(t for t in plain if t.strip()) or "\n\n".join(
        _html_to_text(h) for h in html if h.strip()
    )
    headers, _ = decode_text(header_bytes)
    sender = senders[0] if senders else ""
    direction: Direction = "unknown"
    if me:
        direction = "outgoing" if me.lower() in sender.lower() else "incoming"
    return ParsedMessage(
        kind="email",
        channel="email",
        direction=direction,
        sender=sender,
        sender_number=None,
        recipients=recipients,
        sent_at=sent_at,
        offset_known=sent_at is not None and sent_at.tzinfo is not None,
        body=body,
        attachments=tuple(attachments),
        duration_seconds=None,
        position=position,
        position_label=label,
        raw_time=date_text,
        subject=subject,
        headers=headers,
    )


def split_mbox(data: bytes) -> list[bytes]:
    """Split an mbox into raw messages, undoing the ">From " quoting of body lines."""
    found = [(m.start(), m.end()) for m in _MBOX_SPLIT.finditer(data)]
    starts = [end for _, end in found]
    bounds = [*[start for start, _ in found][1:], len(data)]
    out = []
    for start, end in zip(starts, bounds, strict=False):
        chunk = data[start:end]
        if b">From " in chunk:
            chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        out.append(chunk)
    return out


def is_mbox(data: bytes) -> bool:
    return data.startswith(b"From ") and b"\n" in data[:1000]


def _stream_mbox(source: str, stream: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """Each message of an mbox read from disk, `>From ` quoting undone; (raw, too_large).

    A message larger than MAX_RECORD_BYTES is not held: it is given back empty, marked."""
    current = bytearray()
    too_large = False
    started = False
    line_start = True
    # Read in pieces of at most 1 MB, so a file of one enormous line is never held whole; only
    # a piece that starts a line can be a "From " separator.
    while piece := stream.readline(1 << 20):
        line, starts, line_start = piece, line_start, piece.endswith(b"\n")
        if not started:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if starts and line.startswith(b"From "):
            if started:
                yield bytes(current), too_large
            current.clear()
            too_large = False
            started = True
            continue
        if not started:
            if line.strip():
                raise fail(
                    source, None, "this is not a mailbox, because it does not start with From."
                )
            continue
        if too_large:
            continue
        if starts and line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
            line = line[1:]
        current += line
        if len(current) > limits.MAX_RECORD_BYTES:
            current.clear()
            too_large = True
    if started:
        yield bytes(current), too_large


def _parse_large_mbox(source: str, path: Path, me: str | None) -> ParsedExport:
    export = ParsedExport(format="mbox", source_name=source)
    left: list[str] = []
    with path.open("rb") as stream:
        for index, (raw, too_large) in enumerate(_stream_mbox(source, stream), start=1):
            label = f"message {index}"
            limits.check_count(source, index, "emails", _FEWER)
            if too_large:
                export.skipped.append(
                    (
                        label,
                        f"this email is larger than {limits.size_words(limits.MAX_RECORD_BYTES)}; "
                        "it stays in the mailbox file, which is kept whole",
                    )
                )
                continue
            try:
                export.messages.append(_one_message(source, raw, index, label, export, me, left))
            except limits.TooLarge:
                raise
            except ImportFailed:
                export.skipped.append((label, "this part of the mailbox is not an email"))
    if not export.messages:
        raise fail(source, None, "this mailbox holds no emails Daybook could read.")
    if left:
        export.notes.append(
            f"This mailbox is larger than {limits.size_words(limits.MAX_FILE_BYTES)}, so its "
            f"emails were read but their {len(left):,} "
            f"{'attachment was' if len(left) == 1 else 'attachments were'} not taken out one "
            "by one; they stay in the mailbox file, which is kept whole."
        )
    return export


@gc_paused()
def parse(source: str, data: bytes | Path, *, me: str | None = None) -> ParsedExport:
    """Parse a single .eml or an mbox of many messages.

    Given a path to a mailbox larger than MAX_FILE_BYTES, it is read from disk one email at a
    time (up to MAX_STREAM_BYTES): every email is read, but attachments are only named, not
    taken out (they stay in the mailbox, which the import keeps whole), and the report says so.
    """
    if isinstance(data, Path):
        size = data.stat().st_size
        if size <= limits.MAX_FILE_BYTES:
            return parse(source, data.read_bytes(), me=me)
        if size > limits.MAX_STREAM_BYTES:
            raise limits.too_big(
                source,
                f"this mailbox is larger than {limits.size_words(limits.MAX_STREAM_BYTES)}, the "
                f"most Daybook reads from one file; {_FEWER}",
            )
        with data.open("rb") as stream:
            start = stream.read(8)
        if not start.removeprefix(b"\xef\xbb\xbf").startswith(
            b"From "
        ):  # one email this large is not read from disk
            limits.check_file_size(source, size, advice=_FEWER)
        try:
            export = _parse_large_mbox(source, data, me)
        except RecursionError:
            raise fail(
                source, None, "an email in this mailbox is nested too deeply to be read."
            ) from None
        _finish(export)
        return export
    limits.check_file_size(source, len(data), advice=_FEWER)
    if data.startswith(b"\xef\xbb\xbf"):
        # A byte order mark some tools write before a mailbox's first "From " line.
        data = data[3:]
    if not data.strip():
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    export = ParsedExport(format="email", source_name=source)
    try:
        if is_mbox(data):
            export.format = "mbox"
            raws = split_mbox(data)
            limits.check_count(source, len(raws), "emails")
            for index, raw in enumerate(raws, start=1):
                label = f"message {index}"
                try:
                    export.messages.append(_one_message(source, raw, index, label, export, me))
                    limits.check_count(source, len(export.attachments), "attachments")
                except limits.TooLarge:
                    raise
                except ImportFailed:
                    export.skipped.append((label, "this part of the mailbox is not an email"))
            if not export.messages:
                raise fail(source, None, "this mailbox holds no emails Daybook could read.")
        else:
            export.messages.append(_one_message(source, data, 1, "message 1", export, me))
    except RecursionError:
        raise fail(source, None, "this email is nested too deeply to be read.") from None
    _finish(export)
    return export


def _finish(export: ParsedExport) -> None:
    seen: dict[str, None] = {}
    for m in export.messages:
        for who in (m.sender, *m.recipients):
            if who:
                seen.setdefault(who, None)
    number_repeats(export.messages)
    export.participants = list(seen)
