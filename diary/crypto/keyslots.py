"""The `keyslots` header: the data key wrapped under the passphrase and under the recovery key.

The byte layout is documented in docs/vault-format.md; keep the two in step.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from diary.crypto import kdf
from diary.crypto.kdf import INSECURE_FAST, MAXIMUM, MINIMUM, KdfParams
from diary.crypto.recovery import generate_recovery_key, parse_recovery_key
from diary.errors import (
    BadInput,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)
from diary.fsutil import atomic_write_bytes, ensure_private_dir, temp_prefix

FILENAME = "keyslots"
BACKUP_FILENAME = "keyslots.bak"

MAGIC = b"\x89DBK\r\n\x1a\n"
FORMAT_VERSION = 1
FLAG_INSECURE_FAST_KDF = 0x0001
_KNOWN_FLAGS = FLAG_INSECURE_FAST_KDF

DEK_SIZE = 32
SALT_SIZE = 32
NONCE_SIZE = 12
WRAPPED_SIZE = DEK_SIZE + 16
VAULT_ID_SIZE = 16

# magic, format version, flags, vault_id, memory KiB, iterations, lanes
_PREFIX = struct.Struct(">8sHH16sIII")
_COMMON_END = 28  # magic + version + flags + vault_id: what never changes in a vault's life
_SLOT_SIZE = SALT_SIZE + NONCE_SIZE + WRAPPED_SIZE
_PASS_OFF = _PREFIX.size
_REC_OFF = _PASS_OFF + _SLOT_SIZE
_MAC_OFF = _REC_OFF + _SLOT_SIZE
_SUM_OFF = _MAC_OFF + 32
HEADER_SIZE = _SUM_OFF + 32

_PASS_AAD_LABEL = b"daybook keyslots v1 passphrase slot\x00"
_REC_AAD_LABEL = b"daybook keyslots v1 recovery slot\x00"
_REC_KEK_INFO = b"daybook keyslots v1 recovery kek\x00"
_MAC_PURPOSE = "keyslots header"

_DAMAGED = (
    "The diary's key file is damaged and could not be read. Nothing has been changed; "
    "restore the diary folder from a backup or ask for help."
)
_NEWER = (
    "This diary was made by a newer version of Daybook. Please update Daybook to open it. "
    "Nothing has been changed."
)
_TAMPERED = (
    "The diary's key file has been changed by something other than Daybook, so it was "
    "not trusted. Nothing has been changed; restore the diary folder from a backup."
)


@dataclass(frozen=True)
class HeaderInfo:
    """What can be read from the header without a passphrase."""

    format_version: int
    kdf: KdfParams
    insecure_fast_kdf: bool
    vault_id: bytes


@dataclass(frozen=True)
class _Slot:
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def encode(self) -> bytes:
        return self.salt + self.nonce + self.wrapped


@dataclass(frozen=True)
class _Header:
    flags: int
    vault_id: bytes
    kdf: KdfParams
    passphrase: _Slot
    recovery: _Slot
    mac: bytes
    raw: bytes

    @property
    def insecure(self) -> bool:
        return bool(self.flags & FLAG_INSECURE_FAST_KDF)

    def info(self) -> HeaderInfo:
        return HeaderInfo(FORMAT_VERSION, self.kdf, self.insecure, self.vault_id)


def derive_subkey(dek: bytes, purpose: str) -> bytes:
    """A 32-byte key for one `purpose` (e.g. "database", "blobs") from the data key, via HKDF-SHA256."""
    if len(dek) != DEK_SIZE:
        raise ValueError("data key must be 32 bytes")
    if not purpose:
        raise ValueError("purpose must not be empty")
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"daybook " + purpose.encode()
    )
    return hkdf.derive(dek)


def _prefix_bytes(flags: int, vault_id: bytes, params: KdfParams) -> bytes:
    return _PREFIX.pack(
        MAGIC,
        FORMAT_VERSION,
        flags,
        vault_id,
        params.memory_kib,
        params.iterations,
        params.lanes,
    )


def _pass_aad(prefix: bytes, salt: bytes, nonce: bytes) -> bytes:
    # Binds the KDF costs, flags and version: a downgraded or edited header cannot unwrap.
    return _PASS_AAD_LABEL + prefix + salt + nonce


def _rec_aad(prefix: bytes, salt: bytes, nonce: bytes) -> bytes:
    # Only the never-changing part of the prefix, so the recovery slot survives passphrase
    # changes (which alter KDF costs) without needing the recovery key; the header MAC
    # covers the rest.
    return _REC_AAD_LABEL + prefix[:_COMMON_END] + salt + nonce


def _recovery_kek(recovery: bytes, salt: bytes, vault_id: bytes) -> bytes:
    # The recovery key is 256 random bits, so HKDF is enough: no stretching needed.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_REC_KEK_INFO + vault_id)
    return hkdf.derive(recovery)


def _passphrase_kek(passphrase: str, salt: bytes, params: KdfParams, insecure: bool) -> bytes:
    return kdf.derive_key(passphrase, salt, params, insecure_ok=insecure)


def _wrap_passphrase_slot(
    dek: bytes, passphrase: str, prefix: bytes, params: KdfParams, insecure: bool
) -> _Slot:
    salt = secrets.token_bytes(SALT_SIZE)
    nonce = secrets.token_bytes(NONCE_SIZE)
    kek = _passphrase_kek(passphrase, salt, params, insecure)
    wrapped = AESGCM(kek).encrypt(nonce, dek, _pass_aad(prefix, salt, nonce))
    return _Slot(salt, nonce, wrapped)


def _wrap_recovery_slot(dek: bytes, recovery: bytes, prefix: bytes, vault_id: bytes) -> _Slot:
    salt = secrets.token_bytes(SALT_SIZE)
    nonce = secrets.token_bytes(NONCE_SIZE)
    kek = _recovery_kek(recovery, salt, vault_id)
    wrapped = AESGCM(kek).encrypt(nonce, dek, _rec_aad(prefix, salt, nonce))
    return _Slot(salt, nonce, wrapped)


def _assemble(dek: bytes, prefix: bytes, passphrase: _Slot, recovery: _Slot) -> bytes:
    body = prefix + passphrase.encode() + recovery.encode()
    mac = hmac.new(derive_subkey(dek, _MAC_PURPOSE), body, hashlib.sha256).digest()
    body += mac
    return body + hashlib.sha256(body).digest()


def _parse(raw: bytes) -> _Header:
    """Check structure, checksum and limits; raises VaultDamaged. Allocates nothing large."""
    if len(raw) != HEADER_SIZE or not hmac.compare_digest(
        hashlib.sha256(raw[:_SUM_OFF]).digest(), raw[_SUM_OFF:]
    ):
        if len(raw) >= 10 and raw[:8] == MAGIC and struct.unpack(">H", raw[8:10])[0] > 1:
            raise VaultDamaged(_NEWER)
        raise VaultDamaged(_DAMAGED)
    magic, version, flags, vault_id, memory, iterations, lanes = _PREFIX.unpack_from(raw)
    if magic != MAGIC:
        raise VaultDamaged(_DAMAGED)
    if version != FORMAT_VERSION:
        raise VaultDamaged(_NEWER if version > FORMAT_VERSION else _DAMAGED)
    if flags & ~_KNOWN_FLAGS:
        raise VaultDamaged(_NEWER)
    params = KdfParams(memory, iterations, lanes)
    # Caps first: these numbers decide how much memory Argon2id will ask for.
    if not params.within(MAXIMUM) or lanes < 1 or iterations < 1 or memory < 8 * lanes:
        raise VaultDamaged(_DAMAGED)
    if not flags & FLAG_INSECURE_FAST_KDF and not params.at_least(MINIMUM):
        # A normal vault is never written with weak costs, so this is damage or tampering.
        raise VaultDamaged(_TAMPERED)

    def slot(off: int) -> _Slot:
        return _Slot(
            raw[off : off + SALT_SIZE],
            raw[off + SALT_SIZE : off + SALT_SIZE + NONCE_SIZE],
            raw[off + SALT_SIZE + NONCE_SIZE : off + _SLOT_SIZE],
        )

    return _Header(
        flags=flags,
        vault_id=vault_id,
        kdf=params,
        passphrase=slot(_PASS_OFF),
        recovery=slot(_REC_OFF),
        mac=raw[_MAC_OFF:_SUM_OFF],
        raw=raw,
    )


def _check_mac(header: _Header, dek: bytes) -> None:
    expected = hmac.new(
        derive_subkey(dek, _MAC_PURPOSE), header.raw[:_MAC_OFF], hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, header.mac):
        raise VaultDamaged(_TAMPERED)


def _load(folder: Path) -> list[_Header]:
    """Valid headers, `keyslots` first then `keyslots.bak`; raises if there is none."""
    headers: list[_Header] = []
    first_error: VaultDamaged | None = None
    found = False
    for name in (FILENAME, BACKUP_FILENAME):
        try:
            raw = (folder / name).read_bytes()
        except FileNotFoundError:
            continue
        except OSError:
            # Unreadable (permissions, I/O error): treat like damage so the backup is tried.
            found = True
            first_error = first_error or VaultDamaged(_DAMAGED)
            continue
        found = True
        try:
            headers.append(_parse(raw))
        except VaultDamaged as exc:
            first_error = first_error or exc
    if not found:
        raise VaultNotFound()
    if not headers:
        assert first_error is not None
        raise first_error
    return headers


def _unwrap_passphrase(header: _Header, passphrase: str) -> bytes:
    slot = header.passphrase
    kek = _passphrase_kek(passphrase, slot.salt, header.kdf, header.insecure)
    try:
        dek = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _pass_aad(header.raw[:_PASS_OFF], slot.salt, slot.nonce)
        )
    except InvalidTag:
        raise WrongPassphrase() from None
    _check_mac(header, dek)
    return dek


def _unwrap_recovery(header: _Header, recovery: bytes) -> bytes:
    slot = header.recovery
    kek = _recovery_kek(recovery, slot.salt, header.vault_id)
    try:
        dek = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _rec_aad(header.raw[:_PASS_OFF], slot.salt, slot.nonce)
        )
    except InvalidTag:
        raise WrongRecoveryKey(
            "That recovery key is not the one for this diary. Please check you have the "
            "right written copy and try again."
        ) from None
    _check_mac(header, dek)
    return dek


def _first_unlocking(
    headers: list[_Header], attempt: Callable[[_Header], bytes]
) -> tuple[bytes, _Header]:
    """Try `keyslots`, falling back to `.bak` only if the first is damaged.

    A wrong passphrase is never retried on the backup: after a passphrase change the
    backup could otherwise still accept the old one.
    """
    damage: VaultDamaged | None = None
    for header in headers:
        try:
            return attempt(header), header
        except VaultDamaged as exc:
            damage = damage or exc
    assert damage is not None
    raise damage


def read_header(folder: Path) -> HeaderInfo:
    """The header's public facts, without a passphrase (falls back to `keyslots.bak` if needed)."""
    return _load(folder)[0].info()


