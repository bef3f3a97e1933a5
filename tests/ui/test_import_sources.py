"""The import screen with what people really bring: hostile names shown as plain text, the
guides for each app, and a folder of screenshots grouped by day into entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, drop_files, unlock, write_photo
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from diary.vault import Vault
from ui import import_review as screen

HOSTILE = """\
13/03/2024, 21:00 - <h1>Big</h1>: <img src=x onerror=alert(1)> hello
13/03/2024, 21:02 - <img src=file:///etc/passwd>: <b>bold</b>
"""


def _setup(qtbot: QtBot, start_app: Any, vault_dir: Path) -> Any:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.extras.import_action.trigger()
    return app, page.extras.import_page


def _wait_step(qtbot: QtBot, importer: Any, step: int) -> None:
    qtbot.waitUntil(
        lambda: importer.steps.currentIndex() == step and not importer._working, timeout=30_000
    )


def test_names_and_file_names_from_a_file_are_plain_text_never_html(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    chat = tmp_path / "<b>WhatsApp<b> <img src=x>.txt"  # no "/" in a file name
    chat.write_text(HOSTILE, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    drop_files(importer, [chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    for widget in (importer.found, importer.problems, importer.preview_title):
        assert widget.textFormat() == Qt.TextFormat.PlainText
    assert importer.preview_title.text() == chat.name
    assert "<h1>Big</h1>" in importer.found.text()
    names = [importer.who.itemText(i) for i in range(importer.who.count())]
    assert "<h1>Big</h1>" in names and "<img src=file:///etc/passwd>" in names
    importer.who.setCurrentIndex(importer.who.findData("<h1>Big</h1>"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    assert importer.report.textFormat() == Qt.TextFormat.PlainText
    assert chat.name in importer.report.text()
    bodies = [m.body for m in app.session.diary.list_messages()]
    assert bodies == ["<img src=x onerror=alert(1)> hello", "<b>bold</b>"]
    # A table cell is plain text by nature; the suggestion shows the name as written.
    assert importer.suggestions.rowCount() == 1


def test_a_refused_file_with_an_html_name_is_said_as_plain_text(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "<h1>evil<h1>.txt"
    bad.write_text("not a chat at all\n", encoding="utf-8")
    _app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([bad])
    qtbot.waitUntil(lambda: importer.choose_error.isVisible(), timeout=30_000)
    assert importer.choose_error.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>evil<h1>.txt" in importer.choose_error.text()
    assert "Nothing from it was added." in importer.choose_error.text()


def test_guides_for_each_source_and_the_screenshot_checklist(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    _app, importer = _setup(qtbot, start_app, vault_dir)
    titles = [importer.guide_choice.itemText(i) for i in range(1, importer.guide_choice.count())]
    for wanted in ("WhatsApp on an Android", "WhatsApp on an iPhone", "SMS Backup & Restore",
                   "iPhone messages", "Instagram", "Facebook", "Telegram", "Gmail", "Outlook",
                   "Apple Mail", "Signal", "Screenshots"):  # fmt: skip
        assert any(wanted in title for title in titles), wanted
    assert not importer.guide_text.isVisible()
    importer.guide_choice.setCurrentIndex(
        next(
            i
            for i in range(importer.guide_choice.count())
            if "Signal" in importer.guide_choice.itemText(i)
        )
    )
    assert importer.guide_text.textFormat() == Qt.TextFormat.PlainText
    assert "no way to export" in importer.guide_text.text()
    assert "screenshots" in importer.guide_text.text().lower()
    for key, guide in importer.guides.items():
        assert "Checked on" in guide.text or "Written for Daybook on" in guide.text, key


def test_folder_of_screenshots_then_one_entry_a_day(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Screenshots"
    folder.mkdir()
    write_photo(folder / "Screenshot_20240301-213015.png", QColor("red"))  # type: ignore[arg-type]
    write_photo(folder / "Screenshot_20240301-221000.png", QColor("blue"))  # type: ignore[arg-type]
    write_photo(folder / "Screenshot_20240302-080000.png", QColor("green"))  # type: ignore[arg-type]
    app, importer = _setup(qtbot, start_app, vault_dir)
    drop_files(importer, [folder])
    _wait_step(qtbot, importer, screen.REVIEW)
    report = importer.report.text()
    assert "3 pictures kept" in report
    assert "2 screenshots on 1 March 2024 between 21:30 and 22:10" in report
    assert importer.days_button.isVisible()
    click(qtbot, importer.days_button)
    qtbot.waitUntil(lambda: not importer.days_button.isVisible(), timeout=20_000)
    diary = app.session.diary
    assert diary.count_incidents() == 2
    assert len(diary.get_incident("INC-0001").exhibits) == 2
