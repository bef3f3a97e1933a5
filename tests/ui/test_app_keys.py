"""The keyboard on every page: each Alt-letter reaches one thing only (counting the bars that are
always in view), Enter on a focused button presses it, and the focus frame can be seen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pages
import pytest
from drive import unlock
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui import style

# A single "&" before a letter; "&&" is a real ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


@pytest.fixture
def styled() -> Iterator[None]:
    """The app's own look, as a person sees it (the tests otherwise run without it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    yield
    app.setStyleSheet("")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def mnemonics_in(window: QWidget) -> dict[str, list[str]]:
    """Each Alt-letter that works now in `window`, and what it reaches."""
    seen: dict[str, list[str]] = {}

    def note(text: str, widget: QWidget) -> None:
        letter = mnemonic(text)
        if letter and widget.isVisible():  # a disabled one may be enabled any moment
            seen.setdefault(letter, []).append(text.replace("&&", "&"))

    for button in window.findChildren(QAbstractButton):
        note(button.text(), button)
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            note(label.text(), label)
    for box in window.findChildren(QGroupBox):
        if box.isCheckable():
            note(box.title(), box)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                if bar.isTabVisible(index) and bar.isTabEnabled(index):
                    note(bar.tabText(index), bar)
    return seen


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics_in(window).items() if len(v) > 1}


def test_the_mnemonic_reader_sees_a_clash(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    for words in ("&Save", "&Started", "Fish && &chips", "A&&B"):
        QPushButton(words, holder)
    holder.show()
    assert clashes(holder) == {"s": ["&Save", "&Started"]}
    assert mnemonic("A&&B") is None


@pytest.mark.parametrize("page", pages.PAGES, ids=[p.name for p in pages.PAGES])
def test_every_alt_letter_reaches_one_thing(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, page: pages.Page
) -> None:
    app = pages.start_at(qtbot, start_app, sample, tmp_path / "vault", page)
    pages.reach(qtbot, app, page)
    qtbot.wait(20)
    found = clashes(app.window)
    assert found == {}, f"{page.name}: {found}"


# -- the focus frame -------------------------------------------------------------------------------


def _frame_band(image: QImage, width: int) -> list[tuple[int, int]]:
    """The points of a band `width` pixels deep just inside the edge of `image`."""
    w, h = image.width(), image.height()
    points = []
    for x in range(w):
        for y in range(h):
            if min(x, y, w - 1 - x, h - 1 - y) < width:
                points.append((x, y))
    return points


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def focus_frame_visible(button: QWidget) -> bool:
    """Whether focusing `button` clearly changes the edge around it: most of a band four
    pixels deep around it changes colour by a lot."""
    button.clearFocus()
    QApplication.processEvents()
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = button.grab().toImage()
    ratio = plain.devicePixelRatio()
    band = _frame_band(plain, max(1, round(4 * ratio)))
    changed = sum(
        1 for x, y in band if _distance(plain.pixelColor(x, y), focused.pixelColor(x, y)) >= 90
    )
    return changed >= len(band) * 0.4


def focusable_buttons(window: QWidget) -> list[QAbstractButton]:
    inside = QRect(0, 0, window.width(), window.height())
    found = []
    for button in window.findChildren(QAbstractButton):
        if (
            button.isVisible()
            and button.isEnabled()
            and button.focusPolicy() & Qt.FocusPolicy.TabFocus
            and isinstance(button, QPushButton | QToolButton)
            and not isinstance(button.parentWidget(), QTabBar)  # its scroll arrows
            and inside.contains(QRect(button.mapTo(window, button.rect().topLeft()), button.size()))
        ):
            found.append(button)
    return found


@pytest.mark.parametrize("page", pages.PAGES, ids=[p.name for p in pages.PAGES])
def test_every_button_shows_where_the_focus_is(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, page: pages.Page, styled: None
) -> None:
    app = pages.start_at(qtbot, start_app, sample, tmp_path / "vault", page)
    pages.reach(qtbot, app, page)
    qtbot.wait(20)
    buttons = focusable_buttons(app.window)
    assert buttons, page.name
    hidden = [b.text() or b.accessibleName() for b in buttons if not focus_frame_visible(b)]
    assert hidden == [], page.name


def test_the_focus_check_sees_a_frame_that_blends_in(qtbot: QtBot, styled: None) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    ring = QPushButton("Green", holder)
    ring.setObjectName("primary")
    ring.setStyleSheet(
        "QPushButton { background: #5f8a6e; border: 1px solid #4d735a; }"
        "QPushButton:focus { border: 1px solid #557d63; }"
    )
    holder.show()
    qtbot.waitExposed(holder)
    assert not focus_frame_visible(ring)


# -- Enter on a focused button ---------------------------------------------------------------------


def test_enter_presses_the_focused_button(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    app.window.activateWindow()
    first = app.window.first_run
    first.start_button.setFocus()
    qtbot.waitUntil(first.start_button.hasFocus)
    QTest.keyClick(first.start_button, Qt.Key.Key_Return)
    assert first.steps.currentIndex() == 1
    first._go(0)
    first.start_button.setFocus()
    QTest.keyClick(first.start_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert first.steps.currentIndex() == 1


def test_enter_on_a_focused_button_in_the_diary(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    import shutil

    shutil.copytree(sample, tmp_path / "vault")
    app = start_app(tmp_path / "vault")
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.again_button.setFocus()
    QTest.keyClick(page.again_button, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.quick_add
    page.quick_add.cancel_button.setFocus()
    QTest.keyClick(page.quick_add.cancel_button, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.tabs
