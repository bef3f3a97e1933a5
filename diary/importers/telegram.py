"""Telegram Desktop `result.json`: one chat or a whole-account export, chosen by chat id.

Text may be a string or a list of entities; calls and media references are kept.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from diary.importers import limits
from diary.importers.model import (
    ChatInfo,
    Direction,
    Kind,
    ParsedExport,
    ParsedMessage,
    number_repeats,
)
from diary.importers.text import decode_text, fail, gc_paused

_MEDIA_KINDS = {
    "voice_message": "audio",
    "audio_file": "audio",
    "video_file": "video",
    "video_message": "video",
    "animation": "gif",
    "sticker": "sticker",
}
_FEWER = "choose fewer chats"
_DISCARD: dict[str, Direction] = {
    "missed": "missed",
    "busy": "rejected",
    "declined": "rejected",
    "hangup": "unknown",
    "disconnect": "unknown",
}


def entity_text(value: Any) -> str:
    """Plain text of a Telegram `text` field: a string, or a list of strings and entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        previous_was_entity = False
        for item in value:
            if isinstance(item, str):
                parts.append(item)
                previous_was_entity = False
            elif isinstance(item, dict):
                inner = item.get("text", "")
                inner = inner if isinstance(inner, str) else ""
                # Two formatted pieces with nothing between them are read as separate words,
                # as chat-miner's reference reading does; plain text between entities always
                # comes as its own string and is kept exactly. The export file itself is kept
                # byte for byte as the exhibit.
                if (
                    previous_was_entity
                    and parts
                    and parts[-1]
                    and inner
                    and not parts[-1][-1].isspace()
                    and not inner[0].isspace()
                ):
                    parts.append(" ")
                parts.append(inner)
                previous_was_entity = True
        return "".join(parts)
    return ""


def _when(msg: dict[str, Any]) -> tuple[datetime | None, bool, str]:
    raw_unix = msg.get("date_unixtime")
    raw_date = msg.get("date")
    if isinstance(raw_unix, str | int) and str(raw_unix).lstrip("-").isdigit():
        try:
            return datetime.fromtimestamp(int(raw_unix), UTC), True, str(raw_unix)
        except (OverflowError, OSError, ValueError):
            pass
    if isinstance(raw_date, str):
        try:
            # Without date_unixtime, "date" is local time with no offset given.
            return datetime.fromisoformat(raw_date), False, raw_date
        except ValueError:
            pass
    return None, False, str(raw_date or raw_unix or "")


def _chat_list(doc: Any) -> list[dict[str, Any]]:
    if not isinstance(doc, dict):
        return []
    chats = doc.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        listed = [c for c in chats["list"] if isinstance(c, dict)]
        left = doc.get("left_chats")
        if isinstance(left, dict) and isinstance(left.get("list"), list):
            listed += [c for c in left["list"] if isinstance(c, dict)]
        return listed
    if isinstance(doc.get("messages"), list):
        return [doc]
    return []


# The fields read below; the rest (text_entities repeats the text, ids, sizes, thumbnails)
# are dropped as the JSON is parsed, which about halves the memory a large export takes.
_KEPT = frozenset(
    (
        "chats", "list", "left_chats", "messages", "id", "name", "date_unixtime", "date",
        "type", "text", "from", "actor", "action", "discard_reason", "duration_seconds",
        "duration", "photo", "file", "media_type",
    )
)  # fmt: skip


def _kept_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return {key: value for key, value in pairs if key in _KEPT}


def _chat_id(chat: dict[str, Any], index: int) -> str:
    value = chat.get("id")
    return str(value) if isinstance(value, int | str) else f"chat-{index}"


