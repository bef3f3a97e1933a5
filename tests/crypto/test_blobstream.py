"""Streaming blob encryption: round trips at chunk edges, flat memory, and every kind of damage."""

from __future__ import annotations

import hashlib
import io
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.crypto.blobstream import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    decrypt_bytes,
    encrypt_bytes,
    encrypt_stream,
    iter_decrypt,
)
from diary.errors import BlobDamaged, VaultDamaged

KEY = bytes(range(32))


def data_of(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def chunks_of(blob: bytes) -> list[bytes]:
    body = blob[HEADER_SIZE:]
    return [body[i : i + ENCRYPTED_CHUNK_SIZE] for i in range(0, len(body), ENCRYPTED_CHUNK_SIZE)]


EDGE_SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7]


@settings(max_examples=40, deadline=None)
@given(
    size=st.sampled_from(EDGE_SIZES) | st.integers(0, 4 * CHUNK_SIZE),
    seed=st.integers(0, 2**32),
)
def test_round_trip(size: int, seed: int) -> None:
    data = data_of(size, seed)
    blob = encrypt_bytes(KEY, data)
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(blob) == HEADER_SIZE + size + chunks * TAG_SIZE
    assert decrypt_bytes(KEY, blob) == data


@pytest.mark.parametrize("size", EDGE_SIZES)
def test_stream_result_and_progress(size: int) -> None:
    data = data_of(size)
    seen: list[int] = []
    out = io.BytesIO()
    result = encrypt_stream(KEY, io.BytesIO(data), out, progress=seen.append)
    assert result.size == size
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert seen == sorted(seen) and seen[-1] == size
    pieces = list(iter_decrypt(KEY, io.BytesIO(out.getvalue())))
    assert all(len(p) == CHUNK_SIZE for p in pieces[:-1])
    assert b"".join(pieces) == data


def test_empty_plaintext_is_one_empty_final_chunk() -> None:
    blob = encrypt_bytes(KEY, b"")
    assert len(blob) == HEADER_SIZE + TAG_SIZE
    assert list(iter_decrypt(KEY, io.BytesIO(blob))) == [b""]


def test_same_plaintext_encrypts_differently() -> None:
    assert encrypt_bytes(KEY, b"same") != encrypt_bytes(KEY, b"same")


def test_wrong_key_is_damage() -> None:
    blob = encrypt_bytes(KEY, b"secret")
    with pytest.raises(BlobDamaged):
        decrypt_bytes(bytes(32), blob)


def test_blob_damaged_is_vault_damaged() -> None:
    assert issubclass(BlobDamaged, VaultDamaged)


def test_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        encrypt_bytes(b"short", b"x")


