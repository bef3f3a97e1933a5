"""Groups imported messages from the person doing it into suggested incidents, one per day and channel.

"23 messages on 3 March 2024 between 21:00 and 23:40" becomes one incident of ST2.2 with those
messages linked, once the person accepts it (they may edit or reject it first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diary.records.service import Diary
from diary.records.types import IncidentInput, Message, PersonRef

CHANNEL_NAMES = {
    "whatsapp": "WhatsApp",
    "sms": "text message",
    "mms": "picture message",
    "call": "phone",
    "email": "email",
    "telegram": "Telegram",
}


@dataclass(frozen=True)
class Suggestion:
    day: date
    channel: str
    first: datetime
    last: datetime
    message_ids: tuple[int, ...]
    messages: int
    calls: int
    behaviours: tuple[str, ...]
    person: str
    sources: tuple[str, ...]

    @property
    def summary(self) -> str:
        parts = []
        if self.messages:
            parts.append(f"{self.messages} message{'s' if self.messages != 1 else ''}")
        if self.calls:
            parts.append(f"{self.calls} call{'s' if self.calls != 1 else ''}")
        what = " and ".join(parts)
        day = f"{self.day.day} {self.day:%B %Y}"
        channel = CHANNEL_NAMES.get(self.channel, self.channel)
        if self.first == self.last:
            return f"{what} by {channel} on {day} at {self.first:%H:%M}"
        return f"{what} by {channel} on {day} between {self.first:%H:%M} and {self.last:%H:%M}"


def _behaviours(channel: str, kinds: set[str]) -> tuple[str, ...]:
    codes = ["ST2"]
    if "call" in kinds or channel == "call":
        codes.append("ST2.1")
    if kinds - {"call"}:
        codes.append({"email": "ST2.3"}.get(channel, "ST2.2"))
    return tuple(codes)


def suggest_incidents(diary: Diary, person: str) -> list[Suggestion]:
    """Unlinked incoming messages and calls from `person`, grouped by day and channel."""
    groups: dict[tuple[date, str], list[tuple[datetime, Message]]] = {}
    for message in diary.list_messages(person=person):
        if message.incidents or message.direction == "outgoing" or message.kind == "system":
            continue
        if message.sent_at is None:  # a time not known belongs to no day
            continue
        key = (message.sent_at.date(), message.channel)
        groups.setdefault(key, []).append((message.sent_at, message))
    suggestions = []
    for (day, channel), timed in sorted(groups.items(), key=lambda kv: kv[0]):
        items = [m for _, m in timed]
        kinds = {m.kind for m in items}
        suggestions.append(
            Suggestion(
                day=day,
                channel=channel,
                first=timed[0][0],
                last=timed[-1][0],
                message_ids=tuple(m.id for m in items),
                messages=sum(1 for m in items if m.kind != "call"),
                calls=sum(1 for m in items if m.kind == "call"),
                behaviours=_behaviours(channel, kinds),
                person=person,
                sources=tuple(dict.fromkeys(m.source_ref for m in items if m.source_ref)),
            )
        )
    return suggestions


def draft_incident(suggestion: Suggestion) -> IncidentInput:
    """The incident a suggestion would become, for the person to edit before accepting."""
    # Each end on its own: a day's messages may mix clock times (chat exports) and zoned times.
    first, last = (
        t if t.tzinfo is not None else t.astimezone() for t in (suggestion.first, suggestion.last)
    )
    return IncidentInput(
        occurred_start=first,
        occurred_end=last if last != first else None,
        precision="exact",
        written_later=True,
        location_kind="online",
        channel=CHANNEL_NAMES.get(suggestion.channel, suggestion.channel),
        description=suggestion.summary[0].upper()
        + suggestion.summary[1:]
        + (f" (from {', '.join(suggestion.sources)})." if suggestion.sources else "."),
        behaviours=list(suggestion.behaviours),
        perpetrators=[PersonRef(suggestion.person, "known number or account")],
    )


def accept(diary: Diary, suggestion: Suggestion, edited: IncidentInput | None = None) -> str:
    """Create the incident (as suggested or as edited) and link its messages; returns its number."""
    number = diary.add_incident(edited or draft_incident(suggestion)).number
    diary.link_messages(number, suggestion.message_ids)
    return number


_CALL_WORDS = {
    "missed": "a missed call",
    "voicemail": "a call that went to voicemail",
    "rejected": "a call (declined)",
    "blocked": "a call (blocked)",
}


def suggestion_messages(diary: Diary, suggestion: Suggestion) -> list[Message]:
    """The messages and calls a suggestion groups, in time order."""
    wanted = set(suggestion.message_ids)
    # Their day, with a day's room either side for times kept without a zone.
    found = diary.list_messages(
        person=suggestion.person,
        date_from=suggestion.first - timedelta(days=1),
        date_to=suggestion.last + timedelta(days=1),
    )
    return [m for m in found if m.id in wanted]


def quoted(messages: list[Message], person: str) -> str:
    """Their words as they sent them, one message a line with its time: for "what they said"."""
    lines = []
    for message in messages:
        who = message.sender or person
        at = f"{message.sent_at:%H:%M}"
        if message.kind == "call":
            what = _CALL_WORDS.get(message.direction, "a call")
            if message.duration_seconds:
                what += f" lasting {message.duration_seconds} seconds"
            lines.append(f"{at} {who}: {what}")
        else:
            lines.append(f"{at} {who}: {message.body}")  # exactly as sent, lines and all
    return "\n".join(lines)


def editable_incident(diary: Diary, suggestion: Suggestion) -> IncidentInput:
    """What "change it first" opens: the suggested incident with the messages themselves filled
    in as what they said, so the person edits with the words in front of them."""
    incident = draft_incident(suggestion)
    incident.exact_words = quoted(suggestion_messages(diary, suggestion), suggestion.person)
    return incident
