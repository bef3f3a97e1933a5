"""Times around the clock changes, typed in the editor, go through the core's one rule: a time
the clocks skipped is refused in words, and for one they passed twice the person is asked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from drive import click, create_diary
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def _answer(button_starts: str) -> None:
    """Press a button of the question when it opens, as a person would."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        for button in box.findChildren(QPushButton):
            if button.text().startswith(button_starts):
                button.click()
                return

    QTimer.singleShot(0, press)


def _new_entry(qtbot: QtBot, app: Any, clock: datetime) -> Any:
    page = app.window.diary_page
    click(qtbot, page.new_button)
    editor = page.editor
    editor.start.set_wall_clock(clock)
    editor.written_later.setChecked(True)
    qtbot.keyClicks(editor.description, "He was at the door")
    return editor


def test_a_time_the_clocks_skipped_is_said_and_nothing_is_saved(
    qtbot: QtBot, start_app: Any, vault_dir: Path, london: None
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    editor = _new_entry(qtbot, app, datetime(2024, 3, 31, 1, 30))
    click(qtbot, editor.save_button)
    assert "did not happen on clocks here" in editor.error.text()
    assert app.session.diary.list_incidents() == []
    assert app.window.diary_page.views.currentWidget() is editor  # still there to put right


def test_a_time_the_clocks_passed_twice_is_asked(
    qtbot: QtBot, start_app: Any, vault_dir: Path, london: None
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    editor = _new_entry(qtbot, app, datetime(2024, 10, 27, 1, 30))
    _answer("The second")
    click(qtbot, editor.save_button)
    page = app.window.diary_page
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    saved = app.session.diary.get_incident("INC-0001").incident
    assert saved.occurred_start.utcoffset() == timedelta(0)  # GMT: after the clocks went back
    assert (saved.occurred_start.hour, saved.occurred_start.minute) == (1, 30)

    # Opened again, it shows 01:30 and knows which one: saving it unchanged asks nothing.
    page.edit_incident("INC-0001")
    assert page.editor.start.wall_clock() == datetime(2024, 10, 27, 1, 30)
    assert page.editor.start.fold == "second"
    assert not page.editor.has_content()


def test_not_saying_which_saves_nothing(
    qtbot: QtBot, start_app: Any, vault_dir: Path, london: None
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    editor = _new_entry(qtbot, app, datetime(2024, 10, 27, 1, 15))
    _answer("Cancel")
    click(qtbot, editor.save_button)
    assert app.session.diary.list_incidents() == []
    assert not editor._saving
