"""Alembic environment: migrations always run on a connection the vault has already keyed."""

from __future__ import annotations

from alembic import context

from diary.records.models import Base


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The full-text index is an FTS5 virtual table made by raw SQL; autogenerate cannot see it.
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
