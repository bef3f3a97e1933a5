"""The person's own safety plan, in guided sections, and local services they or their advocate
added: kept inside the vault, never in the audit chain (they are not evidence), and exported
only into the full pack for the advocate, never a court copy (`SafetyPlan` is what a pack
renders). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from diary.errors import BadInput, NotFound
from diary.records.models import LocalServiceRow, SafetyPlanRow
from diary.records.store import RecordStore
from diary.timeutil import from_text, now, to_text


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    prompt: str


# The sections stalking advocates work through with the person; the app shows them in order.
SECTIONS: list[Section] = [
    Section(
        "contacts",
        "Safe contacts and code words",
        "Who you can call at any hour, and a word or phrase that tells them you need help "
        "without saying so.",
    ),
    Section(
        "places",
        "Safe places",
        "Places you can go if you feel unsafe: a friend's home, a shop or station with staff, "
        "a police station.",
    ),
    Section(
        "routines",
        "Routes and routines to vary",
        "Journeys and habits they know about (the school run, the gym, your way to work) and "
        "how you could change them.",
    ),
    Section(
        "ready",
        "What to keep ready",
        "Phone charged, money, keys, medicines, documents, a bag you could take at once, and "
        "where they are.",
    ),
    Section(
        "work",
        "Who at work or school knows",
        "Who there knows what is happening, what they have agreed to do (screen calls, walk you "
        "to your car), and who to tell if something changes.",
    ),
    Section(
        "advocate",
        "Your advocate's details",
        "Your advocate or support worker: name, service, number, when to reach them, and any "
        "police officer or reference number.",
    ),
    Section(
        "turns_up",
        "If he turns up",
        "What you will do if he turns up at home, at work or somewhere else: where to go, who "
        "to call, what to say.",
    ),
]
SECTION_KEYS = {s.key for s in SECTIONS}


@dataclass(frozen=True)
class PlanSection:
    key: str
    title: str
    text: str
    updated_at: object | None  # a datetime, or None when never written


@dataclass(frozen=True)
class LocalService:
    id: int
    name: str
    number: str
    hours: str
    notes: str


@dataclass(frozen=True)
class SafetyPlan:
    """The plan as a pack renders it: every section in order (empty ones included, so a reader
    can see what was not filled in) and the local services."""

    sections: list[PlanSection] = field(default_factory=list)
    services: list[LocalService] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.services and not any(s.text.strip() for s in self.sections)


class SafetyRecords(RecordStore):
    """The safety plan and local services of an unlocked vault (part of `Diary`)."""

    def safety_plan(self) -> SafetyPlan:
        with self._session() as session:
            rows = {r.section: r for r in session.scalars(select(SafetyPlanRow))}
            sections = [
                PlanSection(
                    s.key,
                    s.title,
                    rows[s.key].text if s.key in rows else "",
                    from_text(rows[s.key].updated_at) if s.key in rows else None,
                )
                for s in SECTIONS
            ]
        return SafetyPlan(sections, self.local_services())

    def save_safety_section(self, key: str, text: str) -> bool:
        """Keep one section's text; True when it changed (an unchanged section is not touched,
        so its time still says when it was last really written)."""
        if key not in SECTION_KEYS:
            raise BadInput(f"There is no section called {key!r} in the safety plan.")
        with self._session() as session, session.begin():
            row = session.get(SafetyPlanRow, key)
            if row is not None and row.text == text:
                return False
            if row is None:
                session.add(SafetyPlanRow(section=key, text=text, updated_at=to_text(now())))
            else:
                row.text = text
                row.updated_at = to_text(now())
        return True

    def local_services(self) -> list[LocalService]:
        with self._session() as session:
            rows = session.scalars(select(LocalServiceRow).order_by(LocalServiceRow.id))
            return [LocalService(r.id, r.name, r.number, r.hours, r.notes) for r in rows]

    def add_local_service(
        self, name: str, number: str, hours: str = "", notes: str = ""
    ) -> LocalService:
        name, number = name.strip(), number.strip()
        if not name or not number:
            raise BadInput("Please give the service's name and its phone number.")
        with self._session() as session, session.begin():
            row = LocalServiceRow(
                name=name,
                number=number,
                hours=hours.strip(),
                notes=notes.strip(),
                added_at=to_text(now()),
            )
            session.add(row)
            session.flush()
            return LocalService(row.id, row.name, row.number, row.hours, row.notes)

    def remove_local_service(self, service_id: int) -> None:
        with self._session() as session, session.begin():
            row = session.get(LocalServiceRow, service_id)
            if row is None:
                raise NotFound()
            session.delete(row)
