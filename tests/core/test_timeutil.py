"""Times as people type them: the clock-change hours, the whole day of a `--to` date, the zone
a time was in, and the one "written at the time" rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from diary.errors import AmbiguousTime, BadInput
from diary.records.codec import answer_from_stored, incident_from_dict, incident_to_dict
from diary.records.types import IncidentInput
from diary.timeutil import (
    check_reasonable,
    gap_words,
    localise,
    now,
    parse_user_day_end,
    parse_user_time,
    written_later,
    zone_label,
)

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def _london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def test_the_spring_forward_hour_is_refused() -> None:
    with pytest.raises(BadInput, match="clocks went forward"):
        parse_user_time("2024-03-31 01:30")


def test_the_autumn_hour_is_asked_then_taken_as_told() -> None:
    with pytest.raises(AmbiguousTime, match="happened twice") as caught:
        parse_user_time("2024-10-27 01:30")
    assert "BST" in caught.value.first and "GMT" in caught.value.second
    first = parse_user_time("2024-10-27 01:30", fold="first")
    second = parse_user_time("2024-10-27 01:30", fold="second")
    assert second - first == timedelta(hours=1)
    assert zone_label(first) == "BST" and zone_label(second) == "GMT"


def test_ordinary_times_take_the_local_zone() -> None:
    assert parse_user_time("2024-07-01 21:30").utcoffset() == timedelta(hours=1)
    assert parse_user_time("2024-01-01 21:30").utcoffset() == timedelta(0)


def test_a_to_date_means_the_whole_day() -> None:
    end = parse_user_day_end("2024-03-01")
    assert (end.hour, end.minute, end.second) == (23, 59, 59)
    assert parse_user_day_end("2024-03-01 12:00").hour == 12


@pytest.mark.parametrize(
    ("moment", "label"),
    [
        (datetime(2024, 1, 5, 12, tzinfo=UTC), "GMT"),
        (datetime(2024, 7, 5, 12, tzinfo=timezone(timedelta(hours=1))), "BST"),
        (datetime(2024, 7, 5, 12, tzinfo=UTC), "UTC"),
        (datetime(2024, 7, 5, 12, tzinfo=timezone(timedelta(hours=2))), "UTC+02:00"),
        (datetime(2024, 7, 5, 12, tzinfo=timezone(timedelta(hours=-5, minutes=-30))), "UTC-05:30"),
        (datetime(2024, 7, 5, 12), ""),
    ],
)
def test_zone_labels(moment: datetime, label: str) -> None:
    assert zone_label(moment) == label


def test_unreasonable_dates_are_refused() -> None:
    with pytest.raises(BadInput, match="before 1900"):
        check_reasonable(datetime(1899, 12, 31, tzinfo=UTC))
    with pytest.raises(BadInput, match="future"):
        check_reasonable(now() + timedelta(days=2))
    check_reasonable(now() + timedelta(hours=12))


def test_the_written_at_the_time_rule() -> None:
    happened = localise(datetime(2023, 1, 10, 20, 0))
    assert not written_later(happened + timedelta(minutes=59), happened)
    assert written_later(happened + timedelta(minutes=61), happened)
    assert gap_words(happened + timedelta(days=566, hours=2), happened) == "written 566 days later"
    assert gap_words(happened + timedelta(minutes=20), happened) == "written at the time"
    assert gap_words(happened + timedelta(hours=3), happened) == "written 3 hours later"
    # A day-only incident written that evening is not "later" than the day it names.
    day = localise(datetime(2023, 1, 10))
    assert not written_later(day + timedelta(hours=23), day, "day")
    assert gap_words(day + timedelta(days=3), day, "day") == "written 3 days later"
    # Counts are written alike everywhere in a pack: "1,004 days", never "1004 days".
    assert gap_words(happened + timedelta(days=1004), happened) == "written 1,004 days later"
    assert gap_words(happened + timedelta(days=1, hours=1), happened) == "written 1 day later"


def test_told_to_stop_is_yes_no_or_not_said() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for answer in (True, False, None):
        data = IncidentInput(start, told_to_stop=answer)
        assert incident_from_dict(incident_to_dict(data)).told_to_stop is answer
    # Revisions saved as a tick box: a tick was a yes; no tick may mean never answered.
    assert answer_from_stored(True) is True
    assert answer_from_stored(False) is None
    assert incident_to_dict(IncidentInput(start))["told_to_stop"] is None
