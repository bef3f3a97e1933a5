"""Finding a record's row by the reference a person uses (INC-0001, JS1, a name), for every kind."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diary.errors import BadInput, NotFound
from diary.records.models import ExhibitRow, IncidentRow, PersonRow
from diary.records.store import json_list


def incident_row(session: Session, number: str) -> IncidentRow:
    if not number.strip():
        raise BadInput("Please give the incident's number, e.g. INC-0001.")
    row = session.execute(
        select(IncidentRow).where(IncidentRow.number == number.strip().upper())
    ).scalar()
    if row is None:
        raise NotFound(f"There is no incident {number.strip()} in the diary.")
    return row


def exhibit_row(session: Session, ref: str) -> ExhibitRow:
    if not ref.strip():
        raise BadInput("Please give the exhibit's reference, e.g. JS1.")
    row = session.execute(
        select(ExhibitRow).where(func.upper(ExhibitRow.ref) == ref.strip().upper())
    ).scalar()
    if row is None:
        raise NotFound(f"There is no exhibit {ref.strip()} in the diary.")
    return row


def person_row_named(session: Session, name: str) -> PersonRow | None:
    """The person with this name or alias, whatever its case."""
    wanted = name.strip().lower()
    for row in session.execute(select(PersonRow)).scalars():
        if row.name.lower() == wanted or wanted in (a.lower() for a in json_list(row.aliases)):
            return row
    return None
