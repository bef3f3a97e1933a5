"""The diary's history as records: its events, the code for it now, and any break in the chain.

The chain itself (hashing, appending inside a change's transaction) is audit.py.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from diary import checkcode
from diary.records import audit
from diary.records.models import AuditRow
from diary.records.store import RecordStore
from diary.records.types import AuditEvent


class HistoryRecords(RecordStore):
    """The audit log."""

    def audit_events(self) -> list[AuditEvent]:
        with self._session() as session:
            return [audit.to_event(link) for link in audit.links(session)]

    def record_event(self, kind: str, subject: str = "", **detail: Any) -> AuditEvent:
        """Append an event (an export, say) that changes no record."""
        return self._write(lambda s: audit.to_event(audit.append(s, kind, subject, **detail)))

    def fingerprint(self) -> str:
        with self._session() as session:
            return audit.short_code(audit.head(session))

    def history_head(self) -> tuple[str, int]:
        """The newest event's hash (the fingerprint of the whole history) and how many events
        the history holds: what the history code and its details need, without reading every
        event (a diary in use has tens of thousands)."""
        with self._session() as session:
            head = audit.head(session)
            count = session.execute(select(func.count(AuditRow.seq))).scalar_one()
        return head, int(count)

    def history_code(self) -> tuple[str, int]:
        """The history code for the diary as it is now (diary/checkcode.py), and how many
        entries the history holds."""
        head, count = self.history_head()
        return checkcode.history_code(head), count

    def audit_problems(self) -> list[str]:
        with self._session() as session:
            return audit.problems(session)
