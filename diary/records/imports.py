"""Storing an imported export file: the file, its attachments and its messages in one transaction."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from diary.errors import ImportFailed
from diary.importers.limits import TooLarge
from diary.records.exhibits import insert_exhibit
from diary.records.messages import insert_messages
from diary.records.models import ExhibitRow
from diary.records.people import new_person_row, reindex
from diary.records.rows import person_row_named
from diary.records.store import RecordStore, json_list
from diary.records.types import ExhibitSpec, ImportResult, MessageInput

if TYPE_CHECKING:
    from diary.vault.blobstore import StoredBlob


def _ensure_perpetrator(session: Session, name: str, participant: str | None) -> None:
    """The person doing it, created if new, with their name in the chat kept as an alias."""
    row = person_row_named(session, name)
    if row is None:
        row = new_person_row(session, name, "perpetrator")
    if participant and participant.strip().lower() != row.name.lower():
        aliases = json_list(row.aliases)
        if participant not in aliases:
            row.aliases = json.dumps([*aliases, participant])
    reindex(session, row)


class ImportRecords(RecordStore):
    """What an import keeps."""

    def store_import(
        self,
        export: tuple[ExhibitSpec, bytes | Callable[[], BinaryIO]],
        attachments: Sequence[tuple[ExhibitSpec, bytes | Callable[[], BinaryIO]]],
        messages: Sequence[MessageInput],
        *,
        perpetrator: str | None = None,
        participant: str | None = None,
    ) -> ImportResult:
        """Keep an export file, its attachments and its messages, all in one transaction.

        Each file is given as bytes or as a function that opens it as a stream (a large export
        and the media in a zip are encrypted as they are read, never held in memory whole).
        Messages name the export by position only; here they get its exhibit reference, and
        their attachment names become references. Files already in the diary (same SHA-256)
        are not stored twice, and messages already there are counted, not added. An
        attachment that turns out damaged is left out and named in `left_out`; a file beyond
        a stated limit stops the whole import, which then adds nothing.
        """
        with self._session() as session:
            # Only hashes and references: building every exhibit here cost a query each.
            existing: dict[str, str] = {
                digest: ref
                for digest, ref in session.execute(
                    select(ExhibitRow.sha256, ExhibitRow.ref)
                    .where(ExhibitRow.derived_from_id.is_(None))
                    .order_by(ExhibitRow.id)
                ).tuples()
            }
        stored: list[tuple[ExhibitSpec, StoredBlob | str]] = []
        written: list[str] = []
        left_out: list[str] = []
        try:
            for index, (spec, source) in enumerate([export, *attachments]):
                if isinstance(source, bytes):
                    digest = hashlib.sha256(source).hexdigest()
                    if digest in existing:
                        stored.append((spec, existing[digest]))
                        continue
                    blob = self.blobs.put_bytes(source)
                else:
                    try:
                        with source() as stream:
                            blob = self.blobs.put(stream)
                    except ImportFailed as exc:
                        if index == 0 or isinstance(exc, TooLarge):
                            raise
                        left_out.append(spec.name)
                        continue
                    if blob.sha256 in existing:
                        self.blobs.delete(blob.blob_id)
                        stored.append((spec, existing[blob.sha256]))
                        continue
                written.append(blob.blob_id)
                existing[blob.sha256] = f"pending:{blob.blob_id}"
                stored.append((spec, blob))

            def work(session: Session) -> ImportResult:
                refs: list[str] = []
                new_refs: list[str] = []
                pending: dict[str, str] = {}
                for spec, item in stored:
                    if isinstance(item, str):
                        ref = pending.get(item, item)
                    else:
                        ref = insert_exhibit(session, item, spec).ref
                        pending[f"pending:{item.blob_id}"] = ref
                        new_refs.append(ref)
                    refs.append(ref)
                export_ref = refs[0]
                by_name = {
                    spec.name: ref for (spec, _), ref in zip(stored[1:], refs[1:], strict=True)
                }
                for message in messages:
                    message.source_ref = export_ref
                    message.attachments = [
                        f"{by_name[name]} {name}" if name in by_name else name
                        for name in message.attachments
                    ]
                if perpetrator:
                    _ensure_perpetrator(session, perpetrator, participant)
                added, already = insert_messages(session, messages, audit_subject=export_ref)
                return ImportResult(
                    export_ref=export_ref,
                    export_was_new=export_ref in new_refs,
                    attachment_refs=tuple(r for r in refs[1:] if r in new_refs),
                    added=added,
                    already=already,
                    left_out=tuple(left_out),
                )

            return self._write(work)
        except BaseException:
            for blob_id in written:
                with contextlib.suppress(Exception):
                    self.blobs.delete(blob_id)
            raise
