"""The evidence pack's input: plain frozen records, filled from the vault by the export glue.

Nothing here knows about the vault; exhibit bytes come through `open_original`, a streaming callable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from diary.pack.court_model import PackCourt
from diary.records.court_types import FactSource

Precision = Literal["exact", "about", "day", "month"]
LocationKind = Literal["home", "work", "school", "public", "online", "other"]
Role = Literal["perpetrator", "witness", "other"]
Profile = Literal["full", "court"]
Direction = Literal["incoming", "outgoing", "unknown"]


@dataclass(frozen=True)
class PackPerpetrator:
    """Who did it in one incident, and how the person knows it was them."""

    name: str
    how_identified: str = ""  # saw / recognised voice / known number or account / suspected


@dataclass(frozen=True)
class PackWitness:
    name: str
    contact: str = ""  # withheld in the court copy


@dataclass(frozen=True)
class PackReport:
    """A report made to an agency about the incident."""

    agency: str
    date: datetime | None = None
    reference: str = ""
    officer: str = ""


@dataclass(frozen=True)
class PackChange:
    """One field of an incident as it was before a save and as that save left it."""

    field: str  # e.g. "location"
    label: str  # e.g. "Where"
    before: str  # "" when it was blank
    after: str


@dataclass(frozen=True)
class PackRevision:
    """One save of an incident. The first holds the whole record as first saved (`fields`);
    each later one every change it made, from and to (`changes`). `text` says the same in words."""

    saved_at: datetime
    text: str
    fields: tuple[tuple[str, str], ...] = ()  # (label, value) of the first version
    changes: tuple[PackChange, ...] = ()


@dataclass(frozen=True)
class PackAddendum:
    written_at: datetime
    text: str


@dataclass(frozen=True)
class PackIncident:
    number: str  # INC-0001
    occurred_start: datetime
    written_at: datetime
    description: str
    occurred_end: datetime | None = None
    precision: Precision = "exact"
    written_later: bool = False
    location: str = ""
    location_kind: LocationKind | Literal[""] = ""
    location_sensitive: bool = False
    channel: str = ""  # e.g. "WhatsApp", "phone call"
    account: str = ""  # the number or account used to contact the person
    exact_words: str = ""
    threats: str = ""
    behaviours: tuple[str, ...] = ()
    perpetrators: tuple[PackPerpetrator, ...] = ()
    witnesses: tuple[PackWitness, ...] = ()
    third_parties: tuple[str, ...] = ()
    fear: int | None = None  # 0 to 10
    impact: tuple[str, ...] = ()  # changed route, missed work, …
    impact_text: str = ""
    told_to_stop: bool | None = None
    reports: tuple[PackReport, ...] = ()
    order_breached: str = ""
    order_condition: str = ""
    exhibits: tuple[str, ...] = ()  # exhibit refs
    messages: tuple[str, ...] = ()  # message ids
    private_note: str = ""
    revisions: tuple[PackRevision, ...] = ()  # oldest first; the first is the text as first saved
    addenda: tuple[PackAddendum, ...] = ()


@dataclass(frozen=True)
class PackPerson:
    name: str
    role: Role = "other"
    aliases: tuple[str, ...] = ()
    relationship: str = ""  # how the person knows them
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    vehicles: tuple[str, ...] = ()
    description: str = ""
    addresses: tuple[str, ...] = ()  # known addresses
    photo: str = ""  # the exhibit with their photo, when the pack carries it
    # How the person knows each fact; a fact not listed here is "not said".
    sources: tuple[PackFactSource, ...] = ()

    def source_of(self, kind: str, value: str = "") -> PackFactSource | None:
        return next((s for s in self.sources if s.kind == kind and s.value == value), None)


@dataclass(frozen=True)
class PackFactSource:
    """How the person knows one fact about someone: `kind` as in court_types.PERSON_FACT_KINDS
    ("phones"), the value as the record holds it ("" for relationship and photo), and who told
    them ("" when they know it themselves)."""

    kind: str
    value: str = ""
    told_by: str = ""

    @property
    def label(self) -> str:
        """ "I know this" or "told by …", in the records' own words."""
        return FactSource(self.told_by).label


def _no_bytes() -> Iterator[bytes]:
    return iter(())


@dataclass(frozen=True)
class PackExhibit:
    ref: str  # JS1
    kind: str  # photo, screenshot, chat export, …
    original_name: str
    media_type: str
    size: int
    sha256: str  # of the original bytes at import, lower-case hex
    imported_at: datetime
    open_original: Callable[[], Iterator[bytes]] = field(default=_no_bytes, compare=False)
    description: str = ""
    captured_at: datetime | None = None
    captured_place: str = ""
    capture_method: str = ""  # native export, original file, screenshot, photo of a letter…
    original_kept: str = ""  # where the original is kept
    incidents: tuple[str, ...] = ()
    derived_from: str = ""  # for a redacted copy made in the vault: the ref it came from
    # In an update pack: the earlier pack that carries this file, unchanged (same SHA-256); the
    # file is then not carried again.
    carried_in: str = ""


