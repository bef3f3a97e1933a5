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
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime

from diary.errors import ImportFailed
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
_MBOX_SPLIT = re.compile(rb"(?:\A|(?<=\n))From [^\n]*\n")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"[ \t]*\n[ \t\n]*\n")


def _decode_bytes(raw: bytes, declared: str | None) -> str:
    """Declared charset, then UTF-8, then cp1252, then latin-1 (which cannot fail)."""
    for charset in (declared, "utf-8", "cp1252"):
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


def _addresses(values: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name, addr in getaddresses([decode_header_text(v) for v in values]):
        if not name and not addr:
            continue
        out.append(f"{name} <{addr}>" if name and addr else (addr or name))
    return tuple(out)


def _split_headers(raw: bytes) -> tuple[bytes, bytes]:
    match = re.search(rb"\r?\n\r?\n", raw)
    if match is None:
        return raw, b""
    return raw[: match.start()], raw[match.end() :]


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
) -> ParsedMessage:
    header_bytes, _ = _split_headers(raw)
    names = {
        m.group(1).decode("ascii", "replace").lower() for m in _HEADER_LINE.finditer(header_bytes)
    }
    if not names & _KNOWN_HEADERS:
        raise fail(
            source, label, "this does not look like an email, because it has no email headers."
        )
    msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    subject = decode_header_text(msg.get("Subject"))
    senders = _addresses(msg.get_all("From") or [])
    recipients = _addresses((msg.get_all("To") or []) + (msg.get_all("Cc") or []))
    date_text = str(msg.get("Date") or "")
    sent_at = None
    try:
        sent_at = parsedate_to_datetime(date_text) if date_text else None
    except (TypeError, ValueError, IndexError, OverflowError):
        export.skipped.append(
            (label, "the date of this email could not be read; it was kept without one")
        )
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    counter = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = part.get_filename()
        name = decode_header_text(filename) if filename else ""
        is_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not name
        if is_text:
            (plain if ctype == "text/plain" else html).append(_part_text(part))
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
    starts = [m.end() for m in _MBOX_SPLIT.finditer(data)]
    bounds = [*[m.start() for m in _MBOX_SPLIT.finditer(data)][1:], len(data)]
    out = []
    for start, end in zip(starts, bounds, strict=False):
        chunk = data[start:end]
        out.append(re.sub(rb"(?m)^>(>*From )", rb"\1", chunk))
    return out


def is_mbox(data: bytes) -> bool:
    return data.startswith(b"From ") and b"\n" in data[:1000]


@gc_paused()
def parse(source: str, data: bytes, *, me: str | None = None) -> ParsedExport:
    """Parse a single .eml or an mbox of many messages."""
    if not data.strip():
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    export = ParsedExport(format="email", source_name=source)
    try:
        if is_mbox(data):
            export.format = "mbox"
            raws = split_mbox(data)
            for index, raw in enumerate(raws, start=1):
                label = f"message {index}"
                try:
                    export.messages.append(_one_message(source, raw, index, label, export, me))
                except ImportFailed:
                    export.skipped.append((label, "this part of the mailbox is not an email"))
            if not export.messages:
                raise fail(source, None, "this mailbox holds no emails Daybook could read.")
        else:
            export.messages.append(_one_message(source, data, 1, "message 1", export, me))
    except RecursionError:
        raise fail(source, None, "this email is nested too deeply to be read.") from None
    seen: dict[str, None] = {}
    for m in export.messages:
        for who in (m.sender, *m.recipients):
            if who:
                seen.setdefault(who, None)
    number_repeats(export.messages)
    export.participants = list(seen)
    return export
