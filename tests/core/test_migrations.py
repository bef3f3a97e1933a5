"""Alembic: the newest migration equals the models, and every migration goes up and down."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from diary.records.models import Base
from diary.vault.database import alembic_config, migrate, open_engine

KEY = bytes(range(32))


def test_head_matches_the_models(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", KEY)
    migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _p: not (
                    type_ == "table" and name and name.startswith("search_index")
                )
            },
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_every_migration_goes_up_and_down(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", KEY)
    with engine.connect() as conn:
        cfg = alembic_config(conn)
        revisions = list(ScriptDirectory.from_config(cfg).walk_revisions("base", "heads"))
        for revision in reversed(revisions):
            command.upgrade(cfg, revision.revision)
        command.downgrade(cfg, "base")
        conn.commit()
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        command.upgrade(cfg, "head")
        conn.commit()
        assert "incidents" in inspect(conn).get_table_names()
    engine.dispose()
