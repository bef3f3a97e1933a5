"""The SQLCipher database: opening it with a raw key, the pragmas, and running Alembic migrations.

Two ways in, over the same connections (`connect`): a plain DB-API connection, which is all that
opening the vault, checking its schema and the quick commands need (`PlainSql`, `write_once`),
and a SQLAlchemy engine for the records layer (`open_engine`). SQLAlchemy and Alembic are
imported only when an engine is made or the schema must be upgraded: importing them is most of
the time a one-off command takes.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3

from diary import interrupts
from diary.errors import DiaryBusy, VaultDamaged
from diary.fsutil import may_not_use, not_allowed, write_failure
from diary.words import plural

if TYPE_CHECKING:
    from sqlalchemy import Engine

T = TypeVar("T")

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration, so that opening an up-to-date vault needs no Alembic import (it costs
# a tenth of a second at every start). tests/core/test_migrations.py checks it against Alembic.
HEAD_REVISION = "0005"


def open_plain(path: Path, key: bytes) -> Any:
    """A plain connection of our own, outside any engine: transactions are begun explicitly."""
    conn = connect(path, key)
    conn.isolation_level = None
    return conn


def connect(path: Path, key: bytes) -> Any:
    """A DB-API connection to the encrypted database at `path`, keyed and with our pragmas."""
    try:
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
    except sqlcipher3.dbapi2.DatabaseError as exc:
        raise translate_error(exc, path.parent, path) or VaultDamaged() from exc
    try:
        # SQLCipher logs decryption failures to stderr by default; a person must never see that.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # A raw key skips SQLCipher's own PBKDF2: the key already came out of Argon2id and HKDF.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # First, so that even the first read waits for another process (the app, a second
        # command) instead of failing with "database is locked".
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode=WAL")
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path.parent, path) or VaultDamaged() from exc
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")
    # 32 MiB of decrypted pages: a long case's database is tens of MiB, and every page read
    # from disk must be decrypted again.
    conn.execute("PRAGMA cache_size=-32768")
    return conn


# How long one statement waits for another process's write to finish before SQLite gives up
# with SQLITE_BUSY; RecordStore then tries the whole transaction again (see WRITE_ATTEMPTS).
BUSY_TIMEOUT_MS = 10_000
# An execution option: a connection that will write begins with BEGIN IMMEDIATE, taking the
# write lock at the start. A deferred BEGIN that reads first and writes later can fail at once
# with "database is locked" (another writer moved on since its snapshot); waiting cannot help it.
WRITE = "daybook_write"


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine over the encrypted database at `path`; every pooled connection is keyed."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own implicit transactions are switched off below; begin explicitly instead.
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _plain_errors(context: Any) -> Exception | None:
        return translate_error(context.original_exception, path.parent)

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    return engine


def translate_error(
    error: BaseException, folder: Path, database: Path | None = None
) -> Exception | None:
    """Our own error for a database failure a person can act on, or None to let it through.

    Only SQLite's own word for damage ("malformed", "not a database") means damage; a file
    that cannot be written or opened is a matter of permissions or space, named as such.
    """
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return DiaryBusy()
    if isinstance(error, sqlcipher3.dbapi2.DatabaseError) and (
        "malformed" in message or "not a database" in message or "corrupt" in message
    ):
        return VaultDamaged()
    if "full" in message:
        return write_failure(folder, errno.ENOSPC)
    if "readonly" in message or "read-only" in message:
        return write_failure(folder, errno.EROFS)
    if "unable to open" in message and database is not None and may_not_use(database):
        return not_allowed(folder)
    if "disk i/o" in message or "unable to open" in message:
        return write_failure(folder)
    return None


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration as Alembic reads it from the scripts (slow; for tests)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


NEWER_DIARY = (
    "This diary has been opened by a newer version of Daybook, which changed how it is "
    "stored. Please update Daybook to open it. Nothing has been changed."
)


def _known_revision(revision: str) -> bool:
    """Whether this Daybook has the migration `revision` (files are named 00NN_what.py)."""
    return any(path.name.startswith(f"{revision}_") for path in (MIGRATIONS / "versions").iterdir())


def _stored_revision(execute: Callable[[str], Any]) -> str | None:
    """The migration the database is at (None for a new, empty one), with `execute` running one
    statement and giving back its rows."""
    has_table = execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    found = execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    return str(found[0]) if found else None


def _is_head(current: str | None) -> bool:
    """Whether `current` is the newest migration; raises VaultDamaged for one this Daybook does
    not have (a newer Daybook changed how the diary is stored)."""
    if current == HEAD_REVISION:
        return True
    if current is not None and not _known_revision(current):
        raise VaultDamaged(NEWER_DIARY)
    return False


def schema_is_current(conn: Any, folder: Path) -> bool:
    """Whether the database on a plain connection is at the newest migration (no Alembic, no
    SQLAlchemy); raises VaultDamaged for a diary a newer Daybook has changed."""
    try:
        return _is_head(_stored_revision(PlainSql(conn, folder).execute))
    except sqlcipher3.dbapi2.DatabaseError as exc:
        raise VaultDamaged() from exc


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration; quick when it already is."""
    from sqlalchemy.exc import DatabaseError

    try:
        with engine.connect() as conn:
            current = _stored_revision(conn.exec_driver_sql)
    except DatabaseError as exc:
        raise VaultDamaged() from exc
    if not _is_head(current):
        upgrade(engine)


