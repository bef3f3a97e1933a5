"""The neutral model every importer produces: messages, calls and emails as read from one file.

Nothing here touches the vault; storing parsed messages is the records layer's job.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

Kind = Literal["message", "call", "system", "email"]
Channel = Literal["whatsapp", "sms", "mms", "call", "email", "telegram"]
Direction = Literal["incoming", "outgoing", "missed", "rejected", "blocked", "voicemail", "unknown"]

WITHHELD = "withheld"


def make_dedupe_key(
    channel: str,
    sender: str,
    sent_at: datetime | None,
    body: str,
    attachments: tuple[str, ...],
    extra: str = "",
) -> str:
    """A stable hash of what makes a message itself, so an overlapping re-import adds nothing.

    The position in the file is left out on purpose: a later export of the same chat puts the
    same message on a different line.
    """
    when = sent_at.isoformat() if sent_at is not None else ""
    parts = [channel, sender, when, body, "\x1f".join(attachments), extra]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class DedupeKeys:
    """Hands out dedupe keys, numbering repeats within one file.

    Two identical messages in the same minute ("ok", "ok") are two messages; without the
    running number the second would be dropped as a duplicate and evidence lost. A later
    export of the same chat repeats them in the same order, so the numbers still match.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def key(
        self,
        channel: str,
        sender: str,
        sent_at: datetime | None,
        body: str,
        attachments: tuple[str, ...],
        extra: str = "",
    ) -> str:
        base = make_dedupe_key(channel, sender, sent_at, body, attachments, extra)
        n = self._seen.get(base, 0)
        self._seen[base] = n + 1
        if n == 0:
            return base
        return hashlib.sha256(f"{base}#{n}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """One message, call, system notice or email, with its place in the source file."""

    kind: Kind
    channel: Channel
    direction: Direction
    sender: str
    sender_number: str | None
    recipients: tuple[str, ...]
    sent_at: datetime | None
    offset_known: bool
    body: str
    attachments: tuple[str, ...]
    duration_seconds: int | None
    position: int
    position_label: str
    # A machine tag for what a system line or special message is ("deleted",
    # "member_added", "location"...), so the app can word it and filter on it.
    event: str | None = None
    # The kind of media a message refers to ("image", "video", "audio", "document",
    # "sticker", "gif", "contact") and whether the export left the file out.
    media_kind: str | None = None
    media_omitted: bool = False
    # The time exactly as written in the file, kept because evidence should show it.
    raw_time: str = ""
    subject: str = ""
    # For email: the full original header block, unchanged.
    headers: str = ""
    # For Telegram: which chat the message came from.
    chat: str = ""
    dedupe_key: str = ""

    def __post_init__(self) -> None:
        if not self.dedupe_key:
            key = make_dedupe_key(
                self.channel,
                self.sender,
                self.sent_at,
                self.body,
                self.attachments,
                f"{self.kind}|{self.direction}|{self.chat}|{self.duration_seconds}",
            )
            object.__setattr__(self, "dedupe_key", key)


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    """A file carried inside the export (zip media, MMS part, email attachment)."""

    name: str
    media_type: str
    data: bytes
    message_position: int | None


@dataclass(frozen=True, slots=True)
class ChatInfo:
    """One chat in a multi-chat export, so the person can choose which to import."""

    chat_id: str
    name: str
    message_count: int


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """What a photo says about itself. Every field may be missing."""

    name: str
    media_type: str
    width: int | None = None
    height: int | None = None
    taken_at: datetime | None = None
    offset_known: bool = False
    latitude: float | None = None
    longitude: float | None = None
    make: str | None = None
    model: str | None = None
    orientation: int | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)


@dataclass(slots=True)
class ParsedExport:
    """Everything read from one file, plus what was not understood and any damage."""

    format: str
    source_name: str
    messages: list[ParsedMessage] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    chats: list[ChatInfo] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    damage: str | None = None
    # Plain sentences about how the file was read (for example which date order was used).
    notes: list[str] = field(default_factory=list)
    # For a photo or screenshot: what its EXIF says.
    photo: PhotoInfo | None = None

    @property
    def date_range(self) -> tuple[datetime, datetime] | None:
        """Earliest and latest message time, or None when no message has a time."""
        times = [m.sent_at for m in self.messages if m.sent_at is not None]
        if not times:
            return None
        return min(times, key=_sortable), max(times, key=_sortable)


def _sortable(t: datetime) -> datetime:
    # Aware and naive times cannot be compared; aware ones go to UTC, naive stay as written.
    if t.tzinfo is None:
        return t
    return t.astimezone(UTC).replace(tzinfo=None)
