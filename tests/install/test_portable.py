"""A portable copy keeps the diary beside the program and writes nothing to the host: the app
and the CLI run with HOME, the XDG folders and TMPDIR pointing at empty folders, which must
still be empty afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diary.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "quietly orange lantern beneath seven hills\n"
HOST_PLACES = ("home", "config", "cache", "data", "state", "runtime", "tmp")


@pytest.fixture
def host(tmp_path: Path) -> dict[str, Path]:
    places = {name: tmp_path / "host" / name for name in HOST_PLACES}
    for place in places.values():
        place.mkdir(parents=True, mode=0o700)
    return places


def host_env(host: dict[str, Path], portable: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "DAYBOOK_", "TMP", "TEMP"))
    }
    env.update(
        HOME=str(host["home"]),
        XDG_CONFIG_HOME=str(host["config"]),
        XDG_CACHE_HOME=str(host["cache"]),
        XDG_DATA_HOME=str(host["data"]),
        XDG_STATE_HOME=str(host["state"]),
        XDG_RUNTIME_DIR=str(host["runtime"]),
        TMPDIR=str(host["tmp"]),
        QT_QPA_PLATFORM="offscreen",
        DAYBOOK_INSECURE_FAST_KDF="1",
        DAYBOOK_PORTABLE_DIR=str(portable),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def cli(env: dict[str, str], *args: str) -> str:
    """`python -m diary --passphrase-stdin ARGS` in `env`; its output, after checking it worked."""
    result = subprocess.run(
        [sys.executable, "-m", "diary", "--passphrase-stdin", *args],
        env=env,
        cwd=ROOT,
        input=PASSPHRASE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def left_on_host(host: dict[str, Path]) -> list[str]:
    # The runtime folder may hold sockets the desktop made; Daybook must not add to it.
    return sorted(str(p) for place in host.values() for p in place.rglob("*"))


def test_the_portable_app_creates_a_diary_beside_the_program_and_leaves_the_host_empty(
    host: dict[str, Path], tmp_path: Path
) -> None:
    portable = tmp_path / "stick" / "Daybook data"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "install" / "portable_app.py")],
        env=host_env(host, portable),
        cwd=host["home"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert Vault.exists(portable / "diary")
    assert left_on_host(host) == []
    assert list((portable / "tmp").iterdir()) == []  # nothing plain left behind either


def test_the_portable_cli_keeps_the_diary_beside_the_program_and_leaves_the_host_empty(
    host: dict[str, Path], tmp_path: Path
) -> None:
    portable = tmp_path / "stick" / "Daybook data"
    env = host_env(host, portable)

    def daybook(*args: str) -> str:
        return cli(env, "--portable", *args)

    daybook(
        "init",
        "--initials",
        "JS",
        "--insecure-fast-kdf",
        "--recovery-key-file",
        str(portable / "recovery.txt"),
    )
    daybook("add", "--occurred", "2024-03-01 21:30", "--description", "He waited outside")
    daybook("export", "--out", str(portable / "JS.zip"))
    assert "INC-0001" in daybook("list")
    assert Vault.exists(portable / "diary")
    assert left_on_host(host) == []


def test_without_portable_the_diary_goes_to_the_host_so_the_test_can_tell(
    host: dict[str, Path], tmp_path: Path
) -> None:
    env = host_env(host, tmp_path / "unused")
    cli(env, "init", "--insecure-fast-kdf", "--recovery-key-file", str(tmp_path / "key.txt"))
    assert left_on_host(host) != []
    assert not (tmp_path / "unused").exists()
