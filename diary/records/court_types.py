"""The plain record types for going to court: orders and their conditions, answers on the
risk topics, the draft statement, changes to daily life and attachments.

No database here (the command line imports these at start-up); the stores are orders.py,
risk.py, statement.py, impact.py and attachments.py beside this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

# -- orders --------------------------------------------------------------------------------------

ORDER_KINDS: dict[str, str] = {
    "spo": "Stalking Protection Order",
    "interim-spo": "Interim Stalking Protection Order",
    "restraining": "Restraining order",
    "non-molestation": "Non-molestation order",
    "bail": "Bail conditions",
    "dvpn": "Domestic Violence Protection Notice",
    "dvpo": "Domestic Violence Protection Order",
    "injunction": "Injunction",
    "other": "Other order",
}

ORDER_STATUSES: dict[str, str] = {
    "asked-for": "Asked for",
    "in-force": "In force",
    "ended": "Ended",
}

CONDITION_KINDS: dict[str, str] = {
    "prohibition": "Prohibition",
    "requirement": "Requirement",
    "": "Not said",
}

# ORD-1 for an order; ORD-1/2 for its second condition.
CONDITION_REF = re.compile(r"^\s*ORD-(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE)
ORDER_REF = re.compile(r"^\s*(?:ORD-)?(\d+)\s*$", re.IGNORECASE)


def order_kind_label(kind: str) -> str:
    return ORDER_KINDS.get(kind, kind)


def order_status_label(status: str) -> str:
    return ORDER_STATUSES.get(status, status)


def parse_condition_ref(text: str) -> tuple[int, int] | None:
    """(order number, condition number) for "ORD-1/2", or None when it is not one."""
    match = CONDITION_REF.match(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def condition_ref(order_number: int, condition_number: int) -> str:
    return f"ORD-{order_number}/{condition_number}"


@dataclass
class ConditionInput:
    """One numbered term of an order, in the order's own words (or the words asked for)."""

    text: str
    kind: str = ""  # prohibition / requirement / not said
    reasons: list[str] = field(default_factory=list)  # incidents that show why it is needed


@dataclass
class OrderInput:
    """Everything a person can say about an order, or about the order they are asking for."""

    kind: str
    status: str = "in-force"
    court: str = ""
    made: date | None = None
    served: date | None = None
    expires: date | None = None
    ended: date | None = None
    reference: str = ""
    against: str = ""  # the name of a person in the diary
    conditions: list[ConditionInput] = field(default_factory=list)
    copy_exhibit: str | None = None  # the exhibit holding a copy of the order itself
    notes: str = ""


@dataclass(frozen=True)
class Breach:
    """An incident that broke a condition, with what an officer needs to charge it."""

    incident: str
    occurred_start: datetime
    precision: str
    summary: str
    exhibits: tuple[str, ...]
    police_references: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    ref: str  # ORD-1/2
    number: int
    text: str
    kind: str
    reasons: tuple[str, ...]
    breaches: tuple[Breach, ...]


