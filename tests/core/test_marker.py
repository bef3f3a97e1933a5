"""Nothing readable on disk: a marker typed into every field and file is found nowhere in plain form."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from diary.records import IncidentInput, PersonInput, PersonRef, ReportMade
from diary.records.service import Diary
from diary.timeutil import parse_user_time
from diary.vault import Vault

MARKER = "Qz7Marker9Wv"
ROOT = Path(__file__).resolve().parents[2]


def encodings(marker: str) -> list[bytes]:
    forms = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.lower().encode()]
    for pad in ("", "x", "xx"):
        encoded = base64.b64encode((pad + marker).encode()).decode()
        # Drop the characters that depend on what comes before and after the marker.
        forms.append(encoded[4 if pad else 0 : -4].encode())
    return forms


def leaks(*folders: Path) -> list[str]:
    found = []
    needles = encodings(MARKER)
    for folder in folders:
        for path in folder.rglob("*"):
            if MARKER.lower() in path.name.lower():
                found.append(f"file name {path}")
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path} holds {n!r}" for n in needles if n in data]
    return found


def fill_every_field(vault: Vault, tmp_path: Path) -> None:
    m = MARKER
    diary = Diary(vault)
    number = diary.add_incident(
        IncidentInput(
            occurred_start=parse_user_time("2024-03-01 21:30"),
            location=f"{m} street",
            location_kind="home",
            channel=f"{m} chat",
            channel_account=f"{m}@example.com",
            description=f"{m} description",
            exact_words=f"{m} words",
            threats=f"{m} threat",
            behaviours=["ST1"],
            perpetrators=[PersonRef(f"{m} Person", "saw")],
            witnesses=[PersonRef(f"{m} Witness")],
            third_parties=f"{m} told",
            impact_text=f"{m} impact",
            reports=[ReportMade(f"{m} police", "2024", f"{m} ref", f"{m} officer")],
            order_breached=f"{m} order",
            order_condition=f"{m} condition",
            private_note=f"{m} note",
        )
    ).number
    diary.add_addendum(number, f"{m} addendum")
    diary.add_person(
        PersonInput(name=f"{m} Other", description=f"{m} describe", emails=[f"{m}@x.org"])
    )
    diary.save_draft("new", {"description": f"{m} draft"})
    diary.set_setting("initials", "JS")
    source = tmp_path / "outside" / f"{m}-photo.txt"
    source.parent.mkdir()
    source.write_text(f"{m} file content " * 1000)
    diary.attach_file(source, number, description=f"{m} exhibit")
    source.unlink()


def test_marker_is_nowhere_in_the_vault_while_unlocked_and_after_locking(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, "passphrase", initials="JS", insecure_fast_kdf=True)
    fill_every_field(vault, tmp_path)
    assert Diary(vault).list_incidents(search=MARKER)
    assert leaks(path) == []
    vault.lock()
    assert leaks(path) == []


def test_marker_is_nowhere_after_the_command_line_runs(tmp_path: Path) -> None:
    home, tmp, vault = tmp_path / "home", tmp_path / "tmp", tmp_path / "vault"
    home.mkdir()
    tmp.mkdir()
    env = dict(os.environ, HOME=str(home), TMPDIR=str(tmp), PYTHONPATH=str(ROOT))
    env.pop("DAYBOOK_VAULT", None)

    def daybook(*args: str) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "diary", "--vault", str(vault), "--passphrase-stdin", *args],
            input="passphrase\n",
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr

    daybook("init", "--insecure-fast-kdf", "--allow-weak-passphrase")
    m = MARKER
    daybook(
        "add", "--occurred", "2024-03-01", "--description", f"{m} d", "--location", f"{m} l",
        "--person", f"{m} p", "--witness", f"{m} w", "--exact-words", f"{m} e",
        "--private-note", f"{m} n", "--reported-to", f"{m};{m}",
    )  # fmt: skip
    daybook("addendum", "INC-0001", "--text", f"{m} a")
    attachment = tmp_path / f"{m}.txt"
    attachment.write_text(f"{m} content")
    daybook("attach", "INC-0001", str(attachment))
    attachment.unlink()
    daybook("list", "--search", m)
    assert leaks(vault, home, tmp) == []
