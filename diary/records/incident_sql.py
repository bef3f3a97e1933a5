"""Incidents in plain SQL: the checks on a new incident, its one insert, and the one query behind
every listing and count, written once and run over any `rules.Sql`.

The records layer (incidents.py) runs them inside its session; `daybook add` and `daybook list`
run them over the vault's plain connection (diary/records/quick.py), so those commands never load
SQLAlchemy. People named in an incident and the order conditions it breaks are linked by the
records layer after this insert, in the same transaction (they need the people and orders
records); `links_records` says when an incident needs that. Nothing here may import SQLAlchemy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from diary.behaviours import normalise_code
from diary.errors import BadInput
from diary.records import rules
from diary.records.codec import canonical_json, content_hash, incident_to_dict, searchable_text
from diary.records.court_types import condition_ref, parse_condition_ref
from diary.records.rules import INDEX_KINDS, Sql, fts_query, json_list
from diary.records.types import PRECISIONS, IncidentInput, IncidentSummary
from diary.timeutil import check_reasonable, from_text, localise, now, sort_key, to_text

SUMMARY_WORDS = 40


def normalise_breaches(refs: list[str]) -> list[str]:
    """Condition references as written ("ord-1 / 2") in their one form ("ORD-1/2"), once each."""
    out: list[str] = []
    for ref in refs:
        parsed = parse_condition_ref(ref)
        if parsed is None:
            raise BadInput(f"'{ref}' is not a condition reference; they look like ORD-1/2.")
        text = condition_ref(*parsed)
        if text not in out:
            out.append(text)
    return out


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


def brief(text_: str) -> str:
    words = text_.split()
    if len(words) <= SUMMARY_WORDS:
        return " ".join(words)
    return " ".join(words[:SUMMARY_WORDS]) + "…"


def listed_columns(data: IncidentInput) -> dict[str, Any]:
    """The incident row's columns that come from what was written (set on every save)."""
    return {
        "occurred_start": to_text(data.occurred_start),
        "occurred_sort": sort_key(data.occurred_start),
        "occurred_end": to_text(data.occurred_end) if data.occurred_end else None,
        "precision": data.precision,
        "written_later": data.written_later,
        "location": data.location,
        "channel": data.channel,
        "summary": brief(data.description),
        "behaviours": " ".join(data.behaviours),
    }


def links_records(data: IncidentInput) -> bool:
    """Whether the incident names people or breaks order conditions: those are linked by the
    records layer (incidents.py) after `insert_incident`, in the same transaction."""
    return bool(data.perpetrators or data.witnesses or data.breaches)


def insert_incident(sql: Sql, data: IncidentInput) -> tuple[int, str]:
    """A new incident (already validated) with the next number, its first revision, its
    full-text row and its history entry; returns its row id and number.

    Its people column starts as an empty list; the records layer fills it when it links the
    people named (see `links_records`).
    """
    seq = rules.next_value(sql, "incident")
    stamp = to_text(now())
    number = f"INC-{seq:04d}"
    row = {
        "number": number,
        "written_at": stamp,
        "updated_at": stamp,
        **listed_columns(data),
        "people": json.dumps([]),
        "exhibit_count": 0,
        "revision_count": 1,
    }
    names = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    row_id = int(sql.execute(f"INSERT INTO incidents ({names}) VALUES ({values})", row).lastrowid)
    snapshot = incident_to_dict(data)
    sql.execute(
        "INSERT INTO incident_revisions (incident_id, revision_no, saved_at, data)"
        " VALUES (:incident_id, 1, :saved_at, :data)",
        {"incident_id": row_id, "saved_at": stamp, "data": canonical_json(snapshot)},
    )
    rules.index(sql, "incident", row_id, number, searchable_text(data))
    rules.append(sql, "created", number, revision=1, content=content_hash(snapshot))
    return row_id, number


# -- listings -----------------------------------------------------------------------------------

SUMMARY_COLUMNS = (
    "number",
    "occurred_start",
    "occurred_end",
    "precision",
    "written_at",
    "location",
    "channel",
    "summary",
    "behaviours",
    "people",
    "exhibit_count",
    "revision_count",
)

# Who did it, as a JSON list: the summary's `people` also names witnesses, and the timeline
# shows only who did it. One look-up per row on incident_people's key.
WHO_DID_IT = (
    "(SELECT json_group_array(people.name) FROM incident_people"
    " JOIN people ON people.id = incident_people.person_id"
    " WHERE incident_people.incident_id = incidents.id"
    " AND incident_people.role = 'perpetrator')"
)

# The orders a listing can be sorted in; the incident's id breaks ties, so paging is stable.
SORTS: dict[str, str] = {
    "when": "incidents.occurred_sort",
    "where": "lower(coalesce(nullif(incidents.location, ''), incidents.channel))",
    "what": "lower(incidents.summary)",
    "behaviours": "incidents.behaviours",
    "who": f"lower({WHO_DID_IT})",  # as the timeline's "Who" shows: who did it
    "files": "incidents.exhibit_count",
}


@dataclass(frozen=True)
class IncidentQuery:
    """What a listing of incidents asks for; None (or blank words) means anything."""

    search: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    behaviour: str | None = None
    person: str | None = None


