"""Every golden vault ever committed must still open and read exactly as it was written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from diary.records.service import Diary
from diary.vault import Vault

HERE = Path(__file__).resolve().parent
GOLDEN = sorted(p for p in HERE.glob("vault-v*") if p.is_dir())


def test_there_is_a_golden_vault() -> None:
    assert GOLDEN, "commit a golden vault with tests/golden/make_golden_vault.py"


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_vault_opens_and_reads(golden: Path, tmp_path: Path) -> None:
    expected = json.loads(golden.with_suffix(".json").read_text(encoding="utf-8"))
    copy = tmp_path / golden.name
    shutil.copytree(golden, copy)
    vault = Vault.open(copy)
    vault.unlock(expected["passphrase"])
    try:
        diary = Diary(vault)
        assert [s.number for s in diary.list_incidents()] == expected["incidents"]
        first = diary.get_incident(expected["incidents"][0])
        assert len(first.revisions) == 2
        assert first.revisions[0].data.description.startswith("He knocked on my door")
        assert first.incident.exact_words == "Let me in, Zoë, I know you're there"
        assert first.addenda[0].text == "My neighbour Ωmega heard it too."
        assert first.exhibits[0].ref == expected["exhibit"]["ref"]
        assert first.exhibits[0].sha256 == expected["exhibit"]["sha256"]
        second = diary.get_incident(expected["incidents"][1])
        assert [m.body for m in second.messages] == ["answer me"]
        assert second.messages[0].source_ref is not None
        assert diary.list_incidents(search="letterbox")
        assert vault.check() == []
        assert diary.fingerprint() == expected["fingerprint"]
        assert len(diary.audit_events()) == expected["events"]
    finally:
        vault.lock()
    recovered = Vault.open(copy)
    recovered.recover(expected["recovery_key"], "a new passphrase")
    recovered.lock()
