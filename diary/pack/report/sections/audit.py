"""Section F, the audit log: every event the diary recorded, in order, with its hash."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.report.blocks import scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_BODY, S_CELL, S_CELL_B, S_MONO, S_MUTED, para

WIDTHS = [10, 30, 18, 70, 36]


def build(story: Story) -> list[Flowable]:
    data = story.ctx.data
    out = story.heading("audit")
    out.append(
        para(
            "Every entry, change, addendum, import and export the diary recorded, in order. Each "
            "entry's hash covers the one before it, so none can be removed or changed unnoticed; "
            f"the last hash gives the diary's history code {data.diary_fingerprint}.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [
        [para(h, S_CELL_B) for h in ("No.", "When", "What", "Details", "Hash")]
    ]
    for a in data.audit:
        rows.append(
            [
                para(str(a.seq), S_CELL),
                para(fmt.date_time(a.at), S_CELL),
                para(a.kind, S_CELL),
                para(a.summary, S_CELL, 300),
                para(a.hash[:20] + ("…" if len(a.hash) > 20 else ""), S_MONO),
            ]
        )
    if len(rows) == 1:
        out.append(para("No audit entries were included.", S_BODY))
    else:
        out.append(table(rows, scaled(WIDTHS, BODY_W)))
    return out


SECTION = Section("audit", "Audit log", build)
