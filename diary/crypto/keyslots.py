"""The keyslot header (temporary stand-in until the crypto branch lands)."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from diary.crypto.kdf import INSECURE_FAST, KdfParams, calibrate, derive_key
from diary.crypto.recovery import generate_recovery_key, parse_recovery_key
from diary.errors import VaultDamaged, VaultNotFound, WrongPassphrase, WrongRecoveryKey
from diary.fsutil import atomic_write_bytes


@dataclass(frozen=True)
class HeaderInfo:
    format_version: int
    kdf: KdfParams
    insecure_fast_kdf: bool
    vault_id: bytes


def derive_subkey(dek: bytes, purpose: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"daybook " + purpose.encode()).derive(dek)


def _load(folder: Path) -> Any:
    path = folder / "keyslots"
    if not path.exists():
        raise VaultNotFound()
    try:
        return json.loads(path.read_text())
    except ValueError as exc:
        raise VaultDamaged() from exc


def _wrap(key: bytes, dek: bytes) -> str:
    nonce = os.urandom(12)
    return (nonce + AESGCM(key).encrypt(nonce, dek, None)).hex()


def _unwrap(key: bytes, blob: str) -> bytes:
    raw = bytes.fromhex(blob)
    return AESGCM(key).decrypt(raw[:12], raw[12:], None)


def create_keyslots(
    folder: Path,
    passphrase: str,
    *,
    insecure_fast_kdf: bool = False,
    params: KdfParams | None = None,
) -> tuple[bytes, str]:
    params = params or (INSECURE_FAST if insecure_fast_kdf else calibrate())
    dek = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    recovery = generate_recovery_key()
    pk = derive_key(passphrase, salt, params, insecure_ok=insecure_fast_kdf)
    rk = derive_subkey(parse_recovery_key(recovery), "recovery")
    doc = {
        "v": 1,
        "kdf": [params.memory_kib, params.iterations, params.lanes],
        "fast": insecure_fast_kdf,
        "id": secrets.token_hex(16),
        "salt": salt.hex(),
        "p": _wrap(pk, dek),
        "r": _wrap(rk, dek),
    }
    atomic_write_bytes(folder / "keyslots", json.dumps(doc).encode())
    return dek, recovery


def read_header(folder: Path) -> HeaderInfo:
    d = _load(folder)
    return HeaderInfo(d["v"], KdfParams(*d["kdf"]), d["fast"], bytes.fromhex(d["id"]))


def unlock(folder: Path, passphrase: str) -> bytes:
    d = _load(folder)
    pk = derive_key(passphrase, bytes.fromhex(d["salt"]), KdfParams(*d["kdf"]), insecure_ok=True)
    try:
        return _unwrap(pk, d["p"])
    except InvalidTag as exc:
        raise WrongPassphrase() from exc


def unlock_with_recovery(folder: Path, recovery_key: str) -> bytes:
    d = _load(folder)
    try:
        return _unwrap(derive_subkey(parse_recovery_key(recovery_key), "recovery"), d["r"])
    except InvalidTag as exc:
        raise WrongRecoveryKey() from exc


def _rewrap(folder: Path, dek: bytes, new_passphrase: str) -> None:
    d = _load(folder)
    salt = secrets.token_bytes(16)
    d["salt"] = salt.hex()
    d["p"] = _wrap(derive_key(new_passphrase, salt, KdfParams(*d["kdf"]), insecure_ok=True), dek)
    atomic_write_bytes(folder / "keyslots.bak", (folder / "keyslots").read_bytes())
    atomic_write_bytes(folder / "keyslots", json.dumps(d).encode())


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    _rewrap(folder, unlock(folder, old_passphrase), new_passphrase)


def reset_passphrase(folder: Path, recovery_key: str, new_passphrase: str) -> None:
    _rewrap(folder, unlock_with_recovery(folder, recovery_key), new_passphrase)
