"""Durable file writes: atomic replace with fsync, private folders, and a hook to simulate a full disk.

Every byte Daybook writes goes through `_write_all`, `_fsync` and `_replace`, so tests can swap them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from diary.errors import WriteFailed


def _write_all(fd: int, data: bytes | memoryview) -> None:
    # os.write may write less than asked (signals, pipes, quotas), so loop until done.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _replace(src: Path, dst: Path) -> None:
    os.replace(src, dst)


class FdWriter:
    """A minimal binary writer over a raw descriptor that routes every write through `_write_all`."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def write(self, data: bytes | memoryview) -> int:
        # Look the hook up at call time so a test's replacement takes effect.
        _write_all(self._fd, data)
        return len(data)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable; raises OSError if the disk refuses."""
    if os.name == "nt":
        # Windows cannot open a folder as a file; NTFS journals renames itself.
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        _fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) if needed and make it readable by its owner only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise WriteFailed() from exc


def temp_prefix(path: Path) -> str:
    """The name prefix of temporary files made while replacing `path`, so they can be swept."""
    return f".{path.name}.tmp-"


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that after a crash it holds either all old or all new bytes.

    On any OSError the old file is left as it was, the temporary file is removed and
    WriteFailed is raised.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), dir=folder)
    except OSError as exc:
        raise WriteFailed() from exc
    tmp = Path(tmp_name)
    fd_open = True
    try:
        os.chmod(tmp, mode)
        _write_all(fd, data)
        _fsync(fd)
        fd_open = False
        os.close(fd)
        _replace(tmp, path)
    except OSError as exc:
        if fd_open:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteFailed() from exc
    try:
        fsync_dir(folder)
    except OSError as exc:
        # The new file is in place but may not survive a power cut; say so rather than claim success.
        raise WriteFailed(
            "Daybook saved your change but could not confirm it reached the disk. "
            "Please check there is free space and try again."
        ) from exc
