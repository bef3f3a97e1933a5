"""The hostile command-line journey of issue 9: what Daybook says when things go wrong.

Run by hand:  .venv/bin/python bench/hostile_cli.py [--work /tmp/daybook-hostile]

Each step runs the real command line in a child process (`./daybook` where Ctrl-C matters,
else `python -m diary`) against a scratch diary made with the fast, insecure key derivation,
and prints a Markdown table of the step, the command, its exit code and what it said (the
first line that is not the weak-protection warning). docs/cli.md keeps a copy of the output.

- Concurrency: two processes each run 50 `add` commands at once; all 100 must land with
  unique numbers.
- Read-only: the database file made read-only (the child gives up root's right to ignore file
  permissions, as tests/cliproc.py does), and a read-only file system (a tmpfs remounted
  read-only).
- Full disk: a 1 MiB tmpfs (`mount -t tmpfs -o size=1m`), filled by attaching a file. Mounting
  needs root; where it is not allowed the step says so.
- Ctrl-C at several moments, including the first half second, through the real launcher.
- Bad UTF-8 in an argument and on standard input; bad dates; an empty --vault or --out; a
  --vault that is a file or inside one; a reader that stops reading the output; output files
  that exist; a backup into the diary folder; init into
  a folder of other things; a damaged key file beside a good copy; an export killed outright.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cliproc import obey_file_permissions  # noqa: E402

PASS = "a hostile tester's passphrase"
# UK time, so that the autumn's doubled hour is one (the machine's own zone may be UTC).
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "Europe/London"}
ENV.pop("DAYBOOK_DEBUG", None)
ROWS: list[tuple[str, str, str, str]] = []


def said(out: str, err: str) -> str:
    lines = [
        line.strip()
        for line in (err + "\n" + out).splitlines()
        if line.strip() and not line.startswith("Warning:")
    ]
    return lines[0] if lines else "(nothing)"


def daybook(
    step: str,
    vault: Path | str | None,
    *args: str,
    stdin: bytes | str = PASS + "\n",
    launcher: bool = False,
    ordinary_user: bool = False,
    shown: str | None = None,
) -> subprocess.CompletedProcess[str]:
    argv = [str(ROOT / "daybook")] if launcher else [sys.executable, "-m", "diary"]
    if vault is not None:
        argv += ["--vault", str(vault)]
    argv += ["--passphrase-stdin", *args]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run(
        argv,
        input=data,
        capture_output=True,
        env=ENV,
        cwd=ROOT,
        preexec_fn=obey_file_permissions if ordinary_user else None,
        timeout=300,
    )
    out, err = result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")
    record(step, shown or "daybook " + " ".join(args), result.returncode, said(out, err))
    return subprocess.CompletedProcess(argv, result.returncode, out, err)


def record(step: str, command: str, code: int | str, message: str) -> None:
    ROWS.append((step, command, str(code), message))
    print(f"  {step}: {code} {message[:100]}", file=sys.stderr, flush=True)


def make_diary(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "diary",
            "--vault",
            str(path),
            "--passphrase-stdin",
            "init",
            "--insecure-fast-kdf",
            "--allow-weak-passphrase",
        ],
        input=PASS + "\n",
        text=True,
        capture_output=True,
        env=ENV,
        check=True,
    )
    return path


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[bool]:
    """A small tmpfs at `where`; yields whether it could be mounted."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


# -- the journey ----------------------------------------------------------------------------


ADDER = """
import io, sys
from diary.cli import run
codes = [run(["--vault", sys.argv[1], "--passphrase-stdin", "add", "--occurred",
              "2024-03-01 21:30", "--description", f"{sys.argv[2]} {i}"],
             stdin=io.StringIO(sys.argv[3] + "\\n")) for i in range(50)]
print(" ".join(map(str, codes)))
"""


