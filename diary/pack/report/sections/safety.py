"""The safety plan: the person's own plan and local services, for their advocate. In the full
pack only (collect() gathers it for no other copy), and never evidence: it is not in the
diary's history."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from diary.pack.model import ReportContext
from diary.pack.report.blocks import scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_BODY, S_CELL, S_CELL_B, S_H3, S_MUTED, para


def has_plan(ctx: ReportContext) -> bool:
    court = ctx.data.court
    full = ctx.data.profile == "full" and not court.uploads and not court.bundle_max_pages
    return full and bool(court.safety_plan or court.safety_services)


def build(story: Story) -> list[Flowable]:
    court = story.ctx.data.court
    out = story.heading("safety")
    out.append(
        para(
            "The person's own safety plan, for their advocate: not evidence, and never in a "
            "court copy. Parts they have not filled in are shown as such.",
            S_MUTED,
        )
    )
    for section in court.safety_plan:
        out.append(para(section.title, S_H3))
        out.append(para(section.text or "Not filled in.", S_BODY if section.text else S_MUTED))
    if court.safety_services:
        out.append(para("Local services", S_H3))
        rows: list[list[Any]] = [
            [para(h, S_CELL_B) for h in ("Service", "Number", "Hours", "Notes")]
        ]
        for s in court.safety_services:
            rows.append(
                [
                    para(s.name, S_CELL),
                    para(s.number, S_CELL),
                    para(s.hours, S_CELL),
                    para(s.notes, S_CELL, 400),
                ]
            )
        out.append(table(rows, scaled([40, 26, 26, 60], BODY_W)))
    return out


SECTION = Section("safety", "Safety plan", build, include=has_plan)
