"""Attachments on disk: each one encrypted on its own under `blobs/<xx>/<id>`, with random opaque ids.

Writes go to `blobs/tmp/` first and are renamed into place, so a crash never leaves half a blob.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from diary import fsutil
from diary.crypto.blobstream import encrypt_stream, iter_decrypt
from diary.errors import BadInput, BlobDamaged, NotFound, WriteFailed

_ID_RE = re.compile(r"[0-9a-f]{32}")
_TEMP_DIR = "tmp"


class _SourceUnreadable(Exception):
    """Marks a read failure on the caller's source so it is not mistaken for a full disk."""


class _GuardedSource:
    def __init__(self, src: BinaryIO) -> None:
        self._src = src

    def read(self, size: int = -1) -> bytes:
        try:
            return self._src.read(size)
        except OSError as exc:
            raise _SourceUnreadable() from exc


@dataclass(frozen=True)
class StoredBlob:
    """A blob written to the store: its id, plaintext size and plaintext SHA-256 (hex)."""

    blob_id: str
    size: int
    sha256: str


class BlobStore:
    """Encrypted attachments under `root` (the vault's `blobs/` folder), all under one 32-byte key."""

    def __init__(self, root: Path, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("blob key must be 32 bytes")
        self._root = root
        self._key = key
        self._tmp = root / _TEMP_DIR
        # Temp files this process is writing right now, so sweep_orphans never takes them.
        self._in_flight: set[str] = set()
        self._lock = threading.Lock()
        fsutil.ensure_private_dir(root)
        fsutil.ensure_private_dir(self._tmp)

    def _blob_key(self, blob_id: str) -> bytes:
        # Each blob's key depends on its id, so files swapped between ids (or records) fail
        # to decrypt instead of showing the wrong attachment.
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"daybook blobstore v1 blob " + blob_id.encode("ascii"),
        )
        return hkdf.derive(self._key)

    def path_for(self, blob_id: str) -> Path:
        """Where a blob's encrypted file lives (for backups and age checks); validates the id."""
        return self._path(blob_id)

    def _path(self, blob_id: str) -> Path:
        # Ids are only ever our own hex; anything else could walk out of the folder.
        if not isinstance(blob_id, str) or not _ID_RE.fullmatch(blob_id):
            raise BadInput("That attachment reference is not valid.")
        return self._root / blob_id[:2] / blob_id

    def put(self, src: BinaryIO, progress: Callable[[int], None] | None = None) -> StoredBlob:
        """Encrypt all of `src` into a new blob; raises WriteFailed (leaving nothing behind).

        `progress` gets the plaintext bytes done so far after each 64 KiB chunk; raising
        from it cancels the put, also leaving nothing behind.
        """
        while True:
            blob_id = secrets.token_hex(16)
            final = self._path(blob_id)
            if not final.exists():
                break
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        except OSError as exc:
            raise fsutil.write_failure(self._tmp, exc.errno) from exc
        tmp = Path(tmp_name)
        with self._lock:
            self._in_flight.add(tmp.name)
        fd_open = True
        placed = False

        def clean_up() -> None:
            if fd_open:
                with contextlib.suppress(OSError):
                    os.close(fd)
            with contextlib.suppress(OSError):
                tmp.unlink()
            if placed:
                # Renamed but not durable: drop it, so a failed put never leaves a blob.
                with contextlib.suppress(OSError):
                    final.unlink()

        try:
            # FdWriter is a plain writer; encrypt_stream only ever calls write() on it.
            writer = cast(BinaryIO, fsutil.FdWriter(fd))
            result = encrypt_stream(
                self._blob_key(blob_id),
                cast(BinaryIO, _GuardedSource(src)),
                writer,
                progress=progress,
            )
            fsutil._fsync(fd)
            fd_open = False
            os.close(fd)
            fsutil.ensure_private_dir(final.parent)
            fsutil._replace(tmp, final)
            placed = True
            fsutil.fsync_dir(final.parent)
        except _SourceUnreadable as exc:
            clean_up()
            raise BadInput(
                "That file could not be read, so it was not added. Nothing has been changed."
            ) from exc
        except WriteFailed:
            clean_up()
            raise
        except OSError as exc:
            clean_up()
            raise fsutil.write_failure(self._tmp, exc.errno) from exc
        except BaseException:
            # Includes an exception raised from `progress`, which is how a caller cancels.
            clean_up()
            raise
        finally:
            with self._lock:
                self._in_flight.discard(tmp.name)
        return StoredBlob(blob_id=blob_id, size=result.size, sha256=result.sha256)

    def put_bytes(self, data: bytes) -> StoredBlob:
        """Store `data` as a new blob."""
        return self.put(io.BytesIO(data))

    def iter_plaintext(self, blob_id: str) -> Iterator[bytes]:
        """Yield the blob's plaintext chunk by chunk; raises NotFound or BlobDamaged."""
        path = self._path(blob_id)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed by the generator below
        except FileNotFoundError:
            raise NotFound("That attachment is missing from the diary's files.") from None
        except PermissionError as exc:
            # Its permissions were changed: not damage, and no reason to restore anything.
            raise fsutil.not_allowed(self._root.parent) from exc
        except OSError as exc:
            raise BlobDamaged() from exc
        return self._iter_file(handle, self._blob_key(blob_id))

    def _iter_file(self, handle: BinaryIO, key: bytes) -> Iterator[bytes]:
        with handle:
            try:
                yield from iter_decrypt(key, handle)
            except OSError as exc:
                raise BlobDamaged() from exc

    def read_bytes(self, blob_id: str) -> bytes:
        """The whole plaintext of a blob, in memory; raises NotFound or BlobDamaged."""
        return b"".join(self.iter_plaintext(blob_id))

    def verify(self, blob_id: str) -> str:
        """Authenticate every chunk and return the plaintext SHA-256 (hex); raises BlobDamaged."""
        digest = hashlib.sha256()
        for chunk in self.iter_plaintext(blob_id):
            digest.update(chunk)
        return digest.hexdigest()

    def delete(self, blob_id: str) -> None:
        """Remove a blob; removing one that is already gone is not an error."""
        path = self._path(blob_id)
        try:
            path.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise fsutil.write_failure(path.parent, exc.errno) from exc
        try:
            fsutil.fsync_dir(path.parent)
        except OSError as exc:
            raise fsutil.write_failure(path.parent, exc.errno) from exc

    def exists(self, blob_id: str) -> bool:
        """True if a blob with this id is stored (its contents are not checked)."""
        return self._path(blob_id).is_file()

    def all_ids(self) -> set[str]:
        """Ids of every blob file in the store."""
        ids: set[str] = set()
        for sub in self._root.iterdir():
            if len(sub.name) != 2 or not sub.is_dir():
                continue
            for entry in sub.iterdir():
                if _ID_RE.fullmatch(entry.name) and entry.name[:2] == sub.name and entry.is_file():
                    ids.add(entry.name)
        return ids

    def sweep_orphans(self, known_ids: set[str]) -> int:
        """Delete blobs not in `known_ids` and temp files left by a crash; returns how many.

        Run it at start, before new blobs are put: a blob put but not yet recorded by the
        caller is indistinguishable from an orphan.
        """
        removed = 0
        for blob_id in self.all_ids() - known_ids:
            self.delete(blob_id)
            removed += 1
        with self._lock:
            in_flight = set(self._in_flight)
        for entry in self._tmp.iterdir():
            if entry.name in in_flight or not entry.is_file():
                continue
            try:
                entry.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise fsutil.write_failure(self._tmp, exc.errno) from exc
            removed += 1
        if removed:
            try:
                fsutil.fsync_dir(self._tmp)
            except OSError as exc:
                raise fsutil.write_failure(self._tmp, exc.errno) from exc
        return removed
