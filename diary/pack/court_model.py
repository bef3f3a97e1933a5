"""The court part of the evidence pack's input: orders and their conditions, risk answers, the
draft statement, changes to daily life and attachments, as plain frozen records.

Like the rest of the pack's input, nothing here knows about the vault. Breaches are carried as
incident numbers only: the report looks each incident up in the (already redacted) incidents,
so a court copy never shows a place or a name the rest of the copy withholds. Free text here
is walked by the court copy's redactor like every other field (diary/pack/redact.py); fields
named like references (`ref`, `incidents`, `exhibits`) are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from diary.records.court_types import StatementInput, StatementParagraph


@dataclass(frozen=True)
class PackCondition:
    ref: str  # ORD-1/2
    number: int
    text: str  # in the order's own words
    kind: str = ""  # prohibition / requirement / ""
    reasons: tuple[str, ...] = ()  # incidents that show why it is needed (conditions asked for)
    breaches: tuple[str, ...] = ()  # incidents recorded as breaking it, oldest first


@dataclass(frozen=True)
class PackOrder:
    ref: str  # ORD-1
    kind: str  # "Non-molestation order"
    status: str  # "asked-for" / "in-force" / "ended"
    court: str = ""
    made: date | None = None
    served: date | None = None
    expires: date | None = None
    ended: date | None = None
    reference: str = ""
    against: str = ""
    conditions: tuple[PackCondition, ...] = ()
    copy_exhibit: str = ""  # the exhibit with a copy of the order


@dataclass(frozen=True)
class PackRiskAnswer:
    key: str
    title: str  # Daybook's own plain wording, never the questionnaire's
    prompt: str
    answer: str  # Yes / No / Not sure / Not said
    note: str = ""
    incidents: tuple[str, ...] = ()
    suggestion: str = ""  # what the diary shows, in words
    suggested: tuple[str, ...] = ()  # the incidents behind the suggestion


@dataclass(frozen=True)
class PackParagraph:
    text: str
    incidents: tuple[str, ...] = ()
    exhibits: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackStatement:
    """The draft statement as last saved (or first drafted): heading block and paragraphs."""

    case_title: str = ""
    case_number: str = ""
    party: str = "Applicant"
    witness: str = ""
    respondent: str = ""
    statement_number: int = 1
    made_on: date | None = None
    paragraphs: tuple[PackParagraph, ...] = ()
    revision: int = 0  # 0: a first draft from the diary, never saved
    saved_at: datetime | None = None

    @classmethod
    def from_input(
        cls, statement: StatementInput, revision: int = 0, saved_at: datetime | None = None
    ) -> PackStatement:
        return cls(
            case_title=statement.case_title,
            case_number=statement.case_number,
            party=statement.party,
            witness=statement.witness,
            respondent=statement.respondent,
            statement_number=statement.statement_number,
            made_on=statement.made_on,
            paragraphs=tuple(
                PackParagraph(p.text, tuple(p.incidents), tuple(p.exhibits))
                for p in statement.paragraphs
            ),
            revision=revision,
            saved_at=saved_at,
        )

    def as_input(self) -> StatementInput:
        """The statement as the shared writers read it (heading helpers, the .docx)."""
        return StatementInput(
            case_title=self.case_title,
            case_number=self.case_number,
            party=self.party,
            witness=self.witness,
            respondent=self.respondent,
            statement_number=self.statement_number,
            made_on=self.made_on,
            paragraphs=[
                StatementParagraph(p.text, "other", list(p.incidents), list(p.exhibits))
                for p in self.paragraphs
            ],
        )


@dataclass(frozen=True)
class PackLifeChange:
    started: date
    text: str
    effect: str = ""  # the plain words of the effect, when it is one of the diary's


@dataclass(frozen=True)
class PackAttachment:
    exhibit: str  # the exhibit ref (its file is in exhibits/)
    kind: str  # plain words: "A letter from the police"
    title: str = ""
    dated: date | None = None


@dataclass(frozen=True)
class PackExhibitHistory:
    """Continuity of one exhibit: how it entered the diary and every earlier export it went into."""

    ref: str
    entered: str = ""  # "Attached to INC-0004", "Imported from WhatsApp Chat with Mark.txt"
    exports: tuple[str, ...] = ()  # earlier packs: "pack 3F2A… on 2 Mar 2024 (full copy)"


@dataclass(frozen=True)
class PackPlanSection:
    """One part of the person's safety plan, as they wrote it (empty when not filled in)."""

    title: str
    text: str = ""


@dataclass(frozen=True)
class PackService:
    name: str
    number: str = ""
    hours: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PackUpload:
    """One file of a police-upload folder: where it goes and what it is."""

    folder: str  # upload-1
    name: str  # "JS3 2024-03-01 photo.jpg"
    ref: str  # the exhibit, or "" for the report and chronology
    sha256: str = ""  # the exhibit's (the report's and chronology's are in SHA256SUMS)
    size: int = 0


@dataclass(frozen=True)
class PackCourt:
    """Everything the court sections are written from; empty when the diary has none of it."""

    orders: tuple[PackOrder, ...] = ()
    risk: tuple[PackRiskAnswer, ...] = ()
    statement: PackStatement | None = None
    life_changes: tuple[PackLifeChange, ...] = ()
    attachments: tuple[PackAttachment, ...] = ()
    exhibit_history: tuple[PackExhibitHistory, ...] = ()
    # The court bundle: its page limit (0: not a bundle), and the incidents whose full pages
    # were left out to keep within it (set while fitting, diary/pack/bundle.py).
    bundle_max_pages: int = 0
    omitted: tuple[str, ...] = ()
    # The police-upload folders this pack's files were copied into (diary/pack/police_upload.py).
    uploads: tuple[PackUpload, ...] = ()
    # The person's safety plan and local services: gathered for the full pack only.
    safety_plan: tuple[PackPlanSection, ...] = ()
    safety_services: tuple[PackService, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.orders or self.risk or self.statement or self.life_changes)

    def breaches_of(self, incident: str) -> tuple[str, ...]:
        """The conditions (ORD-1/2…) an incident is recorded as breaking."""
        return tuple(c.ref for o in self.orders for c in o.conditions if incident in c.breaches)
