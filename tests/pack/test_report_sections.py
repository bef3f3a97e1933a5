"""The report's sections: letters follow the registered order, and a new section is one entry."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pack_sample import sample_input
from reportlab.platypus import Flowable

from diary.pack import report as report_pkg
from diary.pack.model import ReportContext
from diary.pack.report import SECTIONS, Section, Story, render_report, section_letters
from diary.pack.report.styles import para


def _ctx() -> ReportContext:
    return ReportContext(sample_input("full"), "JS-TEST", "SHA256:test", (), ())


def test_letters_follow_the_registered_order() -> None:
    letters = section_letters(_ctx())
    assert [letters[s.key] for s in SECTIONS] == list("ABCDEFG")
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
    hidden = replace(SECTIONS[-1], include=lambda _ctx: False)
    letters = section_letters(_ctx(), (*SECTIONS[:-1], hidden))
    assert "impact" not in letters
