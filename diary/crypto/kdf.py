"""Argon2id key derivation (temporary stand-in until the crypto branch lands)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int


MINIMUM = KdfParams(65536, 3, 4)
INSECURE_FAST = KdfParams(256, 1, 1)


def derive_key(
    passphrase: str, salt: bytes, params: KdfParams, *, insecure_ok: bool = False
) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode())


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    return MINIMUM
