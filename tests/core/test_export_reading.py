"""The export reads the diary in a few big passes (many entries at once, a page of messages at a
time) instead of entry by entry: each pass must give exactly what the slow way gave."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from diary import exporting
from diary.errors import BadInput, NotFound
from diary.exporting import ExportChoices, collect, unlinked_messages
from diary.records import IncidentInput, PersonRef
from diary.records import messages as message_records
from diary.records.service import Diary
from diary.records.types import Message, MessageInput
from diary.timeutil import now, order_key
from diary.vault import Vault


def _filled(vault: Vault, tmp_path: Path) -> Diary:
    """Entries with revisions, addenda, files and messages, some shared between entries."""
    diary = Diary(vault)
    when = now() - timedelta(days=30)
    for n in range(7):
        diary.add_incident(
            IncidentInput(
                when + timedelta(days=n),
                description=f"entry {n}",
                perpetrators=[PersonRef("Mark")],
            )
        )
    diary.edit_incident(
        "INC-0003",
        IncidentInput(when, description="entry 2, changed", perpetrators=[PersonRef("Dan Roe")]),
    )
    diary.add_addendum("INC-0003", "He came back later.")
    diary.add_addendum("INC-0001", "A neighbour saw it.")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    diary.attach_file(photo, incident="INC-0002")
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"what he said")
    diary.attach_file(notes, incident="INC-0002")
    diary.attach_file(notes.with_name("notes.txt"), incident="INC-0005")
    diary.add_messages(
        [
            MessageInput("SMS", "incoming", when + timedelta(hours=k), f"msg {k}", sender="Mark")
            for k in range(6)
        ],
        person="Mark",
    )
    ids = [m.id for m in diary.list_messages()]
    diary.link_messages("INC-0002", ids[:3])
    diary.link_messages("INC-0004", ids[2:5])  # one message is part of both
    return diary


def test_many_entries_read_at_once_are_each_as_get_incident_gives_it(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary = _filled(vault, tmp_path)
    numbers = [s.number for s in diary.list_incidents()]
    one_by_one = [diary.get_incident(n) for n in numbers]
    assert diary.get_incidents(numbers) == one_by_one
    by_number = {d.incident.number: d for d in one_by_one}
    assert by_number["INC-0002"].exhibits and by_number["INC-0003"].addenda
    assert by_number["INC-0004"].messages[0] in by_number["INC-0002"].messages
    # Several passes of a few entries each give the same.
    monkeypatch.setattr("diary.records.incidents._CHUNK", 2)
    assert diary.get_incidents(numbers) == one_by_one
    assert diary.get_incidents(list(reversed(numbers))) == list(reversed(one_by_one))
    # As the person may write them, repeated: in the order asked, each time asked.
    assert diary.get_incidents([" inc-0004", "INC-0004", "INC-0001"]) == [
        by_number["INC-0004"],
        by_number["INC-0004"],
        by_number["INC-0001"],
    ]
    assert diary.get_incidents([]) == []


def test_reading_many_entries_says_which_is_missing(vault: Vault, tmp_path: Path) -> None:
    diary = _filled(vault, tmp_path)
    with pytest.raises(NotFound, match="INC-0099"):
        diary.get_incidents(["INC-0001", "INC-0099"])
    with pytest.raises(BadInput):
        diary.get_incidents(["INC-0001", "  "])


def _old_unlinked(diary: Diary, names: set[str]) -> list[Message]:
    """How the export found them before: every message of each person, then the unlinked."""
    found: dict[int, Message] = {}
    for name in sorted(names):
        for message in diary.list_messages(person=name):
            if not message.incidents:
                found[message.id] = message
    return sorted(
        found.values(),
        key=lambda m: (
            m.sent_at is None,
            order_key(m.sent_at) if m.sent_at else datetime.min.replace(tzinfo=UTC),
            m.id,
        ),
    )


def test_unlinked_messages_read_a_page_at_a_time_are_those_found_person_by_person(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary = _filled(vault, tmp_path)
    base = now() - timedelta(days=3)
    india = timezone(timedelta(hours=5, minutes=30))
    diary.add_messages(
        [
            # The same second several times: the pages must not lose or repeat any.
            *[
                MessageInput("SMS", "incoming", base, f"same second {k}", sender="Dan Roe")
                for k in range(5)
            ],
            MessageInput("WhatsApp", "incoming", base.astimezone(india), "zoned", sender="Dan Roe"),
            MessageInput(
                "WhatsApp", "incoming", base.replace(tzinfo=None), "no zone", sender="Dan Roe"
            ),
            MessageInput("Email", "incoming", None, "no time", sender="Dan Roe"),  # type: ignore[arg-type]
            MessageInput("SMS", "incoming", base - timedelta(days=1), "earlier", sender="Dan Roe"),
            # Within one second, the later one kept first: the diary cannot tell them apart.
            MessageInput(
                "SMS", "incoming", base.replace(microsecond=900_000), "late", sender="Dan Roe"
            ),
            MessageInput(
                "SMS", "incoming", base.replace(microsecond=100_000), "early", sender="Dan Roe"
            ),
        ],
        person="Dan Roe",
    )
    diary.add_messages(
        [MessageInput("SMS", "incoming", base, "from someone else", sender="Kay Bright")],
        person="Kay Bright",
    )
    names = {"Mark", "dan roe"}
    expected = _old_unlinked(diary, names)
    assert len(expected) == 1 + 11  # the one of Mark's no entry links, and all of Dan's
    bodies = [m.body for m in expected]
    assert bodies.index("early") < bodies.index("late")
    assert unlinked_messages(diary, names) == expected
    monkeypatch.setattr(message_records, "_PAGE", 2)
    assert unlinked_messages(diary, names) == expected
    assert unlinked_messages(diary, {"Kay Bright"}) == _old_unlinked(diary, {"Kay Bright"})
    assert unlinked_messages(diary, {"Nobody"}) == []
    assert unlinked_messages(diary, set()) == []


def test_a_pack_gathered_in_big_passes_holds_what_it_held_entry_by_entry(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary = _filled(vault, tmp_path)
    fast = collect(vault, ExportChoices(include_unlinked=True))

    def one_by_one(numbers: list[str]) -> list[object]:
        return [diary.get_incident(n) for n in numbers]

    monkeypatch.setattr(Diary, "get_incidents", lambda _self, numbers: one_by_one(numbers))
    monkeypatch.setattr(exporting, "unlinked_messages", _old_unlinked)
    slow = collect(vault, ExportChoices(include_unlinked=True))
    assert fast.incidents == slow.incidents
    assert fast.messages == slow.messages
    assert fast.appendix_messages == slow.appendix_messages and slow.appendix_messages
    assert fast.withheld == slow.withheld
    assert [e.ref for e in fast.exhibits] == [e.ref for e in slow.exhibits]
    assert fast.court == slow.court


def test_letting_go_of_big_lists_empties_each(vault: Vault, tmp_path: Path) -> None:
    first: list[object] = list(range(1000))
    second: list[object] = [[n] for n in range(10)]
    exporting.let_go(first, second, [])
    assert first == [] and second == []
    diary = _filled(vault, tmp_path)
    for n in range(101):
        diary.add_incident(IncidentInput(now() - timedelta(hours=n), description=f"more {n}"))
    pack = collect(vault, ExportChoices())
    assert len(pack.incidents) == 108 and pack.owner_initials == "JS"
    exporting.let_go_of_pack(pack)
    assert pack.incidents == () and pack.owner_initials == "JS"
