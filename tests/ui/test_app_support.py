"""Support for the person (issue 10): Help and safety with no diary and from the diary, local
services and the safety plan kept in the vault, the templates, and the patterns of exactly what
the timeline's filter shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pages
import pytest
from drive import PASSPHRASE, click, create_diary, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from diary.helplines import load_helplines
from diary.records.safety import SECTIONS
from ui import text
from ui.templates import templates


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    pages.sample_vault(folder / "vault", folder)
    return folder / "vault"


def _shown_words(widget: QWidget) -> str:
    return "\n".join(
        w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()
    )


def _check_help_page(app: Any) -> None:
    help_page = app.window.help_page
    assert app.window.pages.currentWidget() is help_page
    words = _shown_words(help_page)
    assert "999" in words and "press 55" in words
    for line in load_helplines().helplines:
        assert line.name in words and line.number in words, line.name
        if line.hours is None:
            assert "ask when you call" in words
        # When it was checked, as a day reads everywhere else ("1 Dec 2026", not "2026-12-01").
        assert f"Number checked on {text.day(date.fromisoformat(line.checked))}" in words
        assert line.checked not in words
    # Nothing on the page is a link the app would open.
    for shown in help_page.findChildren(QLabel):
        assert "<a " not in shown.text().casefold()
        assert not shown.openExternalLinks()
    # With no diary open, nothing of the local services or the plan is shown.
    assert not help_page.local.isVisibleTo(help_page)
    assert not help_page.plan_button.isVisibleTo(help_page)
    assert help_page.locked_note.isVisibleTo(help_page)


def test_help_and_safety_from_the_unlock_screen_needs_no_diary(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = start_app(pages.copy_vault(sample, tmp_path / "vault"))
    unlock_page = app.window.unlock_page
    click(qtbot, unlock_page.help_button)
    _check_help_page(app)
    click(qtbot, app.window.help_page.back_button)
    assert app.window.pages.currentWidget() is unlock_page
    assert not app.session.is_unlocked


def test_help_and_safety_from_the_first_screen(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    click(qtbot, app.window.first_run.help_button)
    _check_help_page(app)
    click(qtbot, app.window.help_page.back_button)
    assert app.window.pages.currentWidget() is app.window.first_run


def test_a_local_service_added_from_the_diary_is_kept_in_it(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = start_app(pages.copy_vault(sample, tmp_path / "vault"))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    diary_page = app.window.diary_page
    qtbot.keyClick(diary_page, Qt.Key.Key_F1)
    help_page = app.window.help_page
    assert diary_page.hosts(help_page) and help_page.isVisible()  # under the diary's bar
    assert help_page.local.isVisible() and help_page.plan_button.isVisible()
    # Bad input: one plain sentence, nothing kept.
    click(qtbot, help_page.add_button)
    assert help_page.local_message.isVisible() and help_page.local_message.text()
    assert app.session.diary.local_services() == []
    qtbot.keyClicks(help_page.name, "Northshire Stalking Advocacy")
    qtbot.keyClicks(help_page.number, "01234 567890")
    qtbot.keyClicks(help_page.hours, "Monday to Friday, 9 to 5")
    click(qtbot, help_page.add_button)
    assert not help_page.local_message.isVisible()
    qtbot.waitUntil(lambda: "Northshire Stalking Advocacy" in _shown_words(help_page))
    # Kept in the vault: still there after locking and opening again, gone while locked.
    click(qtbot, diary_page.lock_button)
    assert "Northshire" not in _shown_words(help_page)
    unlock(qtbot, app.window)
    kept = app.session.diary.local_services()
    assert [(s.name, s.number) for s in kept] == [("Northshire Stalking Advocacy", "01234 567890")]


def test_the_safety_plan_is_guided_kept_in_the_vault_and_never_lost_on_a_lock(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = start_app(pages.copy_vault(sample, tmp_path / "vault"))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    diary_page = app.window.diary_page
    diary_page.tabs.setCurrentWidget(diary_page.safety_plan)
    plan = diary_page.safety_plan
    # Seven guided sections, each with its prompt.
    assert list(plan.boxes) == [s.key for s in SECTIONS] and len(SECTIONS) == 7
    assert all(box.placeholderText() for box in plan.boxes.values())
    first, second = SECTIONS[0].key, SECTIONS[1].key
    qtbot.keyClicks(plan.boxes[first], "Sam, code word 'blue umbrella'")
    assert plan.message.text() == "Not saved yet."
    click(qtbot, plan.save_button)
    assert plan.message.text() == "Saved."
    saved = {s.key: s.text for s in app.session.diary.safety_plan().sections}
    assert saved[first] == "Sam, code word 'blue umbrella'"
    # Typed and not saved, then the diary locks: it is saved, and the page forgets it.
    qtbot.keyClicks(plan.boxes[second], "The corner shop on Hill Street")
    click(qtbot, diary_page.lock_button)
    assert all(box.toPlainText() == "" for box in plan.boxes.values())
    unlock(qtbot, app.window)
    diary_page.tabs.setCurrentWidget(diary_page.safety_plan)
    assert plan.boxes[second].toPlainText() == "The corner shop on Hill Street"
    assert plan.boxes[first].toPlainText() == "Sam, code word 'blue umbrella'"


def test_templates_fill_the_editor_and_the_plain_editor_stays_one_click_away(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    menu = [action.text() for action in page.template_menu.actions()]
    assert menu == [
        "A phone call",
        "A message from a new number or account",
        "Something left or sent",
        "He turned up",
        "Damage to property",
        "Contact through other people",
    ]
    prompts = {
        "call": ("1471", "withheld", "voicemail"),
        "new_account": ("new number or account", "word for word"),
        "left": ("envelope or packaging", "photograph it where"),
        "turned_up": ("registration", "wearing", "Who else saw"),
        "damage": ("Photograph the damage",),
        "others": ("Who they contacted",),
    }
    for template, action in zip(templates(), page.template_menu.actions(), strict=True):
        action.trigger()
        editor = page.editor
        assert page.views.currentWidget() is editor
        text = editor.description.toPlainText()
        for words in prompts[template.key]:
            assert words in text, (template.key, words)
        assert editor.behaviours.checked() == template.behaviours
        assert not editor.has_content()  # the prompts alone are not a draft
        editor.close_editor()
        assert app.session.diary.load_draft("editor") is None
    # New entry itself is the plain, empty editor.
    click(qtbot, page.new_button)
    assert page.editor.description.toPlainText() == ""
    assert page.editor.behaviours.checked() == []


def test_patterns_are_of_exactly_what_the_filter_shows(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    app = start_app(pages.copy_vault(sample, tmp_path / "vault"))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    page = app.window.diary_page
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)
    page.tabs.setCurrentWidget(page.patterns)
    patterns = page.patterns
    qtbot.waitUntil(lambda: patterns.found is not None and patterns.found.total == 2)
    assert "For all 2 entries." in patterns.summary.text()
    # Only the entries with "following" (ST1), as the timeline's behaviour filter chooses.
    page.tabs.setCurrentWidget(timeline)
    timeline.behaviour.setCurrentIndex(timeline.behaviour.findData("ST1"))
    timeline.apply_filters()
    qtbot.waitUntil(lambda: timeline.proxy.rowCount() == 1)
    page.tabs.setCurrentWidget(page.patterns)
    qtbot.waitUntil(lambda: patterns.found is not None and patterns.found.total == 1)
    assert patterns.summary.text() == "For the 1 entry the diary's filter shows now."
    assert sum(patterns.found.per_weekday) == 1


def test_settings_shows_the_same_check_code_as_the_command_line_with_details_behind(
    qtbot: QtBot, start_app: Any, tmp_path: Path, sample: Path
) -> None:
    import json
    import subprocess
    import sys

    from diary.checkcode import normalise

    app = start_app(pages.copy_vault(sample, tmp_path / "vault"))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.settings)
    box = page.settings.check_code
    qtbot.waitUntil(lambda: bool(box.code.text()))  # read on a worker
    shown = box.code.text()
    # Five groups of four: 100 bits of the key's SHA-256, easy to read out.
    assert len(shown.split("-")) == 5 and all(len(g) == 4 for g in shown.split("-"))
    assert "SHA256:" not in shown
    assert not box.details.isVisibleTo(box)
    click(qtbot, box.details_button)
    assert box.details.isVisibleTo(box) and "SHA256:" in box.details.text()
    app.session.lock()
    told = subprocess.run(
        [
            sys.executable,
            "-m",
            "diary",
            "--vault",
            str(tmp_path / "vault"),
            "fingerprint",
            "--json",
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert normalise(json.loads(told.stdout)["check_code"]) == normalise(shown)


def test_a_new_diarys_history_details_say_one_event(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    page = app.window.diary_page
    page.tabs.setCurrentWidget(page.settings)
    assert len(app.session.diary.audit_events()) == 1  # the diary was made
    qtbot.waitUntil(lambda: "has 1 event;" in page.settings.history_code.details.text())
