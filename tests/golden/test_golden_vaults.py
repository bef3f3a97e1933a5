"""Every golden vault ever committed must still open, upgrade to the newest schema keeping every
row it held, and read exactly as it was written.

vault-v1 is schema 0001 (the first release); vault-v2 is schema 0005 and holds a record of
every kind (docs/vault-format.md, "Golden vaults"). Each is copied, opened with today's code
(which migrates it), and compared with what its `vault-vN.json` says it holds.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from make_golden_vault import SCHEMAS
from vault_content import differences, read_content

from diary.checkcode import key_check_code
from diary.crypto import keyslots
from diary.records.service import Diary
from diary.vault import Vault
from diary.vault.database import HEAD_REVISION

HERE = Path(__file__).resolve().parent
GOLDEN = sorted(p for p in HERE.glob("vault-v*") if p.is_dir())
WITH_CONTENT = [p for p in GOLDEN if "content" in json.loads(p.with_suffix(".json").read_text())]
DOCS = HERE.parents[1] / "docs" / "vault-format.md"


def expected_of(golden: Path) -> dict[str, Any]:
    return dict(json.loads(golden.with_suffix(".json").read_text(encoding="utf-8")))


def copy_of(golden: Path, tmp_path: Path) -> Path:
    copy = tmp_path / golden.name
    shutil.copytree(golden, copy)
    return copy


@contextlib.contextmanager
def opened(golden: Path, tmp_path: Path) -> Iterator[tuple[Vault, Diary, dict[str, Any]]]:
    """A copy of the golden vault, opened (so migrated) with today's code, locked afterwards."""
    expected = expected_of(golden)
    vault = Vault.open(copy_of(golden, tmp_path))
    vault.unlock(expected["passphrase"])
    try:
        yield vault, Diary(vault), expected
    finally:
        vault.lock()


