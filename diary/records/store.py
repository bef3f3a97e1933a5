"""What every kind of record shares: sessions over the open vault, one transaction a change, counters
and the full-text index.

Each kind of record (incidents.py, people.py, exhibits.py…) is a class over `RecordStore`; the
`Diary` in service.py puts them together. The store reaches the database and the blobs through the
vault every time, so once the vault is locked every call fails with VaultLocked.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from diary import interrupts
from diary.errors import DiaryBusy
from diary.records.models import Counter

if TYPE_CHECKING:
    from diary.vault.blobstore import BlobStore
    from diary.vault.vault import Vault

T = TypeVar("T")

# A transaction that found the diary busy for the whole busy timeout (another process writing
# for that long) is tried this many times in all before the person is told.
WRITE_ATTEMPTS = 3

# One full-text table holds every kind; a row's kind is encoded in its rowid (see `index`).
INDEX_KINDS = ("incident", "addendum", "person", "message")


class RecordStore:
    """The records of one unlocked vault: the base of every kind of record."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def engine(self) -> Engine:
        return self.vault.engine

    @property
    def blobs(self) -> BlobStore:
        return self.vault.blobs

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one transaction; a failed write rolls back to the last good state.

        The transaction takes the write lock when it begins, waiting for any other Daybook
        process that is writing; if the diary stays busy it is tried again from the start, so
        `work` must change nothing outside its session. The engine turns a full disk into
        WriteFailed, a damaged file into VaultDamaged and a diary kept busy into DiaryBusy.
        """
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with (
                    Session(self.vault.writer, expire_on_commit=False) as session,
                    session.begin(),
                ):
                    result = work(session)
                interrupts.note_saved()
                return result
            except DiaryBusy:
                if attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(0.1 * attempt)
        raise AssertionError("unreachable")


def next_value(session: Session, name: str) -> int:
    """The next number of a never-reused sequence (incident and exhibit numbers)."""
    counter = session.get(Counter, name)
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


def index_rowid(kind: str, row_id: int) -> int:
    return row_id * len(INDEX_KINDS) + INDEX_KINDS.index(kind)


def index(session: Session, kind: str, row_id: int, ref: str, body: str | None) -> None:
    """Keep one full-text row per record; its rowid is derived from the record so updates are cheap."""
    rowid = index_rowid(kind, row_id)
    session.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": rowid})
    if body:
        session.execute(
            text("INSERT INTO search_index (rowid, kind, ref, body) VALUES (:id, :k, :r, :b)"),
            {"id": rowid, "k": kind, "r": ref, "b": body},
        )


def fts_query(text_: str) -> str | None:
    """A person's search words as an FTS5 query: every word must appear, as a prefix."""
    words = re.findall(r"\w+", text_, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def json_list(value: str) -> list[Any]:
    result = json.loads(value or "[]")
    return result if isinstance(result, list) else []
