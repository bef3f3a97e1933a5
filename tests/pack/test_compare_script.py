"""The standard-library script in docs/pack-format.md that compares two packs, run on real packs:
continuity holds for successive packs and update packs, fails where a history was rewritten;
and the chain script handles a court copy's withheld entries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from diary.since_export import earlier_pack
from diary.vault import Vault
from tests.conftest import PASSPHRASE
from tests.pack.since_diary import (
    OWNER_PHONE,
    change_everything,
    export_pack,
    first_diary,
    rewrite_history,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "pack-format.md"


def _script(tmp_path: Path, marker: str, name: str) -> Path:
    text = DOCS.read_text(encoding="utf-8")
    block = text.split(f"<!-- {marker} -->", 1)[1].split(f"<!-- end-{marker} -->")[0]
    path = tmp_path / name
    path.write_text(block.split("```python", 1)[1].rsplit("```", 1)[0], encoding="utf-8")
    return path


def _compare(tmp_path: Path, old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    script = _script(tmp_path, "compare-packs-script", "compare_packs.py")
    return subprocess.run(
        [sys.executable, "-I", str(script), str(old), str(new)], capture_output=True, text=True
    )


def test_two_successive_packs(vault: Vault, tmp_path: Path) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    changes = change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "new.zip")
    out = _compare(tmp_path, tmp_path / "old.zip", tmp_path / "new.zip")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert f"{changes.revised}: changed" in lines
    assert f"{changes.addendum}: changed" in lines
    assert f"{changes.deleted}: not in the new pack" in lines
    assert f"{changes.new}: new in this pack" in lines
    assert "INC-0004: unchanged" in lines
    assert any(line.endswith(f"deleted {changes.deleted}") for line in lines)
    assert lines[-1].startswith("continuity holds")
    # The same packs the wrong way round do not follow on.
    back = _compare(tmp_path, tmp_path / "new.zip", tmp_path / "old.zip")
    assert back.returncode != 0 and "the histories part" in back.stderr


def test_an_update_pack(vault: Vault, tmp_path: Path) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "update.zip", since=earlier_pack(vault, tmp_path / "old.zip"))
    out = _compare(tmp_path, tmp_path / "old.zip", tmp_path / "update.zip")
    assert out.returncode == 0, out.stderr
    assert "INC-0004: unchanged (listed)" in out.stdout.splitlines()
    export_pack(vault, tmp_path / "other.zip")
    wrong = _compare(tmp_path, tmp_path / "other.zip", tmp_path / "update.zip")
    assert wrong.returncode != 0


def test_a_rewritten_history_is_found(vault: Vault, tmp_path: Path) -> None:
    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    rewrite_history(vault, PASSPHRASE, 3, rehash_after=True)
    export_pack(vault, tmp_path / "new.zip")
    out = _compare(tmp_path, tmp_path / "old.zip", tmp_path / "new.zip")
    assert out.returncode != 0
    assert "the histories part at entry 3" in out.stderr


def test_court_copies_with_a_withheld_entry(vault: Vault, tmp_path: Path) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip", for_whom=f"PC Jones, on {OWNER_PHONE}")
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "court.zip", "court")
    chain = _script(tmp_path, "check-chain-script", "check_chain.py")
    out = subprocess.run(
        [sys.executable, "-I", str(chain), str(tmp_path / "court.zip")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert "(1 withheld in this court copy)" in out.stdout
    compared = _compare(tmp_path, tmp_path / "old.zip", tmp_path / "court.zip")
    assert compared.returncode == 0, compared.stderr
