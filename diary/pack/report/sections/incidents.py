"""Section D, the incidents: each one in full from a new page, with when it was written against
when it happened, its messages, every revision and addendum, and exhibit thumbnails."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from diary.pack import fmt
from diary.pack.model import ExhibitView, PackIncident
from diary.pack.report.blocks import clock, key_values, scaled, table, table_style
from diary.pack.report.document import LateValues, Mark, draw_jpeg
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    BOLD,
    CELL_MAX,
    INK,
    MONO,
    MUTED,
    S_CELL,
    S_CELL_B,
    S_H2,
    S_H3,
    S_MUTED,
    S_QUOTE,
    S_SMALL,
    esc,
    markup,
    para,
    style,
)
from diary.timeutil import gap_words

S_REVISION = style("rev", fontSize=8, leading=10.5, leftIndent=10, textColor=MUTED)
S_ADDENDUM = style("add", fontSize=8.5, leading=11, leftIndent=10)


def written(i: PackIncident) -> str:
    """When it was first written against when it happened, by the one rule (diary.timeutil)."""
    return (
        f"{fmt.date_time(i.written_at)} ({gap_words(i.written_at, i.occurred_start, i.precision)})"
    )


class Thumb(Flowable):  # type: ignore[misc]
    """An exhibit picture with its reference stamped under it."""

    def __init__(self, view: ExhibitView, box_w: float, box_h: float) -> None:
        super().__init__()
        self.view = view
        self.box_w, self.box_h = box_w, box_h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.box_w, self.box_h + 20

    def draw(self) -> None:
        c = self.canv
        v = self.view
        w, h = v.preview_size
        if v.preview and w and h:
            scale = min(self.box_w / w, self.box_h / h)
            dw, dh = w * scale, h * scale
            draw_jpeg(c, v.exhibit.ref, v.preview, v.preview_size, (0, 20, dw, dh))
        c.setFont(BOLD, 7.5)
        c.setFillColor(INK)
        ref = v.redacted_ref or v.exhibit.ref
        c.drawString(0, 10, ref)
        c.setFont(MONO, 6)
        c.setFillColor(MUTED)
        c.drawString(0, 2, (v.redacted_sha256 or v.exhibit.sha256)[:16] + "…")


def _facts(i: PackIncident) -> Flowable:
    return key_values(
        [
            ("Happened", fmt.when(i)),
            ("Written", written(i)),
            ("Where", i.location + (f" ({i.location_kind})" if i.location_kind else "")),
            ("How (at a distance)", f"{i.channel}" + (f", from {i.account}" if i.account else "")),
            (
                "Who did it",
                "; ".join(
                    f"{p.name} (how known: {p.how_identified})" if p.how_identified else p.name
                    for p in i.perpetrators
                ),
            ),
            ("Behaviours", fmt.behaviours(i.behaviours)),
            (
                "Witnesses",
                "; ".join(f"{w.name} ({w.contact})" if w.contact else w.name for w in i.witnesses),
            ),
            ("Others contacted", "; ".join(i.third_parties)),
            ("How frightened", "" if i.fear is None else f"{i.fear} out of 10"),
            ("Effect on daily life", "; ".join(i.impact)),
            ("Told to stop before", fmt.yes_no(i.told_to_stop)),
            ("Reported", "; ".join(fmt.report(r) for r in i.reports)),
            (
                "Order broken",
                i.order_breached + (f": {i.order_condition}" if i.order_condition else ""),
            ),
            ("Exhibits", " ".join(i.exhibits)),
        ]
    )


def _messages(story: Story, i: PackIncident) -> list[Flowable]:
    linked = [story.messages[m] for m in i.messages if m in story.messages]
    if not linked:
        return []
    out: list[Flowable] = [para("Messages", S_H3)]
    for m in sorted(linked, key=lambda m: clock(m.sent_at)):
        source = f"{m.exhibit}, {m.position}" if m.position else m.exhibit
        to = f" to {', '.join(m.recipients)}" if m.recipients else ""
        out.append(
            markup(
                f"<font name='{BOLD}'>{esc(fmt.date_time(m.sent_at))}</font> · {esc(m.channel)} · "
                f"{esc(m.direction)} · from {esc(m.sender)}{esc(to)}"
                + (f" · <font color='#555555'>source: {esc(source)}</font>" if source else ""),
                S_SMALL,
            )
        )
        out.append(para(m.body, S_QUOTE))
    return out


def _history(i: PackIncident) -> list[Flowable]:
    out: list[Flowable] = [para("History of this record", S_H3)]
    if len(i.revisions) <= 1:
        out.append(
            para(f"First written {fmt.date_time(i.written_at)}. Not changed since.", S_SMALL)
        )
    for n, r in enumerate(i.revisions):
        if n == 0:
            out.append(markup(f"<b>As first saved, {esc(fmt.date_time(r.saved_at))}</b>", S_SMALL))
            if r.fields:
                out.append(key_values(list(r.fields), key_w=36 * mm, width=BODY_W - 10))
            else:
                out.append(para(r.text, S_REVISION))
            continue
        out.append(markup(f"<b>Changed {esc(fmt.date_time(r.saved_at))}</b>", S_SMALL))
        if r.changes:
            rows: list[list[Any]] = [[para(h, S_CELL_B) for h in ("What", "Was", "Changed to")]]
            rows += [
                [
                    para(c.label, S_CELL),
                    para(c.before or "(blank)", S_CELL, CELL_MAX),
                    para(c.after or "(blank)", S_CELL, CELL_MAX),
                ]
                for c in r.changes
            ]
            out.append(table(rows, scaled([22, 39, 39], BODY_W - 10), zebra=False))
        else:
            out.append(para(r.text, S_REVISION))
    for a in i.addenda:
        out.append(markup(f"<b>Addendum written {esc(fmt.date_time(a.written_at))}</b>", S_SMALL))
        out.append(para(a.text, S_ADDENDUM))
    return out


def _pictures(story: Story, i: PackIncident) -> list[Flowable]:
    views = story.views
    out: list[Flowable] = []
    thumbs = [
        Thumb(views[r], 36 * mm, 30 * mm) for r in i.exhibits if r in views and views[r].preview
    ]
    if thumbs:
        heading = para("Exhibit pictures", S_H3)
        per_row = 4
        grid: list[list[Flowable]] = [
            list(thumbs[k : k + per_row]) for k in range(0, len(thumbs), per_row)
        ]
        grid[-1] += [Spacer(1, 1)] * (per_row - len(grid[-1]))
        pictures = Table(grid, colWidths=[BODY_W / per_row] * per_row)
        pictures.setStyle(
            table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        # The heading never stands alone at the foot of a page.
        out.append(KeepTogether([heading, pictures]))
    others = [r for r in i.exhibits if r in views and not views[r].preview]
    if others:
        out.append(
            para(
                "Other exhibits: "
                + ", ".join(f"{r} ({views[r].exhibit.original_name})" for r in others),
                S_SMALL,
            )
        )
    return out


def incident(story: Story, i: PackIncident) -> list[Flowable]:
    """One incident in full."""
    out: list[Flowable] = [
        Mark(
            f"inc-{i.number}",
            f"{i.number}  {fmt.date_as_known(i.occurred_start, i.precision)}",
            1,
            incident=i.number,
        ),
        para(f"{i.number} · {fmt.when(i)}", S_H2),
        _facts(i),
        para("What happened, in the person's words", S_H3),
        para(i.description),
    ]
    if i.exact_words:
        out.append(para("The exact words used", S_H3))
        out.append(para(i.exact_words, S_QUOTE))
    if i.threats:
        out.append(para("Threats", S_H3))
        out.append(para(i.threats, S_QUOTE))
    if i.impact_text:
        out.append(para("Effect on the person", S_H3))
        out.append(para(i.impact_text))
    if i.private_note:
        out.append(para("Private note (included by the person's choice)", S_H3))
        out.append(para(i.private_note))
    out += _messages(story, i)
    out += _history(i)
    out += _pictures(story, i)
    return out


def build(story: Story) -> list[Flowable]:
    out = story.heading("incidents")
    out.append(
        para(
            "Each incident in full, as the person recorded it, with when it was written, every "
            "later change and every addendum.",
            S_MUTED,
        )
    )
    omitted = set(story.ctx.data.court.omitted)
    if omitted:
        out.append(
            para(
                f"This court bundle leaves out the full pages of {len(omitted)} incidents to keep "
                "within its page limit; each is a row of the chronology, and in full in the full "
                "pack.",
                S_MUTED,
            )
        )
        out.append(LateValues({f"pg{n}": "full pack" for n in omitted}))
    total = max(1, len(story.incidents))
    shown = 0
    for n, i in enumerate(story.incidents):
        if i.number in omitted:
            continue
        if shown:  # the first incident follows the section's heading on its first page
            out.append(PageBreak())
        shown += 1
        out += incident(story, i)
        if n % 50 == 0:
            story.progress(n / total)
    return out


SECTION = Section("incidents", "Incidents", build)
