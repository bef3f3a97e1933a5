"""Section G, risk information: the person's answers on the topics a stalking risk assessment
asks about, in Daybook's own plain words, with their notes, the incidents that show each, and
what the diary itself records. Not the questionnaire, and never a score."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from diary.pack.model import ReportContext
from diary.pack.report.blocks import plural, scaled, table
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    S_CELL,
    S_CELL_B,
    S_MUTED,
    S_NOTICE,
    esc,
    markup,
    para,
)

NOT_A_FORM = "Information for your risk assessment; this is not a completed S-DASH or DASH form."


def has_risk(ctx: ReportContext) -> bool:
    """In the full pack and a court bundle; never the plain court copy (the cover says so)."""
    wanted = ctx.data.profile == "full" or bool(ctx.data.court.bundle_max_pages)
    return wanted and bool(ctx.data.court.risk)


def _incidents(numbers: tuple[str, ...], limit: int = 12) -> str:
    shown = ", ".join(numbers[:limit])
    return shown + (f" and {len(numbers) - limit} more" if len(numbers) > limit else "")


def build(story: Story) -> list[Flowable]:
    answers = story.ctx.data.court.risk
    out = story.heading("risk")
    out.append(markup(f"<b>{esc(NOT_A_FORM)}</b>", S_NOTICE))
    answered = sum(1 for a in answers if a.answer not in ("Not said", ""))
    out.append(
        para(
            f"The person answered {answered} of {len(answers)} topics, in their own words where "
            "they added a note. The topics are worded by Daybook, not taken from any "
            "questionnaire, and no answer is scored. ‘The diary records’ states only what the "
            "diary's entries show; it is not the person's answer. A completed official form, if "
            "there is one, is attached as an exhibit.",
            S_MUTED,
        )
    )
    rows: list[list[Any]] = [
        [
            para(h, S_CELL_B)
            for h in ("Topic", "Answer", "The person's note", "Incidents", "The diary records")
        ]
    ]
    for a in answers:
        diary_says = a.suggestion
        if a.suggested:
            diary_says += f" ({_incidents(a.suggested)})"
        rows.append(
            [
                markup(f"<b>{esc(a.title)}</b><br/>{esc(a.prompt)}", S_CELL),
                para(a.answer, S_CELL),
                para(a.note, S_CELL, 600),
                para(_incidents(a.incidents), S_CELL, 300),
                para(diary_says or "—", S_CELL, 600),
            ]
        )
    out.append(table(rows, scaled([46, 14, 40, 26, 44], BODY_W)))
    linked = {n for a in answers for n in a.incidents}
    if linked:
        out.append(
            para(
                f"{plural(len(linked), 'incident')} linked to an answer; each is in the "
                f"chronology (section {story.letter('chronology')}).",
                S_MUTED,
            )
        )
    return out


SECTION = Section("risk", "Risk information", build, include=has_risk)
