"""Timeline and search speed in one process after unlock, on a large demo vault.

Run by hand:  .venv/bin/python bench/core_bench.py [--incidents 10000] [--messages 100000]

Makes (or with --reuse, reuses) a demo vault with diary.demo.fill_demo, locks it, then in
this process opens and unlocks it and times, cold (the first call after unlock) and warm
(median of --runs further calls):

- the first 100 timeline rows: list_incidents(limit=100)
- full-text searches over incidents (list_incidents(search=...)) and over messages
  (list_messages(search=...)), for a rare word (one hit) and a common one (thousands),
  both for the whole result and for the first screen (limit=100).

The vault is made with the insecure fast KDF: key derivation is outside every timing here
(jrnl_compare.py measures the real one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary.demo import fill_demo  # noqa: E402
from diary.records.service import Diary  # noqa: E402
from diary.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def timed(work: Callable[[], Any], runs: int) -> tuple[float, float, float, float, int]:
    """(cold wall, cold CPU, warm median wall, warm median CPU, result length), in seconds.

    CPU time (time.process_time) is reported too because on a shared machine the wall
    time includes waiting for a core.
    """
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
    wall, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return cold, cold_cpu, statistics.median(wall), statistics.median(cpus), len(result)


def first_screens(diary: Diary) -> list[tuple[str, Callable[[], Any], float | None]]:
    """The app's first screen (newest first) and the count beside it, where the paging API is
    there (it is not before issue 15's change, so the same script measures both)."""
    if not hasattr(diary, "incident_page"):
        return []
    from diary.records.incidents import IncidentQuery

    he = IncidentQuery(search="he")
    return [
        ("timeline first screen, newest first", lambda: diary.incident_page(limit=100), 0.050),
        ("timeline first screen, 'he'", lambda: diary.incident_page(he, limit=100), 0.050),
        ("count of 'he' matches", lambda: [diary.count_matching(he)], 0.050),
        (
            "timeline first screen, 'tyre' sorted by place",
            lambda: diary.incident_page(IncidentQuery(search="tyre"), sort="where", limit=100),
            0.050,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--vault", type=Path, default=Path("/tmp/daybook-bench-core/vault"))
    parser.add_argument("--reuse", action="store_true", help="use an existing vault at --vault")
    args = parser.parse_args()

    if not args.reuse:
        shutil.rmtree(args.vault, ignore_errors=True)
        args.vault.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        vault, _ = Vault.create(args.vault, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
        fill_demo(Diary(vault), incidents=args.incidents, messages=args.messages)
        vault.lock()
        print(
            f"filled {args.incidents:,} incidents and {args.messages:,} messages "
            f"in {time.perf_counter() - start:.1f} s",
            flush=True,
        )

    start = time.perf_counter()
    vault = Vault.open(args.vault)
    vault.unlock(PASSPHRASE)
    print(
        f"unlock (fast KDF, includes opening the database): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )
    diary = Diary(vault)
    print(f"vault holds {diary.count_incidents():,} incidents, {diary.count_messages():,} messages")

    checks: list[tuple[str, Callable[[], Any], float | None]] = [
        ("first 100 timeline rows", lambda: diary.list_incidents(limit=100), 0.300),
        ("whole timeline (all incidents)", lambda: diary.list_incidents(), None),
        (
            "search incidents, rare word 'tyre' first 100",
            lambda: diary.list_incidents(search="tyre", limit=100),
            0.050,
        ),
        (
            "search incidents, 'flowers doorstep' all",
            lambda: diary.list_incidents(search="flowers doorstep"),
            0.050,
        ),
        (
            "search incidents, common word 'he' all",
            lambda: diary.list_incidents(search="he"),
            None,
        ),
        (
            "search incidents, common word 'he' first 100",
            lambda: diary.list_incidents(search="he", limit=100),
            0.050,
        ),
        *first_screens(diary),
        ("search messages, one hit '54321'", lambda: diary.list_messages(search="54321"), 0.050),
        (
            "search messages, 'blue coat' first 100",
            lambda: diary.list_messages(search="blue coat", limit=100),
            0.050,
        ),
        (
            "search messages, 'blue coat' all",
            lambda: diary.list_messages(search="blue coat"),
            None,
        ),
        (
            "search messages, common word 'i' first 100",
            lambda: diary.list_messages(search="i", limit=100),
            0.050,
        ),
    ]
    print(f"\nload average {os.getloadavg()[0]:.1f}; times are wall (CPU)\n")
    print("| operation | rows | cold (first call) | warm (median) | goal |")
    print("|---|---:|---:|---:|---|")
    for name, work, goal in checks:
        cold, cold_cpu, warm, warm_cpu, rows = timed(work, args.runs)
        verdict = ""
        if goal is not None:
            ok = cold < goal and warm < goal
            ok_cpu = cold_cpu < goal and warm_cpu < goal
            verdict = f"< {goal * 1000:.0f} ms: {'met' if ok else 'MISSED'}"
            if ok_cpu and not ok:
                verdict += " (met in CPU time)"
        print(
            f"| {name} | {rows:,} | {cold * 1000:.1f} ({cold_cpu * 1000:.1f}) ms"
            f" | {warm * 1000:.1f} ({warm_cpu * 1000:.1f}) ms | {verdict} |",
            flush=True,
        )
    print(f"\nload average {os.getloadavg()[0]:.1f}")
    vault.lock()


if __name__ == "__main__":
    main()
