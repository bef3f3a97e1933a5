"""Usable with the keyboard alone: first run, writing an entry and leaving, without a mouse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, visible_windows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_keyboard_only(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = window.first_run
    assert focused() is first.start_button
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is first.initials
    type_text(qtbot, "JS")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.passphrase.passphrase
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.passphrase.confirm
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.steps.currentIndex() == 2, timeout=20_000)
    key = first.key_label.text()
    assert focused() is first.written_button
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is first.check_field
    type_text(qtbot, key.split("-")[-1])
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.diary_page

    page = window.diary_page
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.views.currentWidget() is page.editor
    assert focused() is page.editor.description
    type_text(qtbot, "Parked outside my flat all evening")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    assert app.session.diary.get_incident("INC-0001").incident.description.startswith("Parked")

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.wait(60)
    press(qtbot, Qt.Key.Key_Escape)
    assert visible_windows() == []
    assert not app.session.is_unlocked
