"""Messages, calls and emails, typed in or imported, each linked to its source file and its sender."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from diary.errors import BadInput, NotFound
from diary.records import audit
from diary.records.codec import content_hash
from diary.records.models import (
    ExhibitRow,
    IncidentMessageRow,
    IncidentRow,
    MessageRow,
    PersonRow,
)
from diary.records.people import identifier_lookup
from diary.records.rows import exhibit_row, incident_row, person_row_named
from diary.records.store import INDEX_KINDS, RecordStore, fts_query, index_rowid, json_list
from diary.records.types import Message, MessageInput
from diary.timeutil import from_text, sort_key, to_text

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
INSERT_CHUNK = 5000
# Above this many matches, a page of search results is found by walking the messages in order.
FEW_MATCHES = 2000


def message_key(data: MessageInput) -> str:
    """What makes a message the same message when a file is imported twice."""
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


def insert_messages(
    session: Session,
    messages: Iterable[MessageInput],
    *,
    person: str | None = None,
    audit_subject: str = "",
    audit_detail: dict[str, Any] | None = None,
) -> tuple[int, int]:
    """Store messages not already there inside the caller's transaction; returns (added, already)."""
    fallback = person_row_named(session, person) if person else None
    lookup = identifier_lookup(session)
    exhibit_ids: dict[str, int] = {}
    existing = set(session.execute(select(MessageRow.dedupe_key)).scalars())
    next_id = (session.execute(select(func.max(MessageRow.id))).scalar() or 0) + 1
    connection = session.connection()
    rows: list[tuple[Any, ...]] = []
    index_rows: list[tuple[int, str, str]] = []
    added = already = 0

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
        key = message_key(data)
        if key in existing:
            already += 1
            continue
        existing.add(key)
        source_id = None
        if data.source_ref:
            if data.source_ref not in exhibit_ids:
                exhibit_ids[data.source_ref] = exhibit_row(session, data.source_ref).id
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
            (index_rowid("message", next_id), str(next_id), f"{data.sender}\n{data.body}")
        )
        next_id += 1
        added += 1
        if len(rows) >= INSERT_CHUNK:
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


def to_messages(session: Session, rows: Sequence[MessageRow]) -> list[Message]:
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
            recipients=json_list(row.recipients),
            sent_at=from_text(row.sent_at) if row.sent_at else None,
            offset_known=bool(row.offset_known),
            body=row.body,
            attachments=json_list(row.attachments),
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


_PAGE = 2000  # messages read at a time when a caller wants many


class MessageRecords(RecordStore):
    """Messages, calls and emails."""

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
        return self._write(
            lambda session: insert_messages(
                session,
                messages,
                person=person,
                audit_subject=audit_subject,
                audit_detail=audit_detail,
            )
        )

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
                # For a page of a common word's matches, walk the messages in time order and
                # stop at the page's end (`id + 0` keeps SQLite from starting at the matches,
                # which would fetch and sort all of them); for a rare word, start from its few
                # matches. Counting them first costs under a millisecond.
                many = limit is not None and (
                    session.execute(
                        select(func.count()).select_from(matches.columns().subquery())
                    ).scalar_one()
                    > FEW_MATCHES
                )
                message_id = MessageRow.id + 0 if many else MessageRow.id
                stmt = stmt.where(message_id.in_(matches))
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
            return to_messages(session, list(session.execute(stmt).scalars()))

    def count_messages(self) -> int:
        with self._session() as session:
            return int(session.execute(select(func.count(MessageRow.id))).scalar_one())

    def unlinked_messages_from(self, names: Iterable[str]) -> list[Message]:
        """The messages from these people (by name, as `list_messages(person=)` finds them) that
        no incident links to, in the order list_messages gives them (time, then id).

        Read a page at a time, only the unlinked ones: all of a person's messages at once took
        one query with an IN list of 100,000 ids, in a call that kept Python's interpreter
        lock for a tenth of a second (the window waits for that lock)."""
        wanted = sorted({n.strip().lower() for n in names if n.strip()})
        if not wanted:
            return []
        found: list[Message] = []
        with self._session() as session:
            linked = select(IncidentMessageRow.message_id)
            stmt = (
                select(MessageRow)
                .join(PersonRow, PersonRow.id == MessageRow.person_id)
                .where(func.lower(PersonRow.name).in_(wanted), MessageRow.id.not_in(linked))
                .order_by(MessageRow.sent_sort, MessageRow.id)
                .limit(_PAGE)
            )
            after: tuple[str, int] | None = None
            while True:
                page_stmt = stmt
                if after is not None:
                    sent, last_id = after
                    page_stmt = stmt.where(
                        or_(
                            MessageRow.sent_sort > sent,
                            and_(MessageRow.sent_sort == sent, MessageRow.id > last_id),
                        )
                    )
                rows = list(session.execute(page_stmt).scalars())
                found += to_messages(session, rows)
                if len(rows) < _PAGE:
                    return found
                after = (rows[-1].sent_sort, rows[-1].id)
                session.expunge_all()  # what is read is copied out; let the rows go

    def unlinked_message_times(self) -> list[tuple[int, datetime | None]]:
        """Every message no incident links to, as its id and time (None when not known): only
        what a pack needs to say how many it leaves out and from when, without the bodies."""
        with self._session() as session:
            linked = select(IncidentMessageRow.message_id)
            rows = session.execute(
                select(MessageRow.id, MessageRow.sent_at).where(MessageRow.id.not_in(linked))
            ).all()
        return [(int(i), from_text(t) if t else None) for i, t in rows]

    def link_messages(self, number: str, message_ids: Iterable[int]) -> None:
        def work(session: Session) -> None:
            incident = incident_row(session, number)
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
