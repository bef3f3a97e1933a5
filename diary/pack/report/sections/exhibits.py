"""Section E, the exhibits: a list with each full SHA-256 on its own line, then each picture on
its own page, stamped with its reference and the start of its hash."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from diary.pack import fmt
from diary.pack.model import ExhibitView
from diary.pack.report.blocks import scaled, table_style
from diary.pack.report.document import Mark, draw_jpeg
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    BOLD,
    INK,
    MARGIN,
    PAGE_H,
    RULE,
    S_CELL,
    S_CELL_B,
    S_H2,
    S_MONO,
    S_MUTED,
    S_SMALL,
    SHADE,
    esc,
    markup,
    para,
)

HEAD = ("Ref.", "What it is", "How captured", "Captured", "Original kept", "Incidents")
WIDTHS = [12, 50, 26, 28, 26, 22]


STAMP_BAND = 18  # points above the picture where its reference and hash are stamped


class ExhibitPage(Flowable):  # type: ignore[misc]
    """A picture exhibit on its own page, stamped with its reference and the start of its hash
    in a band above it, so the stamp never covers the picture (a screenshot's sender and time
    are often at its top left)."""

    def __init__(self, view: ExhibitView, max_w: float, max_h: float) -> None:
        super().__init__()
        self.view = view
        w, h = view.preview_size
        scale = min(max_w / w, (max_h - STAMP_BAND) / h) if w and h else 1
        self.draw_w, self.draw_h = w * scale, h * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.draw_w, self.draw_h + STAMP_BAND

    def draw(self) -> None:
        v = self.view
        c = self.canv
        assert v.preview is not None
        draw_jpeg(c, v.exhibit.ref, v.preview, v.preview_size, (0, 0, self.draw_w, self.draw_h))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, 0, self.draw_w, self.draw_h, stroke=1, fill=0)
        ref = v.redacted_ref or v.exhibit.ref
        digest = v.redacted_sha256 or v.exhibit.sha256
        stamp = f"{ref}   SHA-256 {digest[:16]}…"
        c.setFont(BOLD, 9)
        tw = pdfmetrics.stringWidth(stamp, BOLD, 9)
        c.setFillColor(SHADE)
        c.rect(0, self.draw_h + 3, tw + 10, 14, stroke=0, fill=1)
        c.setFillColor(INK)
        c.drawString(5, self.draw_h + 7, stamp)


def exhibit_label(story: Story, ref: str) -> str:
    """ "Exhibit JS1", and who produced it when the person has given their name."""
    name = story.ctx.data.owner_name
    if name and name != story.ctx.data.owner_initials:
        return f"Exhibit {ref}, produced by {name}"
    return f"Exhibit {ref}"


def _list(story: Story) -> Table:
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in HEAD]]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    history = {h.ref: h for h in story.ctx.data.court.exhibit_history}
    for v in story.ctx.exhibits:
        e = v.exhibit
        what = f"{e.description}\n" if e.description else ""
        what += f"{e.kind}: {e.original_name} ({e.media_type}, {fmt.size(e.size)})"
        if v.note:
            what += f"\n{v.note}"
        rows.append(
            [
                para(e.ref, S_CELL_B),
                para(what, S_CELL, 600),
                para(e.capture_method, S_CELL, 200),
                para(
                    "\n".join(x for x in (fmt.date_time(e.captured_at), e.captured_place) if x),
                    S_CELL,
                    200,
                ),
                para(e.original_kept, S_CELL, 200),
                para(" ".join(e.incidents), S_CELL, 300),
            ]
        )
        # The full hash on a line of its own, unbroken, so it can be read out or searched for.
        digest = f"SHA-256 of the original: {e.sha256}"
        if v.redacted_sha256:
            digest += f"<br/>SHA-256 of {esc(v.redacted_ref)}: {v.redacted_sha256}"
        rows.append(["", markup(digest, S_MONO), "", "", "", ""])
        kept = history.get(e.ref)
        if kept is not None:
            # Continuity: how it entered the diary, where the original is, every pack it went into.
            went = "; ".join([*kept.exports, "this pack"])
            rows.append(
                [
                    "",
                    para(
                        f"Entered the diary {kept.entered}. Original kept: {e.original_kept}. "
                        f"Exported in: {went}.",
                        S_CELL,
                        1200,
                    ),
                    "",
                    "",
                    "",
                    "",
                ]
            )
        r = len(rows) - 1
        first = r - (2 if kept is not None else 1)
        style += [
            *[("SPAN", (1, row), (-1, row)) for row in range(first + 1, r + 1)],
            ("LINEBELOW", (0, r), (-1, r), 0.25, RULE),
            # An exhibit, its hash and its continuity stay on the same page.
            ("NOSPLIT", (0, first), (-1, r)),
        ]
    out = Table(rows, colWidths=scaled(WIDTHS, BODY_W), repeatRows=1, splitInRow=1)
    out.setStyle(table_style(style))
    return out


def picture_page(story: Story, v: ExhibitView) -> list[Flowable]:
    e = v.exhibit
    ref = v.redacted_ref or e.ref
    facts = f"{e.original_name} · {e.kind} · captured {fmt.date_time(e.captured_at) or 'time not known'}"
    out: list[Flowable] = [
        Mark(f"exh-{e.ref}", f"Exhibit {ref}", 1),
        para(exhibit_label(story, ref), S_H2),
        para(facts, S_SMALL, 300),
        markup(f"SHA-256 {v.redacted_sha256 or e.sha256}", S_MONO),
    ]
    if v.note:
        out.append(para(v.note, S_MUTED))
    out.append(Spacer(1, 3 * mm))
    out.append(ExhibitPage(v, BODY_W, PAGE_H - 2 * MARGIN - 70 * mm))
    return out


def build(story: Story) -> list[Flowable]:
    out = story.heading("exhibits")
    out.append(
        para(
            "Each exhibit is in the folder ‘exhibits’ of this pack exactly as the person imported it "
            "(or, in a court copy, as a redacted copy in ‘exhibits-redacted’). The SHA-256 is the "
            "file's fingerprint: any change to the file changes it.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    out.append(_list(story))
    for v in story.ctx.exhibits:
        if v.preview:
            out.append(PageBreak())
            out += picture_page(story, v)
    return out


SECTION = Section("exhibits", "Exhibits", build)
