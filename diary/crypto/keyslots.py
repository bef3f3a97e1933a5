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
from diary.fsutil import atomic_write_bytes, ensure_private_dir, not_allowed, temp_prefix

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
    if not kdf.openable(params):
        # Daybook never writes such costs; an edited header must not make opening take
        # minutes and gigabytes before the passphrase is even checked.
        raise VaultDamaged(_TAMPERED)
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


def header_key(dek: bytes) -> bytes:
    """The key that authenticates the header (kept while the diary is open, for `check`)."""
    return derive_subkey(dek, _MAC_PURPOSE)


def _mac_ok(header: _Header, mac_key: bytes) -> bool:
    expected = hmac.new(mac_key, header.raw[:_MAC_OFF], hashlib.sha256).digest()
    return hmac.compare_digest(expected, header.mac)


def _check_mac(header: _Header, dek: bytes) -> None:
    if not _mac_ok(header, header_key(dek)):
        raise VaultDamaged(_TAMPERED)


@dataclass(frozen=True)
class _Copy:
    """One of the two header files as found: its header, or why it could not be used."""

    name: str
    header: _Header | None
    error: VaultDamaged | WriteFailed | None
    missing: bool = False


def _read_copies(folder: Path) -> list[_Copy]:
    copies: list[_Copy] = []
    for name in (FILENAME, BACKUP_FILENAME):
        try:
            raw = (folder / name).read_bytes()
        except FileNotFoundError:
            copies.append(_Copy(name, None, None, missing=True))
            continue
        except PermissionError:
            # Permissions, not damage: said as such, never "restore from a backup".
            copies.append(_Copy(name, None, not_allowed(folder)))
            continue
        except OSError:
            # Unreadable (permissions, I/O error): treat like damage so the other is tried.
            copies.append(_Copy(name, None, VaultDamaged(_DAMAGED)))
            continue
        try:
            copies.append(_Copy(name, _parse(raw), None))
        except VaultDamaged as exc:
            copies.append(_Copy(name, None, exc))
    return copies


def _load(folder: Path) -> list[_Header]:
    """Valid headers, `keyslots` first then `keyslots.bak`; raises if there is none."""
    copies = _read_copies(folder)
    if all(c.missing for c in copies):
        raise VaultNotFound()
    headers = [c.header for c in copies if c.header is not None]
    if not headers:
        raise next(c.error for c in copies if c.error is not None)
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


def _only_settings_differ(edited: _Header, copy: _Header) -> bool:
    """The two headers hold the same wrapped keys but different settings (costs, flags):
    someone edited the settings, which a wrong passphrase can never explain."""
    return (
        edited.raw[_PASS_OFF:_MAC_OFF] == copy.raw[_PASS_OFF:_MAC_OFF]
        and edited.raw[:_PASS_OFF] != copy.raw[:_PASS_OFF]
    )


KEY_FILE_DAMAGED = (
    "The diary's key file is damaged, so its copy was used. Run 'daybook check --repair' to "
    "mend the key file from the copy."
)
KEY_FILE_CHANGED = (
    "The diary's key file had been changed by something other than Daybook (its settings "
    "were edited), so its copy was used. Run 'daybook check --repair' to put the key file "
    "back from the copy, and keep an eye on who can reach this computer."
)
KEY_FILE_MISSING = (
    "The diary's key file is missing, so its copy was used. Run 'daybook check --repair' to "
    "put the key file back from the copy."
)
KEY_COPY_NOT_GOOD = (
    "The copy of the diary's key file is missing, damaged or out of date. Run "
    "'daybook check --repair' to write it again."
)


@dataclass(frozen=True)
class Opened:
    """The data key, the header that gave it, and a sentence about the key file ("" if none)."""

    dek: bytes
    header: _Header
    note: str
    # The copy is an older generation of this same diary's header (a passphrase change was
    # stopped before its last step): `bring_copy_up_to_date` finishes that step.
    stale_copy: bool = False


