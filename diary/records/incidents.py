"""Incidents: every save a new revision, addenda, deletion that keeps a tombstone, search and listing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit, incident_sql
from diary.records.codec import (
    canonical_json,
    content_hash,
    incident_from_dict,
    incident_to_dict,
    searchable_text,
)
from diary.records.exhibits import exhibits_by_incident, to_exhibit
from diary.records.incident_sql import SORTS, IncidentQuery, validate
from diary.records.messages import to_messages
from diary.records.models import (
    AddendumRow,
    ExhibitRow,
    IncidentExhibitRow,
    IncidentMessageRow,
    IncidentPersonRow,
    IncidentRow,
    MessageRow,
    RevisionRow,
)
from diary.records.orders import link_breaches
from diary.records.people import new_person_row
from diary.records.rows import incident_row, person_row_named
from diary.records.store import INDEX_KINDS, RecordStore, fts_query, index, session_sql
from diary.records.types import (
    Addendum,
    Exhibit,
    Incident,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    IncidentWithExhibits,
    Message,
    Revision,
)
from diary.timeutil import from_text, now, to_text

__all__ = ["PAGE_SIZE", "SORTS", "IncidentQuery", "IncidentRecords", "insert_incident", "validate"]


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
    for name, value in incident_sql.listed_columns(data).items():
        setattr(row, name, value)


def insert_incident(session: Session, data: IncidentInput) -> str:
    """A new incident (validated) with the next number and its first revision, and the people it
    names and the conditions it breaks linked; returns the number."""
    row_id, number = incident_sql.insert_incident(session_sql(session), data)
    if incident_sql.links_records(data):
        row = session.get_one(IncidentRow, row_id)
        _link_people(session, row, data)
        link_breaches(session, row, data.breaches)
    return number


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


PAGE_SIZE = 200


def _incident(
    current: IncidentInput, number: str, written_at: str, updated_at: str, revision_count: int
) -> Incident:
    """An incident as its latest revision (`current`) and its row say."""
    return Incident(
        **{k: getattr(current, k) for k in IncidentInput.__dataclass_fields__},
        number=number,
        written_at=from_text(written_at),
        updated_at=from_text(updated_at),
        revision_count=revision_count,
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
            incident = _incident(
                revisions[-1].data, row.number, row.written_at, row.updated_at, len(revisions)
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

    def incidents_with_exhibits(self) -> list[IncidentWithExhibits]:
        """Every incident as get_incident gives it now (its latest revision) with its exhibits,
        oldest first, read in a few queries: incident by incident took 25 s at 10,000 entries.
        The rows come a page at a time, so no one call holds Python's lock for long (a window
        on another thread must keep answering meanwhile)."""
        out: list[IncidentWithExhibits] = []
        with self._session() as session:
            exhibits = exhibits_by_incident(session)
            rows = session.execute(
                select(
                    IncidentRow.id,
                    IncidentRow.number,
                    IncidentRow.written_at,
                    IncidentRow.updated_at,
                    IncidentRow.revision_count,
                    RevisionRow.data,
                )
                .join(RevisionRow, RevisionRow.incident_id == IncidentRow.id)
                .where(RevisionRow.revision_no == IncidentRow.revision_count)
                .order_by(IncidentRow.occurred_sort, IncidentRow.id)
                .execution_options(yield_per=200)
            )
            for id_, number, written_at, updated_at, revision_count, data in rows:
                incident = _incident(
                    incident_from_dict(json.loads(data)),
                    number,
                    written_at,
                    updated_at,
                    revision_count,
                )
                out.append(IncidentWithExhibits(incident, exhibits.get(id_, ())))
        return out

    def get_incidents(self, numbers: Sequence[str]) -> list[IncidentDetail]:
        """What get_incident gives for each of these numbers, in their order, read a few
        hundred incidents at a time with a fixed number of queries each: one incident at a time
        took eight queries each, 19 s at 10,000 entries. An unknown number raises NotFound."""
        wanted = [n.strip().upper() for n in numbers]
        found: dict[str, IncidentDetail] = {}
        with self._session() as session:
            distinct = list(dict.fromkeys(wanted))
            for start in range(0, len(distinct), _CHUNK):
                found.update(_details(session, distinct[start : start + _CHUNK]))
            for number in distinct:
                if number not in found:
                    incident_row(session, number)  # says why: no number, or no such incident
        return [found[n] for n in wanted]

    def perpetrator_names(self, numbers: Sequence[str]) -> set[str]:
        """The names of the people these incidents say did it, as each one's latest revision
        (what get_incident shows) gives them, read in one pass: incident by incident took 20 s
        at 10,000 entries. An unknown number raises NotFound, as get_incident does."""
        wanted = list(dict.fromkeys(n.strip().upper() for n in numbers))
        latest: dict[str, str] = {}
        with self._session() as session:
            for start in range(0, len(wanted), _CHUNK):
                for number, data in session.execute(
                    select(IncidentRow.number, RevisionRow.data)
                    .join(RevisionRow, RevisionRow.incident_id == IncidentRow.id)
                    .where(
                        IncidentRow.number.in_(wanted[start : start + _CHUNK]),
                        RevisionRow.revision_no == IncidentRow.revision_count,
                    )
                ):
                    latest[number] = data
            for number in wanted:
                if number not in latest:
                    incident_row(session, number)  # says why: no number, or no such incident
        return {
            person.name
            for data in latest.values()
            for person in incident_from_dict(json.loads(data)).perpetrators
        }

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
            return incident_sql.page(
                session_sql(session),
                query or IncidentQuery(),
                sort=sort,
                newest_first=newest_first,
                offset=offset,
                limit=limit,
            )

    def count_matching(self, query: IncidentQuery | None = None) -> int:
        """How many incidents `query` finds (counted in the database; nothing is built)."""
        with self._session() as session:
            return incident_sql.count(session_sql(session), query or IncidentQuery())

    def count_incidents(self) -> int:
        return self.count_matching()


_CHUNK = 500  # incidents a query asks for at once: within SQLite's limit on parameters


def _details(session: Session, numbers: list[str]) -> dict[str, IncidentDetail]:
    """get_incident for these numbers (those that exist): five queries, one more for each
    few hundred linked messages, and to_exhibit's for each file (entries have few)."""
    rows = {
        r.id: r
        for r in session.execute(select(IncidentRow).where(IncidentRow.number.in_(numbers)))
        .scalars()
        .all()
    }
    ids = list(rows)
    revisions: dict[int, list[Revision]] = {i: [] for i in ids}
    for r in session.execute(
        select(RevisionRow)
        .where(RevisionRow.incident_id.in_(ids))
        .order_by(RevisionRow.incident_id, RevisionRow.revision_no)
    ).scalars():
        revisions[r.incident_id].append(
            Revision(r.revision_no, from_text(r.saved_at), incident_from_dict(json.loads(r.data)))
        )
    addenda: dict[int, list[Addendum]] = {i: [] for i in ids}
    for a in session.execute(
        select(AddendumRow).where(AddendumRow.incident_id.in_(ids)).order_by(AddendumRow.id)
    ).scalars():
        addenda[a.incident_id].append(
            Addendum(rows[a.incident_id].number, from_text(a.written_at), a.text)
        )
    exhibits: dict[int, list[Exhibit]] = {i: [] for i in ids}
    made: dict[int, Exhibit] = {}
    for incident_id, exhibit in session.execute(
        select(IncidentExhibitRow.incident_id, ExhibitRow)
        .join(ExhibitRow, IncidentExhibitRow.exhibit_id == ExhibitRow.id)
        .where(IncidentExhibitRow.incident_id.in_(ids))
        .order_by(ExhibitRow.id)
    ).tuples():
        if exhibit.id not in made:
            made[exhibit.id] = to_exhibit(session, exhibit)
        exhibits[incident_id].append(made[exhibit.id])
    linked = (
        session.execute(
            select(IncidentMessageRow.incident_id, MessageRow)
            .join(MessageRow, IncidentMessageRow.message_id == MessageRow.id)
            .where(IncidentMessageRow.incident_id.in_(ids))
            .order_by(MessageRow.sent_sort, MessageRow.id)
        )
        .tuples()
        .all()
    )
    message_rows = list({m.id: m for _i, m in linked}.values())
    as_messages = {
        m.id: m
        for start in range(0, len(message_rows), _CHUNK)
        for m in to_messages(session, message_rows[start : start + _CHUNK])
    }
    messages: dict[int, list[Message]] = {i: [] for i in ids}
    for incident_id, m in linked:
        messages[incident_id].append(as_messages[m.id])
    details = {}
    for id_, row in rows.items():
        kept = revisions[id_]
        incident = _incident(kept[-1].data, row.number, row.written_at, row.updated_at, len(kept))
        details[row.number] = IncidentDetail(
            incident, tuple(kept), tuple(addenda[id_]), tuple(exhibits[id_]), tuple(messages[id_])
        )
    return details