@gc_paused()
def parse(
    source: str, data: bytes, *, chat_ids: list[str] | None = None, me: str | None = None
) -> ParsedExport:
    """Parse a Telegram Desktop JSON export; `chat_ids` limits which chats are read."""
    if not data.strip():
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    limits.check_text_size(
        source, len(data), "this export", "export the chats one at a time in Telegram Desktop"
    )
    limits.check_json_values(
        source, data, "export the chats one at a time, or a shorter period, in Telegram Desktop"
    )
    text, _ = decode_text(data)
    try:
        doc = json.loads(text, object_pairs_hook=_kept_fields)
    except json.JSONDecodeError as exc:
        if text.lstrip()[:1] in ("{", "["):
            raise fail(
                source,
                f"line {exc.lineno}",
                "this Telegram export is damaged or cut short here, so nothing was imported.",
            ) from None
        raise fail(source, None, "this is not a Telegram export, because it is not JSON.") from None
    except (ValueError, RecursionError):
        raise fail(
            source, None, "this is not a Telegram export, because it is not valid JSON."
        ) from None
    chats = _chat_list(doc)
    if not chats:
        raise fail(source, None, "this is not a Telegram export, because it lists no chats.")
    export = ParsedExport(format="telegram", source_name=source)
    wanted = {str(c) for c in chat_ids} if chat_ids is not None else None
    senders: dict[str, None] = {}
    position = 0
    for index, chat in enumerate(chats):
        cid = _chat_id(chat, index)
        name = chat.get("name") if isinstance(chat.get("name"), str) else ""
        raw_messages = chat.get("messages")
        msgs = raw_messages if isinstance(raw_messages, list) else []
        export.chats.append(ChatInfo(chat_id=cid, name=name or cid, message_count=len(msgs)))
        if wanted is not None and cid not in wanted:
            position += len(msgs)
            continue
        limits.check_count(source, len(export.messages) + len(msgs), "messages", _FEWER)
        for msg in msgs:
            position += 1
            label = f"record {position}"
            if not isinstance(msg, dict):
                export.skipped.append((label, "this entry is not a message"))
                continue
            when, offset_known, raw_time = _when(msg)
            if when is None:
                export.skipped.append((label, "this message has no readable date"))
                continue
            mtype = msg.get("type", "message")
            body = entity_text(msg.get("text"))
            sender_raw = msg.get("from") if mtype == "message" else msg.get("actor")
            sender = sender_raw if isinstance(sender_raw, str) else ""
            kind: Kind = "message" if mtype == "message" else "system"
            direction: Direction = "unknown"
            duration: int | None = None
            event: str | None = None
            action = msg.get("action")
            if mtype == "service":
                event = action if isinstance(action, str) else "other"
                if action in ("phone_call", "group_call"):
                    kind = "call"
                    reason = msg.get("discard_reason")
                    direction = (
                        _DISCARD.get(reason, "unknown") if isinstance(reason, str) else "unknown"
                    )
                    raw_duration = msg.get("duration_seconds", msg.get("duration"))
                    duration = raw_duration if isinstance(raw_duration, int) else None
            if me and kind in ("message", "call") and direction == "unknown":
                direction = "outgoing" if sender.casefold() == me.casefold() else "incoming"
            attachments: list[str] = []
            media_kind = None
            for fieldname in ("photo", "file"):
                ref = msg.get(fieldname)
                if isinstance(ref, str) and ref:
                    attachments.append(ref)
            if isinstance(msg.get("photo"), str):
                media_kind = "image"
            media_type = msg.get("media_type")
            if isinstance(media_type, str):
                media_kind = _MEDIA_KINDS.get(media_type, media_kind or "document")
            elif attachments and media_kind is None:
                media_kind = "document"
            omitted = any(a.startswith("(File not included") for a in attachments)
            export.messages.append(
                ParsedMessage(
                    kind=kind,
                    channel="telegram",
                    direction=direction,
                    sender=sender,
                    sender_number=None,
                    recipients=(),
                    sent_at=when,
                    offset_known=offset_known,
                    body=body,
                    attachments=tuple(attachments),
                    duration_seconds=duration,
                    position=position,
                    position_label=label,
                    event=event,
                    media_kind=media_kind,
                    media_omitted=omitted,
                    raw_time=raw_time,
                    chat=name or cid,
                )
            )
            if sender and kind in ("message", "call"):
                senders.setdefault(sender, None)
    number_repeats(export.messages)
    export.participants = list(senders)
    return export
