"""Section J, attachments: documents the person marked to go with the pack (an existing order,
a letter from the police, a completed risk form), each listed with its exhibit reference."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from diary.pack import fmt
from diary.pack.model import ReportContext
from diary.pack.report.blocks import scaled, table, table_style
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_CELL, S_CELL_B, S_MONO, S_MUTED, para


def has_attachments(ctx: ReportContext) -> bool:
    return bool(ctx.data.court.attachments)


def build(story: Story) -> list[Flowable]:
    views = story.views
    out = story.heading("attachments")
    out.append(
        para(
            "Documents the person chose to attach. Each is an exhibit: its file is in the "
            f"pack's exhibits folder, and section {story.letter('exhibits')} gives its full hash.",
            S_MUTED,
        )
    )
    rows: list[list[Any]] = [
        [para(h, S_CELL_B) for h in ("Exhibit", "What it is", "Title", "Dated", "File")]
    ]
    spans: list[tuple[Any, ...]] = []
    for a in story.ctx.data.court.attachments:
        view = views.get(a.exhibit)
        exhibit = view.exhibit if view else None
        rows.append(
            [
                para(a.exhibit, S_CELL),
                para(a.kind, S_CELL),
                para(a.title, S_CELL, 300),
                para(f"{a.dated.day} {a.dated:%b %Y}" if a.dated else "", S_CELL),
                para(
                    f"{exhibit.original_name} ({fmt.size(exhibit.size)})" if exhibit else "",
                    S_CELL,
                    200,
                ),
            ]
        )
        if exhibit is not None:
            # The full hash on a line of its own, unbroken, so it can be read out.
            rows.append(["", para(f"SHA-256 {exhibit.sha256}", S_MONO), "", "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
    grid = table(rows, scaled([14, 34, 40, 18, 50], BODY_W), zebra=False)
    grid.setStyle(table_style(spans))
    out.append(grid)
    return out


SECTION = Section("attachments", "Attachments", build, include=has_attachments)
