"""The core must never import Qt or the app: checked by reading every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "diary"


def test_core_imports_nothing_from_qt_or_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"}:
                    offenders.append(f"{path.relative_to(CORE.parent)}: {name}")
    assert offenders == []


def test_verify_loads_neither_reportlab_nor_pillow() -> None:
    """An advocate's `daybook verify` should not pay for the PDF and picture libraries."""
    import subprocess
    import sys

    code = (
        "import sys, diary.pack.verify\n"
        "print(' '.join(m for m in ('reportlab', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=CORE.parent
    )
    assert out.stdout.strip() == ""


def test_the_vault_never_builds_the_records_service() -> None:
    """The records open over an unlocked vault (`Diary(vault)`); the vault never builds a Diary,
    so opening, unlocking, writing a backup and locking must not load diary.records.service."""
    import subprocess
    import sys

    for path in (CORE / "vault").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module != "diary.records.service", path
                assert "Diary" not in [alias.name for alias in node.names], path
    code = (
        "import sys, tempfile, pathlib\n"
        "from diary.vault import Vault\n"
        "where = pathlib.Path(tempfile.mkdtemp())\n"
        "vault, _ = Vault.create(where / 'v', 'a long passphrase', insecure_fast_kdf=True)\n"
        "vault.lock()\n"
        "vault = Vault.open(where / 'v')\n"
        "vault.unlock('a long passphrase')\n"
        "vault.backup(where / 'b.zip')\n"
        "vault.lock()\n"
        "print('diary.records.service' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=CORE.parent
    )
    assert out.stdout.strip() == "False"
