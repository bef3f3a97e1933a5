"""Parse and store a generated 100,000-message WhatsApp export into a fresh vault: time and peak memory.

`python bench/import_store_bench.py [--messages 100000]`. The parse and the store each run in a
fresh child process so that peak memory (ru_maxrss) is the whole import's, not the benchmark's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from diary.vault import Vault
from diary.importing import import_file
from diary.records.service import Diary
vault = Vault.open(Path(sys.argv[1])); vault.unlock("bench")
start = time.perf_counter(); cpu = time.process_time()
report = import_file(Diary(vault), Path(sys.argv[2]), person="Sam Taylor")
wall = time.perf_counter() - start; cpu = time.process_time() - cpu
vault.lock()
print(json.dumps({"wall": wall, "cpu": cpu, "added": report.added,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    from bench.whatsapp_bench import generate
    from diary.vault import Vault

    with tempfile.TemporaryDirectory() as scratch:
        chat = Path(scratch) / "WhatsApp Chat.txt"
        chat.write_bytes(generate(args.messages))
        vault_path = Path(scratch) / "vault"
        Vault.create(vault_path, "bench", initials="JS", insecure_fast_kdf=True)[0].lock()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault_path), str(chat)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(ROOT)},
        ).stdout
        result = json.loads(out.strip().splitlines()[-1])
        again = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault_path), str(chat)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(ROOT)},
        ).stdout
        second = json.loads(again.strip().splitlines()[-1])
    size_mb = len(generate(args.messages)) / 1e6
    print(
        "| messages | file | first import (wall / CPU) | peak memory | re-import (all already there) |"
    )
    print("|---:|---:|---:|---:|---:|")
    print(
        f"| {result['added']:,} | {size_mb:.1f} MB | {result['wall']:.2f} s / {result['cpu']:.2f} s "
        f"| {result['peak_mb']:.0f} MB | {second['wall']:.2f} s, {second['added']} added |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
