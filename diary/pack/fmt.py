"""Plain UK-English wording of dates, times and records, shared by the report and the chronology CSV."""

from __future__ import annotations

from datetime import datetime

from diary.behaviours import describe
from diary.pack.model import PackIncident, PackReport
from diary.timeutil import zone_label


def date(dt: datetime | None) -> str:
    return f"{dt.day} {dt:%b %Y}" if dt else ""


def clock(dt: datetime) -> str:
    """The time of day with the zone it was in: "21:30 GMT", "21:30 BST", "21:30 UTC+02:00"."""
    zone = zone_label(dt)
    return f"{dt:%H:%M} {zone}" if zone else f"{dt:%H:%M} (zone not recorded)"


def date_time(dt: datetime | None) -> str:
    return f"{dt:%a} {dt.day} {dt:%b %Y}, {clock(dt)}" if dt else ""


def month(dt: datetime) -> str:
    return f"{dt:%B %Y}"


def date_as_known(dt: datetime, precision: str) -> str:
    """The date to the precision it is known: a month-only incident is never given a day."""
    return month(dt) if precision == "month" else date(dt)


def iso(dt: datetime | None) -> str:
    return dt.isoformat(timespec="seconds") if dt else ""


def time_as_known(start: datetime, precision: str) -> str:
    """A time to the precision it is known: a month-only time is never given a day, nor a
    day-only one a clock time."""
    if precision == "month":
        return f"{start:%B %Y} (day not known)"
    if precision == "day":
        return f"{start:%a} {start.day} {start:%b %Y} (time not known)"
    if precision == "about":
        return f"{start:%a} {start.day} {start:%b %Y}, about {clock(start)}"
    return date_time(start)


def when(i: PackIncident) -> str:
    """When it happened, saying exactly how sure the person is."""
    start = i.occurred_start
    text = time_as_known(start, i.precision)
    if i.occurred_end:
        end = i.occurred_end
        same_day = end.date() == start.date()
        text += f" to {clock(end)}" if same_day else f" to {date_time(end)}"
    return text


def where(i: PackIncident) -> str:
    parts = [i.location] if i.location else []
    if i.channel:
        parts.append(f"{i.channel} ({i.account})" if i.account else i.channel)
    return "; ".join(parts)


def report(r: PackReport) -> str:
    bits = [r.agency]
    if r.date:
        bits.append(date(r.date))
    if r.reference:
        bits.append(f"ref. {r.reference}")
    if r.officer:
        bits.append(r.officer)
    return ", ".join(b for b in bits if b)


def behaviours(codes: tuple[str, ...]) -> str:
    return "; ".join(code_words(c) for c in codes)


def code_words(code: str) -> str:
    """Words and code together, as the pack shows them: "Texts or messaging apps (ST2.2)"."""
    words = describe(code)
    return words if words == code else f"{words} ({code})"


def brief(text: str, words: int = 39) -> str:
    """At most `words` words, ending in an ellipsis when cut."""
    parts = text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


def yes_no(value: bool | None) -> str:
    """Yes, no, or not said: a question never answered is never shown as "no"."""
    return "not said" if value is None else ("yes" if value else "no")


def size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"