class ShortReads(io.RawIOBase):
    """A source that returns at most 1000 bytes per read, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 1000) if size >= 0 else 1000)


def test_short_reads_give_the_same_chunking() -> None:
    data = data_of(3 * CHUNK_SIZE + 5)
    out = io.BytesIO()
    encrypt_stream(KEY, ShortReads(data), out)  # type: ignore[arg-type]
    blob = out.getvalue()
    assert len(blob) == HEADER_SIZE + len(data) + 4 * TAG_SIZE
    assert b"".join(iter_decrypt(KEY, ShortReads(blob))) == data  # type: ignore[arg-type]


class FlippedView(io.RawIOBase):
    """Reads a shared buffer without copying it per trial, so thousands of flips stay cheap."""

    def __init__(self, buf: bytearray) -> None:
        self._view = memoryview(buf)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size < 0 else self._pos + size
        out = bytes(self._view[self._pos : end])
        self._pos += len(out)
        return out


def assert_every_flip_detected(buf: bytearray, start: int, stop: int) -> None:
    for offset in range(start, stop):
        buf[offset] ^= 0x01
        try:
            with pytest.raises(BlobDamaged):
                for _ in iter_decrypt(KEY, FlippedView(buf)):  # type: ignore[arg-type]
                    pass
        finally:
            buf[offset] ^= 0x01


def test_every_byte_flip_in_header_first_and_last_chunk_is_detected() -> None:
    buf = bytearray(encrypt_bytes(KEY, data_of(2 * CHUNK_SIZE + 100)))
    first = HEADER_SIZE
    last = HEADER_SIZE + 2 * ENCRYPTED_CHUNK_SIZE
    assert_every_flip_detected(buf, 0, HEADER_SIZE)
    assert_every_flip_detected(buf, first, first + ENCRYPTED_CHUNK_SIZE)
    assert_every_flip_detected(buf, last, len(buf))
    assert decrypt_bytes(KEY, bytes(buf)) == data_of(2 * CHUNK_SIZE + 100)


def test_nothing_is_yielded_from_a_chunk_before_it_authenticates() -> None:
    buf = bytearray(encrypt_bytes(KEY, data_of(2 * CHUNK_SIZE)))
    buf[HEADER_SIZE + 5] ^= 0x80
    got: list[bytes] = []
    with pytest.raises(BlobDamaged):
        got.extend(iter_decrypt(KEY, io.BytesIO(bytes(buf))))
    assert got == []


@pytest.mark.parametrize("size", [3 * CHUNK_SIZE, 3 * CHUNK_SIZE + 500])
def test_truncation_anywhere_is_detected(size: int) -> None:
    blob = encrypt_bytes(KEY, data_of(size))
    boundaries = [HEADER_SIZE + k * ENCRYPTED_CHUNK_SIZE for k in range(4)]
    cuts = set(range(HEADER_SIZE + 2))
    for b in boundaries:
        cuts |= {b - 1, b, b + 1, b + ENCRYPTED_CHUNK_SIZE // 2, b + TAG_SIZE}
    cuts |= {len(blob) - k for k in range(1, TAG_SIZE + 2)}
    cuts = {c for c in cuts if 0 <= c < len(blob)}
    for cut in sorted(cuts):
        with pytest.raises(BlobDamaged):
            decrypt_bytes(KEY, blob[:cut])


def test_reordered_dropped_or_repeated_chunks_are_detected() -> None:
    blob = encrypt_bytes(KEY, data_of(3 * CHUNK_SIZE + 10))
    header, chunks = blob[:HEADER_SIZE], chunks_of(blob)
    assert len(chunks) == 4
    variants = [
        [chunks[1], chunks[0], chunks[2], chunks[3]],
        [chunks[0], chunks[2], chunks[1], chunks[3]],
        [chunks[0], chunks[1], chunks[3], chunks[2]],
        [chunks[0], chunks[1], chunks[3]],
        [chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]],
        [chunks[0], chunks[1], chunks[2]],
    ]
    for variant in variants:
        with pytest.raises(BlobDamaged):
            decrypt_bytes(KEY, header + b"".join(variant))


@pytest.mark.parametrize("size", [0, 10, CHUNK_SIZE, 2 * CHUNK_SIZE + 3])
def test_appended_data_is_detected(size: int) -> None:
    blob = encrypt_bytes(KEY, data_of(size))
    other = encrypt_bytes(KEY, data_of(size, seed=1))
    for extra in (b"\x00", b"x" * TAG_SIZE, chunks_of(blob)[-1], other[HEADER_SIZE:], other):
        with pytest.raises(BlobDamaged):
            decrypt_bytes(KEY, blob + extra)


def test_chunks_spliced_from_another_blob_are_detected() -> None:
    a = encrypt_bytes(KEY, data_of(2 * CHUNK_SIZE + 1, seed=1))
    b = encrypt_bytes(KEY, data_of(2 * CHUNK_SIZE + 1, seed=2))
    spliced = a[:HEADER_SIZE] + chunks_of(a)[0] + chunks_of(b)[1] + chunks_of(a)[2]
    with pytest.raises(BlobDamaged):
        decrypt_bytes(KEY, spliced)
    with pytest.raises(BlobDamaged):
        decrypt_bytes(KEY, b[:HEADER_SIZE] + a[HEADER_SIZE:])


def test_empty_or_foreign_input_is_damage() -> None:
    for junk in (b"", b"\x89DBB", b"PK\x03\x04" + bytes(100)):
        with pytest.raises(BlobDamaged):
            decrypt_bytes(KEY, junk)


class Generated(io.RawIOBase):
    """`total` bytes of pseudo-random data made on the fly, so nothing big sits in memory."""

    PERIOD = 1_000_003

    def __init__(self, total: int) -> None:
        self._block = random.Random(7).randbytes(self.PERIOD + CHUNK_SIZE)
        self._left = total
        self._pos = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = min(self._left, CHUNK_SIZE if size < 0 else size, CHUNK_SIZE)
        off = self._pos % self.PERIOD
        out = self._block[off : off + size]
        self._pos += size
        self._left -= size
        return out


def _expected_sha256(total: int) -> str:
    source = Generated(total)
    digest = hashlib.sha256()
    while piece := source.read(CHUNK_SIZE):
        digest.update(piece)
    return digest.hexdigest()


@pytest.mark.slow
def test_200_mb_round_trip_with_flat_memory(tmp_path: Path) -> None:
    total = 200 * 1000 * 1000 + 12345
    source = Generated(total)
    target = tmp_path / "big"
    tracemalloc.start()
    try:
        with open(target, "wb") as dst:
            result = encrypt_stream(KEY, source, dst)  # type: ignore[arg-type]
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        size = 0
        with open(target, "rb") as src:
            pieces: Iterator[bytes] = iter_decrypt(KEY, src)
            for piece in pieces:
                digest.update(piece)
                size += len(piece)
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.size == size == total
    assert result.sha256 == digest.hexdigest() == _expected_sha256(total)
    # A few chunks' worth plus the generator's 1 MB block; nowhere near 200 MB.
    assert encrypt_peak < 4 * 1024 * 1024
    assert decrypt_peak < 1024 * 1024
