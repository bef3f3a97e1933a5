"""The summary's pattern rows are facts the diary shows: right plurals, and no weekly rate
drawn from too short a stretch to be one."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from diary.pack.report.sections.summary import pattern
from tests.pack.pack_sample import sample_input


def _text(rows: list[tuple[str, str]]) -> str:
    return " | ".join(f"{head}: {rest}" for head, rest in rows)


def test_one_incident_claims_no_rate_and_says_incident_once() -> None:
    data = sample_input()
    one = dataclasses.replace(data, incidents=data.incidents[:1])
    text = _text(pattern(one))
    assert "a week" not in text
    assert "1 incidents" not in text and "1 days" not in text
    assert "1 incident in 1 day" in text
    assert "1 different ways" not in text and "1 way of making contact" in text


def test_a_long_stretch_gives_a_weekly_rate() -> None:
    data = sample_input()
    first = data.incidents[0]
    spread = tuple(
        dataclasses.replace(
            first,
            number=f"INC-{n:04d}",
            occurred_start=first.occurred_start + timedelta(days=7 * n),
        )
        for n in range(1, 9)
    )
    text = _text(pattern(dataclasses.replace(data, incidents=spread)))
    assert "8 incidents in 50 days" in text
    assert "about 1.1 a week" in text


def test_large_counts_are_written_alike() -> None:
    """ "1,000 of 1,000 incidents", never "1000 of 1,000"."""
    data = sample_input()
    first = data.incidents[0]
    many = tuple(
        dataclasses.replace(
            first, number=f"INC-{n:04d}", occurred_start=first.occurred_start + timedelta(hours=n)
        )
        for n in range(1, 1001)
    )
    text = _text(pattern(dataclasses.replace(data, incidents=many)))
    assert "1,000 of 1,000 incidents involve the same person" in text
    assert "1000" not in text
