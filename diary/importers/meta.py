"""Facebook Messenger and Instagram messages from Meta's "Download your information".

Reads one chat's `message_1.json` (or `message_1.html`), the old single-file `messages.htm`,
or the whole export zip with every chat in it (the person chooses which). Meta writes UTF-8
text as Latin-1 escapes ("J\\u00e2\\u009d\\u00a4" for "J❤"), which is repaired here.
"""

from __future__ import annotations

import json
import mimetypes
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
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
from diary.importers.text import decode_text, fail, gc_paused
from diary.importers.zipsafe import SafeZip

_MOJIBAKE_RUN = re.compile("[\u0080-\u00ff]+")
_MEDIA_FIELDS = {
    "photos": "image",
    "videos": "video",
    "audio_files": "audio",
    "gifs": "gif",
    "files": "document",
}
_THREAD_FILE = re.compile(r"(?:^|/)message_\d+\.(?:json|html)$")


def repair_text(text: str) -> str:
    """Undo Meta's mojibake: UTF-8 bytes written as one Latin-1 character each.

    Each run of characters U+0080 to U+00FF is turned back into bytes and read as UTF-8; a
    run that is not valid UTF-8 (a real "é" on its own) is left exactly as it was, and so is
    everything above U+00FF, so correctly written text is never damaged.
    """
    if text.isascii():
        return text

    def fix(run: re.Match[str]) -> str:
        try:
            return run.group(0).encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return run.group(0)

    return _MOJIBAKE_RUN.sub(fix, text)


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [_repair(v) for v in value]
    if isinstance(value, dict):
        return {k: _repair(v) for k, v in value.items()}
    return value


def looks_like_meta_json(head: bytes) -> bool:
    return b'"sender_name"' in head and (b'"timestamp_ms"' in head or b'"timestamp"' in head)


def looks_like_meta_html(head: bytes) -> bool:
    lower = head.lower()
    return (b'class="thread"' in lower and b'class="message' in lower) or (
        b"<html" in lower and (b"_a6-g" in lower or b"_2lej" in lower or b"_2let" in lower)
    )


@dataclass
class _Chat:
    chat_id: str
    title: str
    channel: Channel
    messages: list[dict[str, Any]] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    repaired: bool = False


def _channel_for(path: str, default: Channel) -> Channel:
    low = path.lower()
    if "instagram" in low:
        return "instagram"
    if "facebook" in low or "messenger" in low:
        return "facebook"
    return default


def _load_json(source: str, data: bytes, where: str) -> dict[str, Any]:
    limits.check_json_values(source, data, "choose fewer chats or a shorter period")
    text, _ = decode_text(data)
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        raise fail(source, where, "this messages file is damaged or cut short.") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        raise fail(source, where, "this is not a Facebook or Instagram messages file.")
    repaired = _repair(doc)
    assert isinstance(repaired, dict)
    if repaired != doc:
        repaired["_repaired"] = True
    return repaired


def _chat_from_json(doc: dict[str, Any], chat_id: str, channel: Channel) -> _Chat:
    title = doc.get("title") if isinstance(doc.get("title"), str) else ""
    people = doc.get("participants")
    names = [
        p["name"]
        for p in (people if isinstance(people, list) else [])
        if isinstance(p, dict) and isinstance(p.get("name"), str)
    ]
    chat = _Chat(chat_id=chat_id, title=title or ", ".join(names) or chat_id, channel=channel)
    chat.participants = names
    chat.messages = [m for m in doc["messages"] if isinstance(m, dict)]
    chat.repaired = bool(doc.get("_repaired"))
    return chat


def _when(message: dict[str, Any]) -> tuple[datetime | None, str]:
    raw = message.get("timestamp_ms")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        try:
            return datetime.fromtimestamp(raw / 1000, UTC), str(raw)
        except (OverflowError, OSError, ValueError):
            return None, str(raw)
    raw = message.get("timestamp")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        try:
            return datetime.fromtimestamp(raw, UTC), str(raw)
        except (OverflowError, OSError, ValueError):
            return None, str(raw)
    html_time = message.get("_time")
    if isinstance(html_time, datetime):
        return html_time, str(message.get("_raw_time", ""))
    return None, str(raw or "")


