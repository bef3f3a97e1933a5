"""The small things issue 10 saw go wrong, each shown fixed: what counts as a draft, the discard
button's words, why the diary locked itself, "1 minute", the recovery key file's mode, notices
that go away, a disabled main button that says why, and passphrase fields that stay still."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pages
import pytest
from drive import PASSPHRASE, click, unlock
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import files
from ui.widgets import Notice

DRAFT_KEY = "editor"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


@pytest.fixture
def styled() -> Iterator[None]:
    """The app's own look, as a person sees it (the tests otherwise run without it)."""
    from ui import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    yield
    app.setStyleSheet("")


def _open(qtbot: QtBot, start_app: Any, sample: Path, folder: Path) -> Any:
    app = start_app(pages.copy_vault(sample, folder))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    return app


@pytest.mark.parametrize("how", ["new entry", "changing an entry", "template"])
def test_an_untouched_form_is_not_offered_back_as_a_draft(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, how: str
) -> None:
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    page = app.window.diary_page
    if how == "new entry":
        page.new_entry()
    elif how == "changing an entry":
        page.edit_incident("INC-0001")
    else:
        page.template_menu.actions()[0].trigger()
    assert page.views.currentWidget() is page.editor
    app.session.lock()  # what quick exit, the idle timer and the screen locker do
    assert not app.session.is_unlocked
    unlock(qtbot, app.window)
    assert app.session.diary.load_draft(DRAFT_KEY) is None
    assert not page.draft_bar.isVisibleTo(page)


def test_real_words_are_a_draft(qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path) -> None:
    # The check above would pass if nothing were ever kept: this shows a draft still is.
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    page = app.window.diary_page
    page.new_entry()
    qtbot.keyClicks(page.editor.description, "He rang the doorbell twice")
    app.session.lock()
    unlock(qtbot, app.window)
    assert page.draft_bar.isVisibleTo(page)
    assert "had not finished" in page.draft_message.text()


