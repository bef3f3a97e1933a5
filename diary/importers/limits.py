"""The stated limits every importer works within, so no file can exhaust memory, time or disk.

Each limit is refused with one plain sentence that names it (`too_big`), before anything is
added to the diary. The numbers are chosen so a whole import stays under 500 MB of memory;
docs/importers.md lists them and bench/hostile_bench.py measures the refusals.
"""

from __future__ import annotations

from diary.errors import ImportFailed

MB = 1024 * 1024

# A file read into memory whole: a chat's text, an SMS backup, a mailbox, a JSON export, a
# message database. Larger ones are refused (zips are read from disk, member by member).
MAX_FILE_BYTES = 200 * MB
# One line of a chat. WhatsApp caps a message at 65,536 characters (at most 256 KB as UTF-8),
# so a longer line is not a chat line.
MAX_LINE_BYTES = 1 * MB
# One email's header block (real ones, with long Received chains, stay under 100 KB).
MAX_HEADER_BYTES = 1 * MB
# One record of an SMS backup (a message with its pictures in base64; carriers cap an MMS at a
# few MB) and the parts of one email (real ones have tens).
MAX_RECORD_BYTES = 64 * MB
MAX_EMAIL_PARTS = 10_000
# Messages, calls and emails in one file; each costs about 2 KB while it is stored.
MAX_MESSAGES = 200_000
# Files inside one zip, one member's unpacked size, all members together, and how far one
# member may unpack beyond its packed size (photos, videos and voice notes barely compress;
# chat text about 5 to 10 times; a zip bomb thousands of times).
MAX_ZIP_MEMBERS = 100_000
MAX_CHAT_MEMBER_BYTES = 64 * MB
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


def check_count(source: str, count: int, what: str, advice: str = "") -> None:
    """Refuse a file holding more than MAX_MESSAGES messages (`what`: "messages", "emails")."""
    if count > MAX_MESSAGES:
        raise too_big(
            source,
            f"it holds more than {MAX_MESSAGES:,} {what}, the most Daybook reads from one "
            f"file{'; ' + advice if advice else ''}",
        )
