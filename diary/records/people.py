"""People: the person doing it, witnesses and others, with the numbers and accounts they use.

Beside each fact (a number, an address, a vehicle…) the person can say how they know it: "I know
this" or "told by" someone; a fact with no source is "not said". Known addresses, the photo and
the sources live in person_facts, one row a person.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diary.errors import BadInput, NotFound
from diary.records import audit
from diary.records.codec import content_hash
from diary.records.court_types import PERSON_FACT_KINDS, FactSource, fact_key
from diary.records.models import ExhibitRow, PersonFactsRow, PersonRow
from diary.records.rows import exhibit_row, person_row_named
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


_NORMALISE: dict[str, Callable[[str], str]] = {
    "phones": normalise_phone,
    "emails": lambda e: e.strip().lower(),
    # Vehicles and handles are kept as typed: nothing the person saved is changed.
}


def _values(kind: str, values: list[str]) -> list[str]:
    normalise = _NORMALISE.get(kind, str.strip)
    return list(dict.fromkeys(normalise(v) for v in values if v.strip()))


def fill_row(data: PersonInput, row: PersonRow) -> None:
    if not data.name.strip():
        raise BadInput("A person needs a name (a nickname or description is fine).")
    row.name = data.name.strip()
    row.aliases = json.dumps(_values("aliases", data.aliases))
    row.relationship = data.relationship
    row.role = data.role
    row.phones = json.dumps(_values("phones", data.phones))
    row.emails = json.dumps(_values("emails", data.emails))
    row.handles = json.dumps(_values("handles", data.handles))
    row.vehicles = json.dumps(_values("vehicles", data.vehicles))
    row.description = data.description


def _sources(data: PersonInput) -> dict[str, dict[str, str]]:
    """Each given source under the key of the fact as it is stored (numbers normalised), only
    for facts the person still has."""
    kept: dict[str, dict[str, str]] = {}
    for key, source in data.sources.items():
        kind, _sep, value = key.partition(":")
        if kind not in PERSON_FACT_KINDS:
            raise BadInput(f"'{kind}' is not a kind of fact about a person Daybook knows.")
        stored = _values(kind, [value])[0] if value.strip() else ""
        present = (
            stored in _values(kind, getattr(data, kind))
            if kind in ("aliases", "phones", "emails", "handles", "vehicles", "addresses")
            else True
        )
        if present:
            kept[fact_key(kind, stored)] = {"told_by": source.told_by.strip()}
    return kept


def fill_facts(session: Session, data: PersonInput, row: PersonRow) -> None:
    facts = session.get(PersonFactsRow, row.id)
    if facts is None:
        facts = PersonFactsRow(person_id=row.id, updated_at=to_text(now()))
        session.add(facts)
    facts.addresses = json.dumps(_values("addresses", data.addresses))
    facts.photo_exhibit_id = exhibit_row(session, data.photo).id if data.photo else None
    facts.sources = json.dumps(_sources(data), sort_keys=True)
    facts.updated_at = to_text(now())


def to_person(
    row: PersonRow, facts: PersonFactsRow | None = None, photo: str | None = None
) -> Person:
    raw_sources = json.loads(facts.sources) if facts else {}
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
        addresses=json_list(facts.addresses) if facts else [],
        photo=photo,
        sources={k: FactSource(str(v.get("told_by", ""))) for k, v in raw_sources.items()},
    )


def load_person(session: Session, row: PersonRow) -> Person:
    facts = session.get(PersonFactsRow, row.id)
    photo = None
    if facts is not None and facts.photo_exhibit_id is not None:
        exhibit = session.get(ExhibitRow, facts.photo_exhibit_id)
        photo = exhibit.ref if exhibit else None
    return to_person(row, facts, photo)


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


def _facts_text(session: Session, row: PersonRow) -> str:
    facts = session.get(PersonFactsRow, row.id)
    return "\n".join(json_list(facts.addresses)) if facts else ""


def reindex(session: Session, row: PersonRow) -> None:
    index(
        session, "person", row.id, str(row.id), index_text(row) + "\n" + _facts_text(session, row)
    )


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
            fill_facts(session, data, row)
            session.flush()
            reindex(session, row)
            person = load_person(session, row)
            audit.append(session, "person", f"person {row.id}", content=_person_hash(person))
            return person

        return self._write(work)

    def edit_person(self, name: str, data: PersonInput) -> Person:
        """Change what is known about a person; the diary's history records the change."""

        def work(session: Session) -> Person:
            row = person_row_named(session, name)
            if row is None:
                raise NotFound(f"There is no one called {name.strip()} in the diary.")
            other = person_row_named(session, data.name)
            if other is not None and other.id != row.id:
                raise BadInput(f"Someone called {data.name.strip()} is already in the diary.")
            fill_row(data, row)
            fill_facts(session, data, row)
            session.flush()
            reindex(session, row)
            person = load_person(session, row)
            audit.append(
                session, "person revised", f"person {row.id}", content=_person_hash(person)
            )
            return person

        return self._write(work)

    def list_people(self) -> list[Person]:
        with self._session() as session:
            rows = session.execute(select(PersonRow).order_by(func.lower(PersonRow.name))).scalars()
            return [load_person(session, r) for r in rows]

    def find_person(self, name: str) -> Person | None:
        with self._session() as session:
            row = person_row_named(session, name)
            return load_person(session, row) if row else None

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
                    return load_person(session, row)
        return None


def _person_hash(person: Person) -> str:
    from dataclasses import asdict

    return content_hash(asdict(person))
