"""Recognise an export from its bytes and name, and send it to the right parser.

`parse_file` is the one entry point the CLI and app use; it only ever raises ImportFailed.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from diary.errors import ImportFailed
from diary.importers import email as email_importer
from diary.importers import imessage, limits, meta, photos, smsbackup, telegram, whatsapp
from diary.importers.model import ParsedAttachment, ParsedExport
from diary.importers.text import decode_text, fail

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg and other OLE files
FORMATS = ("whatsapp", "sms", "email", "telegram", "photo", "meta", "imessage")
_EMAIL_HEADER = re.compile(
    rb"^(?:from|to|subject|date|message-id|received|return-path|mime-version|delivered-to)"
    rb"[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_META_THREAD = re.compile(r"(?:^|/)message_\d+\.(?:json|html)$")
_OPTIONS = {
    "whatsapp": {"date_order", "me", "region"},
    "sms": {"region"},
    "email": {"me"},
    "telegram": {"chat_ids", "me"},
    "photo": set(),
    "meta": {"chat_ids", "me"},
    "imessage": {"chat_ids", "me"},
}


def _is_image(data: bytes) -> bool:
    if data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")):
        return True
    return data[4:8] == b"ftyp" and data[8:12] in (
        b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"avif",
    )  # fmt: skip


def _zip_format(data: bytes | Path) -> str:
    """A zip of Meta's "Download your information" (message_1.json files), else WhatsApp."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            names = zf.namelist()
    except Exception:
        return "whatsapp"
    if any(_META_THREAD.search(n) for n in names[: limits.MAX_ZIP_MEMBERS]):
        return "meta"
    return "whatsapp"


def detect_format(name: str, data: bytes, *, path: Path | None = None) -> str:
    """The format of a file: one of FORMATS, or "unknown". `data` may be just the file's
    start when `path` is given (a zip's list of files is read from the path)."""
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _zip_format(path if path is not None else data)
    if data.startswith(b"SQLite format 3\x00"):
        return "imessage" if imessage.looks_like_message_db(data, path) else "unknown"
    if _is_image(data):
        return "photo"
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:200].count(0) > 20:
        head = decode_text(head)[0].encode("utf-8", "replace")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = name.lower()
    if stripped.startswith(b"{"):
        return "meta" if meta.looks_like_meta_json(stripped) else "telegram"
    if meta.looks_like_meta_html(stripped):
        return "meta"
    if stripped.startswith(b"<"):
        if re.search(rb"<(?:smses|calls)[\s>]", stripped[:8192]):
            return "sms"
        return "sms" if lower.endswith(".xml") else "unknown"
    if stripped.startswith(b"From ") or data.startswith(b"\xef\xbb\xbfFrom "):
        return "email"
    first_line = stripped.split(b"\n", 1)[0].decode("utf-8", "replace")
    if whatsapp.HEADER.match(first_line):
        return "whatsapp"
    if _EMAIL_HEADER.search(stripped[:4096]) and re.match(rb"^[!-9;-~]+[ \t]*:", stripped):
        return "email"
    for suffix, fmt in (
        (".txt", "whatsapp"),
        (".zip", "whatsapp"),
        (".xml", "sms"),
        (".eml", "email"),
        (".mbox", "email"),
        (".json", "telegram"),
        (".db", "imessage"),
        (".jpg", "photo"),
        (".jpeg", "photo"),
        (".png", "photo"),
        (".heic", "photo"),
    ):
        if lower.endswith(suffix):
            return fmt
    return "unknown"


def _photo_export(name: str, data: bytes) -> ParsedExport:
    info = photos.read_photo(name, data)
    export = ParsedExport(format="photo", source_name=name, photo=info)
    export.attachments.append(
        ParsedAttachment(name=name, media_type=info.media_type, data=data, message_position=None)
    )
    return export


def parse_file(
    name: str, data: bytes | Path, *, format: str | None = None, **options: Any
) -> ParsedExport:
    """Parse any supported export. Raises ImportFailed (or a subclass) and nothing else.

    Options: date_order ("dmy", "mdy", "ymd") and me (the person's own name) for WhatsApp,
    region (a phone region such as "GB" for numbers without +) for WhatsApp and SMS,
    chat_ids (which Telegram chats to read) and me for Telegram and email.
    """
    if isinstance(data, Path):
        with data.open("rb") as handle:
            head = handle.read(262144)
        fmt = format or detect_format(name, head, path=data)
        on_disk = (
            (fmt in ("whatsapp", "meta") and head[:4] in (b"PK\x03\x04", b"PK\x05\x06"))
            or (fmt == "imessage" and head.startswith(b"SQLite format 3\x00"))
            # A large SMS backup is read from disk as a stream (smsbackup.parse).
            or (fmt in ("sms", "email") and data.stat().st_size > limits.MAX_FILE_BYTES)
        )
        if not on_disk:
            # Only zips are read from disk member by member; other files are read whole.
            limits.check_file_size(name, data.stat().st_size)
            if fmt in ("whatsapp", "telegram", "meta"):
                # Decoded to text whole: refused by its lower limit before it is read.
                limits.check_text_size(name, data.stat().st_size)
            data = data.read_bytes()
    else:
        fmt = format or detect_format(name, data)
    if fmt not in FORMATS:
        head_bytes = data[:8] if isinstance(data, bytes) else head[:8]
        if name.lower().endswith(".msg") or head_bytes == _OLE_MAGIC:
            # Outlook's own format (an OLE compound file) is not read; say how to get .eml.
            raise ImportFailed(
                f"{name}: this looks like an Outlook .msg file, which Daybook does not read; "
                "open the email in Outlook on the web or the new Outlook, choose Download to "
                "save it as an .eml file, and add that."
            )
        sample = data[:65536] if isinstance(data, bytes) else head[:65536]
        if b"<title>Exported Data</title>" in sample and b'class="message ' in sample:
            # Telegram Desktop's HTML export (its default) is not read; its JSON is.
            raise ImportFailed(
                f"{name}: this is Telegram's HTML export, which Daybook does not read; in "
                'Telegram Desktop export the chat again choosing "Machine-readable JSON", and '
                "add the result.json file."
            )
        raise ImportFailed(f"{name}: Daybook does not recognise this kind of file.")
    chosen = {k: v for k, v in options.items() if k in _OPTIONS[fmt] and v is not None}
    try:
        if fmt == "whatsapp":
            return whatsapp.parse(name, data, **chosen)
        if fmt == "meta":
            return meta.parse(name, data, **chosen)
        if fmt == "imessage":
            return imessage.parse(name, data, **chosen)
        if fmt == "sms":
            return smsbackup.parse(name, data, **chosen)
        if fmt == "email":
            return email_importer.parse(name, data, **chosen)
        if isinstance(data, Path):
            raise fail(name, None, "this file could not be read.")
        if fmt == "telegram":
            return telegram.parse(name, data, **chosen)
        return _photo_export(name, data)
    except ImportFailed:
        raise
    except (MemoryError, RecursionError):
        raise fail(name, None, "this file is too large or complex to read.") from None
    except Exception:
        # A last guard: every parser is tested to raise only ImportFailed, but a person must
        # never see a traceback even if one slips through.
        raise fail(name, None, "this file could not be read; it may be damaged.") from None
