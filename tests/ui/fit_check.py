"""Run by test_app_fit.py in a child process whose screen is set up small (1024x600, at 1x or
at 2x scaling): every page opens inside the screen, and every button on it can be reached,
scrolled to if need be, inside the visible window. With DAYBOOK_SHOTS=FOLDER it also saves a
picture of each page there (the screenshots in docs/)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pages
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui import style

SMALLEST = (1024, 600)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


def _inside_a_control(button: QWidget) -> bool:
    """Buttons that belong to another control (a field's clear button, a table's corner)."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(
            parent,
            QAbstractItemView | QLineEdit | QTabBar | QScrollBar | QComboBox | QAbstractSpinBox,
        ):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def unreachable_buttons(window: QWidget) -> list[str]:
    """Buttons that cannot be seen whole inside the window, even after scrolling to them."""
    problems = []
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or _inside_a_control(button):
            continue
        area = _scroll_area(button)
        if area is not None:
            area.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
            viewport = area.viewport()
            shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            inside_here = shown.intersected(inside)
        else:
            inside_here = inside
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not inside_here.contains(where):
            name = button.accessibleName() or button.text()
            problems.append(f"{name!r} at {where.getRect()} outside {inside_here.getRect()}")
    return problems


@pytest.mark.parametrize("page", pages.PAGES, ids=[p.name for p in pages.PAGES])
def test_every_page_fits_a_small_screen(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, page: pages.Page
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    app = pages.start_at(qtbot, start_app, sample, tmp_path / "vault", page)
    window = app.window
    # Opens no larger than the screen, and could shrink to the smallest screen we support.
    assert window.width() <= screen.width() and window.height() <= screen.height()
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1], hint
    window.resize(min(SMALLEST[0], screen.width()), min(SMALLEST[1], screen.height()))
    pages.reach(qtbot, app, page)
    qtbot.wait(30)
    shots = os.environ.get("DAYBOOK_SHOTS")
    if shots:
        style.apply(QApplication.instance())  # type: ignore[arg-type]
        qtbot.wait(30)
        slug = re.sub(r"[^a-z0-9]+", "-", page.name.lower()).strip("-")
        window.grab().save(str(Path(shots) / f"{slug}.png"))
    assert unreachable_buttons(window) == [], page.name
