"""The portable copy: the diary in a folder beside the program, nothing written to the host.

`daybook --portable`, or an empty file named `portable` beside the program (the frozen
bundle's `daybook` executable, or a checkout's `daybook` script), turns it on. Everything
Daybook, Qt, fontconfig or Python would write under the person's home or the system's temp
folder is sent into the data folder instead, before any of them starts:

    <program folder>/Daybook data/
        diary/    the vault (unless --vault names another)
        config/   XDG_CONFIG_HOME: Qt's settings (the file dialog's state and history)
        cache/    XDG_CACHE_HOME: fontconfig's cache, Qt's caches
        data/     XDG_DATA_HOME: "recently used" lists that GTK-based dialogs keep
        state/    XDG_STATE_HOME
        tmp/      TMPDIR, TEMP, TMP and Python's tempfile

`DAYBOOK_PORTABLE_DIR` names another data folder (the tests use it; so can a person whose
stick has a separate partition for data). The app adds what only Qt can do (ui/app.py:
settings in an INI file inside config/, Qt's own file dialogs instead of the system's, which
would add the files to the system's recent lists). See packaging/README.md.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

FLAG = "--portable"
MARKER = "portable"
DATA_FOLDER = "Daybook data"
DIR_ENV = "DAYBOOK_PORTABLE_DIR"
ACTIVE_ENV = "DAYBOOK_PORTABLE"
REDIRECTED = {
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
    "TMPDIR": "tmp",
    "TEMP": "tmp",
    "TMP": "tmp",
}


def program_folder() -> Path:
    """The folder the person sees the program in: the bundle's, or the checkout's. On macOS
    that is the folder holding Daybook.app (writing inside the app would break its seal)."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        if folder.name == "MacOS" and folder.parent.parent.suffix == ".app":
            return folder.parent.parent.parent
        return folder
    return Path(__file__).resolve().parent.parent


def wanted(argv: list[str]) -> bool:
    return FLAG in argv or (program_folder() / MARKER).is_file() or is_active()


def is_active() -> bool:
    return os.environ.get(ACTIVE_ENV) == "1"


def data_folder() -> Path:
    chosen = os.environ.get(DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else program_folder() / DATA_FOLDER


def enter(argv: list[str]) -> list[str]:
    """If portable mode is asked for, redirect every place a write could go and return argv
    without the flag; otherwise return argv unchanged and touch nothing."""
    if not wanted(argv):
        return argv
    root = data_folder()
    for sub in {*REDIRECTED.values(), "diary"}:
        (root / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    for name, sub in REDIRECTED.items():
        os.environ[name] = str(root / sub)
    # The host's own choices must not send the diary elsewhere; `--vault` still can.
    os.environ["DAYBOOK_VAULT"] = str(root / "diary")
    os.environ[ACTIVE_ENV] = "1"
    os.environ[DIR_ENV] = str(root)
    # Mesa keeps a shader cache under ~/.cache unless told not to (it ignores XDG on some
    # versions); Python would write bytecode beside a checkout's sources.
    os.environ["MESA_SHADER_CACHE_DISABLE"] = "true"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True
    tempfile.tempdir = str(root / "tmp")
    return [arg for arg in argv if arg != FLAG]
