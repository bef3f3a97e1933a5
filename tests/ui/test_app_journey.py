"""The whole journey a person takes, through real widgets over a real vault on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, create_diary, drop_files, unlock, visible_windows, write_photo
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from diary.vault import Vault
from ui.editor import IncidentEditor


def fill_every_field(qtbot: QtBot, editor: IncidentEditor, word: str) -> None:
    """Types into every field of the editor, each carrying `word`."""
    editor.start.setDateTime(QDateTime.currentDateTime().addDays(-2))
    editor.precision.setCurrentIndex(editor.precision.findData("about"))
    editor.has_end.setChecked(True)
    editor.end.setDateTime(QDateTime.currentDateTime().addDays(-2).addSecs(1800))
    qtbot.keyClicks(editor.description, f"He waited by the car park {word}")
    qtbot.keyClicks(editor.exact_words, f"You will never get away {word}")
    qtbot.keyClicks(editor.threats, f"Said he would find me {word}")
    for code in ("OC1", "ST5", "OC2"):
        index = editor.behaviours.index(editor.behaviours.row_of(code))
        editor.behaviours.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    editor.person_name.setEditText(f"Mark {word}")
    editor.person_how.setCurrentIndex(editor.person_how.findData("saw"))
    click(qtbot, editor.perpetrators.add_button)
    qtbot.keyClicks(editor.witness_name, f"Priya {word}")
    click(qtbot, editor.witnesses.add_button)
    qtbot.keyClicks(editor.third_parties, f"Told my sister {word}")
    qtbot.keyClicks(editor.location, f"Car park on Hill Street {word}")
    editor.location_kind.setCurrentIndex(editor.location_kind.findData("work"))
    editor.location_sensitive.setChecked(True)
    qtbot.keyClicks(editor.coordinates, "51.5074, -0.1278")
    editor.channel.setEditText(f"In person {word}")
    qtbot.keyClicks(editor.channel_account, f"07700 900123 {word}")
    editor.fear.setValue(8)
    index = editor.impact.index(editor.impact.row_of("changed_route"))
    editor.impact.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(editor.impact_text, f"I take a taxi now {word}")
    editor.told_to_stop.setCurrentIndex(editor.told_to_stop.findData(True))
    qtbot.keyClicks(editor.report_agency, f"Police {word}")
    qtbot.keyClicks(editor.report_date, "3 March")
    qtbot.keyClicks(editor.report_reference, f"REF{word}")
    qtbot.keyClicks(editor.report_officer, f"PC Jones {word}")
    click(qtbot, editor.reports.add_button)
    qtbot.keyClicks(editor.order_breached, f"Non-molestation order {word}")
    qtbot.keyClicks(editor.order_condition, f"Not to come within 100 m {word}")
    qtbot.keyClicks(editor.private_note, f"I was shaking {word}")


def test_full_journey(qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path) -> None:
    app = start_app(vault_dir)
    window = app.window
    assert window.windowTitle() == "Daybook"

    # First run: create, recovery key shown once and checked.
    key = create_diary(qtbot, window)
    assert len(key) > 20
    assert window.first_run.key_label.text() == ""  # not kept on screen afterwards
    assert Vault.exists(vault_dir)

    # Lock, then a wrong passphrase is said inline, then the right one opens it.
    click(qtbot, window.diary_page.lock_button)
    assert not app.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window, "not my passphrase at all")
    assert window.unlock_page.error.isVisible()
    assert "did not open" in window.unlock_page.error.text()
    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.diary_page
    page = window.diary_page
    assert page.notice.isVisible()
    assert "wrong passphrase" in page.notice.text()

    # A new entry with every field.
    click(qtbot, page.new_button)
    editor = page.editor
    assert page.views.currentWidget() is editor
    fill_every_field(qtbot, editor, "heron")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    assert page.incident.number == "INC-0001"
    assert "Saved as INC-0001" in page.incident.notice.text()
    detail = app.session.diary.get_incident("INC-0001")
    inc = detail.incident
    assert inc.precision == "about"
    assert inc.occurred_end is not None
    assert inc.written_later
    assert inc.location_kind == "work" and inc.location_sensitive
    assert inc.coordinates == (51.5074, -0.1278)
    assert inc.behaviours == ["OC1", "ST5", "OC2"] or set(inc.behaviours) == {"OC1", "ST5", "OC2"}
    assert [p.name for p in inc.perpetrators] == ["Mark heron"]
    assert inc.perpetrators[0].how_identified == "saw"
    assert [p.name for p in inc.witnesses] == ["Priya heron"]
    assert inc.fear == 8 and inc.impact == ["changed_route"] and inc.told_to_stop is True
    assert inc.reports[0].agency == "Police heron" and inc.reports[0].officer == "PC Jones heron"
    assert inc.order_condition.endswith("heron") and inc.private_note.endswith("heron")
    assert inc.channel_account.endswith("heron") and inc.third_parties.endswith("heron")
    assert app.session.diary.load_draft("editor") is None
    assert "Car park on Hill Street heron" in page.incident.body.toPlainText()

    # Change it: a new revision, the first kept, and the page says so.
    click(qtbot, page.incident.edit_button)
    assert page.views.currentWidget() is editor
    assert editor.description.toPlainText().startswith("He waited")
    editor.description.moveCursor(editor.description.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.description, " and followed me to the bus stop")
    photo = write_photo(tmp_path / "car.png")
    drop_files(editor, [photo])
    assert editor.files.rowCount() == 1
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    assert "new version" in page.incident.notice.text()
    detail = app.session.diary.get_incident("INC-0001")
    assert len(detail.revisions) == 2
    assert detail.revisions[0].data.description == "He waited by the car park heron"
    assert detail.incident.description.endswith("bus stop")
    assert detail.incident.coordinates == (51.5074, -0.1278)
    assert [e.ref for e in detail.exhibits] == ["JS1"]
    assert page.incident.thumbnails.rowCount() == 1
    thumb = page.incident.thumbnails.index(0)
    # The name at once; the picture from a worker.
    assert "car.png" in thumb.data(Qt.ItemDataRole.DisplayRole)
    qtbot.waitUntil(lambda: thumb.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert "Earlier versions" in page.incident.body.toPlainText()

    # A note added later.
    qtbot.keyClicks(page.incident.addendum, "He was there again the next morning")
    click(qtbot, page.incident.addendum_button)
    assert "note was added" in page.incident.notice.text()
    assert len(app.session.diary.get_incident("INC-0001").addenda) == 1
    assert "next morning" in page.incident.body.toPlainText()

    # A quick "it happened again", then search finds the first one by a word in its note.
    click(qtbot, page.again_button)
    assert page.views.currentWidget() is page.quick_add
    # Nothing says "saved" before it is.
    from PySide6.QtWidgets import QLabel

    shown = [w.text() for w in page.quick_add.findChildren(QLabel) if w.isVisible()]
    assert not any("saved" in words.casefold().split() for words in shown), shown
    click(qtbot, page.quick_add.save_button)
    assert page.views.currentWidget() is page.tabs
    assert page.notice.text().startswith("Saved as INC-0002")
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)  # fetched on a worker
    qtbot.keyClicks(timeline.search, "morning")
    timeline.apply_filters()
    assert timeline.count.text() == "Searching…"  # the look-up runs on a worker
    qtbot.waitUntil(lambda: timeline.proxy.rowCount() == 1)
    assert not timeline.searching
    assert timeline.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2) == "INC-0001"

    # Quick exit: every window gone, locked, and the app asked to leave.
    click(qtbot, page.exit_button)
    assert visible_windows() == []
    assert not app.session.is_unlocked
    assert app.quit_calls == 1
    assert timeline.model.rowCount() == 0

    # Start again: everything is still there.
    again = start_app(vault_dir)
    assert again.window.pages.currentWidget() is again.window.unlock_page
    unlock(qtbot, again.window, PASSPHRASE)
    page = again.window.diary_page
    assert page.timeline.model.rowCount() == 2
    assert "wrong passphrase" not in page.notice.text()
    page.open_incident("INC-0001")
    text = page.incident.body.toPlainText()
    assert "bus stop" in text and "next morning" in text and "JS1" in text
    assert page.incident.thumbnails.rowCount() == 1


def test_a_map_position_is_read_or_refused_plainly() -> None:
    import pytest

    from ui.editor import parse_coordinates

    assert parse_coordinates("51.5074, -0.1278") == (51.5074, -0.1278)
    assert parse_coordinates("  ") is None
    for bad in ("somewhere", "51.5", "95, 10", "1, 2, 3"):
        with pytest.raises(ValueError):
            parse_coordinates(bad)