def raw_rows(folder: Path, passphrase: str) -> tuple[str, dict[str, tuple[list[str], list[Any]]]]:
    """The schema revision and every table's columns and rows, read with SQLCipher alone (no
    migration runs): what the file holds on disk."""
    key = keyslots.derive_subkey(keyslots.unlock(folder, passphrase), "database")
    conn = sqlcipher3.dbapi2.connect(str(folder / "data.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            tables[name] = (columns, sorted(rows, key=repr))
        return revision, tables
    finally:
        conn.close()


def test_there_is_a_golden_vault_of_the_current_schema() -> None:
    assert GOLDEN, "commit a golden vault with tests/golden/make_golden_vault.py"
    assert HEAD_REVISION in SCHEMAS.values(), (
        f"the schema is now {HEAD_REVISION}: make a new golden vault "
        "(python tests/golden/make_golden_vault.py vN) and name it in docs/vault-format.md"
    )
    assert {p.name.removeprefix("vault-") for p in GOLDEN} == set(SCHEMAS)


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_docs_say_which_schema_each_golden_vault_is(golden: Path) -> None:
    version = golden.name.removeprefix("vault-")
    docs = DOCS.read_text(encoding="utf-8")
    assert re.search(rf"`{golden.name}`[^\n]*schema {SCHEMAS[version]}", docs), (
        f"docs/vault-format.md must say that {golden.name} is schema {SCHEMAS[version]}"
    )


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_upgrade_keeps_every_row_as_it_was(golden: Path, tmp_path: Path) -> None:
    expected = expected_of(golden)
    copy = copy_of(golden, tmp_path)
    revision, before = raw_rows(copy, expected["passphrase"])
    assert revision == SCHEMAS[golden.name.removeprefix("vault-")]
    vault = Vault.open(copy)
    vault.unlock(expected["passphrase"])
    vault.lock()
    revision, after = raw_rows(copy, expected["passphrase"])
    assert revision == HEAD_REVISION
    for table, (columns, rows) in before.items():
        assert table in after, f"the upgrade dropped the table {table}"
        now_columns, now_rows = after[table]
        assert set(columns) <= set(now_columns), f"the upgrade dropped columns of {table}"
        picked = [now_columns.index(c) for c in columns]
        kept = sorted((tuple(row[i] for i in picked) for row in now_rows), key=repr)
        assert kept == rows, f"the upgrade changed rows of {table}"


def test_v1_reads_back_after_the_upgrade(tmp_path: Path) -> None:
    with opened(HERE / "vault-v1", tmp_path) as (vault, diary, expected):
        assert [s.number for s in diary.list_incidents()] == expected["incidents"]
        first = diary.get_incident(expected["incidents"][0])
        assert len(first.revisions) == 2
        assert first.revisions[0].data.description.startswith("He knocked on my door")
        assert first.incident.description.endswith("It went on for twenty minutes.")
        assert first.incident.exact_words == "Let me in, Zoë, I know you're there"
        assert first.incident.reports[0].reference == "CAD 5521"
        # A tick-box left unticked before "told to stop" had three answers reads as not said.
        assert first.incident.told_to_stop is None
        assert first.incident.breaches == []
        assert first.addenda[0].text == "My neighbour Ωmega heard it too."
        assert first.exhibits[0].ref == expected["exhibit"]["ref"]
        assert first.exhibits[0].sha256 == expected["exhibit"]["sha256"]
        assert first.exhibits[0].file_saved_at is None
        second = diary.get_incident(expected["incidents"][1])
        assert [m.body for m in second.messages] == ["answer me"]
        assert second.messages[0].source_ref is not None
        assert diary.list_incidents(search="letterbox")
        (dan,) = diary.list_people()
        assert (dan.name, dan.phones, dan.addresses, dan.photo, dan.sources) == (
            "Dan Whitlock",
            ["+447700900001"],  # kept as E.164 since the first release
            [],
            None,
            {},
        )
        # The kinds added since are there, and empty.
        assert diary.get_profile().is_empty
        assert diary.safety_plan().is_empty
        assert diary.list_orders() == []
        assert all(a.answer == "" for a in diary.risk_answers(with_suggestions=False))
        assert diary.statement_revisions() == []
        assert diary.list_life_changes() == []
        assert diary.list_attachments() == []
        assert vault.check() == []
        assert diary.fingerprint() == expected["fingerprint"]
        assert len(diary.audit_events()) == expected["events"]


@pytest.mark.parametrize("golden", WITH_CONTENT, ids=[p.name for p in WITH_CONTENT])
def test_golden_vault_reads_back_exactly(golden: Path, tmp_path: Path) -> None:
    with opened(golden, tmp_path) as (vault, diary, expected):
        assert differences(expected["content"], read_content(diary)) == []
        public = vault.signing_key().public_key().public_bytes_raw()
        assert key_check_code(public) == expected["check_code"]
        assert vault.check() == []


def test_v2_holds_a_record_of_every_kind() -> None:
    """So the golden vault stays a test of every kind: each list in it has something."""
    content = expected_of(HERE / "vault-v2")["content"]
    assert all(content[k] for k in content), [k for k in content if not content[k]]
    exhibits = {e["ref"]: e for e in content["exhibits"]}
    made = expected_of(HERE / "vault-v2")["made"]
    assert exhibits[made["photo"]]["file_saved_at"] and not exhibits[made["photo"]]["captured_at"]
    assert any(m["sent_at"] is None for m in content["messages"])
    assert any(m["sent_at"] is not None for m in content["messages"])
    assert {o["status"] for o in content["orders"]} == {"in-force", "asked-for", "ended"}
    assert any(len(o["revisions"]) > 1 for o in content["orders"])
    assert len(content["statement"]) > 1
    assert any(i["incident"]["breaches"] for i in content["incidents"])
    assert any(i["addenda"] for i in content["incidents"])
    assert any(len(i["revisions"]) > 1 for i in content["incidents"])
    assert {"deleted", "exported"} <= {e["kind"] for e in content["history"]}
    assert any(p["sources"] for p in content["people"])
    assert content["safety_plan"]["services"]
    assert any(s["text"] for s in content["safety_plan"]["sections"])
    assert any(r["answer"] for r in content["risk"])
    assert all(v is not None for v in content["settings"].values())
    assert all(v is not None for v in content["drafts"].values())


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_upgraded_golden_vault_works_on(golden: Path, tmp_path: Path) -> None:
    """After the upgrade: written to, exported, and its pack's history recomputes (C8), and the
    recovery key still opens it."""
    from diary.exporting import ExportChoices, export
    from diary.pack.verify import verify_pack
    from diary.records.court_types import ConditionInput, OrderInput

    with opened(golden, tmp_path) as (vault, diary, expected):
        diary.add_order(
            OrderInput(
                kind="restraining",
                status="asked-for",
                against="Dan Whitlock",
                conditions=[ConditionInput("Not to contact her.")],
            )
        )
        pack = export(vault, tmp_path / "pack.zip", ExportChoices())
        verdict = verify_pack(pack.path)
        assert verdict.ok, (verdict.problems, verdict.history_problems)
        assert verdict.history_checked and verdict.history_problems == []
        assert vault.check() == []
    recovered = Vault.open(vault.path)
    recovered.recover(expected["recovery_key"], "a new passphrase")
    recovered.lock()
