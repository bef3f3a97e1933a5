"""What the cover says about a court bundle or police-upload folders: the page limit and what
was left out to meet it, or where the uploaded copies went. Kept apart from the cover itself."""

from __future__ import annotations

from reportlab.platypus import Flowable

from diary.pack.report.blocks import plural
from diary.pack.report.section import Story
from diary.pack.report.styles import S_NOTICE, esc, markup


def cover_notes(story: Story) -> list[Flowable]:
    court = story.ctx.data.court
    out: list[Flowable] = []
    if court.bundle_max_pages:
        left = len(court.omitted)
        text = (
            f"<b>Court bundle, fitted to {court.bundle_max_pages} pages.</b> It holds the "
            "summary, the whole chronology, orders and breach schedules, risk information, the "
            "draft statement and the incidents in full with their exhibits. "
        )
        if left:
            text += (
                f"To keep within the limit, the full pages of {plural(left, 'incident')} judged "
                "least relevant (no breach, violence, threat, exhibit or report recorded first) are "
                f"left out; each is still a row of the chronology (section "
                f"{esc(story.letter('chronology'))}), marked ‘full pack’. "
            )
        text += (
            "The audit log, the messages not linked to an incident and everything left out are "
            "in the full pack."
            if story.ctx.data.appendix_messages
            else "The audit log and everything left out are in the full pack."
        )
        out.append(markup(text, S_NOTICE))
    if court.uploads:
        folders = sorted({u.folder for u in court.uploads})
        out.append(
            markup(
                f"<b>Also sent by upload.</b> This pack's files were copied into "
                f"{plural(len(folders), 'upload folder')} for a police evidence upload link; "
                f"section {esc(story.letter('uploads'))} lists each file and its SHA-256. This "
                "signed pack is the pack of record.",
                S_NOTICE,
            )
        )
    return out
