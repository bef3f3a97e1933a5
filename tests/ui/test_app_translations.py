"""The Welsh and Polish translations: finished, faithful to their placeholders, built, and
used by the app when chosen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from drive import create_diary
from page_checks import visible_words
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.languages import Translations

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("cy", "pl")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
ACCELERATOR = re.compile(r"&(?=\w)")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(FOLDER / f"daybook_{language}.ts")
    return [
        (message.findtext("source") or "", message.find("translation"))  # type: ignore[misc]
        for message in tree.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_keeping_its_placeholders_and_lines(language: str) -> None:
    problems = []
    for source, translation in messages(language):
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # kept for words another branch brings back; not built into the .qm
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text:
            problems.append(f"not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        elif len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"keyboard letter (&) differs: {source!r} -> {text!r}")
        elif source.count("\n") != text.count("\n"):
            problems.append(f"lines differ: {source!r}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_file_matches_its_source(language: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / f"daybook_{language}.qm"
    ts = FOLDER / f"daybook_{language}.ts"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
    assert (FOLDER / f"daybook_{language}.qm").read_bytes() == built.read_bytes(), (
        "run scripts/translations.py release"
    )


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    chosen = Translations(qapp)
    yield chosen
    for translator in chosen.installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "welcome", "settings"),
    [("cy", "Croeso i Daybook", "G&osodiadau"), ("pl", "Witamy w Daybook", "&Ustawienia")],
)
def test_the_app_speaks_the_chosen_language(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    translations: Translations,
    language: str,
    welcome: str,
    settings: str,
) -> None:
    assert translations.use(language)
    app = start_app(vault_dir)
    assert welcome in [text for _widget, text in visible_words(app.window)]
    create_diary(qtbot, app.window)
    tabs = app.window.diary_page.tabs
    # The tabs after the first are made on idle turns; Settings is the last.
    qtbot.waitUntil(lambda: app.window.diary_page._part("settings") is not None)
    assert settings in [tabs.tabText(i) for i in range(tabs.count())]
