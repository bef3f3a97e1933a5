"""Incidents: every save a new revision, addenda, deletion that keeps a tombstone, search and listing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, text, true
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
from diary.records.orders import link_breaches, normalise_breaches
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
WHO_DID_IT_JSON = (
    select(func.json_group_array(PersonRow.name))
    .select_from(IncidentPersonRow)
    .join(PersonRow, PersonRow.id == IncidentPersonRow.person_id)
    .where(IncidentPersonRow.incident_id == IncidentRow.id)
    .where(IncidentPersonRow.role == "perpetrator")
    .correlate(IncidentRow)
    .scalar_subquery()
)
WHO_DID_IT = WHO_DID_IT_JSON.label("perpetrators")
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
    data.breaches = normalise_breaches(data.breaches)
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
    link_breaches(session, row, data.breaches)
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


PAGE_SIZE = 200


@dataclass(frozen=True)
class IncidentQuery:
    """What a listing of incidents asks for; None (or blank words) means anything."""

    search: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    behaviour: str | None = None
    person: str | None = None


# The orders a listing can be sorted in; the incident's id breaks ties, so paging is stable.
SORTS: dict[str, Any] = {
    "when": IncidentRow.occurred_sort,
    "where": func.lower(func.coalesce(func.nullif(IncidentRow.location, ""), IncidentRow.channel)),
    "what": func.lower(IncidentRow.summary),
    "behaviours": IncidentRow.behaviours,
    "who": func.lower(WHO_DID_IT_JSON),  # as the timeline's "Who" shows: who did it
    "files": IncidentRow.exhibit_count,
}


def _index_ids(kind: str, name: str, query: str) -> Any:
    """The ids of records of `kind` the full-text query finds, as a subquery (never a list).

    The kind is encoded in the rowid (see store.index): filtering on it there spares FTS5
    reading every match's stored columns, which is what a `kind` filter costs.
    """
    kinds = len(INDEX_KINDS)
    return text(
        f"SELECT rowid / {kinds} FROM search_index WHERE search_index MATCH :{name}"
        f" AND rowid % {kinds} = {INDEX_KINDS.index(kind)}"
    ).bindparams(**{name: query})


def _condition(query: IncidentQuery, *, in_order: bool = False) -> Any:
    """The WHERE clause for `query`, or None when its words can find nothing.

    `in_order` is for a page in the listing's order: the database then walks the incidents in
    that order and stops at the page's end, testing each against the words' matches, instead
    of fetching every match to sort them (thousands for a common word). Writing the id as
    `id + 0` is what tells SQLite not to start from the matches.
    """
    conditions: list[Any] = []
    if query.search and query.search.strip():
        words = fts_query(query.search)
        if words is None:
            return None
        incident_id = IncidentRow.id + 0 if in_order else IncidentRow.id
        # Its own text, a note added later, or a person it names (by their details).
        conditions.append(
            or_(
                incident_id.in_(_index_ids("incident", "q_incident", words)),
                incident_id.in_(
                    select(AddendumRow.incident_id).where(
                        AddendumRow.id.in_(_index_ids("addendum", "q_addendum", words))
                    )
                ),
                incident_id.in_(
                    select(IncidentPersonRow.incident_id).where(
                        IncidentPersonRow.person_id.in_(_index_ids("person", "q_person", words))
                    )
                ),
            )
        )
    if query.date_from is not None:
        conditions.append(IncidentRow.occurred_sort >= sort_key(query.date_from))
    if query.date_to is not None:
        conditions.append(IncidentRow.occurred_sort <= sort_key(query.date_to))
    if query.behaviour:
        code = normalise_code(query.behaviour) or query.behaviour
        conditions.append(
            (" " + IncidentRow.behaviours + " ").like(f"% {code} %")
            | (" " + IncidentRow.behaviours + " ").like(f"% {code}.%")
        )
    if query.person:
        conditions.append(
            IncidentRow.id.in_(
                select(IncidentPersonRow.incident_id)
                .join(PersonRow, PersonRow.id == IncidentPersonRow.person_id)
                .where(func.lower(PersonRow.name) == query.person.strip().lower())
            )
        )
    return and_(true(), *conditions)


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
            link_breaches(session, row, data.breaches)
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
        """Incidents in time order, oldest first, filtered; light rows for listings."""
        query = IncidentQuery(search, date_from, date_to, behaviour, person)
        return self.incident_page(query, newest_first=False, limit=limit)

    def incident_page(
        self,
        query: IncidentQuery | None = None,
        *,
        sort: str = "when",
        newest_first: bool = True,
        offset: int = 0,
        limit: int | None = PAGE_SIZE,
    ) -> list[IncidentSummary]:
        """One page of the incidents `query` asks for, in `sort` order (see SORTS).

        Everything is filtered and ordered in the database, and only the page's rows are
        built, so the first screen of any search comes back in a few milliseconds however
        many incidents match; `count_matching` says how many there are, when asked.
        """
        with self._session() as session:
            # Plain columns, not ORM objects: the timeline lists ten thousand of these.
            condition = _condition(query or IncidentQuery(), in_order=limit is not None)
            if condition is None:
                return []
            key = SORTS[sort]
            order = [key.desc(), IncidentRow.id.desc()] if newest_first else [key, IncidentRow.id]
            stmt = select(*SUMMARY_COLUMNS).where(condition).order_by(*order)
            if offset:
                stmt = stmt.offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [_summary(r) for r in session.execute(stmt)]

    def count_matching(self, query: IncidentQuery | None = None) -> int:
        """How many incidents `query` finds (counted in the database; nothing is built)."""
        condition = _condition(query or IncidentQuery())
        if condition is None:
            return 0
        with self._session() as session:
            stmt = select(func.count(IncidentRow.id)).where(condition)
            return int(session.execute(stmt).scalar_one())

    def count_incidents(self) -> int:
        with self._session() as session:
            return int(session.execute(select(func.count(IncidentRow.id))).scalar_one())
