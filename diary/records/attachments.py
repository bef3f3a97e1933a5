"""Attachments: exhibits the person marks as documents to attach to the pack (section J), such
as an existing order, a letter from the police or a completed risk form.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit
from diary.records.codec import content_hash
from diary.records.court_types import ATTACHMENT_KINDS, Attachment
from diary.records.models import AttachmentRow, ExhibitRow
from diary.records.rows import exhibit_row
from diary.records.store import RecordStore
from diary.timeutil import from_text, now, to_text


def _to_attachment(row: AttachmentRow, exhibit: ExhibitRow) -> Attachment:
    return Attachment(
        exhibit=exhibit.ref,
        kind=row.kind,
        title=row.title,
        dated=date.fromisoformat(row.dated) if row.dated else None,
        original_name=exhibit.original_name,
        sha256=exhibit.sha256,
        marked_at=from_text(row.marked_at),
    )


class AttachmentRecords(RecordStore):
    """Exhibits marked as attachments."""

    def mark_attachment(
        self, ref: str, kind: str, title: str = "", dated: date | None = None
    ) -> Attachment:
        if kind not in ATTACHMENT_KINDS:
            raise BadInput("An attachment is one of: " + ", ".join(ATTACHMENT_KINDS) + ".")

        def work(session: Session) -> Attachment:
            exhibit = exhibit_row(session, ref)
            row = session.get(AttachmentRow, exhibit.id)
            if row is None:
                row = AttachmentRow(exhibit_id=exhibit.id, kind=kind, marked_at=to_text(now()))
                session.add(row)
            row.kind = kind
            row.title = title.strip()
            row.dated = dated.isoformat() if dated else None
            session.flush()
            # The title is the person's own words (it may name their street): the history
            # holds its hash, never the text, as for every other record.
            audit.append(
                session,
                "attachment marked",
                exhibit.ref,
                attachment=kind,
                content=content_hash({"title": row.title, "dated": row.dated}),
            )
            return _to_attachment(row, exhibit)

        return self._write(work)

    def unmark_attachment(self, ref: str) -> None:
        def work(session: Session) -> None:
            exhibit = exhibit_row(session, ref)
            row = session.get(AttachmentRow, exhibit.id)
            if row is not None:
                session.delete(row)
                audit.append(session, "attachment unmarked", exhibit.ref)

        self._write(work)

    def list_attachments(self) -> list[Attachment]:
        with self._session() as session:
            rows = session.execute(
                select(AttachmentRow, ExhibitRow)
                .join(ExhibitRow, ExhibitRow.id == AttachmentRow.exhibit_id)
                .order_by(ExhibitRow.id)
            ).all()
            return [_to_attachment(a, e) for a, e in rows]
