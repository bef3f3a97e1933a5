"""Section H, impact on daily life: the effects recorded and when each first appeared, the dated
changes to daily life, fear and effects month by month, then the person's own words; for a
Victim Personal Statement."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.model import PackIncident
from diary.pack.report.blocks import scaled, table
from diary.pack.report.charts import fear_chart
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    S_CELL,
    S_CELL_B,
    S_H3,
    S_MUTED,
    S_SMALL,
    esc,
    markup,
    para,
    style,
)

S_WORDS = style("imp", fontSize=8.5, leading=11, leftIndent=10, spaceAfter=3)
WIDTHS = [26, 16, 26, 90]


def build(story: Story) -> list[Flowable]:
    out = story.heading("impact")
    inc = story.incidents
    by_month: dict[str, list[PackIncident]] = defaultdict(list)
    for i in inc:
        by_month[f"{i.occurred_start:%Y-%m}"].append(i)
    out.append(
        para("How the person's daily life changed, month by month, as they recorded it.", S_MUTED)
    )
    out.append(Spacer(1, 2 * mm))
    out += _effects(inc)
    out += _changes(story)
    rows: list[list[Any]] = [
        [
            para(h, S_CELL_B)
            for h in ("Month", "Incidents", "Fear (highest / average)", "Effects recorded")
        ]
    ]
    for month, items in sorted(by_month.items()):
        fears = [i.fear for i in items if i.fear is not None]
        effects = Counter(e for i in items for e in i.impact)
        rows.append(
            [
                para(datetime.strptime(month, "%Y-%m").strftime("%B %Y"), S_CELL),
                para(str(len(items)), S_CELL),
                para(f"{max(fears)} / {sum(fears) / len(fears):.1f}" if fears else "", S_CELL),
                para(
                    "; ".join(f"{k} ×{n}" if n > 1 else k for k, n in effects.most_common()),
                    S_CELL,
                    600,
                ),
            ]
        )
    if by_month:
        out.append(para("How frightened, month by month (0 to 10)", S_H3))
        out.append(fear_chart(sorted(by_month.items())))
        out.append(Spacer(1, 3 * mm))
    out.append(table(rows, scaled(WIDTHS, BODY_W)))
    texts = [(i, i.impact_text) for i in inc if i.impact_text]
    if texts:
        out.append(para("In the person's words", S_H3))
        for i, text in texts:
            out.append(
                markup(f"<b>{esc(fmt.date(i.occurred_start))} ({esc(i.number)})</b>", S_SMALL)
            )
            out.append(para(text, S_WORDS))
    return out


def _effects(inc: list[PackIncident]) -> list[Flowable]:
    """Each effect recorded, when it was first recorded and in how many incidents."""
    first: dict[str, PackIncident] = {}
    counts: Counter[str] = Counter()
    for i in inc:
        for effect in i.impact:
            counts[effect] += 1
            first.setdefault(effect, i)
    if not counts:
        return []
    rows: list[list[Any]] = [
        [para(h, S_CELL_B) for h in ("Effect recorded", "First recorded", "Incidents")]
    ]
    for effect, i in sorted(first.items(), key=lambda kv: kv[1].occurred_start):
        rows.append(
            [
                para(effect, S_CELL),
                para(f"{fmt.date(i.occurred_start)} ({i.number})", S_CELL),
                para(str(counts[effect]), S_CELL),
            ]
        )
    return [
        para("Effects on daily life, as first recorded", S_H3),
        table(rows, scaled([60, 40, 16], BODY_W)),
    ]


def _changes(story: Story) -> list[Flowable]:
    changes = story.ctx.data.court.life_changes
    if not changes:
        return []
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in ("From", "What changed", "Effect")]]
    for change in changes:
        rows.append(
            [
                para(f"{change.started.day} {change.started:%b %Y}", S_CELL),
                para(change.text, S_CELL, 600),
                para(change.effect, S_CELL),
            ]
        )
    return [
        para("Changes to daily life, with their dates", S_H3),
        table(rows, scaled([18, 80, 30], BODY_W)),
        Spacer(1, 3 * mm),
    ]


SECTION = Section("impact", "Impact on daily life", build)
