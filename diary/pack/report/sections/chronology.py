"""Section C, the chronology: one line for each incident, oldest first, across landscape pages."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.report.blocks import scaled, table
from diary.pack.report.document import PageRef
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import S_CELL, S_CELL_B, S_MUTED, WIDE_W, para

HEAD = (
    "No.",
    "When",
    "Where or how",
    "What happened",
    "Codes",
    "Witnesses",
    "Reported",
    "Exhibits",
    "Page",
)
WIDTHS = [15, 24, 26, 80, 12, 20, 24, 14, 9]


def build(story: Story) -> list[Flowable]:
    out = story.heading("chronology")
    out.append(
        para(
            "One line for each incident, oldest first. ‘When’ says how sure the person is of the "
            "time. ‘Page’ is where the full record is in section "
            f"{story.letter('incidents')}.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in HEAD]]
    for i in story.incidents:
        rows.append(
            [
                para(i.number, S_CELL),
                para(fmt.when(i) + (" (written later)" if i.written_later else ""), S_CELL),
                para(fmt.where(i), S_CELL, 300),
                para(fmt.brief(i.description), S_CELL, 400),
                para(" ".join(i.behaviours), S_CELL),
                para("; ".join(w.name for w in i.witnesses), S_CELL, 200),
                para("; ".join(fmt.report(r) for r in i.reports), S_CELL, 300),
                para(" ".join(i.exhibits), S_CELL, 200),
                PageRef(i.number),
            ]
        )
    out.append(table(rows, scaled(WIDTHS, WIDE_W)))
    return out


SECTION = Section("chronology", "Chronology", build, landscape=True)