def _index_ids(kind: str, name: str) -> str:
    """The ids of records of `kind` the full-text query `:name` finds, as a subquery.

    The kind is encoded in the rowid (see rules.index): filtering on it there spares FTS5
    reading every match's stored columns, which is what a `kind` filter costs.
    """
    kinds = len(INDEX_KINDS)
    return (
        f"SELECT rowid / {kinds} FROM search_index WHERE search_index MATCH :{name}"
        f" AND rowid % {kinds} = {INDEX_KINDS.index(kind)}"
    )


def _where(query: IncidentQuery, *, in_order: bool) -> tuple[str, dict[str, Any]] | None:
    """The WHERE clause for `query` and its parameters, or None when its words can find nothing.

    `in_order` is for a page in the listing's order: the database then walks the incidents in
    that order and stops at the page's end, testing each against the words' matches, instead
    of fetching every match to sort them (thousands for a common word). Writing the id as
    `id + 0` is what tells SQLite not to start from the matches.
    """
    conditions: list[str] = []
    params: dict[str, Any] = {}
    if query.search and query.search.strip():
        words = fts_query(query.search)
        if words is None:
            return None
        incident_id = "incidents.id + 0" if in_order else "incidents.id"
        # Its own text, a note added later, or a person it names (by their details).
        conditions.append(
            f"({incident_id} IN ({_index_ids('incident', 'q_incident')})"
            f" OR {incident_id} IN (SELECT addenda.incident_id FROM addenda"
            f" WHERE addenda.id IN ({_index_ids('addendum', 'q_addendum')}))"
            f" OR {incident_id} IN (SELECT incident_people.incident_id FROM incident_people"
            f" WHERE incident_people.person_id IN ({_index_ids('person', 'q_person')})))"
        )
        params.update(q_incident=words, q_addendum=words, q_person=words)
    if query.date_from is not None:
        conditions.append("incidents.occurred_sort >= :date_from")
        params["date_from"] = sort_key(query.date_from)
    if query.date_to is not None:
        conditions.append("incidents.occurred_sort <= :date_to")
        params["date_to"] = sort_key(query.date_to)
    if query.behaviour:
        code = normalise_code(query.behaviour) or query.behaviour
        conditions.append(
            "((' ' || incidents.behaviours || ' ') LIKE :behaviour"
            " OR (' ' || incidents.behaviours || ' ') LIKE :behaviour_sub)"
        )
        params.update(behaviour=f"% {code} %", behaviour_sub=f"% {code}.%")
    if query.person:
        conditions.append(
            "incidents.id IN (SELECT incident_people.incident_id FROM incident_people"
            " JOIN people ON people.id = incident_people.person_id"
            " WHERE lower(people.name) = :person)"
        )
        params["person"] = query.person.strip().lower()
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def page_statement(
    query: IncidentQuery,
    *,
    sort: str = "when",
    newest_first: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """The statement for one page of a listing (see `summary` for its rows), or None when the
    query's words can find nothing. `limit` None is the whole listing."""
    where = _where(query, in_order=limit is not None)
    if where is None:
        return None
    clause, params = where
    key = SORTS[sort]
    order = f"{key} DESC, incidents.id DESC" if newest_first else f"{key}, incidents.id"
    columns = ", ".join([*(f"incidents.{c}" for c in SUMMARY_COLUMNS), WHO_DID_IT])
    statement = f"SELECT {columns} FROM incidents{clause} ORDER BY {order}"
    if limit is not None:
        statement += " LIMIT :limit"
        params["limit"] = limit
    if offset:
        statement += " OFFSET :offset" if limit is not None else " LIMIT -1 OFFSET :offset"
        params["offset"] = offset
    return statement, params


def count_statement(query: IncidentQuery) -> tuple[str, dict[str, Any]] | None:
    """The statement counting what `query` finds, or None when its words can find nothing."""
    where = _where(query, in_order=False)
    if where is None:
        return None
    clause, params = where
    return f"SELECT count(incidents.id) FROM incidents{clause}", params


def summary(row: Any) -> IncidentSummary:
    """A row of `page_statement` as the light record a listing shows."""
    (
        number,
        occurred_start,
        occurred_end,
        precision,
        written_at,
        location,
        channel,
        summary_,
        behaviours,
        people_json,
        exhibit_count,
        revision_count,
        did_it_json,
    ) = row
    people = tuple(json_list(people_json))
    did_it = json_list(did_it_json)
    # In the order the entry names them; a name changed since comes last.
    perpetrators = tuple(n for n in people if n in did_it) + tuple(
        n for n in did_it if n not in people
    )
    return IncidentSummary(
        number=number,
        occurred_start=from_text(occurred_start),
        occurred_end=from_text(occurred_end) if occurred_end else None,
        precision=precision,
        written_at=from_text(written_at),
        location=location,
        channel=channel,
        summary=summary_,
        behaviours=tuple(behaviours.split()),
        people=people,
        exhibit_count=exhibit_count,
        revision_count=revision_count,
        perpetrators=perpetrators,
    )


def page(sql: Sql, query: IncidentQuery, **how: Any) -> list[IncidentSummary]:
    """One page of a listing (see `page_statement` for `how`)."""
    statement = page_statement(query, **how)
    if statement is None:
        return []
    return [summary(row) for row in sql.execute(*statement).fetchall()]


def count(sql: Sql, query: IncidentQuery) -> int:
    """How many incidents `query` finds (counted in the database; nothing is built)."""
    statement = count_statement(query)
    if statement is None:
        return 0
    return int(sql.execute(*statement).fetchone()[0])
