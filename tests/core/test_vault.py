"""The vault's life: create, unlock, lock, passphrases, recovery, backup, restore and damage checks."""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from diary.errors import (
    BadInput,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.vault import Vault
from tests.conftest import PASSPHRASE

WHEN = datetime(2024, 3, 1, 21, 30).astimezone()


def add(vault: Vault, text: str = "He followed me home") -> str:
    return Diary(vault).add_incident(IncidentInput(occurred_start=WHEN, description=text)).number


def test_the_records_open_over_an_unlocked_vault_and_close_with_it(vault: Vault) -> None:
    diary = Diary(vault)
    number = add(vault)
    assert [s.number for s in diary.list_incidents()] == [number]
    assert diary.fingerprint() == Diary(vault).fingerprint()
    vault.lock()
    with pytest.raises(VaultLocked):
        diary.list_incidents()
    with pytest.raises(VaultLocked):
        Diary(vault).get_setting("initials")


def test_the_vault_does_not_load_the_records_service() -> None:
    code = "import sys, diary.vault.vault; print('diary.records.service' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_folder_and_files_are_private(vault: Vault, vault_path: Path) -> None:
    add(vault)
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o700
    for path in vault_path.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"


def test_names_on_disk_say_nothing(vault: Vault, vault_path: Path) -> None:
    add(vault)
    names = {p.name for p in vault_path.iterdir()}
    assert names <= {"keyslots", "keyslots.bak", "data.db", "data.db-wal", "data.db-shm", "blobs"}


def test_lock_empties_the_write_ahead_log(vault: Vault, vault_path: Path) -> None:
    add(vault)
    vault.lock()
    wal = vault_path / "data.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert not vault.is_unlocked


def test_a_second_create_is_refused(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_path, "other", insecure_fast_kdf=True)


def test_no_vault_is_told_plainly(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing")


def test_failed_attempts_are_reported_after_the_next_unlock(vault: Vault, vault_path: Path) -> None:
    vault.lock()
    locked = Vault.open(vault_path)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            locked.unlock("guess")
    failed = locked.unlock(PASSPHRASE)
    assert len(failed) == 2
    locked.lock()
    assert Vault.open(vault_path).unlock(PASSPHRASE) == []


def test_passphrase_change_rewraps_only(vault: Vault, vault_path: Path) -> None:
    number = add(vault)
    data_before = (vault_path / "data.db").stat().st_ino
    vault.change_passphrase(PASSPHRASE, "a new one")
    vault.lock()
    reopened = Vault.open(vault_path)
    with pytest.raises(WrongPassphrase):
        reopened.unlock(PASSPHRASE)
    reopened.unlock("a new one")
    assert Diary(reopened).get_incident(number).incident.description == "He followed me home"
    assert (vault_path / "data.db").stat().st_ino == data_before
    reopened.lock()


def test_recovery_key_sets_a_new_passphrase(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE, insecure_fast_kdf=True)
    number = add(vault)
    vault.lock()
    locked = Vault.open(vault_path)
    with pytest.raises(WrongRecoveryKey):
        locked.recover("AAAA-BBBB-CCCC", "new")
    locked.recover(recovery.lower().replace("-", " "), "new passphrase")
    assert Diary(locked).get_incident(number).incident.description == "He followed me home"
    locked.lock()
    Vault.open(vault_path).unlock("new passphrase")


def test_backup_restores_into_a_new_folder_after_checking(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    number = add(vault)
    photo = tmp_path / "p.bin"
    photo.write_bytes(os.urandom(200_000))
    Diary(vault).attach_file(photo, number)
    backup = tmp_path / "backup.daybook"
    vault.backup(backup)
    add(vault, "written after the backup")
    vault.lock()
    assert b"followed" not in backup.read_bytes()

    target = tmp_path / "restored"
    assert Vault.restore(backup, target, PASSPHRASE).moved is None
    restored = Vault.open(target)
    restored.unlock(PASSPHRASE)
    assert [s.number for s in Diary(restored).list_incidents()] == [number]
    assert Diary(restored).read_exhibit("JS1") == photo.read_bytes()
    restored.lock()

    moved = Vault.restore(backup, vault_path, PASSPHRASE).moved
    assert moved is not None and (moved / "keyslots").exists()


def test_a_damaged_backup_replaces_nothing(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    add(vault)
    backup = tmp_path / "backup.daybook"
    vault.backup(backup)
    vault.lock()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = sorted(p.name for p in vault_path.iterdir())
    with pytest.raises((VaultDamaged, BadInput)):
        Vault.restore(backup, vault_path, PASSPHRASE)
    assert sorted(p.name for p in vault_path.iterdir()) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".daybook-restore")]
    with pytest.raises(BadInput):
        Vault.restore(tmp_path / "backup.daybook.missing", tmp_path / "x", PASSPHRASE)


def test_check_finds_a_changed_exhibit(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100_000)
    Diary(vault).attach_file(path)
    assert vault.check() == []
    blob = next(
        p for p in (vault_path / "blobs").rglob("*") if p.is_file() and p.parent.name != "tmp"
    )
    data = bytearray(blob.read_bytes())
    data[100] ^= 1
    blob.write_bytes(bytes(data))
    problems = vault.check()
    assert problems and "JS1" in problems[0]


def test_flipped_bytes_in_the_database_are_detected(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, insecure_fast_kdf=True)
    for i in range(20):
        add(vault, f"entry {i}")
    vault.lock()
    db = vault_path / "data.db"
    original = db.read_bytes()
    rng = random.Random(7)
    offsets = sorted(rng.sample(range(len(original)), 200))
    for offset in offsets:
        damaged = bytearray(original)
        damaged[offset] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(damaged))
        reopened = Vault.open(vault_path)
        try:
            reopened.unlock(PASSPHRASE)
        except VaultDamaged:
            continue
        try:
            assert reopened.check() != [], f"a flip at byte {offset} went unnoticed"
        finally:
            reopened.lock()
    db.write_bytes(original)


def test_a_full_disk_leaves_the_last_good_state(vault: Vault) -> None:
    from sqlalchemy import event

    number = add(vault)

    @event.listens_for(vault.engine, "connect")
    def _tiny(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA max_page_count = 1")

    vault.engine.dispose()
    with pytest.raises(WriteFailed) as caught:
        add(vault, "x" * 200_000)
    assert "the disk is full" in caught.value.message
    event.remove(vault.engine, "connect", _tiny)
    vault.engine.dispose()
    assert [s.number for s in Diary(vault).list_incidents()] == [number]
