"""Encrypted blob store (temporary stand-in until the crypto branch lands)."""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from diary.crypto.blobstream import decrypt_bytes, encrypt_stream, iter_decrypt
from diary.fsutil import atomic_write_bytes


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    size: int
    sha256: str


class BlobStore:
    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self.key = key

    def path_for(self, blob_id: str) -> Path:
        return self.root / blob_id[:2] / blob_id

    def put(self, src: BinaryIO, progress: Callable[[int], None] | None = None) -> StoredBlob:
        blob_id = secrets.token_hex(16)
        out = io.BytesIO()
        res = encrypt_stream(self.key, src, out)
        self.path_for(blob_id).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(self.path_for(blob_id), out.getvalue())
        return StoredBlob(blob_id, res.size, res.sha256)

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self.put(io.BytesIO(data))

    def read_bytes(self, blob_id: str) -> bytes:
        return decrypt_bytes(self.key, self.path_for(blob_id).read_bytes())

    def iter_plaintext(self, blob_id: str) -> Iterator[bytes]:
        with open(self.path_for(blob_id), "rb") as fh:
            yield from iter_decrypt(self.key, fh)

    def verify(self, blob_id: str) -> str:
        return hashlib.sha256(self.read_bytes(blob_id)).hexdigest()

    def delete(self, blob_id: str) -> None:
        os.unlink(self.path_for(blob_id))

    def exists(self, blob_id: str) -> bool:
        return self.path_for(blob_id).exists()

    def all_ids(self) -> set[str]:
        return {p.name for p in self.root.glob("??/*") if p.is_file()}

    def sweep_orphans(self, known_ids: set[str]) -> int:
        n = 0
        for blob_id in self.all_ids() - known_ids:
            self.delete(blob_id)
            n += 1
        return n
