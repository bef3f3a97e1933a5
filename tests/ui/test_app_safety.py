"""Quick exit, auto-lock, locking on minimise, and the private clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, create_diary, unlock, visible_windows
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from diary.records.service import Diary
from diary.vault import Vault
from ui.clipboard import SecretClipboard


def _draft_after(vault_dir: Path) -> dict[str, Any] | None:
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    try:
        return Diary(vault).load_draft("editor")
    finally:
        vault.lock()


def test_quick_exit_by_escape_twice_hides_everything_saves_draft_and_locks(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.description, "He rang eleven times tonight")
    # Nothing has been autosaved yet: the quick exit itself must keep it.
    assert app.session.diary.load_draft("editor") is None
    qtbot.keyClick(page.editor.description, Qt.Key.Key_Escape)
    qtbot.wait(60)
    qtbot.keyClick(page.editor.description, Qt.Key.Key_Escape)
    # Hidden by the time the second key press returns (how long it takes is measured in
    # bench/app_bench.py, docs/benchmarks.md: tests hold no timings).
    assert visible_windows() == []
    assert not app.session.is_unlocked
    assert app.quit_calls == 1
    assert page.editor.description.toPlainText() == ""
    draft = _draft_after(vault_dir)
    assert draft is not None
    assert draft["description"] == "He rang eleven times tonight"


def test_quick_exit_button_and_shortcut(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    app.window.quick_exit_shortcut.activated.emit()
    assert visible_windows() == []
    assert not app.session.is_unlocked
    assert app.quit_calls == 1


def test_draft_survives_and_is_offered_after_unlock(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.description, "Flowers left on the doorstep")
    page.editor.save_draft()  # what the timer does every few seconds
    assert app.session.diary.load_draft("editor")["description"] == "Flowers left on the doorstep"
    click(qtbot, page.lock_button)
    unlock(qtbot, app.window)
    assert page.draft_bar.isVisible()
    click(qtbot, page.resume_button)
    assert page.views.currentWidget() is page.editor
    assert page.editor.description.toPlainText() == "Flowers left on the doorstep"


def test_auto_lock_after_idle(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.again_button)
    click(qtbot, page.quick_add.save_button)
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)
    assert app.session.idle_timeout_ms() == 5 * 60_000  # the default
    app.session.set_idle_timeout_ms(300)
    qtbot.waitUntil(lambda: not app.session.is_unlocked, timeout=3000)
    assert app.window.pages.currentWidget() is app.window.unlock_page
    assert page.timeline.model.rowCount() == 0  # locking forgets what was shown


def test_activity_keeps_it_open(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    app.session.set_idle_timeout_ms(400)
    search = app.window.diary_page.timeline.search
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(search, Qt.Key.Key_A)
    assert app.session.is_unlocked
    qtbot.waitUntil(lambda: not app.session.is_unlocked, timeout=3000)


def test_lock_on_minimise_when_chosen(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    settings = app.window.diary_page.settings
    app.window.diary_page.tabs.setCurrentWidget(settings)
    settings.lock_on_minimise.setChecked(True)
    click(qtbot, settings.save_button)
    app.session.window_minimised()
    assert not app.session.is_unlocked


def test_clipboard_copies_carry_hints_and_are_cleared(qtbot: QtBot) -> None:
    board = SecretClipboard(clear_after_ms=200)
    board.copy("ABCD-1234")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "ABCD-1234"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert data.hasFormat("org.nspasteboard.ConcealedType")
    assert data.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_window_title_is_only_daybook(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    assert app.window.windowTitle() == "Daybook"
    create_diary(qtbot, app.window)
    assert app.window.windowTitle() == "Daybook"


def test_rows_fetched_after_a_lock_are_dropped(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    from PySide6.QtCore import QThreadPool

    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.again_button)
    click(qtbot, page.quick_add.save_button)
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)
    page.timeline.mark_stale()
    page.timeline.refresh()  # a fetch on a worker ...
    app.session.lock()  # ... overtaken by a lock
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert page.timeline.model.rowCount() == 0


def test_text_copied_from_an_entry_is_marked_and_cleared(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.description, "He was at the gate again")
    click(qtbot, page.editor.save_button)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    app.session.clipboard._timer.setInterval(200)
    page.incident.body.selectAll()
    page.incident.body.copy()
    board = QGuiApplication.clipboard()
    # Marked a moment after the copy, outside the clipboard's own signal.
    qtbot.waitUntil(lambda: board.mimeData().hasFormat("x-kde-passwordManagerHint"))
    assert "at the gate" in board.text()
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    qtbot.waitUntil(lambda: "at the gate" not in QGuiApplication.clipboard().text(), timeout=3000)
    page.editor.description.setPlainText("typed words")
    page.editor.description.selectAll()
    page.editor.description.copy()
    qtbot.waitUntil(lambda: board.mimeData().hasFormat("org.nspasteboard.ConcealedType"))
    app.session.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_half_written_note_and_quick_entry_survive_a_quick_exit(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.again_button)
    click(qtbot, page.quick_add.save_button)
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)
    page.open_incident("INC-0001")
    qtbot.keyClicks(page.incident.addendum, "He came back at ten")
    click(qtbot, page.exit_button)

    again = start_app(vault_dir)
    unlock(qtbot, again.window)
    page = again.window.diary_page
    page.open_incident("INC-0001")
    assert page.incident.addendum.toPlainText() == "He came back at ten"
    assert "still here" in page.incident.notice.text()
    click(qtbot, page.incident.addendum_button)
    assert again.session.diary.load_draft("note:INC-0001") is None

    click(qtbot, page.again_button)
    qtbot.keyClicks(page.quick_add.note, "Outside the shop")
    again.session.quick_exit()

    third = start_app(vault_dir)
    unlock(qtbot, third.window)
    page = third.window.diary_page
    click(qtbot, page.again_button)
    assert page.quick_add.note.text() == "Outside the shop"


def test_a_dialog_left_open_is_closed_by_the_lock(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    question = QMessageBox(app.window)
    question.setText("Throw away what you have written here?")
    question.open()
    assert question.isVisible()
    app.session.lock()
    assert not question.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app.window]


def _damage_draft(vault: Vault, key: str) -> None:
    from sqlalchemy import text

    with vault.engine.begin() as connection:
        connection.execute(
            text("INSERT OR REPLACE INTO drafts (key, saved_at, data) VALUES (:k, :t, :d)"),
            {"k": key, "t": "2024-05-01T20:00:00+00:00", "d": '{"description": "He rang'},
        )


def test_a_damaged_draft_is_said_plainly_and_can_be_thrown_away(
    qtbot: QtBot, start_app: Any, vault_dir: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    _damage_draft(app.session.vault, "editor")
    click(qtbot, app.window.diary_page.lock_button)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    assert page.draft_bar.isVisible()
    assert "damaged and cannot be read back" in page.draft_message.text()
    assert not page.resume_button.isVisible()  # nothing to carry on with
    # A new entry can still be written.
    click(qtbot, page.new_button)
    assert page.views.currentWidget() is page.editor
    click(qtbot, page.editor.close_button)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    click(qtbot, page.drop_draft_button)
    assert not page.draft_bar.isVisible()
    assert app.session.diary.load_draft("editor") is None