def upgrade(engine: Engine) -> None:
    """Bring the schema up to the newest migration with Alembic."""
    from alembic import command
    from sqlalchemy.exc import DatabaseError

    try:
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
    except DatabaseError as exc:
        raise VaultDamaged() from exc


def checkpoint(conn: Any, folder: Path) -> None:
    """Fold the write-ahead log back into the database and empty it (on lock)."""
    PlainSql(conn, folder).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


@contextlib.contextmanager
def plain_errors(folder: Path) -> Iterator[None]:
    """SQLite's failures on a plain connection as our own errors, as the engine gives them."""
    try:
        yield
    except sqlcipher3.dbapi2.Error as exc:
        translated = translate_error(exc, folder)
        if translated is None:
            raise
        raise translated from exc


class Fetched:
    """A statement's rows, all read at once (so a failure while reading them is translated too,
    and no statement is left open to hold back a checkpoint)."""

    def __init__(self, rows: list[Any], lastrowid: int | None) -> None:
        self.rows = rows
        self.lastrowid = lastrowid

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Any]:
        return self.rows


class PlainSql:
    """A plain connection as a `rules.Sql` (diary/records/rules.py): named parameters, rows as
    tuples, failures a person can act on as our own errors."""

    def __init__(self, conn: Any, folder: Path) -> None:
        self.conn = conn
        self.folder = folder

    def execute(self, statement: str, params: Mapping[str, Any] | None = None) -> Fetched:
        with plain_errors(self.folder):
            cursor = self.conn.execute(statement, dict(params or {}))
            try:
                return Fetched(cursor.fetchall(), cursor.lastrowid)
            finally:
                cursor.close()


def write_once(conn: Any, folder: Path, work: Callable[[PlainSql], T]) -> T:
    """Run `work` in one transaction on a plain connection, holding the write lock from the start
    (as the engine's writer does); everything is rolled back if any of it fails."""
    sql = PlainSql(conn, folder)
    sql.execute("BEGIN IMMEDIATE")
    try:
        result = work(sql)
        # Ctrl-C right after the commit must still be told that this was saved.
        with interrupts.deferred():
            sql.execute("COMMIT")
            interrupts.note_saved()
    except BaseException:
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        raise
    return result


def read(conn: Any, folder: Path, work: Callable[[PlainSql], T]) -> T:
    """Run `work` in one read transaction on a plain connection: one snapshot of the diary."""
    sql = PlainSql(conn, folder)
    sql.execute("BEGIN")
    try:
        return work(sql)
    finally:
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher's page authentication and SQLite's structure check, as plain sentences."""
    from sqlalchemy import text

    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA cipher_integrity_check")).fetchall()
        if rows:
            problems.append(
                f"{plural(len(rows), 'part')} of the diary database failed "
                "their authenticity check."
            )
        result = conn.execute(text("PRAGMA integrity_check")).fetchall()
        if [r[0] for r in result] != ["ok"]:
            problems.append("The diary database's structure is damaged.")
    return problems


def backup_to(engine: Engine, target: Path, key: bytes) -> None:
    """A consistent copy of the live database, encrypted under the same key, via SQLite's backup API."""
    raw = engine.raw_connection()
    try:
        copy = sqlcipher3.dbapi2.connect(str(target))
        try:
            copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            raw.driver_connection.backup(copy)  # type: ignore[union-attr]
        finally:
            copy.close()
    except sqlcipher3.dbapi2.Error as exc:
        translated = translate_error(exc, target.parent)
        if translated is None:
            raise
        raise translated from exc
    finally:
        raw.close()
