"""Section I, the draft statement: the heading block of a family-court witness statement (FPR
PD22A: party, witness, statement number, exhibits, date, top right), numbered paragraphs in the
first person, and the statement of truth left unsigned. Every page of the section carries the
"DRAFT" watermark (document.py draws it for this section's letter)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from diary.pack import fmt
from diary.pack.model import ReportContext
from diary.pack.report.blocks import table_style
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    BOLD,
    S_BODY,
    S_H2,
    S_MUTED,
    S_NOTICE,
    esc,
    markup,
    para,
    style,
)
from diary.statement import (
    DRAFT_MARK,
    NOT_A_POLICE_STATEMENT,
    STATEMENT_OF_TRUTH_LINES,
    heading_block,
    statement_heading,
    title_lines,
)

S_RIGHT = style("stmt-right", fontSize=9, leading=12, alignment=2)
S_CENTRE = style("stmt-centre", fontSize=10, leading=14, alignment=1)
S_CENTRE_B = style("stmt-centre-b", fontName=BOLD, fontSize=11, leading=15, alignment=1)
S_PARA = style("stmt-para", fontSize=10, leading=15, spaceAfter=6)


def has_statement(ctx: ReportContext) -> bool:
    """In the full pack and a court bundle; never the plain court copy (the cover says so)."""
    statement = ctx.data.court.statement
    wanted = ctx.data.profile == "full" or bool(ctx.data.court.bundle_max_pages)
    return wanted and statement is not None and bool(statement.paragraphs)


def _bold_refs(text: str, refs: list[str]) -> str:
    """The paragraph as markup, with each exhibit mark in bold (as the practice direction asks)."""
    out = esc(text)
    for ref in sorted(refs, key=len, reverse=True):
        out = out.replace(esc(ref), f"<b>{esc(ref)}</b>")
    return out


def build(story: Story) -> list[Flowable]:
    statement = story.ctx.data.court.statement
    assert statement is not None
    data = statement.as_input()
    out = story.heading("statement", "Draft statement")
    saved = (
        f"version {statement.revision}, saved {fmt.date_time(statement.saved_at)}"
        if statement.revision and statement.saved_at
        else "a first draft built from the diary, not yet edited by the person"
    )
    out.append(
        markup(
            f"<b>{esc(DRAFT_MARK)}.</b> {esc(NOT_A_POLICE_STATEMENT)} This is {esc(saved)}.",
            S_NOTICE,
        )
    )
    block = Table(
        [[para(f"{label}: {value}", S_RIGHT)] for label, value in heading_block(data)],
        colWidths=[BODY_W],
    )
    block.setStyle(
        table_style([("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    )
    out.append(block)
    out.append(Spacer(1, 4 * mm))
    for n, line in enumerate(title_lines(data)):
        out.append(para(line, S_CENTRE_B if n == 0 else S_CENTRE))
    out.append(Spacer(1, 3 * mm))
    out.append(para(statement_heading(data), S_CENTRE_B))
    out.append(Spacer(1, 4 * mm))
    refs = sorted({ref for p in statement.paragraphs for ref in p.exhibits})
    numbered: list[Any] = []
    for number, paragraph in enumerate(statement.paragraphs, start=1):
        numbered.append(
            Table(
                [[para(f"{number}.", S_PARA), markup(_bold_refs(paragraph.text, refs), S_PARA)]],
                colWidths=[10 * mm, BODY_W - 10 * mm],
                splitInRow=1,
            )
        )
        numbered[-1].setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    out += numbered
    truth: list[Flowable] = [para("Statement of truth", S_H2)]
    truth += [para(line, S_BODY) for line in STATEMENT_OF_TRUTH_LINES]
    truth.append(Spacer(1, 6 * mm))
    for label in ("Signed", "Full name", "Date"):
        truth.append(para(f"{label}: " + "_" * 40, S_BODY))
        truth.append(Spacer(1, 3 * mm))
    truth.append(para("Left unsigned: the person signs it only when it is final.", S_MUTED))
    out.append(KeepTogether(truth))
    return out


SECTION = Section(
    "statement", "Draft statement", build, include=has_statement, watermark=DRAFT_MARK
)
