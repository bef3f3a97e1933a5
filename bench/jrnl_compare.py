"""Daybook against jrnl 4.x (encrypted journal): add one entry, and search, one whole command each.

Run by hand with Daybook's Python; jrnl lives in its own virtual environment:

    python3 -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl
    .venv/bin/python bench/jrnl_compare.py --sizes 1000,10000,100000 --runs 5

For each size it fills an encrypted jrnl journal (a generated plaintext journal, encrypted
with jrnl's own Jrnlv3Encryption class, the format `jrnl` writes) and a Daybook vault made
with the normal, calibrated Argon2id cost (Vault.create + Diary.add_incidents in batches),
both with the same entry texts. Then it times, as whole processes:

    jrnl "<date>: <text>"                 /  python -m diary add --occurred ... --description ...
    jrnl -contains <word>                 /  python -m diary list --search <word>

jrnl reads its password from a keyring backend that reads an environment variable
(bench/jrnl_env_keyring.py); Daybook reads its passphrase with --passphrase-stdin.

Daybook's own modules are compiled to .pyc first (as an installed Daybook's are, and as jrnl's
are in its venv), since with PYTHONDONTWRITEBYTECODE set nothing would ever cache them and every
command would compile its sources again. `--before DIR` times a second Daybook checkout (e.g.
`git archive main | tar -x -C DIR`) on the same vaults in the same run, so before and after are
measured side by side with jrnl.

Key derivation is measured on its own (jrnl: PBKDF2-HMAC-SHA256, 100,000 iterations, in
jrnl's Python; Daybook: diary.crypto.kdf.derive_key with the vault's header parameters)
and the number of derivations each command does is counted once by instrumenting it, so
"without KDF" = median wall time - derivations x median KDF time.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary.crypto.kdf import derive_key  # noqa: E402
from diary.crypto.keyslots import read_header  # noqa: E402
from diary.records.service import Diary  # noqa: E402
from diary.records.types import IncidentInput  # noqa: E402
from diary.vault import Vault  # noqa: E402

PASSWORD = "correct horse battery staple"
MARKER = "umbrella"  # in one entry of every thousand, so a search finds a few, not all
_TEXT = (
    "he was outside the house again at night and walked past twice slowly looking in "
    "the car parked across the road messages kept coming from a new number saying "
    "he only wanted to talk I changed my route to work and told my manager about it "
    "a parcel arrived with no name flowers left on the doorstep the neighbour saw him "
    "at the bus stop near school called six times and left a voicemail I felt scared"
)
WORDS = _TEXT.split()


def entry_text(i: int, rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randrange(25, 60))]
    if i % 1000 == 7:
        words.insert(rng.randrange(len(words)), MARKER)
    return " ".join(words).capitalize() + "."


def entry_time(i: int, size: int) -> datetime:
    # Three hours apart, closer for a journal so big that would reach the future (Daybook
    # refuses a future date): every entry falls between 2015 and 2026.
    step = min(timedelta(hours=3), (datetime(2026, 1, 1) - datetime(2015, 1, 1)) / size)
    return (datetime(2015, 1, 1, 8, 0) + step * i).replace(second=0, microsecond=0).astimezone()


# -- jrnl ---------------------------------------------------------------------------------


def jrnl_env(bench_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(bench_dir)
    env["PYTHON_KEYRING_BACKEND"] = "jrnl_env_keyring.EnvKeyring"
    env["JRNL_BENCH_PASSWORD"] = PASSWORD
    env["EDITOR"] = "false"
    env.pop("VISUAL", None)
    return env


def jrnl_config(work: Path, journal: Path) -> Path:
    # jrnl treats a JSON config as a 1.x config to upgrade, so write plain YAML.
    path = work / "jrnl.yaml"
    path.write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n"
    )
    return path


ENCRYPT_WITH_JRNL = """
import sys
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
enc = Jrnlv3Encryption("default", {})
enc.password = sys.argv[1]
data = enc.encrypt(open(sys.argv[2], encoding="utf-8").read())
open(sys.argv[3], "wb").write(data)
"""

TIME_PBKDF2 = """
import time, statistics, os
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
wall, cpu = [], []
for _ in range(int(os.environ["RUNS"])):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=os.urandom(16), iterations=100_000)
    t, c = time.perf_counter(), time.process_time()
    kdf.derive(b"correct horse battery staple")
    wall.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)
