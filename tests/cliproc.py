"""Running `daybook` in a child process, as a person would, with real file permissions.

Permission tests need the operating system to refuse a write. Run as root (as in some
containers), a process may write anywhere, so the child gives up root's right to ignore file
permissions (CAP_DAC_OVERRIDE and friends, dropped from its capability bounding set before it
starts); it stays root otherwise, so it can still read the interpreter and the project.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_CAPBSET_DROP = 24
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_LINUX_IMMUTABLE
_FILE_PERMISSION_CAPS = (1, 2, 3, 9)


def obey_file_permissions() -> None:
    """Run in the child before it starts: make root subject to file permissions (Linux)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _FILE_PERMISSION_CAPS:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "could not drop a capability")


def daybook(
    *args: str,
    stdin: bytes | str = b"",
    vault: Path | None = None,
    passphrase_stdin: bool = True,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m diary [--vault V] [--passphrase-stdin] ARGS` with `stdin`; text output."""
    argv = [sys.executable, "-m", "diary"]
    if vault is not None:
        argv += ["--vault", str(vault)]
    if passphrase_stdin:
        argv.append("--passphrase-stdin")
    argv += list(args)
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("DAYBOOK_DEBUG", None)
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run(
        argv,
        input=data,
        capture_output=True,
        env=full_env,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=obey_file_permissions,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def in_process(vault: Path | str, *args: str, stdin: str) -> tuple[int, str, str]:
    """`daybook --vault V --passphrase-stdin ARGS` run in this process: (code, stdout, stderr)."""
    import contextlib
    import io

    from diary.cli import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--vault", str(vault), "--passphrase-stdin", *args], stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()
