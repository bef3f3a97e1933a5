"""Patterns and Settings read the diary on a worker when they are opened (issue 10: the window
is never frozen): each page says it is reading and answers at once, then shows the right
figures; an answer overtaken by a newer reading or by locking is never shown; a failure is one
plain sentence. How long anything takes is measured in bench/app_bench.py, not here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pages
import pytest
from drive import PASSPHRASE, unlock
from pytestqt.qtbot import QtBot

from diary.checkcode import history_code, key_check_code
from diary.errors import VaultDamaged
from diary.patterns import Patterns
from diary.records import IncidentInput
from diary.records.incidents import IncidentQuery
from diary.records.service import Diary
from diary.vault import Vault
from ui import errors, workers
from ui.patterns_page import PatternsPage

ENTRIES = 30
FOLLOWING = 10  # of them "following" (ST1); the rest "unwanted messages" (ST4)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readers") / "vault"
    vault, _key = Vault.create(folder, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    start = datetime(2024, 2, 5, 20, 15).astimezone()
    for n in range(ENTRIES):
        diary.add_incident(
            IncidentInput(
                occurred_start=start + timedelta(days=n),
                description=f"He was there again, the {n + 1}th time",
                behaviours=["ST1"] if n < FOLLOWING else ["ST4"],
            )
        )
    vault.lock()
    return folder


def _open(qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path) -> Any:
    app = start_app(pages.copy_vault(template, tmp_path / "vault"))
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    page = app.window.diary_page
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() > 0)
    return app


def _settle(qtbot: QtBot) -> None:
    """Every worker done and its answer delivered to the window's thread."""
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    qtbot.wait(50)


def _gated(rows: Callable[[], list[Any]], gate: threading.Event) -> Callable[[], list[Any]]:
    """The same reading of the diary, held on the worker until `gate` is set: so a test can
    decide that this answer comes last."""

    def read() -> list[Any]:
        assert gate.wait(10)
        return rows()

    return read


def _found(qtbot: QtBot, patterns: PatternsPage) -> Patterns:
    """The patterns the page shows, once its worker has answered."""
    qtbot.waitUntil(lambda: patterns.found is not None)
    assert patterns.found is not None
    return patterns.found


