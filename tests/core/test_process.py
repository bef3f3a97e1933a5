"""The Daybook process itself: Ctrl-C at any moment gives one line and tells the truth, never a
traceback; no core dumps in the command line or the app; bad UTF-8 is one plain sentence."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary.cli import main
from diary.crypto import keyslots
from diary.errors import ExitCode, WrongPassphrase
from diary.records.service import Diary
from diary.records.types import IncidentInput
from diary.timeutil import parse_user_time
from diary.vault import Vault
from tests.cliproc import ROOT, daybook

PASS = "first passphrase"
GOLDEN_PACK = ROOT / "tests" / "golden" / "packs" / "golden-v1-full.zip"
NEW = "second passphrase"
LAUNCHER = ROOT / "daybook"
DELAYS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5)
NOTHING = "Stopped. Nothing was changed.\n"
KEPT = "Stopped. What had been saved before then is kept; the rest was not done.\n"


def interrupted(args: list[str], stdin: bytes, delay: float) -> subprocess.CompletedProcess[str]:
    """The real launcher, sent SIGINT (as Ctrl-C in a terminal sends it) after `delay`."""
    child = subprocess.Popen(
        [str(LAUNCHER), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "DAYBOOK_DEBUG"},
        start_new_session=True,
    )
    time.sleep(delay)
    with_group = True
    try:
        os.killpg(child.pid, signal.SIGINT)
    except ProcessLookupError:
        with_group = False
    out, err = child.communicate(stdin, timeout=120)
    assert with_group or child.returncode == 0
    return subprocess.CompletedProcess(child.args, child.returncode, out.decode(), err.decode())


def count(folder: Path, passphrase: str) -> tuple[int, list[str]]:
    vault = Vault.open(folder)
    vault.unlock(passphrase)
    try:
        diary = Diary(vault)
        return diary.count_incidents(), [e.kind for e in diary.audit_events()]
    finally:
        vault.lock()


def test_ctrl_c_at_any_moment_of_add_is_one_true_line(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    Vault.create(folder, PASS, insecure_fast_kdf=True)[0].lock()
    expected = 0
    stopped = 0
    for delay in DELAYS:
        result = interrupted(
            [
                "--vault",
                str(folder),
                "--passphrase-stdin",
                "add",
                "--occurred",
                "2024-03-01 21:30",
                "--description",
                f"at {delay}",
            ],
            f"{PASS}\n".encode(),
            delay,
        )
        assert "Traceback" not in result.stderr and "Fatal" not in result.stderr, result.stderr
        lines = [line for line in result.stderr.splitlines() if not line.startswith("Warning:")]
        if result.returncode == -signal.SIGINT:
            # Stopped before even the launcher's first line ran: nothing was started.
            assert (result.stdout, result.stderr) == ("", "")
        elif result.returncode == 0:
            # Ctrl-C while the interpreter starts is ignored: the command simply did its work.
            expected += 1
            assert result.stdout.startswith("INC-")
        else:
            stopped += 1
            assert result.returncode == ExitCode.STOPPED
            assert len(lines) == 1 and lines[0] + "\n" in (NOTHING, KEPT), result.stderr
            if lines[0] + "\n" == KEPT:
                expected += 1
        assert count(folder, PASS)[0] == expected, (delay, result)
    assert stopped >= len(DELAYS) // 2, "Ctrl-C was hardly ever answered"


def test_ctrl_c_during_a_passphrase_change_leaves_one_passphrase_and_says_which(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    Vault.create(folder, PASS, insecure_fast_kdf=True)[0].lock()
    current, other = PASS, NEW
    changes = 0
    for delay in DELAYS:
        result = interrupted(
            ["--vault", str(folder), "--passphrase-stdin", "passwd", "--allow-weak-passphrase"],
            f"{current}\n{other}\n".encode(),
            delay,
        )
        assert "Traceback" not in result.stderr, result.stderr
        changed = result.returncode == 0 or KEPT.strip() in result.stderr
        if result.returncode not in (0, -signal.SIGINT):
            assert result.returncode == ExitCode.STOPPED, result.stderr
        opener = other if changed else current
        keyslots.unlock(folder, opener)
        with pytest.raises(WrongPassphrase):
            keyslots.unlock(folder, current if changed else other)
        if changed:
            changes += 1
            current, other = other, current
        # The history says exactly as often as the passphrase really changed.
        assert count(folder, opener)[1].count("passphrase changed") == changes


def test_the_command_line_process_writes_no_core_dump(tmp_path: Path) -> None:
    # A command waiting for its passphrase on standard input: look at the live process.
    Vault.create(tmp_path / "d", PASS, insecure_fast_kdf=True)[0].lock()
    child = subprocess.Popen(
        [str(LAUNCHER), "--vault", str(tmp_path / "d"), "--passphrase-stdin", "list"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        limits = ""
        for _ in range(200):
            limits = Path(f"/proc/{child.pid}/limits").read_text()
            cmdline = Path(f"/proc/{child.pid}/cmdline").read_bytes()
            if b"start.py" in cmdline and _core_limit(limits) == "0":
                break
            time.sleep(0.05)
        assert _core_limit(limits) == "0", limits
    finally:
        child.kill()
        child.wait()


def _core_limit(limits: str) -> str:
    for line in limits.splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4]
    return ""


HARDENED = """
import ctypes, resource, sys
from diary import hardening
hardening.{call}()
libc = ctypes.CDLL(None)
print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE is Linux's")
@pytest.mark.parametrize("call", ["protect_process", "no_core_dumps"])
def test_hardening_turns_off_core_dumps_and_dumpability(call: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", HARDENED.format(call=call)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.stdout.split() == ["(0,", "0)", "0"], result.stderr


def test_the_app_turns_off_core_dumps_before_anything_else() -> None:
    # The app's entry calls it first; checked without starting a window.
    import inspect

    from ui import app

    source = inspect.getsource(app.main)
    body = source.split('"""')[-1] if '"""' in source else source
    first_call = next(
        line.strip()
        for line in body.splitlines()[1:]
        if line.strip() and not line.strip().startswith("#")
    )
    assert first_call.startswith("hardening.no_core_dumps()"), first_call


def test_arguments_that_are_not_utf8_are_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    Vault.create(folder, PASS, insecure_fast_kdf=True)[0].lock()
    bad = os.fsdecode(b"caf\xe9")
    for args in (
        ["add", "--occurred", "2024-03-01 21:30", "--description", bad],
        ["attach", "INC-0001", os.fsdecode(tmp_path / os.fsdecode(b"\xff.jpg"))],
        ["list", "--search", bad],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "diary", "--vault", str(folder), "--passphrase-stdin", *args],
            input=f"{PASS}\n".encode(),
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        err = result.stderr.decode()
        assert result.returncode == ExitCode.BAD_INPUT, err
        assert "not valid UTF-8" in err and len(err.strip().splitlines()) == 1
        assert "caf\\xe9" in err or "\\xff" in err


def test_a_passphrase_on_stdin_that_is_not_utf8_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    Vault.create(folder, PASS, insecure_fast_kdf=True)[0].lock()
    result = daybook("list", vault=folder, stdin=b"caf\xe9\n")
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("Warning:")]
    assert len(lines) == 1 and "standard input is not valid UTF-8" in lines[0]


