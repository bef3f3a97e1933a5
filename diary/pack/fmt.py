"""Plain UK-English wording of dates, times and records, shared by the report and the chronology CSV."""

from __future__ import annotations

from datetime import datetime

from diary.behaviours import describe
from diary.pack.model import PackIncident, PackReport


def date(dt: datetime | None) -> str:
    return f"{dt.day} {dt:%b %Y}" if dt else ""


def date_time(dt: datetime | None) -> str:
    return f"{dt:%a} {dt.day} {dt:%b %Y}, {dt:%H:%M}" if dt else ""


def iso(dt: datetime | None) -> str:
    return dt.isoformat(timespec="seconds") if dt else ""


def when(i: PackIncident) -> str:
    """When it happened, saying exactly how sure the person is."""
    start = i.occurred_start
    if i.precision == "month":
        text = f"{start:%B %Y} (day not known)"
    elif i.precision == "day":
        text = f"{start:%a} {start.day} {start:%b %Y} (time not known)"
    elif i.precision == "about":
        text = f"{start:%a} {start.day} {start:%b %Y}, about {start:%H:%M}"
    else:
        text = date_time(start)
    if i.occurred_end:
        end = i.occurred_end
        same_day = end.date() == start.date()
        text += f" to {end:%H:%M}" if same_day else f" to {date_time(end)}"
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
    return "" if value is None else ("yes" if value else "no")


def size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"
