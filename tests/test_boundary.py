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
