"""The rules every change to the records obeys, written once as plain SQL: never-reused numbers,
the full-text index, the hash-chained history, and how a write that finds the diary busy is tried
again.

They run over any `Sql`. The records layer passes its session's connection (`store.session_sql`);
a command that needs nothing of the ORM (`daybook add`, `daybook list`) passes the vault's plain
connection (`Vault.write_plain`), and never loads SQLAlchemy. Either way the same statements run
through the same driver, so a row is written the same way whichever path wrote it. Nothing here
may import SQLAlchemy (tests/core/test_startup.py checks the commands that use it).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from diary import interrupts
from diary.errors import DiaryBusy
from diary.records.codec import canonical_json
from diary.timeutil import now, to_text

T = TypeVar("T")

# A transaction that found the diary busy for the whole busy timeout (another process writing
# for that long) is tried this many times in all before the person is told.
WRITE_ATTEMPTS = 3

# One full-text table holds every kind; a row's kind is encoded in its rowid (see `index`).
INDEX_KINDS = ("incident", "addendum", "person", "message")

GENESIS = "0" * 64


class Rows(Protocol):
    """What a statement gives back: a DB-API cursor, or SQLAlchemy's result over one."""

    @property
    def lastrowid(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...


class Sql(Protocol):
    """Runs one statement with named parameters (`:name`), inside the caller's transaction."""

    def execute(self, statement: str, params: Mapping[str, Any] | None = None) -> Rows: ...


def retrying_write(attempt: Callable[[], T]) -> T:
    """Run one whole write transaction, `attempt`, trying it again while the diary is busy.

    The transaction takes the write lock when it begins, waiting for any other Daybook process
    that is writing (the busy timeout); if the diary stays busy it is tried again from the
    start, so `attempt` must change nothing outside its transaction. Once one has committed,
    an interruption says that something was saved.
    """
    for tried in range(1, WRITE_ATTEMPTS + 1):
        try:
            result = attempt()
        except DiaryBusy:
            if tried == WRITE_ATTEMPTS:
                raise
            time.sleep(0.1 * tried)
            continue
        interrupts.note_saved()
        return result
    raise AssertionError("unreachable")


# -- never-reused numbers -----------------------------------------------------------------------


def next_value(sql: Sql, name: str) -> int:
    """The next number of a never-reused sequence (incident, exhibit and order numbers)."""
    found = sql.execute("SELECT value FROM counters WHERE name = :name", {"name": name}).fetchone()
    value = (found[0] if found is not None else 0) + 1
    if found is None:
        sql.execute(
            "INSERT INTO counters (name, value) VALUES (:name, :value)",
            {"name": name, "value": value},
        )
    else:
        sql.execute(
            "UPDATE counters SET value = :value WHERE name = :name", {"name": name, "value": value}
        )
    return int(value)


# -- the full-text index ------------------------------------------------------------------------


def index_rowid(kind: str, row_id: int) -> int:
    return row_id * len(INDEX_KINDS) + INDEX_KINDS.index(kind)


def index(sql: Sql, kind: str, row_id: int, ref: str, body: str | None) -> None:
    """Keep one full-text row per record; its rowid is derived from the record so updates are cheap."""
    rowid = index_rowid(kind, row_id)
    sql.execute("DELETE FROM search_index WHERE rowid = :id", {"id": rowid})
    if body:
        sql.execute(
            "INSERT INTO search_index (rowid, kind, ref, body) VALUES (:id, :k, :r, :b)",
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


# -- the hash-chained history -------------------------------------------------------------------


class Link(NamedTuple):
    """One event of the history as stored (the columns of audit_events)."""

    seq: int
    at: str
    kind: str
    subject: str
    detail: str
    prev_hash: str
    hash: str


def link_hash(prev_hash: str, seq: int, at: str, kind: str, subject: str, detail: str) -> str:
    body = canonical_json([seq, at, kind, subject, json.loads(detail)])
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def head_link(sql: Sql) -> tuple[int, str] | None:
    """The newest event's number and hash, or None while the history is empty."""
    found = sql.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    return None if found is None else (int(found[0]), str(found[1]))


def head(sql: Sql) -> str:
    """The newest event's hash: the fingerprint of the whole history."""
    last = head_link(sql)
    return last[1] if last else GENESIS


def append(sql: Sql, kind: str, subject: str = "", **detail: Any) -> Link:
    """Add one event inside the caller's transaction, so the change and its record land together."""
    last = head_link(sql)
    seq = last[0] + 1 if last else 1
    prev = last[1] if last else GENESIS
    at = to_text(now())
    detail_json = canonical_json(detail)
    link = Link(
        seq,
        at,
        kind,
        subject,
        detail_json,
        prev,
        link_hash(prev, seq, at, kind, subject, detail_json),
    )
    sql.execute(
        "INSERT INTO audit_events (seq, at, kind, subject, detail, prev_hash, hash)"
        " VALUES (:seq, :at, :kind, :subject, :detail, :prev_hash, :hash)",
        link._asdict(),
    )
    return link
