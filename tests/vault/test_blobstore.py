"""The blob store on real files: layout, permissions, damage, swapped files, full disk and sweeping."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import stat
from pathlib import Path

import pytest

from diary import fsutil
from diary.crypto.blobstream import CHUNK_SIZE
from diary.errors import BadInput, BlobDamaged, NotFound, WriteFailed
from diary.vault.blobstore import BlobStore, StoredBlob

KEY = bytes(range(32))


def data_of(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs", KEY)


def files_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 5])
def test_put_and_read_back(store: BlobStore, tmp_path: Path, size: int) -> None:
    data = data_of(size)
    blob = store.put_bytes(data)
    assert blob == StoredBlob(blob.blob_id, size, hashlib.sha256(data).hexdigest())
    assert len(blob.blob_id) == 32 and int(blob.blob_id, 16) >= 0
    assert store.read_bytes(blob.blob_id) == data
    assert b"".join(store.iter_plaintext(blob.blob_id)) == data
    assert store.verify(blob.blob_id) == blob.sha256
    assert store.exists(blob.blob_id)
    assert store.all_ids() == {blob.blob_id}
    path = tmp_path / "blobs" / blob.blob_id[:2] / blob.blob_id
    assert path.is_file()
    if size >= 16:
        assert data[:16] not in path.read_bytes()


def test_permissions(store: BlobStore, tmp_path: Path) -> None:
    blob = store.put_bytes(b"photo")
    root = tmp_path / "blobs"
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / blob.blob_id[:2]).stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "tmp").stat().st_mode) == 0o700
    assert stat.S_IMODE((root / blob.blob_id[:2] / blob.blob_id).stat().st_mode) == 0o600


def test_put_reports_progress_and_ids_are_unique(store: BlobStore) -> None:
    seen: list[int] = []
    blob = store.put(io.BytesIO(data_of(3 * CHUNK_SIZE)), progress=seen.append)
    assert seen[-1] == blob.size == 3 * CHUNK_SIZE
    ids = {store.put_bytes(b"same").blob_id for _ in range(20)}
    assert len(ids) == 20


def test_delete(store: BlobStore) -> None:
    blob = store.put_bytes(b"x")
    store.delete(blob.blob_id)
    assert not store.exists(blob.blob_id)
    store.delete(blob.blob_id)
    with pytest.raises(NotFound):
        store.read_bytes(blob.blob_id)
    with pytest.raises(NotFound):
        store.verify(blob.blob_id)


@pytest.mark.parametrize(
    "bad_id",
    ["", "../keyslots", "ab/../../x", "0" * 31, "0" * 33, "A" * 32, "g" * 32, "/etc/passwd"],
)
def test_blob_ids_are_validated(store: BlobStore, bad_id: str) -> None:
    for call in (store.read_bytes, store.verify, store.delete, store.exists, store.iter_plaintext):
        with pytest.raises(BadInput):
            call(bad_id)


def test_flipped_or_truncated_blob_is_damaged(store: BlobStore, tmp_path: Path) -> None:
    blob = store.put_bytes(data_of(CHUNK_SIZE + 100))
    path = tmp_path / "blobs" / blob.blob_id[:2] / blob.blob_id
    good = path.read_bytes()
    for offset in (0, 50, len(good) // 2, len(good) - 1):
        bad = bytearray(good)
        bad[offset] ^= 0x01
        path.write_bytes(bytes(bad))
        with pytest.raises(BlobDamaged):
            store.verify(blob.blob_id)
        with pytest.raises(BlobDamaged):
            store.read_bytes(blob.blob_id)
    path.write_bytes(good[:-1])
    with pytest.raises(BlobDamaged):
        store.verify(blob.blob_id)
    path.write_bytes(good)
    assert store.verify(blob.blob_id) == blob.sha256


def test_swapped_blob_files_are_detected(store: BlobStore, tmp_path: Path) -> None:
    a = store.put_bytes(b"first attachment")
    b = store.put_bytes(b"second attachment")
    pa = tmp_path / "blobs" / a.blob_id[:2] / a.blob_id
    pb = tmp_path / "blobs" / b.blob_id[:2] / b.blob_id
    content_a, content_b = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(content_b)
    pb.write_bytes(content_a)
    with pytest.raises(BlobDamaged):
        store.read_bytes(a.blob_id)
    with pytest.raises(BlobDamaged):
        store.read_bytes(b.blob_id)


def test_wrong_key_is_damage(store: BlobStore, tmp_path: Path) -> None:
    blob = store.put_bytes(b"secret")
    other = BlobStore(tmp_path / "blobs", bytes(32))
    with pytest.raises(BlobDamaged):
        other.read_bytes(blob.blob_id)


class FullDisk:
    def __init__(self, allow: int) -> None:
        self.remaining = allow
        self.real = fsutil._write_all

    def __call__(self, fd: int, data: bytes | memoryview) -> None:
        view = memoryview(data)
        if len(view) <= self.remaining:
            self.remaining -= len(view)
            self.real(fd, view)
            return
        self.real(fd, view[: self.remaining])
        self.remaining = 0
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("allow", [0, 10, CHUNK_SIZE + 5, 3 * CHUNK_SIZE])
def test_disk_full_during_put_leaves_nothing(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allow: int
) -> None:
    earlier = store.put_bytes(data_of(1000, seed=3))
    before = files_under(tmp_path / "blobs")
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(allow))
    with pytest.raises(WriteFailed):
        store.put(io.BytesIO(data_of(4 * CHUNK_SIZE)))
    monkeypatch.undo()
    assert files_under(tmp_path / "blobs") == before
    assert store.all_ids() == {earlier.blob_id}
    assert store.read_bytes(earlier.blob_id) == data_of(1000, seed=3)


def _raise_eio(*_args: object) -> None:
    raise OSError(errno.EIO, "I/O error")


@pytest.mark.parametrize("hook", ["_fsync", "_replace"])
def test_failed_fsync_or_rename_leaves_nothing(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: str
) -> None:
    monkeypatch.setattr(fsutil, hook, _raise_eio)
    with pytest.raises(WriteFailed):
        store.put_bytes(b"data")
    monkeypatch.undo()
    assert files_under(tmp_path / "blobs") == []


def test_failed_folder_fsync_leaves_nothing(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsutil, "fsync_dir", _raise_eio)
    with pytest.raises(WriteFailed):
        store.put_bytes(b"data")
    monkeypatch.undo()
    assert files_under(tmp_path / "blobs") == []
    assert store.all_ids() == set()


def test_cancel_from_progress_leaves_nothing(store: BlobStore, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def progress(done: int) -> None:
        if done > CHUNK_SIZE:
            raise Cancelled()

    with pytest.raises(Cancelled):
        store.put(io.BytesIO(data_of(4 * CHUNK_SIZE)), progress=progress)
    assert files_under(tmp_path / "blobs") == []


class Unreadable(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        raise OSError(errno.EIO, "I/O error")


def test_unreadable_source_is_bad_input_not_full_disk(store: BlobStore, tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        store.put(Unreadable())  # type: ignore[arg-type]
    assert files_under(tmp_path / "blobs") == []


def test_sweep_orphans(store: BlobStore, tmp_path: Path) -> None:
    keep = store.put_bytes(b"keep")
    store.put_bytes(b"orphan one")
    store.put_bytes(b"orphan two")
    (tmp_path / "blobs" / "tmp" / "tmpcrashed").write_bytes(b"half a blob")
    (tmp_path / "blobs" / "ab").mkdir(exist_ok=True)
    (tmp_path / "blobs" / "ab" / "not-a-blob").write_bytes(b"left alone")
    assert store.sweep_orphans({keep.blob_id}) == 3
    assert store.all_ids() == {keep.blob_id}
    assert list((tmp_path / "blobs" / "tmp").iterdir()) == []
    assert (tmp_path / "blobs" / "ab" / "not-a-blob").exists()
    assert store.read_bytes(keep.blob_id) == b"keep"
    assert store.sweep_orphans({keep.blob_id}) == 0


def test_sweep_spares_a_put_in_progress(store: BlobStore) -> None:
    swept: list[int] = []

    def progress(_done: int) -> None:
        if not swept:
            swept.append(store.sweep_orphans(set()))

    blob = store.put(io.BytesIO(data_of(2 * CHUNK_SIZE)), progress=progress)
    assert swept == [0]
    assert store.read_bytes(blob.blob_id) == data_of(2 * CHUNK_SIZE)


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        BlobStore(tmp_path, b"short")