@dataclass(frozen=True)
class Order:
    ref: str  # ORD-1
    number: int
    kind: str
    status: str
    court: str
    made: date | None
    served: date | None
    expires: date | None
    ended: date | None
    reference: str
    against: str
    conditions: tuple[Condition, ...]
    copy_exhibit: str | None
    notes: str
    created_at: datetime
    updated_at: datetime
    revision_count: int

    @property
    def kind_label(self) -> str:
        return order_kind_label(self.kind)

    @property
    def status_label(self) -> str:
        return order_status_label(self.status)

    @property
    def starts(self) -> date | None:
        """The day its conditions bind: when it was served if known, else when it was made."""
        return self.served or self.made

    def in_force_on(self, day: date) -> bool:
        if self.status == "asked-for" or self.starts is None or day < self.starts:
            return False
        if self.expires is not None and day > self.expires:
            return False
        return not (self.ended is not None and day > self.ended)

    def as_input(self) -> OrderInput:
        return OrderInput(
            kind=self.kind,
            status=self.status,
            court=self.court,
            made=self.made,
            served=self.served,
            expires=self.expires,
            ended=self.ended,
            reference=self.reference,
            against=self.against,
            conditions=[ConditionInput(c.text, c.kind, list(c.reasons)) for c in self.conditions],
            copy_exhibit=self.copy_exhibit,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ConditionChoice:
    """A condition an incident on a given day could have broken, for the editor's list."""

    ref: str
    order_ref: str
    order_label: str
    text: str


# -- risk topics ---------------------------------------------------------------------------------

RISK_ANSWERS: dict[str, str] = {"yes": "Yes", "no": "No", "not-sure": "Not sure", "": "Not said"}


@dataclass(frozen=True)
class RiskTopic:
    """One topic a stalking risk assessment asks about, in Daybook's own plain words.

    The official questionnaires' wording is copyrighted and is never reproduced here, and no
    answer is ever turned into a score.
    """

    key: str
    title: str
    prompt: str


RISK_TOPICS: tuple[RiskTopic, ...] = (
    RiskTopic("fear", "Being afraid", "You feel very afraid of them or of what they may do next."),
    RiskTopic(
        "history",
        "Earlier stalking or harassment",
        "They have stalked or harassed you, or someone else, before this began.",
    ),
    RiskTopic(
        "property",
        "Damage to your things",
        "They have damaged or interfered with your home, car or other belongings.",
    ),
    RiskTopic(
        "turning-up",
        "Turning up often",
        "They have come to your home, work or places you go more than three times in one week.",
    ),
    RiskTopic(
        "loitering",
        "Hanging around",
        "They hang around near your home, work, school or the places you go.",
    ),
    RiskTopic(
        "threats",
        "Threats to hurt you",
        "They have threatened to hurt you physically or sexually.",
    ),
    RiskTopic(
        "people-around-you",
        "Bothering people around you",
        "They have contacted, followed or upset your family, friends or colleagues.",
    ),
    RiskTopic(
        "violence",
        "Violence during this",
        "They have been violent towards you at some point since this began.",
    ),
    RiskTopic(
        "helpers",
        "Others helping them",
        "Someone else has helped them find, follow, watch or contact you.",
    ),
    RiskTopic(
        "drink-drugs",
        "Drink or drugs",
        "They misuse alcohol or drugs, as far as you know.",
    ),
    RiskTopic(
        "past-violence",
        "Violence in their past",
        "You know of violence they have used before, towards you or anyone else.",
    ),
)

RISK_TOPIC_KEYS = tuple(t.key for t in RISK_TOPICS)


def risk_topic(key: str) -> RiskTopic | None:
    wanted = key.strip().lower()
    return next((t for t in RISK_TOPICS if t.key == wanted), None)


@dataclass(frozen=True)
class RiskSuggestion:
    """What the diary itself shows on a topic: a plain reason and the incidents behind it."""

    reason: str
    incidents: tuple[str, ...]


@dataclass(frozen=True)
class RiskAnswer:
    topic: RiskTopic
    answer: str  # yes / no / not-sure / "" (not said)
    note: str
    incidents: tuple[str, ...]
    updated_at: datetime | None
    suggestion: RiskSuggestion | None

    @property
    def answer_label(self) -> str:
        return RISK_ANSWERS.get(self.answer, self.answer)


# -- the draft statement -------------------------------------------------------------------------

PARAGRAPH_KINDS = ("opening", "event", "effect", "other")


@dataclass
class StatementParagraph:
    """One numbered paragraph, in the first person, with the records it came from."""

    text: str
    kind: str = "other"
    incidents: list[str] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)


@dataclass
class StatementInput:
    """The draft statement: the heading block of a family-court witness statement and its text."""

    case_title: str = ""  # "In the Family Court at Leeds", the case number…
    case_number: str = ""
    party: str = "Applicant"  # on whose behalf the statement is made
    witness: str = ""  # the person's name as it will appear
    respondent: str = ""  # the other party, as the case is titled
    statement_number: int = 1
    made_on: date | None = None  # the date it is signed; unset in a draft
    paragraphs: list[StatementParagraph] = field(default_factory=list)


@dataclass(frozen=True)
class StatementRevision:
    revision_no: int
    saved_at: datetime
    data: StatementInput


# -- changes to daily life and attachments -------------------------------------------------------


@dataclass
class LifeChangeInput:
    """A change to daily life with its date: moved home, changed job, stopped going out…"""

    started: date
    text: str
    impact: str = ""  # one of records.types.IMPACTS, when it is one of them


@dataclass(frozen=True)
class LifeChange:
    id: int
    started: date
    text: str
    impact: str
    written_at: datetime


ATTACHMENT_KINDS: dict[str, str] = {
    "order": "A court order or bail conditions",
    "police-letter": "A letter from the police",
    "risk-form": "A completed risk form",
    "court-letter": "A letter from a court or solicitor",
    "other": "Another document",
}


@dataclass(frozen=True)
class Attachment:
    """An exhibit the person marked as a document to attach to the pack (section J)."""

    exhibit: str
    kind: str
    title: str
    dated: date | None
    original_name: str
    sha256: str
    marked_at: datetime

    @property
    def kind_label(self) -> str:
        return ATTACHMENT_KINDS.get(self.kind, self.kind)


# -- facts about a person ------------------------------------------------------------------------

PERSON_FACT_KINDS: dict[str, str] = {
    "relationship": "Relationship",
    "aliases": "Other names",
    "phones": "Phone numbers",
    "emails": "Email addresses",
    "handles": "Accounts and handles",
    "vehicles": "Vehicles",
    "addresses": "Known addresses",
    "photo": "Photo",
    "description": "Description",
}


@dataclass(frozen=True)
class FactSource:
    """How the person knows a fact: by themselves ("I know this") or told by someone."""

    told_by: str = ""

    @property
    def label(self) -> str:
        return f"told by {self.told_by}" if self.told_by else "I know this"


def fact_key(kind: str, value: str = "") -> str:
    """The key a fact's source is kept under: "phones:+447700900123", "relationship:"."""
    return f"{kind}:{value}"
