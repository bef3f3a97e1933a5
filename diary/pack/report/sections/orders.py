"""Orders and breaches: the orders in force (and ended), the conditions asked for with the
incidents that show why, a breach schedule for each order (each condition, then every incident
recorded as breaking it, with its date, evidence and police references, so each breach can be
charged), and every breach in date order."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from diary.pack import fmt
from diary.pack.court_model import PackCondition, PackOrder
from diary.pack.model import PackIncident, ReportContext
from diary.pack.report.blocks import fitted, key_values, plural, scaled, table
from diary.pack.report.document import PageRef
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    S_BODY,
    S_CELL,
    S_CELL_B,
    S_H2,
    S_H3,
    S_MUTED,
    S_QUOTE,
    WIDE_W,
    para,
)

KIND_WORDS = {"prohibition": "Prohibition", "requirement": "Requirement"}
BREACH_HEAD = (
    "No.",
    "When",
    "Where or how",
    "What happened",
    "Evidence",
    "Police reference",
    "Page",
)
BREACH_WIDTHS = [15, 28, 28, 78, 22, 30, 9]
VIEW_HEAD = ("No.", "When", "Condition", "What happened", "Evidence", "Police reference", "Page")
# An email address or a police reference in a cell shrinks to fit rather than split mid-token.
_WIDTHS = scaled(BREACH_WIDTHS, WIDE_W)


def day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def has_orders(ctx: ReportContext) -> bool:
    return bool(ctx.data.court.orders)


def _order_facts(order: PackOrder) -> list[tuple[str, str]]:
    status = {"in-force": "In force", "ended": "Ended", "asked-for": "Asked for"}.get(
        order.status, order.status
    )
    return [
        ("Status", status + (f" (ended {day(order.ended)})" if order.ended else "")),
        ("Court", order.court),
        ("Made", day(order.made)),
        ("Served", day(order.served)),
        ("Ends", day(order.expires)),
        ("Reference", order.reference),
        ("Against", order.against),
        ("Copy of the order", f"exhibit {order.copy_exhibit}" if order.copy_exhibit else ""),
    ]


def _condition_line(condition: PackCondition) -> str:
    kind = KIND_WORDS.get(condition.kind, "")
    return f"{condition.ref}" + (f" ({kind.lower()})" if kind else "")


def _police(i: PackIncident) -> str:
    refs = [fmt.report(r) for r in i.reports if r.reference]
    return "; ".join(refs) or "none recorded"


def _breach_rows(numbers: tuple[str, ...], by_number: dict[str, PackIncident]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for number in numbers:
        i = by_number.get(number)
        if i is None:
            continue
        rows.append(
            [
                para(i.number, S_CELL),
                para(fmt.when(i), S_CELL),
                fitted(fmt.where(i), S_CELL, _WIDTHS[2], 300),
                para(fmt.brief(i.description, 45), S_CELL, 500),
                para(" ".join(i.exhibits) or "none", S_CELL, 200),
                fitted(_police(i), S_CELL, _WIDTHS[5], 300),
                PageRef(i.number),
            ]
        )
    return rows


def _schedule(story: Story, order: PackOrder, by_number: dict[str, PackIncident]) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), para(f"Breach schedule: {order.ref} {order.kind}", S_H2)]
    total = sum(len(c.breaches) for c in order.conditions)
    out.append(
        para(
            f"{plural(total, 'breach', 'breaches')} of {plural(len(order.conditions), 'condition')} "
            "recorded in this pack. Each condition is in the order's own words; under it, every "
            "incident recorded as breaking it, oldest first.",
            S_MUTED,
        )
    )
    for condition in order.conditions:
        # A condition's heading and words stay on the page that starts its breaches.
        block: list[Flowable] = [
            para(_condition_line(condition), S_H3),
            para(condition.text, S_QUOTE),
        ]
        rows = _breach_rows(condition.breaches, by_number)
        if not rows:
            block.append(para("No breach of this condition is recorded in this pack.", S_MUTED))
            out.append(KeepTogether(block))
            continue
        block.append(
            table(
                [[para(h, S_CELL_B) for h in BREACH_HEAD], *rows],
                _WIDTHS,
            )
        )
        out.append(KeepTogether(block))
        out.append(Spacer(1, 2 * mm))
    return out


def build(story: Story) -> list[Flowable]:
    court = story.ctx.data.court
    by_number = {i.number: i for i in story.incidents}
    made = [o for o in court.orders if o.status != "asked-for"]
    asked = [o for o in court.orders if o.status == "asked-for"]
    out = story.heading("orders")
    out.append(
        para(
            f"{plural(len(made), 'order')} recorded as made and {plural(len(asked), 'order')} "
            "asked for. The conditions are as the person recorded them from each order; a copy "
            "of the order itself, where kept, is the exhibit named.",
            S_MUTED,
        )
    )
    for order in made:
        heading = para(f"{order.ref} {order.kind}", S_H2)
        out.append(
            KeepTogether([heading, key_values(_order_facts(order), key_w=40 * mm, width=WIDE_W)])
        )
        out.append(Spacer(1, 2 * mm))
        for condition in order.conditions:
            out.append(para(f"{_condition_line(condition)}: {condition.text}", S_BODY))
    if asked:
        # The section's heading stays with the first order asked for.
        intro: list[Flowable] = [
            para("Conditions asked for", S_H2),
            para(
                "The terms the person is asking for, in their own words, each with the incidents "
                "that show why it is needed.",
                S_MUTED,
            ),
        ]
        for order in asked:
            # The order's heading, its facts and its conditions stay together where they fit.
            block: list[Flowable] = [*intro, para(f"{order.ref} {order.kind} (asked for)", S_H3)]
            intro = []
            facts = [(k, v) for k, v in _order_facts(order) if k not in ("Status",)]
            if any(v for _k, v in facts):
                block.append(key_values(facts, key_w=40 * mm, width=WIDE_W))
            rows: list[list[Any]] = [
                [para(h, S_CELL_B) for h in ("Condition", "Wanted", "Why: the incidents")]
            ]
            for condition in order.conditions:
                reasons = [
                    f"{n} ({fmt.date(by_number[n].occurred_start)})"
                    for n in condition.reasons
                    if n in by_number
                ]
                rows.append(
                    [
                        para(condition.ref, S_CELL),
                        para(condition.text, S_CELL, 600),
                        para("; ".join(reasons) or "none linked", S_CELL, 600),
                    ]
                )
            block.append(table(rows, scaled([16, 70, 60], WIDE_W)))
            out.append(KeepTogether(block))
    for order in made:
        out += _schedule(story, order, by_number)
    breached = [
        (i, c.ref)
        for i in story.incidents
        for o in made
        for c in o.conditions
        if i.number in c.breaches
    ]
    if breached:
        out.append(PageBreak())
        out.append(para("Every breach, in date order", S_H2))
        out.append(
            para(
                "The chronology filtered to the incidents recorded as breaking a condition; an "
                "incident that broke two conditions appears once for each.",
                S_MUTED,
            )
        )
        rows = [[para(h, S_CELL_B) for h in VIEW_HEAD]]
        for i, ref in breached:
            rows.append(
                [
                    para(i.number, S_CELL),
                    para(fmt.when(i), S_CELL),
                    para(ref, S_CELL),
                    para(fmt.brief(i.description, 45), S_CELL, 500),
                    para(" ".join(i.exhibits) or "none", S_CELL, 200),
                    fitted(_police(i), S_CELL, _WIDTHS[5], 300),
                    PageRef(i.number),
                ]
            )
        out.append(table(rows, _WIDTHS))
    return out


SECTION = Section("orders", "Orders and breaches", build, landscape=True, include=has_orders)
