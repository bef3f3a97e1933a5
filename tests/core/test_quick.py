"""`add` and `list` without the ORM (diary/records/quick.py) give what the records layer gives, and
write under the same rules: one transaction, all or nothing, beside other writers.

What is stored, row by row, is pinned in test_stored_rows.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from diary.errors import BadInput, VaultLocked
from diary.records import quick, rules
from diary.records.incident_sql import IncidentQuery
from diary.records.service import Diary
from diary.records.types import IncidentInput, PersonRef
from diary.vault import Vault
from tests.cliproc import ROOT, in_process
from tests.conftest import PASSPHRASE

START = datetime(2023, 1, 1, 9, 0).astimezone()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("quick") / "vault",
        PASSPHRASE,
        initials="JS",
        insecure_fast_kdf=True,
    )
    diary = Diary(vault)
    words = ["he", "was", "outside", "blue", "coat", "parcel", "bus", "stop", "café", "naïve"]
    diary.add_incidents(
        IncidentInput(
            occurred_start=START + timedelta(hours=5 * (i // 2)),
            description=" ".join(words[(i * j) % len(words)] for j in range(1, 6)) + f" n{i}",
            location=["Home", "", "Bus stop"][i % 3],
            channel=["", "WhatsApp"][i % 2],
            behaviours=[["ST1"], ["ST5", "OC1"], []][i % 3],
            perpetrators=[PersonRef(["Mark Ellison", "Dan Roe"][i % 2])] if i % 4 else [],
        )
        for i in range(90)
    )
    diary.add_addendum("INC-0007", "zebra crossing mentioned later")
    yield vault
    vault.lock()


QUERIES = [
    IncidentQuery(),
    IncidentQuery(search="he"),
    IncidentQuery(search="blue coat"),
    IncidentQuery(search="cafe"),
    IncidentQuery(search="café"),
    IncidentQuery(search="zebra"),  # only in an addendum
    IncidentQuery(search="ellison"),  # only in the person's name
    IncidentQuery(search="nothingmatches"),
    IncidentQuery(search="!!"),  # no usable words
    IncidentQuery(behaviour="st5"),
    IncidentQuery(behaviour="ST5", person="dan roe"),
    IncidentQuery(person="Nobody"),
    IncidentQuery(
        search="bus", date_from=START + timedelta(days=2), date_to=START + timedelta(days=6)
    ),
]


@pytest.mark.parametrize("query", QUERIES)
def test_listing_without_the_orm_gives_what_the_records_layer_gives(
    filled: Vault, query: IncidentQuery
) -> None:
    items, empty = quick.list_incidents(filled, query)
    assert items == Diary(filled).list_incidents(
        search=query.search,
        date_from=query.date_from,
        date_to=query.date_to,
        behaviour=query.behaviour,
        person=query.person,
    )
    assert empty is False


def test_an_empty_diary_says_so(vault: Vault) -> None:
    assert quick.list_incidents(vault, IncidentQuery()) == ([], True)
    assert quick.list_incidents(vault, IncidentQuery(search="he")) == ([], True)
    quick.add_incident(vault, IncidentInput(occurred_start=START, description="first"))
    assert quick.list_incidents(vault, IncidentQuery(search="he")) == ([], False)


def test_an_add_is_checked_like_any_other(vault: Vault) -> None:
    with pytest.raises(BadInput, match="not a behaviour"):
        quick.add_incident(vault, IncidentInput(occurred_start=START, behaviours=["XX9"]))
    with pytest.raises(BadInput, match="0 to 10"):
        quick.add_incident(vault, IncidentInput(occurred_start=START, fear=11))
    with pytest.raises(BadInput, match="end time"):
        quick.add_incident(
            vault, IncidentInput(occurred_start=START, occurred_end=START - timedelta(hours=1))
        )
    assert Diary(vault).count_incidents() == 0
    assert [e.kind for e in Diary(vault).audit_events()] == ["vault created"]


def test_numbers_are_shared_with_the_records_layer(vault: Vault) -> None:
    diary = Diary(vault)
    assert quick.add_incident(vault, IncidentInput(occurred_start=START)) == "INC-0001"
    assert diary.add_incident(IncidentInput(occurred_start=START)).number == "INC-0002"
    diary.delete_incident("INC-0002")
    # A deleted number is never used again, whichever way the next one is added.
    assert quick.add_incident(vault, IncidentInput(occurred_start=START)) == "INC-0003"
    named = IncidentInput(occurred_start=START, perpetrators=[PersonRef("Mark Ellison")])
    assert quick.add_incident(vault, named) == "INC-0004"
    assert diary.get_incident("INC-0004").incident.perpetrators == [PersonRef("Mark Ellison")]
    assert [p.name for p in diary.list_people()] == ["Mark Ellison"]
    assert diary.audit_problems() == []
    assert [e.subject for e in diary.audit_events()][1:] == [
        "INC-0001",
        "INC-0002",
        "INC-0002",
        "INC-0003",
        "INC-0004",
    ]


def test_a_plain_write_that_fails_part_way_saves_nothing(vault: Vault) -> None:
    def half_done(sql: rules.Sql) -> None:
        rules.next_value(sql, "incident")
        rules.append(sql, "created", "INC-0001")
        raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        vault.write_plain(half_done)
    assert quick.add_incident(vault, IncidentInput(occurred_start=START)) == "INC-0001"
    assert [e.kind for e in Diary(vault).audit_events()] == ["vault created", "created"]
    assert Diary(vault).audit_problems() == []


def test_a_locked_vault_is_refused(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked):
        quick.add_incident(vault, IncidentInput(occurred_start=START))
    with pytest.raises(VaultLocked):
        quick.list_incidents(vault, IncidentQuery())
    with pytest.raises(VaultLocked):
        vault.engine  # noqa: B018
    assert not vault.is_unlocked


def test_the_engine_is_made_only_when_asked_for(vault_path: Path) -> None:
    created, _ = Vault.create(vault_path, PASSPHRASE, insecure_fast_kdf=True)
    created.lock()
    vault = Vault.open(vault_path)
    vault.unlock(PASSPHRASE)
    try:
        assert vault.is_unlocked and vault._engine is None
        quick.add_incident(vault, IncidentInput(occurred_start=START))
        assert vault._engine is None
        assert Diary(vault).count_incidents() == 1  # the records layer makes it
        assert vault._engine is not None
    finally:
        vault.lock()
    assert vault._engine is None and not vault.is_unlocked
    # Locking emptied the write-ahead log, with or without the engine.
    assert not (vault_path / "data.db-wal").exists()


ORM_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from diary.records import IncidentInput, PersonRef
    from diary.records.service import Diary
    from diary.vault import Vault

    vault = Vault.open(__import__("pathlib").Path(sys.argv[1]))
    vault.unlock(sys.argv[2])
    diary = Diary(vault)
    print("ready", flush=True)
    when = datetime(2024, 3, 1, 21, 30).astimezone()
    for i in range(10**6):
        diary.add_incident(IncidentInput(
            occurred_start=when, description=f"app {i}", perpetrators=[PersonRef("Mark Ellison")]
        ))
    """
)


