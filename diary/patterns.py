"""The patterns in a set of incidents, as numbers for charts: incidents each week by their first
behaviour, time of day against day of the week, each day of the week, and each behaviour month
by month. The same rules as the evidence pack's charts (report.py): an incident counts under the
group of its first behaviour; only incidents with a known time (exact or about) go in the time
of day chart. No Qt; the app draws these for whatever the timeline shows.

Takes anything with `occurred_start` (a datetime), `precision` and `behaviours`, so the core's
light `IncidentSummary` rows and the pack's incidents both work."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

NO_BEHAVIOUR = "none"
TIMED = ("exact", "about")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class IncidentLike(Protocol):
    occurred_start: datetime
    precision: str
    behaviours: Sequence[str]


def behaviour_group(code: str) -> str:
    """ST2.1 belongs to ST2."""
    return code.split(".")[0]


def group_order(code: str) -> tuple[int, float]:
    """ST before OC, then by number; anything else last."""
    match = re.match(r"(ST|OC)(\d+)", code)
    if not match:
        return (3, 0.0)
    return (0 if match.group(1) == "ST" else 1, float(match.group(2)))


def first_group(incident: Any) -> str:
    codes = list(getattr(incident, "behaviours", None) or [])
    return behaviour_group(codes[0]) if codes else NO_BEHAVIOUR


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


@dataclass(frozen=True)
class Patterns:
    groups: list[str]  # behaviour groups in chart order
    week_starts: list[date]  # the Monday of each week, from the first incident to the last
    per_week: dict[str, list[int]]  # group -> count each week
    time_grid: dict[tuple[int, int], int]  # (weekday 0=Mon, hour) -> count, timed ones only
    timed: int
    untimed: int
    per_weekday: list[int]  # Mon..Sun, every incident with a known day
    months: list[str]  # "2024-03", in order, every month from the first to the last
    per_month: dict[str, list[int]]  # group -> count each month

    @property
    def total(self) -> int:
        return self.timed + self.untimed

    @property
    def busiest_week(self) -> int:
        return max(
            (
                sum(counts[i] for counts in self.per_week.values())
                for i in range(len(self.week_starts))
            ),
            default=0,
        )


def _month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months_between(first: date, last: date) -> list[str]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def patterns(incidents: Iterable[Any]) -> Patterns:
    """Count everything the charts show, in one pass over the incidents."""
    rows = sorted(incidents, key=lambda i: _local(i.occurred_start))
    if not rows:
        return Patterns([], [], {}, {}, 0, 0, [0] * 7, [], {})
    first_day = _local(rows[0].occurred_start).date()
    last_day = _local(rows[-1].occurred_start).date()
    start = first_day - timedelta(days=first_day.weekday())
    n_weeks = (last_day - start).days // 7 + 1
    groups = sorted({first_group(i) for i in rows}, key=group_order)
    months = _months_between(first_day, last_day)
    month_index = {m: n for n, m in enumerate(months)}
    per_week = {g: [0] * n_weeks for g in groups}
    per_month = {g: [0] * len(months) for g in groups}
    grid: Counter[tuple[int, int]] = Counter()
    per_weekday = [0] * 7
    timed = 0
    for incident in rows:
        moment = _local(incident.occurred_start)
        day = moment.date()
        group = first_group(incident)
        per_week[group][(day - start).days // 7] += 1
        per_month[group][month_index[_month_key(day)]] += 1
        precision = getattr(incident, "precision", "exact") or "exact"
        if precision != "month":
            per_weekday[day.weekday()] += 1
        if precision in TIMED:
            grid[(day.weekday(), moment.hour)] += 1
            timed += 1
    return Patterns(
        groups=groups,
        week_starts=[start + timedelta(weeks=k) for k in range(n_weeks)],
        per_week=per_week,
        time_grid=dict(grid),
        timed=timed,
        untimed=len(rows) - timed,
        per_weekday=per_weekday,
        months=months,
        per_month=per_month,
    )
