"""report.pdf: the readable evidence pack, laid out with reportlab in one pass.

`styles` holds fonts and styles, `document` the page templates, labels and footers, `section`
what a section is, and `sections/` one module per lettered section, listed in order in
`sections/__init__.py`. Page totals and page references are PDF forms filled in at the end.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from diary.pack.model import ReportContext
from diary.pack.report.blocks import clock
from diary.pack.report.document import LANDSCAPE, PORTRAIT, LateCanvas, ReportDoc
from diary.pack.report.section import Section, Story
from diary.pack.report.sections import SECTIONS, sections_for
from diary.pack.report.styles import register_fonts

__all__ = ["SECTIONS", "Section", "Story", "register_fonts", "render_report", "section_letters"]


def _sections(ctx: ReportContext) -> tuple[Section, ...]:
    # SECTIONS is read from this module at call time, so a test can put a section in it.
    return sections_for(True) if ctx.data.court.bundle_max_pages else SECTIONS


def section_letters(
    ctx: ReportContext, sections: tuple[Section, ...] | None = None
) -> dict[str, str]:
    """The letter each included section gets in this pack, by its key."""
    chosen = _sections(ctx) if sections is None else sections
    included = [s for s in chosen if s.include(ctx)]
    return {s.key: string.ascii_uppercase[n] for n, s in enumerate(included)}


def _story(story: Story, sections: list[Section]) -> list[Flowable]:
    flowables: list[Flowable] = []
    for n, section in enumerate(sections):
        if n:
            # Each section starts a page, on the page template it asks for.
            flowables.append(NextPageTemplate(LANDSCAPE if section.landscape else PORTRAIT))
            flowables.append(PageBreak())
        flowables += section.build(story)
    return flowables


def render_report(
    ctx: ReportContext, out: BinaryIO, progress: Callable[[str, float], None] | None = None
) -> tuple[dict[str, str], int]:
    """Write report.pdf to `out`; return each incident's page label (e.g. "D4") and the page count."""
    register_fonts()
    report = progress or (lambda _s, _f: None)
    sections = [s for s in _sections(ctx) if s.include(ctx)]
    letters = section_letters(ctx, tuple(sections))
    story = Story(
        ctx=ctx,
        letters=letters,
        titles={s.key: s.title for s in sections},
        progress=lambda f: report("Writing the report", f),
        views={v.exhibit.ref: v for v in ctx.exhibits},
        messages={m.id: m for m in ctx.data.messages},
        incidents=sorted(ctx.data.incidents, key=lambda i: clock(i.occurred_start)),
    )
    doc = ReportDoc(
        out,
        ctx,
        {letters[s.key]: s.title for s in sections},
        watermarks={letters[s.key]: s.watermark for s in sections if s.watermark},
    )
    doc.build(_story(story, sections), canvasmaker=LateCanvas)
    return doc.layout.incident_page, doc.layout.total
