"""Paging: the first screen of any search is one page from the database, and paging through
gives exactly what the whole listing gives, in the same order, with a count on request."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from diary.records import Diary, IncidentInput, MessageInput, PersonRef
from diary.records import messages as message_records
from diary.records.incidents import SORTS, IncidentQuery
from diary.vault import Vault
from tests.conftest import PASSPHRASE

WORDS = [
    "he",
    "was",
    "outside",
    "again",
    "the",
    "car",
    "blue",
    "coat",
    "flowers",
    "doorstep",
    "parcel",
    "bus",
    "stop",
]


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Diary]:
    path = tmp_path_factory.mktemp("paging") / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    rng = random.Random(9)
    start = datetime(2023, 1, 1, 9, 0).astimezone()
    items = []
    for i in range(240):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 9)))
        items.append(
            IncidentInput(
                # Some share a time exactly, so the tie-break is exercised too.
                occurred_start=start + timedelta(hours=7 * (i // 3)),
                description=f"{text} number{i}",
                location=rng.choice(["Home", "Work", "", "Bus stop"]),
                channel=rng.choice(["", "WhatsApp"]),
                behaviours=[rng.choice(["ST1", "ST5", "OC1"])],
                perpetrators=[PersonRef(rng.choice(["Mark Ellison", "Dan Roe"]))],
            )
        )
    diary = Diary(vault)
    diary.add_incidents(items)
    diary.add_addendum("INC-0007", "zebra crossing mentioned later")
    diary.add_messages(
        MessageInput(
            channel="sms",
            direction="incoming",
            sender="Mark",
            sent_at=start + timedelta(minutes=13 * i),
            body=" ".join(rng.choice(WORDS) for _ in range(6)) + f" m{i}",
        )
        for i in range(3000)
    )
    yield diary
    vault.lock()


QUERIES = [
    IncidentQuery(),
    IncidentQuery(search="he"),
    IncidentQuery(search="blue coat"),
    IncidentQuery(search="zebra"),  # only in an addendum
    IncidentQuery(search="ellison"),  # only in the person's name
    IncidentQuery(search="nothingmatches"),
    IncidentQuery(search="!!"),  # no usable words
    IncidentQuery(behaviour="ST5", person="Dan Roe"),
    IncidentQuery(
        search="car",
        date_from=datetime(2023, 1, 10).astimezone(),
        date_to=datetime(2023, 2, 1).astimezone(),
    ),
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("page", [1, 7, 200])
def test_pages_add_up_to_the_whole_listing(diary: Diary, query: IncidentQuery, page: int) -> None:
    whole = diary.list_incidents(
        search=query.search,
        date_from=query.date_from,
        date_to=query.date_to,
        behaviour=query.behaviour,
        person=query.person,
    )
    paged: list[str] = []
    while True:
        rows = diary.incident_page(query, offset=len(paged), limit=page)
        paged += [r.number for r in rows]
        if len(rows) < page:
            break
    assert paged == [r.number for r in reversed(whole)]
    assert diary.count_matching(query) == len(whole)


def test_a_search_finds_addenda_and_people_as_before(diary: Diary) -> None:
    assert [r.number for r in diary.incident_page(IncidentQuery(search="zebra"))] == ["INC-0007"]
    by_name = diary.count_matching(IncidentQuery(search="ellison"))
    assert 0 < by_name == diary.count_matching(IncidentQuery(person="Mark Ellison"))
    assert diary.matching_incidents("zebra") == {"INC-0007"}


def test_the_oldest_entry_alone_is_the_first_of_the_whole_listing(
    diary: Diary, tmp_path: Path
) -> None:
    """The export wizard starts its period on `list_incidents(limit=1)`: the same entry the
    whole listing starts with, ties on the time included, and one written later but older."""
    assert [r.number for r in diary.list_incidents(limit=1)] == [
        r.number for r in diary.list_incidents()[:1]
    ]
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    later = Diary(vault)
    assert later.list_incidents(limit=1) == []
    for day in (5, 9, 2, 2):  # INC-0003 and INC-0004 on the same morning, both written later
        later.add_incident(
            IncidentInput(
                occurred_start=datetime(2024, 4, day, 8, 0).astimezone(),
                description=f"He was there on the {day}th",
            )
        )
    first = later.list_incidents(limit=1)
    assert [r.number for r in first] == ["INC-0003"] == [later.list_incidents()[0].number]
    assert first[0].occurred_start == datetime(2024, 4, 2, 8, 0).astimezone()
    vault.lock()


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_every_sort_pages_stably(diary: Diary, sort: str) -> None:
    query = IncidentQuery(search="he")
    whole = [r.number for r in diary.incident_page(query, sort=sort, limit=None)]
    paged: list[str] = []
    for offset in range(0, len(whole) + 30, 30):
        paged += [r.number for r in diary.incident_page(query, sort=sort, offset=offset, limit=30)]
    assert paged == whole and len(set(whole)) == len(whole)
    ascending = [
        r.number for r in diary.incident_page(query, sort=sort, newest_first=False, limit=None)
    ]
    assert ascending == list(reversed(whole))


@pytest.mark.parametrize("few", [0, 10**9])
@pytest.mark.parametrize("words", ["blue coat", "m2999", "he", "parcel bus"])
def test_both_ways_of_finding_a_page_of_messages_agree(
    diary: Diary, monkeypatch: pytest.MonkeyPatch, few: int, words: str
) -> None:
    whole = [m.id for m in diary.list_messages(search=words)]
    monkeypatch.setattr(message_records, "FEW_MATCHES", few)
    for offset in (0, 100, len(whole) - 5):
        page = [m.id for m in diary.list_messages(search=words, offset=max(offset, 0), limit=100)]
        assert page == whole[max(offset, 0) : max(offset, 0) + 100]
