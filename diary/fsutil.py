"""Durable file writes: atomic replace with fsync, private folders, and a hook to simulate a full disk.

Every byte Daybook writes goes through `_write_all`, `_fsync` and `_replace`, so tests can swap them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from diary.errors import BadInput, WriteFailed

# Below this much free space a failed write is put down to a full disk.
NEARLY_FULL_BYTES = 512 * 1024
_FULL = (errno.ENOSPC, errno.EDQUOT)
_NOT_ALLOWED = (errno.EROFS, errno.EACCES, errno.EPERM)


def _free_bytes(folder: Path) -> tuple[int, bool] | None:
    """Free bytes for us in `folder`, and whether its file system is mounted read-only."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return info.f_bavail * info.f_frsize, bool(info.f_flag & getattr(os, "ST_RDONLY", 1))


def _try_writing_in(folder: Path) -> int | None:
    """The errno of creating a small file in `folder`, or None if that works."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return exc.errno or errno.EIO
    return None


def not_allowed(folder: Path) -> WriteFailed:
    """WriteFailed for a diary whose own files (or folder) this user may not read or change:
    permissions, never damage, so never "restore from a backup"."""
    return WriteFailed(
        f"Daybook is not allowed to read the diary's files in {folder}: their permissions were "
        "changed. Nothing was changed; make the folder and the files in it readable and writable "
        "by you (or ask for help), and try again."
    )


def may_not_use(path: Path) -> bool:
    """Whether `path` (or the folder it is in) is there but may not be read by us: permissions.
    (Not being able to write is told apart by write_failure: a read-only disk or folder.)"""
    folder = path.parent
    if not os.access(folder, os.X_OK):
        return folder.exists()
    return path.exists() and not os.access(path, os.R_OK)


def write_failure(folder: Path, code: int | None = None) -> WriteFailed:
    """WriteFailed saying what stopped a write in `folder`: a read-only folder or disk, a full
    disk, or else the disk's own error; `code` is the errno seen, if any.

    Never "damaged": a folder that cannot be written is a matter of permissions or space.
    """
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    space = _free_bytes(folder)
    read_only = code in _NOT_ALLOWED or (space is not None and space[1])
    full = code in _FULL or (space is not None and space[0] < NEARLY_FULL_BYTES)
    if not (read_only or full):
        probed = _try_writing_in(folder)
        read_only = probed in _NOT_ALLOWED
        full = probed in _FULL
    if read_only and code not in _FULL:
        return WriteFailed(
            f"Daybook could not write in {folder}: it is read-only. Nothing was changed; make "
            "the folder and its files writable (or use another place) and try again."
        )
    if full:
        return WriteFailed(
            f"Daybook could not write in {folder}: the disk is full. Nothing was changed; "
            "free some space and try again."
        )
    return WriteFailed(
        f"Daybook could not write in {folder}: the disk reported an error. Nothing was "
        "changed; check the disk (or use another place) and try again."
    )


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
    except FileExistsError as exc:
        raise BadInput(f"{path} is a file, not a folder. Nothing was changed.") from exc
    except OSError as exc:
        raise write_failure(path.parent, exc.errno) from exc


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
        raise write_failure(folder, exc.errno) from exc
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
        raise write_failure(folder, exc.errno) from exc
    try:
        fsync_dir(folder)
    except OSError as exc:
        # The new file is in place but may not survive a power cut; say so rather than claim success.
        raise WriteFailed(
            "Daybook saved your change but could not confirm it reached the disk. "
            "Please check there is free space and try again."
        ) from exc
