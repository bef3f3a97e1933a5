"""Start-up cost of the commands that need no diary: CPU and wall of each in a fresh process.

    .venv/bin/python bench/startup_bench.py --runs 15

Prints the median CPU (the child's user + system time) and wall time of `python -m diary …` for
`codes`, `--help`, `add --help`, an argument error and `verify` of the golden pack, and of
`python -c pass` for scale. The goal for `daybook codes` is 0.12 s of CPU or less.

Daybook's modules are compiled to .pyc first, as an installed Daybook's are: with
PYTHONDONTWRITEBYTECODE set, every run would otherwise compile them again.
"""

from __future__ import annotations

import argparse
import compileall
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_PACK = ROOT / "tests" / "golden" / "packs" / "golden-v1-full.zip"
COMMANDS = (
    ["codes"],
    ["--help"],
    ["add", "--help"],
    ["add", "--bogus"],
    ["verify", str(GOLDEN_PACK)],
)


def measure(args: list[str], runs: int) -> tuple[float, float]:
    """The median CPU and wall seconds of running `args` as a child process."""
    cpus: list[float] = []
    walls: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, capture_output=True, stdin=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(cpus), statistics.median(walls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    compileall.compile_dir(ROOT / "diary", quiet=1)
    print("| command | CPU | wall |\n|---|---:|---:|")
    rows = [("python -c pass", [sys.executable, "-c", "pass"])]
    rows += [(f"daybook {' '.join(c)}", [sys.executable, "-m", "diary", *c]) for c in COMMANDS]
    for label, args in rows:
        cpu, wall = measure(args, runs)
        print(f"| `{label.replace(str(ROOT) + '/', '')}` | {cpu:.3f} s | {wall:.3f} s |")


if __name__ == "__main__":
    main()
