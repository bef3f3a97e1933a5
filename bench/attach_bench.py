"""Attaching a large file: throughput against `sha256sum`, and peak memory of the attaching process.

Run by hand:  .venv/bin/python bench/attach_bench.py [--sizes-mb 100,1024] [--runs 3]

For each size it writes a file of random bytes, reads it once to warm the page cache, then
times `sha256sum FILE` (median of --runs) and, in a fresh child process each time,
`Diary.attach_file(FILE, "INC-0001")` (median of --runs; the child reports the attach's own
wall time, which includes reading, SHA-256, ChaCha20-Poly1305 in 64 KiB chunks, writing, fsync
and the database row). Ratio = sha256sum time / attach time (so 1.0 means as fast as
sha256sum; the goal is at least 0.5).

Peak memory is the child's ru_maxrss, which covers the whole process (interpreter,
SQLAlchemy, SQLCipher); a child that unlocks but attaches nothing gives the baseline.
Goal: under 150 MB in all, and not growing with the file's size.

The vault uses the insecure fast KDF: key derivation is not part of an attach.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary.records.service import Diary  # noqa: E402
from diary.records.types import IncidentInput  # noqa: E402
from diary.timeutil import now  # noqa: E402
from diary.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from diary.vault import Vault
from diary.records.service import Diary
vault = Vault.open(Path(sys.argv[2]))
vault.unlock(sys.argv[3])
elapsed = cpu = 0.0
if sys.argv[4] != "-":
    start, cpu_start = time.perf_counter(), time.process_time()
    Diary(vault).attach_file(Path(sys.argv[4]), "INC-0001")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
vault.lock()
print(json.dumps({"seconds": elapsed, "cpu": cpu,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def child(vault: Path, file: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(vault), PASSPHRASE, file],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def make_file(path: Path, size: int) -> None:
    chunk = 16 * 1024 * 1024
    with path.open("wb") as out:
        left = size
        while left > 0:
            out.write(os.urandom(min(chunk, left)))
            left -= chunk


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", default="100,1024")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/daybook-bench-attach"))
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    vault_path = args.work / "vault"
    vault, _ = Vault.create(vault_path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    Diary(vault).add_incident(IncidentInput(occurred_start=now(), description="A video."))
    vault.lock()

    base = child(vault_path, "-")
    print(f"baseline child (unlock, no attach): ru_maxrss {base['maxrss_kib'] / 1024:.1f} MiB")
    print(f"load average {os.getloadavg()[0]:.1f}; times are wall (CPU), medians of {args.runs}")
    print(
        "\n| file | sha256sum | attach | throughput ratio (goal ≥ 0.5) |"
        " attach MB/s | peak RSS of attaching process (goal < 150 MB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for size_mb in (int(s) for s in args.sizes_mb.split(",")):
        size = size_mb * 1024 * 1024
        file = args.work / f"video-{size_mb}.bin"
        make_file(file, size)
        subprocess.run(["cat", str(file)], stdout=subprocess.DEVNULL, check=True)
        sha_times, sha_cpus = [], []
        for _ in range(args.runs):
            cpu_start = children_cpu()
            start = time.perf_counter()
            subprocess.run(["sha256sum", str(file)], stdout=subprocess.DEVNULL, check=True)
            sha_times.append(time.perf_counter() - start)
            sha_cpus.append(children_cpu() - cpu_start)
        attach = [child(vault_path, str(file)) for _ in range(args.runs)]
        sha, sha_cpu = statistics.median(sha_times), statistics.median(sha_cpus)
        seconds = statistics.median(a["seconds"] for a in attach)
        cpu = statistics.median(a["cpu"] for a in attach)
        peak = max(a["maxrss_kib"] for a in attach) / 1024
        print(
            f"| {size_mb:,} MiB | {sha:.2f} ({sha_cpu:.2f}) s | {seconds:.2f} ({cpu:.2f}) s |"
            f" {sha / seconds:.2f} ({sha_cpu / cpu:.2f}) | {size / seconds / 1e6:.0f} |"
            f" {peak:.1f} MiB |",
            flush=True,
        )
        file.unlink()
    print(f"load average {os.getloadavg()[0]:.1f}")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
