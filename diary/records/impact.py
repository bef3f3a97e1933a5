"""Changes to daily life with their dates (moved home, changed job, stopped going out), kept
beside the effects recorded on each incident; together they make section H of the pack.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.errors import BadInput, NotFound
from diary.records import audit
from diary.records.codec import content_hash
from diary.records.court_types import LifeChange, LifeChangeInput
from diary.records.models import LifeChangeRow
from diary.records.store import RecordStore
from diary.records.types import IMPACTS
from diary.timeutil import from_text, now, to_text


def _to_change(row: LifeChangeRow) -> LifeChange:
    return LifeChange(
        id=row.id,
        started=date.fromisoformat(row.started),
        text=row.text,
        impact=row.impact,
        written_at=from_text(row.written_at),
    )


class LifeChangeRecords(RecordStore):
    """Dated changes to daily life."""

    def add_life_change(self, data: LifeChangeInput) -> LifeChange:
        if not data.text.strip():
            raise BadInput("Please say what changed.")
        if data.impact and data.impact not in IMPACTS:
            raise BadInput(f"'{data.impact}' is not one of the effects Daybook knows.")

        def work(session: Session) -> LifeChange:
            row = LifeChangeRow(
                started=data.started.isoformat(),
                text=data.text.strip(),
                impact=data.impact,
                written_at=to_text(now()),
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                "life change",
                f"change {row.id}",
                content=content_hash([row.started, row.text, row.impact]),
            )
            return _to_change(row)

        return self._write(work)

    def list_life_changes(self) -> list[LifeChange]:
        with self._session() as session:
            rows = session.execute(
                select(LifeChangeRow).order_by(LifeChangeRow.started, LifeChangeRow.id)
            ).scalars()
            return [_to_change(r) for r in rows]

    def remove_life_change(self, change_id: int) -> None:
        """Take one away; the diary's history keeps a record that it existed."""

        def work(session: Session) -> None:
            row = session.get(LifeChangeRow, change_id)
            if row is None:
                raise NotFound("That change to daily life is not in the diary.")
            digest = content_hash([row.started, row.text, row.impact])
            session.delete(row)
            audit.append(session, "life change removed", f"change {change_id}", content=digest)

        self._write(work)
