"""Times as the diary keeps them: aware datetimes in the API, ISO 8601 text in the database."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diary.errors import AmbiguousTime, BadInput

Fold = Literal["first", "second"]
EARLIEST_YEAR = 1900
# How far ahead a time may be: a clock a little wrong, or a time zone away, but not a typo year.
LATEST_AHEAD = timedelta(days=1)
# The one rule for "written at the time": first saved within this long after it happened.
AT_THE_TIME = timedelta(hours=1)
LONDON = "Europe/London"


def now() -> datetime:
    """The current local time, with its offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def to_text(moment: datetime) -> str:
    return moment.isoformat()


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def order_key(moment: datetime) -> datetime:
    """An aware UTC time to sort by, so times with and without a zone can be sorted together.

    Chat exports and photos record clock times without a zone, e-mail and SMS backups carry
    one; a time without a zone is taken as this computer's local time, as the diary's own
    lists are ordered (`sort_key`). Python refuses to compare the two kinds directly.
    """
    try:
        aware = moment if moment.tzinfo is not None else moment.astimezone()
        return aware.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        # At the very ends of the calendar an offset cannot be applied; the clock time still
        # sorts correctly against everything else there is.
        return moment.replace(tzinfo=UTC)


def sort_key(moment: datetime) -> str:
    """A string that sorts in time order: UTC for aware times, local wall time taken as local."""
    return order_key(moment).strftime("%Y-%m-%dT%H:%M:%S")


def local_zone() -> tzinfo:
    """The computer's time zone with its rules (so clock changes are known), or a fixed offset."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(IndexError, OSError):
        names.append(str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[1])
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else UTC


def _zone_text(moment: datetime) -> str:
    return f"{moment:%H:%M} {zone_label(moment)}"


def localise(naive: datetime, fold: Fold | None = None, zone: tzinfo | None = None) -> datetime:
    """A wall-clock time in the local zone, never silently moved.

    A time the clocks skip (the spring-forward hour) is refused; one they pass twice (the
    autumn hour) raises AmbiguousTime unless `fold` says which: "first" (summer time) or
    "second" (after the clocks went back).
    """
    zone = zone or local_zone()
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        if round_trip != naive:
            raise BadInput(
                f"{naive:%H:%M} on {naive.day} {naive:%B %Y} did not happen on clocks here: the "
                "clocks went forward an hour then. Please check the time (perhaps an hour later)."
            )
        if fold is None:
            raise AmbiguousTime(
                f"{naive:%H:%M} on {naive.day} {naive:%B %Y} happened twice, because the clocks "
                f"went back an hour: was it the first ({_zone_text(first)}) or the second "
                f"({_zone_text(second)})?",
                _zone_text(first),
                _zone_text(second),
            )
    chosen = second if fold == "second" else first
    # A fixed offset from here on: arithmetic across a clock change is then always right.
    offset = chosen.utcoffset()
    return naive.replace(tzinfo=timezone(offset) if offset is not None else UTC)


def check_reasonable(moment: datetime, what: str = "That date") -> datetime:
    """Refuse a time before 1900 or more than a day ahead: almost always a typing slip."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    if aware.year < EARLIEST_YEAR:
        raise BadInput(f"{what} is before {EARLIEST_YEAR}. Please check the year.")
    if aware - now() > LATEST_AHEAD:
        raise BadInput(f"{what} is in the future. Please check the date.")
    return moment


def zone_label(moment: datetime) -> str:
    """The UK zone a time was in (GMT or BST), else its offset (UTC+02:00); "" without one."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    london = moment.astimezone(ZoneInfo(LONDON))
    if london.utcoffset() == offset:
        return london.tzname() or "GMT"
    if offset == timedelta(0):
        return "UTC"
    total = int(offset.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    return f"UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def latest_moment(occurred: datetime, precision: str) -> datetime:
    """The latest the incident could have happened, given how exactly its time is known."""
    if precision == "day":
        return end_of_day(occurred)
    if precision == "month":
        following = (occurred.replace(day=28) + timedelta(days=4)).replace(day=1)
        return end_of_day(following - timedelta(days=1))
    return occurred


def written_later(written_at: datetime, occurred: datetime, precision: str = "exact") -> bool:
    """The one rule the app, the CLI and the pack share: "written at the time" only when first
    saved within an hour of the incident (for a day or month, of its end); else written later."""
    return written_at - latest_moment(occurred, precision) > AT_THE_TIME


def gap_words(written_at: datetime, occurred: datetime, precision: str = "exact") -> str:
    """When it was first written against when it happened, in words: "written 566 days later"."""
    gap = written_at - occurred
    if gap < timedelta(0):
        return "written before the time given for the incident"
    if not written_later(written_at, occurred, precision):
        return "written at the time"
    if precision in ("day", "month"):
        days = (written_at.date() - latest_moment(occurred, precision).date()).days
        if days <= 0:
            return "written later the same day"
        return f"written {days} day{'s' if days != 1 else ''} later"
    if gap < timedelta(days=1):
        hours = int(gap.total_seconds() // 3600)
        return f"written {hours} hour{'s' if hours != 1 else ''} later"
    return f"written {gap.days} day{'s' if gap.days != 1 else ''} later"


def end_of_day(moment: datetime) -> datetime:
    """The last second of the day a date-only `--to` names, so the whole day is included."""
    return moment.replace(hour=23, minute=59, second=59, microsecond=999999)


def has_clock_time(text: str) -> bool:
    """Whether a typed date also gives a time of day ("2024-03-01 21:30" but not "2024-03-01")."""
    return ":" in text or "T" in text.strip()[8:]


def _parse(text: str) -> datetime:
    cleaned = text.strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(text) from None


def parse_user_time(text: str, fold: Fold | None = None) -> datetime:
    """A date or date and time typed by a person ("2024-03-01 21:30", "2024-03-01"), made aware.

    Raises ValueError with the text when it cannot be read; BadInput when the local time does
    not exist, AmbiguousTime when it happened twice and `fold` does not say which.
    """
    moment = _parse(text)
    return moment if moment.tzinfo is not None else localise(moment, fold)


def parse_user_day_end(text: str, fold: Fold | None = None) -> datetime:
    """A `--to` date: a date alone means the whole of that day; a date and time means that time."""
    if has_clock_time(text):
        return parse_user_time(text, fold)
    moment = _parse(text)
    if moment.tzinfo is not None:
        return end_of_day(moment)
    return localise(end_of_day(moment), fold)
