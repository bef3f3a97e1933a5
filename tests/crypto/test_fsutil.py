"""Atomic writes: a full disk or failed fsync leaves the old file byte-identical and no temp files."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from diary import fsutil
from diary.errors import WriteFailed


class FullDisk:
    """Like KeePassXC's FailDevice: accepts `allow` bytes in total, then fails with ENOSPC."""

    def __init__(self, allow: int) -> None:
        self.remaining = allow
        self.real: Callable[[int, bytes | memoryview], None] = fsutil._write_all

    def __call__(self, fd: int, data: bytes | memoryview) -> None:
        view = memoryview(data)
        if len(view) <= self.remaining:
            self.remaining -= len(view)
            self.real(fd, view)
            return
        # Write what fits first, as a real disk would, so the temp file is really half-written.
        self.real(fd, view[: self.remaining])
        self.remaining = 0
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_new_file_private(tmp_path: Path) -> None:
    target = tmp_path / "file"
    fsutil.atomic_write_bytes(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path, {"file"}) == []


def test_replaces_existing_file_and_honours_mode(tmp_path: Path) -> None:
    target = tmp_path / "file"
    fsutil.atomic_write_bytes(target, b"old")
    fsutil.atomic_write_bytes(target, b"new contents", mode=0o640)
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("allow", [0, 1, 4095, 4096, 9999])
def test_disk_full_leaves_old_file_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allow: int
) -> None:
    target = tmp_path / "file"
    old = os.urandom(3000)
    fsutil.atomic_write_bytes(target, old)
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(allow))
    with pytest.raises(WriteFailed):
        fsutil.atomic_write_bytes(target, os.urandom(10_000))
    assert target.read_bytes() == old
    assert leftovers(tmp_path, {"file"}) == []


def test_disk_full_on_first_write_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(10))
    with pytest.raises(WriteFailed):
        fsutil.atomic_write_bytes(tmp_path / "file", b"x" * 100)
    assert leftovers(tmp_path, set()) == []


def _raise_eio(*_args: object) -> None:
    raise OSError(errno.EIO, "I/O error")


@pytest.mark.parametrize("hook", ["_fsync", "_replace"])
def test_failed_fsync_or_rename_leaves_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: str
) -> None:
    target = tmp_path / "file"
    fsutil.atomic_write_bytes(target, b"old")
    monkeypatch.setattr(fsutil, hook, _raise_eio)
    with pytest.raises(WriteFailed):
        fsutil.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path, {"file"}) == []


def test_missing_folder_is_write_failed(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed):
        fsutil.atomic_write_bytes(tmp_path / "nope" / "file", b"x")


def test_ensure_private_dir_creates_and_tightens(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    fsutil.ensure_private_dir(nested)
    assert stat.S_IMODE(nested.stat().st_mode) == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    fsutil.ensure_private_dir(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700


def test_ensure_private_dir_over_a_file_is_write_failed(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"")
    with pytest.raises(WriteFailed):
        fsutil.ensure_private_dir(tmp_path / "f" / "sub")


def test_fsync_dir_runs(tmp_path: Path) -> None:
    fsutil.fsync_dir(tmp_path)


def test_fd_writer_goes_through_the_hook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fsutil, "_write_all", FullDisk(3))
    fd = os.open(tmp_path / "f", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        writer = fsutil.FdWriter(fd)
        assert writer.write(b"abc") == 3
        with pytest.raises(OSError):
            writer.write(b"d")
    finally:
        os.close(fd)
    assert (tmp_path / "f").read_bytes() == b"abc"
