"""Files sent by upload: when the person also made police-upload folders from this pack, every
file in them with its folder and SHA-256, so the officer can check each uploaded file against
this signed pack."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from diary.pack import fmt
from diary.pack.model import ReportContext
from diary.pack.report.blocks import scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import BODY_W, S_CELL, S_CELL_B, S_MONO, S_MUTED, para


def has_uploads(ctx: ReportContext) -> bool:
    return bool(ctx.data.court.uploads)


def build(story: Story) -> list[Flowable]:
    uploads = story.ctx.data.court.uploads
    out = story.heading("uploads")
    out.append(
        para(
            "The person also copied this pack's files into folders for a police evidence upload "
            "link. This signed pack is the pack of record. Each exhibit below is the same file, "
            "byte for byte, renamed with its reference and date; report.pdf and chronology.csv "
            "are this pack's own, listed in its SHA256SUMS.",
            S_MUTED,
        )
    )
    rows: list[list[Any]] = [
        [para(h, S_CELL_B) for h in ("Folder", "File sent", "Exhibit", "Size", "SHA-256")]
    ]
    for u in uploads:
        rows.append(
            [
                para(u.folder, S_CELL),
                para(u.name, S_CELL, 200),
                para(u.ref or "—", S_CELL),
                para(fmt.size(u.size) if u.size else "", S_CELL),
                para(u.sha256 or "in SHA256SUMS", S_MONO),
            ]
        )
    out.append(table(rows, scaled([16, 50, 12, 16, 70], BODY_W)))
    return out


SECTION = Section("uploads", "Files sent by upload", build, include=has_uploads)
