"""The Diary: every way to read and change the records, each change in one transaction with its audit event."""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import phonenumbers
from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session

from diary.behaviours import normalise_code
from diary.errors import BadInput, ImportFailed, NotFound
from diary.importers.limits import TooLarge
from diary.importers.photos import read_photo
from diary.records import audit
from diary.records.codec import (
    canonical_json,
    content_hash,
    incident_from_dict,
    incident_to_dict,
    searchable_text,
)
from diary.records.models import (
    AddendumRow,
    Counter,
    DraftRow,
    ExhibitRow,
    IncidentExhibitRow,
    IncidentMessageRow,
    IncidentPersonRow,
    IncidentRow,
    MessageRow,
    PersonRow,
    RevisionRow,
    SecretRow,
    Setting,
)
from diary.records.types import (
    PRECISIONS,
    Addendum,
    AuditEvent,
    Exhibit,
    ExhibitSpec,
    ImportResult,
    Incident,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    Message,
    MessageInput,
    Person,
    PersonInput,
    Revision,
)
from diary.timeutil import from_text, now, sort_key, to_text

if TYPE_CHECKING:
    from diary.vault.blobstore import BlobStore, StoredBlob

SUMMARY_WORDS = 40
INDEX_KINDS = ("incident", "addendum", "person", "message")
SUMMARY_COLUMNS = (
    IncidentRow.number,
    IncidentRow.occurred_start,
    IncidentRow.occurred_end,
    IncidentRow.precision,
    IncidentRow.written_at,
    IncidentRow.location,
    IncidentRow.channel,
    IncidentRow.summary,
    IncidentRow.behaviours,
    IncidentRow.people,
    IncidentRow.exhibit_count,
    IncidentRow.revision_count,
)
MESSAGE_COLUMNS = [
    "id",
    "kind",
    "channel",
    "direction",
    "sender",
    "sender_number",
    "recipients",
    "sent_at",
    "sent_sort",
    "offset_known",
    "body",
    "attachments",
    "duration_seconds",
    "source_exhibit_id",
    "position",
    "position_label",
    "person_id",
    "headers",
    "dedupe_key",
]
MESSAGE_INSERT = (
    f"INSERT INTO messages ({', '.join(MESSAGE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in MESSAGE_COLUMNS)})"
)
DEFAULT_REGION = "GB"


