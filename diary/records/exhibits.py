"""Exhibits: files kept byte for byte, encrypted, with where they came from and the incidents they show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.errors import AlreadyAttached, BadInput, ImportFailed
from diary.records import audit
from diary.records.models import ExhibitRow, IncidentExhibitRow, IncidentRow
from diary.records.rows import exhibit_row, incident_row
from diary.records.settings import read_initials
from diary.records.store import RecordStore, next_value
from diary.records.types import Exhibit, ExhibitSpec
from diary.timeutil import from_text, now, to_text

if TYPE_CHECKING:
    from diary.vault.blobstore import StoredBlob


def to_exhibit(session: Session, row: ExhibitRow) -> Exhibit:
    numbers = session.execute(
        select(IncidentRow.number)
        .join(IncidentExhibitRow, IncidentExhibitRow.incident_id == IncidentRow.id)
        .where(IncidentExhibitRow.exhibit_id == row.id)
        .order_by(IncidentRow.id)
    ).scalars()
    derived = session.get(ExhibitRow, row.derived_from_id) if row.derived_from_id else None
    return _exhibit(row, tuple(numbers), derived.ref if derived else None)


def _exhibit(row: ExhibitRow, incidents: tuple[str, ...], derived_from: str | None) -> Exhibit:
    return Exhibit(
        ref=row.ref,
        kind=row.kind,
        description=row.description,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        imported_at=from_text(row.imported_at),
        captured_at=from_text(row.captured_at) if row.captured_at else None,
        file_saved_at=from_text(row.file_saved_at) if row.file_saved_at else None,
        captured_place=row.captured_place,
        device=row.device,
        capture_method=row.capture_method,
        original_location=row.original_location,
        derived_from=derived_from,
        incidents=incidents,
    )


def exhibits_by_incident(session: Session) -> dict[int, tuple[Exhibit, ...]]:
    """The exhibits linked to each incident (by the incident's row id), each as to_exhibit
    makes it, in three queries however many there are: one by one, with a query or two
    each, took seconds in a diary of thousands of exhibits."""
    numbers: dict[int, list[str]] = defaultdict(list)
    linked: dict[int, list[int]] = defaultdict(list)
    for incident_id, exhibit_id, number in session.execute(
        select(IncidentExhibitRow.incident_id, IncidentExhibitRow.exhibit_id, IncidentRow.number)
        .join(IncidentRow, IncidentRow.id == IncidentExhibitRow.incident_id)
        .order_by(IncidentRow.id)
    ):
        numbers[exhibit_id].append(number)
        linked[incident_id].append(exhibit_id)
    if not linked:
        return {}
    rows = {row.id: row for row in session.execute(select(ExhibitRow)).scalars()}

    def derived_ref(row: ExhibitRow) -> str | None:
        derived = rows.get(row.derived_from_id) if row.derived_from_id else None
        return derived.ref if derived else None

    exhibits = {
        exhibit_id: _exhibit(rows[exhibit_id], tuple(found), derived_ref(rows[exhibit_id]))
        for exhibit_id, found in numbers.items()
    }
    return {
        incident_id: tuple(exhibits[e] for e in sorted(exhibit_ids))
        for incident_id, exhibit_ids in linked.items()
    }


def insert_exhibit(session: Session, stored: StoredBlob, spec: ExhibitSpec) -> ExhibitRow:
    """The row of a file whose encrypted bytes are already stored, with the next free reference."""
    initials = read_initials(session)
    seq = next_value(session, "exhibit")
    ref = f"{initials}{seq}"
    while session.execute(select(ExhibitRow.id).where(ExhibitRow.ref == ref)).first():
        seq = next_value(session, "exhibit")
        ref = f"{initials}{seq}"
    parent = None
    if spec.derived_from:
        parent = exhibit_row(session, spec.derived_from)
    import mimetypes  # only when a file is kept: it reads the system's type tables

    media = spec.media_type or mimetypes.guess_type(spec.name)[0] or "application/octet-stream"
    row = ExhibitRow(
        ref=ref,
        kind=spec.kind or media.split("/")[0],
        description=spec.description,
        original_name=spec.name,
        media_type=media,
        size=stored.size,
        sha256=stored.sha256,
        imported_at=to_text(now()),
        captured_at=to_text(spec.captured_at) if spec.captured_at else None,
        file_saved_at=to_text(spec.file_saved_at) if spec.file_saved_at else None,
        captured_place=spec.captured_place,
        device=spec.device,
        capture_method=spec.capture_method,
        original_location=spec.original_location,
        blob_id=stored.blob_id,
        derived_from_id=parent.id if parent else None,
    )
    session.add(row)
    session.flush()
    audit.append(session, "attached", ref, sha256=stored.sha256, size=stored.size)
    return row


def link_exhibit(session: Session, incident: IncidentRow, exhibit: ExhibitRow) -> None:
    exists = session.get(IncidentExhibitRow, (incident.id, exhibit.id))
    if exists is None:
        session.add(IncidentExhibitRow(incident_id=incident.id, exhibit_id=exhibit.id))
        incident.exhibit_count += 1


def already_with(session: Session, incident: IncidentRow, sha256: str) -> str | None:
    """The reference of an exhibit with these exact bytes already kept with `incident`."""
    return session.execute(
        select(ExhibitRow.ref)
        .join(IncidentExhibitRow, IncidentExhibitRow.exhibit_id == ExhibitRow.id)
        .where(IncidentExhibitRow.incident_id == incident.id, ExhibitRow.sha256 == sha256)
        .limit(1)
    ).scalar()


class ExhibitRecords(RecordStore):
    """The files kept as exhibits."""

    def attach_file(
        self,
        path: Path,
        incident: str | None = None,
        *,
        capture_method: str = "original file",
        description: str = "",
        original_location: str = "",
        progress: Callable[[int], None] | None = None,
    ) -> Exhibit:
        """Keep a file's original bytes, encrypted, as a new exhibit (and link it to an incident)."""
        from diary.importers.photos import read_photo

        try:
            handle = path.open("rb")
        except OSError as exc:
            raise BadInput(f"Daybook could not read the file {path.name}.") from exc
        with handle:
            try:
                photo = read_photo(path.name, path)
                captured_at, place, device = photo.taken_at, photo.place, photo.device
            except ImportFailed:
                # Not a picture: a letter, a recording, a document. It is kept all the same.
                captured_at = place = device = None
            return self.attach_stream(
                path.name,
                handle,
                incident=incident,
                capture_method=capture_method,
                description=description,
                original_location=original_location,
                captured_at=captured_at,
                captured_place=place,
                device=device,
                progress=progress,
            )

    def attach_stream(
        self,
        name: str,
        stream: BinaryIO,
        *,
        incident: str | None = None,
        kind: str | None = None,
        media_type: str | None = None,
        capture_method: str = "original file",
        description: str = "",
        original_location: str = "",
        captured_at: datetime | None = None,
        captured_place: str | None = None,
        device: str | None = None,
        derived_from: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Exhibit:
        spec = ExhibitSpec(
            name=name,
            media_type=media_type,
            kind=kind,
            capture_method=capture_method,
            description=description,
            original_location=original_location,
            captured_at=captured_at,
            captured_place=captured_place,
            device=device,
            derived_from=derived_from,
        )
        if incident is not None:
            with self._session() as session:
                incident_row(session, incident)
        stored = self.blobs.put(stream, progress=progress)

        def work(session: Session) -> str:
            if incident is not None:
                kept = already_with(session, incident_row(session, incident), stored.sha256)
                if kept is not None:
                    raise AlreadyAttached(name, incident, kept)
            row = insert_exhibit(session, stored, spec)
            if incident is not None:
                link_exhibit(session, incident_row(session, incident), row)
            return row.ref

        try:
            ref = self._write(work)
        except BaseException:
            # The row never landed, so the encrypted bytes are an orphan: remove them now.
            self.blobs.delete(stored.blob_id)
            raise
        return self.get_exhibit(ref)

    def link_exhibits(self, number: str, refs: Iterator[str] | list[str] | tuple[str, ...]) -> None:
        """Link kept files to an entry (a day's screenshots to the entry made for them)."""
        wanted = list(refs)

        def work(session: Session) -> None:
            incident = incident_row(session, number)
            for ref in wanted:
                link_exhibit(session, incident, exhibit_row(session, ref))
            audit.append(session, "linked", number, exhibits=wanted)

        self._write(work)

    def get_exhibit(self, ref: str) -> Exhibit:
        with self._session() as session:
            return to_exhibit(session, exhibit_row(session, ref))

    def list_exhibits(self) -> list[Exhibit]:
        with self._session() as session:
            rows = session.execute(select(ExhibitRow).order_by(ExhibitRow.id)).scalars()
            return [to_exhibit(session, r) for r in rows]

    def exhibit_blob_id(self, ref: str) -> str:
        with self._session() as session:
            return exhibit_row(session, ref).blob_id

    def read_exhibit(self, ref: str) -> bytes:
        """The original bytes, decrypted in memory (never to a file)."""
        return self.blobs.read_bytes(self.exhibit_blob_id(ref))

    def iter_exhibit(self, ref: str) -> Iterator[bytes]:
        return self.blobs.iter_plaintext(self.exhibit_blob_id(ref))
