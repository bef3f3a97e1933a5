"""People, photos and files (with the in-memory viewer) and messages, over a real vault."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, unlock, write_photo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diary.records import IncidentInput, MessageInput
from diary.records.service import Diary
from diary.vault import Vault


def test_people_files_and_messages(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    start = datetime(2024, 5, 1, 20, 0).astimezone()
    diary.add_incident(IncidentInput(occurred_start=start, description="Texts all evening"))
    diary.attach_file(write_photo(tmp_path / "screenshot.png"), incident="INC-0001")
    notes = tmp_path / "chat.txt"
    notes.write_text("13/05/2024, 20:01 - Mark: answer me\n", encoding="utf-8")
    diary.attach_file(notes)
    diary.add_messages(
        MessageInput(
            channel="sms",
            direction="incoming",
            sent_at=start + timedelta(minutes=n),
            body="answer me" if n % 2 else "where are you",
            sender="Mark",
        )
        for n in range(1100)
    )
    vault.lock()

    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page

    page.tabs.setCurrentWidget(page.people)
    qtbot.keyClicks(page.people.name, "Mark")
    qtbot.keyClicks(page.people.relationship, "ex-partner")
    qtbot.keyClicks(page.people.phones, "07700 900123")
    qtbot.keyClicks(page.people.vehicles, "silver Focus AB12 CDE")
    click(qtbot, page.people.add_button)
    assert page.people.model.rowCount() == 1
    assert page.people.model.index(0, 1).data() == "ex-partner"
    assert page.people.model.index(0, 5).data().casefold() == "silver focus ab12 cde"
    assert len(app.session.diary.list_people()[0].vehicles) == 1

    page.tabs.setCurrentWidget(page.exhibits)
    assert page.exhibits.model.rowCount() == 2
    page.exhibits.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.exhibits.proxy.index(0, 0).data() == "JS1"
    page.exhibits.table.activated.emit(page.exhibits.proxy.index(0, 0))
    # Decrypted and decoded on a worker, then shown.
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.viewer)
    assert page.viewer.picture.pixmap() is not None
    assert not page.viewer.picture.pixmap().isNull()
    click(qtbot, page.viewer.back_button)
    assert page.views.currentWidget() is page.tabs
    page.exhibits.table.activated.emit(page.exhibits.proxy.index(1, 0))
    qtbot.waitUntil(lambda: "answer me" in page.viewer.text.toPlainText())
    click(qtbot, page.viewer.back_button)

    page.tabs.setCurrentWidget(page.messages)
    messages = page.messages.model
    assert messages.rowCount() == 500  # the first page only
    assert messages.index(0, 1).data() == "Text message"
    assert messages.index(0, 2).data() == "Received"
    page.messages.table.scrollToBottom()
    qtbot.waitUntil(lambda: messages.rowCount() > 500)
    qtbot.keyClicks(page.messages.search, "where")
    page.messages.reload()
    assert messages.rowCount() == 500
    assert all("where" in messages.index(r, 4).data() for r in range(20))

    # Link two messages to the entry; the entry then shows them.
    selection = page.messages.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(page.messages.proxy.index(row, 0), flags)
    qtbot.keyClicks(page.messages.link_to, "1")
    click(qtbot, page.messages.link_button)
    assert "2 messages linked to INC-0001" in page.messages.report.text()
    page.open_incident("INC-0001")
    assert page.incident.body.toPlainText().count("where are you") == 2
    # One more: said as one, not "1 messages".
    page.tabs.setCurrentWidget(page.messages)
    selection.clearSelection()
    selection.select(page.messages.proxy.index(2, 0), flags)
    click(qtbot, page.messages.link_button)
    assert "1 message linked to INC-0001; it shows" in page.messages.report.text()

    page.session.lock()
    assert page.viewer.text.toPlainText() == ""
    assert page.exhibits.model.rowCount() == 0 and messages.rowCount() == 0


def test_dropping_a_chat_export_adds_its_messages(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    from drive import create_diary, drop_files

    export = tmp_path / "WhatsApp Chat with Mark.txt"
    export.write_text(
        "13/05/2024, 20:01 - Mark: answer me\n"
        "13/05/2024, 20:02 - Mark: where are you\n"
        "13/05/2024, 20:05 - Jo: stop messaging me\n",
        encoding="utf-8",
    )
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.messages)
    messages = page.messages
    assert messages.model.rowCount() == 0
    messages.whose.setEditText("Mark")
    drop_files(messages, [export])
    qtbot.waitUntil(lambda: messages.model.rowCount() == 3, timeout=10_000)
    assert "3 added" in messages.report.text()
    assert messages.busy.isHidden()
    drop_files(messages, [export])  # the same export again adds nothing twice
    qtbot.waitUntil(lambda: "already" in messages.report.text() and messages.busy.isHidden())
    assert "0 added, 3 already" in messages.report.text()
    assert messages.model.rowCount() == 3


def _write_big_photo(path: Path) -> Path:
    from PySide6.QtGui import QImage

    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(path), "PNG")
    return path


def test_a_double_clicked_photo_opens_once_fitted_and_zooms(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtTest import QTest

    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    diary.add_incident(
        IncidentInput(occurred_start=datetime(2024, 5, 1, 20, 0).astimezone(), description="Car")
    )
    diary.attach_file(_write_big_photo(tmp_path / "car.png"), incident="INC-0001")
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    opened: list[str] = []
    page.incident.open_exhibit.connect(opened.append)
    page.open_incident("INC-0001")
    view = page.incident.thumb_view
    qtbot.waitUntil(lambda: view.isVisible())
    spot = view.visualRect(view.model().index(0, 0)).center()
    # As a mouse makes it: a press and release, then the second press as a double click.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.viewer)
    assert opened == ["JS1"]  # a double click is one opening, not two
    viewer = page.viewer

    # Fitted: the whole photo inside the space it has, no scroll bars.
    qtbot.waitUntil(lambda: viewer.shown_size().width() < 3000)
    area = viewer.scroller.viewport().size()
    shown = viewer.shown_size()
    assert viewer.is_fitted
    assert shown.width() <= area.width() and shown.height() <= area.height()
    assert not viewer.scroller.horizontalScrollBar().isVisible()

    # Zoomed from the keyboard: larger than the space, with scroll bars to move around it.
    viewer.scroller.setFocus()
    for _ in range(4):
        QTest.keyClick(viewer.scroller, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not viewer.is_fitted
    assert viewer.shown_size().width() > area.width()
    qtbot.waitUntil(lambda: viewer.scroller.horizontalScrollBar().isVisible())
    QTest.keyClick(viewer.scroller, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    zoomed_out = viewer.shown_size().width()
    QTest.keyClick(viewer.scroller, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.is_fitted and viewer.shown_size().width() < zoomed_out
    click(qtbot, viewer.actual_button)
    assert viewer.shown_size().width() == 3000

    # Back goes to the entry, not to a blank viewer left behind.
    click(qtbot, viewer.back_button)
    assert page.views.currentWidget() is page.incident