@dataclass(frozen=True)
class PackMessage:
    id: str
    channel: str
    direction: Direction
    sender: str
    sent_at: datetime
    body: str
    recipients: tuple[str, ...] = ()
    exhibit: str = ""  # the exhibit it was imported from
    position: str = ""  # e.g. "line 12"
    incidents: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackAuditEvent:
    seq: int
    at: datetime
    kind: str  # create, revision, addendum, import, export, deletion
    summary: str
    hash: str
    # What the hash covers, exactly as the diary stored it, so anyone can recompute the chain:
    # sha256(prev_hash + "\n" + canonical JSON of [seq, at_text, kind, subject, detail]).
    prev_hash: str = ""
    at_text: str = ""
    subject: str = ""
    detail: str = ""  # canonical JSON of the event's detail
    # A court copy withholds subject and detail when they hold the person's own details: the
    # entry is then shown by its hash alone, which the next entry's hash still covers.
    withheld: bool = False


@dataclass(frozen=True)
class PackUnchanged:
    """In an update pack: an incident unchanged since the earlier pack, carried as one row with
    the SHA-256 of its record as the earlier pack carries it."""

    number: str
    occurred_start: datetime
    occurred_end: datetime | None
    precision: Precision
    record_sha256: str
    earlier_page: str = ""  # where it is in the earlier pack's report


@dataclass(frozen=True)
class PackSince:
    """The earlier pack an update pack follows: what identifies it, and its manifest."""

    pack_id: str
    created_at: datetime
    sums_sha256: str  # SHA-256 of its SHA256SUMS, as the diary's history recorded the export
    audit_head_seq: int
    audit_head_hash: str
    profile: str
    history_code: str
    earlier: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    unchanged: tuple[PackUnchanged, ...] = ()  # filled when the update is made


@dataclass(frozen=True)
class PackWithheld:
    """Something the person chose or the profile made leave out, said aloud in the pack."""

    what: str
    why: str


@dataclass(frozen=True)
class PackInput:
    owner_name: str  # how the person wants to be named in the pack
    owner_initials: str  # JS: names the zip and prefixes exhibit refs
    for_whom: str  # e.g. "Stalking advocate, Safe Haven Trust"
    created_at: datetime  # timezone-aware
    period_from: datetime | None
    period_to: datetime | None
    diary_fingerprint: str
    app_version: str
    profile: Profile = "full"
    include_private_notes: bool = False
    incidents: tuple[PackIncident, ...] = ()
    people: tuple[PackPerson, ...] = ()
    exhibits: tuple[PackExhibit, ...] = ()
    messages: tuple[PackMessage, ...] = ()
    audit: tuple[PackAuditEvent, ...] = ()
    withheld: tuple[PackWithheld, ...] = ()  # withheld by the person's choices, before the profile
    # Messages from the people in the pack that are linked to no incident, carried as an
    # appendix when the person chose to (on by default when there are fewer than 500).
    appendix_messages: tuple[PackMessage, ...] = ()
    # The person's own details ("About me"): found and withheld everywhere in the court copy.
    owner_addresses: tuple[str, ...] = ()
    owner_phones: tuple[str, ...] = ()
    owner_emails: tuple[str, ...] = ()
    owner_other: tuple[str, ...] = ()  # car registration, child's school, workplace…
    owner_region: str = "GB"  # how the person's phone numbers without a country code are read
    # Orders, risk answers, the statement, changes to daily life, attachments, continuity.
    court: PackCourt = field(default_factory=PackCourt)
    # An update pack: what is new or changed since this earlier pack, the rest as rows.
    since: PackSince | None = None
    # The end of the period the person chose ("--to"), if they chose one: a chart's last week
    # that runs past it is partial.
    chosen_to: datetime | None = None


@dataclass(frozen=True)
class PackResult:
    pack_id: str
    path: Path
    sums_sha256: str  # for the audit chain's export event
    files: tuple[str, ...]
    withheld: tuple[PackWithheld, ...]
    key_check_code: str = ""  # the code the person gives the reader separately


@dataclass(frozen=True)
class ExhibitView:
    """An exhibit as this pack carries it: the original, a redacted copy, or neither."""

    exhibit: PackExhibit
    path: str | None  # in the zip, None when the original is not in this pack
    redacted_ref: str = ""
    redacted_path: str = ""
    redacted_sha256: str = ""
    redacted_size: int = 0
    note: str = ""  # why the original is not here, or what was removed from the copy
    removed: str = "location data and other metadata"  # what the redacted copy lacks
    preview: bytes | None = field(default=None, repr=False)  # small JPEG without metadata
    preview_size: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class ReportContext:
    """Everything the report, the manifest, the CSV and README.txt are written from."""

    data: PackInput  # already redacted for the profile
    pack_id: str
    key_fingerprint: str
    withheld: tuple[PackWithheld, ...]
    exhibits: tuple[ExhibitView, ...]
    key_check_code: str = ""  # checkcode.key_check_code of the signing key