def unlock(folder: Path, passphrase: str) -> bytes:
    """Return the 32-byte data key; raises WrongPassphrase, VaultDamaged or VaultNotFound."""
    dek, _ = _first_unlocking(_load(folder), lambda h: _unwrap_passphrase(h, passphrase))
    return dek


def unlock_with_recovery(folder: Path, recovery_key: str) -> bytes:
    """Return the data key using the written-down recovery key; raises WrongRecoveryKey."""
    recovery = parse_recovery_key(recovery_key)
    dek, _ = _first_unlocking(_load(folder), lambda h: _unwrap_recovery(h, recovery))
    return dek


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise BadInput("The passphrase cannot be empty. Nothing has been changed.")


def create_keyslots(
    folder: Path,
    passphrase: str,
    *,
    insecure_fast_kdf: bool = False,
    params: KdfParams | None = None,
) -> tuple[bytes, str]:
    """Make a new data key and recovery key and write `keyslots` (and its backup) into `folder`.

    Returns (data key, recovery key text to show once). Raises VaultExists if a header is
    already there. Without `params`, Argon2id is calibrated to about a second here;
    `insecure_fast_kdf` uses INSECURE_FAST and marks the vault as such (tests, demos).
    """
    _check_new_passphrase(passphrase)
    ensure_private_dir(folder)
    if (folder / FILENAME).exists() or (folder / BACKUP_FILENAME).exists():
        raise VaultExists()
    if params is None:
        params = INSECURE_FAST if insecure_fast_kdf else kdf.calibrate()
    flags = FLAG_INSECURE_FAST_KDF if insecure_fast_kdf else 0
    vault_id = secrets.token_bytes(VAULT_ID_SIZE)
    dek = secrets.token_bytes(DEK_SIZE)
    recovery_text = generate_recovery_key()
    recovery = parse_recovery_key(recovery_text)
    prefix = _prefix_bytes(flags, vault_id, params)
    raw = _assemble(
        dek,
        prefix,
        _wrap_passphrase_slot(dek, passphrase, prefix, params, insecure_fast_kdf),
        _wrap_recovery_slot(dek, recovery, prefix, vault_id),
    )
    try:
        atomic_write_bytes(folder / FILENAME, raw)
        # A second copy from the start, so bit rot in one file never locks the person out.
        atomic_write_bytes(folder / BACKUP_FILENAME, raw)
    except WriteFailed:
        # Half a vault whose recovery key was never shown would block a retry; remove it.
        for name in (FILENAME, BACKUP_FILENAME):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
        raise
    return dek, recovery_text