def normalise_phone(number: str, region: str = DEFAULT_REGION) -> str:
    """E.164 for a number phonenumbers can read, else the number as typed, trimmed."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number.strip()
    if not phonenumbers.is_possible_number(parsed):
        return number.strip()
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def fts_query(text_: str) -> str | None:
    """A person's search words as an FTS5 query: every word must appear, as a prefix."""
    words = re.findall(r"\w+", text_, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _brief(text_: str) -> str:
    words = text_.split()
    if len(words) <= SUMMARY_WORDS:
        return " ".join(words)
    return " ".join(words[:SUMMARY_WORDS]) + "…"


def _json_list(value: str) -> list[Any]:
    result = json.loads(value or "[]")
    return result if isinstance(result, list) else []


class Diary:
    """The records of one unlocked vault."""

    def __init__(self, engine: Engine, blobs: BlobStore) -> None:
        self.engine = engine
        self.blobs = blobs

    # -- plumbing ---------------------------------------------------------------------------

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _write(self, work: Callable[[Session], Any]) -> Any:
        """Run `work` in one transaction; a failed write rolls back to the last good state.

        The engine turns a full disk into WriteFailed and a damaged file into VaultDamaged.
        """
        with self._session() as session, session.begin():
            return work(session)

    @staticmethod
    def _next(session: Session, name: str) -> int:
        counter = session.get(Counter, name)
        if counter is None:
            counter = Counter(name=name, value=0)
            session.add(counter)
        counter.value += 1
        session.flush()
        return counter.value

    @staticmethod
    def _index(session: Session, kind: str, row_id: int, ref: str, body: str | None) -> None:
        """Keep one full-text row per record; its rowid is derived from the record so updates are cheap."""
        rowid = row_id * len(INDEX_KINDS) + INDEX_KINDS.index(kind)
        session.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": rowid})
        if body:
            session.execute(
                text("INSERT INTO search_index (rowid, kind, ref, body) VALUES (:id, :k, :r, :b)"),
                {"id": rowid, "k": kind, "r": ref, "b": body},
            )

    # -- settings, drafts, secrets ----------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as session:
            row = session.get(Setting, key)
            return json.loads(row.value) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        def work(session: Session) -> None:
            session.merge(Setting(key=key, value=json.dumps(value)))

        self._write(work)

    @property
    def initials(self) -> str:
        return str(self.get_setting("initials", "DB"))

    def save_draft(self, key: str, data: dict[str, Any]) -> None:
        def work(session: Session) -> None:
            session.merge(DraftRow(key=key, saved_at=to_text(now()), data=json.dumps(data)))

        self._write(work)

    def load_draft(self, key: str) -> dict[str, Any] | None:
        with self._session() as session:
            row = session.get(DraftRow, key)
            return dict(json.loads(row.data)) if row else None

    def clear_draft(self, key: str) -> None:
        self._write(lambda s: s.execute(delete(DraftRow).where(DraftRow.key == key)))

    def list_drafts(self) -> list[str]:
        with self._session() as session:
            return list(session.execute(select(DraftRow.key)).scalars())

    def get_secret(self, name: str) -> bytes | None:
        with self._session() as session:
            row = session.get(SecretRow, name)
            return bytes(row.value) if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        self._write(lambda s: s.merge(SecretRow(name=name, value=value)))

    # -- people -----------------------------------------------------------------------------

    @staticmethod
    def _person_row_from(data: PersonInput, row: PersonRow) -> None:
        if not data.name.strip():
            raise BadInput("A person needs a name (a nickname or description is fine).")
        row.name = data.name.strip()
        row.aliases = json.dumps(data.aliases)
        row.relationship = data.relationship
        row.role = data.role
        row.phones = json.dumps([normalise_phone(p) for p in data.phones if p.strip()])
        row.emails = json.dumps([e.strip().lower() for e in data.emails if e.strip()])
        row.handles = json.dumps(data.handles)
        row.vehicles = json.dumps([v.strip().upper() for v in data.vehicles if v.strip()])
        row.description = data.description

    @staticmethod
    def _person(row: PersonRow) -> Person:
        return Person(
            id=row.id,
            name=row.name,
            aliases=_json_list(row.aliases),
            relationship=row.relationship,
            role=row.role,
            phones=_json_list(row.phones),
            emails=_json_list(row.emails),
            handles=_json_list(row.handles),
            vehicles=_json_list(row.vehicles),
            description=row.description,
        )

    def _person_index_text(self, row: PersonRow) -> str:
        return "\n".join(
            [
                row.name,
                row.relationship,
                row.description,
                *_json_list(row.aliases),
                *_json_list(row.phones),
                *_json_list(row.emails),
                *_json_list(row.handles),
                *_json_list(row.vehicles),
            ]
        )

    def add_person(self, data: PersonInput) -> Person:
        def work(session: Session) -> Person:
            row = PersonRow(created_at=to_text(now()))
            self._person_row_from(data, row)
            session.add(row)
            session.flush()
            self._index(session, "person", row.id, str(row.id), self._person_index_text(row))
            audit.append(session, "person", f"person {row.id}")
            return self._person(row)

        result: Person = self._write(work)
        return result

    def update_person(self, person_id: int, data: PersonInput) -> Person:
        def work(session: Session) -> Person:
            row = session.get(PersonRow, person_id)
            if row is None:
                raise NotFound("That person is not in the diary.")
            self._person_row_from(data, row)
            self._index(session, "person", row.id, str(row.id), self._person_index_text(row))
            audit.append(session, "person changed", f"person {row.id}")
            return self._person(row)

        result: Person = self._write(work)
        return result

    def list_people(self) -> list[Person]:
        with self._session() as session:
            rows = session.execute(select(PersonRow).order_by(func.lower(PersonRow.name))).scalars()
            return [self._person(r) for r in rows]

    def get_person(self, person_id: int) -> Person:
        with self._session() as session:
            row = session.get(PersonRow, person_id)
            if row is None:
                raise NotFound("That person is not in the diary.")
            return self._person(row)

    @staticmethod
    def _find_person_row(session: Session, name: str) -> PersonRow | None:
        wanted = name.strip().lower()
        for row in session.execute(select(PersonRow)).scalars():
            if row.name.lower() == wanted or wanted in (a.lower() for a in _json_list(row.aliases)):
                return row
        return None

    def find_person(self, name: str) -> Person | None:
        with self._session() as session:
            row = self._find_person_row(session, name)
            return self._person(row) if row else None

    def person_for_identifier(self, identifier: str) -> Person | None:
        """The person with this phone number, email or handle, if any."""
        wanted = {identifier.strip().lower(), normalise_phone(identifier)}
        with self._session() as session:
            for row in session.execute(select(PersonRow)).scalars():
                known = {
                    *_json_list(row.phones),
                    *_json_list(row.emails),
                    *(h.lower() for h in _json_list(row.handles)),
                }
                if known & wanted:
                    return self._person(row)
        return None

    # -- incidents --------------------------------------------------------------------------

    @staticmethod
    def _validate(data: IncidentInput) -> IncidentInput:
        if data.occurred_start.tzinfo is None:
            data.occurred_start = data.occurred_start.astimezone()
        if data.occurred_end is not None:
            if data.occurred_end.tzinfo is None:
                data.occurred_end = data.occurred_end.astimezone()
            if data.occurred_end < data.occurred_start:
                raise BadInput("The end time is before the start time. Please check the times.")
        if data.precision not in PRECISIONS:
            raise BadInput("The time's precision must be exact, about, that day or that month.")
        if data.fear is not None and not 0 <= data.fear <= 10:
            raise BadInput("How frightened you were is a number from 0 to 10.")
        codes = []
        for code in data.behaviours:
            known = normalise_code(code)
            if known is None:
                raise BadInput(f"'{code}' is not a behaviour Daybook knows.")
            if known not in codes:
                codes.append(known)
        data.behaviours = codes
        return data

    def _link_people(self, session: Session, row: IncidentRow, data: IncidentInput) -> None:
        session.execute(delete(IncidentPersonRow).where(IncidentPersonRow.incident_id == row.id))
        names: list[str] = []
        linked: set[tuple[int, str]] = set()
        for role, refs in (("perpetrator", data.perpetrators), ("witness", data.witnesses)):
            for ref in refs:
                if not ref.name.strip():
                    continue
                person = self._find_person_row(session, ref.name)
                if person is None:
                    person = PersonRow(created_at=to_text(now()))
                    self._person_row_from(PersonInput(name=ref.name, role=role), person)
                    session.add(person)
                    session.flush()
                    self._index(session, "person", person.id, str(person.id), person.name)
                if (person.id, role) in linked:
                    continue
                linked.add((person.id, role))
                session.add(IncidentPersonRow(incident_id=row.id, person_id=person.id, role=role))
                if person.name not in names:
                    names.append(person.name)
        row.people = json.dumps(names)

    def _apply(self, row: IncidentRow, data: IncidentInput) -> None:
        row.occurred_start = to_text(data.occurred_start)
        row.occurred_sort = sort_key(data.occurred_start)
        row.occurred_end = to_text(data.occurred_end) if data.occurred_end else None
        row.precision = data.precision
        row.written_later = data.written_later
        row.location = data.location
        row.channel = data.channel
        row.summary = _brief(data.description)
        row.behaviours = " ".join(data.behaviours)

    def _insert_incident(self, session: Session, data: IncidentInput) -> str:
        seq = self._next(session, "incident")
        stamp = to_text(now())
        row = IncidentRow(number=f"INC-{seq:04d}", written_at=stamp, updated_at=stamp)
        self._apply(row, data)
        session.add(row)
        session.flush()
        self._link_people(session, row, data)
        snapshot = incident_to_dict(data)
        session.add(
            RevisionRow(
                incident_id=row.id, revision_no=1, saved_at=stamp, data=canonical_json(snapshot)
            )
        )
        self._index(session, "incident", row.id, row.number, searchable_text(data))
        audit.append(session, "created", row.number, revision=1, content=content_hash(snapshot))
        return row.number

    def add_incident(self, data: IncidentInput) -> Incident:
        data = self._validate(data)
        number: str = self._write(lambda session: self._insert_incident(session, data))
        return self.get_incident(number).incident

    def add_incidents(self, items: Iterable[IncidentInput]) -> list[str]:
        """Many incidents in one transaction (demo data, imports); returns their numbers."""
        checked = [self._validate(item) for item in items]
        numbers: list[str] = self._write(
            lambda session: [self._insert_incident(session, item) for item in checked]
        )
        return numbers

    def edit_incident(self, number: str, data: IncidentInput) -> Incident:
        """Save a new revision; earlier revisions stay exactly as they were."""
        data = self._validate(data)

        def work(session: Session) -> None:
            row = self._incident_row(session, number)
            snapshot = incident_to_dict(data)
            latest = session.execute(
                select(RevisionRow)
                .where(RevisionRow.incident_id == row.id)
                .order_by(RevisionRow.revision_no.desc())
                .limit(1)
            ).scalar_one()
            if json.loads(latest.data) == snapshot:
                return
            stamp = to_text(now())
            revision_no = latest.revision_no + 1
            session.add(
                RevisionRow(
                    incident_id=row.id,
                    revision_no=revision_no,
                    saved_at=stamp,
                    data=canonical_json(snapshot),
                )
            )
            self._apply(row, data)
            row.updated_at = stamp
            row.revision_count = revision_no
            self._link_people(session, row, data)
            self._index(session, "incident", row.id, row.number, searchable_text(data))
            audit.append(
                session, "revised", number, revision=revision_no, content=content_hash(snapshot)
            )

        self._write(work)
        return self.get_incident(number).incident

    def add_addendum(self, number: str, text_: str) -> Addendum:
        if not text_.strip():
            raise BadInput("An addendum needs some text.")

        def work(session: Session) -> Addendum:
            row = self._incident_row(session, number)
            stamp = now()
            addendum = AddendumRow(incident_id=row.id, written_at=to_text(stamp), text=text_)
            session.add(addendum)
            session.flush()
            self._index(session, "addendum", addendum.id, f"{number}#{addendum.id}", text_)
            audit.append(session, "addendum", number, content=content_hash(text_))
            return Addendum(incident=number, written_at=stamp, text=text_)

        result: Addendum = self._write(work)
        return result

    def delete_incident(self, number: str) -> None:
        """Remove an incident's content; its number is never reused and the chain keeps a tombstone."""

        def work(session: Session) -> None:
            row = self._incident_row(session, number)
            revisions = session.execute(
                select(RevisionRow.data).where(RevisionRow.incident_id == row.id)
            ).scalars()
            digest = content_hash([json.loads(r) for r in revisions])
            self._index(session, "incident", row.id, number, None)
            for addendum_id in session.execute(
                select(AddendumRow.id).where(AddendumRow.incident_id == row.id)
            ).scalars():
                self._index(session, "addendum", addendum_id, number, None)
            session.delete(row)
            audit.append(session, "deleted", number, content=digest)

        self._write(work)

    @staticmethod
    def _incident_row(session: Session, number: str) -> IncidentRow:
        row = session.execute(
            select(IncidentRow).where(IncidentRow.number == number.strip().upper())
        ).scalar()
        if row is None:
            raise NotFound(f"There is no incident {number.strip()} in the diary.")
        return row

    def get_incident(self, number: str) -> IncidentDetail:
        with self._session() as session:
            row = self._incident_row(session, number)
            revisions = [
                Revision(
                    r.revision_no, from_text(r.saved_at), incident_from_dict(json.loads(r.data))
                )
                for r in session.execute(
                    select(RevisionRow)
                    .where(RevisionRow.incident_id == row.id)
                    .order_by(RevisionRow.revision_no)
                ).scalars()
            ]
            current = revisions[-1].data
            incident = Incident(
                **{k: getattr(current, k) for k in IncidentInput.__dataclass_fields__},
                number=row.number,
                written_at=from_text(row.written_at),
                updated_at=from_text(row.updated_at),
                revision_count=len(revisions),
            )
            addenda = tuple(
                Addendum(row.number, from_text(a.written_at), a.text)
                for a in session.execute(
                    select(AddendumRow)
                    .where(AddendumRow.incident_id == row.id)
                    .order_by(AddendumRow.id)
                ).scalars()
            )
            exhibit_rows = session.execute(
                select(ExhibitRow)
                .join(IncidentExhibitRow, IncidentExhibitRow.exhibit_id == ExhibitRow.id)
                .where(IncidentExhibitRow.incident_id == row.id)
                .order_by(ExhibitRow.id)
            ).scalars()
            exhibits = tuple(self._exhibit(session, e) for e in exhibit_rows)
            message_rows = session.execute(
                select(MessageRow)
                .join(IncidentMessageRow, IncidentMessageRow.message_id == MessageRow.id)
                .where(IncidentMessageRow.incident_id == row.id)
                .order_by(MessageRow.sent_sort, MessageRow.id)
            ).scalars()
            messages = tuple(self._messages(session, list(message_rows)))
            return IncidentDetail(incident, tuple(revisions), addenda, exhibits, messages)

    def _matching_refs(self, session: Session, query: str, kinds: Sequence[str]) -> list[str]:
        # The kind is encoded in the rowid (see _index): filtering on it there spares FTS5
        # reading every match's stored columns, which is what a `kind` filter costs.
        kind_numbers = ", ".join(str(INDEX_KINDS.index(k)) for k in kinds)
        return list(
            session.execute(
                text(
                    "SELECT ref FROM search_index WHERE search_index MATCH :q"
                    f" AND rowid % {len(INDEX_KINDS)} IN ({kind_numbers})"
                ),
                {"q": query},
            ).scalars()
        )

    def _search_numbers(self, session: Session, search: str) -> set[str] | None:
        """Numbers of incidents whose text, addenda or people match; None for no usable words."""
        query = fts_query(search)
        if query is None:
            return None
        refs = self._matching_refs(session, query, ("incident", "addendum", "person"))
        numbers = {r.split("#")[0] for r in refs if not r.isdigit()}
        person_ids = [int(r) for r in refs if r.isdigit()]
        if person_ids:
            numbers.update(
                session.execute(
                    select(IncidentRow.number)
                    .join(IncidentPersonRow, IncidentPersonRow.incident_id == IncidentRow.id)
                    .where(IncidentPersonRow.person_id.in_(person_ids))
                ).scalars()
            )
        return numbers

    def matching_incidents(self, search: str) -> set[str]:
        """Only the numbers of incidents a search finds: all a filtered timeline needs."""
        with self._session() as session:
            return self._search_numbers(session, search) or set()

    def list_incidents(
        self,
        search: str | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        behaviour: str | None = None,
        person: str | None = None,
        limit: int | None = None,
    ) -> list[IncidentSummary]:
        """Incidents in time order, filtered; light rows for the timeline."""
        with self._session() as session:
            # Plain columns, not ORM objects: the timeline lists ten thousand of these.
            stmt = select(*SUMMARY_COLUMNS).order_by(IncidentRow.occurred_sort, IncidentRow.id)
            if search and search.strip():
                numbers = self._search_numbers(session, search)
                if not numbers:
                    return []
                stmt = stmt.where(IncidentRow.number.in_(numbers))
            if date_from is not None:
                stmt = stmt.where(IncidentRow.occurred_sort >= sort_key(date_from))
            if date_to is not None:
                stmt = stmt.where(IncidentRow.occurred_sort <= sort_key(date_to))
            if behaviour:
                code = normalise_code(behaviour) or behaviour
                stmt = stmt.where(
                    (" " + IncidentRow.behaviours + " ").like(f"% {code} %")
                    | (" " + IncidentRow.behaviours + " ").like(f"% {code}.%")
                )
            if person:
                stmt = stmt.where(
                    IncidentRow.id.in_(
                        select(IncidentPersonRow.incident_id)
                        .join(PersonRow, PersonRow.id == IncidentPersonRow.person_id)
                        .where(func.lower(PersonRow.name) == person.strip().lower())
                    )
                )
            if limit is not None:
                stmt = stmt.limit(limit)
            return [self._summary(r) for r in session.execute(stmt)]

    @staticmethod
    def _summary(row: Any) -> IncidentSummary:
        return IncidentSummary(
            number=row.number,
            occurred_start=from_text(row.occurred_start),
            occurred_end=from_text(row.occurred_end) if row.occurred_end else None,
            precision=row.precision,
            written_at=from_text(row.written_at),
            location=row.location,
            channel=row.channel,
            summary=row.summary,
            behaviours=tuple(row.behaviours.split()),
            people=tuple(_json_list(row.people)),
            exhibit_count=row.exhibit_count,
            revision_count=row.revision_count,
        )

    def count_incidents(self) -> int:
        with self._session() as session:
            return int(session.execute(select(func.count(IncidentRow.id))).scalar_one())

    # -- exhibits ---------------------------------------------------------------------------

    def _exhibit(self, session: Session, row: ExhibitRow) -> Exhibit:
        numbers = session.execute(
            select(IncidentRow.number)
            .join(IncidentExhibitRow, IncidentExhibitRow.incident_id == IncidentRow.id)
            .where(IncidentExhibitRow.exhibit_id == row.id)
            .order_by(IncidentRow.id)
        ).scalars()
        derived = session.get(ExhibitRow, row.derived_from_id) if row.derived_from_id else None
        return Exhibit(
            ref=row.ref,
            kind=row.kind,
            description=row.description,
            original_name=row.original_name,
            media_type=row.media_type,
            size=row.size,
            sha256=row.sha256,
            imported_at=from_text(row.imported_at),
            captured_at=from_text(row.captured_at) if row.captured_at else None,
            captured_place=row.captured_place,
            device=row.device,
            capture_method=row.capture_method,
            original_location=row.original_location,
            derived_from=derived.ref if derived else None,
            incidents=tuple(numbers),
            file_saved_at=from_text(row.file_saved_at) if row.file_saved_at else None,
        )

    def attach_file(
        self,
        path: Path,
        incident: str | None = None,
        *,
        capture_method: str = "original file",
        description: str = "",
        original_location: str = "",
        progress: Callable[[int], None] | None = None,
    ) -> Exhibit:
        """Keep a file's original bytes, encrypted, as a new exhibit (and link it to an incident)."""
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise BadInput(f"Daybook could not read the file {path.name}.") from exc
        with handle:
            try:
                photo = read_photo(path.name, path)
                captured_at, place, device = photo.taken_at, photo.place, photo.device
            except ImportFailed:
                # Not a picture: a letter, a recording, a document. It is kept all the same.
                captured_at = place = device = None
            return self.attach_stream(
                path.name,
                handle,
                incident=incident,
                capture_method=capture_method,
                description=description,
                original_location=original_location,
                captured_at=captured_at,
                captured_place=place,
                device=device,
                progress=progress,
            )

    def attach_stream(
        self,
        name: str,
        stream: BinaryIO,
        *,
        incident: str | None = None,
        kind: str | None = None,
        media_type: str | None = None,
        capture_method: str = "original file",
        description: str = "",
        original_location: str = "",
        captured_at: datetime | None = None,
        captured_place: str | None = None,
        device: str | None = None,
        derived_from: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Exhibit:
        spec = ExhibitSpec(
            name=name,
            media_type=media_type,
            kind=kind,
            capture_method=capture_method,
            description=description,
            original_location=original_location,
            captured_at=captured_at,
            captured_place=captured_place,
            device=device,
            derived_from=derived_from,
        )
        if incident is not None:
            with self._session() as session:
                self._incident_row(session, incident)
        stored = self.blobs.put(stream, progress=progress)

        def work(session: Session) -> str:
            row = self._insert_exhibit(session, stored, spec)
            if incident is not None:
                self._link_exhibit(session, self._incident_row(session, incident), row)
            return row.ref

        try:
            ref: str = self._write(work)
        except BaseException:
            # The row never landed, so the encrypted bytes are an orphan: remove them now.
            self.blobs.delete(stored.blob_id)
            raise
        return self.get_exhibit(ref)

    def _insert_exhibit(
        self, session: Session, stored: StoredBlob, spec: ExhibitSpec
    ) -> ExhibitRow:
        initials = self.initials
        seq = self._next(session, "exhibit")
        ref = f"{initials}{seq}"
        while session.execute(select(ExhibitRow.id).where(ExhibitRow.ref == ref)).first():
            seq = self._next(session, "exhibit")
            ref = f"{initials}{seq}"
        parent = None
        if spec.derived_from:
            parent = self._exhibit_row(session, spec.derived_from)
        media = spec.media_type or mimetypes.guess_type(spec.name)[0] or "application/octet-stream"
        row = ExhibitRow(
            ref=ref,
            kind=spec.kind or media.split("/")[0],
            description=spec.description,
            original_name=spec.name,
            media_type=media,
            size=stored.size,
            sha256=stored.sha256,
            imported_at=to_text(now()),
            captured_at=to_text(spec.captured_at) if spec.captured_at else None,
            file_saved_at=to_text(spec.file_saved_at) if spec.file_saved_at else None,
            captured_place=spec.captured_place,
            device=spec.device,
            capture_method=spec.capture_method,
            original_location=spec.original_location,
            blob_id=stored.blob_id,
            derived_from_id=parent.id if parent else None,
        )
        session.add(row)
        session.flush()
        audit.append(session, "attached", ref, sha256=stored.sha256, size=stored.size)
        return row

    def store_import(
        self,
        export: tuple[ExhibitSpec, bytes | Callable[[], BinaryIO]],
        attachments: Sequence[tuple[ExhibitSpec, bytes | Callable[[], BinaryIO]]],
        messages: Sequence[MessageInput],
        *,
        perpetrator: str | None = None,
        participant: str | None = None,
    ) -> ImportResult:
        """Keep an export file, its attachments and its messages, all in one transaction.

        Each file is given as bytes or as a function that opens it as a stream (a large export
        and the media in a zip are encrypted as they are read, never held in memory whole).
        Messages name the export by position only; here they get its exhibit reference, and
        their attachment names become references. Files already in the diary (same SHA-256)
        are not stored twice, and messages already there are counted, not added. An
        attachment that turns out damaged is left out and named in `left_out`; a file beyond
        a stated limit stops the whole import, which then adds nothing.
        """
        with self._session() as session:
            # Only hashes and references: building every exhibit here cost a query each.
            existing: dict[str, str] = {
                digest: ref
                for digest, ref in session.execute(
                    select(ExhibitRow.sha256, ExhibitRow.ref)
                    .where(ExhibitRow.derived_from_id.is_(None))
                    .order_by(ExhibitRow.id)
                ).tuples()
            }
        stored: list[tuple[ExhibitSpec, StoredBlob | str]] = []
        written: list[str] = []
        left_out: list[str] = []
        try:
            for index, (spec, source) in enumerate([export, *attachments]):
                if isinstance(source, bytes):
                    digest = hashlib.sha256(source).hexdigest()
                    if digest in existing:
                        stored.append((spec, existing[digest]))
                        continue
                    blob = self.blobs.put_bytes(source)
                else:
                    try:
                        with source() as stream:
                            blob = self.blobs.put(stream)
                    except ImportFailed as exc:
                        if index == 0 or isinstance(exc, TooLarge):
                            raise
                        left_out.append(spec.name)
                        continue
                    if blob.sha256 in existing:
                        self.blobs.delete(blob.blob_id)
                        stored.append((spec, existing[blob.sha256]))
                        continue
                written.append(blob.blob_id)
                existing[blob.sha256] = f"pending:{blob.blob_id}"
                stored.append((spec, blob))

            def work(session: Session) -> ImportResult:
                refs: list[str] = []
                new_refs: list[str] = []
                pending: dict[str, str] = {}
                for spec, item in stored:
                    if isinstance(item, str):
                        ref = pending.get(item, item)
                    else:
                        ref = self._insert_exhibit(session, item, spec).ref
                        pending[f"pending:{item.blob_id}"] = ref
                        new_refs.append(ref)
                    refs.append(ref)
                export_ref = refs[0]
                by_name = {
                    spec.name: ref for (spec, _), ref in zip(stored[1:], refs[1:], strict=True)
                }
                for message in messages:
                    message.source_ref = export_ref
                    message.attachments = [
                        f"{by_name[name]} {name}" if name in by_name else name
                        for name in message.attachments
                    ]
                if perpetrator:
                    self._ensure_perpetrator(session, perpetrator, participant)
                added, already = self._insert_messages(session, messages, audit_subject=export_ref)
                return ImportResult(
                    export_ref=export_ref,
                    export_was_new=export_ref in new_refs,
                    attachment_refs=tuple(r for r in refs[1:] if r in new_refs),
                    added=added,
                    already=already,
                    left_out=tuple(left_out),
                )

            result: ImportResult = self._write(work)
            return result
        except BaseException:
            for blob_id in written:
                with contextlib.suppress(Exception):
                    self.blobs.delete(blob_id)
            raise

    def _ensure_perpetrator(self, session: Session, name: str, participant: str | None) -> None:
        """The person doing it, created if new, with their name in the chat kept as an alias."""
        row = self._find_person_row(session, name)
        if row is None:
            row = PersonRow(created_at=to_text(now()))
            self._person_row_from(PersonInput(name=name, role="perpetrator"), row)
            session.add(row)
            session.flush()
        if participant and participant.strip().lower() != row.name.lower():
            aliases = _json_list(row.aliases)
            if participant not in aliases:
                row.aliases = json.dumps([*aliases, participant])
        self._index(session, "person", row.id, str(row.id), self._person_index_text(row))

    @staticmethod
    def _link_exhibit(session: Session, incident: IncidentRow, exhibit: ExhibitRow) -> None:
        exists = session.get(IncidentExhibitRow, (incident.id, exhibit.id))
        if exists is None:
            session.add(IncidentExhibitRow(incident_id=incident.id, exhibit_id=exhibit.id))
            incident.exhibit_count += 1

    def link_exhibit(self, number: str, ref: str) -> None:
        def work(session: Session) -> None:
            incident = self._incident_row(session, number)
            exhibit = self._exhibit_row(session, ref)
            self._link_exhibit(session, incident, exhibit)
            audit.append(session, "linked", number, exhibit=exhibit.ref)

        self._write(work)

    @staticmethod
    def _exhibit_row(session: Session, ref: str) -> ExhibitRow:
        row = session.execute(
            select(ExhibitRow).where(func.upper(ExhibitRow.ref) == ref.strip().upper())
        ).scalar()
        if row is None:
            raise NotFound(f"There is no exhibit {ref.strip()} in the diary.")
        return row

    def get_exhibit(self, ref: str) -> Exhibit:
        with self._session() as session:
            return self._exhibit(session, self._exhibit_row(session, ref))

    def list_exhibits(self) -> list[Exhibit]:
        with self._session() as session:
            rows = session.execute(select(ExhibitRow).order_by(ExhibitRow.id)).scalars()
            return [self._exhibit(session, r) for r in rows]

    def exhibit_blob_id(self, ref: str) -> str:
        with self._session() as session:
            return self._exhibit_row(session, ref).blob_id

    def read_exhibit(self, ref: str) -> bytes:
        """The original bytes, decrypted in memory (never to a file)."""
        return self.blobs.read_bytes(self.exhibit_blob_id(ref))

    def iter_exhibit(self, ref: str) -> Iterator[bytes]:
        return self.blobs.iter_plaintext(self.exhibit_blob_id(ref))

    def find_exhibit_by_hash(self, sha256: str) -> Exhibit | None:
        with self._session() as session:
            row = session.execute(
                select(ExhibitRow).where(ExhibitRow.sha256 == sha256).order_by(ExhibitRow.id)
            ).scalar()
            return self._exhibit(session, row) if row else None

    def blob_ids(self) -> set[str]:
        with self._session() as session:
            return set(session.execute(select(ExhibitRow.blob_id)).scalars())

    # -- messages ---------------------------------------------------------------------------

    @staticmethod
    def message_key(data: MessageInput) -> str:
        return data.dedupe_key or content_hash(
            [
                data.channel,
                data.direction,
                data.sender_number or data.sender,
                sort_key(data.sent_at) if data.sent_at else "",
                data.body,
                data.attachments,
                data.duration_seconds,
            ]
        )

    def add_messages(
        self,
        messages: Iterable[MessageInput],
        *,
        person: str | None = None,
        audit_subject: str = "",
        audit_detail: dict[str, Any] | None = None,
    ) -> tuple[int, int]:
        """Store messages in one transaction; returns (added, already there).

        Each message is linked to the person whose name, alias, number, email or handle is its
        sender; `person` names who incoming messages from anyone else are from.
        """
        result: tuple[int, int] = self._write(
            lambda session: self._insert_messages(
                session,
                messages,
                person=person,
                audit_subject=audit_subject,
                audit_detail=audit_detail,
            )
        )
        return result

    @staticmethod
    def _identifier_lookup(session: Session) -> dict[str, int]:
        lookup: dict[str, int] = {}
        for row in session.execute(select(PersonRow)).scalars():
            for value in [
                row.name,
                *_json_list(row.aliases),
                *_json_list(row.phones),
                *_json_list(row.emails),
                *_json_list(row.handles),
            ]:
                lookup.setdefault(str(value).strip().lower(), row.id)
        return lookup

    def _insert_messages(
        self,
        session: Session,
        messages: Iterable[MessageInput],
        *,
        person: str | None = None,
        audit_subject: str = "",
        audit_detail: dict[str, Any] | None = None,
    ) -> tuple[int, int]:
        fallback = self._find_person_row(session, person) if person else None
        lookup = self._identifier_lookup(session)
        exhibit_ids: dict[str, int] = {}
        existing = set(session.execute(select(MessageRow.dedupe_key)).scalars())
        next_id = (session.execute(select(func.max(MessageRow.id))).scalar() or 0) + 1
        connection = session.connection()
        rows: list[tuple[Any, ...]] = []
        index_rows: list[tuple[int, str, str]] = []
        added = already = 0
        message_kind = INDEX_KINDS.index("message")

        def flush() -> None:
            # The driver's own executemany in chunks, not the ORM: a long case brings 100,000
            # messages at once, and memory must not grow with them.
            connection.exec_driver_sql(MESSAGE_INSERT, rows)
            connection.exec_driver_sql(
                "INSERT INTO search_index (rowid, kind, ref, body) VALUES (?, 'message', ?, ?)",
                index_rows,
            )
            rows.clear()
            index_rows.clear()

        for data in messages:
            key = self.message_key(data)
            if key in existing:
                already += 1
                continue
            existing.add(key)
            source_id = None
            if data.source_ref:
                if data.source_ref not in exhibit_ids:
                    exhibit_ids[data.source_ref] = self._exhibit_row(session, data.source_ref).id
                source_id = exhibit_ids[data.source_ref]
            person_id = lookup.get((data.sender_number or "").lower()) or lookup.get(
                data.sender.strip().lower()
            )
            if person_id is None and fallback is not None and data.direction != "outgoing":
                person_id = fallback.id
            rows.append(
                (
                    next_id,
                    data.kind,
                    data.channel,
                    data.direction,
                    data.sender,
                    data.sender_number,
                    json.dumps(data.recipients),
                    to_text(data.sent_at) if data.sent_at else "",
                    sort_key(data.sent_at) if data.sent_at else "",
                    data.offset_known,
                    data.body,
                    json.dumps(data.attachments),
                    data.duration_seconds,
                    source_id,
                    data.position,
                    data.position_label,
                    person_id,
                    data.headers,
                    key,
                )
            )
            index_rows.append(
                (
                    next_id * len(INDEX_KINDS) + message_kind,
                    str(next_id),
                    f"{data.sender}\n{data.body}",
                )
            )
            next_id += 1
            added += 1
            if len(rows) >= 5000:
                flush()
        if rows:
            flush()
        audit.append(
            session,
            "imported",
            audit_subject,
            added=added,
            already=already,
            **(audit_detail or {}),
        )
        return added, already

    def _message(self, session: Session, row: MessageRow) -> Message:
        return self._messages(session, [row])[0]

    def _messages(self, session: Session, rows: Sequence[MessageRow]) -> list[Message]:
        """Rows to messages with a fixed number of queries, however many rows there are."""
        exhibit_ids = {r.source_exhibit_id for r in rows if r.source_exhibit_id}
        person_ids = {r.person_id for r in rows if r.person_id}
        refs: dict[int, str] = {
            id_: ref
            for id_, ref in session.execute(
                select(ExhibitRow.id, ExhibitRow.ref).where(ExhibitRow.id.in_(exhibit_ids))
            ).tuples()
        }
        names: dict[int, str] = {
            id_: name
            for id_, name in session.execute(
                select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(person_ids))
            ).tuples()
        }
        links: dict[int, list[str]] = {}
        for message_id, number in session.execute(
            select(IncidentMessageRow.message_id, IncidentRow.number)
            .join(IncidentRow, IncidentRow.id == IncidentMessageRow.incident_id)
            .where(IncidentMessageRow.message_id.in_([r.id for r in rows]))
        ).tuples():
            links.setdefault(message_id, []).append(number)
        return [
            Message(
                id=row.id,
                kind=row.kind,
                channel=row.channel,
                direction=row.direction,
                sender=row.sender,
                sender_number=row.sender_number,
                recipients=_json_list(row.recipients),
                sent_at=from_text(row.sent_at) if row.sent_at else None,
                offset_known=bool(row.offset_known),
                body=row.body,
                attachments=_json_list(row.attachments),
                duration_seconds=row.duration_seconds,
                source_ref=refs.get(row.source_exhibit_id) if row.source_exhibit_id else None,
                position=row.position,
                position_label=row.position_label,
                headers=row.headers,
                dedupe_key=row.dedupe_key,
                person=names.get(row.person_id) if row.person_id else None,
                incidents=tuple(links.get(row.id, ())),
            )
            for row in rows
        ]

    def list_messages(
        self,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        search: str | None = None,
        person: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Message]:
        with self._session() as session:
            stmt = select(MessageRow).order_by(MessageRow.sent_sort, MessageRow.id)
            if search and search.strip():
                query = fts_query(search)
                if query is None:
                    return []
                matches = text(
                    "SELECT rowid / :n FROM search_index "
                    "WHERE search_index MATCH :q AND rowid % :n = :k"
                ).bindparams(n=len(INDEX_KINDS), q=query, k=INDEX_KINDS.index("message"))
                stmt = stmt.where(MessageRow.id.in_(matches))
            if date_from is not None:
                stmt = stmt.where(MessageRow.sent_sort >= sort_key(date_from))
            if date_to is not None:
                stmt = stmt.where(MessageRow.sent_sort <= sort_key(date_to))
                stmt = stmt.where(MessageRow.sent_sort != "")  # "" is a time not known
            if person:
                stmt = stmt.join(PersonRow, PersonRow.id == MessageRow.person_id).where(
                    func.lower(PersonRow.name) == person.strip().lower()
                )
            stmt = stmt.offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return self._messages(session, list(session.execute(stmt).scalars()))

    def count_messages(self) -> int:
        with self._session() as session:
            return int(session.execute(select(func.count(MessageRow.id))).scalar_one())

    def link_messages(self, number: str, message_ids: Iterable[int]) -> None:
        def work(session: Session) -> None:
            incident = self._incident_row(session, number)
            ids = sorted(set(message_ids))
            for message_id in ids:
                row = session.get(MessageRow, message_id)
                if row is None:
                    raise NotFound("One of those messages is not in the diary.")
                if not row.sent_at:
                    raise BadInput(
                        "One of those messages has no known time, so it cannot be part of an "
                        "entry; it stays in your messages. Nothing was linked."
                    )
                session.merge(IncidentMessageRow(incident_id=incident.id, message_id=message_id))
            audit.append(session, "linked", number, messages=ids)

        self._write(work)

    # -- audit ------------------------------------------------------------------------------

    def audit_events(self) -> list[AuditEvent]:
        from diary.records.models import AuditRow

        with self._session() as session:
            rows = session.execute(select(AuditRow).order_by(AuditRow.seq)).scalars()
            return [audit.to_event(r) for r in rows]

    def record_event(self, kind: str, subject: str = "", **detail: Any) -> AuditEvent:
        """Append an event (an export, say) that changes no record."""
        result: AuditEvent = self._write(
            lambda s: audit.to_event(audit.append(s, kind, subject, **detail))
        )
        return result

    def fingerprint(self) -> str:
        with self._session() as session:
            return audit.short_code(audit.head(session))

    def audit_problems(self) -> list[str]:
        with self._session() as session:
            return audit.problems(session)
