"""Runs many kill -9 trials against a scratch vault: `python bench/crash_trials.py --trials 1000`."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.core.crash_harness import make_vault, run_trial


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "vault"
        make_vault(path)
        for trial in range(args.trials):
            kind = ("add", "attach", "passwd")[trial % 3]
            result = run_trial(path, kind, rng)
            if result.problems:
                failures += 1
                print(f"trial {trial} ({kind}): {result.problems}")
            if trial % 50 == 0:
                print(f"{trial} trials, {failures} with problems", flush=True)
    print(f"{args.trials} trials, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
