"""The key file and its copy: a damaged or edited key file is named as such, never as a wrong
passphrase; `check` reports it, `check --repair` mends it, unlocking says so once; an edited
header cannot make opening ask for minutes and gigabytes."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import pytest

from diary.crypto import kdf, keyslots
from diary.crypto.kdf import KdfParams
from diary.errors import ExitCode, VaultDamaged, WrongPassphrase
from diary.vault import Vault
from tests.cliproc import in_process

PASS = "a passphrase of some length"
OTHER = "another passphrase"


def make(folder: Path) -> Vault:
    vault, _ = Vault.create(folder, PASS, insecure_fast_kdf=True)
    vault.lock()
    return vault


def edited(raw: bytes, *, memory_kib: int | None = None, iterations: int | None = None) -> bytes:
    """The header with its Argon2id costs changed and its checksum made to match, as someone
    editing it on purpose would."""
    offset = 8 + 2 + 2 + 16  # magic, version, flags, vault id
    memory, passes, lanes = struct.unpack_from(">III", raw, offset)
    body = bytearray(raw[: keyslots._SUM_OFF])
    struct.pack_into(">III", body, offset, memory_kib or memory, iterations or passes, lanes)
    return bytes(body) + hashlib.sha256(bytes(body)).digest()


def daybook(vault: Path | str, *args: str, stdin: str = PASS + "\n") -> tuple[int, str, str]:
    return in_process(vault, *args, stdin=stdin)


def test_junk_key_file_beside_a_good_copy_is_reported_repaired_and_mentioned_once(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    make(folder)
    (folder / "keyslots").write_bytes(b"junk" * 10)

    code, _, err = daybook(folder, "list")
    assert code == 0
    assert err.count("key file is damaged") == 1 and "check --repair" in err

    code, out, err = daybook(folder, "check")
    assert code == ExitCode.VAULT_DAMAGED
    assert "key file is damaged" in err and "All is well" not in out

    code, out, err = daybook(folder, "check", "--repair")
    assert code == 0, err
    assert "put back from its copy" in out and "All is well" in out
    assert (folder / "keyslots").read_bytes() == (folder / "keyslots.bak").read_bytes()

    code, _, err = daybook(folder, "list")
    assert code == 0 and "key file" not in err
    code, out, err = daybook(folder, "history")
    assert "key file repaired" in out


def test_a_missing_key_file_opens_from_the_copy_and_is_put_back(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    make(folder)
    (folder / "keyslots").unlink()
    code, _, err = daybook(folder, "check", "--repair")
    assert code == 0, err
    assert (folder / "keyslots").exists()


def test_a_damaged_copy_is_reported_and_written_again(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    make(folder)
    (folder / "keyslots.bak").write_bytes(b"\0" * 100)
    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        assert "copy" in vault.key_file_note
        assert any("copy of the diary's key file" in p for p in vault.check())
        assert vault.repair() == [
            "The copy of the diary's key file was written again from the key file."
        ]
        assert vault.check() == []
    finally:
        vault.lock()


def test_edited_costs_are_tampering_not_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    make(folder)
    primary = folder / "keyslots"
    primary.write_bytes(edited(primary.read_bytes(), iterations=3))

    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        assert vault.key_file_note == keyslots.KEY_FILE_CHANGED
        assert any("changed by something other than Daybook" in p for p in vault.check())
    finally:
        vault.lock()
    # A wrong passphrase is still a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        Vault.open(folder).unlock(OTHER)
    code, _, err = daybook(folder, "list")
    assert code == 0 and "settings were edited" in err


def test_costs_beyond_the_cap_are_never_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    make(folder)
    primary = folder / "keyslots"
    primary.write_bytes(edited(primary.read_bytes(), memory_kib=3 * 1024 * 1024, iterations=50))
    asked: list[KdfParams] = []
    real = kdf.derive_key

    def spy(passphrase: str, salt: bytes, params: KdfParams, **kw: bool) -> bytes:
        asked.append(params)
        return real(passphrase, salt, params, **kw)

    monkeypatch.setattr(kdf, "derive_key", spy)
    opened = keyslots.open_with_passphrase(folder, PASS)
    assert opened.note == keyslots.KEY_FILE_CHANGED
    assert asked and all(kdf.openable(p) for p in asked)

    # With both copies edited so, nothing is derived and the diary is not trusted.
    (folder / "keyslots.bak").write_bytes(primary.read_bytes())
    asked.clear()
    with pytest.raises(VaultDamaged) as caught:
        keyslots.open_with_passphrase(folder, PASS)
    assert asked == []
    assert "changed by something other than Daybook" in caught.value.message


def test_a_copy_left_behind_by_a_stopped_passphrase_change_is_brought_up_to_date(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    make(folder)
    old_header = (folder / "keyslots").read_bytes()
    keyslots.change_passphrase(folder, PASS, OTHER)
    (folder / "keyslots.bak").write_bytes(old_header)  # as if stopped before the last step
    with pytest.raises(WrongPassphrase):
        keyslots.open_with_passphrase(folder, PASS)  # the old one must not open via the copy
    vault = Vault.open(folder)
    vault.unlock(OTHER)  # finishes the change's last step, quietly: nothing was damaged
    try:
        assert vault.key_file_note == ""
        assert vault.check() == []
        assert (folder / "keyslots.bak").read_bytes() == (folder / "keyslots").read_bytes()
    finally:
        vault.lock()
    with pytest.raises(WrongPassphrase):
        keyslots.open_with_passphrase(folder, PASS)


@pytest.mark.parametrize("seconds", [0.001, 0.02, 0.3])
def test_whatever_daybook_writes_it_will_open(
    monkeypatch: pytest.MonkeyPatch, seconds: float
) -> None:
    # However fast the machine, calibrated and renewed costs stay within the cap at unlock.
    monkeypatch.setattr(
        kdf,
        "_time_derivation",
        lambda params, runs=1: seconds
        * params.memory_kib
        * params.iterations
        / (kdf.MINIMUM.memory_kib * kdf.MINIMUM.iterations),
    )
    calibrated = kdf.calibrate(1.0)
    assert kdf.openable(calibrated)
    for old in (KdfParams(1024 * 1024, 3, 4), KdfParams(1024 * 1024, 20, 4), kdf.MINIMUM):
        assert kdf.openable(kdf.renewed(old, calibrated))
    assert not kdf.openable(KdfParams(2 * 1024 * 1024, 21, 4))
    assert not kdf.openable(KdfParams(3 * 1024 * 1024, 1, 4))


def test_edited_flags_are_tampering_not_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    make(folder)
    primary = folder / "keyslots"
    raw = primary.read_bytes()
    body = bytearray(raw[: keyslots._SUM_OFF])
    (flags,) = struct.unpack_from(">H", body, 10)  # after the magic and the format version
    assert flags & keyslots.FLAG_INSECURE_FAST_KDF
    struct.pack_into(">H", body, 10, flags & ~keyslots.FLAG_INSECURE_FAST_KDF)
    primary.write_bytes(bytes(body) + hashlib.sha256(bytes(body)).digest())

    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        assert vault.key_file_note == keyslots.KEY_FILE_CHANGED
        assert any("changed by something other than Daybook" in p for p in vault.check())
    finally:
        vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder).unlock(OTHER)
    code, _, err = daybook(folder, "check")
    assert code == ExitCode.VAULT_DAMAGED and "changed by something other than Daybook" in err
    code, _, err = daybook(folder, "check", "--repair")
    assert code == 0, err
    assert primary.read_bytes() == (folder / "keyslots.bak").read_bytes()
