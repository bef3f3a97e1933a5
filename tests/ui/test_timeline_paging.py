"""The timeline a page at a time: a search shows its first page from the core at once, fetches
more as the person scrolls, counts without fetching, and sorts in the database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from drive import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diary.records import Diary, IncidentInput
from diary.vault import Vault
from ui.models import KEY_ROLE, PAGE_ROWS, TimelineModel

INCIDENTS = 450


@pytest.fixture
def filled(vault_dir: Path) -> Path:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    start = datetime(2023, 1, 1, 9, 0).astimezone()
    Diary(vault).add_incidents(
        IncidentInput(
            occurred_start=start + timedelta(hours=5 * i),
            description=f"common words {'rare ' if i % 150 == 0 else ''}entry {i}",
            location=f"Place {i % 7}",
        )
        for i in range(INCIDENTS)
    )
    vault.lock()
    return vault_dir


def numbers(model: Any) -> list[str]:
    return [str(model.index(row, 0).data(KEY_ROLE)) for row in range(model.rowCount())]


def test_a_search_fetches_a_page_at_a_time(
    qtbot: QtBot, start_app: Any, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int | None] = []
    real = Diary.incident_page

    def spy(self: Diary, *args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("limit"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Diary, "incident_page", spy)
    app = start_app(filled)
    unlock(qtbot, app.window)
    timeline = app.window.diary_page.timeline
    model = timeline.model

    qtbot.keyClicks(timeline.search, "common")
    timeline.apply_filters()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_ROWS and not timeline.searching)
    assert model.canFetchMore()
    assert numbers(model)[0] == f"INC-{INCIDENTS:04d}"  # newest first
    qtbot.waitUntil(lambda: timeline.count.text() == f"{INCIDENTS} entries")

    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_ROWS)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == INCIDENTS)
    assert not model.canFetchMore()
    assert numbers(model) == [f"INC-{n:04d}" for n in range(INCIDENTS, 0, -1)]

    timeline.search.clear()
    qtbot.keyClicks(timeline.search, "rare")
    timeline.apply_filters()
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not timeline.searching)
    qtbot.waitUntil(lambda: timeline.count.text() == f"Showing 3 of {INCIDENTS} entries")
    assert not model.canFetchMore()

    # Nothing was ever fetched whole for the first screen.
    assert asked and all(limit == PAGE_ROWS for limit in asked)


def test_sorting_a_paged_timeline_asks_the_core(qtbot: QtBot, start_app: Any, filled: Path) -> None:
    app = start_app(filled)
    unlock(qtbot, app.window)
    timeline = app.window.diary_page.timeline
    model = timeline.model
    qtbot.keyClicks(timeline.search, "entry")
    timeline.apply_filters()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_ROWS and not timeline.searching)
    timeline.table.sortByColumn(TimelineModel.WHERE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_ROWS and not timeline.searching)
    places = [model.index(row, TimelineModel.WHERE).data() for row in range(model.rowCount())]
    assert places == sorted(places) and places[0] == "Place 0"
    timeline.table.sortByColumn(TimelineModel.WHEN, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: numbers(model)[:1] == ["INC-0001"] and not timeline.searching)


def test_locking_drops_a_page_still_on_its_way(qtbot: QtBot, start_app: Any, filled: Path) -> None:
    app = start_app(filled)
    unlock(qtbot, app.window)
    timeline = app.window.diary_page.timeline
    qtbot.keyClicks(timeline.search, "common")
    timeline.apply_filters()
    app.session.lock()
    qtbot.wait(300)
    assert timeline.model.rowCount() == 0


def test_unlocking_from_the_key_files_copy_is_said(
    qtbot: QtBot, start_app: Any, filled: Path
) -> None:
    (filled / "keyslots").write_bytes(b"junk" * 10)
    app = start_app(filled)
    unlock(qtbot, app.window)
    notice = app.window.diary_page.notice
    assert "key file is damaged, so its copy was used" in notice.text()
