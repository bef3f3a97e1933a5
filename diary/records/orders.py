"""Orders: court orders and bail conditions (and the ones asked for), their numbered conditions,
the incidents that show why a condition is needed, and the incidents that broke one.

An order is ORD-1, its conditions ORD-1/1, ORD-1/2…; neither number is ever reused. Every save
of an order keeps a revision. A breach is part of the incident (its `breaches` field, kept in
the incident's revisions); `link_breaches` mirrors the latest revision into incident_breaches so
a breach schedule is one query.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diary.errors import BadInput, NotFound
from diary.records import audit
from diary.records.codec import canonical_json, content_hash
from diary.records.court_types import (
    CONDITION_KINDS,
    ORDER_KINDS,
    ORDER_REF,
    ORDER_STATUSES,
    Breach,
    Condition,
    ConditionChoice,
    ConditionInput,
    Order,
    OrderInput,
    condition_ref,
    order_kind_label,
    parse_condition_ref,
)
from diary.records.models import (
    BreachRow,
    ConditionReasonRow,
    ConditionRow,
    ExhibitRow,
    IncidentExhibitRow,
    IncidentRow,
    OrderRevisionRow,
    OrderRow,
    PersonRow,
    RevisionRow,
)
from diary.records.people import new_person_row
from diary.records.rows import exhibit_row, incident_row, person_row_named
from diary.records.store import RecordStore, index, next_value
from diary.timeutil import from_text, now, to_text

# -- reading and writing days --------------------------------------------------------------------


def day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def day_from(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def order_number(ref: str) -> int:
    match = ORDER_REF.match(ref)
    if match is None:
        raise BadInput(f"'{ref}' is not an order reference; they look like ORD-1.")
    return int(match.group(1))


def order_to_dict(data: OrderInput) -> dict[str, Any]:
    raw = asdict(data)
    for name in ("made", "served", "expires", "ended"):
        raw[name] = day_text(getattr(data, name))
    return raw


def order_from_dict(raw: dict[str, Any]) -> OrderInput:
    fields = dict(raw)
    for name in ("made", "served", "expires", "ended"):
        fields[name] = day_from(raw.get(name))
    fields["conditions"] = [ConditionInput(**c) for c in raw.get("conditions", [])]
    known = OrderInput.__dataclass_fields__
    return OrderInput(**{k: v for k, v in fields.items() if k in known})


# -- checks --------------------------------------------------------------------------------------


def validate_order(data: OrderInput) -> OrderInput:
    if data.kind not in ORDER_KINDS:
        raise BadInput(
            f"'{data.kind}' is not a kind of order Daybook knows; use one of "
            + ", ".join(ORDER_KINDS)
            + "."
        )
    if data.status not in ORDER_STATUSES:
        raise BadInput("An order's status is asked-for, in-force or ended.")
    if data.status != "asked-for" and data.made is None and data.served is None:
        raise BadInput("An order that was made needs the date it was made (or served).")
    # The day it was made, served or ended has happened; only the day it ends may lie ahead.
    tomorrow = (now() + timedelta(days=1)).date()
    for name, label in (("made", "was made"), ("served", "was served"), ("ended", "ended")):
        value = getattr(data, name)
        if value is not None and value > tomorrow:
            raise BadInput(f"The date it {label} is in the future. Please check the date.")
    start = data.made or data.served
    for name, label in (("served", "served"), ("expires", "ends"), ("ended", "ended")):
        value = getattr(data, name)
        if value is not None and start is not None and value < start:
            raise BadInput(f"The date it {label} is before the date it was made. Please check.")
    if data.status == "ended" and data.ended is None:
        raise BadInput("An order that has ended needs the date it ended.")
    conditions: list[ConditionInput] = []
    for condition in data.conditions:
        text = condition.text.strip()
        if not text:
            raise BadInput("A condition needs its words (as the order puts them).")
        if condition.kind not in CONDITION_KINDS:
            raise BadInput("A condition is a prohibition or a requirement (or not said).")
        reasons = list(dict.fromkeys(r.strip().upper() for r in condition.reasons if r.strip()))
        conditions.append(ConditionInput(text, condition.kind, reasons))
    data.conditions = conditions
    data.court = data.court.strip()
    data.reference = data.reference.strip()
    data.against = data.against.strip()
    return data


# -- rows to records -----------------------------------------------------------------------------


def order_row(session: Session, ref: str) -> OrderRow:
    number = order_number(ref)
    row = session.execute(select(OrderRow).where(OrderRow.number == number)).scalar()
    if row is None:
        raise NotFound(f"There is no order ORD-{number} in the diary.")
    return row


def condition_row(session: Session, ref: str) -> tuple[OrderRow, ConditionRow]:
    parsed = parse_condition_ref(ref)
    if parsed is None:
        raise BadInput(f"'{ref}' is not a condition reference; they look like ORD-1/2.")
    order = session.execute(select(OrderRow).where(OrderRow.number == parsed[0])).scalar()
    condition = (
        session.execute(
            select(ConditionRow).where(
                ConditionRow.order_id == order.id, ConditionRow.number == parsed[1]
            )
        ).scalar()
        if order
        else None
    )
    if order is None or condition is None:
        raise NotFound(f"There is no condition {ref.strip().upper()} in the diary.")
    return order, condition


def _latest_data(session: Session, incident_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    ids = list(incident_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(RevisionRow.incident_id, RevisionRow.data)
        .join(IncidentRow, IncidentRow.id == RevisionRow.incident_id)
        .where(
            RevisionRow.incident_id.in_(ids),
            RevisionRow.revision_no == IncidentRow.revision_count,
        )
    )
    return {incident_id: json.loads(data) for incident_id, data in rows}


def _exhibit_refs(session: Session, incident_ids: Iterable[int]) -> dict[int, list[str]]:
    refs: dict[int, list[str]] = defaultdict(list)
    ids = list(incident_ids)
    if ids:
        for incident_id, ref in session.execute(
            select(IncidentExhibitRow.incident_id, ExhibitRow.ref)
            .join(ExhibitRow, ExhibitRow.id == IncidentExhibitRow.exhibit_id)
            .where(IncidentExhibitRow.incident_id.in_(ids))
            .order_by(ExhibitRow.id)
        ):
            refs[incident_id].append(ref)
    return refs


def report_references(data: dict[str, Any]) -> tuple[str, ...]:
    """The references of every report made about an incident: "Police CAD 1234"."""
    return tuple(
        " ".join(p for p in (str(r.get("agency", "")), str(r.get("reference", ""))) if p)
        for r in data.get("reports", [])
        if r.get("reference")
    )


def _breaches(session: Session, condition_ids: list[int]) -> dict[int, list[Breach]]:
    links = session.execute(
        select(BreachRow.condition_id, IncidentRow)
        .join(IncidentRow, IncidentRow.id == BreachRow.incident_id)
        .where(BreachRow.condition_id.in_(condition_ids))
        .order_by(IncidentRow.occurred_sort, IncidentRow.id)
    ).all()
    incident_ids = {incident.id for _c, incident in links}
    latest = _latest_data(session, incident_ids)
    exhibits = _exhibit_refs(session, incident_ids)
    out: dict[int, list[Breach]] = defaultdict(list)
    for condition_id, incident in links:
        out[condition_id].append(
            Breach(
                incident=incident.number,
                occurred_start=from_text(incident.occurred_start),
                precision=incident.precision,
                summary=incident.summary,
                exhibits=tuple(exhibits.get(incident.id, [])),
                police_references=report_references(latest.get(incident.id, {})),
            )
        )
    return out


def _reasons(session: Session, condition_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for condition_id, number in session.execute(
        select(ConditionReasonRow.condition_id, IncidentRow.number)
        .join(IncidentRow, IncidentRow.id == ConditionReasonRow.incident_id)
        .where(ConditionReasonRow.condition_id.in_(condition_ids))
        .order_by(IncidentRow.occurred_sort, IncidentRow.id)
    ):
        out[condition_id].append(number)
    return out


def to_orders(session: Session, rows: list[OrderRow], *, breaches: bool = True) -> list[Order]:
    """The orders of `rows`; without `breaches` their conditions list no breaches, which is
    all an entry's tick list of conditions needs (reading every breach took 0.2 s at 10,000
    entries, each time the editor's day changed)."""
    if not rows:
        return []
    conditions: dict[int, list[ConditionRow]] = defaultdict(list)
    for condition in session.execute(
        select(ConditionRow)
        .where(ConditionRow.order_id.in_([r.id for r in rows]))
        .order_by(ConditionRow.number)
    ).scalars():
        conditions[condition.order_id].append(condition)
    condition_ids = [c.id for items in conditions.values() for c in items]
    broken = _breaches(session, condition_ids) if breaches else {}
    reasons = _reasons(session, condition_ids)
    orders: list[Order] = []
    for row in rows:
        against = session.get(PersonRow, row.against_id) if row.against_id else None
        copy = session.get(ExhibitRow, row.copy_exhibit_id) if row.copy_exhibit_id else None
        orders.append(
            Order(
                ref=f"ORD-{row.number}",
                number=row.number,
                kind=row.kind,
                status=row.status,
                court=row.court,
                made=day_from(row.made),
                served=day_from(row.served),
                expires=day_from(row.expires),
                ended=day_from(row.ended),
                reference=row.reference,
                against=against.name if against else "",
                conditions=tuple(
                    Condition(
                        ref=condition_ref(row.number, c.number),
                        number=c.number,
                        text=c.text,
                        kind=c.kind,
                        reasons=tuple(reasons.get(c.id, [])),
                        breaches=tuple(broken.get(c.id, [])),
                    )
                    for c in conditions[row.id]
                ),
                copy_exhibit=copy.ref if copy else None,
                notes=row.notes,
                created_at=from_text(row.created_at),
                updated_at=from_text(row.updated_at),
                revision_count=row.revision_count,
            )
        )
    return orders


