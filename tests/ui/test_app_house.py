"""The house-keeping issue 10 asked for, kept: no failure in ui/ is swallowed silently, one
step-page helper, one table helper, one base for the checkable lists, no ui/extras.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
BROAD = {"Exception", "BaseException"}


def _broad(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in BROAD for n in names)


def silent_broad_handlers(source: str, filename: str = "<source>") -> list[str]:
    """`except Exception` (or bare `except`) whose body neither uses the error nor raises."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ExceptHandler) or not _broad(node):
            continue
        body = ast.Module(body=node.body, type_ignores=[])
        raises = any(isinstance(n, ast.Raise) for n in ast.walk(body))
        used = node.name is not None and any(
            isinstance(n, ast.Name) and n.id == node.name for n in ast.walk(body)
        )
        if not (raises or used):
            found.append(f"{filename}:{node.lineno}")
    return found


def test_the_check_sees_a_silent_handler() -> None:
    silent = "try:\n    x()\nexcept Exception:\n    pass\n"
    said = "try:\n    x()\nexcept Exception as error:\n    say(error)\n"
    assert silent_broad_handlers(silent) == ["<source>:3"]
    assert silent_broad_handlers(said) == []


def test_no_failure_in_ui_is_swallowed_silently() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        found += silent_broad_handlers(path.read_text(encoding="utf-8"), path.name)
    assert found == []


def test_one_helper_each_for_step_pages_tables_and_checkable_lists() -> None:
    from ui import firstrun, models, pack_models, unlock, widgets

    assert not (UI / "extras.py").exists()  # folded into diary_page.py
    for module in (firstrun, unlock):
        assert "StepPage(" in Path(module.__file__ or "").read_text(encoding="utf-8")
    # The import steps live inside the diary, under its bar, so they are not whole-window
    # StepPages; they share the step pages' busy bar and button row instead of repeating them.
    import_page = (UI / "import_review.py").read_text(encoding="utf-8")
    assert "busy_bar(" in import_page and "button_row(" in import_page
    assert "QHBoxLayout()" not in import_page
    made_by_hand = re.compile(r"= QProgressBar\(\)\n\s+\S+\.setRange\(0, 0\)")
    for source in UI.glob("*.py"):
        if source.name != "widgets.py":
            assert not made_by_hand.search(source.read_text(encoding="utf-8")), source.name
    assert callable(widgets.record_table) and callable(widgets.fit_columns)
    assert not any("def _table(" in p.read_text(encoding="utf-8") for p in UI.glob("*.py"))
    for model in (models.CheckListModel, pack_models.ChatsModel):
        assert issubclass(model, models.CheckableListModel)
