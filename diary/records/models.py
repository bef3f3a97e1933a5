"""SQLAlchemy tables of the encrypted database; every change to them goes through an Alembic migration."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Running numbers (incidents, exhibits) that only ever go up, so a reference is never reused."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text, default="[]")
    relationship: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String, default="other")
    phones: Mapped[str] = mapped_column(Text, default="[]")
    emails: Mapped[str] = mapped_column(Text, default="[]")
    handles: Mapped[str] = mapped_column(Text, default="[]")
    vehicles: Mapped[str] = mapped_column(Text, default="[]")
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String)


class IncidentRow(Base):
    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String, unique=True)
    written_at: Mapped[str] = mapped_column(String)
    occurred_start: Mapped[str] = mapped_column(String)
    occurred_sort: Mapped[str] = mapped_column(String, index=True)
    occurred_end: Mapped[str | None] = mapped_column(String, nullable=True)
    precision: Mapped[str] = mapped_column(String, default="exact")
    written_later: Mapped[bool] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    behaviours: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[str] = mapped_column(Text, default="")
    exhibit_count: Mapped[int] = mapped_column(Integer, default=0)
    revision_count: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[str] = mapped_column(String)


class RevisionRow(Base):
    """One immutable save of an incident: the whole record as JSON, never updated."""

    __tablename__ = "incident_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    revision_no: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("incident_id", "revision_no"),)


class AddendumRow(Base):
    __tablename__ = "addenda"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    written_at: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)


class IncidentPersonRow(Base):
    __tablename__ = "incident_people"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String, primary_key=True)


class ExhibitRow(Base):
    __tablename__ = "exhibits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String, default="file")
    description: Mapped[str] = mapped_column(Text, default="")
    original_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String, index=True)
    imported_at: Mapped[str] = mapped_column(String)
    captured_at: Mapped[str | None] = mapped_column(String, nullable=True)
    # When a program last saved the file (EXIF DateTime): weaker than a capture time, kept apart.
    file_saved_at: Mapped[str | None] = mapped_column(String, nullable=True)
    captured_place: Mapped[str | None] = mapped_column(Text, nullable=True)
    device: Mapped[str | None] = mapped_column(Text, nullable=True)
    capture_method: Mapped[str] = mapped_column(String, default="original file")
    original_location: Mapped[str] = mapped_column(Text, default="")
    blob_id: Mapped[str] = mapped_column(String)
    derived_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True
    )


class IncidentExhibitRow(Base):
    __tablename__ = "incident_exhibits"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), primary_key=True
    )


class MessageRow(Base):
    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String, default="message")
    channel: Mapped[str] = mapped_column(String)
    direction: Mapped[str] = mapped_column(String)
    sender: Mapped[str] = mapped_column(Text, default="")
    sender_number: Mapped[str | None] = mapped_column(String, nullable=True)
    recipients: Mapped[str] = mapped_column(Text, default="[]")
    # "" when the time is not known (an email with no readable date); sent_sort is then "".
    sent_at: Mapped[str] = mapped_column(String)
    sent_sort: Mapped[str] = mapped_column(String, index=True)
    offset_known: Mapped[bool] = mapped_column(Integer, default=1)
    body: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[str] = mapped_column(Text, default="[]")
    duration_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_exhibit_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position_label: Mapped[str] = mapped_column(String, default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    headers: Mapped[str] = mapped_column(Text, default="")
    dedupe_key: Mapped[str] = mapped_column(String, unique=True)


class IncidentMessageRow(Base):
    __tablename__ = "incident_messages"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )


class AuditRow(Base):
    """One link of the hash chain: its hash covers the previous link's hash and this event."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    subject: Mapped[str] = mapped_column(String, default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)


