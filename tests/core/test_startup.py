"""Commands that need no diary start light: no database, PDF, picture or Qt library is imported.

Each command runs in a fresh interpreter, which then lists the modules it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diary.vault import Vault
from tests.conftest import PASSPHRASE

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


def loaded_by(*args: str, stdin: str | None = None) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", HARNESS, *args],
        capture_output=True,
        text=True,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
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
    # A command that opens the records layer does load the database: the checks can fail.
    # (`list` was the example here until it learnt to run without SQLAlchemy; see below.)
    _code, loaded = loaded_by("--vault", str(tmp_path / "none"), "people")
    assert "sqlalchemy" in loaded


# `add` and `list` run the records layer's SQL over the vault's plain connection
# (diary/records/quick.py): they open the encrypted database, but load no ORM and no Alembic.
WITHOUT_ORM = ("sqlalchemy", "alembic", "reportlab", "PIL", "PySide6", "phonenumbers", "jsonschema")


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--occurred", "2024-03-01 21:30", "--description", "He was outside again."],
        ["add", "--occurred", "2024-03-02", "--behaviour", "ST5", "--fear", "4"],
        ["list"],
        ["list", "--search", "outside"],
        ["list", "--search", "outside", "--behaviour", "ST5", "--from", "2024-01-01", "--json"],
        ["list", "--person", "Mark Ellison", "--to", "2024-12-31"],
    ],
)
def test_add_and_list_open_the_diary_without_the_orm(vault: Vault, args: list[str]) -> None:
    vault.lock()
    code, loaded = loaded_by(
        "--vault", str(vault.path), "--passphrase-stdin", *args, stdin=PASSPHRASE + "\n"
    )
    assert code == 0
    assert "sqlcipher3" in loaded  # it did open the diary
    assert not loaded & set(WITHOUT_ORM), (
        f"daybook {' '.join(args)} loaded {loaded & set(WITHOUT_ORM)}"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--occurred", "2024-03-01 21:30", "--person", "Mark Ellison"],
        ["add", "--occurred", "2024-03-01 21:30", "--json"],
    ],
)
def test_an_add_that_needs_the_records_layer_still_uses_it(vault: Vault, args: list[str]) -> None:
    # People named (and breaches) are linked by the records layer; --json prints its record.
    vault.lock()
    code, loaded = loaded_by(
        "--vault", str(vault.path), "--passphrase-stdin", *args, stdin=PASSPHRASE + "\n"
    )
    assert code == 0
    assert "sqlalchemy" in loaded
