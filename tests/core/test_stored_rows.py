"""What adding an incident stores, row by row and byte by byte, whichever way it is added.

tests/core/stored_rows.json was written by the records layer as it stood before `add` and
`list` learnt to run without SQLAlchemy (diary/records/incident_sql.py). It pins the incident
rows, their first revisions, the full-text rows, the people named, the breaches, the counters and
the history entries, so that a change in how a row is written (an ORM default forgotten, a value
stored in another form, a history entry hashed differently) cannot pass unseen. The command line
must store exactly what the records layer stores for the same input.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import text

from diary.cli.entries import incident_from_args
from diary.cli.parser import build_parser
from diary.records.audit import GENESIS, link_hash
from diary.records.court_types import ConditionInput, OrderInput
from diary.records.service import Diary
from diary.records.types import IncidentInput, PersonRef, ReportMade
from diary.timeutil import from_text
from diary.vault import Vault
from tests.cliproc import in_process
from tests.conftest import PASSPHRASE

GOLDEN = Path(__file__).with_name("stored_rows.json")
WHEN = datetime(2024, 3, 1, 21, 30, tzinfo=timezone(timedelta(hours=1)))
STAMPED = {"written_at", "updated_at", "saved_at", "at", "created_at"}
TABLES = {
    "incidents": "id",
    "incident_revisions": "id",
    "counters": "name",
    "people": "id",
    "incident_people": "incident_id, person_id, role",
    "incident_breaches": "incident_id, condition_id",
    "audit_events": "seq",
}


def plain_incident() -> IncidentInput:
    """Every field but people and breaches."""
    return IncidentInput(
        occurred_start=WHEN,
        occurred_end=WHEN + timedelta(minutes=45),
        precision="about",
        written_later=True,
        location="Outside 12 Elm Road",
        location_kind="home",
        location_sensitive=True,
        coordinates=(51.5, -0.12),
        channel="WhatsApp",
        channel_account="+44 7700 900123",
        description="He stood outside my window and shouted. " * 12,
        exact_words="You can't hide from me",
        threats="Said he would break the door",
        behaviours=["st5", "OC1"],
        third_parties="Told my sister",
        fear=9,
        impact=["missed_work"],
        impact_text="I had a chain fitted",
        told_to_stop=True,
        reports=[ReportMade("Police", "2024-03-02", "CAD 1234", "PC Ahmed")],
        order_breached="Non-molestation order",
        order_condition="Not to come within 100 m",
        private_note="I think he has a key",
    )


def with_people() -> IncidentInput:
    return IncidentInput(
        occurred_start=WHEN + timedelta(days=2),
        description="Followed me from the bus stop",
        perpetrators=[PersonRef("Mark Ellison", "saw him")],
        witnesses=[PersonRef("Priya Shah"), PersonRef("")],
    )


def with_a_breach() -> IncidentInput:
    return IncidentInput(
        occurred_start=WHEN + timedelta(days=3),
        precision="day",
        description="At my gate again",
        perpetrators=[PersonRef("mark ellison")],
        breaches=["ord-1 / 2"],
        told_to_stop=False,
    )


def an_order() -> OrderInput:
    return OrderInput(
        kind="non-molestation",
        status="in-force",
        court="Family Court at Leeds",
        made=date(2024, 2, 1),
        against="Mark Ellison",
        conditions=[
            ConditionInput("Not to contact the applicant", "prohibition"),
            ConditionInput("Not to come within 100 metres of 12 Elm Road", "prohibition"),
        ],
    )


def fill(diary: Diary) -> None:
    diary.add_incident(plain_incident())
    diary.add_incident(with_people())
    diary.add_order(an_order())
    diary.add_incident(with_a_breach())


def stored(vault: Vault) -> dict[str, Any]:
    """Every table an incident writes to; the times of writing checked and replaced by "<now>",
    the history's chain checked link by link."""
    found: dict[str, Any] = {}
    with vault.engine.connect() as conn:
        for table, order in TABLES.items():
            result = conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
            found[table] = [dict(r._mapping) for r in result]
        result = conn.execute(
            text("SELECT rowid, kind, ref, body FROM search_index ORDER BY rowid")
        )
        found["search_index"] = [dict(r._mapping) for r in result]
    prev = GENESIS
    for event in found["audit_events"]:
        assert event["prev_hash"] == prev
        assert event["hash"] == link_hash(
            prev, event["seq"], event["at"], event["kind"], event["subject"], event["detail"]
        )
        prev = event["hash"]
        event["prev_hash"] = event["hash"] = "<checked>"
    for rows in found.values():
        for row in rows:
            for name in STAMPED & row.keys():
                age = datetime.now().astimezone() - from_text(row[name])
                assert timedelta(0) <= age < timedelta(minutes=30), (name, row[name])
                row[name] = "<now>"
    found["audit_events"] = [e for e in found["audit_events"] if e["kind"] != "vault created"]
    return found


def test_adding_incidents_stores_the_same_rows_as_before(vault: Vault) -> None:
    fill(Diary(vault))
    assert stored(vault) == json.loads(GOLDEN.read_text(encoding="utf-8"))


ADDS = [
    ["--occurred", "2024-03-01 21:30", "--description", "He was outside the house again."],
    [
        "--occurred",
        "2024-03-02",
        "--ended",
        "2024-03-02 23:00",
        "--precision",
        "about",
        "--written-later",
        "--location",
        "12 Elm Road",
        "--channel",
        "in person",
        "--behaviour",
        "st5",
        "--behaviour",
        "OC1",
        "--fear",
        "7",
        "--threats",
        "Said he'd be back",
        "--reported-to",
        "Police;CAD 88;PC Khan;2024-03-03",
        "--private-note",
        "café – ünïcode",
    ],
    ["--occurred", "2024-03-04 08:00", "--person", "Mark Ellison", "--witness", "Priya Shah"],
    ["--occurred", "2024-03-05 08:00", "--person", "mark ellison", "--breach", "ORD-1/2"],
]


def test_the_command_line_stores_what_the_records_layer_stores(tmp_path: Path) -> None:
    by_cli, by_records = tmp_path / "cli", tmp_path / "records"
    for path in (by_cli, by_records):
        vault, _ = Vault.create(path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
        Diary(vault).add_order(an_order())
        vault.lock()
    records = Vault.open(by_records)
    records.unlock(PASSPHRASE)
    try:
        for args in ADDS:
            code, out, err = in_process(by_cli, "add", *args, stdin=PASSPHRASE + "\n")
            assert code == 0, err
            assert out.startswith("INC-")
            parsed: argparse.Namespace = build_parser().parse_args(["add", *args])
            Diary(records).add_incident(incident_from_args(parsed, None))
        cli = Vault.open(by_cli)
        cli.unlock(PASSPHRASE)
        try:
            assert stored(cli) == stored(records)
        finally:
            cli.lock()
    finally:
        records.lock()
