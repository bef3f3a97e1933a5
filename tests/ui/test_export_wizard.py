"""The export wizard end to end over a real vault: choices, the summary of what is left out,
saving (plain and locked with a passphrase), progress, and a pack that verify_pack calls intact."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from drive import PASSPHRASE, click, unlock
from packs import make_vault
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from diary.pack.signing import check_code
from diary.pack.verify import verify_pack
from diary.records import IncidentInput, PersonRef
from diary.records.service import Diary
from diary.records.types import MessageInput
from diary.vault import Vault
from ui import export_wizard as wizard_module


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or tick box on its box, as a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _open_wizard(qtbot: QtBot, app: Any) -> Any:
    page = app.window.diary_page
    page.extras.export_action.trigger()
    wizard = page.extras.export_wizard
    assert page.views.currentWidget() is wizard
    assert wizard.steps.currentIndex() == wizard_module.CHOOSE
    return wizard


def test_court_copy_says_what_it_leaves_out_and_verifies(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    assert not wizard.private_notes.isChecked()  # off unless chosen
    code = check_code(app.session.vault.signing_key().public_key())
    assert code in wizard.key_hint.text()  # the check code, shown before anything is made
    assert "SHA256:" not in wizard.key_hint.text()

    tick(qtbot, wizard.court)
    assert wizard.court.isChecked()
    qtbot.keyClicks(wizard.for_whom, "Sam, stalking advocate")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    assert wizard.steps.currentIndex() == wizard_module.SUMMARY
    summary = wizard.summary_text.text()
    assert "Entries: 3 from 1 Mar 2024 to 9 Mar 2024" in summary
    assert "Photos and files: 1" in summary
    assert "court copy" in summary
    left_out = [wizard.withheld.index(row, 0).data() for row in range(wizard.withheld.rowCount())]
    assert any("place of 1 incident" in item for item in left_out), left_out
    assert sum("Private notes" in item for item in left_out) == 1, left_out
    assert any("inside the photo or video" in item for item in left_out), left_out
    # Said to the person themself: "you", never "the person".
    why = [wizard.withheld.index(row, 1).data() for row in range(wizard.withheld.rowCount())]
    for words in (summary, *left_out, *why):
        assert "the person" not in words.casefold().replace("the person doing this", ""), words
    assert "You chose not to include your private notes." in why
    assert wizard.withheld_table.isVisibleTo(wizard)

    click(qtbot, wizard.next_button)
    assert wizard.steps.currentIndex() == wizard_module.SAVE
    assert wizard.path.text().endswith("-court-copy.zip")  # the core's name for it
    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    wizard.path.setText(str(target))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=60_000)

    verdict = verify_pack(target)
    assert verdict.ok, verdict.problems
    assert wizard.key_label.text() == code == verdict.key_check_code
    assert wizard.result.pack_id in wizard.done_text.text()
    assert str(target) in wizard.done_text.text()
    assert "check code" in wizard.tell_text.text()
    for words in (wizard.done_text.text(), wizard.tell_text.text()):
        assert "SHA256:" not in words and "README" not in words and "the person" not in words
    # The technical form of the key is behind "Details", for the advocate.
    assert not wizard.details.isVisibleTo(wizard)
    click(qtbot, wizard.details_button)
    assert verdict.key_fingerprint in wizard.details.text()
    # The export is in the diary's history.
    kinds = [e.kind for e in app.session.diary.audit_events()]
    assert "exported" in kinds

    click(qtbot, wizard.next_button)  # Done
    assert app.window.diary_page.views.currentWidget() is app.window.diary_page.tabs


def test_locked_pack_of_chosen_entries(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    qtbot.keyClicks(wizard.numbers, "2, INC-0003")
    assert wizard.chosen.isChecked()
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    assert "Entries: 2" in wizard.summary_text.text()
    # The entries not chosen are said to be left out: "nothing left out" must be true.
    assert not wizard.withheld_none.isVisibleTo(wizard)
    left_out = " ".join(w.what for w in wizard._summary.withheld)
    assert "other incident" in left_out
    click(qtbot, wizard.next_button)
    target = tmp_path / "locked.zip"
    wizard.path.setText(str(target))
    tick(qtbot, wizard.encrypt)
    assert "'age'" not in " ".join(w.text() for w in wizard.findChildren(QLabel))
    qtbot.keyClicks(wizard.pack_passphrase, "pack secret")
    qtbot.keyClicks(wizard.pack_confirm, "pack secret")
    click(qtbot, wizard.next_button)
    assert "could be guessed" in wizard.error.text()  # the app's strength rule
    assert wizard.steps.currentIndex() == wizard_module.SAVE
    wizard.pack_passphrase.clear()
    wizard.pack_confirm.clear()
    qtbot.keyClicks(wizard.pack_passphrase, "blue kettle morning")
    qtbot.keyClicks(wizard.pack_confirm, "blue kettle mornin")
    click(qtbot, wizard.next_button)
    assert "not the same" in wizard.error.text()
    qtbot.keyClicks(wizard.pack_confirm, "g")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=60_000)
    saved = tmp_path / "locked.zip.age"
    assert saved.exists() and not target.exists()
    assert verify_pack(saved, passphrase="blue kettle morning").ok
    assert "passphrase" in wizard.tell_text.text()


def test_nothing_to_export_is_said_in_place(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    tick(qtbot, wizard.period)
    wizard.date_from.setDate(wizard.date_from.date().addYears(-30))
    wizard.date_to.setDate(wizard.date_from.date().addDays(3))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.error.isVisibleTo(wizard), timeout=20_000)
    assert wizard.steps.currentIndex() == wizard_module.CHOOSE
    assert "nothing to export" in wizard.error.text()


def test_keyboard_alone_makes_a_pack_and_opens_the_other_screens(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    app = start_app(vault_dir)
    window = app.window
    window.activateWindow()
    unlock(qtbot, window)
    page = window.diary_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifier)
        if modifier == Qt.KeyboardModifier.AltModifier:
            qtbot.wait(250)  # a button's mnemonic clicks it after a short animation

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    alt = Qt.KeyboardModifier.AltModifier
    press(Qt.Key.Key_E, ctrl_shift)
    wizard = page.extras.export_wizard
    assert page.views.currentWidget() is wizard
    assert QApplication.focusWidget() is wizard.every
    press(Qt.Key.Key_R, alt)  # a court copy
    assert wizard.court.isChecked()
    press(Qt.Key.Key_T, alt)  # Next
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    press(Qt.Key.Key_T, alt)
    assert wizard.steps.currentIndex() == wizard_module.SAVE
    assert QApplication.focusWidget() is wizard.path
    wizard.path.selectAll()
    qtbot.keyClicks(wizard.path, str(tmp_path / "keys.zip"))
    press(Qt.Key.Key_M, alt)  # Make the pack
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=60_000)
    assert verify_pack(tmp_path / "keys.zip").ok
    press(Qt.Key.Key_D, alt)  # Done
    assert page.views.currentWidget() is page.tabs

    page.timeline.table.setFocus()
    press(Qt.Key.Key_I, ctrl_shift)
    assert page.views.currentWidget() is page.extras.import_page
    assert QApplication.focusWidget() is page.extras.import_page.choose_button
    press(Qt.Key.Key_B, alt)
    assert page.views.currentWidget() is page.tabs

    page.timeline.table.setFocus()
    press(Qt.Key.Key_O, ctrl_shift)
    # Inside the open diary: its bar with Lock and Quick exit stays in view.
    assert window.pages.currentWidget() is page
    assert page.views.currentWidget() is window.pack_viewer
    assert QApplication.focusWidget() is window.pack_viewer.choose_button
    press(Qt.Key.Key_B, alt)
    assert window.pages.currentWidget() is page
    assert page.views.currentWidget() is page.tabs


def _upload_save_step(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> tuple[Any, Any]:
    """The app and its wizard at the save step of a police upload."""
    make_vault(vault_dir, tmp_path)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    tick(qtbot, wizard.upload)
    assert wizard.upload.isChecked()
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    click(qtbot, wizard.next_button)
    return app, wizard


def test_police_upload_in_a_chosen_folder_with_the_command_lines_words(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from diary.pack.upload_words import UPLOAD_WORDS

    app, wizard = _upload_save_step(qtbot, start_app, vault_dir, tmp_path)
    # The choice is explained in the very words `daybook export --help` uses.
    hints = [w.text() for w in wizard.findChildren(QLabel)]
    assert UPLOAD_WORDS["what"] in hints
    assert "police upload" in wizard.summary_text.text()
    assert wizard.steps.currentIndex() == wizard_module.SAVE
    # A folder, not a file: named like the pack, the words for it, and no passphrase.
    assert wizard.path.text().endswith("-police-upload")
    assert wizard.path_label.text() == "&Save into"
    assert wizard.folder_hint.isVisibleTo(wizard)
    assert wizard.folder_hint.text() == UPLOAD_WORDS["where"]
    assert not wizard.encrypt.isVisibleTo(wizard)

    # The folder chooser: a folder that holds something gets a new folder inside it.
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "holiday.jpg").write_bytes(b"not ours")
    monkeypatch.setattr(wizard_module.files, "open_folder", lambda *_a: str(usb))
    suggested = Path(wizard.path.text()).name
    click(qtbot, wizard.browse_button)
    assert Path(wizard.path.text()) == usb / suggested
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(wizard_module.files, "open_folder", lambda *_a: str(empty))
    click(qtbot, wizard.browse_button)
    assert Path(wizard.path.text()) == empty

    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=60_000)
    (pack,) = empty.glob("*.zip")
    assert verify_pack(pack).ok
    assert (empty / "upload-1").is_dir() and (empty / "how-to-upload.txt").exists()
    assert UPLOAD_WORDS["done"].format(folder=empty) in wizard.done_text.text()
    assert str(pack) in wizard.done_text.text()
    assert (usb / "holiday.jpg").read_bytes() == b"not ours" and len(list(usb.iterdir())) == 1

    # Back to a plain pack: a file again, with its passphrase choice.
    click(qtbot, wizard.next_button)  # Done
    wizard = _open_wizard(qtbot, app)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    click(qtbot, wizard.next_button)
    assert wizard.path.text().endswith(".zip")
    assert wizard.path_label.text() == "&Save as" and wizard.encrypt.isVisibleTo(wizard)
    assert not wizard.folder_hint.isVisibleTo(wizard)


def test_police_upload_into_a_folder_that_is_not_empty_is_refused_in_place(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    _app, wizard = _upload_save_step(qtbot, start_app, vault_dir, tmp_path)
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    wizard.path.setText(str(full))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.SAVE, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.error.isVisibleTo(wizard), timeout=60_000)
    assert "is not empty; choose a new or empty folder" in wizard.error.text()
    assert [p.name for p in full.iterdir()] == ["keep.txt"]


def test_the_period_chosen_runs_to_the_end_of_its_last_day(
    monkeypatch: Any,
) -> None:
    """As `--to` on the command line: an incident at 23:50 on the last day chosen is in it,
    one at 00:10 the next day is not."""
    from datetime import datetime

    from PySide6.QtCore import QDate

    from diary.timeutil import localise

    monkeypatch.setenv("TZ", "Europe/London")
    end = wizard_module._end_of(QDate(2024, 3, 1))
    assert localise(datetime(2024, 3, 1, 23, 50)) <= end < localise(datetime(2024, 3, 2, 0, 10))
    start = wizard_module._start_of(QDate(2024, 3, 1))
    assert start == localise(datetime(2024, 3, 1))


def _with_unlinked_messages(vault_dir: Path, tmp_path: Path, count: int) -> None:
    """make_vault's three entries, a fourth naming Mark Ellison as doing it, and `count` of his
    text messages that no entry links to, stored through the core's own message API."""
    make_vault(vault_dir, tmp_path)
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    try:
        diary = Diary(vault)
        diary.add_incident(
            IncidentInput(
                occurred_start=datetime(2024, 3, 12, 19, 0).astimezone(),
                description="He followed me home from the bus stop",
                perpetrators=[PersonRef("Mark Ellison")],
            )
        )
        first = datetime(2024, 2, 1, 9, 0).astimezone()
        added, _ = diary.add_messages(
            [
                MessageInput(
                    "SMS", "incoming", first + timedelta(minutes=k), f"text {k}", sender="Mark"
                )
                for k in range(count)
            ],
            person="Mark Ellison",
        )
        assert added == count
    finally:
        vault.lock()


