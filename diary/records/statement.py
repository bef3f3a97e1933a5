"""The person's draft witness statement, kept with every revision.

Each save is a new immutable revision (an unchanged save adds none). A first draft is built
from the diary by diary/statement.py; only what the person saves is kept here.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit
from diary.records.codec import canonical_json, content_hash
from diary.records.court_types import (
    PARAGRAPH_KINDS,
    StatementInput,
    StatementParagraph,
    StatementRevision,
)
from diary.records.models import StatementRevisionRow
from diary.records.store import RecordStore
from diary.timeutil import from_text, now, to_text


def statement_to_dict(data: StatementInput) -> dict[str, Any]:
    raw = asdict(data)
    raw["made_on"] = data.made_on.isoformat() if data.made_on else None
    return raw


def statement_from_dict(raw: dict[str, Any]) -> StatementInput:
    fields = dict(raw)
    fields["made_on"] = date.fromisoformat(raw["made_on"]) if raw.get("made_on") else None
    fields["paragraphs"] = [StatementParagraph(**p) for p in raw.get("paragraphs", [])]
    known = StatementInput.__dataclass_fields__
    return StatementInput(**{k: v for k, v in fields.items() if k in known})


def validate_statement(data: StatementInput) -> StatementInput:
    if data.statement_number < 1:
        raise BadInput("The statement's number is 1 for the first, 2 for the second…")
    paragraphs = []
    for paragraph in data.paragraphs:
        if paragraph.kind not in PARAGRAPH_KINDS:
            raise BadInput(f"'{paragraph.kind}' is not a kind of paragraph Daybook knows.")
        if paragraph.text.strip():
            paragraphs.append(paragraph)
    data.paragraphs = paragraphs
    return data


def _revision(row: StatementRevisionRow) -> StatementRevision:
    return StatementRevision(
        row.revision_no, from_text(row.saved_at), statement_from_dict(json.loads(row.data))
    )


class StatementRecords(RecordStore):
    """The draft statement and its revisions."""

    def statement(self) -> StatementRevision | None:
        """The latest saved revision, or None when the person has not saved one yet."""
        with self._session() as session:
            row = session.execute(
                select(StatementRevisionRow)
                .order_by(StatementRevisionRow.revision_no.desc())
                .limit(1)
            ).scalar()
            return _revision(row) if row else None

    def statement_revisions(self) -> list[StatementRevision]:
        with self._session() as session:
            rows = session.execute(
                select(StatementRevisionRow).order_by(StatementRevisionRow.revision_no)
            ).scalars()
            return [_revision(r) for r in rows]

    def save_statement(self, data: StatementInput) -> StatementRevision:
        """Keep a new revision; earlier ones stay exactly as they were."""
        data = validate_statement(data)
        snapshot = statement_to_dict(data)

        def work(session: Session) -> StatementRevision:
            latest = session.execute(
                select(StatementRevisionRow)
                .order_by(StatementRevisionRow.revision_no.desc())
                .limit(1)
            ).scalar()
            if latest is not None and json.loads(latest.data) == json.loads(
                canonical_json(snapshot)
            ):
                return _revision(latest)
            row = StatementRevisionRow(
                revision_no=(latest.revision_no + 1) if latest else 1,
                saved_at=to_text(now()),
                data=canonical_json(snapshot),
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                "statement saved",
                "statement",
                revision=row.revision_no,
                content=content_hash(snapshot),
            )
            return _revision(row)

        return self._write(work)
