"""What a report section is, and the state every section is built from.

A section is one module under `sections/` that exposes a `SECTION`; the list in
`sections/__init__.py` decides which sections there are and their order. Letters (A, B, C…)
are given by that order, so adding a section is one new module and one line in the list, and
sections refer to each other by key (`story.letter("incidents")`), never by a fixed letter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from diary.pack.model import ExhibitView, PackIncident, PackMessage, ReportContext
from diary.pack.report.document import Mark
from diary.pack.report.styles import S_H1, para


def _always(_ctx: ReportContext) -> bool:
    return True


@dataclass
class Story:
    """The report being written: its input, the letters given to sections, and lookups."""

    ctx: ReportContext
    letters: dict[str, str]  # section key -> letter
    titles: dict[str, str]  # section key -> title
    progress: Callable[[float], None] = lambda _f: None
    views: dict[str, ExhibitView] = field(default_factory=dict)
    messages: dict[str, PackMessage] = field(default_factory=dict)
    incidents: list[PackIncident] = field(default_factory=list)  # in report order

    def letter(self, key: str) -> str:
        return self.letters.get(key, "")

    def mark(self, key: str) -> Mark:
        """The section's start: its page labels begin here, with a bookmark."""
        letter = self.letters[key]
        return Mark(f"sec-{letter}", f"{letter}. {self.titles[key]}", 0, section=letter)

    def heading(self, key: str, title: str | None = None) -> list[Flowable]:
        letter = self.letters[key]
        return [self.mark(key), para(f"{letter}. {title or self.titles[key]}", S_H1)]


@dataclass(frozen=True)
class Section:
    """One lettered section of the report."""

    key: str  # how other sections and the tests name it: "incidents"
    title: str  # in the footer and the bookmarks: "Incidents"
    build: Callable[[Story], list[Flowable]]
    landscape: bool = False  # wide tables read better across a landscape page
    include: Callable[[ReportContext], bool] = _always  # a section may be left out of a pack
    watermark: str = ""  # words drawn across every page of the section ("DRAFT …")
