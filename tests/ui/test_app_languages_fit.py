"""Every page in Welsh and in Polish, with the real translations: nothing cut off, the window
still fits 1024×600, and each Alt-letter reaches one thing.

The pseudo-locale tests (test_app_locales.py) show that the layout takes longer words; these
show that the words the translators chose (which may be longer still, and whose keyboard
letters they picked themselves) do too.

Welsh writes with twenty letters (no k, q, v, x or z, and j only in borrowed words), and the
entry editor shows 23 things with a keyboard letter at once, so in Welsh a letter may reach
two things on the fullest pages (Qt then moves between them on each press); never three.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pages
import pytest
from page_checks import cut_off, problems_on_registered_page, too_big_for
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_app_keys import clashes

from ui.languages import Translations

LANGUAGES = ("cy", "pl")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    chosen = Translations(qapp)
    assert chosen.use(request.param)
    yield request.param
    for translator in chosen.installed:
        qapp.removeTranslator(translator)


def alt_letter_clashes(window: QWidget) -> list[str]:
    return [f"Alt+{letter}: {' / '.join(words)}" for letter, words in clashes(window).items()]


def alt_letter_reaching_three(window: QWidget) -> list[str]:
    return [problem for problem in alt_letter_clashes(window) if problem.count(" / ") > 1]


# What each language's pages are held to, beyond fitting (see the module docstring).
ALT_LETTERS = {"cy": alt_letter_reaching_three, "pl": alt_letter_clashes}


@pytest.mark.parametrize("page", pages.PAGES, ids=[page.name for page in pages.PAGES])
def test_each_page_fits_and_keeps_one_alt_letter_each_in_welsh_and_polish(
    qtbot: QtBot,
    start_app: Any,
    tmp_path: Path,
    sample: Path,
    language: str,
    page: Any,
) -> None:
    checks = (cut_off, too_big_for, ALT_LETTERS[language])
    found = problems_on_registered_page(qtbot, start_app, sample, tmp_path / "v", page, checks)
    assert found == {}, f"{language}: {found}"