print(statistics.median(wall), statistics.median(cpu))
"""


def fill_jrnl(work: Path, size: int, jrnl_python: Path) -> Path:
    rng = random.Random(size)
    plain = work / "plain.txt"
    with plain.open("w", encoding="utf-8") as out:
        for i in range(size):
            body = entry_text(i, rng)
            title, _, rest = body.partition(" ")
            # Title is the first sentence; keep it short and put the rest in the body.
            out.write(f"[{entry_time(i, size):%Y-%m-%d %H:%M}] {title}.\n{rest}\n\n")
    journal = work / "journal.txt"
    subprocess.run(
        [str(jrnl_python), "-c", ENCRYPT_WITH_JRNL, PASSWORD, str(plain), str(journal)],
        check=True,
    )
    plain.unlink()
    return journal


def fill_daybook(work: Path, size: int, fast_kdf: bool = False) -> Path:
    rng = random.Random(size)
    path = work / "vault"
    vault, _ = Vault.create(path, PASSWORD, initials="JS", insecure_fast_kdf=fast_kdf)
    batch: list[IncidentInput] = []
    for i in range(size):
        batch.append(
            IncidentInput(occurred_start=entry_time(i, size), description=entry_text(i, rng))
        )
        if len(batch) == 2000:
            Diary(vault).add_incidents(batch)
            batch = []
    if batch:
        Diary(vault).add_incidents(batch)
    vault.lock()
    return path


# -- timing -------------------------------------------------------------------------------


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(
    cmd: list[str], env: dict[str, str] | None, stdin: str | None, cwd: Path | None = None
) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user+system of the command and all its threads)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        cmd,
        input=stdin,
        text=True,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {cmd}\n{proc.stderr}")
    return elapsed, _children_cpu() - cpu


def median_times(
    commands: dict[str, tuple[list[str], dict[str, str] | None, str | None, Path]], runs: int
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command over `runs` rounds, after one uncounted
    warm-up each. Each round runs every command once, so a change in the machine's load falls
    on all of them alike rather than on whichever ran last."""
    for cmd, env, stdin, cwd in commands.values():
        run_once(cmd, env, stdin, cwd)  # warm the page cache; not counted
    times: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
    for _ in range(runs):
        for key, (cmd, env, stdin, cwd) in commands.items():
            times[key].append(run_once(cmd, env, stdin, cwd))
    return {
        key: (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got))
        for key, got in times.items()
    }