def test_adds_without_the_orm_beside_the_app_writing_all_land(vault_path: Path) -> None:
    created, _ = Vault.create(vault_path, PASSPHRASE, insecure_fast_kdf=True)
    created.lock()
    writer = subprocess.Popen(
        [sys.executable, "-c", ORM_WRITER, str(vault_path), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    numbers = []
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == b"ready"
        for i in range(15):
            code, out, err = in_process(
                vault_path,
                "add",
                "--occurred",
                "2024-03-01 21:30",
                "--description",
                f"command line {i}",
                stdin=PASSPHRASE + "\n",
            )
            assert code == 0, err
            numbers.append(out.strip())
    finally:
        writer.kill()
        writer.wait()
    vault = Vault.open(vault_path)
    vault.unlock(PASSPHRASE)
    try:
        diary = Diary(vault)
        listed = diary.list_incidents()
        assert len({i.number for i in listed}) == len(listed)
        mine = [i for i in listed if i.summary.startswith("command line")]
        assert sorted(i.number for i in mine) == sorted(numbers)
        assert len(mine) == 15
        assert diary.audit_problems() == []
        created_events = [e for e in diary.audit_events() if e.kind == "created"]
        assert len(created_events) == len(listed)
        assert quick.list_incidents(vault, IncidentQuery(search="command"))[0] == mine
    finally:
        vault.lock()
