"""Is `daybook list --search` flat with the diary's size, with no key derivation to subtract?

Run by hand:  .venv/bin/python bench/search_flatness.py [--sizes 1000,100000] [--runs 3]

Fills one fast-KDF vault per size with the same texts as jrnl_compare.py, then runs
`list --search umbrella` (a) as a whole process and (b) in a process that imports Daybook
first and times only the command, and prints the CPU time of each run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from jrnl_compare import MARKER, entry_text, entry_time  # noqa: E402

from diary.records.service import Diary  # noqa: E402
from diary.records.types import IncidentInput  # noqa: E402
from diary.vault import Vault  # noqa: E402

PASSPHRASE = "pw"

WHOLE = """
import resource, runpy, sys
sys.argv = ["daybook", *sys.argv[1:]]
try:
    runpy.run_module("diary", run_name="__main__")
except SystemExit:
    pass
r = resource.getrusage(resource.RUSAGE_SELF)
print(f"CPU {r.ru_utime + r.ru_stime:.3f}", file=sys.stderr)
"""

AFTER_IMPORTS = """
import io, sys, time
import diary.cli, diary.records.service, diary.vault
from diary.__main__ import main
sys.stdin = io.StringIO("pw\\n")
sys.argv = ["daybook", *sys.argv[1:]]
real, sys.stdout = sys.stdout, io.StringIO()
start = time.process_time()
try:
    main()
except SystemExit:
    pass
sys.stdout = real
print(f"CPU {time.process_time() - start:.3f}", file=sys.stderr)
"""


def fill(path: Path, size: int) -> None:
    rng = random.Random(size)
    vault, _ = Vault.create(path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    batch: list[IncidentInput] = []
    for i in range(size):
        batch.append(IncidentInput(occurred_start=entry_time(i), description=entry_text(i, rng)))
        if len(batch) == 2000:
            Diary(vault).add_incidents(batch)
            batch = []
    if batch:
        Diary(vault).add_incidents(batch)
    vault.lock()


def cpu(code: str, vault: Path) -> str:
    args = ["--vault", str(vault), "--passphrase-stdin", "list", "--search", MARKER]
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        input=PASSPHRASE + "\n",
        text=True,
        capture_output=True,
        check=True,
    )
    return proc.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/daybook-bench-flat"))
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        vault = args.work / str(size)
        shutil.rmtree(vault, ignore_errors=True)
        vault.parent.mkdir(parents=True, exist_ok=True)
        fill(vault, size)
        for _ in range(args.runs):
            print(
                f"{size:,}: whole command {cpu(WHOLE, vault)} s;"
                f" after imports {cpu(AFTER_IMPORTS, vault)} s",
                flush=True,
            )
        shutil.rmtree(vault, ignore_errors=True)


if __name__ == "__main__":
    main()