def _open(folder: Path, attempt: Callable[[_Header], bytes]) -> Opened:
    """Try `keyslots`, falling back to the copy only when `keyslots` is damaged or edited.

    A wrong passphrase is not retried on the copy (after a passphrase change the copy could
    otherwise still accept the old one), unless the copy holds the very same wrapped keys
    under other settings: then `keyslots` was edited, and the copy is the true one.
    """
    copies = _read_copies(folder)
    if all(c.missing for c in copies):
        raise VaultNotFound()
    primary, copy = copies
    if isinstance(primary.error, WriteFailed):
        raise primary.error
    if primary.header is not None:
        try:
            dek = attempt(primary.header)
        except VaultDamaged:
            edited = True
        except (WrongPassphrase, WrongRecoveryKey):
            if copy.header is None or not _only_settings_differ(primary.header, copy.header):
                raise
            edited = True
        else:
            if copy.header is not None and copy.header.raw == primary.header.raw:
                return Opened(dek, primary.header, "")
            if copy.header is not None and _mac_ok(copy.header, header_key(dek)):
                return Opened(dek, primary.header, "", stale_copy=True)
            return Opened(dek, primary.header, KEY_COPY_NOT_GOOD)
    else:
        edited = primary.error is not None and primary.error.message == _TAMPERED
    if copy.header is None:
        raise primary.error or copy.error or VaultDamaged(_DAMAGED)
    dek = attempt(copy.header)
    if primary.missing:
        return Opened(dek, copy.header, KEY_FILE_MISSING)
    return Opened(dek, copy.header, KEY_FILE_CHANGED if edited else KEY_FILE_DAMAGED)


def read_header(folder: Path) -> HeaderInfo:
    """The header's public facts, without a passphrase (falls back to `keyslots.bak` if needed)."""
    return _load(folder)[0].info()


def open_with_passphrase(folder: Path, passphrase: str) -> Opened:
    """The data key and any note about the key file; raises WrongPassphrase, VaultDamaged or
    VaultNotFound."""
    return _open(folder, lambda h: _unwrap_passphrase(h, passphrase))


def open_with_recovery(folder: Path, recovery_key: str) -> Opened:
    """As `open_with_passphrase`, with the written-down recovery key."""
    recovery = parse_recovery_key(recovery_key)
    return _open(folder, lambda h: _unwrap_recovery(h, recovery))


def unlock(folder: Path, passphrase: str) -> bytes:
    """Return the 32-byte data key; raises WrongPassphrase, VaultDamaged or VaultNotFound."""
    return open_with_passphrase(folder, passphrase).dek


def unlock_with_recovery(folder: Path, recovery_key: str) -> bytes:
    """Return the data key using the written-down recovery key; raises WrongRecoveryKey."""
    return open_with_recovery(folder, recovery_key).dek


def bring_copy_up_to_date(folder: Path, opened: Opened) -> str:
    """Finish a passphrase change that was stopped before its last step: write the copy from
    the key file that just opened. Returns "" or, if that cannot be written, a note."""
    if not opened.stale_copy:
        return opened.note
    try:
        atomic_write_bytes(folder / BACKUP_FILENAME, opened.header.raw)
    except WriteFailed:
        return KEY_COPY_NOT_GOOD
    return ""


def problems(folder: Path, mac_key: bytes) -> list[str]:
    """What is wrong with the key file and its copy, as plain sentences (for `check`)."""
    primary, copy = _read_copies(folder)
    primary_good = primary.header is not None and _mac_ok(primary.header, mac_key)
    copy_good = copy.header is not None and _mac_ok(copy.header, mac_key)
    if not primary_good:
        if primary.missing:
            what = "is missing"
        elif primary.header is not None or (
            primary.error is not None and primary.error.message == _TAMPERED
        ):
            what = "has been changed by something other than Daybook"
        else:
            what = "is damaged"
        fix = (
            "'daybook check --repair' puts it back from its copy."
            if copy_good
            else "Its copy cannot stand in for it either; restore the diary from a backup."
        )
        return [f"The diary's key file {what}. {fix}"]
    assert primary.header is not None
    if not copy_good or copy.header is None or copy.header.raw != primary.header.raw:
        return [
            "The copy of the diary's key file is missing, damaged or out of date; "
            "'daybook check --repair' writes it again."
        ]
    return []


def repair(folder: Path, mac_key: bytes) -> list[str]:
    """Rewrite whichever of the key file and its copy is not good from the one that is;
    returns what was done, as plain sentences. Raises WriteFailed if it could not be written."""
    primary, copy = _read_copies(folder)
    primary_good = primary.header is not None and _mac_ok(primary.header, mac_key)
    copy_good = copy.header is not None and _mac_ok(copy.header, mac_key)
    if primary_good:
        assert primary.header is not None
        if copy.header is not None and copy.header.raw == primary.header.raw:
            return []
        atomic_write_bytes(folder / BACKUP_FILENAME, primary.header.raw)
        return ["The copy of the diary's key file was written again from the key file."]
    if copy_good:
        assert copy.header is not None
        atomic_write_bytes(folder / FILENAME, copy.header.raw)
        return ["The diary's key file was put back from its copy."]
    return []


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


