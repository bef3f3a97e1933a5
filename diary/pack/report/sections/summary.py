"""Section B, the summary: who, first and latest incident, references, counts, the pattern as
facts (each heading a count from the diary, never a judgement), then a page of charts."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from diary.pack import fmt
from diary.pack.model import PackInput, PackPerson
from diary.pack.report.blocks import key_values, plural, table, table_style
from diary.pack.report.charts import time_grid, week_chart
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    S_BODY,
    S_CELL,
    S_CELL_B,
    S_H2,
    S_H3,
    S_SMALL,
    esc,
    markup,
    para,
)
from diary.records.court_types import PERSON_FACT_KINDS

# The identifiers the summary lists, in this order, each with how the person knows it.
IDENTIFIERS = ("phones", "emails", "handles", "vehicles", "addresses")


def _known(person: PackPerson, kind: str, value: str = "") -> str:
    """A fact as report markup, with how the person knows it ("I know this", "told by …");
    nothing after it when they did not say."""
    source = person.source_of(kind, value)
    shown = esc(value)
    return f"{shown} <i>({esc(source.label)})</i>" if source else shown


def perpetrators(data: PackInput) -> list[str]:
    """Each person named as doing this, with what identifies them and how the person knows each
    fact, as report markup."""
    lines = []
    for p in data.people:
        if p.role != "perpetrator":
            continue
        bits = [f"<b>{esc(p.name)}</b>"]
        if p.aliases:
            bits.append("also known as " + ", ".join(_known(p, "aliases", a) for a in p.aliases))
        if p.relationship:
            source = p.source_of("relationship")
            bits.append(
                "— " + esc(p.relationship) + (f" <i>({esc(source.label)})</i>" if source else "")
            )
        rows = [" ".join(bits)]
        for kind in IDENTIFIERS:
            values = getattr(p, kind)
            if values:
                facts = "; ".join(_known(p, kind, v) for v in values)
                rows.append(f"{esc(PERSON_FACT_KINDS[kind])}: {facts}")
        if p.photo:
            source = p.source_of("photo")
            rows.append(
                f"Photo: exhibit {esc(p.photo)}"
                + (f" <i>({esc(source.label)})</i>" if source else "")
            )
        lines.append("<br/>".join(rows))
    return lines


def sources_note(data: PackInput) -> str:
    """The one line that says what the words in brackets mean, when any fact has them."""
    if not any(p.sources for p in data.people if p.role == "perpetrator"):
        return ""
    return (
        "In brackets after a fact, how the person knows it: “I know this”, or who told them. "
        "A fact with nothing after it: they did not say."
    )


def pattern(data: PackInput) -> list[tuple[str, str]]:
    """The pattern as facts only: each row's heading is itself a count from the diary ("5 of 5
    incidents involve the same person"), never a judgement, in every profile."""
    inc = sorted(data.incidents, key=lambda i: i.occurred_start)
    if not inc:
        return []
    first, last = inc[0].occurred_start, inc[-1].occurred_start
    days = (last.date() - first.date()).days + 1
    names = Counter(p.name for i in inc for p in i.perpetrators)
    channels = {i.channel for i in inc if i.channel}
    places = Counter(i.location for i in inc if i.location)
    night = sum(
        1
        for i in inc
        if i.precision in ("exact", "about")
        and (i.occurred_start.hour >= 22 or i.occurred_start.hour < 6)
    )
    told = sum(1 for i in inc if i.told_to_stop)
    reported = sum(1 for i in inc if i.reports)
    breaches = sum(1 for i in inc if i.order_breached or data.court.breaches_of(i.number))
    fears = [i.fear for i in inc if i.fear is not None]
    # Only incidents whose day is known can be placed in a week.
    weeks = Counter(
        (i.occurred_start - timedelta(days=i.occurred_start.weekday())).date()
        for i in inc
        if i.precision != "month"
    )
    busiest = weeks.most_common(1)[0] if weeks else None
    half = first + (last - first) / 2
    early = sum(1 for i in inc if i.occurred_start <= half)
    late = len(inc) - early

    who: list[str] = []
    if names:
        name, count = names.most_common(1)[0]
        who.append(
            f"{count:,} of {plural(len(inc), 'incident')} involve"
            f"{'s' if count == 1 else ''} the same person ({name})"
        )
    who.append(
        f"on {fmt.date(first)}"
        if days <= 1
        else f"over {plural(days, 'day')} ({fmt.date(first)} to {fmt.date(last)})"
    )
    if places:
        place, count = places.most_common(1)[0]
        if count > 1:
            # A withheld place keeps its own number, so this is only said of one real place.
            who.append(f"{count:,} at or about the same place ({place})")
    how: list[str] = []
    if channels:
        how.append(
            f"{plural(len(channels), 'way', 'different ways')} of making contact "
            f"({', '.join(sorted(channels))})"
        )
    if night:
        how.append(f"{plural(night, 'incident')} between 10 pm and 6 am")
    if busiest and busiest[1] > 1:
        how.append(
            f"{busiest[1]:,} incidents in the week of {fmt.date(datetime.combine(busiest[0], datetime.min.time()))}"
        )
    after: list[str] = []
    if told:
        after.append(f"{plural(told, 'incident')} after they had been told to stop")
    if reported:
        after.append(f"{plural(reported, 'incident')} reported")
    if breaches:
        after.append(f"{plural(breaches, 'incident')} recorded as breaking an order")
    if fears:
        after.append(
            f"fear recorded as {max(fears)} out of 10 at its highest, {sum(fears) / len(fears):.1f} on average"
        )
    often = [f"{plural(len(inc), 'incident')} in {plural(days, 'day')}"]
    # A weekly rate over less than four weeks would claim a pattern the diary does not show.
    if days >= 28:
        often.append(f"about {len(inc) / (days / 7):.1f} a week")
    if len(inc) > 3:
        trend = (
            "more often"
            if late > early * 1.2
            else "less often"
            if late * 1.2 < early
            else "about as often"
        )
        often.append(f"{early} in the first half of the period and {late} in the second ({trend})")
    rows = []
    for facts in (who, often, how, after):
        if facts:
            head, rest = facts[0], facts[1:]
            rows.append((head[0].upper() + head[1:], "; ".join(rest) or "—"))
    return rows


