"""Every page in a pseudo-locale (each string bracketed and 40% longer) and right to left.

The pseudo-translations are made from the current sources at test time
(scripts/translations.py), so a string that is not marked for translation, or that lupdate
cannot see, shows on screen without brackets and fails the test.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_checks import (
    cut_off,
    outside_parent,
    problems_on_every_page,
    problems_on_registered_page,
    too_big_for,
    untranslated,
)
from pages import PAGES
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations


@pytest.fixture(scope="module")
def pseudo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pseudo")
    return {"long": translations.pseudo(folder), "rtl": translations.pseudo(folder, rtl=True)}


def _installed(qm: Path) -> Iterator[QTranslator]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def long_words(qapp: QApplication, pseudo_files: dict[str, Path]) -> Iterator[QTranslator]:
    yield from _installed(pseudo_files["long"])


@pytest.fixture
def right_to_left(qapp: QApplication, pseudo_files: dict[str, Path]) -> Iterator[None]:
    for _translator in _installed(pseudo_files["rtl"]):
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        try:
            yield
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_pseudo_text_keeps_placeholders_and_tags() -> None:
    made = translations.pseudo_text("<b>{n} entries</b> from %1 &Save")
    assert made.startswith("⟦<b>{n} entries</b> from %1 &Save") and made.endswith("⟧")
    assert len(made) >= 1.4 * len("<b>{n} entries</b> from %1 &Save")
    arabic = translations.pseudo_text("{n} entries", rtl=True)
    assert "{n}" in arabic and "entries" not in arabic


def test_every_page_is_translated_and_fits_1024_by_600_in_longer_words(
    qtbot: QtBot, start_app: Any, vault_dir: Path, long_words: QTranslator
) -> None:
    app = start_app(vault_dir)
    checks = (untranslated, cut_off, too_big_for)
    problems, _visited = problems_on_every_page(qtbot, app.window, checks)
    assert problems == {}


def test_every_page_lays_out_right_to_left(
    qtbot: QtBot, start_app: Any, vault_dir: Path, right_to_left: None
) -> None:
    app = start_app(vault_dir)
    assert app.window.isRightToLeft()
    problems, visited = problems_on_every_page(qtbot, app.window, (outside_parent, cut_off))
    assert visited > 10
    assert problems == {}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pages

    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_each_registered_page_in_longer_words(
    qtbot: QtBot,
    start_app: Any,
    tmp_path: Path,
    sample: Path,
    long_words: QTranslator,
    page: Any,
) -> None:
    checks = (untranslated, cut_off, too_big_for)
    assert problems_on_registered_page(qtbot, start_app, sample, tmp_path / "v", page, checks) == {}


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_each_registered_page_right_to_left(
    qtbot: QtBot,
    start_app: Any,
    tmp_path: Path,
    sample: Path,
    right_to_left: None,
    page: Any,
) -> None:
    checks = (outside_parent, cut_off)
    assert problems_on_registered_page(qtbot, start_app, sample, tmp_path / "v", page, checks) == {}