def test_ctrl_c_at_the_passphrase_prompt_is_one_line_of_its_own(tmp_path: Path) -> None:
    """Typed at a real terminal while Daybook asks for the passphrase (echo off, so no "^C"):
    the line 'Stopped…' starts afresh instead of after the prompt."""
    import pty
    import select

    folder = tmp_path / "d"
    Vault.create(folder, PASS, insecure_fast_kdf=True)[0].lock()
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the real launcher, on the terminal
        os.environ.pop("DAYBOOK_DEBUG", None)
        os.execv(str(LAUNCHER), [str(LAUNCHER), "--vault", str(folder), "list"])
    said = b""

    def read_until(done: bytes) -> None:
        nonlocal said
        deadline = time.monotonic() + 60
        while done not in said and time.monotonic() < deadline:
            if select.select([terminal], [], [], 0.5)[0]:
                try:
                    chunk = os.read(terminal, 1024)
                except OSError:
                    return
                if not chunk:
                    return
                said += chunk

    read_until(b"Passphrase: ")
    os.write(terminal, b"\x03")  # Ctrl-C as typed
    read_until(b"changed.")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == ExitCode.STOPPED
    lines = [line for line in said.decode().splitlines() if not line.startswith("Warning:")]
    assert lines[-1] == "Stopped. Nothing was changed.", lines
    assert "Traceback" not in said.decode()


@pytest.mark.parametrize(
    "command", [["codes"], ["list"], ["history"], ["verify", str(GOLDEN_PACK)]]
)
def test_output_read_by_a_program_that_stops_reading_is_no_failure(
    tmp_path: Path, command: list[str]
) -> None:
    """`daybook list | head -1`: the reader closes the pipe; Daybook says nothing untrue (no
    "Something unexpected") and exits as a program stopped by SIGPIPE does."""
    folder = tmp_path / "d"
    vault = Vault.create(folder, PASS, insecure_fast_kdf=True)[0]
    Diary(vault).add_incident(IncidentInput(occurred_start=parse_user_time("2024-03-01 21:30")))
    vault.lock()
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before Daybook writes a byte
    try:
        result = subprocess.run(
            [sys.executable, "-m", "diary", "--vault", str(folder), "--passphrase-stdin", *command],
            input=f"{PASS}\n".encode(),
            stdout=writing,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={k: v for k, v in os.environ.items() if k != "DAYBOOK_DEBUG"},
            check=False,
        )
    finally:
        os.close(writing)
    said = [line for line in result.stderr.decode().splitlines() if not line.startswith("Warning")]
    assert said == []
    assert result.returncode == ExitCode.OUTPUT_CLOSED


def test_the_app_with_no_screen_is_one_plain_sentence(tmp_path: Path) -> None:
    """`daybook` alone over SSH: Qt would abort with its own messages (exit 134)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the display variables are Linux's")
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DAYBOOK_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "diary", "--vault", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in hidden},
        timeout=120,
        check=False,
    )
    assert result.returncode == ExitCode.FAILURE
    assert result.stderr.splitlines() == [main.NO_SCREEN]
    assert not (tmp_path / "d").exists()
