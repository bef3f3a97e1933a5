"""Section G, impact on daily life: fear and effects month by month, then in the person's words."""

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


SECTION = Section("impact", "Impact on daily life", build)