def test_the_discard_button_says_what_it_throws_away(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    page = app.window.diary_page
    page.new_entry()
    assert page.editor.discard_button.text().replace("&", "") == "Discard this entry"
    page.editor.close_editor()
    page.edit_incident("INC-0001")
    assert page.editor.discard_button.text().replace("&", "") == "Discard these changes"
    page.editor.close_editor()
    page.new_entry()  # and back again for a new one
    assert page.editor.discard_button.text().replace("&", "") == "Discard this entry"


def test_the_unlock_screen_says_why_the_diary_locked_itself(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    session, unlock_page = app.session, app.window.unlock_page
    assert session.idle_timeout_ms() == 5 * 60_000
    session._idle_timeout()  # what the idle timer calls after 5 minutes without use
    assert app.window.pages.currentWidget() is unlock_page
    assert unlock_page.reason.isVisibleTo(unlock_page)
    assert unlock_page.reason.text() == "Locked after 5 minutes without use."
    unlock(qtbot, app.window)
    session.set_auto_lock_minutes(1)
    session._idle_timeout()
    assert unlock_page.reason.text() == "Locked after 1 minute without use."
    unlock(qtbot, app.window)
    session.lock_on_minimise = True
    session.window_minimised()
    assert unlock_page.reason.text() == "Locked when the window was minimised."
    # Locked by the person: nothing to explain.
    unlock(qtbot, app.window)
    click(qtbot, app.window.diary_page.lock_button)
    assert not unlock_page.reason.isVisibleTo(unlock_page)


def test_settings_says_one_minute_not_one_minutes(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    spin = app.window.diary_page.settings.auto_lock
    spin.setValue(1)
    assert spin.text() == "1 minute"
    spin.setValue(5)
    assert spin.text() == "5 minutes"


def test_the_recovery_key_is_saved_readable_by_this_user_only(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = start_app(vault_dir)
    first = app.window.first_run
    click(qtbot, first.start_button)
    qtbot.keyClicks(first.initials, "JS")
    qtbot.keyClicks(first.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(first.passphrase.confirm, PASSPHRASE)
    click(qtbot, first.create_button)
    qtbot.waitUntil(lambda: first.steps.currentIndex() == 2, timeout=20_000)
    # Saved over a file that was there, readable by everyone: it becomes this user's only.
    target = tmp_path / "recovery-key.txt"
    target.write_text("old")
    os.chmod(target, 0o644)
    monkeypatch.setattr(files, "save_file", lambda *_a, **_k: str(target))
    click(qtbot, first.save_button)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text().strip() == first.key_label.text()


def test_a_notice_can_be_dismissed_and_goes_away_on_its_own(qtbot: QtBot) -> None:
    notice = Notice()
    qtbot.addWidget(notice)
    notice.show()
    notice.say("Saved as INC-0002")
    assert notice.isVisible() and notice.text() == "Saved as INC-0002"
    click(qtbot, notice.dismiss_button)
    assert not notice.isVisible() and notice.text() == ""
    notice.say("Saved as INC-0003", seconds=0.05)
    assert notice.isVisible()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    notice.say("A wrong passphrase was tried", seconds=0)  # until dismissed
    qtbot.wait(100)
    assert notice.isVisible()


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def test_a_disabled_create_button_looks_disabled_says_why_and_fields_stay_still(
    qtbot: QtBot, start_app: Any, vault_dir: Path, styled: None
) -> None:
    app = start_app(vault_dir)
    app.window.resize(1280, 900)  # taller than the page: its column sits in the middle
    first = app.window.first_run
    click(qtbot, first.start_button)
    qtbot.wait(20)
    fields = first.passphrase
    button, why = first.create_button, first.choose_page.why
    before = {w: _top(w) for w in (fields.confirm, fields.show_text, button)}
    assert not button.isEnabled()
    assert why.isVisible() and "initials" in why.text()
    assert button.toolTip() == why.text()
    qtbot.keyClicks(first.initials, "JS")
    qtbot.keyClicks(fields.passphrase, "password1")  # weak: zxcvbn's longest tips
    qtbot.wait(20)
    assert fields.feedback.text()
    assert not button.isEnabled() and "stronger" in why.text()
    disabled_look = button.grab().toImage()
    assert {w: _top(w) for w in before} == before  # nothing moved as the tips came
    fields.passphrase.clear()
    qtbot.keyClicks(fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(fields.confirm, PASSPHRASE)
    qtbot.wait(20)
    assert button.isEnabled() and not why.isVisible()
    enabled_look = button.grab().toImage()
    assert {w: _top(w) for w in before} == before
    assert disabled_look != enabled_look  # disabled looks different from enabled


def test_a_passphrase_change_that_could_not_tidy_the_copy_says_so(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from diary import fsutil
    from diary.crypto import keyslots

    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.settings)
    settings = page.settings
    new = "seven amber kites over a quiet harbour"
    qtbot.keyClicks(settings.old_passphrase, PASSPHRASE)
    qtbot.keyClicks(settings.new_passphrase.passphrase, new)
    qtbot.keyClicks(settings.new_passphrase.confirm, new)
    real = fsutil._write_all
    room = [keyslots.HEADER_SIZE]  # the new key file is written; its copy finds the disk full

    def full_disk(fd: int, data: bytes | memoryview) -> None:
        if len(data) > room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        room[0] -= len(data)
        real(fd, data)

    monkeypatch.setattr(fsutil, "_write_all", full_disk)
    click(qtbot, settings.change_button)
    qtbot.waitUntil(lambda: settings.change_message.text() != "", timeout=30_000)
    monkeypatch.undo()
    said = settings.change_message.text()
    assert said.startswith("Your passphrase is changed.")
    assert keyslots.UNTIDY_COPY in said  # never "done" alone when part of it was not
    app.session.lock()
    unlock(qtbot, app.window, new)
    assert app.session.is_unlocked


def test_photos_and_files_says_what_kind_of_file_in_words(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.exhibits)
    model = page.exhibits.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kind = model.index(0, headers.index("Kind")).data()
    assert kind == "Picture (PNG)"  # as the pack viewer says it, never "image/png"


@pytest.mark.parametrize("page", pages.PAGES, ids=[p.name for p in pages.PAGES])
def test_every_table_column_has_a_heading_shown_whole(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, page: pages.Page
) -> None:
    from page_checks import cut_headings, headerless_columns, settle

    # Each page as the person reaches it, at the smallest screen (not the steps behind it, whose
    # tables are filled, and sized, only when they are shown).
    app = pages.start_at(qtbot, start_app, sample, tmp_path / "v", page)
    app.window.resize(1024, 600)
    pages.reach(qtbot, app, page)
    settle(qtbot)
    assert headerless_columns(app.window) + cut_headings(app.window) == []


def test_the_heading_check_sees_a_bare_column(qtbot: QtBot) -> None:
    from page_checks import headerless_columns
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["When", ""])
    table = QTableView()
    table.setModel(model)
    QVBoxLayout(window).addWidget(table)
    window.show()
    assert headerless_columns(window) == ["QStandardItemModel: column 1 has no heading"]


def test_notices_never_push_buttons_off_a_small_window(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path, styled: None
) -> None:
    from fit_check import unreachable_buttons

    app = _open(qtbot, start_app, sample, tmp_path / "vault")
    window, page = app.window, app.window.diary_page
    window.resize(1024, 600)
    # The longest notices at once: failed attempts with their times, and a draft to carry on.
    page.notice.say(
        "Since you last opened your diary, a wrong passphrase was tried 5 times (the latest: "
        + ", ".join(["Tue 1 Dec 2026, 18:46"] * 5)
        + "). If that was not you, someone may have tried to open it. "
        + "The diary's key file is damaged, so its copy was used. Run 'daybook check --repair' "
        "to mend the key file from the copy."
    )
    page.draft_message.say("You have an entry you had not finished. It was kept safe.")
    page.draft_bar.show()
    for show in (lambda: page.tabs.setCurrentWidget(page.timeline), page.new_entry):
        show()
        qtbot.wait(30)
        assert window.height() <= 600
        assert unreachable_buttons(window) == []
