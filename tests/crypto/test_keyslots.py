"""The key-slot header: unlocking, damage versus wrong passphrase, fallback to the backup, re-wrapping."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import stat
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from diary import fsutil
from diary.crypto import kdf, keyslots
from diary.crypto.kdf import INSECURE_FAST, MINIMUM, KdfParams
from diary.crypto.recovery import generate_recovery_key
from diary.errors import (
    BadInput,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)

PASS = "correct horse battery staple"
NEW = "a completely different passphrase"


def make(folder: Path, passphrase: str = PASS) -> tuple[bytes, str]:
    return keyslots.create_keyslots(folder, passphrase, insecure_fast_kdf=True)


def primary(folder: Path) -> Path:
    return folder / keyslots.FILENAME


def backup(folder: Path) -> Path:
    return folder / keyslots.BACKUP_FILENAME


def with_fixed_checksum(raw: bytearray) -> bytes:
    end = keyslots.HEADER_SIZE - 32
    raw[end:] = hashlib.sha256(bytes(raw[:end])).digest()
    return bytes(raw)


def test_create_and_unlock(tmp_path: Path) -> None:
    dek, recovery = make(tmp_path / "v")
    assert len(dek) == 32
    assert keyslots.unlock(tmp_path / "v", PASS) == dek
    assert keyslots.unlock_with_recovery(tmp_path / "v", recovery) == dek
    assert keyslots.unlock_with_recovery(tmp_path / "v", recovery.lower().replace("-", " ")) == dek


def test_files_are_private_and_fixed_size(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in (primary(folder), backup(folder)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.stat().st_size == keyslots.HEADER_SIZE
    assert primary(folder).read_bytes() == backup(folder).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots", "keyslots.bak"]


def test_header_readable_without_passphrase(tmp_path: Path) -> None:
    make(tmp_path / "a")
    make(tmp_path / "b")
    info = keyslots.read_header(tmp_path / "a")
    assert info.format_version == 1
    assert info.kdf == INSECURE_FAST
    assert info.insecure_fast_kdf is True
    assert len(info.vault_id) == 16
    assert info.vault_id != keyslots.read_header(tmp_path / "b").vault_id


def test_each_vault_has_its_own_keys(tmp_path: Path) -> None:
    dek_a, rec_a = make(tmp_path / "a")
    dek_b, rec_b = make(tmp_path / "b")
    assert dek_a != dek_b and rec_a != rec_b


def test_create_refuses_existing_vault(tmp_path: Path) -> None:
    make(tmp_path)
    with pytest.raises(VaultExists):
        make(tmp_path)


def test_create_refuses_empty_passphrase(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        make(tmp_path, "")
    assert not primary(tmp_path).exists()


def test_create_refuses_weak_params_without_the_insecure_flag(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        keyslots.create_keyslots(tmp_path, PASS, params=INSECURE_FAST)
    assert not primary(tmp_path).exists()


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        keyslots.read_header(tmp_path)
    with pytest.raises(VaultNotFound):
        keyslots.unlock(tmp_path, PASS)
    with pytest.raises(VaultNotFound):
        keyslots.unlock(tmp_path / "missing", PASS)


def test_wrong_passphrase_and_wrong_recovery_key(tmp_path: Path) -> None:
    make(tmp_path)
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS + " ")
    with pytest.raises(WrongRecoveryKey):
        keyslots.unlock_with_recovery(tmp_path, generate_recovery_key())
    with pytest.raises(WrongRecoveryKey):
        keyslots.unlock_with_recovery(tmp_path, "not a key")


def test_thousand_random_wrong_passphrases_fail(tmp_path: Path) -> None:
    make(tmp_path)
    rng = random.Random(20261129)
    alphabet = string.ascii_letters + string.digits + string.punctuation + " éß中😀"
    tried = 0
    while tried < 1000:
        guess = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        if guess == PASS:
            continue
        with pytest.raises(WrongPassphrase):
            keyslots.unlock(tmp_path, guess)
        tried += 1


def test_every_byte_flip_is_damage_not_wrong_passphrase(tmp_path: Path) -> None:
    make(tmp_path)
    backup(tmp_path).unlink()
    good = primary(tmp_path).read_bytes()
    for offset in range(len(good)):
        bad = bytearray(good)
        bad[offset] ^= 0x01
        primary(tmp_path).write_bytes(bytes(bad))
        with pytest.raises(VaultDamaged):
            keyslots.read_header(tmp_path)
        with pytest.raises(VaultDamaged):
            keyslots.unlock(tmp_path, PASS)
        # Damage is reported even for a wrong passphrase: it is checked before any key work.
        with pytest.raises(VaultDamaged):
            keyslots.unlock(tmp_path, "wrong")
    primary(tmp_path).write_bytes(good)
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, "wrong")


def test_every_byte_is_bound_even_with_a_fixed_up_checksum(tmp_path: Path) -> None:
    # Someone who edits the header and recomputes the checksum still cannot get the key out.
    dek, recovery = make(tmp_path)
    backup(tmp_path).unlink()
    good = primary(tmp_path).read_bytes()
    for offset in range(keyslots.HEADER_SIZE - 32):
        bad = bytearray(good)
        bad[offset] ^= 0xFF
        primary(tmp_path).write_bytes(with_fixed_checksum(bad))
        with pytest.raises((WrongPassphrase, VaultDamaged)):
            keyslots.unlock(tmp_path, PASS)
        with pytest.raises((WrongRecoveryKey, VaultDamaged)):
            keyslots.unlock_with_recovery(tmp_path, recovery)
    primary(tmp_path).write_bytes(good)
    assert keyslots.unlock(tmp_path, PASS) == dek


def test_downgraded_kdf_is_refused(tmp_path: Path) -> None:
    params = MINIMUM
    keyslots.create_keyslots(tmp_path, PASS, params=params)
    backup(tmp_path).unlink()
    good = primary(tmp_path).read_bytes()
    # Lower the costs to the fast profile, with and without claiming the insecure flag.
    lowered = bytearray(good)
    lowered[28:40] = b"".join(
        n.to_bytes(4, "big")
        for n in (INSECURE_FAST.memory_kib, INSECURE_FAST.iterations, INSECURE_FAST.lanes)
    )
    primary(tmp_path).write_bytes(with_fixed_checksum(bytearray(lowered)))
    with pytest.raises(VaultDamaged):
        keyslots.unlock(tmp_path, PASS)
    lowered[10:12] = (1).to_bytes(2, "big")
    primary(tmp_path).write_bytes(with_fixed_checksum(bytearray(lowered)))
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS)


def test_huge_kdf_costs_are_refused_before_allocating(tmp_path: Path) -> None:
    make(tmp_path)
    backup(tmp_path).unlink()
    raw = bytearray(primary(tmp_path).read_bytes())
    raw[28:32] = (0xFFFFFFFF).to_bytes(4, "big")
    primary(tmp_path).write_bytes(with_fixed_checksum(raw))
    with pytest.raises(VaultDamaged):
        keyslots.read_header(tmp_path)
    with pytest.raises(VaultDamaged):
        keyslots.unlock(tmp_path, PASS)


def test_newer_format_version_says_so(tmp_path: Path) -> None:
    make(tmp_path)
    backup(tmp_path).unlink()
    raw = bytearray(primary(tmp_path).read_bytes())
    raw[8:10] = (2).to_bytes(2, "big")
    primary(tmp_path).write_bytes(with_fixed_checksum(raw))
    with pytest.raises(VaultDamaged) as info:
        keyslots.read_header(tmp_path)
    assert "newer version" in info.value.message


@pytest.mark.parametrize(
    "tear",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"",
        lambda raw: raw + b"\x00",
        lambda raw: bytes(len(raw)),
        None,
    ],
)
def test_torn_keyslots_with_good_backup_still_unlocks(
    tmp_path: Path, tear: Callable[[bytes], bytes] | None
) -> None:
    dek, recovery = make(tmp_path)
    if tear is None:
        primary(tmp_path).unlink()
    else:
        primary(tmp_path).write_bytes(tear(primary(tmp_path).read_bytes()))
    assert keyslots.unlock(tmp_path, PASS) == dek
    assert keyslots.unlock_with_recovery(tmp_path, recovery) == dek
    assert keyslots.read_header(tmp_path).insecure_fast_kdf
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, "wrong")
    # A change made from the backup writes a good `keyslots` again.
    keyslots.change_passphrase(tmp_path, PASS, NEW)
    backup(tmp_path).unlink()
    assert keyslots.unlock(tmp_path, NEW) == dek


def test_both_copies_damaged_is_damage(tmp_path: Path) -> None:
    make(tmp_path)
    primary(tmp_path).write_bytes(b"junk")
    backup(tmp_path).write_bytes(b"more junk")
    with pytest.raises(VaultDamaged):
        keyslots.unlock(tmp_path, PASS)


def test_change_passphrase(tmp_path: Path) -> None:
    dek, recovery = make(tmp_path)
    vault_id = keyslots.read_header(tmp_path).vault_id
    keyslots.change_passphrase(tmp_path, PASS, NEW)
    assert keyslots.unlock(tmp_path, NEW) == dek
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS)
    assert keyslots.unlock_with_recovery(tmp_path, recovery) == dek
    info = keyslots.read_header(tmp_path)
    assert info.vault_id == vault_id and info.kdf == INSECURE_FAST and info.insecure_fast_kdf
    # The backup catches up, so the old passphrase opens neither copy.
    assert backup(tmp_path).read_bytes() == primary(tmp_path).read_bytes()
    primary(tmp_path).unlink()
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS)


def test_change_with_wrong_old_passphrase_changes_nothing(tmp_path: Path) -> None:
    make(tmp_path)
    before = primary(tmp_path).read_bytes(), backup(tmp_path).read_bytes()
    with pytest.raises(WrongPassphrase):
        keyslots.change_passphrase(tmp_path, "wrong", NEW)
    with pytest.raises(BadInput):
        keyslots.change_passphrase(tmp_path, PASS, "")
    assert (primary(tmp_path).read_bytes(), backup(tmp_path).read_bytes()) == before


def test_old_passphrase_not_retried_on_the_backup(tmp_path: Path) -> None:
    # Mid-change state: `keyslots` is new, `.bak` still old. The old passphrase must not open.
    dek, _ = make(tmp_path)
    old = primary(tmp_path).read_bytes()
    keyslots.change_passphrase(tmp_path, PASS, NEW)
    backup(tmp_path).write_bytes(old)
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS)
    assert keyslots.unlock(tmp_path, NEW) == dek


def test_reset_passphrase_with_recovery_key(tmp_path: Path) -> None:
    dek, recovery = make(tmp_path)
    keyslots.reset_passphrase(tmp_path, recovery, NEW)
    assert keyslots.unlock(tmp_path, NEW) == dek
    with pytest.raises(WrongPassphrase):
        keyslots.unlock(tmp_path, PASS)
    assert keyslots.unlock_with_recovery(tmp_path, recovery) == dek
    with pytest.raises(WrongRecoveryKey):
        keyslots.reset_passphrase(tmp_path, generate_recovery_key(), "x")
    assert keyslots.unlock(tmp_path, NEW) == dek


def test_change_never_lowers_kdf_costs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    current = KdfParams(MINIMUM.memory_kib, MINIMUM.iterations + 1, MINIMUM.lanes)
    dek, _ = keyslots.create_keyslots(tmp_path, PASS, params=current)
    # A machine that now calibrates lower (e.g. on battery) keeps the stronger costs.
    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=1.0: MINIMUM)
    keyslots.change_passphrase(tmp_path, PASS, NEW)
    assert keyslots.read_header(tmp_path).kdf == current
    # A faster machine raises them.
    stronger = KdfParams(MINIMUM.memory_kib, MINIMUM.iterations + 2, MINIMUM.lanes)
    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=1.0: stronger)
    keyslots.change_passphrase(tmp_path, NEW, PASS)
    info = keyslots.read_header(tmp_path)
    assert info.kdf == stronger and not info.insecure_fast_kdf
    assert keyslots.unlock(tmp_path, PASS) == dek


class FullDisk:
    def __init__(self, allow: int) -> None:
        self.remaining = allow
        self.real = fsutil._write_all

    def __call__(self, fd: int, data: bytes | memoryview) -> None:
        view = memoryview(data)
        if len(view) <= self.remaining:
            self.remaining -= len(view)
            self.real(fd, view)
            return
        self.real(fd, view[: self.remaining])
        self.remaining = 0
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("allow", [0, 100, 287, 288, 400, 576, 700])
def test_disk_full_during_passphrase_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allow: int
) -> None:
    dek, _ = make(tmp_path)
    before = primary(tmp_path).read_bytes()
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(allow))
    if allow < keyslots.HEADER_SIZE:
        # Failed before `keyslots` was replaced (the copy already held this generation, so it
        # is not written again): both copies byte-identical, the old passphrase opens.
        with pytest.raises(WriteFailed):
            keyslots.change_passphrase(tmp_path, PASS, NEW)
        monkeypatch.undo()
        assert primary(tmp_path).read_bytes() == before
        assert backup(tmp_path).read_bytes() == before
        assert keyslots.unlock(tmp_path, PASS) == dek
    elif allow < 2 * keyslots.HEADER_SIZE:
        # Failed tidying the copy: the change itself took, and is reported as done, with a note.
        assert keyslots.change_passphrase(tmp_path, PASS, NEW) == keyslots.UNTIDY_COPY
        monkeypatch.undo()
        assert keyslots.unlock(tmp_path, NEW) == dek
        assert backup(tmp_path).read_bytes() == before
    else:
        assert keyslots.change_passphrase(tmp_path, PASS, NEW) is None
        monkeypatch.undo()
        assert backup(tmp_path).read_bytes() == primary(tmp_path).read_bytes() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots", "keyslots.bak"]


@pytest.mark.parametrize("allow", [50, 300])
def test_disk_full_during_create_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allow: int
) -> None:
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(allow))
    with pytest.raises(WriteFailed):
        make(tmp_path / "v")
    monkeypatch.undo()
    assert list((tmp_path / "v").iterdir()) == []
    # Nothing half-made blocks a second try.
    make(tmp_path / "v")


def test_subkeys() -> None:
    dek = bytes(range(32))
    db = keyslots.derive_subkey(dek, "database")
    blobs = keyslots.derive_subkey(dek, "blobs")
    assert len(db) == 32 and len(blobs) == 32 and db != blobs and dek not in (db, blobs)
    assert keyslots.derive_subkey(dek, "database") == db
    assert keyslots.derive_subkey(bytes(32), "database") != db
    with pytest.raises(ValueError):
        keyslots.derive_subkey(b"short", "database")
    with pytest.raises(ValueError):
        keyslots.derive_subkey(dek, "")


def test_a_vault_above_the_memory_cap_still_opens_and_a_change_brings_it_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Vaults calibrated before the cap used more memory; they open as they are.
    cap = kdf.CALIBRATION_MEMORY_CAP_KIB
    above = KdfParams(cap + 4 * 1024, MINIMUM.iterations, MINIMUM.lanes)
    dek, _ = keyslots.create_keyslots(tmp_path, PASS, params=above)
    assert keyslots.unlock(tmp_path, PASS) == dek
    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=1.0: MINIMUM)
    keyslots.change_passphrase(tmp_path, PASS, NEW)
    info = keyslots.read_header(tmp_path)
    assert info.kdf.memory_kib == cap
    assert info.kdf.memory_kib * info.kdf.iterations >= above.memory_kib * above.iterations
    assert keyslots.unlock(tmp_path, NEW) == dek
