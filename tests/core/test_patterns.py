"""The numbers behind the pattern charts: weeks, time of day, days of the week, months."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from diary.patterns import NO_BEHAVIOUR, patterns


@dataclass
class Row:
    occurred_start: datetime
    precision: str = "exact"
    behaviours: list[str] = field(default_factory=list)


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2024, month, day, hour, 30).astimezone()


def test_nothing_gives_empty_charts() -> None:
    empty = patterns([])
    assert empty.total == 0 and empty.week_starts == [] and empty.per_weekday == [0] * 7


def test_counts_by_first_behaviour_week_day_hour_and_month() -> None:
    rows = [
        Row(at(4, 21), behaviours=["ST2.1", "OC2"]),  # Monday 4 March 2024
        Row(at(5, 21), behaviours=["ST2.2"]),
        Row(at(13, 8), behaviours=["OC1"]),
        Row(at(14, 0), precision="day"),
        Row(at(2, 9, month=4), precision="month", behaviours=["ST1"]),
    ]
    found = patterns(rows)
    assert found.groups == ["ST1", "ST2", "OC1", NO_BEHAVIOUR]
    assert found.week_starts[0] == date(2024, 3, 4)
    assert found.per_week["ST2"][0] == 2 and found.per_week["OC1"][1] == 1
    assert sum(sum(c) for c in found.per_week.values()) == 5
    assert found.time_grid == {(0, 21): 1, (1, 21): 1, (2, 8): 1}
    assert (found.timed, found.untimed) == (3, 2)
    # A month-only incident has no known weekday; a day-only one does.
    assert sum(found.per_weekday) == 4 and found.per_weekday[3] == 1
    assert found.months == ["2024-03", "2024-04"]
    assert found.per_month["ST2"] == [2, 0] and found.per_month["ST1"] == [0, 1]


@given(
    st.lists(
        st.tuples(
            st.integers(0, 800),
            st.integers(0, 23),
            st.sampled_from(["exact", "about", "day", "month"]),
            st.lists(st.sampled_from(["ST1", "ST2.4", "OC2", "OC9"]), max_size=3),
        ),
        max_size=40,
    )
)
def test_every_incident_is_counted_once(items: list[tuple[int, int, str, list[str]]]) -> None:
    base = datetime(2023, 1, 1, tzinfo=UTC)
    rows = [Row(base + timedelta(days=d, hours=h), p, b) for d, h, p, b in items]
    found = patterns(rows)
    assert sum(sum(c) for c in found.per_week.values()) == len(rows)
    assert sum(sum(c) for c in found.per_month.values()) == len(rows)
    assert sum(found.time_grid.values()) == found.timed
    assert found.timed + found.untimed == len(rows)
    assert all(len(c) == len(found.week_starts) for c in found.per_week.values())