def _media(message: dict[str, Any]) -> tuple[list[str], str | None]:
    names: list[str] = []
    kind: str | None = None
    for fieldname, media_kind in _MEDIA_FIELDS.items():
        items = message.get(fieldname)
        if not isinstance(items, list):
            continue
        for item in items:
            uri = item.get("uri") if isinstance(item, dict) else None
            if isinstance(uri, str) and uri:
                names.append(uri)
                kind = kind or media_kind
    sticker = message.get("sticker")
    if isinstance(sticker, dict) and isinstance(sticker.get("uri"), str):
        names.append(sticker["uri"])
        kind = kind or "sticker"
    return names, kind


def _body(message: dict[str, Any]) -> str:
    content = message.get("content")
    body = content if isinstance(content, str) else ""
    share = message.get("share")
    if isinstance(share, dict):
        extra = [share.get(k) for k in ("link", "share_text")]
        words = "\n".join(e for e in extra if isinstance(e, str) and e)
        if words and words not in body:
            body = f"{body}\n{words}" if body else words
    return body


def _sort_key(message: dict[str, Any]) -> float:
    when = _when(message)[0]
    if when is None:
        return float("-inf")
    if when.tzinfo is None:
        return (when - datetime(1970, 1, 1)).total_seconds()
    return when.timestamp()


def _messages(
    chats: list[_Chat], wanted: set[str] | None, me: str | None, export: ParsedExport
) -> None:
    position = 0
    senders: dict[str, None] = {}
    for chat in chats:
        export.chats.append(
            ChatInfo(chat_id=chat.chat_id, name=chat.title, message_count=len(chat.messages))
        )
        # Meta lists messages newest first; Daybook keeps them in the order they were sent.
        ordered = sorted(reversed(chat.messages), key=_sort_key)
        if wanted is not None and chat.chat_id not in wanted:
            position += len(ordered)
            continue
        for message in ordered:
            position += 1
            label = f"message {position}"
            when, raw_time = _when(message)
            if when is None:
                why = "this message has no readable date"
                if message.get("_raw_time"):
                    why = (
                        f"its time, written “{message['_raw_time']}”, is not in a form Daybook "
                        "reads; download your information again choosing JSON, which has "
                        "every time"
                    )
                export.skipped.append((label, why))
                continue
            sender_raw = message.get("sender_name")
            sender = sender_raw if isinstance(sender_raw, str) else ""
            attachments, media_kind = _media(message)
            kind: Kind = "message"
            event: str | None = None
            duration: int | None = None
            direction: Direction = "unknown"
            mtype = message.get("type")
            if mtype == "Call" or "call_duration" in message:
                kind = "call"
                raw_duration = message.get("call_duration")
                duration = raw_duration if isinstance(raw_duration, int) else None
                if duration == 0:
                    direction = "missed"
            elif mtype in ("Subscribe", "Unsubscribe"):
                kind = "system"
                event = "member_added" if mtype == "Subscribe" else "member_left"
            if message.get("is_unsent") is True:
                event = "deleted"
            if attachments:
                event = event or "media"
            if me and kind != "system" and direction == "unknown":
                direction = "outgoing" if sender.casefold() == me.casefold() else "incoming"
            export.messages.append(
                ParsedMessage(
                    kind=kind,
                    channel=chat.channel,
                    direction=direction,
                    sender=sender if kind != "system" else "",
                    sender_number=None,
                    recipients=(),
                    sent_at=when,
                    offset_known=when.tzinfo is not None,
                    body=_body(message) if kind != "system" else _body(message) or sender,
                    attachments=tuple(posixpath.basename(a) for a in attachments),
                    duration_seconds=duration,
                    position=position,
                    position_label=label,
                    event=event,
                    media_kind=media_kind,
                    raw_time=raw_time,
                    chat=chat.title,
                )
            )
            if sender and kind != "system":
                senders.setdefault(sender, None)
            limits.check_count(
                export.source_name, len(export.messages), "messages", "choose fewer chats"
            )
    export.participants = list(senders)


# -- HTML ---------------------------------------------------------------------------------------


@dataclass
class _Node:
    tag: str
    classes: str
    children: list[_Node | str] = field(default_factory=list)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                inner = child.text()
                if child.tag in ("div", "p", "br", "li") and parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                parts.append(inner)
        return "".join(parts)

    def elements(self) -> list[_Node]:
        return [c for c in self.children if isinstance(c, _Node)]