# -- writing -------------------------------------------------------------------------------------


def _apply(session: Session, row: OrderRow, data: OrderInput) -> None:
    row.kind = data.kind
    row.status = data.status
    row.court = data.court
    row.made = day_text(data.made)
    row.served = day_text(data.served)
    row.expires = day_text(data.expires)
    row.ended = day_text(data.ended)
    row.reference = data.reference
    row.notes = data.notes
    if data.against:
        person = person_row_named(session, data.against)
        if person is None:
            person = new_person_row(session, data.against, "perpetrator")
            index(session, "person", person.id, str(person.id), person.name)
        row.against_id = person.id
    else:
        row.against_id = None
    row.copy_exhibit_id = exhibit_row(session, data.copy_exhibit).id if data.copy_exhibit else None


def _write_conditions(session: Session, row: OrderRow, data: OrderInput) -> None:
    """Conditions keep their numbers: the n-th given is condition n. One that has a breach
    recorded against it cannot be taken away (it would silently drop the breach)."""
    existing = {
        c.number: c
        for c in session.execute(
            select(ConditionRow).where(ConditionRow.order_id == row.id)
        ).scalars()
    }
    for number, old in existing.items():
        if number > len(data.conditions):
            breached = session.execute(
                select(BreachRow.incident_id).where(BreachRow.condition_id == old.id)
            ).first()
            if breached:
                raise BadInput(
                    f"{condition_ref(row.number, number)} has breaches recorded against it, "
                    "so it cannot be taken off the order. Change its words instead."
                )
            session.delete(old)
    session.flush()
    for number, given in enumerate(data.conditions, start=1):
        condition = existing.get(number)
        if condition is None:
            condition = ConditionRow(order_id=row.id, number=number, text="", kind="")
            session.add(condition)
        condition.text = given.text
        condition.kind = given.kind
        session.flush()
        session.execute(
            delete(ConditionReasonRow).where(ConditionReasonRow.condition_id == condition.id)
        )
        for number_ in given.reasons:
            incident = incident_row(session, number_)
            session.add(ConditionReasonRow(condition_id=condition.id, incident_id=incident.id))
    session.flush()


