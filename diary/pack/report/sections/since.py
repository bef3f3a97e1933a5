"""The section of an update pack that lists the incidents unchanged since the earlier pack: one
row each, with the SHA-256 of its record as the earlier pack carries it and its page there."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.model import PackIncident, ReportContext
from diary.pack.report.blocks import plural, scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_BODY, S_CELL, S_CELL_B, S_MONO, S_MUTED, para

HEAD = ("No.", "When", "SHA-256 of the record in the earlier pack", "Page there")
WIDTHS = [15, 36, 110, 12]


def build(story: Story) -> list[Flowable]:
    since = story.ctx.data.since
    assert since is not None
    out = story.heading("since")
    rows_count = len(since.unchanged)
    out.append(
        para(
            f"This pack is an update to the pack {since.pack_id}, made "
            f"{fmt.date_time(since.created_at)}, whose history ends at entry "
            f"{since.audit_head_seq} (history code {since.history_code}). It carries in full "
            "only what is new or changed since then. "
            + (
                f"The {plural(rows_count, 'incident')} below "
                f"{'is' if rows_count == 1 else 'are'} unchanged: each row gives the SHA-256 of "
                f"the record as pack {since.pack_id} carries it (of its manifest entry, less the "
                "report page), and the page where it is in that pack's report."
                if rows_count
                else "No incident of that pack is listed here."
            ),
            S_BODY,
        )
    )
    out.append(
        para(
            "To check them, compare the two packs: daybook verify THIS-PACK.zip --since "
            "EARLIER-PACK.zip, or 'Compare with an earlier pack' when opening this pack in "
            "Daybook. Continuity holds only if every entry of the earlier pack's history is in "
            "this pack's history unchanged and each row's SHA-256 matches.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    if not rows_count:
        return out
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in HEAD]]
    for row in since.unchanged:
        shown = PackIncident(
            number=row.number,
            occurred_start=row.occurred_start,
            written_at=row.occurred_start,
            description="",
            occurred_end=row.occurred_end,
            precision=row.precision,
        )
        rows.append(
            [
                para(row.number, S_CELL),
                para(fmt.when(shown), S_CELL),
                para(row.record_sha256, S_MONO),
                para(row.earlier_page, S_CELL),
            ]
        )
    out.append(table(rows, scaled(WIDTHS, BODY_W)))
    return out


def _included(ctx: ReportContext) -> bool:
    return ctx.data.since is not None


SECTION = Section("since", "Unchanged since the earlier pack", build, include=_included)
