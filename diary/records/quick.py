"""Adding and listing incidents for one command, without loading SQLAlchemy.

`daybook add` and `daybook list` are the commands people run most, and importing SQLAlchemy and
setting up its ORM is most of what a one-off command costs (docs/benchmarks.md, issue 15). These
run the records layer's own SQL (diary/records/incident_sql.py, diary/records/rules.py) over the
vault's plain connection instead: the same checks, the same statements, the same transaction
rules. An incident that names people or breaks an order's conditions needs the people and
orders records, so it is added through the records layer (`Diary`), which runs the same insert
and then links them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diary.records import incident_sql
from diary.records.incident_sql import IncidentQuery
from diary.records.rules import Sql
from diary.records.types import IncidentInput, IncidentSummary

if TYPE_CHECKING:
    from diary.vault.vault import Vault


def add_incident(vault: Vault, data: IncidentInput) -> str:
    """Add a new incident to the unlocked vault; returns its number."""
    if incident_sql.links_records(data):
        from diary.records.service import Diary

        return Diary(vault).add_incident(data).number
    data = incident_sql.validate(data)
    return vault.write_plain(lambda sql: incident_sql.insert_incident(sql, data)[1])


def list_incidents(vault: Vault, query: IncidentQuery) -> tuple[list[IncidentSummary], bool]:
    """Every incident `query` finds, oldest first (as `Diary.list_incidents`), and whether the
    diary holds no incidents at all."""

    def work(sql: Sql) -> tuple[list[IncidentSummary], bool]:
        items = incident_sql.page(sql, query, newest_first=False, limit=None)
        return items, not items and incident_sql.count(sql, IncidentQuery()) == 0

    return vault.read_plain(work)