def _references(story: Story) -> Flowable:
    refs = []
    for i in story.incidents:
        for r in i.reports:
            refs.append(f"{fmt.report(r)} ({i.number})")
        if i.order_breached:
            refs.append(
                f"Order: {i.order_breached}"
                + (f", {i.order_condition}" if i.order_condition else "")
                + f" ({i.number})"
            )
    refs = list(dict.fromkeys(refs))
    shown = refs[:8]
    more = f"; and {len(refs) - 8} more in section {story.letter('chronology')}"
    return para(
        "; ".join(shown) + (more if len(refs) > 8 else "") if refs else "None recorded.",
        S_SMALL,
    )


def _counts(story: Story) -> Flowable:
    inc = story.incidents
    months = Counter(f"{i.occurred_start:%Y-%m}" for i in inc)
    # Each incident counts once under a heading, however many of its sub-codes it carries.
    behaviours = Counter(
        code
        for i in inc
        for code in {c.split(".")[0] if c.startswith("ST2") else c for c in i.behaviours}
    )
    month_rows = [[para("Month", S_CELL_B), para("Incidents", S_CELL_B)]]
    month_items = sorted(months.items())
    if len(month_items) > 14:
        # One page: older months are folded together rather than pushed overleaf.
        old = month_items[:-13]
        first_m = datetime.strptime(old[0][0], "%Y-%m").strftime("%b %Y")
        last_m = datetime.strptime(old[-1][0], "%Y-%m").strftime("%b %Y")
        month_rows.append(
            [
                para(f"{first_m} to {last_m}", S_CELL),
                para(str(sum(n for _, n in old)), S_CELL),
            ]
        )
        month_items = month_items[-13:]
    for m, n in month_items:
        month_rows.append(
            [para(datetime.strptime(m, "%Y-%m").strftime("%B %Y"), S_CELL), para(str(n), S_CELL)]
        )
    beh_rows = [[para("Behaviour", S_CELL_B), para("Incidents", S_CELL_B)]]
    for code, n in sorted(behaviours.items(), key=lambda kv: (-kv[1], kv[0]))[:14]:
        beh_rows.append([para(fmt.code_words(code), S_CELL), para(str(n), S_CELL)])
    left = table(month_rows, [40 * mm, 18 * mm])
    right = table(beh_rows, [78 * mm, 18 * mm])
    grid = Table([[left, right]], colWidths=[64 * mm, BODY_W - 64 * mm])
    grid.setStyle(
        table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return grid


def build(story: Story) -> list[Flowable]:
    data = story.ctx.data
    inc = story.incidents
    out = story.heading("summary")
    out.append(para("Who is doing this", S_H3))
    who = perpetrators(data)
    out += [markup(w, S_BODY) for w in who] or [para("No one is named as doing this.", S_BODY)]
    if who and sources_note(data):
        out.append(para(sources_note(data), S_SMALL))
    if inc:
        out.append(para("First and latest incident", S_H3))
        out.append(
            key_values(
                [
                    (
                        f"First: {inc[0].number}",
                        f"{fmt.when(inc[0])}. {fmt.brief(inc[0].description, 30)}",
                    ),
                    (
                        f"Latest: {inc[-1].number}",
                        f"{fmt.when(inc[-1])}. {fmt.brief(inc[-1].description, 30)}",
                    ),
                ],
                key_w=32 * mm,
            )
        )
    out.append(para("Police and court references", S_H3))
    out.append(_references(story))
    out.append(para("The pattern, in what the diary records", S_H3))
    out.append(key_values(pattern(data), key_w=62 * mm))
    out.append(para("Incidents by month and by behaviour", S_H3))
    out.append(_counts(story))
    out.append(PageBreak())
    out.append(para("The pattern over time", S_H2))
    out.append(para("Incidents each week, by their first behaviour", S_H3))
    # The pack runs to the day the person chose, or to the day it was made.
    until = min(data.chosen_to or data.created_at, data.created_at)
    out.append(week_chart(inc, until.date()))
    out.append(Spacer(1, 6 * mm))
    out.append(para("When incidents happened: time of day against day of the week", S_H3))
    out.append(time_grid(inc))
    return out


SECTION = Section("summary", "Summary", build)
