"""iMessage and SMS from Apple's message database: a Mac's `chat.db`, or the `sms.db` of an
iPhone backup that is not encrypted.

The database is only ever read: given a path, SQLite opens it read-only and immutable; given
bytes, they are loaded into memory (`deserialize`). When a `chat.db-wal` lies beside the file
(Messages keeps its newest changes there until it folds them in), the database is read into
memory and the WAL's committed changes are applied to that copy (`apply_wal`); neither file
is changed, and the WAL is kept as an exhibit with the database. Times are Apple's: seconds, or on newer
systems nanoseconds, since 1 January 2001. Attachments are listed by name; the files stay on
the Mac or phone (their paths are noted).
"""

from __future__ import annotations

import sqlite3
import struct
import urllib.parse
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from diary.importers import limits
from diary.importers.model import (
    Channel,
    ChatInfo,
    Direction,
    Kind,
    ParsedAttachment,
    ParsedExport,
    ParsedMessage,
    number_repeats,
)
from diary.importers.text import fail, gc_paused, normalise_number

APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
# Newer systems store nanoseconds; any value this large cannot be seconds (it would be the
# year 33,000).
_NANOSECONDS_FROM = 10**12


def apple_time(value: Any) -> datetime | None:
    """An Apple timestamp (seconds or nanoseconds since 2001-01-01 UTC) as an aware time."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return None
    seconds = value / 1e9 if abs(value) >= _NANOSECONDS_FROM else float(value)
    try:
        return APPLE_EPOCH + timedelta(seconds=seconds)
    except OverflowError:
        return None


def attributed_text(blob: Any) -> str:
    """The plain text inside an `attributedBody` (an NSAttributedString in Apple's typedstream).

    Newer systems leave `text` empty and keep the words only here. The string follows the
    class name NSString, after a "+" marker and a length (one byte, or 0x81 and two bytes,
    or 0x82 and four, little-endian).
    """
    if not isinstance(blob, bytes | bytearray | memoryview):
        return ""
    data = bytes(blob)
    at = data.find(b"NSString")
    if at < 0:
        return ""
    plus = data.find(b"+", at + 8, at + 24)
    if plus < 0 or plus + 1 >= len(data):
        return ""
    length = data[plus + 1]
    start = plus + 2
    if length == 0x81:
        length = int.from_bytes(data[start : start + 2], "little")
        start += 2
    elif length == 0x82:
        length = int.from_bytes(data[start : start + 4], "little")
        start += 4
    return data[start : start + length].decode("utf-8", "replace")


def looks_like_message_db(head: bytes, path: Path | None = None) -> bool:
    """An Apple message database: SQLite with tables named message and handle."""
    if not head.startswith(b"SQLite format 3\x00"):
        return False
    sample = head[:262144]
    return b"TABLE message" in sample and b"handle" in sample


_WAL_MAGIC = (0x377F0682, 0x377F0683)  # checksums little-endian, big-endian
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _wal_checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def apply_wal(image: bytes, wal: bytes) -> tuple[bytes, int]:
    """The database as its WAL's committed transactions leave it, and how many were applied.

    Follows SQLite's file format (sqlite.org/fileformat.html, "The WAL file format"): a frame
    counts only when its salts match the WAL header and the running checksum holds, and only
    frames up to the last commit frame are applied; a torn or stale tail is ignored, as
    SQLite itself would. An unreadable WAL applies nothing.
    """
    if len(wal) < _WAL_HEADER:
        return image, 0
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", wal[:32])
    if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return image, 0
    big = magic == _WAL_MAGIC[1]
    s0, s1 = _wal_checksum(wal[:24], 0, 0, big)
    if (s0, s1) != (c1, c2):
        return image, 0
    pages: dict[int, bytes] = {}
    committed: dict[int, bytes] = {}
    size_in_pages = 0
    commits = 0
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(wal):
        number, db_size, f_salt1, f_salt2, f1, f2 = struct.unpack(
            ">6I", wal[offset : offset + _FRAME_HEADER]
        )
        page = wal[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        if (f_salt1, f_salt2) != (salt1, salt2) or number == 0:
            break
        s0, s1 = _wal_checksum(wal[offset : offset + 8], s0, s1, big)
        s0, s1 = _wal_checksum(page, s0, s1, big)
        if (s0, s1) != (f1, f2):
            break
        pages[number] = page
        if db_size:
            committed.update(pages)
            pages.clear()
            size_in_pages = db_size
            commits += 1
        offset += _FRAME_HEADER + page_size
    if not commits:
        return image, 0
    out = bytearray(image[: size_in_pages * page_size])
    out.extend(bytes(size_in_pages * page_size - len(out)))
    for number, page in committed.items():
        if number <= size_in_pages:
            out[(number - 1) * page_size : number * page_size] = page
    return bytes(out), commits


def _wal_beside(data: bytes | Path) -> Path | None:
    if not isinstance(data, Path):
        return None
    wal = data.with_name(data.name + "-wal")
    return wal if wal.is_file() and wal.stat().st_size > _WAL_HEADER else None


def _connect(source: str, data: bytes | Path) -> sqlite3.Connection:
    try:
        if isinstance(data, Path):
            uri = "file:" + urllib.parse.quote(str(data)) + "?mode=ro&immutable=1"
            return sqlite3.connect(uri, uri=True)
        connection = sqlite3.connect(":memory:")
        image = bytearray(data)
        if len(image) > 20 and image[18:20] == b"\x02\x02":
            # A database in WAL mode cannot be loaded from memory; the mode bytes say only
            # how changes are journalled, so reading it as a rollback database is the same.
            image[18:20] = b"\x01\x01"
        connection.deserialize(bytes(image))
        return connection
    except (sqlite3.Error, ValueError, OverflowError, MemoryError):
        raise fail(
            source, None, "this message database is damaged and could not be opened."
        ) from None


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


@gc_paused()
def parse(
    source: str,
    data: bytes | Path,
    *,
    chat_ids: list[str] | None = None,
    me: str | None = None,
) -> ParsedExport:
    """Read every message (or the chosen chats') from chat.db or sms.db."""
    if isinstance(data, bytes):
        limits.check_file_size(source, len(data), "this database")
    wal = _wal_beside(data)
    commits = 0
    if wal is not None and isinstance(data, Path):
        limits.check_file_size(
            source, data.stat().st_size + wal.stat().st_size, "this database with its WAL"
        )
        image, commits = apply_wal(data.read_bytes(), wal.read_bytes())
        if commits:
            data = image
    connection = _connect(source, data)
    try:
        export = _read(source, connection, chat_ids)
    except sqlite3.Error:
        raise fail(
            source, None, "this is not a message database Daybook can read (chat.db or sms.db)."
        ) from None
    finally:
        connection.close()
    if wal is not None:
        if commits:
            export.notes.append(
                f"{commits:,} recent {'change' if commits == 1 else 'changes'} waiting in "
                f"{wal.name} beside it {'was' if commits == 1 else 'were'} read too (neither "
                "file was changed), and that file is kept with it."
            )
            export.attachments.append(
                ParsedAttachment(
                    name=wal.name,
                    media_type="application/octet-stream",
                    data=b"",
                    message_position=None,
                    opener=lambda: wal.open("rb"),
                    size=wal.stat().st_size,
                )
            )
        else:
            export.notes.append(
                f"{wal.name} beside it holds no complete changes Daybook could read, so it "
                "was left out."
            )
    return export


def _read(source: str, connection: sqlite3.Connection, chat_ids: list[str] | None) -> ParsedExport:
    message_columns = _columns(connection, "message")
    if not {"text", "date", "is_from_me", "handle_id"} <= message_columns:
        raise fail(
            source, None, "this is not a message database Daybook can read (chat.db or sms.db)."
        )
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    handles = {
        rowid: str(ident)
        for rowid, ident in connection.execute("SELECT ROWID, id FROM handle")
        if ident is not None
    }
    chat_of: dict[int, str] = {}
    export = ParsedExport(format="imessage", source_name=source)
    if {"chat", "chat_message_join"} <= tables:
        names: dict[int, str] = {}
        chat_columns = _columns(connection, "chat")
        label = "display_name" if "display_name" in chat_columns else "NULL"
        for rowid, ident, display in connection.execute(
            f"SELECT ROWID, chat_identifier, {label} FROM chat"
        ):
            names[rowid] = str(display or ident or rowid)
        for chat_id, message_id in connection.execute(
            "SELECT chat_id, message_id FROM chat_message_join"
        ):
            chat_of.setdefault(message_id, str(chat_id))
        counts: dict[str, int] = {}
        for chat_id in chat_of.values():
            counts[chat_id] = counts.get(chat_id, 0) + 1
        for rowid, name in names.items():
            export.chats.append(
                ChatInfo(chat_id=str(rowid), name=name, message_count=counts.get(str(rowid), 0))
            )
    attachments: dict[int, list[tuple[str, str]]] = {}
    if {"attachment", "message_attachment_join"} <= tables:
        for message_id, filename, transfer in connection.execute(
            "SELECT j.message_id, a.filename, a.transfer_name FROM message_attachment_join j "
            "JOIN attachment a ON a.ROWID = j.attachment_id"
        ):
            path = str(filename or transfer or "")
            name = str(transfer or path.rsplit("/", 1)[-1] or "attachment")
            attachments.setdefault(message_id, []).append((name, path))
    wanted = set(chat_ids) if chat_ids else None
    body_column = "attributedBody" if "attributedBody" in message_columns else "NULL"
    extra = {
        name: name if name in message_columns else "0"
        for name in ("item_type", "associated_message_type", "service")
    }
    rows = connection.execute(
        f"SELECT ROWID, text, {body_column}, date, is_from_me, handle_id, "
        f"{extra['item_type']}, {extra['associated_message_type']}, {extra['service']} "
        "FROM message ORDER BY date, ROWID"
    )
    senders: dict[str, None] = {}
    paths_noted = False
    for position, row in enumerate(rows, start=1):
        rowid, text, attributed, raw_date, from_me, handle_id, item_type, reaction, service = row
        if wanted is not None and chat_of.get(rowid) not in wanted:
            continue
        label = f"message {position}"
        when = apple_time(raw_date)
        if when is None:
            export.skipped.append((label, "this message has no readable date"))
            continue
        body = text if isinstance(text, str) and text else attributed_text(attributed)
        body = body.replace("\ufffc", "").strip("\n") if body else ""
        handle = handles.get(handle_id, "") if isinstance(handle_id, int) else ""
        kind: Kind = "message"
        event: str | None = None
        if isinstance(item_type, int) and item_type != 0:
            kind, event = "system", "other"
        elif isinstance(reaction, int) and reaction != 0:
            # A tapback (a heart, a thumbs up) on another message.
            event = "reaction"
        outgoing = bool(from_me)
        direction: Direction = "outgoing" if outgoing else "incoming"
        files = attachments.get(rowid, [])
        if files and not paths_noted:
            paths_noted = True
        channel: Channel = "sms" if str(service or "").upper() in ("SMS", "RCS") else "imessage"
        sender = "" if outgoing or kind == "system" else (handle or "number not recorded")
        export.messages.append(
            ParsedMessage(
                kind=kind,
                channel=channel,
                direction=direction if kind != "system" else "unknown",
                sender=sender,
                sender_number=normalise_number(handle) if sender and handle else None,
                recipients=(handle,) if outgoing and handle else (),
                sent_at=when,
                offset_known=True,
                body=body,
                attachments=tuple(name for name, _ in files),
                duration_seconds=None,
                position=position,
                position_label=label,
                event=event or ("media" if files else None),
                raw_time=str(raw_date),
                chat=chat_of.get(rowid, ""),
            )
        )
        limits.check_count(source, len(export.messages), "messages", "choose fewer chats")
        for party in (sender, *((handle,) if outgoing and handle else ())):
            if party:
                senders.setdefault(party, None)
    if paths_noted:
        export.notes.append(
            "Attachments are listed by name; the files themselves stay where Messages keeps "
            "them (on a Mac, in ~/Library/Messages/Attachments), so add any you need with "
            "Attach."
        )
    export.notes.append(
        "The database was only read, never changed. Messages received after it was copied "
        "are not in it; nor are any still in its -wal file unless that file was copied "
        "beside it."
    )
    number_repeats(export.messages)
    export.participants = list(senders)
    return export