def concurrency(work: Path) -> None:
    vault = make_diary(work / "busy")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(vault), name, PASS],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            cwd=ROOT,
        )
        for name in ("first", "second")
    ]
    codes: list[str] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=900)
        codes += out.strip().splitlines()[-1].split()
    listed = daybook("concurrency: count", vault, "list", "--json")
    import json

    numbers = [item["number"] for item in json.loads(listed.stdout)]
    failed = sum(1 for c in codes if c != "0")
    record(
        "concurrency",
        "2 processes x 50 `daybook add` at once",
        "0" if failed == 0 else f"{failed} failed",
        f"{len(numbers)} of 100 incidents landed, {len(set(numbers))} unique numbers",
    )
    ROWS.remove(next(r for r in ROWS if r[0] == "concurrency: count"))


def read_only(work: Path) -> None:
    vault = make_diary(work / "ro")
    daybook("setup", vault, "add", "--occurred", "2024-03-01 21:30", "--description", "x")
    ROWS.pop()
    os.chmod(vault / "data.db", 0o400)
    try:
        daybook(
            "data.db read-only",
            vault,
            "add",
            "--occurred",
            "yesterday 9pm",
            "--description",
            "x",
            ordinary_user=True,
        )
        daybook(
            "data.db read-only",
            vault,
            "passwd",
            "--allow-weak-passphrase",
            stdin=f"{PASS}\nnew passphrase\n",
            ordinary_user=True,
        )
    finally:
        os.chmod(vault / "data.db", 0o600)
    daybook("afterwards", vault, "list", shown="daybook list (old passphrase)")
    with tmpfs(work / "rofs", "4m") as mounted:
        if not mounted:
            record("read-only file system", "mount -t tmpfs", "-", "not allowed on this machine")
            return
        ro = make_diary(work / "rofs" / "d")
        subprocess.run(["mount", "-o", "remount,ro", str(work / "rofs")], check=True)
        daybook("read-only file system", ro, "add", "--occurred", "now", "--description", "x")
        daybook("read-only file system", ro, "backup", "--out", str(work / "rofs" / "b.zip"))


def full_disk(work: Path) -> None:
    with tmpfs(work / "full", "1m") as mounted:
        if not mounted:
            record("full disk", "mount -t tmpfs -o size=1m", "-", "not allowed on this machine")
            return
        vault = make_diary(work / "full" / "d")
        big = work / "big.bin"
        big.write_bytes(os.urandom(3 * 1024 * 1024))
        daybook("full disk", vault, "add", "--occurred", "2024-03-01 21:30", "--description", "x")
        daybook("full disk", vault, "attach", "INC-0001", str(big))
        daybook("full disk", vault, "export", "--out", str(work / "full" / "pack.zip"))
        filler = work / "full" / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 65536)
        daybook("disk completely full", vault, "add", "--occurred", "now", "--description", "y")
        daybook("disk completely full", vault, "list")
        record("full disk", "the diary after", "-", "checked below with the disk freed")
        filler.unlink()
        daybook("disk freed", vault, "check")


def ctrl_c(work: Path) -> None:
    vault = make_diary(work / "ctrl-c")
    for delay in (0.0, 0.05, 0.2, 0.5, 1.0):
        child = subprocess.Popen(
            [
                str(ROOT / "daybook"),
                "--vault",
                str(vault),
                "--passphrase-stdin",
                "add",
                "--occurred",
                "2024-03-01 21:30",
                "--description",
                f"Ctrl-C at {delay}",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENV,
            start_new_session=True,
        )
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGINT)
        out, err = child.communicate((PASS + "\n").encode(), timeout=120)
        text = said(out.decode(), err.decode())
        if "Traceback" in err.decode():
            text = "TRACEBACK: " + text
        record(f"Ctrl-C after {delay:.2f} s", "./daybook add …", child.returncode, text)


