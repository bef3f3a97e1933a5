"""The advocate's list of packs seen: written only when saved, sealed with Argon2id and AES-GCM,
0600, nothing of it readable, and refused plainly when damaged or opened with another passphrase."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.errors import BadInput, VaultDamaged, WrongPassphrase
from diary.seen_packs import MAGIC, SeenPack, SeenPacks, default_path

PASS = "seven quiet herons at dusk"


def _pack(n: int, code: str = "K7Q2-MX9D-4HRT-Z8WE-3NPA", received: str = "2024-05-01") -> SeenPack:
    return SeenPack("ZQ", code, f"{n:064x}", n, f"ZQ-20240501-1200-{n:06X}", received)


def test_nothing_is_written_until_saved(tmp_path: Path) -> None:
    path = tmp_path / "list" / "recent.dat"
    seen = SeenPacks.create(PASS, path, insecure_fast_kdf=True)
    seen.remember(_pack(1))
    assert not path.exists() and not (tmp_path / "list").exists()
    seen.save()
    assert path.is_file()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["recent.dat"]  # no temporary left


def test_sealed_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "recent.dat"
    seen = SeenPacks.create(PASS, path, insecure_fast_kdf=True)
    for n in (1, 2):
        seen.remember(_pack(n))
    seen.remember(_pack(2))  # the same pack once
    seen.save()
    raw = path.read_bytes()
    assert raw.startswith(MAGIC)
    for marker in ("K7Q2-MX9D", "K7Q2MX9D", f"{1:064x}", "ZQ-20240501", "2024-05-01"):
        assert marker.encode() not in raw and marker.encode("utf-16-le") not in raw
    opened = SeenPacks.open(PASS, path)
    assert opened.packs == [_pack(1), _pack(2)]
    with pytest.raises(WrongPassphrase):
        SeenPacks.open("other words entirely", path)


def test_the_last_pack_from_the_same_key(tmp_path: Path) -> None:
    seen = SeenPacks.create(PASS, tmp_path / "r.dat", insecure_fast_kdf=True)
    seen.remember(_pack(5, received="2024-05-01"))
    seen.remember(_pack(9, received="2024-06-01"))
    seen.remember(_pack(7, code="AAAA-AAAA-AAAA-AAAA-AAAA", received="2024-07-01"))
    last = seen.last_from("K7Q2-MX9D-4HRT-Z8WE-3NPA")
    assert last is not None and last.head_entry == 9
    assert seen.last_from("K7Q2-MX9D-4HRT-Z8WE-3NPA", other_than=last.pack_id) == _pack(5)
    assert seen.last_from("0000-0000-0000-0000-0000") is None


def test_real_key_derivation_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "recent.dat"
    seen = SeenPacks.create(PASS, path)
    seen.remember(_pack(3))
    seen.save()
    assert SeenPacks.open(PASS, path).packs == [_pack(3)]


def test_damage_is_said_plainly(tmp_path: Path) -> None:
    path = tmp_path / "recent.dat"
    seen = SeenPacks.create(PASS, path, insecure_fast_kdf=True)
    seen.remember(_pack(1))
    seen.save()
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(WrongPassphrase, match="damaged"):
        SeenPacks.open(PASS, path)
    path.write_bytes(b"not a list")
    with pytest.raises(VaultDamaged):
        SeenPacks.open(PASS, path)
    # A header asking for more work than Daybook ever writes is refused before any derivation.
    good = SeenPacks.create(PASS, path, insecure_fast_kdf=True)
    good.save()
    costly = bytearray(path.read_bytes())
    costly[10:14] = (4 * 1024 * 1024).to_bytes(4, "big")
    path.write_bytes(bytes(costly))
    with pytest.raises(VaultDamaged):
        SeenPacks.open(PASS, path)
    with pytest.raises(BadInput):
        SeenPacks.open(PASS, tmp_path / "none.dat")
    with pytest.raises(BadInput):
        SeenPacks.create("", path)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_plain_refusal(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("seen") / "recent.dat"
    path.write_bytes(MAGIC + data)
    with pytest.raises((VaultDamaged, WrongPassphrase)):
        SeenPacks.open(PASS, path)


def test_the_default_place_is_beside_never_inside_a_diary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DAYBOOK_SEEN_PACKS", raising=False)
    monkeypatch.delenv("DAYBOOK_VAULT", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    from diary.vault.location import default_vault_path

    path = default_path()
    assert path.is_relative_to(tmp_path)
    assert not path.is_relative_to(default_vault_path())
    assert "pack" not in path.name.lower() and "evidence" not in str(path).lower()
