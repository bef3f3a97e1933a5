"""The SQLCipher database: opening it with a raw key, the pragmas, and running Alembic migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from diary.errors import VaultDamaged, WriteFailed

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration, so that opening an up-to-date vault needs no Alembic import (it costs
# a tenth of a second at every start). tests/core/test_migrations.py checks it against Alembic.
HEAD_REVISION = "0002"


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
    # SQLCipher logs decryption failures to stderr by default; a person must never see that.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # A raw key skips SQLCipher's own PBKDF2: the key already came out of Argon2id and HKDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise VaultDamaged() from exc
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    # 32 MiB of decrypted pages: a long case's database is tens of MiB, and every page read
    # from disk must be decrypted again.
    conn.execute("PRAGMA cache_size=-32768")
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine over the encrypted database at `path`; every pooled connection is keyed."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: _connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own implicit transactions are switched off below; begin explicitly instead.
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _plain_errors(context: Any) -> Exception | None:
        return translate_error(context.original_exception)

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    return engine


def translate_error(error: BaseException) -> Exception | None:
    """Our own error for a database failure a person can act on, or None to let it through."""
    message = str(error).lower()
    if "full" in message or "disk i/o" in message or "readonly" in message:
        return WriteFailed()
    if isinstance(error, sqlcipher3.dbapi2.DatabaseError) and (
        "malformed" in message or "not a database" in message or "corrupt" in message
    ):
        return VaultDamaged()
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


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration; quick when it already is."""
    try:
        with engine.connect() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            current = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if has_table
                else None
            )
        if current == HEAD_REVISION:
            return
        from alembic import command

        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
    except DatabaseError as exc:
        raise VaultDamaged() from exc


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log back into the database and empty it (on lock)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher's page authentication and SQLite's structure check, as plain sentences."""
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA cipher_integrity_check")).fetchall()
        if rows:
            problems.append(
                f"{len(rows)} part(s) of the diary database failed their authenticity check."
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
    finally:
        raw.close()
