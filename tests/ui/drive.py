"""Driving the real widgets the way a person would: typing, clicking, waiting for workers."""

from __future__ import annotations

import compileall
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.window import AppWindow

PASSPHRASE = "quietly orange lantern beneath seven hills"


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def create_diary(qtbot: QtBot, window: AppWindow, initials: str = "JS") -> str:
    """First run all the way through; returns the recovery key that was shown."""
    first = window.first_run
    assert window.pages.currentWidget() is first
    click(qtbot, first.start_button)
    qtbot.keyClicks(first.initials, initials)
    qtbot.keyClicks(first.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(first.passphrase.confirm, PASSPHRASE)
    click(qtbot, first.create_button)
    qtbot.waitUntil(lambda: first.steps.currentIndex() == 2, timeout=20_000)
    key = first.key_label.text()
    assert key
    click(qtbot, first.written_button)
    qtbot.keyClicks(first.check_field, key.split("-")[-1])
    click(qtbot, first.done_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.diary_page)
    return key


def unlock(qtbot: QtBot, window: AppWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page._working, timeout=20_000)


def drop_files(widget: QWidget, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # Qt only delivers a drop to a widget that a drag has entered first, as a real drag does.
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def write_photo(path: Path, colour: Qt.GlobalColor = Qt.GlobalColor.darkGreen) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")
    return path


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def compile_daybook() -> None:
    """Compiled as an installed Daybook is: this environment may set PYTHONDONTWRITEBYTECODE,
    and then every module the diary's pages import is compiled from source on first import, a
    cost no installed copy pays (docs/benchmarks.md, "no .pyc files")."""
    root = Path(__file__).resolve().parents[2]
    for package in ("diary", "ui"):
        compileall.compile_dir(root / package, quiet=1)
