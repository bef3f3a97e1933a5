"""The advocate's list of packs seen: kept only when they ask, encrypted under a passphrase they
choose, so the next pack from the same person can be compared with the last one automatically.

Nothing is written unless `SeenPacks.save` is called. The file holds, for each pack, only the
person's initials, the signing key's check code, the history head and its entry number, the
pack id and the date it was received: no name, no entry, nothing of what the pack says.

File layout (docs/app.md, "Packs seen"), all integers big-endian:
    magic b"DBKSEEN\\x01" | flags u16 (bit 0: test-only fast key derivation) |
    Argon2id memory KiB u32 | passes u32 | lanes u32 | salt 16 bytes | nonce 12 bytes |
    AES-256-GCM ciphertext of the JSON list, padded with spaces to a multiple of 512 bytes,
    with everything before the ciphertext as associated data.
The key is Argon2id (diary/crypto/kdf.py) of the passphrase; a new salt and nonce at each save.
The file is written atomically with mode 0600, in the user's data folder under a plain name.
"""

from __future__ import annotations

import json
import os
import secrets
import struct
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from diary.crypto import kdf
from diary.crypto.kdf import INSECURE_FAST, MINIMUM, KdfParams
from diary.errors import BadInput, VaultDamaged, WrongPassphrase
from diary.fsutil import atomic_write_bytes, ensure_private_dir

MAGIC = b"DBKSEEN\x01"
FLAG_INSECURE_FAST_KDF = 0x0001
_HEADER = struct.Struct(">8sHIII16s12s")
_PAD = 512
FILE_NAME = "recent.dat"
# At most this many packs are kept: the oldest go first.
MAX_KEPT = 2000
MAX_FILE = 4 * 1024 * 1024


def default_path() -> Path:
    """The list's file: `DAYBOOK_SEEN_PACKS` if set, else a plain name in the user's data folder
    (beside, never inside, a diary's folder)."""
    env = os.environ.get("DAYBOOK_SEEN_PACKS")
    if env:
        return Path(env).expanduser()
    from diary import portable

    if portable.is_active():
        # A portable copy writes nothing to the host, on every system (not only where
        # platformdirs follows XDG_DATA_HOME).
        return Path(os.environ.get("XDG_DATA_HOME", portable.data_folder())) / (
            f"Daybook-viewer/{FILE_NAME}"
        )
    import platformdirs

    return Path(platformdirs.user_data_dir("Daybook-viewer", appauthor=False)) / FILE_NAME


