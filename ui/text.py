"""Formatting times and sizes the way a person in the UK reads them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


def local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


def when(moment: datetime, precision: str = "exact") -> str:
    """`Tue 3 Mar 2024, 21:30`, `about 21:30 …`, `Tue 3 Mar 2024` or `March 2024`."""
    moment = local(moment)
    day = f"{moment:%a} {moment.day} {moment:%b %Y}"
    if precision == "month":
        return f"{moment:%B %Y}"
    if precision == "day":
        return day
    if precision == "about":
        return _tr("{day}, about {time}").format(day=day, time=f"{moment:%H:%M}")
    return f"{day}, {moment:%H:%M}"


def stamp(moment: datetime) -> str:
    """A written-at time, always exact."""
    return when(moment, "exact")


def day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def size(n: int) -> str:
    if n < 1024:
        return _tr("{n} bytes").format(n=n)
    if n < 1024 * 1024:
        return _tr("{n:.0f} KB").format(n=n / 1024)
    if n < 1024 * 1024 * 1024:
        return _tr("{n:.1f} MB").format(n=n / 1024 / 1024)
    return _tr("{n:.1f} GB").format(n=n / 1024 / 1024 / 1024)


def brief(text: str, limit: int = 120) -> str:
    """The first line of a text, cut at a word, for one table cell."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut + "…"
