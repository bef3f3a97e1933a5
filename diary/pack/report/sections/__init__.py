"""The report's sections, in the order they appear; letters A, B, C… follow this order.

To add a section: write one module here that defines `SECTION = Section(key, title, build)`,
and put it in `SECTIONS` where it belongs. Nothing else changes: page labels, footers,
bookmarks and cross-references ("section D") follow the letters this list gives.
"""

from __future__ import annotations

from diary.pack.report.section import Section
from diary.pack.report.sections import (
    appendix,
    attachments,
    audit,
    chronology,
    cover,
    exhibits,
    impact,
    incidents,
    orders,
    risk,
    safety,
    since,
    statement,
    summary,
    uploads,
)

SECTIONS: tuple[Section, ...] = (
    cover.SECTION,
    summary.SECTION,
    chronology.SECTION,
    since.SECTION,
    incidents.SECTION,
    exhibits.SECTION,
    audit.SECTION,
    risk.SECTION,
    impact.SECTION,
    statement.SECTION,
    attachments.SECTION,
    orders.SECTION,
    safety.SECTION,
    uploads.SECTION,
    appendix.SECTION,
)

# The court bundle's order: what a court reads first, first. The audit log stays in the full
# pack, which the bundle's cover names.
BUNDLE_ORDER = (
    "cover",
    "summary",
    "chronology",
    "since",
    "orders",
    "risk",
    "statement",
    "incidents",
    "exhibits",
    "impact",
    "attachments",
)


def sections_for(bundle: bool) -> tuple[Section, ...]:
    """The sections a pack has, in their order: the bundle's own order, or the usual one."""
    if not bundle:
        return SECTIONS
    by_key = {s.key: s for s in SECTIONS}
    return tuple(by_key[k] for k in BUNDLE_ORDER if k in by_key)
