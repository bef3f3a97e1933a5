"""The records as plain dataclasses: what callers pass in and what the diary gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from diary.records.court_types import FactSource

PRECISIONS = ("exact", "about", "day", "month")
LOCATION_KINDS = ("", "home", "work", "school", "public", "online", "other")
IDENTIFICATION = ("saw", "recognised voice", "known number or account", "suspected", "")
ROLES = ("perpetrator", "witness", "other")

IMPACTS: dict[str, str] = {
    "changed_route": "Changed my route or routine",
    "missed_work": "Missed work or school",
    "moved": "Moved home or stayed elsewhere",
    "security": "Fitted extra security",
    "saw_gp": "Saw a GP or counsellor",
    "stopped_going_out": "Stopped going out or seeing people",
    "changed_number": "Changed my number or accounts",
    "sleep": "Trouble sleeping",
    "fear_for_others": "Afraid for family or friends",
}


@dataclass
class PersonRef:
    """A person named in an incident, with how the person knows it was them."""

    name: str
    how_identified: str = ""


@dataclass
class ReportMade:
    agency: str
    date: str = ""
    reference: str = ""
    officer: str = ""


@dataclass
class IncidentInput:
    """Everything a person can say about one incident. All times are timezone-aware."""

    occurred_start: datetime
    occurred_end: datetime | None = None
    precision: str = "exact"
    written_later: bool = False
    location: str = ""
    location_kind: str = ""
    location_sensitive: bool = False
    coordinates: tuple[float, float] | None = None
    channel: str = ""
    channel_account: str = ""
    description: str = ""
    exact_words: str = ""
    threats: str = ""
    behaviours: list[str] = field(default_factory=list)
    perpetrators: list[PersonRef] = field(default_factory=list)
    witnesses: list[PersonRef] = field(default_factory=list)
    third_parties: str = ""
    fear: int | None = None
    impact: list[str] = field(default_factory=list)
    impact_text: str = ""
    told_to_stop: bool | None = None  # yes / no / not said (None)
    reports: list[ReportMade] = field(default_factory=list)
    order_breached: str = ""
    order_condition: str = ""
    breaches: list[str] = field(default_factory=list)  # conditions it broke: ORD-1/2…
    private_note: str = ""


@dataclass(kw_only=True)
class Incident(IncidentInput):
    """An incident as it stands now (its latest revision)."""

    number: str
    written_at: datetime
    updated_at: datetime
    revision_count: int


@dataclass(frozen=True)
class IncidentSummary:
    """The light view of an incident for the timeline: no full text, quick to list in thousands."""

    number: str
    occurred_start: datetime
    occurred_end: datetime | None
    precision: str
    written_at: datetime
    location: str
    channel: str
    summary: str
    behaviours: tuple[str, ...]
    people: tuple[str, ...]  # everyone the entry names: who did it, then witnesses
    exhibit_count: int
    revision_count: int
    perpetrators: tuple[str, ...] = ()  # who did it (never a witness): the timeline's "Who"


@dataclass(frozen=True)
class Revision:
    revision_no: int
    saved_at: datetime
    data: IncidentInput


@dataclass(frozen=True)
class Addendum:
    incident: str
    written_at: datetime
    text: str


@dataclass
class PersonInput:
    name: str
    aliases: list[str] = field(default_factory=list)
    relationship: str = ""
    role: str = "other"
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    vehicles: list[str] = field(default_factory=list)
    description: str = ""
    addresses: list[str] = field(default_factory=list)
    photo: str | None = None  # the exhibit with their photo
    # How the person knows each fact, by court_types.fact_key; a fact not here is "not said".
    sources: dict[str, FactSource] = field(default_factory=dict)


@dataclass(kw_only=True)
class Person(PersonInput):
    id: int


@dataclass(frozen=True)
class Exhibit:
    ref: str
    kind: str
    description: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: datetime
    captured_at: datetime | None
    captured_place: str | None
    device: str | None
    capture_method: str
    original_location: str
    derived_from: str | None
    incidents: tuple[str, ...]
    # When a program last saved the file (a photo's EXIF DateTime): never the capture time.
    file_saved_at: datetime | None = None


@dataclass
class ExhibitSpec:
    """What is known about a file before it is kept as an exhibit."""

    name: str
    media_type: str | None = None
    kind: str | None = None
    capture_method: str = "original file"
    description: str = ""
    original_location: str = ""
    captured_at: datetime | None = None
    captured_place: str | None = None
    device: str | None = None
    derived_from: str | None = None
    file_saved_at: datetime | None = None


@dataclass(frozen=True)
class ImportResult:
    """What storing one import did: the export's exhibit, new attachment exhibits, counts."""

    export_ref: str
    export_was_new: bool
    attachment_refs: tuple[str, ...]
    added: int
    already: int
    # Attachments that could not be read (damaged inside their zip), by name.
    left_out: tuple[str, ...] = ()


@dataclass
class MessageInput:
    """One message, call or email, typed in or read from an import."""

    channel: str
    direction: str
    # None when the time is not known (an email with no readable date): kept, and said so.
    sent_at: datetime | None
    body: str = ""
    sender: str = ""
    sender_number: str | None = None
    recipients: list[str] = field(default_factory=list)
    kind: str = "message"
    offset_known: bool = True
    attachments: list[str] = field(default_factory=list)
    duration_seconds: int | None = None
    source_ref: str | None = None
    position: int | None = None
    position_label: str = ""
    headers: str = ""
    dedupe_key: str = ""


@dataclass(kw_only=True)
class Message(MessageInput):
    id: int
    person: str | None = None
    incidents: tuple[str, ...] = ()


@dataclass(frozen=True)
class IncidentDetail:
    incident: Incident
    revisions: tuple[Revision, ...]
    addenda: tuple[Addendum, ...]
    exhibits: tuple[Exhibit, ...]
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class IncidentWithExhibits:
    """An incident as its latest revision says, with the exhibits linked to it, and nothing of
    its history, addenda or messages: all a first draft of the statement reads."""

    incident: Incident
    exhibits: tuple[Exhibit, ...]


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    kind: str
    subject: str
    detail: dict[str, object]
    hash: str
