"""Every model the app shows passes Qt's own model checks, filled from a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from drive import write_photo
from PySide6.QtCore import Qt

from diary.records import IncidentInput, MessageInput, PersonInput, PersonRef
from diary.records.service import Diary
from diary.vault import Vault
from ui.editor import behaviour_choices
from ui.models import (
    CheckListModel,
    ExhibitsModel,
    MessagesModel,
    PeopleModel,
    RecordFilterProxy,
    StringListModel,
    ThumbnailModel,
    TimelineFilter,
    TimelineModel,
)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Any]:
    vault, _key = Vault.create(
        tmp_path / "vault", "a long enough passphrase", initials="AB", insecure_fast_kdf=True
    )
    d = Diary(vault)
    start = datetime(2024, 1, 1, 9, 0).astimezone()
    for n in range(30):
        d.add_incident(
            IncidentInput(
                occurred_start=start + timedelta(days=n),
                location=f"Place {n % 4}",
                description=f"Entry number {n}: he was outside again",
                behaviours=["ST5"] if n % 2 else ["ST2.2", "OC2"],
                perpetrators=[PersonRef("Sam" if n % 3 else "Alex", "saw")],
            )
        )
    d.add_person(PersonInput(name="Robin", relationship="neighbour", phones=["07700 900456"]))
    d.attach_file(write_photo(tmp_path / "p.png"), incident="INC-0001")
    d.add_messages(
        [
            MessageInput(
                channel="sms",
                direction="in",
                sent_at=start + timedelta(minutes=m),
                body=f"message {m}",
                sender="Sam",
            )
            for m in range(1200)
        ]
    )
    yield d
    vault.lock()


def test_timeline_model_and_proxy(qtmodeltester: Any, diary: Any) -> None:
    model = TimelineModel()
    model.load(diary.list_incidents())
    qtmodeltester.check(model)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_predicate(TimelineFilter(behaviour="ST2", person="alex").matches)
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    for row in range(proxy.rowCount()):
        summary = proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        assert "Alex" in summary.people
        assert any(code.startswith("ST2") for code in summary.behaviours)
    proxy.sort(TimelineModel.WHEN, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    last = proxy.index(proxy.rowCount() - 1, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert first.occurred_start > last.occurred_start
    numbers = {s.number for s in diary.list_incidents(search="number 7")}
    proxy.set_predicate(TimelineFilter(numbers=numbers).matches)
    assert proxy.rowCount() == len(numbers) >= 1
    model.clear()
    assert proxy.rowCount() == 0


def test_people_and_exhibits_models(qtmodeltester: Any, diary: Any) -> None:
    people = PeopleModel()
    people.load(diary.list_people())
    qtmodeltester.check(people)
    assert people.rowCount() == 3
    exhibits = ExhibitsModel()
    exhibits.load(diary.list_exhibits())
    qtmodeltester.check(exhibits)
    assert exhibits.index(0, 0).data() == "AB1"
    proxy = RecordFilterProxy()
    proxy.setSourceModel(people)
    proxy.set_predicate(lambda row: "neighbour" in people.text_of(row))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_messages_model_fetches_a_page_at_a_time(qtmodeltester: Any, diary: Any) -> None:
    model = MessagesModel()
    model.set_source(lambda offset, limit: diary.list_messages(limit=limit, offset=offset))
    assert model.rowCount() == MessagesModel.PAGE
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 1200
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0


def test_small_models(qtmodeltester: Any, diary: Any) -> None:
    choices = CheckListModel(behaviour_choices())
    qtmodeltester.check(choices)
    choices.setData(choices.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert choices.checked() == ["ST1"]
    items = StringListModel()
    items.add("one", 1)
    items.add("two", 2)
    qtmodeltester.check(items)
    items.remove(0)
    assert items.values() == [2]
    thumbs = ThumbnailModel()
    ref = diary.list_exhibits()[0].ref
    thumbs.load([(ref, "p.png", diary.read_exhibit(ref)), ("AB9", "notes.txt", None)])
    qtmodeltester.check(thumbs)
    assert thumbs.index(0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert thumbs.index(1).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_charts_numbers_table(qtmodeltester: Any, diary: Any) -> None:
    from diary.patterns import DAYS, patterns
    from ui.patterns_page import CountsModel

    found = patterns(diary.incident_page(limit=None))
    table = CountsModel()
    cells = [[found.time_grid.get((day, hour), 0) for hour in range(24)] for day in range(7)]
    table.set_counts(DAYS, [f"{hour:02d}" for hour in range(24)], cells)
    qtmodeltester.check(table)
    assert (table.rowCount(), table.columnCount()) == (7, 24)
    assert sum(int(table.index(r, c).data()) for r in range(7) for c in range(24)) == found.timed
    assert table.headerData(0, Qt.Orientation.Vertical) == "Mon"
    assert table.headerData(23, Qt.Orientation.Horizontal) == "23"
    table.set_counts([], [], [])
    qtmodeltester.check(table)
    assert table.rowCount() == 0


def test_messages_sort_by_time_whether_or_not_they_carry_a_zone(qtmodeltester: Any) -> None:
    from datetime import UTC

    from diary.records.types import Message

    def message(n: int, sent_at: datetime) -> Message:
        return Message(
            id=n, channel="email" if sent_at.tzinfo else "whatsapp", direction="in", sent_at=sent_at
        )

    model = MessagesModel()
    model.set_source(
        lambda offset, limit: [
            # A day apart each way, so the order holds in any computer's time zone.
            message(1, datetime(2024, 3, 13, 23, 0, tzinfo=UTC)),
            message(2, datetime(2024, 3, 12, 12, 0)),
            message(3, datetime(2024, 3, 11, 0, 0, tzinfo=UTC)),
        ][offset : offset + limit]
    )
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert [model.rows()[r].id for r in range(3)] == [3, 2, 1]
