"""Incidents: every save a new revision, addenda, deletion that keeps a tombstone, search and listing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from diary.behaviours import normalise_code
from diary.errors import BadInput
from diary.records import audit
from diary.records.codec import (
    canonical_json,
    content_hash,
    incident_from_dict,
    incident_to_dict,
    searchable_text,
)
from diary.records.exhibits import to_exhibit
from diary.records.messages import to_messages
from diary.records.models import (
    AddendumRow,
    ExhibitRow,
    IncidentExhibitRow,
    IncidentMessageRow,
    IncidentPersonRow,
    IncidentRow,
    MessageRow,
    PersonRow,
    RevisionRow,
)
from diary.records.people import new_person_row
from diary.records.rows import incident_row, person_row_named
from diary.records.store import INDEX_KINDS, RecordStore, fts_query, index, json_list, next_value
from diary.records.types import (
    PRECISIONS,
    Addendum,
    Incident,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    Revision,
)
from diary.timeutil import check_reasonable, from_text, localise, now, sort_key, to_text

SUMMARY_WORDS = 40
# Who did it, as a JSON list: the summary's `people` also names witnesses, and the timeline
# shows only who did it. One look-up per row on incident_people's key.
WHO_DID_IT = (
    select(func.json_group_array(PersonRow.name))
    .select_from(IncidentPersonRow)
    .join(PersonRow, PersonRow.id == IncidentPersonRow.person_id)
    .where(IncidentPersonRow.incident_id == IncidentRow.id)
    .where(IncidentPersonRow.role == "perpetrator")
    .correlate(IncidentRow)
    .scalar_subquery()
    .label("perpetrators")
)
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
    WHO_DID_IT,
)


def _brief(text_: str) -> str:
    words = text_.split()
    if len(words) <= SUMMARY_WORDS:
        return " ".join(words)
    return " ".join(words[:SUMMARY_WORDS]) + "…"


def validate(data: IncidentInput) -> IncidentInput:
    # A local time the clocks skip is refused, one they pass twice is asked (diary.timeutil).
    if data.occurred_start.tzinfo is None:
        data.occurred_start = localise(data.occurred_start)
    check_reasonable(data.occurred_start, "When it happened")
    if data.occurred_end is not None:
        if data.occurred_end.tzinfo is None:
            data.occurred_end = localise(data.occurred_end)
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


def _link_people(session: Session, row: IncidentRow, data: IncidentInput) -> None:
    session.execute(delete(IncidentPersonRow).where(IncidentPersonRow.incident_id == row.id))
    names: list[str] = []
    linked: set[tuple[int, str]] = set()
    for role, refs in (("perpetrator", data.perpetrators), ("witness", data.witnesses)):
        for ref in refs:
            if not ref.name.strip():
                continue
            person = person_row_named(session, ref.name)
            if person is None:
                person = new_person_row(session, ref.name, role)
                index(session, "person", person.id, str(person.id), person.name)
            if (person.id, role) in linked:
                continue
            linked.add((person.id, role))
            session.add(IncidentPersonRow(incident_id=row.id, person_id=person.id, role=role))
            if person.name not in names:
                names.append(person.name)
    row.people = json.dumps(names)


def _apply(row: IncidentRow, data: IncidentInput) -> None:
    row.occurred_start = to_text(data.occurred_start)
    row.occurred_sort = sort_key(data.occurred_start)
    row.occurred_end = to_text(data.occurred_end) if data.occurred_end else None
    row.precision = data.precision
    row.written_later = data.written_later
    row.location = data.location
    row.channel = data.channel
    row.summary = _brief(data.description)
    row.behaviours = " ".join(data.behaviours)


def insert_incident(session: Session, data: IncidentInput) -> str:
    """A new incident with the next number and its first revision; returns the number."""
    seq = next_value(session, "incident")
    stamp = to_text(now())
    row = IncidentRow(number=f"INC-{seq:04d}", written_at=stamp, updated_at=stamp)
    _apply(row, data)
    session.add(row)
    session.flush()
    _link_people(session, row, data)
    snapshot = incident_to_dict(data)
    session.add(
        RevisionRow(
            incident_id=row.id, revision_no=1, saved_at=stamp, data=canonical_json(snapshot)
        )
    )
    index(session, "incident", row.id, row.number, searchable_text(data))
    audit.append(session, "created", row.number, revision=1, content=content_hash(snapshot))
    return row.number


def _matching_refs(session: Session, query: str, kinds: Sequence[str]) -> list[str]:
    # The kind is encoded in the rowid (see store.index): filtering on it there spares FTS5
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


def _search_numbers(session: Session, search: str) -> set[str] | None:
    """Numbers of incidents whose text, addenda or people match; None for no usable words."""
    query = fts_query(search)
    if query is None:
        return None
    refs = _matching_refs(session, query, ("incident", "addendum", "person"))
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


def _summary(row: Any) -> IncidentSummary:
    people = tuple(json_list(row.people))
    did_it = json_list(row.perpetrators)
    # In the order the entry names them; a name changed since comes last.
    perpetrators = tuple(n for n in people if n in did_it) + tuple(
        n for n in did_it if n not in people
    )
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
        people=people,
        exhibit_count=row.exhibit_count,
        revision_count=row.revision_count,
        perpetrators=perpetrators,
    )


class IncidentRecords(RecordStore):
    """Incidents, their revisions and addenda."""

    def add_incident(self, data: IncidentInput) -> Incident:
        data = validate(data)
        number = self._write(lambda session: insert_incident(session, data))
        return self.get_incident(number).incident

    def add_incidents(self, items: Iterable[IncidentInput]) -> list[str]:
        """Many incidents in one transaction (demo data, imports); returns their numbers."""
        checked = [validate(item) for item in items]
        return self._write(lambda session: [insert_incident(session, item) for item in checked])

    def edit_incident(self, number: str, data: IncidentInput) -> Incident:
        """Save a new revision; earlier revisions stay exactly as they were."""
        data = validate(data)

        def work(session: Session) -> None:
            row = incident_row(session, number)
            snapshot = incident_to_dict(data)
            latest = session.execute(
                select(RevisionRow)
                .where(RevisionRow.incident_id == row.id)
                .order_by(RevisionRow.revision_no.desc())
                .limit(1)
            ).scalar_one()
            # Compared as read back, so an older revision's way of storing a field is no change.
            if incident_to_dict(incident_from_dict(json.loads(latest.data))) == snapshot:
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
            _apply(row, data)
            row.updated_at = stamp
            row.revision_count = revision_no
            _link_people(session, row, data)
            index(session, "incident", row.id, row.number, searchable_text(data))
            audit.append(
                session, "revised", number, revision=revision_no, content=content_hash(snapshot)
            )

        self._write(work)
        return self.get_incident(number).incident

    def add_addendum(self, number: str, text_: str) -> Addendum:
        if not text_.strip():
            raise BadInput("An addendum needs some text.")

        def work(session: Session) -> Addendum:
            row = incident_row(session, number)
            stamp = now()
            addendum = AddendumRow(incident_id=row.id, written_at=to_text(stamp), text=text_)
            session.add(addendum)
            session.flush()
            index(session, "addendum", addendum.id, f"{number}#{addendum.id}", text_)
            audit.append(session, "addendum", number, content=content_hash(text_))
            return Addendum(incident=number, written_at=stamp, text=text_)

        return self._write(work)

    def delete_incident(self, number: str) -> None:
        """Remove an incident's content; its number is never reused and the chain keeps a tombstone."""

        def work(session: Session) -> None:
            row = incident_row(session, number)
            revisions = session.execute(
                select(RevisionRow.data).where(RevisionRow.incident_id == row.id)
            ).scalars()
            digest = content_hash([json.loads(r) for r in revisions])
            index(session, "incident", row.id, number, None)
            for addendum_id in session.execute(
                select(AddendumRow.id).where(AddendumRow.incident_id == row.id)
            ).scalars():
                index(session, "addendum", addendum_id, number, None)
            session.delete(row)
            audit.append(session, "deleted", number, content=digest)

        self._write(work)

    def get_incident(self, number: str) -> IncidentDetail:
        with self._session() as session:
            row = incident_row(session, number)
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
            exhibits = tuple(to_exhibit(session, e) for e in exhibit_rows)
            message_rows = session.execute(
                select(MessageRow)
                .join(IncidentMessageRow, IncidentMessageRow.message_id == MessageRow.id)
                .where(IncidentMessageRow.incident_id == row.id)
                .order_by(MessageRow.sent_sort, MessageRow.id)
            ).scalars()
            messages = tuple(to_messages(session, list(message_rows)))
            return IncidentDetail(incident, tuple(revisions), addenda, exhibits, messages)

    def matching_incidents(self, search: str) -> set[str]:
        """Only the numbers of incidents a search finds: all a filtered timeline needs."""
        with self._session() as session:
            return _search_numbers(session, search) or set()

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
                numbers = _search_numbers(session, search)
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
            return [_summary(r) for r in session.execute(stmt)]

    def count_incidents(self) -> int:
        with self._session() as session:
            return int(session.execute(select(func.count(IncidentRow.id))).scalar_one())
