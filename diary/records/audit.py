"""The hash-chained audit log: each event's hash covers the one before, and the head is the fingerprint.

The chain's rules (hashing, appending) are plain SQL in rules.py, shared with the commands that
run without the ORM; here they run inside a session, and the chain is read back and checked.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from diary.records import rules
from diary.records.rules import GENESIS, Link, link_hash
from diary.records.store import SessionSql
from diary.records.types import AuditEvent
from diary.timeutil import from_text

__all__ = ["GENESIS", "Link", "append", "head", "link_hash", "problems", "short_code", "to_event"]


def append(session: Session, kind: str, subject: str = "", **detail: object) -> Link:
    """Add one event inside the caller's transaction, so the change and its record land together."""
    return rules.append(SessionSql(session), kind, subject, **detail)


def head(session: Session) -> str:
    return rules.head(SessionSql(session))


def short_code(hash_hex: str) -> str:
    """A hash as the short code a person can read out or send: four groups of four."""
    text = hash_hex[:16].upper()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def links(session: Session) -> list[Link]:
    """The whole history, oldest first, as stored."""
    rows = SessionSql(session).execute(
        "SELECT seq, at, kind, subject, detail, prev_hash, hash FROM audit_events ORDER BY seq"
    )
    return [Link(*row) for row in rows.fetchall()]


def problems(session: Session) -> list[str]:
    """Every break in the chain, as plain sentences."""
    found: list[str] = []
    prev = GENESIS
    expected_seq = 1
    for row in links(session):
        if row.seq != expected_seq:
            found.append(f"The diary's history is missing entries before entry {row.seq}.")
        if row.prev_hash != prev or row.hash != link_hash(
            prev, row.seq, row.at, row.kind, row.subject, row.detail
        ):
            found.append(f"Entry {row.seq} of the diary's history does not match its record.")
        prev = row.hash
        expected_seq = row.seq + 1
    return found


def to_event(row: Link) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        at=from_text(row.at),
        kind=row.kind,
        subject=row.subject,
        detail=json.loads(row.detail),
        hash=row.hash,
    )