def count_calls(cmd: list[str], env: dict[str, str] | None, stdin: str | None) -> int:
    proc = subprocess.run(
        cmd, input=stdin, text=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    found = re.search(r"KDF_CALLS (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"could not count KDF calls: {cmd}\n{proc.stderr}")
    return int(found.group(1))


DAYBOOK_COUNT_KDF = """
import atexit, runpy, sys
import diary.crypto.kdf as kdf
calls = 0
original = kdf.derive_key
def counting(*a, **k):
    global calls
    calls += 1
    return original(*a, **k)
kdf.derive_key = counting
atexit.register(lambda: print(f"KDF_CALLS {calls}", file=sys.stderr))
sys.argv = ["daybook", *sys.argv[1:]]
runpy.run_module("diary", run_name="__main__")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jrnl-venv", type=Path, default=Path("/tmp/jrnl-venv"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/daybook-bench-jrnl"))
    parser.add_argument("--keep", action="store_true", help="keep the filled journals and vaults")
    parser.add_argument(
        "--before",
        type=Path,
        help="another Daybook checkout to time on the same vaults in the same run (its columns "
        "are 'Daybook before'); it runs with this Python, from its own folder",
    )
    parser.add_argument(
        "--daybook-fast-kdf",
        action="store_true",
        help="make Daybook's vault with the insecure fast KDF (256 KiB, 1 pass), so key derivation "
        "is excluded by construction rather than subtracted (on a loaded machine the Argon2id "
        "measured alone varies too much for the subtraction to be trusted)",
    )
    args = parser.parse_args()

    jrnl_python = args.jrnl_venv / "bin" / "python"
    jrnl = [str(args.jrnl_venv / "bin" / "jrnl")]
    daybook = [sys.executable, "-m", "diary"]
    checkouts = {"daybook": ROOT}
    if args.before is not None:
        checkouts["before"] = args.before.resolve()
    for checkout in checkouts.values():
        compileall.compile_dir(checkout / "diary", quiet=1)
    env = jrnl_env(Path(__file__).resolve().parent)
    version = subprocess.run(
        [*jrnl, "--version"], capture_output=True, text=True, check=True
    ).stdout.split("\n")[0]
    print(f"# {version}; Daybook with {sys.executable}; {os.cpu_count()} CPUs", flush=True)

    jrnl_kdf, jrnl_kdf_cpu = map(
        float,
        subprocess.run(
            [str(jrnl_python), "-c", TIME_PBKDF2],
            env={**os.environ, "RUNS": str(args.runs)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split(),
    )
    results = []
    counted = False
    counts: dict[str, int] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        work = args.work / str(size)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        t = time.perf_counter()
        journal = fill_jrnl(work, size, jrnl_python)
        jrnl_fill = time.perf_counter() - t
        t = time.perf_counter()
        vault = fill_daybook(work, size, args.daybook_fast_kdf)
        daybook_fill = time.perf_counter() - t
        print(
            f"size {size}: filled jrnl in {jrnl_fill:.1f} s, Daybook in {daybook_fill:.1f} s",
            flush=True,
        )
        params = read_header(vault).kdf
        salt = os.urandom(32)
        daybook_kdf_times, daybook_kdf_cpus = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            derive_key(PASSWORD, salt, params, insecure_ok=args.daybook_fast_kdf)
            daybook_kdf_times.append(time.perf_counter() - t)
            daybook_kdf_cpus.append(time.process_time() - c)
        daybook_kdf = statistics.median(daybook_kdf_times)
        daybook_kdf_cpu = statistics.median(daybook_kdf_cpus)

        cfg = ["--config-file", str(jrnl_config(work, journal))]
        j_add = [*jrnl, *cfg, "2024-03-01 21:30: He was outside the house again tonight."]
        j_search = [*jrnl, *cfg, "-contains", MARKER]
        d_vault = ["--vault", str(vault), "--passphrase-stdin"]
        d_add_args = [
            *d_vault,
            "add",
            "--occurred",
            "2024-03-01 21:30",
            "--description",
            "He was outside the house again tonight.",
        ]
        d_search_args = [*d_vault, "list", "--search", MARKER]
        pw = PASSWORD + "\n"
        if not counted:
            count_py = [str(jrnl_python), str(Path(__file__).with_name("jrnl_count_kdf.py"))]
            counts = {
                "jrnl add": count_calls([*count_py, *j_add[1:]], env, None),
                "jrnl search": count_calls([*count_py, *j_search[1:]], env, None),
                "daybook add": count_calls(
                    [sys.executable, "-c", DAYBOOK_COUNT_KDF, *d_add_args], None, pw
                ),
                "daybook search": count_calls(
                    [sys.executable, "-c", DAYBOOK_COUNT_KDF, *d_search_args], None, pw
                ),
            }
            print(f"key derivations per command: {counts}", flush=True)
            counted = True
        row: dict[str, Any] = {
            "size": size,
            "load_before": os.getloadavg()[0],
            "jrnl_kdf": jrnl_kdf,
            "jrnl_kdf_cpu": jrnl_kdf_cpu,
            "daybook_kdf": daybook_kdf,
            "daybook_kdf_cpu": daybook_kdf_cpu,
            "daybook_kdf_params": str(params),
        }
        commands = {
            "jrnl_add": (j_add, env, None),
            "jrnl_search": (j_search, env, None),
            "daybook_add": ([*daybook, *d_add_args], None, pw),
            "daybook_search": ([*daybook, *d_search_args], None, pw),
        }
        if "before" in checkouts:
            commands["before_add"] = ([*daybook, *d_add_args], None, pw)
            commands["before_search"] = ([*daybook, *d_search_args], None, pw)
        timed = {
            key: (
                cmd,
                cmd_env,
                stdin,
                checkouts["before" if key.startswith("before") else "daybook"],
            )
            for key, (cmd, cmd_env, stdin) in commands.items()
        }
        for key, (wall, cpu) in median_times(timed, args.runs).items():
            row[key], row[f"{key}_cpu"] = wall, cpu
        row["load_after"] = os.getloadavg()[0]
        if "before" in checkouts:
            counts["before add"], counts["before search"] = (
                counts["daybook add"],
                counts["daybook search"],
            )
            row["before_kdf"], row["before_kdf_cpu"] = row["daybook_kdf"], row["daybook_kdf_cpu"]
        for tool in ("jrnl", "daybook", "before") if "before" in checkouts else ("jrnl", "daybook"):
            for op in ("add", "search"):
                n = counts[f"{tool} {op}"]
                row[f"{tool}_{op}_nokdf"] = row[f"{tool}_{op}"] - n * row[f"{tool}_kdf"]
                row[f"{tool}_{op}_cpu_nokdf"] = row[f"{tool}_{op}_cpu"] - n * row[f"{tool}_kdf_cpu"]
        results.append(row)
        print(json.dumps(row), flush=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    for suffix, label in (("", "wall"), ("_cpu", "CPU (user+system)")):
        print(f"\n{label}, median of {args.runs}:\n")
        print(
            "| entries | jrnl add | Daybook add | jrnl search | Daybook search |"
            " jrnl add −KDF | Daybook add −KDF | jrnl search −KDF | Daybook search −KDF |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            keys = ("jrnl_add", "daybook_add", "jrnl_search", "daybook_search")
            cells = [f"{r[k + suffix]:.3f} s" for k in keys]
            cells += [f"{r[k + suffix + '_nokdf']:.3f} s" for k in keys]
            print(f"| {r['size']:,} | " + " | ".join(cells) + " |")
    if args.before is not None:
        for suffix, label in (("", "wall"), ("_cpu", "CPU (user+system)")):
            print(f"\nBefore ({args.before}) and after, without key derivation, {label}:\n")
            print(
                "| entries | jrnl add | Daybook add before | Daybook add after |"
                " jrnl search | Daybook search before | Daybook search after |"
            )
            print("|---:|---:|---:|---:|---:|---:|---:|")
            for r in results:
                keys = (
                    "jrnl_add", "before_add", "daybook_add",
                    "jrnl_search", "before_search", "daybook_search",
                )  # fmt: skip
                cells = [f"{r[k + suffix + '_nokdf']:.3f} s" for k in keys]
                print(f"| {r['size']:,} | " + " | ".join(cells) + " |")
    for r in results:
        print(
            f"\n{r['size']:,}: KDF alone: jrnl PBKDF2-SHA256 100k {r['jrnl_kdf']:.3f} s wall, "
            f"{r['jrnl_kdf_cpu']:.3f} s CPU; Daybook Argon2id {r['daybook_kdf_params']} "
            f"{r['daybook_kdf']:.3f} s wall, {r['daybook_kdf_cpu']:.3f} s CPU; "
            f"load average {r['load_before']:.1f} to {r['load_after']:.1f}"
        )
    print(f"derivations per command: {counts}")


if __name__ == "__main__":
    main()
