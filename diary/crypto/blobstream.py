"""Streaming AEAD for blobs (temporary stand-in until the crypto branch lands)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from diary.errors import VaultDamaged

CHUNK_SIZE = 65536


@dataclass(frozen=True)
class EncryptResult:
    size: int
    sha256: str


def encrypt_stream(
    key: bytes, src: BinaryIO, dst: BinaryIO, *, progress: Callable[[int], None] | None = None
) -> EncryptResult:
    data = src.read()
    nonce = os.urandom(12)
    dst.write(nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None))
    return EncryptResult(len(data), hashlib.sha256(data).hexdigest())


def decrypt_bytes(key: bytes, data: bytes) -> bytes:
    try:
        return ChaCha20Poly1305(key).decrypt(data[:12], data[12:], None)
    except (InvalidTag, ValueError) as exc:
        raise VaultDamaged() from exc


def iter_decrypt(key: bytes, src: BinaryIO) -> Iterator[bytes]:
    yield decrypt_bytes(key, src.read())
