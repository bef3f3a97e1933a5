"""Crash safety: kill -9 at random moments during add, attach and passwd never loses a saved entry."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.core.crash_harness import make_vault, run_trial

TRIALS_PER_KIND = 17


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["add", "attach", "passwd"])
def test_kill_nine_loses_nothing_that_was_saved(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "vault"
    make_vault(path)
    rng = random.Random(f"crash-{kind}")
    seen_returned = 0
    for _ in range(TRIALS_PER_KIND):
        result = run_trial(path, kind, rng)
        assert result.problems == [], result
        seen_returned += len(result.returned)
    # The trials must have killed the writer mid-work, not before it ever wrote.
    assert seen_returned > 0
