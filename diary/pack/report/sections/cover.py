"""Section A, the cover: for whom, the period, what the pack holds, the check codes (with what a
code printed inside a pack can and cannot prove), and what this copy leaves out."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from diary.pack import fmt
from diary.pack.model import PackInput, ReportContext
from diary.pack.report.blocks import clock, key_values, plural, table
from diary.pack.report.court_notes import cover_notes
from diary.pack.report.section import Section, Story
from diary.pack.report.styles import (
    BODY_W,
    S_BODY,
    S_CELL,
    S_CELL_B,
    S_H3,
    S_MUTED,
    S_NOTICE,
    S_TITLE,
    esc,
    markup,
    para,
    style,
)


def period(data: PackInput) -> str:
    """The period of what is in the pack, each end to the precision it is known."""
    if not data.incidents:
        return "no incidents"
    first = min(data.incidents, key=lambda i: clock(i.occurred_start))
    last = max(data.incidents, key=lambda i: clock(i.occurred_end or i.occurred_start))
    start = fmt.date_as_known(first.occurred_start, first.precision)
    end = fmt.date_as_known(last.occurred_end or last.occurred_start, last.precision)
    return start if start == end else f"{start} to {end}"


def _produced(ctx: ReportContext) -> str:
    """Which exhibits the pack holds and, when the person has given their name, who produced them."""
    refs = [v.exhibit.ref for v in ctx.exhibits]
    if not refs:
        return ""
    span = refs[0] if len(refs) == 1 else f"{refs[0]} to {refs[-1]}"
    name = ctx.data.owner_name
    if name and name != ctx.data.owner_initials:
        return f"Exhibits {span}, produced by {name}"
    return f"Exhibits {span}"


def build(story: Story) -> list[Flowable]:
    ctx = story.ctx
    data = ctx.data
    profile = (
        "Court copy: the person's private places and contact details are left out"
        if data.profile == "court"
        else "Full copy, for the stalking advocate and the police"
    )
    images = sum(1 for e in ctx.exhibits if e.preview)
    out: list[Flowable] = [
        story.mark("cover"),
        Spacer(1, 18 * mm),
        para("Evidence pack", S_TITLE),
        Spacer(1, 3 * mm),
        para(
            f"A diary of incidents kept by {data.owner_name}",
            style("sub", fontSize=14, leading=19),
        ),
        Spacer(1, 8 * mm),
        key_values(
            [
                ("Prepared for", data.for_whom),
                ("Period covered", period(data)),
                (
                    "What it holds",
                    ", ".join(
                        [
                            plural(len(data.incidents), "incident"),
                            f"{plural(len(ctx.exhibits), 'exhibit')} ({plural(images, 'picture')})",
                            plural(len(data.messages), "message")
                            + (
                                f" (and {len(data.appendix_messages)} not linked to an incident,"
                                + (
                                    f" in section {story.letter('appendix')})"
                                    if story.letter("appendix")
                                    # A bundle has no appendix: they are in manifest.json.
                                    else " in the full pack and this pack's manifest.json)"
                                )
                                if data.appendix_messages
                                else ""
                            ),
                            plural(len(data.people), "person", "people"),
                            plural(len(data.audit), "audit entry", "audit entries"),
                        ]
                    ),
                ),
                ("Exhibits", _produced(ctx)),
                ("Copy", profile),
                ("Pack id", ctx.pack_id),
                ("Made", fmt.date_time(data.created_at) + f" ({fmt.iso(data.created_at)})"),
                ("Made with", f"Daybook {data.app_version}"),
            ],
            key_w=38 * mm,
        ),
        Spacer(1, 4 * mm),
        para("Check codes", S_H3),
        key_values(
            [
                ("Signing key's check code", ctx.key_check_code or ctx.key_fingerprint),
                ("History code", data.diary_fingerprint),
            ],
            key_w=38 * mm,
        ),
        para(
            "A code printed in a pack proves nothing by itself: whoever makes a pack also makes "
            "its cover. Compare the signing key's check code with the one the person gave you "
            "separately (read out, on a card or by text), or let Daybook compare them (\u201cOpen "
            "an evidence pack\u201d, or daybook verify --expect-key CODE). If they match and the "
            "pack checks out, nothing in it has changed since the person's Daybook signed it. The "
            "history code names the diary's history when this pack was made. For standard tools, "
            f"the signing key's SSH fingerprint is {ctx.key_fingerprint}.",
            S_MUTED,
        ),
        markup(
            "<b>Kept by the person; not a police statement.</b> This is a diary written by "
            f"{esc(data.owner_name)} at the times shown, with the files they kept. It is not a "
            "witness statement and has not been checked by the police. Each record shows when it "
            "was written and every later change to it.",
            S_NOTICE,
        ),
    ]
    out += cover_notes(story)
    out += [
        para("What this copy leaves out", S_H3),
    ]
    if ctx.withheld:
        rows = [[para("What", S_CELL_B), para("Why", S_CELL_B)]]
        rows += [[para(w.what, S_CELL), para(w.why, S_CELL)] for w in ctx.withheld]
        out.append(table(rows, [BODY_W * 0.55, BODY_W * 0.45], zebra=False))
    else:
        out.append(para("Nothing: every record in the period is included in full.", S_BODY))
    return out


SECTION = Section("cover", "Cover", build)
