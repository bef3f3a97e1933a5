"""The audit chain in a pack can be checked by anyone: the script in docs/pack-format.md,
run on a real pack, recomputes every hash and fails when one entry is changed."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from diary.exporting import ExportChoices, export
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.timeutil import now
from diary.vault import Vault

DOCS = Path(__file__).resolve().parents[2] / "docs" / "pack-format.md"


def _script(tmp_path: Path) -> Path:
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("<!-- check-chain-script -->", 1)[1].split(
        "<!-- end-check-chain-script -->"
    )[0]
    code = block.split("```python", 1)[1].rsplit("```", 1)[0]
    path = tmp_path / "check_chain.py"
    path.write_text(code, encoding="utf-8")
    return path


def _rewrite(pack: Path, out: Path, change: dict[str, object]) -> None:
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["audit"][1].update(change)
                data = json.dumps(manifest).encode("utf-8")
            dst.writestr(info, data)


def test_the_documented_script_recomputes_the_chain(vault: Vault, tmp_path: Path) -> None:
    diary = Diary(vault)
    number = diary.add_incident(IncidentInput(now(), description="He was outside")).number
    edited = diary.get_incident(number).incident
    edited.description = "He was outside again, with a friend"
    diary.edit_incident(number, edited)
    diary.add_addendum(number, "I saw him later too.")
    export(vault, tmp_path / "first.zip", ExportChoices(for_whom="PC Jones"))
    export(vault, tmp_path / "pack.zip", ExportChoices(for_whom="Stalking advocate"))
    script = _script(tmp_path)
    ok = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "pack.zip")], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    assert "audit entries check out" in ok.stdout
    manifest = json.loads(zipfile.ZipFile(tmp_path / "pack.zip").read("manifest.json"))
    exports = [e for e in manifest["audit"] if e["kind"] == "exported"]
    assert json.loads(exports[0]["detail"])["for_whom"] == "PC Jones"
    for change in ({"kind": "deleted"}, {"at_text": "2020-01-01T00:00:00+00:00"}):
        _rewrite(tmp_path / "pack.zip", tmp_path / "bad.zip", change)
        bad = subprocess.run(
            [sys.executable, str(script), str(tmp_path / "bad.zip")], capture_output=True, text=True
        )
        assert bad.returncode != 0 and "does not match" in bad.stderr


def test_the_script_checks_the_golden_packs_of_this_version(tmp_path: Path) -> None:
    golden = Path(__file__).resolve().parents[1] / "golden" / "packs"
    script = _script(tmp_path)
    for profile in ("full", "court"):
        out = subprocess.run(
            [sys.executable, str(script), str(golden / f"golden-v2-{profile}.zip")],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stderr
