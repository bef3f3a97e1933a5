"""The import screen over a real vault: preview, who is doing it, import with progress, then the
review of suggested entries (accept, change first, leave out); a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, drop_files, unlock, write_photo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diary.vault import Vault
from ui import import_review as screen
from ui.editor import DRAFT_KEY

CHAT = """\
13/03/2024, 21:00 - Jo: Please stop messaging me
13/03/2024, 21:02 - Mark: you can't ignore me
13/03/2024, 21:40 - Mark: I know where you are tonight
13/03/2024, 23:40 - Mark: answer me
14/03/2024, 07:15 - Mark: good morning
14/03/2024, 07:16 - Mark: I saw your car
this line is not part of any message format and has no date at the start
"""

# Days and months all 12 or under, no zeros, slashes: the file cannot tell which comes first.
AMBIGUOUS = """\
3/4/24, 21:15 - Mark: are you there
3/4/24, 21:16 - Jo: leave me alone
5/6/24, 08:00 - Mark: morning
"""


def _setup(qtbot: QtBot, start_app: Any, vault_dir: Path) -> Any:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.extras.import_action.trigger()
    importer = page.extras.import_page
    assert page.views.currentWidget() is importer
    return app, importer


def _wait_step(qtbot: QtBot, importer: Any, step: int) -> None:
    qtbot.waitUntil(
        lambda: importer.steps.currentIndex() == step and not importer._working, timeout=30_000
    )


def test_preview_import_review_accept_change_and_leave_out(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    chat = tmp_path / "WhatsApp Chat with Mark.txt"
    chat.write_text(CHAT, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    diary = app.session.diary

    drop_files(importer, [chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    found = importer.found.text()
    assert "WhatsApp chat" in found
    assert "6 messages," in found
    assert "Mark" in found and "Jo" in found
    assert diary.list_messages() == []  # a preview adds nothing

    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    assert "6 messages and calls added" in importer.report.text()
    model = importer.suggestions
    assert model.rowCount() == 2
    first = importer.suggestions_proxy.index(0, 1).data()
    assert first.startswith("3 messages by WhatsApp on 13 March 2024 between 21:02 and 23:40")

    # Accept the first as it is.
    importer.table.selectRow(0)
    click(qtbot, importer.accept_button)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert "INC-0001" in importer.review_notice.text()
    detail = diary.get_incident("INC-0001")
    assert len(detail.messages) == 3
    assert "ST2.2" in detail.incident.behaviours
    assert [p.name for p in detail.incident.perpetrators] == ["Mark"]

    # Change the second first: the editor is filled in from the suggestion.
    importer.table.selectRow(0)
    click(qtbot, importer.edit_button)
    editor = importer.editor
    assert importer.steps.currentWidget() is editor
    assert "2 messages by WhatsApp on 14 March 2024" in editor.description.toPlainText()
    # With the messages themselves, as what he said.
    assert editor.exact_words.toPlainText() == (
        "07:15 Mark: good morning\n07:16 Mark: I saw your car\n"
        "this line is not part of any message format and has no date at the start"
    )
    editor.description.setPlainText("Messages at breakfast; he had seen my car")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=20_000)
    assert importer.steps.currentIndex() == screen.REVIEW
    detail = diary.get_incident("INC-0002")
    assert detail.incident.description == "Messages at breakfast; he had seen my car"
    assert len(detail.messages) == 2
    assert diary.load_draft(DRAFT_KEY) is None  # the diary's own unfinished entry is untouched

    click(qtbot, importer.finish_button)
    page = app.window.diary_page
    assert page.views.currentWidget() is page.tabs

    # The same export again adds nothing twice, and there is nothing left to suggest.
    page.extras.import_action.trigger()
    importer.add_files([chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    assert "0 messages and calls added, 6 were already" in importer.report.text()
    assert importer.suggestions.rowCount() == 0
    assert len(diary.list_messages()) == 6


def test_leave_out_keeps_the_messages(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    # Mark is chosen for the person already recorded as doing it, on a second import;
    # here the person picks him.
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    importer.table.selectRow(0)
    click(qtbot, importer.reject_button)
    assert importer.suggestions.rowCount() == 1
    assert "still in your messages" in importer.review_notice.text()
    assert app.session.diary.list_incidents() == []
    assert len(app.session.diary.list_messages()) == 6


def test_ambiguous_dates_are_asked(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    chat = tmp_path / "ambiguous.txt"
    chat.write_text(AMBIGUOUS, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    assert importer.order_row.isVisibleTo(importer)
    assert not importer.import_button.isEnabled()
    importer.order.setCurrentIndex(importer.order.findData("mdy"))
    click(qtbot, importer.order_button)
    _wait_step(qtbot, importer, screen.PREVIEW)
    assert "3 messages" in importer.found.text()
    assert "4 Mar 2024" in importer.found.text()  # month first: 4 March
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    sent = sorted(m.sent_at for m in app.session.diary.list_messages())
    assert (sent[0].month, sent[0].day) == (3, 4)


def test_a_bad_file_is_one_plain_sentence_and_changes_nothing(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "shopping.xml"
    bad.write_text("<smses><sms date='oops' body='", encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    diary = app.session.diary
    before = (len(diary.list_exhibits()), len(diary.list_messages()))
    importer.add_files([bad])
    qtbot.waitUntil(lambda: importer.choose_error.isVisibleTo(importer), timeout=20_000)
    words = importer.choose_error.text()
    assert "shopping.xml" in words
    assert "Traceback" not in words and "\n" not in words
    assert words.endswith("Nothing from it was added.")
    assert importer.steps.currentIndex() == screen.CHOOSE
    assert (len(diary.list_exhibits()), len(diary.list_messages())) == before


TELEGRAM = """{
 "about": "export",
 "chats": {"about": "list", "list": [
  {"name": "Mark", "type": "personal_chat", "id": 1,
   "messages": [{"id": 1, "type": "message", "date": "2024-03-12T21:30:00",
                 "date_unixtime": "1710279000", "from": "Mark", "text": "answer me"},
                {"id": 2, "type": "message", "date": "2024-03-12T21:31:00",
                 "date_unixtime": "1710279060", "from": "Mark", "text": "now"}]},
  {"name": "Book club", "type": "private_group", "id": 2,
   "messages": [{"id": 7, "type": "message", "date": "2024-03-13T09:00:00",
                 "date_unixtime": "1710320400", "from": "Ann", "text": "Thursday?"}]}
 ]}
}"""


def test_telegram_chats_are_chosen(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    export = tmp_path / "result.json"
    export.write_text(TELEGRAM, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([export])
    _wait_step(qtbot, importer, screen.PREVIEW)
    assert "Telegram" in importer.found.text()
    assert importer.chats_view.isVisibleTo(importer)
    chats = importer.chats
    assert [chats.index(r).data() for r in range(2)] == [
        "Mark (2 messages)",
        "Book club (1 message)",
    ]
    chats.setData(chats.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    bodies = sorted(m.body for m in app.session.diary.list_messages())
    assert bodies == ["answer me", "now"]  # the book club stayed out
    assert importer.suggestions.rowCount() == 1


def test_locking_forgets_every_screen(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([chat])
    _wait_step(qtbot, importer, screen.PREVIEW)
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    assert importer.suggestions.rowCount() == 2
    page = app.window.diary_page
    page.extras.export_action.trigger()
    wizard = page.extras.export_wizard
    qtbot.keyClicks(wizard.for_whom, "PC Smith")
    app.session.lock()
    assert app.window.pages.currentWidget() is app.window.unlock_page
    assert importer.suggestions.rowCount() == 0 and importer.found.text() == ""
    assert importer.steps.currentIndex() == screen.CHOOSE
    assert wizard.for_whom.text() == "" and wizard.key_hint.text() == ""
    unlock(qtbot, app.window)
    assert page.views.currentWidget() is page.tabs


def test_a_photo_is_kept_as_evidence_with_same_day_entries_named(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    photo = write_photo(tmp_path / "doorstep.png")
    app, importer = _setup(qtbot, start_app, vault_dir)
    importer.add_files([photo])
    _wait_step(qtbot, importer, screen.PREVIEW)
    assert "photo" in importer.found.text()
    assert "does not say when it was taken" in importer.found.text()
    assert not importer.who.isEnabled()
    click(qtbot, importer.import_button)
    _wait_step(qtbot, importer, screen.REVIEW)
    assert "doorstep.png: kept as JS1." in importer.report.text()
    assert [e.ref for e in app.session.diary.list_exhibits()] == ["JS1"]
