"""The report's sections: letters follow the registered order, and a new section is one entry."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pack_sample import sample_input
from reportlab.platypus import Flowable

from diary.pack import report as report_pkg
from diary.pack.model import PackIncident, ReportContext
from diary.pack.report import SECTIONS, Section, Story, render_report, section_letters
from diary.pack.report.charts import buckets, week_chart
from diary.pack.report.styles import para


def _ctx() -> ReportContext:
    return ReportContext(sample_input("full"), "JS-TEST", "SHA256:test", (), ())


def test_letters_follow_the_registered_order() -> None:
    letters = section_letters(_ctx())
    assert [letters[s.key] for s in SECTIONS if s.key in letters] == list("ABCDEFG")
    assert letters["incidents"] == "D"


def test_a_new_section_is_one_entry_and_moves_the_letters_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def build(story: Story) -> list[Flowable]:
        return [*story.heading("risk"), para("Risk topics go here.")]

    risk = Section("risk", "Risk information", build)
    keys = [s.key for s in SECTIONS]
    sections = (*SECTIONS[: keys.index("impact")], risk, *SECTIONS[keys.index("impact") :])
    monkeypatch.setattr(report_pkg, "SECTIONS", sections)
    letters = section_letters(_ctx(), sections)
    assert letters["risk"] == "G" and letters["impact"] == "H"
    out = io.BytesIO()
    pages, total = render_report(_ctx(), out)
    assert total > 5 and all(label.startswith("D") for label in pages.values())
    assert b"G. Risk information" in out.getvalue()
    assert b"H. Impact on daily life" in out.getvalue()


def test_a_section_can_be_left_out() -> None:
    keys = [s.key for s in SECTIONS]
    hidden = replace(SECTIONS[keys.index("impact")], include=lambda _ctx: False)
    sections = tuple(hidden if s.key == "impact" else s for s in SECTIONS)
    assert "impact" not in section_letters(_ctx(), sections)
    # The appendix is there only when there are unlinked messages to show.
    assert "appendix" not in section_letters(_ctx())


def _incident(number: str, when: datetime, precision: str = "exact") -> PackIncident:
    return PackIncident(number, when, when, "x", precision=precision)  # type: ignore[arg-type]


def test_chart_buckets_never_grow_with_the_span() -> None:
    real = [_incident(f"INC-{n:04d}", datetime(2024, 1 + n % 12, 5, tzinfo=UTC)) for n in range(5)]
    typo = _incident("INC-0099", datetime(9999, 12, 31, tzinfo=UTC))
    unit, _start, count, placed, _unplaced, outliers = buckets([*real, typo])
    assert unit == "week" and count < 60 and outliers == [typo] and len(placed) == 5
    week_chart([*real, typo])  # builds without trouble; the whole export is in bench/


def test_month_only_incidents_are_not_placed_in_a_week() -> None:
    day = _incident("INC-0001", datetime(2024, 3, 6, 10, tzinfo=UTC))
    month = _incident("INC-0002", datetime(2024, 3, 1, tzinfo=UTC), "month")
    unit, _start, _count, placed, unplaced, _outliers = buckets([day, month])
    assert unit == "week" and placed == [day] and unplaced == 1


def test_a_short_last_week_is_labelled_partial() -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    wednesday = _incident("INC-0001", datetime(2024, 3, 6, 10, tzinfo=UTC))
    drawing = week_chart([wednesday], date(2024, 3, 6))
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    assert chart.categoryAxis.categoryNames[-1].endswith("(partial)")
    whole = week_chart([wednesday], date(2024, 4, 1))
    chart = next(c for c in whole.contents if isinstance(c, VerticalBarChart))
    assert "partial" not in chart.categoryAxis.categoryNames[-1]


def test_the_time_of_day_note_counts_in_words() -> None:
    from diary.pack.report.charts import _timed_note

    assert _timed_note(1, 0) == "1 incident with a known time."
    assert _timed_note(2, 1) == (
        "2 incidents with a known time; 1 incident known only to the day or month is not shown."
    )
    assert _timed_note(1000, 2) == (
        "1,000 incidents with a known time; 2 incidents known only to the day or month are not "
        "shown."
    )


def test_the_last_week_is_partial_when_the_chosen_period_cuts_it_short(tmp_path: Path) -> None:
    """The pack's chosen end ("--to 1 Apr 2024", a Monday) cuts the last week short, even when
    the pack is made days later."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from packtools import pdf_text

    from diary.pack.build import build_pack

    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    data = sample_input("full")  # last incident Mon 1 Apr 2024, made 10 Apr 2024
    chosen = replace(data, chosen_to=datetime(2024, 4, 1, 23, 59, 59, tzinfo=UTC))
    said = "The last week is partial: the pack runs only to 1 Apr 2024."
    for made, partial in ((chosen, True), (data, False)):
        path = build_pack(made, key, tmp_path / f"{partial}.zip").path
        folder = tmp_path / f"x{partial}"
        with zipfile.ZipFile(path) as zf:
            zf.extract("report.pdf", folder)
        assert (said in pdf_text(folder / "report.pdf")) is partial
