"""Small vaults and packs for the evidence pack and import screens, made with the real core."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from drive import PASSPHRASE, write_photo

from diary.exporting import ExportChoices, export
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.vault import Vault


def make_vault(vault_dir: Path, tmp_path: Path) -> None:
    """Three incidents (one at the person's home, marked sensitive), a photo and a private note."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 1, 21, 30).astimezone(),
            description="He waited outside my flat for an hour",
            location="14 Larch Close",
            location_kind="home",
            location_sensitive=True,
            behaviours=["ST5"],
            private_note="I did not tell my sister",
        )
    )
    diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 4, 8, 15).astimezone(),
            description="Flowers left on my car with a note",
            location="Station car park",
            behaviours=["ST2.6"],
        )
    )
    diary.attach_file(write_photo(tmp_path / "car.png"), incident="INC-0002")
    diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 9, 23, 5).astimezone(),
            description="Twelve missed calls from a new number",
            behaviours=["ST2.1", "ST2.8"],
        )
    )
    vault.lock()


def make_pack(vault_dir: Path, out: Path, passphrase: str | None = None) -> Path:
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    try:
        export(vault, out, ExportChoices(for_whom="Advocate"), encrypt_passphrase=passphrase)
    finally:
        vault.lock()
    return out


def tamper(pack: Path, name: str, out: Path) -> Path:
    """A copy of the pack with one byte of `name` changed, everything else as it was."""
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == name:
                data = data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:]
            dst.writestr(info, data)
    return out
