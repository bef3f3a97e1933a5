"""The hash-chained audit log: each event's hash covers the one before, and the head is the fingerprint."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.records.codec import canonical_json
from diary.records.models import AuditRow
from diary.records.types import AuditEvent
from diary.timeutil import from_text, now, to_text

GENESIS = "0" * 64


def link_hash(prev_hash: str, seq: int, at: str, kind: str, subject: str, detail: str) -> str:
    body = canonical_json([seq, at, kind, subject, json.loads(detail)])
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def append(session: Session, kind: str, subject: str = "", **detail: Any) -> AuditRow:
    """Add one event inside the caller's transaction, so the change and its record land together."""
    last = session.execute(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).scalar()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = to_text(now())
    detail_json = canonical_json(detail)
    row = AuditRow(
        seq=seq,
        at=at,
        kind=kind,
        subject=subject,
        detail=detail_json,
        prev_hash=prev,
        hash=link_hash(prev, seq, at, kind, subject, detail_json),
    )
    session.add(row)
    session.flush()
    return row


def head(session: Session) -> str:
    last = session.execute(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).scalar()
    return last or GENESIS


def short_code(hash_hex: str) -> str:
    """A hash as the short code a person can read out or send: four groups of four."""
    text = hash_hex[:16].upper()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def problems(session: Session) -> list[str]:
    """Every break in the chain, as plain sentences."""
    found: list[str] = []
    prev = GENESIS
    expected_seq = 1
    for row in session.execute(select(AuditRow).order_by(AuditRow.seq)).scalars():
        if row.seq != expected_seq:
            found.append(f"The diary's history is missing entries before entry {row.seq}.")
        if row.prev_hash != prev or row.hash != link_hash(
            prev, row.seq, row.at, row.kind, row.subject, row.detail
        ):
            found.append(f"Entry {row.seq} of the diary's history does not match its record.")
        prev = row.hash
        expected_seq = row.seq + 1
    return found


def to_event(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        at=from_text(row.at),
        kind=row.kind,
        subject=row.subject,
        detail=json.loads(row.detail),
        hash=row.hash,
    )
