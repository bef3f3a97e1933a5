"""Streaming authenticated encryption for attachments, after age's STREAM: 64 KiB chunks, counter nonces.

Memory stays flat for any size; truncation, reordering, extension and bit flips all raise BlobDamaged.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from diary.errors import BlobDamaged

CHUNK_SIZE = 65536
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE

MAGIC = b"\x89DBB\r\n\x1a\n"
FORMAT_VERSION = 1
SALT_SIZE = 32
HEADER_SIZE = len(MAGIC) + 2 + SALT_SIZE

_KEY_INFO = b"daybook blob v1 payload key\x00"
_COUNTER_LIMIT = 1 << 88  # the nonce has 11 counter bytes


@dataclass(frozen=True)
class EncryptResult:
    """Plaintext size in bytes and SHA-256 (hex) of the plaintext, computed while encrypting."""

    size: int
    sha256: str


def _header(salt: bytes) -> bytes:
    return MAGIC + FORMAT_VERSION.to_bytes(2, "big") + salt


def _payload_cipher(key: bytes, header: bytes) -> ChaCha20Poly1305:
    if len(key) != 32:
        raise ValueError("blob key must be 32 bytes")
    # The whole header is HKDF info, so any change to magic, version or salt gives a
    # different key and the first chunk fails to authenticate.
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=header[-SALT_SIZE:], info=_KEY_INFO + header
    )
    return ChaCha20Poly1305(hkdf.derive(key))


def _nonce(counter: int, final: bool) -> bytes:
    if counter >= _COUNTER_LIMIT:
        raise BlobDamaged()
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _read_full(src: BinaryIO, size: int) -> bytes:
    # read() on pipes and sockets may return short; only EOF may end a chunk early.
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    remaining = size - len(data)
    while remaining:
        more = src.read(remaining)
        if not more:
            break
        parts.append(more)
        remaining -= len(more)
    return b"".join(parts)


def encrypt_stream(
    key: bytes,
    src: BinaryIO,
    dst: BinaryIO,
    *,
    progress: Callable[[int], None] | None = None,
) -> EncryptResult:
    """Encrypt all of `src` into `dst` under the 32-byte `key`.

    `progress` is called after each chunk with the plaintext bytes done so far.
    """
    header = _header(secrets.token_bytes(SALT_SIZE))
    cipher = _payload_cipher(key, header)
    dst.write(header)
    digest = hashlib.sha256()
    size = 0
    counter = 0
    chunk = _read_full(src, CHUNK_SIZE)
    while True:
        # Read one ahead: a chunk is final only if nothing follows it.
        following = _read_full(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        final = not following
        digest.update(chunk)
        size += len(chunk)
        dst.write(cipher.encrypt(_nonce(counter, final), chunk, None))
        if progress is not None:
            progress(size)
        if final:
            break
        counter += 1
        chunk = following
    return EncryptResult(size=size, sha256=digest.hexdigest())


def iter_decrypt(key: bytes, src: BinaryIO) -> Iterator[bytes]:
    """Yield plaintext chunks of `src`, each only after it has authenticated.

    Raises BlobDamaged at the point damage is found, so the stream is only known to be
    whole once the iterator has finished; callers must not treat earlier chunks as final.
    """
    header = _read_full(src, HEADER_SIZE)
    if len(header) != HEADER_SIZE or header[: len(MAGIC)] != MAGIC:
        raise BlobDamaged()
    if int.from_bytes(header[len(MAGIC) : len(MAGIC) + 2], "big") != FORMAT_VERSION:
        raise BlobDamaged()
    cipher = _payload_cipher(key, header)
    counter = 0
    current = _read_full(src, ENCRYPTED_CHUNK_SIZE)
    while True:
        following = (
            _read_full(src, ENCRYPTED_CHUNK_SIZE) if len(current) == ENCRYPTED_CHUNK_SIZE else b""
        )
        final = not following
        if len(current) < TAG_SIZE:
            raise BlobDamaged()
        try:
            plain = cipher.decrypt(_nonce(counter, final), current, None)
        except InvalidTag:
            raise BlobDamaged() from None
        if final and not plain and counter > 0:
            # Only an empty blob may end with an empty chunk (as in age); we never write one.
            raise BlobDamaged()
        yield plain
        if final:
            return
        counter += 1
        current = following


def encrypt_bytes(key: bytes, data: bytes) -> bytes:
    """Encrypt `data` in memory (for small items); same format as encrypt_stream."""
    out = io.BytesIO()
    encrypt_stream(key, io.BytesIO(data), out)
    return out.getvalue()


def decrypt_bytes(key: bytes, data: bytes) -> bytes:
    """Decrypt a whole blob held in memory; raises BlobDamaged."""
    return b"".join(iter_decrypt(key, io.BytesIO(data)))
