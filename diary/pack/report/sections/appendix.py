"""Appendix of messages from the people in the pack that are linked to no incident, so a reader
sees the whole of the contact, not only what the person picked. Its own page numbers (H1…);
in the pack only when the person chose it (on by default for fewer than 500 messages)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.model import ReportContext
from diary.pack.report.blocks import clock, fitted, plural, scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_CELL, S_CELL_B, S_MUTED, para

HEAD = ("When", "How", "From", "To", "Message", "Source")
WIDTHS = [22, 16, 18, 14, 60, 16]
BODY_LIMIT = 1500


def build(story: Story) -> list[Flowable]:
    messages = sorted(story.ctx.data.appendix_messages, key=lambda m: (clock(m.sent_at), m.id))
    first, last = messages[0].sent_at, messages[-1].sent_at
    out = story.heading("appendix")
    span = (
        f"on {fmt.date(first)}"
        if fmt.date(first) == fmt.date(last)
        else f"from {fmt.date(first)} to {fmt.date(last)}"
    )
    as_kept = (
        "as imported, with the person's own details withheld"
        if story.ctx.data.profile == "court"
        else "exactly as imported"
    )
    out.append(
        para(
            f"{plural(len(messages), 'message')} from the people named in this pack that the "
            f"person has not linked to any incident, {span}, oldest first, {as_kept}. Each names "
            "the exhibit and the line or record it came from.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    widths = scaled(WIDTHS, BODY_W)
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in HEAD]]
    for m in messages:
        source = f"{m.exhibit}, {m.position}" if m.position else m.exhibit
        cells = [
            (fmt.date_time(m.sent_at), None),
            (f"{m.channel} ({m.direction})", None),
            (m.sender, 200),
            (", ".join(m.recipients), 200),
            (m.body, BODY_LIMIT),
            (source, 100),
        ]
        rows.append(
            [fitted(text, S_CELL, w, limit) for (text, limit), w in zip(cells, widths, strict=True)]
        )
    out.append(table(rows, widths))
    return out


def _has_messages(ctx: ReportContext) -> bool:
    return bool(ctx.data.appendix_messages)


SECTION = Section("appendix", "Messages not linked to an incident", build, include=_has_messages)
