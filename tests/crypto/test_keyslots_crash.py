"""A kill at any instant of a passphrase change leaves a folder the old or the new passphrase opens."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diary import fsutil
from diary.crypto import keyslots
from diary.errors import DaybookError

OLD = "old passphrase"
NEW = "new passphrase"


class Killed(BaseException):
    """Raised at a chosen step; a BaseException so no `except OSError` clean-up runs, as in a kill."""


class KillAtStep:
    """Counts every write, fsync and rename through fsutil and 'kills' the process at step `at`."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.steps = 0
        self.real_write = fsutil._write_all
        self.real_fsync = fsutil._fsync
        self.real_replace = fsutil._replace

    def _step(self) -> None:
        if self.steps == self.at:
            raise Killed()
        self.steps += 1

    def write(self, fd: int, data: bytes | memoryview) -> None:
        view = memoryview(data)
        # Half the bytes land first, so a kill mid-write leaves a torn temp file behind.
        half = len(view) // 2
        self.real_write(fd, view[:half])
        self._step()
        self.real_write(fd, view[half:])

    def fsync(self, fd: int) -> None:
        self._step()
        self.real_fsync(fd)

    def replace(self, src: Path, dst: Path) -> None:
        self._step()
        self.real_replace(src, dst)


def opens_with(folder: Path, dek: bytes) -> set[str]:
    opened = set()
    for passphrase in (OLD, NEW):
        try:
            if keyslots.unlock(folder, passphrase) == dek:
                opened.add(passphrase)
        except DaybookError:
            pass
    return opened


Change = Callable[[Path, str], None]


def by_passphrase(folder: Path, recovery: str) -> None:
    keyslots.change_passphrase(folder, OLD, NEW)


def by_recovery(folder: Path, recovery: str) -> None:
    keyslots.reset_passphrase(folder, recovery, NEW)


@pytest.mark.parametrize("change", [by_passphrase, by_recovery])
def test_kill_at_every_write_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Change
) -> None:
    step = 0
    completed = False
    while not completed:
        folder = tmp_path / f"k{step}"
        dek, recovery = keyslots.create_keyslots(folder, OLD, insecure_fast_kdf=True)
        killer = KillAtStep(step)
        monkeypatch.setattr(fsutil, "_write_all", killer.write)
        monkeypatch.setattr(fsutil, "_fsync", killer.fsync)
        monkeypatch.setattr(fsutil, "_replace", killer.replace)
        try:
            change(folder, recovery)
            completed = True
        except Killed:
            pass
        finally:
            monkeypatch.undo()
        opened = opens_with(folder, dek)
        assert opened in ({OLD}, {NEW}), f"kill at step {step}: opened with {opened}"
        if completed:
            assert opened == {NEW}
        # Even if the rename itself had torn one copy (a filesystem without atomic rename),
        # the other one still opens.
        for torn in (keyslots.FILENAME, keyslots.BACKUP_FILENAME):
            copy = tmp_path / f"k{step}-{torn}"
            copy.mkdir()
            for name in (keyslots.FILENAME, keyslots.BACKUP_FILENAME):
                (copy / name).write_bytes((folder / name).read_bytes())
            (copy / torn).write_bytes((copy / torn).read_bytes()[:100])
            assert opens_with(copy, dek) in ({OLD}, {NEW}), f"step {step}, torn {torn}"
        # The next change sweeps any temp copy of the old header a kill left behind.
        if not completed:
            current = OLD if opened == {OLD} else NEW
            keyslots.change_passphrase(folder, current, current + "!")
            assert sorted(p.name for p in folder.iterdir()) == ["keyslots", "keyslots.bak"]
        step += 1
    # Two atomic writes of write, fsync, rename, fsync-dir each (the copy already holds the
    # generation that unlocked, so it is not written first).
    assert step >= 8


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from diary.crypto import keyslots

    folder = Path(sys.argv[1])
    a, b = sys.argv[2], sys.argv[3]
    print("ready", flush=True)
    while True:
        keyslots.change_passphrase(folder, a, b)
        print("b", flush=True)
        keyslots.change_passphrase(folder, b, a)
        print("a", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_times(tmp_path: Path) -> None:
    rng = random.Random(9106)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env: dict[str, Any] = dict(os.environ)
    outcomes: dict[str, int] = {OLD: 0, NEW: 0}
    for trial in range(24):
        folder = tmp_path / f"t{trial}"
        dek, _ = keyslots.create_keyslots(folder, OLD, insecure_fast_kdf=True)
        child = subprocess.Popen(
            [sys.executable, str(script), str(folder), OLD, NEW],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        # Wait for 0-2 finished changes, then a little more, so kills land before, during
        # and after changes however fast or slow this disk's fsync is.
        for _ in range(rng.randint(0, 2)):
            child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.01))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        opened = opens_with(folder, dek)
        assert opened in ({OLD}, {NEW}), f"trial {trial}: opened with {opened}"
        outcomes[opened.pop()] += 1
    # Both outcomes seen means kills really landed at different points in the loop.
    assert outcomes[OLD] and outcomes[NEW]
