"""Going to court in the app: orders and their breaches, risk answers and the draft statement,
over a real vault, driven through the widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from drive import PASSPHRASE, click, unlock
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diary.errors import VaultDamaged
from diary.records import IncidentInput, PersonRef
from diary.records.court_types import (
    ConditionInput,
    OrderInput,
    StatementInput,
    StatementParagraph,
)
from diary.records.service import Diary
from diary.vault import Vault
from ui import errors, workers
from ui.editor import DRAFT_KEY


def make_diary(vault_dir: Path) -> None:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    diary.add_order(
        OrderInput(
            kind="non-molestation",
            court="Family Court at Leeds",
            made=date(2024, 2, 1),
            against="Mark Ellison",
            conditions=[
                ConditionInput("Not to contact the applicant by any means"),
                ConditionInput("Not to come within 100 metres of her home"),
            ],
        )
    )
    start = datetime(2024, 3, 1, 8, 0).astimezone()
    for n in range(4):
        diary.add_incident(
            IncidentInput(
                occurred_start=start + timedelta(days=n),
                description=f"He was at the gate again ({n})",
                behaviours=["OC1"],
                perpetrators=[PersonRef("Mark Ellison", "saw")],
                breaches=["ORD-1/2"] if n else [],
            )
        )
    vault.lock()


def open_court(qtbot: QtBot, start_app: Any, vault_dir: Path) -> Any:
    make_diary(vault_dir)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.court)
    return app, page.court


def test_orders_show_their_conditions_and_breaches_and_can_be_added(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app, court = open_court(qtbot, start_app, vault_dir)
    orders = court.orders
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1, timeout=20_000)
    assert orders.model.index(0, 0).data() == "ORD-1"
    assert orders.model.index(0, 7).data() == "3"  # breaches
    assert orders.conditions.rowCount() == 2
    assert orders.conditions.index(1, 3).data() == "INC-0002, INC-0003, INC-0004"
    assert orders.conditions.index(0, 3).data() == "not recorded"
    assert orders.court.text() == "Family Court at Leeds"

    click(qtbot, orders.new_button)
    orders.kind.setCurrentIndex(orders.kind.findData("spo"))
    orders.status.setCurrentIndex(orders.status.findData("asked-for"))
    qtbot.keyClicks(orders.condition_text, "Not to come to my street")
    orders.against.setEditText("Mark Ellison")
    click(qtbot, orders.save_button)
    assert not orders.error.isVisible(), orders.error.text()
    qtbot.waitUntil(lambda: orders.model.rowCount() == 2, timeout=20_000)
    saved = app.session.diary.get_order("ORD-2")
    assert saved.status == "asked-for" and saved.conditions[0].text == "Not to come to my street"

    # A date Daybook cannot read is one plain sentence, and nothing is saved.
    click(qtbot, orders.new_button)
    qtbot.keyClicks(orders.made, "next Tuesday")
    click(qtbot, orders.save_button)
    assert orders.error.isVisible() and "not a date" in orders.error.text()
    assert len(app.session.diary.list_orders()) == 2


def test_risk_answers_are_saved_with_the_entries_the_diary_suggests(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app, court = open_court(qtbot, start_app, vault_dir)
    court.show_part(court.risk)
    risk = court.risk
    qtbot.waitUntil(lambda: risk.model.rowCount() == 11, timeout=20_000)
    row = risk.model.row_of_key("turning-up")
    risk.table.selectRow(row)
    assert "4 times within seven days" in risk.suggestion.text()
    click(qtbot, risk.use_button)
    next(b for b in risk.answers.buttons() if b.property("answer") == "yes").setChecked(True)
    qtbot.keyClicks(risk.note, "Every morning that week")
    click(qtbot, risk.save_button)
    qtbot.waitUntil(lambda: risk.saving_bar.isHidden(), timeout=20_000)
    answer = app.session.diary.risk_answer("turning-up")
    assert answer.answer == "yes" and answer.note == "Every morning that week"
    assert answer.incidents == ("INC-0001", "INC-0002", "INC-0003", "INC-0004")
    qtbot.waitUntil(
        lambda: risk.model.index(risk.model.row_of_key("turning-up"), 1).data() == "Yes",
        timeout=20_000,
    )
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    # A topic the diary cannot speak to says so, and offers nothing to link.
    risk.table.selectRow(risk.model.row_of_key("drink-drugs"))
    assert not risk.use_button.isEnabled()
    assert "only you can answer" in risk.suggestion.text()


def test_the_statement_is_drafted_edited_saved_and_written(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    app, court = open_court(qtbot, start_app, vault_dir)
    court.show_part(court.statement)
    statement = court.statement
    qtbot.waitUntil(lambda: statement.paragraphs.rowCount() > 0, timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    first = statement.paragraphs.rowCount()
    assert statement.paragraphs.index(0).data().startswith("1.  My name is")
    statement.list.setCurrentIndex(statement.paragraphs.index(0))
    statement.text.setPlainText("My name is Jo Smith. I am the applicant.")
    click(qtbot, statement.add_button)
    qtbot.keyClicks(statement.text, "I was frightened to leave the house.")
    assert statement.paragraphs.rowCount() == first + 1
    assert statement.paragraphs.index(1).data().startswith("2.  I was frightened")
    click(qtbot, statement.up_button)
    assert statement.paragraphs.index(0).data().startswith("1.  I was frightened")
    click(qtbot, statement.down_button)
    statement.witness.setText("Jo Smith")
    click(qtbot, statement.save_button)
    qtbot.waitUntil(lambda: statement.saving_bar.isHidden(), timeout=20_000)
    saved = app.session.diary.statement()
    assert saved is not None and saved.revision_no == 1
    assert saved.data.paragraphs[0].text == "My name is Jo Smith. I am the applicant."
    assert saved.data.paragraphs[1].text == "I was frightened to leave the house."
    assert "version 1" in statement.status.text()

    out = tmp_path / "draft.docx"
    statement.write_word(str(out))
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "2.\tI was frightened to leave the house." in text
    assert "not protected by your passphrase" in statement.status.text()

    # Locking forgets the statement on screen.
    app.session.lock()
    assert statement.paragraphs.rowCount() == 0


def test_the_editor_offers_the_conditions_in_force_that_day(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    from PySide6.QtCore import QDateTime, Qt

    app, _court = open_court(qtbot, start_app, vault_dir)
    page = app.window.diary_page
    click(qtbot, page.new_button)
    editor = page.editor
    picker = editor.breaches
    editor.start.setDateTime(QDateTime.fromString("2024-01-10 09:00", "yyyy-MM-dd HH:mm"))
    assert picker.model.rowCount() == 0 and not picker.none.isHidden()
    editor.start.setDateTime(QDateTime.fromString("2024-03-10 09:00", "yyyy-MM-dd HH:mm"))
    assert picker.model.keys() == ["ORD-1/1", "ORD-1/2"]
    index = picker.model.index(picker.model.row_of("ORD-1/1"))
    picker.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(editor.description, "He rang me twenty times")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    number = page.incident.number
    assert app.session.diary.get_incident(number).incident.breaches == ["ORD-1/1"]
    # Changing it shows the breach ticked; moving it before the order keeps the tick visible.
    click(qtbot, page.incident.edit_button)
    assert picker.chosen() == ["ORD-1/1"]
    editor.start.setDateTime(QDateTime.fromString("2024-01-10 09:00", "yyyy-MM-dd HH:mm"))
    assert picker.chosen() == ["ORD-1/1"]
    editor.close_editor()


def test_locking_with_an_entry_open_empties_its_conditions_and_offers_them_again_after(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    """Locking empties the editor without reading the diary for the conditions it offers (at
    10,000 entries that held quick exit up for over a second); the next new entry offers them."""
    app, _court = open_court(qtbot, start_app, vault_dir)
    page = app.window.diary_page
    click(qtbot, page.new_button)
    picker = page.editor.breaches
    assert picker.model.keys() == ["ORD-1/1", "ORD-1/2"]  # in force today
    qtbot.keyClicks(page.editor.description, "He was at the school gate")
    app.session.lock()
    assert picker.model.rowCount() == 0  # nothing of the diary left on screen
    assert not app.session.is_locking
    unlock(qtbot, app.window)
    assert page._has_draft()  # what was typed is kept as a draft
    app.session.diary.clear_draft(DRAFT_KEY)
    click(qtbot, page.new_button)
    assert page.views.currentWidget() is page.editor
    assert picker.model.keys() == ["ORD-1/1", "ORD-1/2"]


def test_it_happened_again_keeps_the_breach(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    from PySide6.QtCore import Qt

    app, _court = open_court(qtbot, start_app, vault_dir)
    page = app.window.diary_page
    click(qtbot, page.again_button)
    quick = page.quick_add
    assert quick.breaches.model.keys() == ["ORD-1/1", "ORD-1/2"]  # no end date: in force today
    assert quick.breaches.chosen() == []
    index = quick.breaches.model.index(quick.breaches.model.row_of("ORD-1/2"))
    quick.breaches.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    click(qtbot, quick.save_button)
    click(qtbot, page.again_button)
    assert quick.breaches.chosen() == ["ORD-1/2"]
    click(qtbot, quick.save_button)
    numbers = [s.number for s in app.session.diary.list_incidents()]
    latest = app.session.diary.get_incident(numbers[-1]).incident
    assert latest.breaches == ["ORD-1/2"]


def test_the_export_wizard_offers_a_court_bundle(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app, _court = open_court(qtbot, start_app, vault_dir)
    page = app.window.diary_page
    page.extras.start_export()
    wizard = page.extras.export_wizard
    wizard.bundle.setChecked(True)
    choices = wizard.choices()
    assert choices is not None and choices.profile == "bundle" and choices.max_pages == 350
    wizard.full.setChecked(True)
    assert wizard.choices().profile == "full"


# -- reading the diary off the window's thread (issue 10: never frozen over 100 ms) -----------


def _parts(court: Any) -> list[tuple[Any, Callable[[], bool]]]:
    """Each part of Going to court, with what it shows once the diary has been read."""
    return [
        (court.orders, lambda: court.orders.model.rowCount() == 1),
        (court.risk, lambda: court.risk.model.rowCount() == 11),
        (court.statement, lambda: court.statement.paragraphs.rowCount() > 0),
    ]


def test_each_part_opens_at_once_says_it_is_reading_then_shows_the_diary(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    """Showing a part starts the reading and returns: the rows come later, from a worker, so
    the window answers meanwhile (at 10,000 entries the reading takes a quarter of a second)."""
    _app, court = open_court(qtbot, start_app, vault_dir)
    for part, shown in _parts(court):
        court.show_part(part)
        # Nothing has been read yet (no event has been handled since): the page says so.
        assert not part.busy.isHidden(), part
        assert not shown()
        qtbot.waitUntil(
            lambda part=part, shown=shown: shown() and part.busy.isHidden(), timeout=20_000
        )
        assert not part.error.isVisible()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert court.orders.conditions.index(1, 3).data() == "INC-0002, INC-0003, INC-0004"
    assert court.orders.court.text() == "Family Court at Leeds"
    assert court.orders.against.findText("Mark Ellison") >= 0


def _held(monkeypatch: pytest.MonkeyPatch, name: str) -> tuple[threading.Event, threading.Event]:
    """Make Diary.`name` read the diary, then wait to hand its answer back until told to."""
    has_read, may_answer = threading.Event(), threading.Event()
    real = getattr(Diary, name)

    def held(self: Diary, *args: Any, **kwargs: Any) -> Any:
        answer = real(self, *args, **kwargs)
        has_read.set()
        may_answer.wait(20)
        return answer

    monkeypatch.setattr(Diary, name, held)
    return has_read, may_answer


@pytest.mark.parametrize(
    ("part_name", "reader"),
    # The last thing each part reads: everything it shows has been read by then.
    [("orders", "list_exhibits"), ("risk", "risk_answers"), ("statement", "statement_revisions")],
)
def test_what_was_read_before_locking_is_never_shown_after(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    part_name: str,
    reader: str,
) -> None:
    make_diary(vault_dir)
    if part_name == "statement":  # a saved statement, so its words are what would be shown
        vault = Vault.open(vault_dir)
        vault.unlock(PASSPHRASE)
        Diary(vault).save_statement(
            StatementInput(witness="Jo Smith", paragraphs=[StatementParagraph("He followed me.")])
        )
        vault.lock()
    has_read, may_answer = _held(monkeypatch, reader)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.court)
    court = page.court
    part = getattr(court, part_name)
    court.show_part(part)
    qtbot.waitUntil(has_read.is_set, timeout=20_000)
    app.session.lock()  # the answer, already read, is still on its way
    may_answer.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert court.orders.model.rowCount() == 0
    assert court.risk.model.rowCount() == 0
    assert court.statement.paragraphs.rowCount() == 0
    assert court.statement.witness.text() == ""
    assert part.busy.isHidden() and part.error.text() == ""


@pytest.mark.parametrize(
    ("part_name", "reader"),
    [("orders", "list_orders"), ("risk", "risk_answers"), ("statement", "statement_revisions")],
)
def test_a_part_that_cannot_be_read_says_so_in_one_sentence(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    part_name: str,
    reader: str,
) -> None:
    def damaged(self: Diary, *args: Any, **kwargs: Any) -> Any:
        raise VaultDamaged()

    monkeypatch.setattr(Diary, reader, damaged)
    _app, court = open_court(qtbot, start_app, vault_dir)
    part = getattr(court, part_name)
    court.show_part(part)
    qtbot.waitUntil(lambda: part.error.isVisible(), timeout=20_000)
    assert part.error.text() == errors.describe(VaultDamaged())
    assert "Traceback" not in part.error.text() and "VaultDamaged" not in part.error.text()
    assert part.busy.isHidden()


# -- saving off the window's thread (issue 10): an order, a risk answer, the statement ----------


def _change(court: Any, part_name: str, qtbot: QtBot) -> Callable[[], list[str]]:
    """Show a part once it has read the diary, change what it shows as a person would, and
    return how to read back what the form says now."""
    part = getattr(court, part_name)
    court.show_part(part)
    shown = dict((p, s) for p, s in _parts(court))[part]
    qtbot.waitUntil(lambda: shown() and part.busy.isHidden() and not workers.busy(), timeout=20_000)
    QApplication.processEvents()
    if part_name == "orders":
        part.court.setText("Family Court at Bradford")
        part.condition_text.setPlainText("Not to contact me\nNot to come to my street\nA third")
        return lambda: [part.court.text(), part.condition_text.toPlainText(), part.editing]
    if part_name == "risk":
        part.table.selectRow(part.model.row_of_key("turning-up"))
        next(b for b in part.answers.buttons() if b.property("answer") == "yes").setChecked(True)
        qtbot.keyClicks(part.note, "Every morning that week")
        return lambda: [part.current.topic.key, part.chosen_answer(), part.note.text()]
    part.witness.setText("Jo Smith")
    part.list.setCurrentIndex(part.paragraphs.index(0))
    part.text.setPlainText("My name is Jo Smith and these are my own words.")
    return lambda: [part.witness.text(), part.paragraphs.items()[0].text]


SAVES = [("orders", "edit_order"), ("risk", "save_risk_answer"), ("statement", "save_statement")]


@pytest.mark.parametrize(("part_name", "writer"), SAVES)
def test_saving_returns_at_once_says_it_is_saving_then_shows_what_was_saved(
    qtbot: QtBot, start_app: Any, vault_dir: Path, part_name: str, writer: str
) -> None:
    """The save and the reading after it run on a worker (at 10,000 entries they froze the
    window for up to half a second): the click returns with the page saying it is saving and
    the form greyed so it cannot change under the save; then the page shows what was saved."""
    app, court = open_court(qtbot, start_app, vault_dir)
    part = getattr(court, part_name)
    typed = _change(court, part_name, qtbot)
    before = typed()
    click(qtbot, part.save_button)
    # No event has been handled since the click: the answer cannot have come back yet.
    assert not part.saving_bar.isHidden()
    assert not part.save_button.isEnabled()
    qtbot.waitUntil(lambda: part.saving_bar.isHidden(), timeout=20_000)
    assert part.save_button.isEnabled() and not part.error.isVisible(), part.error.text()
    assert typed() == before  # what was saved is what is shown
    diary = app.session.diary
    if part_name == "orders":
        order = diary.get_order("ORD-1")
        assert order.court == "Family Court at Bradford" and order.revision_count == 2
        assert [c.text for c in order.conditions][2] == "A third"
        assert len(order.conditions[1].breaches) == 3  # the breaches stay with condition 2
        row = part.model.row_of_key("ORD-1")
        assert part.model.rows()[row].court == "Family Court at Bradford"
    elif part_name == "risk":
        answer = diary.risk_answer("turning-up")
        assert (answer.answer, answer.note) == ("yes", "Every morning that week")
        assert part.model.rows()[part.model.row_of_key("turning-up")].answer == "yes"
    else:
        saved = diary.statement()
        assert saved is not None and saved.data.witness == "Jo Smith"
        assert "version 1" in part.status.text()


@pytest.mark.parametrize(("part_name", "writer"), SAVES)
def test_a_save_that_fails_keeps_what_was_typed_and_says_why_in_one_sentence(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    part_name: str,
    writer: str,
) -> None:
    def damaged(self: Diary, *args: Any, **kwargs: Any) -> Any:
        raise VaultDamaged()

    _app, court = open_court(qtbot, start_app, vault_dir)
    part = getattr(court, part_name)
    typed = _change(court, part_name, qtbot)
    before = typed()
    monkeypatch.setattr(Diary, writer, damaged)
    click(qtbot, part.save_button)
    qtbot.waitUntil(lambda: part.error.isVisible(), timeout=20_000)
    assert part.error.text() == errors.describe(VaultDamaged())
    assert "Traceback" not in part.error.text()
    assert typed() == before  # nothing the person typed is lost
    assert part.saving_bar.isHidden() and part.save_button.isEnabled()
    monkeypatch.undo()
    # They can try again, and then it is saved.
    click(qtbot, part.save_button)
    qtbot.waitUntil(
        lambda: part.saving_bar.isHidden() and not part.error.isVisible(), timeout=20_000
    )
    assert typed() == before


def test_an_order_the_core_refuses_keeps_the_form_and_says_why(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    """A refusal from the core itself (a date made in the future) comes back from the worker
    as the core's own sentence, with the form as it was typed."""
    app, court = open_court(qtbot, start_app, vault_dir)
    orders = court.orders
    typed = _change(court, "orders", qtbot)
    orders.made.setText((date.today() + timedelta(days=30)).isoformat())
    before = typed()
    click(qtbot, orders.save_button)
    qtbot.waitUntil(lambda: orders.error.isVisible(), timeout=20_000)
    assert "in the future" in orders.error.text()
    assert typed() == before and orders.made.text() != ""
    assert app.session.diary.get_order("ORD-1").revision_count == 1


@pytest.mark.parametrize(("part_name", "writer"), SAVES)
def test_a_save_finishing_after_the_diary_is_locked_shows_nothing(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    part_name: str,
    writer: str,
) -> None:
    app, court = open_court(qtbot, start_app, vault_dir)
    part = getattr(court, part_name)
    _change(court, part_name, qtbot)
    has_saved, may_answer = _held(monkeypatch, writer)
    click(qtbot, part.save_button)
    qtbot.waitUntil(has_saved.is_set, timeout=20_000)
    app.session.lock()  # the save is done and its answer is on its way
    may_answer.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert court.orders.model.rowCount() == 0 and court.orders.court.text() == ""
    assert court.risk.model.rowCount() == 0 and court.risk.note.text() == ""
    assert court.statement.paragraphs.rowCount() == 0 and court.statement.witness.text() == ""
    assert part.saving_bar.isHidden() and part.error.text() == ""
    if part_name == "statement":
        assert part.status.text() == ""
    assert part.save_button.isEnabled()  # ready for the next time the diary is open
