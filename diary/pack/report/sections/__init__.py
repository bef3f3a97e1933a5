"""The report's sections, in the order they appear; letters A, B, C… follow this order.

To add a section: write one module here that defines `SECTION = Section(key, title, build)`,
and put it in `SECTIONS` where it belongs. Nothing else changes: page labels, footers,
bookmarks and cross-references ("section D") follow the letters this list gives.
"""

from __future__ import annotations

from diary.pack.report.section import Section
from diary.pack.report.sections import (
    appendix,
    audit,
    chronology,
    cover,
    exhibits,
    impact,
    incidents,
    summary,
)

SECTIONS: tuple[Section, ...] = (
    cover.SECTION,
    summary.SECTION,
    chronology.SECTION,
    incidents.SECTION,
    exhibits.SECTION,
    audit.SECTION,
    impact.SECTION,
    appendix.SECTION,
)
