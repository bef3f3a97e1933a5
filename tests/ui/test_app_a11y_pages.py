"""What a screen reader gets on every page: a name for every control that takes focus, words
for every picture, and the app still usable at twice the text size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_checks import (
    charts_without_a_table,
    cut_off,
    images_without_words,
    outside_parent,
    problems_on_every_page,
    problems_on_registered_page,
    unnamed_focusable,
)
from pages import PAGES
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def test_every_page_names_its_controls_and_describes_its_pictures(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    checks = (unnamed_focusable, images_without_words, charts_without_a_table)
    problems, _visited = problems_on_every_page(qtbot, app.window, checks)
    assert problems == {}


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[None]:
    """The system's text size at 200%, as a person who needs large text sets it."""
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        yield
    finally:
        qapp.setFont(before)


def test_at_twice_the_text_size_every_page_shows_its_words_whole(
    qtbot: QtBot, start_app: Any, vault_dir: Path, double_text: None
) -> None:
    app = start_app(vault_dir)
    app.window.resize(1920, 1080)  # large text goes with a large screen, not a small window
    checks = (cut_off, outside_parent)
    problems, _visited = problems_on_every_page(qtbot, app.window, checks, size=(1920, 1080))
    assert problems == {}


def test_the_style_sheets_point_sizes_follow_a_larger_system_text_size(
    qapp: QApplication, double_text: None
) -> None:
    from ui import style

    assert style.text_scale(qapp) >= 1.5
    normal = style.load_style_sheet()
    larger = style.load_style_sheet(2.0)
    assert "font-size: 16pt" in normal
    assert "font-size: 32.0pt" in larger
    assert "px" in larger  # borders and radii stay as they were


def test_each_chart_offers_its_numbers_as_a_table(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    from drive import create_diary
    from page_checks import add_fixture_entry
    from PySide6.QtWidgets import QPushButton

    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    add_fixture_entry(app.window)
    page = app.window.diary_page
    page.timeline.reload()
    page.tabs.setCurrentWidget(page.patterns)
    patterns = page.patterns
    qtbot.waitUntil(lambda: patterns.found is not None and patterns.found.total == 1)

    def total(chart: Any) -> int:
        model = chart.table_view.model()
        return sum(
            int(model.index(row, column).data())
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )

    for chart in (patterns.weeks, patterns.grid, patterns.days, patterns.months):
        assert total(chart) == 1
        assert chart.accessibleDescription()
    buttons = [b for b in patterns.findChildren(QPushButton) if b.isCheckable()]
    assert len(buttons) == 4
    assert not patterns.grid.table_view.isVisibleTo(patterns)
    buttons[1].setChecked(True)
    assert patterns.grid.table_view.isVisibleTo(patterns)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pages

    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_each_registered_page_names_its_controls(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, page: Any
) -> None:
    checks = (unnamed_focusable, images_without_words, charts_without_a_table)
    assert problems_on_registered_page(qtbot, start_app, sample, tmp_path / "v", page, checks) == {}