_VOID = {"br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base", "col"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", "")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = next((v or "" for k, v in attrs if k == "class"), "")
        node = _Node(tag, classes)
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < 400:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if tag_is_script(self.stack[-1]):
            return
        self.stack[-1].children.append(data)


def tag_is_script(node: _Node) -> bool:
    return node.tag in ("script", "style", "head", "title")


# Month names as Meta writes them in its HTML pages in the languages people use most (the
# page is in the account's language): a word counts as a month when it starts one of these
# names, at least three letters long, and every name it starts is the same month ("mar" is
# March in every language here; "jui" could be juin or juillet, so it decides nothing).
_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "januar februar marz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika "
    "listopada grudnia",
    "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie",
)
_MONTH_OF: dict[str, int] = {}
for _names in _MONTH_NAMES:
    for _number, _name in enumerate(_names.split(), start=1):
        _MONTH_OF.setdefault(_name, _number)
_HTML_CLOCK = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})[:.](?P<mi>\d\d)(?:[:.](?P<s>\d\d))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?",
    re.IGNORECASE,
)
_HTML_WORD = re.compile(r"[^\W\d_]+\.?|\d+")


def _plain_letters(word: str) -> str:
    """Lower case without accents (März, août, września), so one table serves them all."""
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def _month_word(word: str) -> int | None:
    key = _plain_letters(word)
    if len(key) < 3:
        return None
    found = {number for name, number in _MONTH_OF.items() if name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def _html_time(text: str) -> datetime | None:
    """A time as Meta's HTML pages write it, in English or another language.

    `Mar 12, 2024 9:31:05 pm`, `Tuesday, March 12, 2013 at 9:31pm UTC`, `mag 18, 2015 9:35 pm`,
    `dinsdag 12 maart 2013 om 21:31`, `12. März 2024 um 21:31`, `12 de marzo de 2024 21:31`:
    a month written as a word, a four-digit year, a day, and a clock. A zone name is left in
    the raw text, not applied (old archives wrote wrong ones). Dates written only in figures
    are not read: their day and month order cannot be told from one line.
    """
    line = " ".join(text.split())
    clock = _HTML_CLOCK.search(line)
    if clock is None:
        return None
    date_part = line[: clock.start()]
    month = year = day = None
    for word in _HTML_WORD.findall(date_part):
        if word.isdigit():
            if len(word) == 4 and year is None:
                year = int(word)
            elif len(word) <= 2 and day is None:
                day = int(word)
            continue
        number = _month_word(word)
        if number is not None:
            if month is not None and month != number:
                return None
            month = number
    if month is None or year is None or day is None:
        return None
    hour = int(clock.group("h"))
    ampm = re.sub(r"[\s.]", "", clock.group("ampm") or "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, int(clock.group("mi")), int(clock.group("s") or 0))
    except ValueError:
        return None


def _html_chats(source: str, html: str, channel: Channel) -> list[_Chat]:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    chats: list[_Chat] = []
    # The old single-file archive (2010s): div.thread holding div.message headers and <p>s.
    for thread in _walk(builder.root):
        if thread.tag == "div" and "thread" in thread.classes.split():
            chat = _Chat(chat_id=f"thread-{len(chats) + 1}", title="", channel=channel)
            names = next((c for c in thread.children if isinstance(c, str) and c.strip()), "")
            chat.title = " ".join(names.split())
            chat.participants = [n.strip() for n in chat.title.split(",") if n.strip()]
            pending: dict[str, Any] | None = None
            for child in thread.elements():
                if child.tag == "div" and "message" in child.classes.split():
                    user = next((n for n in _walk(child) if "user" in n.classes.split()), None)
                    meta = next((n for n in _walk(child) if "meta" in n.classes.split()), None)
                    raw = " ".join(meta.text().split()) if meta else ""
                    pending = {
                        "sender_name": " ".join(user.text().split()) if user else "",
                        "_time": _html_time(raw),
                        "_raw_time": raw,
                        "content": "",
                    }
                    chat.messages.append(pending)
                elif child.tag == "p" and pending is not None:
                    pending["content"] = child.text().strip()
            chats.append(chat)
    if chats:
        return chats
    # The per-chat message_1.html (2018 on): each message is a block of three parts: who,
    # what, when. Meta's class names change, so the shape is what is matched.
    title_node = next((n for n in _walk(builder.root) if n.tag == "title"), None)
    chat = _Chat(chat_id="chat", title="", channel=channel)
    if title_node is not None:
        chat.title = " ".join(title_node.text().split())
    for node in _walk(builder.root):
        parts = node.elements()
        if node.tag != "div" or len(parts) != 3 or not all(p.tag == "div" for p in parts):
            continue
        when = _html_time(parts[2].text())
        if when is None and not (
            _HTML_CLOCK.search(parts[2].text()) and re.search(r"\d{4}", parts[2].text())
        ):
            continue  # not a message: its third part is no time at all
        # A message whose time is written in a way not read (figures only, a language not in
        # the table) is kept in the list without a time, so the report names it.
        chat.messages.append(
            {
                "sender_name": " ".join(parts[0].text().split()),
                "_time": when,
                "_raw_time": " ".join(parts[2].text().split()),
                "content": "\n".join(
                    line.strip() for line in parts[1].text().splitlines() if line.strip()
                ),
            }
        )
    return [chat] if chat.messages else []


def _walk(node: _Node) -> list[_Node]:
    out: list[_Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed(current.elements()))
    return out


# -- entry points -------------------------------------------------------------------------------


@gc_paused()
def parse(
    source: str,
    data: bytes | Path,
    *,
    chat_ids: list[str] | None = None,
    me: str | None = None,
) -> ParsedExport:
    """Parse one Meta messages file (JSON or HTML) or a whole "Download your information" zip."""
    if isinstance(data, Path) or data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _parse_zip(source, data, chat_ids=chat_ids, me=me)
    limits.check_text_size(source, len(data), advice="choose a shorter period")
    channel = _channel_for(source, "facebook")
    if looks_like_meta_json(data[:65536]) or data.lstrip()[:1] == b"{":
        chats = [_chat_from_json(_load_json(source, data, ""), "chat", channel)]
    else:
        text, _ = decode_text(data)
        chats = _html_chats(source, text, channel)
        if not chats:
            raise fail(source, None, "this is not a Facebook or Instagram messages file.")
    export = ParsedExport(format="meta", source_name=source)
    _messages(chats, set(chat_ids) if chat_ids else None, me, export)
    if not export.messages and not export.skipped and not chat_ids:
        raise fail(source, None, "this Facebook or Instagram file holds no messages.")
    if any(chat.repaired for chat in chats):
        export.notes.append(_NOTE)
    number_repeats(export.messages)
    return export


_NOTE = (
    "Meta writes letters outside English as pairs of odd characters; they were turned back "
    "into the letters and emoji that were sent."
)


def _parse_zip(
    source: str, data: bytes | Path, *, chat_ids: list[str] | None, me: str | None
) -> ParsedExport:
    safe = SafeZip(source, data, what="Download your information export")
    channel = _channel_for(source, "facebook")
    by_thread: dict[str, _Chat] = {}
    media: dict[str, Any] = {}
    for info, name in safe.members():
        if name is None:
            continue
        path = info.filename.replace("\\", "/")
        folder = posixpath.dirname(path)
        if (_THREAD_FILE.search(path) and "/inbox/" in f"/{path}") or (
            _THREAD_FILE.search(path) and "message_requests/" in path
        ):
            chat_id = posixpath.basename(folder)
            raw = safe.read(info, limits.MAX_TEXT_BYTES)
            if path.endswith(".json"):
                doc = _load_json(source, raw, path)
                part = _chat_from_json(doc, chat_id, _channel_for(path, channel))
            else:
                text, _ = decode_text(raw)
                found = _html_chats(source, text, _channel_for(path, channel))
                if not found:
                    continue
                part = found[0]
                part.chat_id = chat_id
            chat = by_thread.setdefault(chat_id, part)
            if chat is not part:
                chat.messages.extend(part.messages)
        else:
            media[path] = info
    if not by_thread:
        raise fail(
            source,
            None,
            "this zip holds no Facebook or Instagram chats (Daybook looks for "
            "messages/inbox/…/message_1.json).",
        )
    export = ParsedExport(format="meta", source_name=source)
    chats = sorted(by_thread.values(), key=lambda c: c.title.casefold())
    _messages(chats, set(chat_ids) if chat_ids else None, me, export)
    if any(chat.repaired for chat in chats):
        export.notes.append(_NOTE)
    number_repeats(export.messages)
    wanted_names = {a: m.position for m in export.messages for a in m.attachments}
    for path, info in media.items():
        name = posixpath.basename(path)
        if name not in wanted_names:
            continue
        why = safe.readable(info)
        if why is not None:
            export.skipped.append((name, why))
            continue
        export.attachments.append(
            ParsedAttachment(
                name=name,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                data=b"",
                message_position=wanted_names[name],
                opener=safe.opener(info),
                size=info.file_size,
            )
        )
    return export
