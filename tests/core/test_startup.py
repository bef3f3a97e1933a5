"""Commands that need no diary start light: no database, PDF, picture or Qt library is imported.

Each command runs in a fresh interpreter, which then lists the modules it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN_PACK = Path(__file__).resolve().parent.parent / "golden" / "packs" / "golden-v1-full.zip"
HEAVY = ("sqlalchemy", "sqlcipher3", "reportlab", "PIL", "PySide6", "alembic")
HARNESS = """
import json, sys
from diary.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print("\\nMODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr)
print("\\nEXIT " + json.dumps(code), file=sys.stderr)
"""


def loaded_by(*args: str) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", HARNESS, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    lines = result.stderr.splitlines()
    modules = json.loads(next(x for x in lines if x.startswith("MODULES "))[8:])
    code = json.loads(next(x for x in lines if x.startswith("EXIT "))[5:])
    return int(code or 0), {name.split(".")[0] for name in modules}


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["--help"], 0),
        (["--version"], 0),
        (["add", "--help"], 0),
        (["export", "--help"], 0),
        (["order", "add", "--help"], 0),
        (["risk", "set", "--help"], 0),
        (["statement", "--help"], 0),
        (["person", "edit", "--help"], 0),
        (["codes"], 0),
        (["codes", "--json"], 0),
        (["verify", str(GOLDEN_PACK)], 0),
        (["verify", "--json", str(GOLDEN_PACK)], 0),
        (["verify", "/no/such/pack.zip"], 6),
        (["add", "--no-such-option"], 2),
        (["list", "--from", "not a date"], 5),
        (["no-such-command"], 2),
    ],
)
def test_commands_that_need_no_diary_load_no_heavy_library(args: list[str], exit_code: int) -> None:
    code, loaded = loaded_by(*args)
    assert code == exit_code
    assert not loaded & set(HEAVY), f"daybook {' '.join(args)} loaded {loaded & set(HEAVY)}"


def test_the_harness_sees_a_heavy_import(tmp_path: Path) -> None:
    # A command that opens a diary does load the database: the check above can fail.
    _code, loaded = loaded_by("--vault", str(tmp_path / "none"), "list")
    assert "sqlalchemy" in loaded