# -- Patterns ----------------------------------------------------------------------------------
def test_opening_patterns_says_it_is_reading_then_shows_the_whole_diary(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    page = app.window.diary_page
    patterns = page.patterns
    page.tabs.setCurrentWidget(patterns)
    # Back at once, before anything was read: the page says so, and shows no charts yet.
    assert patterns.found is None
    assert patterns.summary.text() == "Reading your diary…"
    assert patterns.busy.isVisibleTo(patterns)
    assert not patterns.charts.isVisibleTo(patterns)
    found = _found(qtbot, patterns)
    assert found.total == ENTRIES
    assert patterns.summary.text() == f"For all {ENTRIES} entries."
    assert not patterns.busy.isVisibleTo(patterns)
    assert patterns.charts.isVisibleTo(patterns)
    assert sum(found.per_weekday) == ENTRIES
    assert not patterns.error.text()


def test_a_patterns_answer_overtaken_by_a_newer_filter_is_not_shown(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    page = app.window.diary_page
    patterns = page.patterns
    page.tabs.setCurrentWidget(patterns)
    qtbot.waitUntil(lambda: patterns.found is not None)
    diary = app.session.diary
    gate = threading.Event()
    # The whole diary was asked for first, then only "following": the first answer, arriving
    # last, must not replace the second.
    patterns.read(_gated(lambda: list(diary.incident_page(limit=None)), gate), False)
    following = IncidentQuery(behaviour="ST1")
    patterns.read(lambda: list(diary.incident_page(following, limit=None)), True)
    assert _found(qtbot, patterns).total == FOLLOWING
    gate.set()
    _settle(qtbot)
    assert patterns.found is not None and patterns.found.total == FOLLOWING
    assert patterns.summary.text() == f"For the {FOLLOWING} entries the diary's filter shows now."
    assert not patterns.busy.isVisibleTo(patterns)


def test_patterns_read_before_locking_are_not_shown_after(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    page = app.window.diary_page
    patterns = page.patterns
    rows = list(app.session.diary.incident_page(limit=None))  # read while it is open
    gate = threading.Event()
    patterns.read(_gated(lambda: rows, gate), False)
    app.session.lock()
    gate.set()
    _settle(qtbot)
    assert patterns.found is None
    assert str(ENTRIES) not in patterns.summary.text()
    assert not patterns.busy.isVisibleTo(patterns)
    assert not patterns.error.text()


def test_a_patterns_reading_that_fails_is_said_in_one_plain_sentence(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    patterns = app.window.diary_page.patterns

    def damaged() -> list[Any]:
        raise VaultDamaged()

    patterns.read(damaged, False)
    qtbot.waitUntil(lambda: bool(patterns.error.text()))
    assert patterns.error.text() == errors.describe(VaultDamaged())
    assert "Error" not in patterns.error.text() and "Traceback" not in patterns.error.text()
    assert patterns.found is None
    assert not patterns.busy.isVisibleTo(patterns)
    assert not patterns.charts.isVisibleTo(patterns)
    assert patterns.summary.text() == ""
    # Read again (the tab opened once more), it recovers.
    app.window.diary_page.tabs.setCurrentWidget(patterns)
    assert _found(qtbot, patterns).total == ENTRIES and not patterns.error.text()


# -- Settings ----------------------------------------------------------------------------------
def test_opening_settings_says_it_is_reading_then_shows_both_codes(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    page = app.window.diary_page
    settings = page.settings
    page.tabs.setCurrentWidget(settings)
    # Back at once: the codes are still being read, and there is nothing to copy yet.
    assert settings.codes_reading.isVisibleTo(settings)
    assert settings.codes_busy.isVisibleTo(settings)
    for box in (settings.check_code, settings.history_code):
        assert box.code.text() == ""
        assert not box.copy_button.isEnabled()
    qtbot.waitUntil(lambda: bool(settings.history_code.code.text()))
    vault = app.session.vault
    assert vault is not None
    events = app.session.diary.audit_events()
    assert settings.check_code.code.text() == key_check_code(
        vault.signing_key().public_key().public_bytes_raw()
    )
    assert settings.history_code.code.text() == history_code(events[-1].hash)
    assert f"has {len(events)} events;" in settings.history_code.details.text()
    assert events[-1].hash in settings.history_code.details.text()
    assert not settings.codes_reading.isVisibleTo(settings)
    assert not settings.codes_busy.isVisibleTo(settings)
    for box in (settings.check_code, settings.history_code):
        assert box.copy_button.isEnabled()
    # The settings themselves are shown at once, as before.
    assert settings.initials.text() == "JS"


def test_settings_codes_read_before_locking_are_not_shown_after(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    app = _open(qtbot, start_app, template, tmp_path)
    page = app.window.diary_page
    settings = page.settings
    page.tabs.setCurrentWidget(settings)
    app.session.lock()
    _settle(qtbot)
    for box in (settings.check_code, settings.history_code):
        assert box.code.text() == "" and box.details.text() == ""
    assert not settings.codes_busy.isVisibleTo(settings)
    assert not settings.codes_reading.isVisibleTo(settings)


def test_a_code_that_cannot_be_read_is_said_in_one_sentence_and_the_other_still_shows(
    qtbot: QtBot, start_app: Any, template: Path, tmp_path: Path
) -> None:
    from sqlalchemy import text

    folder = pages.copy_vault(template, tmp_path / "vault")
    vault = Vault.open(folder)
    vault.unlock(PASSPHRASE)
    with vault.engine.begin() as connection:  # the signing key lost from the diary's file
        connection.execute(text("DELETE FROM secrets WHERE name = 'signing_key'"))
    vault.lock()
    app = start_app(folder)
    unlock(qtbot, app.window)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    page = app.window.diary_page
    settings = page.settings
    page.tabs.setCurrentWidget(settings)
    qtbot.waitUntil(lambda: bool(settings.check_code.code.text()))
    said = settings.check_code.code.text()
    assert said == "The diary's signing key is missing; packs cannot be signed."
    assert not settings.check_code.copy_button.isEnabled()  # a sentence is not a code
    assert not settings.check_code.details_button.isVisibleTo(settings)
    events = app.session.diary.audit_events()
    assert settings.history_code.code.text() == history_code(events[-1].hash)
    assert settings.history_code.copy_button.isEnabled()
    assert not settings.codes_busy.isVisibleTo(settings)
