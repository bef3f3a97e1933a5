"""Kill -9 trials: a child process writes to a vault in a loop and is killed at a random moment.

Used by tests/core/test_crash.py (a few dozen trials in CI) and bench/crash_trials.py (1,000 on demand).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from diary.records.service import Diary
from diary.vault import Vault

PASSPHRASES = ("first passphrase", "second passphrase")
ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys, io
from pathlib import Path
from diary.vault import Vault
from diary.records import IncidentInput
from diary.timeutil import now
from diary.records.service import Diary

kind, path, start_pass = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
passes = ("first passphrase", "second passphrase")
vault = Vault.open(path)
vault.unlock(start_pass)
current = start_pass
print("ready", flush=True)
i = 0
while True:
    i += 1
    if kind == "add":
        number = Diary(vault).add_incident(IncidentInput(occurred_start=now(), description=f"entry {i}")).number
        print(number, flush=True)
    elif kind == "attach":
        data = bytes([i % 256]) * (300_000 + i)
        ref = Diary(vault).attach_stream(f"file{i}.bin", io.BytesIO(data)).ref
        print(ref, flush=True)
    else:
        new = passes[1] if current == passes[0] else passes[0]
        vault.change_passphrase(current, new)
        current = new
        print(current, flush=True)
"""


@dataclass
class TrialResult:
    kind: str
    returned: list[str]
    problems: list[str]


def make_vault(path: Path) -> None:
    vault, _ = Vault.create(path, PASSPHRASES[0], initials="CT", insecure_fast_kdf=True)
    vault.lock()


def open_any(path: Path) -> tuple[Vault, str]:
    last_error: Exception | None = None
    for passphrase in PASSPHRASES:
        vault = Vault.open(path)
        try:
            vault.unlock(passphrase)
            return vault, passphrase
        except Exception as exc:
            last_error = exc
    raise AssertionError(f"neither passphrase opens the vault: {last_error!r}")


def run_trial(path: Path, kind: str, rng: random.Random, max_delay: float = 0.3) -> TrialResult:
    """Start a writer, kill it with SIGKILL at a random moment, then check the vault."""
    _, start_pass = open_any(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, str(path), start_pass],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == b"ready", "the writer did not start"
    time.sleep(rng.uniform(0.0, max_delay))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    returned = out.decode().split()
    vault, opened_with = open_any(path)
    problems: list[str] = []
    try:
        problems += vault.check()
        if kind == "add":
            numbers = {s.number for s in Diary(vault).list_incidents()}
            problems += [f"{n} returned but is missing" for n in returned if n not in numbers]
        elif kind == "attach":
            refs = {e.ref for e in Diary(vault).list_exhibits()}
            problems += [f"{r} returned but is missing" for r in returned if r not in refs]
        elif returned and opened_with not in PASSPHRASES:
            problems.append("the vault opened with neither passphrase")
    finally:
        vault.lock()
    return TrialResult(kind, returned, problems)
