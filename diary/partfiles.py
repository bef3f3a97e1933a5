"""Files being written (an evidence pack, a backup) and those a stopped Daybook left behind.

An output is written to a hidden `.NAME.<8 hex>.part` beside it and renamed into place when
complete. A process killed outright (SIGKILL, a power cut) cannot remove its part, and an
unencrypted pack's part holds the evidence in readable form, so parts of our own are removed at
the next export or backup into that folder and by `daybook check` (the diary remembers the
folders it wrote into). The writer holds a lock on its part while it writes, so a part that
is still being written by another Daybook is never taken for a stale one.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

PART = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")
# How many output folders the diary remembers for `check` to tidy.
REMEMBERED_FOLDERS = 20
SETTING = "output_folders"

try:
    import fcntl
except ImportError:  # Windows: a file being written cannot be removed there anyway.
    fcntl = None  # type: ignore[assignment]


def part_path(out: Path) -> Path:
    """Where `out` is written until it is complete."""
    return out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")


def hold(fd: int) -> None:
    """Mark an open part as being written (released when the descriptor is closed)."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def create(out: Path) -> tuple[Path, int]:
    """A new part for `out`, open for writing (owner-only) and held; raises OSError."""
    path = part_path(out)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    hold(fd)
    return path, fd


def _in_use(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def sweep(folder: Path) -> list[Path]:
    """Remove parts of our own in `folder` that nobody is writing; returns those removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not PART.match(entry.name) or not entry.is_file() or entry.is_symlink():
            continue
        if _in_use(entry):
            continue
        try:
            entry.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


def remembered(folders: Iterable[str], new: Path) -> list[str]:
    """The list of output folders to remember, with `new` first."""
    text = str(new.resolve())
    return [text, *[f for f in folders if f != text]][:REMEMBERED_FOLDERS]