@dataclass(frozen=True)
class NewHeader:
    """A re-wrapped header ready to put in place; the slow key derivation is already done."""

    folder: Path
    current: bytes
    new: bytes


def _rewrap_passphrase(folder: Path, header: _Header, dek: bytes, new_passphrase: str) -> NewHeader:
    _check_new_passphrase(new_passphrase)
    params = header.kdf if header.insecure else kdf.renewed(header.kdf, kdf.calibrate())
    prefix = _prefix_bytes(header.flags, header.vault_id, params)
    new_raw = _assemble(
        dek,
        prefix,
        _wrap_passphrase_slot(dek, new_passphrase, prefix, params, header.insecure),
        header.recovery,
    )
    return NewHeader(folder, header.raw, new_raw)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def install(pending: NewHeader) -> str | None:
    """Put a new header in place.

    Raises WriteFailed when it is not in place: then the old passphrase still opens the diary
    and nothing has changed. Returns None when all is done, or a sentence to show beside the
    success when the new passphrase is in use but the copy could not be brought up to date.
    """
    folder = pending.folder
    _sweep_temp(folder)
    # Order matters for a kill at any instant: (1) the backup holds the generation that
    # just unlocked, (2) `keyslots` is atomically replaced, (3) the backup catches up so the
    # old passphrase stops working. Between any two steps, the old or new one opens.
    if _read_or_none(folder / BACKUP_FILENAME) != pending.current:
        atomic_write_bytes(folder / BACKUP_FILENAME, pending.current)
    try:
        atomic_write_bytes(folder / FILENAME, pending.new)
    except WriteFailed:
        # The rename may have happened before the failure (a folder that could not be
        # synced): what is on disk decides whether the change happened.
        if _read_or_none(folder / FILENAME) != pending.new:
            raise
    try:
        atomic_write_bytes(folder / BACKUP_FILENAME, pending.new)
    except WriteFailed:
        return UNTIDY_COPY
    return None


UNTIDY_COPY = (
    "Daybook could not bring the copy of its key file up to date (the disk may be full); run "
    "'daybook check --repair' when there is space."
)


def prepare_change(folder: Path, old_passphrase: str, new_passphrase: str) -> NewHeader:
    """The header with the data key re-wrapped under `new_passphrase`; nothing is written.

    KDF costs never go down: they are re-calibrated and kept at least the current ones
    (an insecure fast-KDF vault keeps its costs), except memory above the calibration cap,
    which comes down to the cap with passes added (`kdf.renewed`).
    """
    opened = open_with_passphrase(folder, old_passphrase)
    return _rewrap_passphrase(folder, opened.header, opened.dek, new_passphrase)


def prepare_reset(folder: Path, recovery_key: str, new_passphrase: str) -> NewHeader:
    """As `prepare_change`, opened with the recovery key (for a forgotten passphrase)."""
    opened = open_with_recovery(folder, recovery_key)
    return _rewrap_passphrase(folder, opened.header, opened.dek, new_passphrase)


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> str | None:
    """Re-wrap the data key under `new_passphrase` and put it in place (see `install`); the
    recovery slot is kept as it is."""
    return install(prepare_change(folder, old_passphrase, new_passphrase))


def reset_passphrase(folder: Path, recovery_key: str, new_passphrase: str) -> str | None:
    """Set a new passphrase using the recovery key, for when the passphrase is forgotten."""
    return install(prepare_reset(folder, recovery_key, new_passphrase))


__all__ = [
    "BACKUP_FILENAME",
    "FILENAME",
    "HeaderInfo",
    "NewHeader",
    "Opened",
    "bring_copy_up_to_date",
    "change_passphrase",
    "create_keyslots",
    "derive_subkey",
    "header_key",
    "install",
    "open_with_passphrase",
    "open_with_recovery",
    "prepare_change",
    "prepare_reset",
    "problems",
    "read_header",
    "repair",
    "reset_passphrase",
    "unlock",
    "unlock_with_recovery",
]


def present(folder: Path) -> bool:
    """Whether `folder` holds a diary's key file (or the copy kept beside it). Light: the app's
    first screen asks this before any database library is loaded."""
    return (folder / FILENAME).exists() or (folder / BACKUP_FILENAME).exists()
