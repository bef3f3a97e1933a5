"""The timeline's filters and columns over a real vault: the date boxes' calendars and who did it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, unlock
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from diary.records import IncidentInput, PersonRef
from diary.records.service import Diary
from diary.vault import Vault
from ui.timeline import ANY_DAY, DateBox


def _open_calendar(qtbot: QtBot, box: DateBox) -> QWidget:
    # Where a person clicks: the arrow at the box's right end.
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 6, box.height() // 2))
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def _rows_fit(calendar: QWidget) -> bool:
    days = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert days is not None
    return days.verticalHeader().length() <= days.viewport().height()


def test_the_date_calendars_open_at_a_useful_month_and_show_every_row(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    for when in (datetime(2023, 3, 14, 9, 0), datetime(2024, 6, 2, 18, 30)):
        diary.add_incident(IncidentInput(occurred_start=when.astimezone(), description="Again"))
    vault.lock()
    app = start_app(vault_dir)
    app.window.activateWindow()
    unlock(qtbot, app.window)
    timeline = app.window.diary_page.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)

    calendar = _open_calendar(qtbot, timeline.date_from)
    assert (calendar.yearShown(), calendar.monthShown()) == (2023, 3)  # the first entry
    assert _rows_fit(calendar)
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert timeline.date_from.date() == ANY_DAY  # opening it chose nothing
    assert timeline.proxy.rowCount() == 2

    calendar = _open_calendar(qtbot, timeline.date_to)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert _rows_fit(calendar)
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    assert timeline.date_to.date() == ANY_DAY


def test_who_shows_only_who_did_it(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    Diary(vault).add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 6, 2, 18, 30).astimezone(),
            description="He followed me; Priya saw it.",
            perpetrators=[PersonRef("Mark Ellison", "saw")],
            witnesses=[PersonRef("Priya")],
        )
    )
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    timeline = app.window.diary_page.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1)
    assert timeline.model.index(0, timeline.model.PEOPLE).data() == "Mark Ellison"
