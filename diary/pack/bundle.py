"""The court bundle: the report fitted to a page limit (the family courts' 350 pages, PD27A) by
leaving out the full pages of the least relevant incidents, never a chronology row.

The report is laid out, its incident pages counted, and the least relevant incidents' pages
left out until it fits (a few passes at most). Relevance is what a court looks for first:
breaches of an order, violence, threats, then evidence, reports and turning up. The cover and
the incidents section say what was left out; every incident stays in the chronology and in the
full pack.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from diary.pack.model import PackIncident, ReportContext

PASSES = 4
# Room for the lines that say what was left out, which can move a page or two.
SPARE_PAGES = 2
_LABEL = re.compile(r"^([A-Z]+)(\d+)$")

Render = Callable[[ReportContext], tuple[bytes, dict[str, str], int]]


def relevance(i: PackIncident, breaches: tuple[str, ...]) -> int:
    score = 4 * bool(breaches) + 4 * ("OC3" in i.behaviours)
    score += 3 * bool("OC2" in i.behaviours or i.threats)
    score += 2 * bool(i.exhibits) + bool(i.reports) + ("OC1" in i.behaviours)
    score += bool(i.fear is not None and i.fear >= 8)
    return score


def page_spans(pages: dict[str, str]) -> dict[str, int]:
    """How many pages each incident takes, from where each one starts (labels like "G12");
    the last is counted as one page."""
    starts = sorted(
        (int(match.group(2)), number)
        for number, label in pages.items()
        if (match := _LABEL.match(label))
    )
    spans: dict[str, int] = {}
    for k, (page, number) in enumerate(starts):
        following = starts[k + 1][0] if k + 1 < len(starts) else page + 1
        spans[number] = max(1, following - page)
    return spans


def least_relevant(ctx: ReportContext) -> list[str]:
    court = ctx.data.court
    ordered = sorted(
        ctx.data.incidents,
        key=lambda i: (relevance(i, court.breaches_of(i.number)), i.occurred_start),
    )
    return [i.number for i in ordered]


def fit(
    ctx: ReportContext, render: Render, limit: int
) -> tuple[ReportContext, bytes, dict[str, str], int]:
    """The report within `limit` pages if leaving out incident pages can do it; otherwise as
    near as it gets (the cover then says it is over)."""
    pdf, pages, total = render(ctx)
    omitted: list[str] = []
    order = least_relevant(ctx)
    for _ in range(PASSES):
        if total <= limit:
            break
        spans = page_spans(pages)
        excess = total - limit + SPARE_PAGES
        saved = 0
        for number in order:
            if number in omitted or number not in spans:
                continue
            omitted.append(number)
            saved += spans[number]
            if saved >= excess:
                break
        if not saved:
            break  # every incident page is already out: nothing more to leave out
        court = replace(ctx.data.court, omitted=tuple(omitted))
        ctx = replace(ctx, data=replace(ctx.data, court=court))
        pdf, pages, total = render(ctx)
    return ctx, pdf, pages, total