def wrong_input(work: Path) -> None:
    vault = make_diary(work / "input")
    daybook(
        "bad UTF-8 argument",
        vault,
        "add",
        "--occurred",
        "now",
        "--description",
        os.fsdecode(b"caf\xe9"),
        shown="daybook add --description $'caf\\xe9'",
    )
    daybook(
        "bad UTF-8 on stdin",
        vault,
        "list",
        stdin=b"caf\xe9\n",
        shown="daybook list  (passphrase $'caf\\xe9')",
    )
    daybook("bad date", vault, "add", "--occurred", "31/02/2024")
    daybook("date in the future", vault, "add", "--occurred", "2999-01-01")
    daybook("the clocks went back", vault, "add", "--occurred", "27 October 2024 1:30")
    daybook("the clocks went forward", vault, "add", "--occurred", "31/3/24 1:30")
    daybook("wrong passphrase", vault, "list", stdin="not it\n")
    a_file = work / "notes.txt"
    a_file.write_text("my notes")
    daybook("--vault is a file", a_file, "list")
    daybook("--vault inside a file", a_file / "diary", "list")
    output_closed(vault)
    daybook("--vault is empty", "", "list", shown='daybook --vault "" list')
    daybook("--out is empty", vault, "export", "--out", "", shown='daybook export --out ""')
    daybook("--out exists", vault, "backup", "--out", str(a_file))
    daybook("backup inside the diary", vault, "backup", "--out", str(vault / "b.zip"))
    others = work / "photos"
    others.mkdir(exist_ok=True)
    (others / "holiday.jpg").write_bytes(b"jpeg")
    daybook("init into other things", others, "init", "--insecure-fast-kdf")
    daybook(
        "recovery key file is a folder",
        work / "new",
        "init",
        "--insecure-fast-kdf",
        "--allow-weak-passphrase",
        "--recovery-key-file",
        str(work),
    )
    record(
        "", "(and so no diary was made)", "-", f"{work / 'new'} exists: {(work / 'new').exists()}"
    )
    daybook("weak passphrase", work / "weak", "init", "--insecure-fast-kdf", stdin="password1\n")


def output_closed(vault: Path) -> None:
    """`daybook list | head -1` at its hardest: the reader has gone before the first byte."""
    reading, writing = os.pipe()
    os.close(reading)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "diary", "--vault", str(vault), "--passphrase-stdin", "list"],
            input=(PASS + "\n").encode(),
            stdout=writing,
            stderr=subprocess.PIPE,
            env=ENV,
            cwd=ROOT,
            timeout=300,
        )
    finally:
        os.close(writing)
    message = said("", result.stderr.decode(errors="replace"))
    record("the reader stops reading", "daybook list (its reader gone)", result.returncode, message)


def damage(work: Path) -> None:
    vault = make_diary(work / "damage")
    (vault / "keyslots").write_bytes(b"junk" * 20)
    daybook("junk key file, good copy", vault, "list")
    daybook("junk key file, good copy", vault, "check")
    daybook("junk key file, good copy", vault, "check", "--repair")
    daybook("after the repair", vault, "list")
    daybook("an export killed outright", vault, "add", "--occurred", "now", "--description", "x")
    ROWS.pop()
    out_dir = work / "packs"
    out_dir.mkdir(exist_ok=True)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(vault), PASS, str(out_dir / "JS.zip")],
        stdout=subprocess.PIPE,
        env=ENV,
        cwd=ROOT,
    )
    assert child.stdout is not None
    child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait()
    left = [p.name for p in out_dir.iterdir()]
    record("an export killed outright", "kill -9 during export", "-9", f"left behind: {left}")
    daybook("an export killed outright", vault, "check")
    record("", "(afterwards)", "-", f"left behind: {[p.name for p in out_dir.iterdir()]}")


KILLED = """
import sys, time
from pathlib import Path
from diary.exporting import ExportChoices, export
from diary.vault import Vault
vault = Vault.open(Path(sys.argv[1])); vault.unlock(sys.argv[2])
def stall(step, fraction):
    print("writing", flush=True); time.sleep(60)
export(vault, Path(sys.argv[3]), ExportChoices(), progress=stall)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/daybook-hostile"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    for part in (concurrency, read_only, full_disk, ctrl_c, wrong_input, damage):
        part(args.work)
    print(f"Run {time.strftime('%Y-%m-%d')} as {'root' if os.geteuid() == 0 else 'a user'}.\n")
    print("| step | command | exit | what Daybook said |")
    print("|---|---|---:|---|")
    for step, command, code, message in ROWS:
        cell = message.replace("|", "\\|")
        print(f"| {step} | `{command}` | {code} | {cell} |")


if __name__ == "__main__":
    main()
