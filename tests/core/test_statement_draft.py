"""The first draft of the statement: first person, date order, exhibits referred to by their
marks, breaches and reports named, an effect paragraph, and a long diary kept readable."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from diary.records import (
    IncidentInput,
    IncidentWithExhibits,
    PersonInput,
    PersonRef,
    ReportMade,
)
from diary.records.court_types import ConditionInput, LifeChangeInput, OrderInput
from diary.records.service import Diary
from diary.statement import (
    OWN_PARAGRAPHS,
    current_statement,
    draft_from_diary,
    draft_statement,
    exhibits_referred_to,
    ordinal,
)
from diary.vault import Vault

UTC = UTC


def test_a_draft_reads_in_date_order_and_refers_to_exhibits(vault: Vault, tmp_path: Path) -> None:
    diary = Diary(vault)
    diary.add_person(
        PersonInput(name="Mark Ellison", relationship="ex-partner", role="perpetrator")
    )
    diary.add_order(
        OrderInput(
            kind="non-molestation",
            made=date(2024, 2, 1),
            conditions=[ConditionInput("Not to come within 100 metres of my home")],
        )
    )
    later = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 9, 8, 0, tzinfo=UTC),
            precision="about",
            location="Outside my flat",
            description="He was waiting by my car",
            exact_words="You can't hide",
            perpetrators=[PersonRef("Mark Ellison", "saw")],
            breaches=["ORD-1/1"],
            reports=[ReportMade("Police", reference="CAD 77")],
            impact=["security"],
            fear=9,
        )
    )
    diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 1, 21, 30, tzinfo=UTC),
            precision="day",
            description="He sent twenty messages.",
            perpetrators=[PersonRef("Mark Ellison")],
        )
    )
    photo = tmp_path / "car.jpg"
    photo.write_bytes(b"\xff\xd8 jpeg-ish")
    exhibit = diary.attach_file(photo, later.number)
    diary.add_life_change(LifeChangeInput(date(2024, 4, 2), "I moved in with my mum"))

    draft = draft_from_diary(diary, witness="Jo Smith")
    texts = [p.text for p in draft.paragraphs]
    assert draft.witness == "Jo Smith" and draft.party == "Applicant"
    assert texts[0].startswith("My name is Jo Smith. I am the applicant in this case.")
    assert texts[1].startswith("I make this statement about what Mark Ellison has done to me.")
    assert texts[2] == "Mark Ellison is my ex-partner."
    assert texts[3] == "On Friday 1 March 2024: He sent twenty messages."
    event = texts[4]
    assert event.startswith("On Saturday 9 March 2024 at about 08:00 (Outside my flat): ")
    assert "Mark Ellison said: “You can't hide”" in event
    assert "condition 1 of the non-molestation order made on 1 February 2024 (ORD-1/1)" in event
    assert "I reported this to Police (reference CAD 77)." in event
    assert f"I refer to the photograph marked {exhibit.ref}." in event
    effect = draft.paragraphs[-1]
    assert effect.kind == "effect"
    assert "fitted extra security (first in March 2024)" in effect.text
    assert "On 2 April 2024: I moved in with my mum." in effect.text
    assert "up to 9 out of 10" in effect.text
    assert exhibits_referred_to(draft) == [exhibit.ref]
    # Until the person saves one, the current statement is a fresh draft; then it is theirs.
    assert current_statement(diary, "Jo Smith").paragraphs == draft.paragraphs
    assert draft.respondent == "Mark Ellison"
    draft.paragraphs[0].text = "My own words."
    diary.save_statement(draft)
    assert current_statement(diary).paragraphs[0].text == "My own words."


def test_a_long_diary_keeps_the_incidents_that_matter_and_counts_the_rest(vault: Vault) -> None:
    diary = Diary(vault)
    start = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    items = [
        IncidentInput(
            occurred_start=start + timedelta(days=n),
            description=f"Message {n}",
            behaviours=["ST2.2"] if n % 10 else ["OC3"],
        )
        for n in range(120)
    ]
    diary.add_incidents(items)
    draft = draft_from_diary(diary)
    events = [p for p in draft.paragraphs if p.kind == "event"]
    own = [p for p in events if len(p.incidents) == 1 and p.text.startswith("On ")]
    assert len(own) <= OWN_PARAGRAPHS
    # Every incident is in exactly one paragraph, and the violent ones have their own.
    covered = [n for p in events for n in p.incidents]
    assert sorted(covered) == sorted(s.number for s in diary.list_incidents())
    violent = {s.number for s in diary.list_incidents(behaviour="OC3")}
    assert violent <= {p.incidents[0] for p in own}
    assert any("my diary records" in p.text and "texts or messaging apps" in p.text for p in events)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
    ]  # fmt: skip


def test_the_draft_reads_the_diary_in_one_pass_and_says_what_reading_each_entry_said(
    vault: Vault,
) -> None:
    """draft_from_diary reads every incident with its exhibits in a few queries
    (incidents_with_exhibits); that must give exactly what get_incident, entry by entry, gives,
    and so the same draft: edits (the latest revision wins), addenda and messages left out,
    one file kept for two entries, a file made from another, an entry with no file, a breach."""
    diary = Diary(vault)
    diary.add_order(
        OrderInput(
            kind="non-molestation",
            made=date(2024, 4, 1),
            conditions=[ConditionInput("Not to contact me")],
        )
    )
    start = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    numbers = diary.add_incidents(
        [
            IncidentInput(
                occurred_start=start + timedelta(days=n),
                description=f"Entry {n}",
                perpetrators=[PersonRef("Mark Ellison")],
                breaches=["ORD-1/1"] if n == 2 else [],
                fear=n,
            )
            for n in (3, 0, 2, 1)  # written out of order: the draft goes by when it happened
        ]
    )
    first = diary.get_incident(numbers[0]).incident
    edited = IncidentInput(**{k: getattr(first, k) for k in IncidentInput.__dataclass_fields__})
    edited.description = "Entry 3, as I remember it now"
    diary.edit_incident(numbers[0], edited)
    diary.add_addendum(numbers[1], "I found out later it was him.")
    shot = diary.attach_stream("shot.png", io.BytesIO(b"\x89PNG one"), incident=numbers[1])
    diary.link_exhibits(numbers[2], [shot.ref])
    diary.attach_stream(
        "crop.png", io.BytesIO(b"\x89PNG two"), incident=numbers[2], derived_from=shot.ref
    )
    diary.attach_stream("loose.pdf", io.BytesIO(b"%PDF nothing linked"))

    one_by_one = [diary.get_incident(s.number) for s in diary.list_incidents()]
    in_one_pass = diary.incidents_with_exhibits()
    assert in_one_pass == [IncidentWithExhibits(d.incident, d.exhibits) for d in one_by_one]
    assert [len(i.exhibits) for i in in_one_pass] == [1, 0, 2, 0]
    assert in_one_pass[2].exhibits[1].derived_from == shot.ref
    assert in_one_pass[-1].incident.revision_count == 2
    old_draft = draft_statement(
        one_by_one,
        people=diary.list_people(),
        orders=diary.list_orders(),
        changes=diary.list_life_changes(),
        witness="Jo Smith",
    )
    assert draft_from_diary(diary, "Jo Smith") == old_draft
    assert any("ORD-1/1" in p.text for p in old_draft.paragraphs)


def test_orders_without_breaches_are_the_orders_less_their_breaches(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_order(
        OrderInput(
            kind="non-molestation", made=date(2024, 4, 1), conditions=[ConditionInput("Not to")]
        )
    )
    diary.add_incident(
        IncidentInput(occurred_start=datetime(2024, 5, 1, 9, 0, tzinfo=UTC), breaches=["ORD-1/1"])
    )
    full = diary.list_orders()
    light = diary.list_orders(breaches=False)
    assert len(full[0].conditions[0].breaches) == 1
    assert light[0].conditions[0].breaches == ()
    assert [replace(o, conditions=tuple(replace(c, breaches=()) for c in o.conditions))
            for o in full] == light  # fmt: skip