def _sweep_temp(folder: Path) -> None:
    # A kill mid-write leaves a temp copy of a header behind; it may wrap the data key under
    # an old passphrase, so it must not linger.
    for name in (FILENAME, BACKUP_FILENAME):
        for leftover in folder.glob(temp_prefix(folder / name) + "*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _rewrap_passphrase(folder: Path, header: _Header, dek: bytes, new_passphrase: str) -> None:
    _check_new_passphrase(new_passphrase)
    params = header.kdf if header.insecure else kdf.renewed(header.kdf, kdf.calibrate())
    prefix = _prefix_bytes(header.flags, header.vault_id, params)
    new_raw = _assemble(
        dek,
        prefix,
        _wrap_passphrase_slot(dek, new_passphrase, prefix, params, header.insecure),
        header.recovery,
    )
    _sweep_temp(folder)
    # Order matters for a kill at any instant: (1) the backup holds the generation that
    # just unlocked, (2) `keyslots` is atomically replaced, (3) the backup catches up so the
    # old passphrase stops working. Between any two steps, the old or new one opens.
    atomic_write_bytes(folder / BACKUP_FILENAME, header.raw)
    atomic_write_bytes(folder / FILENAME, new_raw)
    try:
        atomic_write_bytes(folder / BACKUP_FILENAME, new_raw)
    except WriteFailed as exc:
        raise WriteFailed(
            "The new passphrase is saved, but Daybook could not finish tidying up its key "
            "file. Free some space and change the passphrase again."
        ) from exc


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Re-wrap the data key under `new_passphrase`; the recovery slot is kept as it is.

    KDF costs never go down: they are re-calibrated and kept at least the current ones
    (an insecure fast-KDF vault keeps its costs), except memory above the calibration cap,
    which comes down to the cap with passes added (`kdf.renewed`).
    """
    dek, header = _first_unlocking(_load(folder), lambda h: _unwrap_passphrase(h, old_passphrase))
    _rewrap_passphrase(folder, header, dek, new_passphrase)


def reset_passphrase(folder: Path, recovery_key: str, new_passphrase: str) -> None:
    """Set a new passphrase using the recovery key, for when the passphrase is forgotten."""
    recovery = parse_recovery_key(recovery_key)
    dek, header = _first_unlocking(_load(folder), lambda h: _unwrap_recovery(h, recovery))
    _rewrap_passphrase(folder, header, dek, new_passphrase)


__all__ = [
    "BACKUP_FILENAME",
    "FILENAME",
    "HeaderInfo",
    "change_passphrase",
    "create_keyslots",
    "derive_subkey",
    "read_header",
    "reset_passphrase",
    "unlock",
    "unlock_with_recovery",
]


def present(folder: Path) -> bool:
    """Whether `folder` holds a diary's key file (or the copy kept beside it). Light: the app's
    first screen asks this before any database library is loaded."""
    return (folder / FILENAME).exists() or (folder / BACKUP_FILENAME).exists()
