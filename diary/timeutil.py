"""Times as the diary keeps them: aware datetimes in the API, ISO 8601 text in the database."""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diary.errors import AmbiguousTime, BadInput
from diary.words import plural

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


def zone_if_unusual(moment: datetime, zone: tzinfo | None = None) -> str:
    """The zone a time was in (see `zone_label`) when that is not the diary's usual one, the
    computer's zone at that moment (GMT in winter, BST in summer, here); "" when it is."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    usual = moment.astimezone(zone or local_zone()).utcoffset()
    return "" if usual == offset else zone_label(moment)


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
        return f"written {plural(days, 'day')} later"
    if gap < timedelta(days=1):
        hours = int(gap.total_seconds() // 3600)
        return f"written {plural(hours, 'hour')} later"
    return f"written {plural(gap.days, 'day')} later"


def end_of_day(moment: datetime) -> datetime:
    """The last second of the day a date-only `--to` names, so the whole day is included."""
    return moment.replace(hour=23, minute=59, second=59, microsecond=999999)


DateOrder = Literal["dmy", "mdy"]
DATE_ORDER_ENV = "DAYBOOK_DATE_ORDER"
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_CLOCK = re.compile(
    r"(?:(?:at\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?"
    r"|(?P<word>noon|midday|midnight))$"
)
_NUMERIC = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_WORDS_DMY = re.compile(r"(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_WORDS_MDY = re.compile(r"(?:\w+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def default_date_order() -> DateOrder:
    """The order numeric dates are read in: day first (UK) unless DAYBOOK_DATE_ORDER says mdy."""
    return "mdy" if os.environ.get(DATE_ORDER_ENV, "").strip().lower() == "mdy" else "dmy"


def _clock(text: str) -> tuple[int, int, int] | None:
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    if match.group("word"):
        return (12, 0, 0) if match.group("word") in ("noon", "midday") else (0, 0, 0)
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    second = int(match.group("s") or 0)
    half = (match.group("ampm") or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match.group("m") is None:
        return None  # a bare number is not a time ("21" could be anything)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        # Two digits mean this century unless that is more than a year ahead.
        year += 2000 if year <= now().year % 100 + 1 else 1900
    return year


def _day(text: str, order: DateOrder) -> date | None:
    words = text.strip().lower()
    today = now().date()
    if words == "today":
        return today
    if words == "yesterday":
        return today - timedelta(days=1)
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", words):
            return date.fromisoformat("-".join(f"{int(p):02d}" for p in words.split("-")))
        numeric = _NUMERIC.match(words)
        if numeric:
            a, b, c = numeric.groups()
            if len(a) == 4:  # 2024/03/05 is year first whatever the order
                return date(int(a), int(b), int(c))
            day_text, month_text = (a, b) if order == "dmy" else (b, a)
            return date(_year(c), int(month_text), int(day_text))
        for pattern, day_first in ((_WORDS_DMY, True), (_WORDS_MDY, False)):
            named = pattern.match(words)
            if named:
                first, second, year = named.groups()
                day_text, month_name = (first, second) if day_first else (second, first)
                if month_name not in _MONTHS:
                    return None
                return date(int(year), _MONTHS[month_name], int(day_text))
    except ValueError:
        return None
    return None


def read_typed(text: str, date_order: DateOrder | None = None) -> tuple[datetime, bool]:
    """A date or time as people write it, and whether it gave a time of day.

    "2024-03-01", "2024-03-01 21:30", "now", "today 21:00", "yesterday 9pm", "8:15pm"
    (today), "5 March 2024 20:15", "March 5, 2024", "5/3/24" (day first, the UK order,
    unless `date_order` or DAYBOOK_DATE_ORDER says mdy). The result is naive (local wall
    time) unless the text gave an offset. Raises ValueError when it cannot be read.
    """
    order = date_order or default_date_order()
    cleaned = " ".join(text.strip().split())
    lowered = cleaned.lower()
    if lowered == "now":
        return now(), True
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        pass
    else:
        return moment, bool(re.search(r"[T ]\d", cleaned))
    clock = _clock(lowered)
    if clock is not None:
        return datetime.combine(now().date(), time(*clock)), True
    day = _day(lowered, order)
    if day is not None:
        return datetime.combine(day, time()), False
    # A day and a time, the time last: split at each space from the right.
    parts = lowered.split(" ")
    for cut in range(len(parts) - 1, 0, -1):
        clock = _clock(" ".join(parts[cut:]))
        day = _day(" ".join(parts[:cut]), order) if clock is not None else None
        if clock is not None and day is not None:
            return datetime.combine(day, time(*clock)), True
    raise ValueError(text)


def has_clock_time(text: str, date_order: DateOrder | None = None) -> bool:
    """Whether a typed date also gives a time of day ("2024-03-01 21:30" but not "2024-03-01")."""
    try:
        return read_typed(text, date_order)[1]
    except ValueError:
        return ":" in text


def _parse(text: str, date_order: DateOrder | None = None) -> datetime:
    return read_typed(text, date_order)[0]


def parse_user_time(
    text: str, fold: Fold | None = None, date_order: DateOrder | None = None
) -> datetime:
    """A date or date and time typed by a person (see `read_typed`), made aware.

    Raises ValueError with the text when it cannot be read; BadInput when the local time does
    not exist, AmbiguousTime when it happened twice and `fold` does not say which.
    """
    moment = _parse(text, date_order)
    return moment if moment.tzinfo is not None else localise(moment, fold)


def parse_user_day_end(
    text: str, fold: Fold | None = None, date_order: DateOrder | None = None
) -> datetime:
    """A `--to` date: a date alone means the whole of that day; a date and time means that time."""
    if has_clock_time(text, date_order):
        return parse_user_time(text, fold, date_order)
    moment = _parse(text, date_order)
    if moment.tzinfo is not None:
        return end_of_day(moment)
    return localise(end_of_day(moment), fold)