def _offered(qtbot: QtBot, wizard: Any) -> None:
    """Wait for the core's count of the unlinked messages for the entries chosen."""
    qtbot.waitUntil(
        lambda: wizard._offer is not None and wizard.unlinked.isEnabled(), timeout=20_000
    )


def _left_out(wizard: Any) -> list[tuple[str, str]]:
    return [
        (wizard.withheld.index(row, 0).data(), wizard.withheld.index(row, 1).data())
        for row in range(wizard.withheld.rowCount())
    ]


def test_the_unlinked_messages_appendix_is_offered_and_can_be_declined(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    _with_unlinked_messages(vault_dir, tmp_path, 3)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    _offered(qtbot, wizard)
    assert wizard.unlinked.isVisibleTo(wizard)
    assert wizard.unlinked.isChecked()  # fewer than 500: on by default
    hint = wizard.unlinked_hint.text()
    assert "3 messages from Mark Ellison are not part of any entry." in hint
    assert "Untick the box to leave it out" in hint
    assert "Add the 3 messages that are not part of any entry" in wizard.unlinked.text().replace(
        "&", ""
    )
    choices = wizard.choices()
    assert choices is not None and choices.include_unlinked is True  # said, as it is shown
    tick(qtbot, wizard.unlinked)
    choices = wizard.choices()
    assert choices is not None and choices.include_unlinked is False
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    assert (
        "3 messages from Mark Ellison not linked to any incident (on 1 Feb 2024)",
        "You chose not to add them as an appendix; they are kept in the diary.",
    ) in _left_out(wizard)
    assert "appendix" not in wizard.summary_text.text()


def test_five_hundred_unlinked_messages_are_left_out_unless_the_person_asks(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    """At 500 or more the box starts unticked and says how many there are; ticking it puts
    them in the pack as an appendix, which the summary and the pack itself then show."""
    _with_unlinked_messages(vault_dir, tmp_path, 612)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    _offered(qtbot, wizard)
    assert wizard.unlinked.isVisibleTo(wizard) and not wizard.unlinked.isChecked()
    hint = wizard.unlinked_hint.text()
    assert "612 messages from Mark Ellison are not part of any entry." in hint
    assert "500 or more" in hint
    assert "Add the 612 messages" in wizard.unlinked.text().replace("&", "")
    assert "612" in wizard.unlinked.accessibleDescription()  # read out with the box
    choices = wizard.choices()
    assert choices is not None and choices.include_unlinked is False

    # Entries that do not name him offer nothing; every entry again offers his 612.
    tick(qtbot, wizard.chosen)
    qtbot.keyClicks(wizard.numbers, "1, 2")
    qtbot.waitUntil(
        lambda: wizard._offer is not None and not wizard.unlinked.isVisibleTo(wizard),
        timeout=20_000,
    )
    tick(qtbot, wizard.every)
    _offered(qtbot, wizard)
    assert wizard.unlinked.isVisibleTo(wizard) and not wizard.unlinked.isChecked()

    click(qtbot, wizard.next_button)  # left unticked: left out, and the summary says so
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=30_000)
    left_out = _left_out(wizard)
    assert any(
        what.startswith("612 messages from Mark Ellison not linked to any incident")
        for what, _why in left_out
    ), left_out
    assert "appendix" not in wizard.summary_text.text()

    click(qtbot, wizard.back_button)
    tick(qtbot, wizard.unlinked)
    assert wizard.unlinked.isChecked()
    choices = wizard.choices()
    assert choices is not None and choices.include_unlinked is True
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=30_000)
    assert "Messages not part of any entry, in an appendix: 612" in wizard.summary_text.text()
    assert not any("not linked to any incident" in what for what, _why in _left_out(wizard))

    click(qtbot, wizard.next_button)
    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    wizard.path.setText(str(target))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=120_000)
    verdict = verify_pack(target)
    assert verdict.ok, verdict.problems
    with zipfile.ZipFile(target) as pack:
        manifest = json.loads(pack.read("manifest.json"))
        readme = pack.read("README.txt").decode()
    assert manifest["counts"]["appendix_messages"] == 612
    assert not any("not linked to any incident" in w["what"] for w in manifest["withheld"])
    assert "not linked to any incident" not in readme


def test_the_period_starts_on_the_oldest_entry_read_without_reading_every_entry(
    qtbot: QtBot,
    start_app: Any,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The period offered starts on the day of the oldest entry, even one written last; and
    opening the wizard reads only that entry (reading all of them held the window for 150 ms
    at 10,000 entries)."""
    make_vault(vault_dir, tmp_path)
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    Diary(vault).add_incident(
        IncidentInput(
            occurred_start=datetime(2023, 11, 20, 7, 45).astimezone(),
            description="Written down later: he was at the school gate",
        )
    )
    vault.lock()
    limits: list[int | None] = []
    real = Diary.incident_page

    def spy(self: Diary, *args: Any, **kwargs: Any) -> Any:
        limits.append(kwargs.get("limit", -1))
        return real(self, *args, **kwargs)

    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    monkeypatch.setattr(Diary, "incident_page", spy)
    wizard = _open_wizard(qtbot, app)
    assert wizard.date_from.date() == QDate(2023, 11, 20)
    assert wizard.date_to.date() == QDate.currentDate()
    assert limits == [1]
    wizard.close_wizard()
