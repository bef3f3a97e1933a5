"""Export from a real vault: the chosen records, signed with the vault's key, recorded in the history."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from diary.cli import run
from diary.errors import BadInput, ExitCode
from diary.exporting import ExportChoices, export
from diary.importing import import_file
from diary.pack.verify import verify_pack
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.suggest import accept, suggest_incidents
from diary.timeutil import parse_user_time
from diary.vault import Vault
from tests.conftest import require_tool

CHAT = (
    "14/03/2024, 21:02 - Mark: Why are you ignoring me\n"
    "14/03/2024, 21:03 - Mark: I know you're home\n"
    "14/03/2024, 21:05 - Jo: Please stop messaging me\n"
)


def test_import_then_export_shows_messages_with_their_source(vault: Vault, tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT)
    report = import_file(Diary(vault), chat, person="Mark")
    number = accept(Diary(vault), suggest_incidents(Diary(vault), "Mark")[0])
    pack = tmp_path / "pack.zip"
    result = export(vault, pack, ExportChoices(for_whom="ISAC"))
    assert verify_pack(pack).ok
    with zipfile.ZipFile(pack) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("chronology.csv").decode("utf-8-sig"))))
        names = archive.namelist()
        assert (
            archive.read(next(n for n in names if n.startswith(f"exhibits/{report.exhibit}-")))
            == chat.read_bytes()
        )
        pdf = archive.read("report.pdf")
    (row,) = rows
    assert row["No."] == number
    assert (
        f"{report.exhibit} line 1" in row["Messages"]
        and f"{report.exhibit} line 2" in row["Messages"]
    )
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = subprocess.run(
        [require_tool("pdftotext"), str(tmp_path / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Why are you ignoring me" in text
    assert f"{report.exhibit}, line 1" in text
    events = [(e.kind, e.subject) for e in Diary(vault).audit_events()]
    assert ("exported", result.pack_id) in events
    exported = next(e for e in Diary(vault).audit_events() if e.kind == "exported")
    assert exported.detail["sums_sha256"] == result.sums_sha256


def test_exhibit_references_stay_the_same_across_exports(vault: Vault, tmp_path: Path) -> None:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    number = (
        Diary(vault)
        .add_incident(
            IncidentInput(
                occurred_start=parse_user_time("2024-03-01 20:00"), description="Car outside"
            )
        )
        .number
    )
    Diary(vault).attach_file(photo, number)
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    export(vault, first, ExportChoices())
    export(vault, second, ExportChoices())
    for pack in (first, second):
        manifest = json.loads(zipfile.ZipFile(pack).read("manifest.json"))
        assert [e["ref"] for e in manifest["exhibits"]] == ["JS1"]


def test_nothing_to_export_is_said_plainly(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="nothing to export"):
        export(vault, tmp_path / "x.zip", ExportChoices())
    assert not (tmp_path / "x.zip").exists()


def test_cli_export_encrypted_and_verify(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import PASSPHRASE

    Diary(vault).add_incident(
        IncidentInput(occurred_start=parse_user_time("2024-03-01 20:00"), description="Followed me")
    )
    vault.lock()
    out = tmp_path / "pack.zip.age"
    code = run(
        [
            "--vault",
            str(vault_path),
            "--passphrase-stdin",
            "export",
            "--out",
            str(out),
            "--encrypt",
        ],
        stdin=io.StringIO(f"{PASSPHRASE}\ngreen door twelve\n"),
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    capsys.readouterr()
    code = run(["--passphrase-stdin", "verify", str(out)], stdin=io.StringIO("green door twelve\n"))
    assert code == 0 and "intact" in capsys.readouterr().out
    code = run(["--passphrase-stdin", "verify", str(out)], stdin=io.StringIO("wrong\n"))
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_cli_verify_names_a_changed_file(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Diary(vault).add_incident(
        IncidentInput(occurred_start=parse_user_time("2024-03-01 20:00"), description="Followed me")
    )
    pack = tmp_path / "pack.zip"
    export(vault, pack, ExportChoices())
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "chronology.csv":
                data = data.replace(b"Followed me", b"Followed us")
            dst.writestr(item, data)
    code = run(["verify", str(tampered)])
    err = capsys.readouterr().err
    assert code == ExitCode.PACK_TAMPERED
    assert "chronology.csv" in err


def test_private_notes_are_left_out_and_said_once(vault: Vault, tmp_path: Path) -> None:
    Diary(vault).add_incident(
        IncidentInput(
            occurred_start=parse_user_time("2024-03-01 20:00"),
            description="He was outside",
            private_note="I think he has a key",
        )
    )
    pack = tmp_path / "pack.zip"
    result = export(vault, pack, ExportChoices())
    assert [w.what for w in result.withheld] == ["Private notes on 1 incident"]
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert b"has a key" not in archive.read("chronology.csv")
        assert "has a key" not in json.dumps(manifest)
    with_notes = export(vault, tmp_path / "notes.zip", ExportChoices(include_private_notes=True))
    assert with_notes.withheld == ()
