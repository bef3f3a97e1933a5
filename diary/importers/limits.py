"""The stated limits every importer works within, so no file can exhaust memory, time or disk.

Each limit is refused with one plain sentence that names it (`too_big`), before anything is
added to the diary. The numbers are chosen so a whole import stays under 500 MB of memory;
docs/importers.md lists them and bench/hostile_bench.py measures the refusals.
"""

from __future__ import annotations

import re

from diary.errors import ImportFailed

MB = 1024 * 1024

# A file read into memory whole: a chat's text, an SMS backup, a mailbox, a JSON export, a
# message database. Larger ones are refused (zips are read from disk, member by member).
MAX_FILE_BYTES = 200 * MB
# A file decoded to text whole and parsed at once: a chat's text (on its own or in a zip),
# a Telegram or Meta JSON file, a Meta HTML page. Python holds such text at up to 4 bytes a
# character (one emoji is enough), and every message's words again: a 58 MB chat with an
# emoji on each line took 680 MB to parse, a 30 MB one 490 MB to parse and store. Real
# chats of 200,000 messages are 15 to 20 MB.
MAX_TEXT_BYTES = 32 * MB
# An SMS backup larger than MAX_FILE_BYTES is read from disk as a stream (its messages and
# calls; the files of its picture messages stay in the kept backup): up to this size.
MAX_STREAM_BYTES = 4096 * MB
# One line of a chat. WhatsApp caps a message at 65,536 characters (at most 256 KB as UTF-8),
# so a longer line is not a chat line.
MAX_LINE_BYTES = 1 * MB
# One email's header block (real ones, with long Received chains, stay under 100 KB).
MAX_HEADER_BYTES = 1 * MB
# One record of an SMS backup (a message with its pictures in base64; carriers cap an MMS at a
# few MB) and the parts of one email (real ones have tens).
MAX_RECORD_BYTES = 64 * MB
MAX_EMAIL_PARTS = 10_000
# Values (objects, arrays, strings, numbers) in one JSON export read whole. Each costs 50 to
# 150 bytes once parsed, so a file of tiny values (a 190 MB list of numbers took 14 GB) is
# refused before it is parsed; a real Telegram or Meta message is about 10 to 15 values.
MAX_JSON_VALUES = 3_000_000
# Messages, calls and emails in one file; each costs about 2 KB while it is stored.
MAX_MESSAGES = 200_000
# Files inside one zip, one member's unpacked size, all members together, and how far one
# member may unpack beyond its packed size (photos, videos and voice notes barely compress;
# chat text about 5 to 10 times; a zip bomb thousands of times).
MAX_ZIP_MEMBERS = 100_000
MAX_CHAT_MEMBER_BYTES = MAX_TEXT_BYTES
MAX_MEMBER_BYTES = 2048 * MB
MAX_ZIP_TOTAL_BYTES = 8192 * MB
MAX_COMPRESSION_RATIO = 100
# Below this a member's ratio is not checked: tiny files of repeated bytes compress well.
RATIO_FLOOR_BYTES = 1 * MB
# Screenshots read from one folder.
MAX_FOLDER_FILES = 5_000


def size_words(limit: int) -> str:
    """A byte count in plain words: 200 MB, 64 MB, 2 GB."""
    if limit >= 1024 * MB and limit % (1024 * MB) == 0:
        return f"{limit // (1024 * MB)} GB"
    if limit >= MB:
        return f"{limit // MB} MB"
    return f"{limit:,} bytes"


class TooLarge(ImportFailed):
    """A file beyond one of the stated limits: refused whole, nothing added."""


def too_big(source: str, what: str) -> TooLarge:
    """The one sentence for a limit: what is over it, that nothing was added."""
    return TooLarge(f"{source}: {what}, so Daybook did not read it and nothing was added.")


def check_file_size(source: str, size: int, what: str = "this file", advice: str = "") -> None:
    """Refuse a file read whole when it is over MAX_FILE_BYTES."""
    if size > MAX_FILE_BYTES:
        raise too_big(
            source,
            f"{what} is larger than {size_words(MAX_FILE_BYTES)}, the most Daybook reads at "
            f"once{'; ' + advice if advice else ''}",
        )


def check_text_size(source: str, size: int, what: str = "this file", advice: str = "") -> None:
    """Refuse a file decoded to text whole when it is over MAX_TEXT_BYTES."""
    if size > MAX_TEXT_BYTES:
        raise too_big(
            source,
            f"{what} is larger than {size_words(MAX_TEXT_BYTES)}, the most text Daybook reads "
            f"at once{'; ' + advice if advice else ''}",
        )


def check_count(source: str, count: int, what: str, advice: str = "") -> None:
    """Refuse a file holding more than MAX_MESSAGES messages (`what`: "messages", "emails")."""
    if count > MAX_MESSAGES:
        raise too_big(
            source,
            f"it holds more than {MAX_MESSAGES:,} {what}, the most Daybook reads from one "
            f"file{'; ' + advice if advice else ''}",
        )


_JSON_WINDOW = 4 * MB
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def json_values(data: bytes) -> int:
    """At most how many values a JSON text holds: its separators outside strings, plus one."""
    if data.count(b",") + data.count(b"[") <= MAX_JSON_VALUES:
        return data.count(b",") + data.count(b"[") + 1  # commas inside strings only add
    # Commas inside message texts must not count: take the strings out, then count. A JSON
    # string never holds a raw line break, so the text is cut at line breaks into windows,
    # which keeps the copies small; a window of one long line is counted as it is.
    count = 1
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + _JSON_WINDOW)
        end = len(data) if end < 0 else end + 1
        window = data[start:end]
        if end - start <= 2 * _JSON_WINDOW:
            window = _JSON_STRING.sub(b"", window)
        count += window.count(b",") + window.count(b"[")
        if count > MAX_JSON_VALUES:
            break
        start = end
    return count


def check_json_values(source: str, data: bytes, advice: str = "") -> None:
    """Refuse a JSON export of more values than MAX_JSON_VALUES, before it is parsed."""
    if json_values(data) > MAX_JSON_VALUES:
        raise too_big(
            source,
            f"it holds more than {MAX_JSON_VALUES:,} pieces of data, more than Daybook reads "
            f"from one file{'; ' + advice if advice else ''}",
        )