class ProfileRow(Base):
    """The person's own details ("About me"): one row, lists as JSON. Drives court-copy redaction."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[str] = mapped_column(Text, default="[]")
    emails: Mapped[str] = mapped_column(Text, default="[]")
    addresses: Mapped[str] = mapped_column(Text, default="[]")
    other: Mapped[str] = mapped_column(Text, default="[]")
    region: Mapped[str] = mapped_column(String, default="GB")
    updated_at: Mapped[str] = mapped_column(String)


class DraftRow(Base):
    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    saved_at: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class SecretRow(Base):
    """Key material kept inside the encrypted database (the pack signing key)."""

    __tablename__ = "secrets"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_messages_source", MessageRow.source_exhibit_id, MessageRow.position)


class SafetyPlanRow(Base):
    """One section of the person's own safety plan (diary/records/safety.py), by its key."""

    __tablename__ = "safety_plan"
    section: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String)


class LocalServiceRow(Base):
    """A local service the person or their advocate added (their area's stalking advocacy
    service, say), shown with the national helplines."""

    __tablename__ = "local_services"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(Text)
    hours: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    added_at: Mapped[str] = mapped_column(String)


# -- going to court (migration 0005): orders, conditions, breaches, risk answers, the statement --


class OrderRow(Base):
    """An order (or one asked for); every save also keeps a revision in order_revisions."""

    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    court: Mapped[str] = mapped_column(Text, default="")
    made: Mapped[str | None] = mapped_column(String, nullable=True)
    served: Mapped[str | None] = mapped_column(String, nullable=True)
    expires: Mapped[str | None] = mapped_column(String, nullable=True)
    ended: Mapped[str | None] = mapped_column(String, nullable=True)
    reference: Mapped[str] = mapped_column(Text, default="")
    against_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    copy_exhibit_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    revision_count: Mapped[int] = mapped_column(Integer, default=1)


class OrderRevisionRow(Base):
    """One immutable save of an order: the whole record as JSON, never updated."""

    __tablename__ = "order_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    revision_no: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("order_id", "revision_no"),)


class ConditionRow(Base):
    """A numbered condition of an order; its number is never reused within the order."""

    __tablename__ = "order_conditions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String, default="")
    __table_args__ = (UniqueConstraint("order_id", "number"),)


class ConditionReasonRow(Base):
    """An incident that shows why a condition is needed."""

    __tablename__ = "condition_reasons"
    condition_id: Mapped[int] = mapped_column(
        ForeignKey("order_conditions.id", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )


class BreachRow(Base):
    """An incident that broke a condition; rebuilt from the incident's latest revision."""

    __tablename__ = "incident_breaches"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    condition_id: Mapped[int] = mapped_column(
        ForeignKey("order_conditions.id", ondelete="CASCADE"), primary_key=True
    )


class RiskAnswerRow(Base):
    """The person's answer on one risk topic: yes, no, not sure or not said; never a score."""

    __tablename__ = "risk_answers"
    topic: Mapped[str] = mapped_column(String, primary_key=True)
    answer: Mapped[str] = mapped_column(String, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String)


class RiskIncidentRow(Base):
    __tablename__ = "risk_incidents"
    topic: Mapped[str] = mapped_column(
        ForeignKey("risk_answers.topic", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )


class StatementRevisionRow(Base):
    """One immutable save of the draft statement, as JSON."""

    __tablename__ = "statement_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_no: Mapped[int] = mapped_column(Integer, unique=True)
    saved_at: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class LifeChangeRow(Base):
    """A dated change to daily life, beside the effects recorded on incidents."""

    __tablename__ = "life_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(String, default="")
    written_at: Mapped[str] = mapped_column(String)


class AttachmentRow(Base):
    """An exhibit marked as a document to attach to the pack (an order, a police letter…)."""

    __tablename__ = "attachments"
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text, default="")
    dated: Mapped[str | None] = mapped_column(String, nullable=True)
    marked_at: Mapped[str] = mapped_column(String)


class PersonFactsRow(Base):
    """What the people table did not hold: known addresses, a photo, and the source of each fact."""

    __tablename__ = "person_facts"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    addresses: Mapped[str] = mapped_column(Text, default="[]")
    photo_exhibit_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True
    )
    sources: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[str] = mapped_column(String)
