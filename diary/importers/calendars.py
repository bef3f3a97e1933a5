"""Dates written in the calendars a phone can be set to, converted to the Gregorian calendar.

Buddhist (Thai) years, Japanese era years, the Persian (Solar Hijri) calendar and the Islamic
(Hijri, Umm al-Qura) calendar. Each conversion says in plain words what it did, so the import
report can state it.
"""

from __future__ import annotations

from datetime import date, timedelta

# Which calendar a written year belongs to, decided by its size: WhatsApp and phones with
# messaging date from 2009 on, when the Persian year was 1388 and the Islamic year 1430, and
# the two ranges do not overlap.
PERSIAN_YEARS = range(1370, 1421)
ISLAMIC_YEARS = range(1421, 1501)
BUDDHIST_OFFSET = 543
JAPANESE_ERAS = {
    "令和": ("Reiwa", 2018),
    "R": ("Reiwa", 2018),
    "平成": ("Heisei", 1988),
    "H": ("Heisei", 1988),
}

CALENDAR_NAMES = {
    "buddhist": "the Buddhist calendar",
    "japanese": "the Japanese era calendar",
    "persian": "the Persian (Solar Hijri) calendar",
    "islamic": "the Islamic (Hijri) calendar",
}

# jalaali-js: the years in which the 33-year leap cycle of the Persian calendar breaks.
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
    2324, 2394, 2456, 3178,
)  # fmt: skip


def _div(a: int, b: int) -> int:
    """Division truncating towards zero, as the published algorithm is written."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _farvardin_first(jy: int) -> date:
    """The Gregorian date of 1 Farvardin (Persian new year) of the Persian year `jy`."""
    if not _BREAKS[0] <= jy < _BREAKS[-1]:
        raise ValueError("year out of range")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    return date(gy, 3, 1) + timedelta(days=march - 1)


def persian_to_gregorian(year: int, month: int, day: int) -> date:
    """A Persian (Solar Hijri) date as a Gregorian date; ValueError if it cannot exist."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ValueError("no such Persian date")
    start = _farvardin_first(year)
    offset = (month - 1) * 31 - max(0, month - 7) + day - 1
    result = start + timedelta(days=offset)
    if month == 12 and day == 30 and result >= _farvardin_first(year + 1):
        raise ValueError("no such Persian date")
    return result


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """An Islamic (Hijri) date as a Gregorian date, by the Umm al-Qura calendar."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError, TypeError) as exc:
        raise ValueError("no such Islamic date") from exc


def convert(calendar: str, year: int, month: int, day: int) -> date:
    """A date (with its year already Gregorian for Buddhist and Japanese) in Gregorian terms."""
    if calendar == "persian":
        return persian_to_gregorian(year, month, day)
    if calendar == "islamic":
        return islamic_to_gregorian(year, month, day)
    return date(year, month, day)


def conversion_note(calendar: str, written: str, converted: date) -> str:
    """The sentence for the import report: which calendar, how, and one example."""
    name = CALENDAR_NAMES[calendar]
    how = {
        "buddhist": f"by taking {BUDDHIST_OFFSET} from each year",
        "japanese": "by counting each era year from the start of its era (Reiwa 1 is 2019)",
        "persian": "with the Persian calendar's own leap-year rules",
        "islamic": (
            "with the Umm al-Qura tables; phones set to another Islamic reckoning can differ "
            "by a day, so check a date you remember"
        ),
    }[calendar]
    return (
        f"The dates were written in {name} and were converted to the Gregorian calendar {how}: "
        f"for example {written} is {converted.day} {converted:%B %Y}."
    )
