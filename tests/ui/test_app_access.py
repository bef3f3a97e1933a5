"""Screen readers get a name for every control; high contrast turns the style sheet off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from drive import create_diary
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui import style

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _is_inner_part(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control (a combo's line edit, a spin box's editor, a tab's
    scroll arrows, a line edit's clear button): the control itself carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return type(widget).__module__.startswith("PySide6") and widget.objectName().startswith("qt_")


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    missing = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in app.window.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not _is_inner_part(w) and not w.accessibleName()
    ]
    assert missing == []


def test_first_field_has_focus_after_unlocking_steps(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    first = app.window.first_run
    app.window.activateWindow()
    first.start_button.click()
    assert first.initials.hasFocus() or QApplication.focusWidget() in (first.initials, None)


def test_high_contrast_leaves_the_platform_palette_alone(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAYBOOK_HIGH_CONTRAST", "1")
    style.apply(qapp)
    assert qapp.styleSheet() == ""
    monkeypatch.delenv("DAYBOOK_HIGH_CONTRAST")
    if not style.wants_high_contrast():
        style.apply(qapp)
        assert "QPushButton" in qapp.styleSheet()
    qapp.setStyleSheet("")