def _save_revision(session: Session, row: OrderRow, data: OrderInput, revision_no: int) -> str:
    snapshot = order_to_dict(data)
    session.add(
        OrderRevisionRow(
            order_id=row.id,
            revision_no=revision_no,
            saved_at=row.updated_at,
            data=canonical_json(snapshot),
        )
    )
    return content_hash(snapshot)


def link_breaches(session: Session, incident: IncidentRow, refs: list[str]) -> None:
    """Mirror an incident's breaches (from its latest revision) into incident_breaches."""
    session.execute(delete(BreachRow).where(BreachRow.incident_id == incident.id))
    seen: set[int] = set()
    for ref in refs:
        order, condition = condition_row(session, ref)
        if order.status == "asked-for":
            raise BadInput(
                f"ORD-{order.number} is an order asked for, not one in force, so it cannot be broken."
            )
        if condition.id not in seen:
            seen.add(condition.id)
            session.add(BreachRow(incident_id=incident.id, condition_id=condition.id))
    session.flush()


class OrderRecords(RecordStore):
    """Orders, their conditions, and the incidents linked to each condition."""

    def add_order(self, data: OrderInput) -> Order:
        data = validate_order(data)

        def work(session: Session) -> str:
            stamp = to_text(now())
            row = OrderRow(
                number=next_value(session, "order"),
                created_at=stamp,
                updated_at=stamp,
                revision_count=1,
                kind="",
                status="",
            )
            session.add(row)
            _apply(session, row, data)
            session.flush()
            _write_conditions(session, row, data)
            digest = _save_revision(session, row, data, 1)
            ref = f"ORD-{row.number}"
            audit.append(session, "order added", ref, revision=1, content=digest)
            return ref

        return self.get_order(self._write(work))

    def edit_order(self, ref: str, data: OrderInput) -> Order:
        """Save a new revision of an order; earlier revisions are kept as they were."""
        data = validate_order(data)

        def work(session: Session) -> str:
            row = order_row(session, ref)
            latest = session.execute(
                select(OrderRevisionRow.data)
                .where(OrderRevisionRow.order_id == row.id)
                .order_by(OrderRevisionRow.revision_no.desc())
                .limit(1)
            ).scalar_one()
            if json.loads(latest) == json.loads(canonical_json(order_to_dict(data))):
                return f"ORD-{row.number}"
            if (
                data.status == "asked-for"
                and session.execute(
                    select(BreachRow.incident_id)
                    .join(ConditionRow, ConditionRow.id == BreachRow.condition_id)
                    .where(ConditionRow.order_id == row.id)
                ).first()
            ):
                raise BadInput(
                    f"ORD-{row.number} has breaches recorded, so it cannot be marked as asked for."
                )
            row.updated_at = to_text(now())
            row.revision_count += 1
            _apply(session, row, data)
            _write_conditions(session, row, data)
            digest = _save_revision(session, row, data, row.revision_count)
            audit.append(
                session,
                "order revised",
                f"ORD-{row.number}",
                revision=row.revision_count,
                content=digest,
            )
            return f"ORD-{row.number}"

        return self.get_order(self._write(work))

    def end_order(self, ref: str, ended: date) -> Order:
        """Mark an order as ended on a day (discharged, expired or replaced)."""
        data = self.get_order(ref).as_input()
        data.status = "ended"
        data.ended = ended
        return self.edit_order(ref, data)

    def get_order(self, ref: str, *, breaches: bool = True) -> Order:
        """One order; without `breaches` its conditions list none (see to_orders)."""
        with self._session() as session:
            return to_orders(session, [order_row(session, ref)], breaches=breaches)[0]

    def list_orders(self, status: str | None = None, *, breaches: bool = True) -> list[Order]:
        """Every order (or those of one status); without `breaches` their conditions list no
        breaches (see to_orders), which is quicker when only the conditions are needed."""
        with self._session() as session:
            stmt = select(OrderRow).order_by(OrderRow.number)
            if status:
                stmt = stmt.where(OrderRow.status == status)
            return to_orders(session, list(session.execute(stmt).scalars()), breaches=breaches)

    def order_revisions(self, ref: str) -> list[tuple[int, str, OrderInput]]:
        """Every saved version of an order: (revision number, when saved, what it said)."""
        with self._session() as session:
            row = order_row(session, ref)
            return [
                (r.revision_no, r.saved_at, order_from_dict(json.loads(r.data)))
                for r in session.execute(
                    select(OrderRevisionRow)
                    .where(OrderRevisionRow.order_id == row.id)
                    .order_by(OrderRevisionRow.revision_no)
                ).scalars()
            ]

    def condition_choices(self, on: date | None = None) -> list[ConditionChoice]:
        """The conditions an incident could have broken: those in force on a day (every
        condition of an order made, when no day is given). Orders asked for have none."""
        choices: list[ConditionChoice] = []
        for order in self.list_orders(breaches=False):
            if order.status == "asked-for":
                continue
            if on is not None and not order.in_force_on(on):
                continue
            label = f"{order.ref} {order_kind_label(order.kind)}"
            for condition in order.conditions:
                choices.append(ConditionChoice(condition.ref, order.ref, label, condition.text))
        return choices

    def breach_count(self) -> int:
        with self._session() as session:
            return len(session.execute(select(BreachRow.incident_id).distinct()).all())
