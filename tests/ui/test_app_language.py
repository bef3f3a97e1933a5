"""Settings offers a language (the computer's by default), keeps the choice in the vault, and
the app switches to it and rebuilds its window; the evidence pack stays in English."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from drive import click, create_diary, unlock
from page_checks import visible_words
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.languages
from ui.app import follow_the_chosen_language
from ui.languages import Translations

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations as tooling


@pytest.fixture
def pseudo_polish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Translations]:
    """A translations folder whose `pl` is the pseudo-locale, so Polish words are easy to see."""
    made = tooling.pseudo(tmp_path / "made")
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(made, folder / "daybook_pl.qm")
    monkeypatch.setattr(ui.languages, "translations_folder", lambda: folder)
    translations = Translations(qapp)
    translations.use(ui.languages.SYSTEM)  # as the app does before its first window
    yield translations
    translations.use("en_GB")
    for translator in translations.installed:
        qapp.removeTranslator(translator)
    Translations.active = None


def test_settings_offers_the_computers_language_first_then_each_in_its_own_name(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    combo = app.window.diary_page.settings.language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["The computer's language", "English", "Cymraeg", "Polski"]
    assert combo.currentData() == ""


def test_choosing_polish_keeps_it_in_the_vault_and_rebuilds_the_window_in_it(
    qtbot: QtBot, start_app: Any, vault_dir: Path, pseudo_polish: Translations
) -> None:
    app = start_app(vault_dir)
    shown = follow_the_chosen_language(app.session, app.window, pseudo_polish)
    create_diary(qtbot, app.window)
    settings = app.window.diary_page.settings
    app.window.diary_page.tabs.setCurrentWidget(settings)
    settings.language.setCurrentIndex(settings.language.findData("pl"))
    click(qtbot, settings.save_button)
    qtbot.waitUntil(lambda: shown["window"] is not app.window)
    app.window = shown["window"]
    assert app.window.isVisible()
    assert app.session.diary.get_setting("language") == "pl"
    assert app.window.pages.currentWidget() is app.window.diary_page
    words = [text for _widget, text in visible_words(app.window)]
    assert any("⟦" in text for text in words)
    assert not [text for text in words if "⟦" not in text and any(c.islower() for c in text)]


def test_a_diary_that_chose_polish_speaks_it_after_unlocking(
    qtbot: QtBot, start_app: Any, vault_dir: Path, pseudo_polish: Translations
) -> None:
    app = start_app(vault_dir)
    shown = follow_the_chosen_language(app.session, app.window, pseudo_polish)
    create_diary(qtbot, app.window)
    app.session.diary.set_setting("language", "pl")
    app.session.lock()
    words = [text for _widget, text in visible_words(app.window)]
    assert not any("⟦" in text for text in words)  # the unlock screen: the computer's language
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: shown["window"] is not app.window)
    app.window = shown["window"]
    assert app.window.pages.currentWidget() is app.window.diary_page
    assert any("⟦" in text for _widget, text in visible_words(app.window))
