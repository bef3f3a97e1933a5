"""About me: reached from Settings, saves the person's details through the core, says plainly
what is wrong, and clears itself when the diary locks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import click, create_diary
from pytestqt.qtbot import QtBot

from ui.about_me import AboutMeView


def _open(qtbot: QtBot, start_app: Any, vault_dir: Path) -> tuple[Any, AboutMeView]:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.settings)
    click(qtbot, page.settings.about_me_button)
    view = page.about_me
    # A page of the diary: its bar with Lock and Quick exit stays in view.
    assert page.views.currentWidget() is view
    assert page.exit_button.isVisible() and page.lock_button.isVisible()
    return app, view


def test_details_are_saved_and_read_back(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app, dialog = _open(qtbot, start_app, vault_dir)
    page = dialog.page
    page.name.setText("Jane Smith")
    page.phones.setPlainText("07700 900999\n\n+44 20 7946 0000")
    page.emails.setPlainText("jane@example.org")
    page.addresses.setPlainText("14 Acacia Avenue, Leeds LS6 2AB")
    page.other.setPlainText("AB12 CDE")
    click(qtbot, page.save_button)
    assert page.message.text() == "Saved."
    kept = app.session.diary.get_profile()
    assert kept.name == "Jane Smith"
    assert kept.phones == ("07700 900999", "+44 20 7946 0000")
    assert kept.addresses[0].postcode == "LS6 2AB"
    click(qtbot, dialog.back_button)
    diary = app.window.diary_page
    assert diary.views.currentWidget() is diary.tabs
    assert diary.tabs.currentWidget() is diary.settings
    page.phones.clear()
    click(qtbot, diary.settings.about_me_button)  # read back from the diary when opened
    assert page.phones.toPlainText() == "07700 900999\n+44 20 7946 0000"


def test_a_bad_number_is_refused_plainly_and_nothing_is_saved(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app, dialog = _open(qtbot, start_app, vault_dir)
    page = dialog.page
    page.name.setText("Jane Smith")
    page.phones.setPlainText("call me maybe")
    click(qtbot, page.save_button)
    assert "does not look like a phone number" in page.message.text()
    assert app.session.diary.get_profile().is_empty


def test_locking_closes_and_clears_it(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app, dialog = _open(qtbot, start_app, vault_dir)
    dialog.page.phones.setPlainText("07700 900999")
    app.session.lock()
    assert not dialog.isVisible()
    assert dialog.page.phones.toPlainText() == ""
