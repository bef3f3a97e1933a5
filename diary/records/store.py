"""What every kind of record shares: sessions over the open vault, one transaction a change, counters
and the full-text index.

Each kind of record (incidents.py, people.py, exhibits.py…) is a class over `RecordStore`; the
`Diary` in service.py puts them together. The store reaches the database and the blobs through the
vault every time, so once the vault is locked every call fails with VaultLocked.

The rules themselves (counters, the full-text index, the history's chain, retries while the diary
is busy) are plain SQL in rules.py, shared with the commands that run without the ORM; the
functions here run them inside a session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from diary.records import rules
from diary.records.rules import INDEX_KINDS, WRITE_ATTEMPTS, fts_query, index_rowid, json_list

if TYPE_CHECKING:
    from diary.vault.blobstore import BlobStore
    from diary.vault.vault import Vault

__all__ = [
    "INDEX_KINDS",
    "WRITE_ATTEMPTS",
    "RecordStore",
    "SessionSql",
    "fts_query",
    "index",
    "index_rowid",
    "json_list",
    "next_value",
    "session_sql",
]

T = TypeVar("T")


class SessionSql:
    """A session as a `rules.Sql`: its pending changes are flushed first, then the statement goes
    to the driver as it is, on the session's connection and inside its transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def execute(self, statement: str, params: Mapping[str, Any] | None = None) -> CursorResult[Any]:
        self.session.flush()
        return self.session.connection().exec_driver_sql(statement, dict(params or {}))


def session_sql(session: Session) -> SessionSql:
    return SessionSql(session)


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

        The transaction takes the write lock when it begins and is tried again while the diary
        is busy (rules.retrying_write), so `work` must change nothing outside its session. The
        engine turns a full disk into WriteFailed, a damaged file into VaultDamaged and a diary
        kept busy into DiaryBusy.
        """

        def attempt() -> T:
            with Session(self.vault.writer, expire_on_commit=False) as session, session.begin():
                return work(session)

        return rules.retrying_write(attempt)


def next_value(session: Session, name: str) -> int:
    """The next number of a never-reused sequence (incident and exhibit numbers)."""
    return rules.next_value(SessionSql(session), name)


def index(session: Session, kind: str, row_id: int, ref: str, body: str | None) -> None:
    """Keep one full-text row per record (rules.index)."""
    rules.index(SessionSql(session), kind, row_id, ref, body)