@dataclass(frozen=True)
class SeenPack:
    """One pack as the list remembers it."""

    initials: str
    key_check_code: str
    history_head: str  # the pack's audit head hash (64 hex)
    head_entry: int  # its entry number
    pack_id: str
    received: str  # ISO date the advocate opened it

    @staticmethod
    def from_dict(raw: Any) -> SeenPack | None:
        if not isinstance(raw, dict):
            return None
        try:
            return SeenPack(
                initials=str(raw["initials"]),
                key_check_code=str(raw["key_check_code"]),
                history_head=str(raw["history_head"]),
                head_entry=int(raw["head_entry"]),
                pack_id=str(raw["pack_id"]),
                received=str(raw["received"]),
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass
class SeenPacks:
    """The list, unlocked: the packs and the key that seals it again."""

    path: Path
    packs: list[SeenPack] = field(default_factory=list)
    _key: bytes = field(default=b"", repr=False)
    _params: KdfParams = field(default=MINIMUM, repr=False)
    _insecure: bool = field(default=False, repr=False)
    _salt: bytes = field(default=b"", repr=False)

    @staticmethod
    def exists(path: Path | None = None) -> bool:
        return (path or default_path()).is_file()

    @classmethod
    def create(
        cls, passphrase: str, path: Path | None = None, *, insecure_fast_kdf: bool = False
    ) -> SeenPacks:
        """A new, empty list (nothing is written until `save`)."""
        if not passphrase:
            raise BadInput("Please choose a passphrase for the list.")
        params = INSECURE_FAST if insecure_fast_kdf else MINIMUM
        salt = secrets.token_bytes(16)
        key = kdf.derive_key(passphrase, salt, params, insecure_ok=insecure_fast_kdf)
        return cls(path or default_path(), [], key, params, insecure_fast_kdf, salt)

    @classmethod
    def open(cls, passphrase: str, path: Path | None = None) -> SeenPacks:
        """The list at `path`, unlocked; WrongPassphrase, or VaultDamaged when it is not a list."""
        path = path or default_path()
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise BadInput("There is no list of packs seen on this computer.") from exc
        except OSError as exc:
            raise BadInput("Your list of packs seen could not be read.") from exc
        damaged = VaultDamaged(
            "Your list of packs seen is damaged and could not be read. Nothing was changed; "
            "you can delete it and start a new one."
        )
        if len(raw) > MAX_FILE or len(raw) < _HEADER.size + 16:
            raise damaged
        magic, flags, memory, passes, lanes, salt, nonce = _HEADER.unpack_from(raw)
        if magic != MAGIC or flags & ~FLAG_INSECURE_FAST_KDF:
            raise damaged
        params = KdfParams(memory, passes, lanes)
        insecure = bool(flags & FLAG_INSECURE_FAST_KDF)
        # Daybook always writes MINIMUM's costs: a file asking for more work is not ours.
        if not params.within(MINIMUM):
            raise damaged
        try:
            key = kdf.derive_key(passphrase, salt, params, insecure_ok=insecure)
        except ValueError as exc:
            raise damaged from exc
        try:
            plain = AESGCM(key).decrypt(nonce, raw[_HEADER.size :], raw[: _HEADER.size])
        except InvalidTag as exc:
            raise WrongPassphrase(
                "That passphrase did not open your list of packs seen. Please check it and try "
                "again (if it is right, the list has been damaged)."
            ) from exc
        try:
            loaded = json.loads(plain.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise damaged from exc
        items = loaded.get("packs") if isinstance(loaded, dict) else None
        packs = [p for p in (SeenPack.from_dict(i) for i in items or []) if p is not None]
        return cls(path, packs, key, params, insecure, salt)

    def remember(self, pack: SeenPack) -> None:
        """Add a pack (once: the same pack id replaces its earlier line)."""
        self.packs = [p for p in self.packs if p.pack_id != pack.pack_id]
        self.packs.append(pack)
        del self.packs[:-MAX_KEPT]

    def last_from(self, key_check_code: str, *, other_than: str = "") -> SeenPack | None:
        """The most recently received pack signed by this key (not the pack now open)."""
        found = [p for p in self.packs if p.key_check_code == key_check_code]
        found = [p for p in found if p.pack_id != other_than]
        return max(found, key=lambda p: (p.received, p.head_entry), default=None)

    def save(self) -> None:
        """Seal and write the list (0600), replacing the file in one step."""
        body = json.dumps(
            {"version": 1, "packs": [asdict(p) for p in self.packs]}, ensure_ascii=False
        ).encode("utf-8")
        body += b" " * (-len(body) % _PAD)  # the file's size says little about how many
        nonce = secrets.token_bytes(12)
        flags = FLAG_INSECURE_FAST_KDF if self._insecure else 0
        p = self._params
        header = _HEADER.pack(MAGIC, flags, p.memory_kib, p.iterations, p.lanes, self._salt, nonce)
        sealed = header + AESGCM(self._key).encrypt(nonce, body, header)
        ensure_private_dir(self.path.parent)
        atomic_write_bytes(self.path, sealed, mode=0o600)

    def forget(self) -> None:
        """Drop the key from this object (the viewer calls it when it closes)."""
        self._key = b""
        self.packs = []


def today() -> str:
    return datetime.now(UTC).astimezone().date().isoformat()
