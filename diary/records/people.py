"""People: the person doing it, witnesses and others, with the numbers and accounts they use."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit
from diary.records.models import PersonRow
from diary.records.rows import person_row_named
from diary.records.store import RecordStore, index, json_list
from diary.records.types import Person, PersonInput
from diary.timeutil import now, to_text

DEFAULT_REGION = "GB"


def normalise_phone(number: str, region: str = DEFAULT_REGION) -> str:
    """E.164 for a number phonenumbers can read, else the number as typed, trimmed."""
    import phonenumbers  # a tenth of a second to load: only when a number is read

    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number.strip()
    if not phonenumbers.is_possible_number(parsed):
        return number.strip()
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def fill_row(data: PersonInput, row: PersonRow) -> None:
    if not data.name.strip():
        raise BadInput("A person needs a name (a nickname or description is fine).")
    row.name = data.name.strip()
    row.aliases = json.dumps(data.aliases)
    row.relationship = data.relationship
    row.role = data.role
    row.phones = json.dumps([normalise_phone(p) for p in data.phones if p.strip()])
    row.emails = json.dumps([e.strip().lower() for e in data.emails if e.strip()])
    row.handles = json.dumps(data.handles)
    # Kept as typed: nothing the person saved is changed (matching ignores case and spaces).
    row.vehicles = json.dumps([v.strip() for v in data.vehicles if v.strip()])
    row.description = data.description


def to_person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        aliases=json_list(row.aliases),
        relationship=row.relationship,
        role=row.role,
        phones=json_list(row.phones),
        emails=json_list(row.emails),
        handles=json_list(row.handles),
        vehicles=json_list(row.vehicles),
        description=row.description,
    )


def index_text(row: PersonRow) -> str:
    return "\n".join(
        [
            row.name,
            row.relationship,
            row.description,
            *json_list(row.aliases),
            *json_list(row.phones),
            *json_list(row.emails),
            *json_list(row.handles),
            *json_list(row.vehicles),
        ]
    )


def reindex(session: Session, row: PersonRow) -> None:
    index(session, "person", row.id, str(row.id), index_text(row))


def new_person_row(session: Session, name: str, role: str) -> PersonRow:
    """A person first named in an incident or an import, with nothing known but the name."""
    row = PersonRow(created_at=to_text(now()))
    fill_row(PersonInput(name=name, role=role), row)
    session.add(row)
    session.flush()
    return row


def identifier_lookup(session: Session) -> dict[str, int]:
    """Every name, alias, number, email and handle, lower case, to the person it belongs to."""
    lookup: dict[str, int] = {}
    for row in session.execute(select(PersonRow)).scalars():
        for value in [
            row.name,
            *json_list(row.aliases),
            *json_list(row.phones),
            *json_list(row.emails),
            *json_list(row.handles),
        ]:
            lookup.setdefault(str(value).strip().lower(), row.id)
    return lookup


class PeopleRecords(RecordStore):
    """The people in the diary."""

    def add_person(self, data: PersonInput) -> Person:
        def work(session: Session) -> Person:
            row = PersonRow(created_at=to_text(now()))
            fill_row(data, row)
            session.add(row)
            session.flush()
            reindex(session, row)
            audit.append(session, "person", f"person {row.id}")
            return to_person(row)

        return self._write(work)

    def list_people(self) -> list[Person]:
        with self._session() as session:
            rows = session.execute(select(PersonRow).order_by(func.lower(PersonRow.name))).scalars()
            return [to_person(r) for r in rows]

    def find_person(self, name: str) -> Person | None:
        with self._session() as session:
            row = person_row_named(session, name)
            return to_person(row) if row else None

    def person_for_identifier(self, identifier: str) -> Person | None:
        """The person with this phone number, email or handle, if any."""
        wanted = {identifier.strip().lower(), normalise_phone(identifier)}
        with self._session() as session:
            for row in session.execute(select(PersonRow)).scalars():
                known = {
                    *json_list(row.phones),
                    *json_list(row.emails),
                    *(h.lower() for h in json_list(row.handles)),
                }
                if known & wanted:
                    return to_person(row)
        return None
