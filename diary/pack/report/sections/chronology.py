"""Section C, the chronology: one line for each incident, oldest first, across landscape pages."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.report.blocks import fitted, scaled, table
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
    "Order / condition",
    "Page",
)
WIDTHS = [15, 24, 30, 66, 12, 18, 22, 14, 14, 9]


def order_condition(story: Story, number: str, breached: str, condition: str) -> str:
    """The conditions an incident is recorded as breaking (ORD-1/2), else the order named in
    words, else nothing."""
    refs = story.ctx.data.court.breaches_of(number)
    if refs:
        return " ".join(refs)
    return f"{breached}: {condition}" if condition else breached


def build(story: Story) -> list[Flowable]:
    out = story.heading("chronology")
    out.append(
        para(
            "One line for each incident, oldest first. ‘When’ says how sure the person is of the "
            "time. ‘Page’ is where the full record is in section "
            f"{story.letter('incidents')}."
            + (
                f" ‘Order / condition’ names each condition it is recorded as breaking; the "
                f"breaches alone are listed in section {story.letter('orders')}."
                if story.letter("orders")
                else ""
            ),
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in HEAD]]
    widths = scaled(WIDTHS, WIDE_W)
    for i in story.incidents:
        cells = [
            (i.number, None),
            (fmt.when(i) + (" (written later)" if i.written_later else ""), None),
            (fmt.where(i), 300),
            (fmt.brief(i.description), 400),
            (" ".join(i.behaviours), None),
            ("; ".join(w.name for w in i.witnesses), 200),
            ("; ".join(fmt.report(r) for r in i.reports), 300),
            (" ".join(i.exhibits), 200),
            (order_condition(story, i.number, i.order_breached, i.order_condition), 200),
        ]
        row: list[Any] = [
            fitted(text, S_CELL, width, limit)
            for (text, limit), width in zip(cells, widths, strict=False)
        ]
        rows.append([*row, PageRef(i.number)])
    out.append(table(rows, widths))
    return out


SECTION = Section("chronology", "Chronology", build, landscape=True)
