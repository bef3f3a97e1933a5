"""Orders, conditions and breaches, risk answers, the statement's revisions, changes to daily life,
attachments and facts about people, over a real encrypted vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from diary.errors import BadInput, NotFound
from diary.records import IncidentInput, PersonInput, ReportMade
from diary.records.court_types import (
    RISK_TOPICS,
    ConditionInput,
    FactSource,
    LifeChangeInput,
    OrderInput,
    StatementInput,
    StatementParagraph,
    fact_key,
)
from diary.records.risk import IncidentFacts, busy_weeks, suggest
from diary.records.service import Diary
from diary.vault import Vault

UTC = UTC


def at(day: int, month: int = 3, hour: int = 21) -> datetime:
    return datetime(2024, month, day, hour, 30, tzinfo=UTC)


def an_order(**changes: object) -> OrderInput:
    order = OrderInput(
        kind="non-molestation",
        status="in-force",
        court="Family Court at Leeds",
        made=date(2024, 2, 1),
        served=date(2024, 2, 3),
        expires=date(2025, 2, 1),
        reference="LS24F00123",
        against="Mark Ellison",
        conditions=[
            ConditionInput("Not to contact the applicant by any means", "prohibition"),
            ConditionInput("Not to come within 100 metres of 12 Elm Road", "prohibition"),
        ],
    )
    for name, value in changes.items():
        setattr(order, name, value)
    return order


def test_an_order_and_its_conditions_get_references_that_are_never_reused(vault: Vault) -> None:
    diary = Diary(vault)
    order = diary.add_order(an_order())
    assert order.ref == "ORD-1"
    assert [c.ref for c in order.conditions] == ["ORD-1/1", "ORD-1/2"]
    assert order.against == "Mark Ellison"
    assert diary.find_person("mark ellison") is not None
    second = diary.add_order(an_order(kind="spo", conditions=[]))
    assert second.ref == "ORD-2"
    assert [o.ref for o in diary.list_orders()] == ["ORD-1", "ORD-2"]
    assert [o.ref for o in diary.list_orders(status="in-force")] == ["ORD-1", "ORD-2"]
    kinds = [e.kind for e in diary.audit_events()]
    assert kinds.count("order added") == 2
    assert diary.audit_problems() == []


def test_editing_an_order_keeps_every_revision(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_order(an_order())
    changed = an_order(court="Family Court at Bradford")
    changed.conditions.append(ConditionInput("Not to post about the applicant online"))
    edited = diary.edit_order("ord-1", changed)
    assert edited.revision_count == 2
    assert edited.court == "Family Court at Bradford"
    assert [c.ref for c in edited.conditions][-1] == "ORD-1/3"
    # Saving the same again adds no revision.
    assert diary.edit_order("ORD-1", changed).revision_count == 2
    revisions = diary.order_revisions("ORD-1")
    assert [r[2].court for r in revisions] == ["Family Court at Leeds", "Family Court at Bradford"]
    ended = diary.end_order("ORD-1", date(2024, 6, 1))
    assert ended.status == "ended" and ended.ended == date(2024, 6, 1)
    assert ended.revision_count == 3


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"kind": "ASBO"}, "not a kind of order"),
        ({"status": "maybe"}, "status"),
        ({"made": None, "served": None}, "needs the date it was made"),
        ({"expires": date(2023, 1, 1)}, "before the date it was made"),
        ({"status": "ended"}, "needs the date it ended"),
        ({"made": date.today() + timedelta(days=30)}, "date it was made is in the future"),
        ({"served": date.today() + timedelta(days=30)}, "date it was served is in the future"),
        ({"conditions": [ConditionInput("  ")]}, "needs its words"),
    ],
)
def test_a_wrong_order_is_refused_and_nothing_is_saved(
    vault: Vault, changes: dict[str, object], words: str
) -> None:
    diary = Diary(vault)
    with pytest.raises(BadInput, match=words):
        diary.add_order(an_order(**changes))
    assert diary.list_orders() == []


def test_an_order_asked_for_needs_no_dates_and_links_incidents_that_show_why(
    vault: Vault,
) -> None:
    diary = Diary(vault)
    first = diary.add_incident(IncidentInput(occurred_start=at(1), description="He came round"))
    asked = diary.add_order(
        OrderInput(
            kind="spo",
            status="asked-for",
            conditions=[ConditionInput("Not to come to my street", reasons=[first.number.lower()])],
        )
    )
    assert asked.conditions[0].reasons == (first.number,)
    assert diary.condition_choices() == []  # an order asked for cannot be broken
    with pytest.raises(NotFound):
        diary.add_order(
            OrderInput(
                kind="spo",
                status="asked-for",
                conditions=[ConditionInput("x", reasons=["INC-0099"])],
            )
        )


def test_a_breach_links_an_incident_to_a_condition_with_its_evidence(
    vault: Vault, tmp_path: Path
) -> None:
    diary = Diary(vault)
    diary.add_order(an_order())
    incident = diary.add_incident(
        IncidentInput(
            occurred_start=at(5),
            description="He stood at my gate",
            breaches=["ord-1 / 2", "ORD-1/2", "ORD-1/1"],
            reports=[ReportMade("Police", "2024-03-05", "CAD 4411", "PC Khan")],
        )
    )
    assert incident.breaches == ["ORD-1/2", "ORD-1/1"]
    photo = tmp_path / "gate.jpg"
    photo.write_bytes(b"\xff\xd8not really a jpeg")
    diary.attach_file(photo, incident.number)
    order = diary.get_order("ORD-1")
    breach = order.conditions[1].breaches[0]
    assert breach.incident == incident.number
    assert breach.exhibits == ("JS1",)
    assert breach.police_references == ("Police CAD 4411",)
    assert diary.breach_count() == 1
    # An edit that leaves the breach keeps it; one that removes it removes the link.
    base = diary.get_incident(incident.number).incident
    base.description = "He stood at my gate for ten minutes"
    diary.edit_incident(incident.number, base)
    assert diary.get_order("ORD-1").conditions[1].breaches
    base.breaches = []
    diary.edit_incident(incident.number, base)
    assert diary.get_order("ORD-1").conditions[1].breaches == ()
    # The first revision still says what was first saved.
    assert diary.get_incident(incident.number).revisions[0].data.breaches == ["ORD-1/2", "ORD-1/1"]


def test_a_breach_of_a_condition_that_does_not_exist_saves_nothing(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_order(an_order())
    with pytest.raises(NotFound, match="ORD-1/9"):
        diary.add_incident(IncidentInput(occurred_start=at(5), breaches=["ORD-1/9"]))
    with pytest.raises(BadInput, match="ORD-1/2"):
        diary.add_incident(IncidentInput(occurred_start=at(5), breaches=["order one"]))
    assert diary.count_incidents() == 0


def test_a_condition_with_a_breach_cannot_be_taken_off_its_order(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_order(an_order())
    diary.add_incident(IncidentInput(occurred_start=at(5), breaches=["ORD-1/2"]))
    shorter = an_order(conditions=[ConditionInput("Not to contact the applicant")])
    with pytest.raises(BadInput, match="ORD-1/2 has breaches"):
        diary.edit_order("ORD-1", shorter)
    assert len(diary.get_order("ORD-1").conditions) == 2
    with pytest.raises(BadInput, match="asked for"):
        diary.edit_order("ORD-1", an_order(status="asked-for"))


def test_the_editor_is_offered_the_conditions_in_force_on_the_day(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_order(an_order())  # served 3 Feb 2024, ends 1 Feb 2025
    diary.add_order(
        an_order(
            kind="bail",
            made=date(2024, 4, 1),
            served=None,
            expires=None,
            conditions=[ConditionInput("To live at 4 Hill Street")],
        )
    )
    assert diary.condition_choices(date(2024, 2, 2)) == []  # made, but not yet served
    assert [c.ref for c in diary.condition_choices(date(2024, 3, 1))] == ["ORD-1/1", "ORD-1/2"]
    assert [c.ref for c in diary.condition_choices(date(2024, 5, 1))] == [
        "ORD-1/1",
        "ORD-1/2",
        "ORD-2/1",
    ]
    assert [c.ref for c in diary.condition_choices(date(2025, 3, 1))] == ["ORD-2/1"]
    diary.end_order("ORD-2", date(2024, 6, 1))
    assert diary.condition_choices(date(2025, 3, 1)) == []
    assert len(diary.condition_choices()) == 3


def test_old_revisions_without_breaches_read_back_unchanged(vault: Vault) -> None:
    diary = Diary(vault)
    incident = diary.add_incident(IncidentInput(occurred_start=at(1), description="x"))
    # A revision saved before breaches existed has no such key; resaving the same is no change.
    from sqlalchemy import text

    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE incident_revisions SET data = json_remove(data, '$.breaches')"))
    again = diary.get_incident(incident.number).incident
    assert again.breaches == []
    base = IncidentInput(**{k: getattr(again, k) for k in IncidentInput.__dataclass_fields__})
    assert diary.edit_incident(incident.number, base).revision_count == 1


# -- risk ----------------------------------------------------------------------------------------


def test_every_risk_topic_is_listed_unanswered_until_answered(vault: Vault) -> None:
    diary = Diary(vault)
    answers = diary.risk_answers()
    assert [a.topic.key for a in answers] == [t.key for t in RISK_TOPICS]
    assert len(answers) == 11
    assert all(a.answer == "" and a.answer_label == "Not said" for a in answers)
    incident = diary.add_incident(IncidentInput(occurred_start=at(1), behaviours=["ST6"]))
    answer = diary.set_risk_answer(
        "property", "Yes", note="He let my tyres down", incidents=[incident.number]
    )
    assert (answer.answer, answer.note, answer.incidents) == (
        "yes",
        "He let my tyres down",
        (incident.number,),
    )
    assert answer.suggestion is not None and answer.suggestion.incidents == (incident.number,)
    # A later answer without a note keeps the note.
    assert diary.set_risk_answer("property", "not sure").note == "He let my tyres down"
    assert [e.kind for e in diary.audit_events()].count("risk answer") == 2


def test_saving_a_risk_answer_without_reading_it_back_saves_the_same(tmp_path: Path) -> None:
    """save_risk_answer (what the app calls, reading every answer next) keeps exactly what
    set_risk_answer keeps, and says which topic it was; set_risk_answer answers as before."""
    answers = []
    for n, saver in enumerate(("set_risk_answer", "save_risk_answer")):
        vault, _key = Vault.create(
            tmp_path / f"vault{n}", "pass phrase here", initials="JS", insecure_fast_kdf=True
        )
        diary = Diary(vault)
        incident = diary.add_incident(IncidentInput(occurred_start=at(1), behaviours=["ST6"]))
        said = getattr(diary, saver)("Property", "Yes", "He let my tyres down", [incident.number])
        if saver == "save_risk_answer":
            assert said == "property"
        else:
            assert said == diary.risk_answer("property")
        answers.append([(a.topic, a.answer, a.note, a.incidents, a.suggestion)
                        for a in diary.risk_answers()])  # fmt: skip
        assert [e.kind for e in diary.audit_events()].count("risk answer") == 1
        vault.lock()
    assert answers[0] == answers[1]
    assert ("yes", "He let my tyres down") in [(a[1], a[2]) for a in answers[1]]


@pytest.mark.parametrize(("topic", "answer"), [("score", "yes"), ("fear", "probably")])
def test_a_wrong_risk_answer_is_refused(vault: Vault, topic: str, answer: str) -> None:
    with pytest.raises(BadInput):
        Diary(vault).set_risk_answer(topic, answer)


def test_no_risk_wording_is_a_score_or_a_form() -> None:
    for topic in RISK_TOPICS:
        text = (topic.title + topic.prompt).lower()
        assert "score" not in text and "dash" not in text
        assert not topic.prompt.startswith(
            ("Is ", "Has ", "Does ", "Are ")
        )  # statements, not the form's questions


def test_turning_up_four_times_in_a_week_is_suggested_from_the_dates() -> None:
    visits = [IncidentFacts(f"INC-{n:04d}", at(d), ("OC1",)) for n, d in enumerate((1, 3, 4, 7), 1)]
    assert len(busy_weeks(visits)) == 1
    suggestion = suggest(visits)["turning-up"]
    assert suggestion.incidents == ("INC-0001", "INC-0002", "INC-0003", "INC-0004")
    assert "4 times within seven days" in suggestion.reason
    spread = [IncidentFacts(f"INC-{n:04d}", at(d), ("OC1",)) for n, d in enumerate((1, 3, 4, 8), 1)]
    assert "turning-up" not in suggest(spread)
    assert suggest([]) == {}


def test_suggestions_come_from_what_the_diary_records(vault: Vault) -> None:
    diary = Diary(vault)
    diary.add_incident(IncidentInput(occurred_start=at(1), fear=8, threats="He said he'd hurt me"))
    diary.add_incident(IncidentInput(occurred_start=at(2), behaviours=["OC3"]))
    by_topic = {a.topic.key: a.suggestion for a in diary.risk_answers()}
    assert by_topic["fear"] is not None and by_topic["threats"] is not None
    assert by_topic["violence"] is not None
    assert by_topic["drink-drugs"] is None  # the diary cannot tell this
    assert all(a.answer == "" for a in diary.risk_answers())  # a suggestion is never an answer


# -- statement, life changes, attachments ---------------------------------------------------------


def test_the_statement_keeps_every_revision(vault: Vault) -> None:
    diary = Diary(vault)
    assert diary.statement() is None
    draft = StatementInput(
        witness="Jo Smith",
        made_on=date(2024, 5, 1),
        paragraphs=[StatementParagraph("I am the applicant.", "opening"), StatementParagraph(" ")],
    )
    first = diary.save_statement(draft)
    assert first.revision_no == 1
    assert len(first.data.paragraphs) == 1  # an empty paragraph is not kept
    assert diary.save_statement(draft).revision_no == 1  # unchanged: no new revision
    draft.paragraphs.append(StatementParagraph("He followed me.", "event", ["INC-0001"]))
    second = diary.save_statement(draft)
    assert second.revision_no == 2
    revisions = diary.statement_revisions()
    assert [len(r.data.paragraphs) for r in revisions] == [1, 2]
    assert diary.statement() == second
    assert revisions[0].data.made_on == date(2024, 5, 1)
    with pytest.raises(BadInput):
        diary.save_statement(StatementInput(statement_number=0))


def test_life_changes_are_kept_in_date_order(vault: Vault) -> None:
    diary = Diary(vault)
    later = diary.add_life_change(
        LifeChangeInput(date(2024, 5, 1), "I moved in with my mum", "moved")
    )
    diary.add_life_change(LifeChangeInput(date(2024, 3, 1), "I stopped going to the gym"))
    assert [c.text for c in diary.list_life_changes()] == [
        "I stopped going to the gym",
        "I moved in with my mum",
    ]
    diary.remove_life_change(later.id)
    assert len(diary.list_life_changes()) == 1
    assert "life change removed" in [e.kind for e in diary.audit_events()]
    with pytest.raises(BadInput):
        diary.add_life_change(LifeChangeInput(date(2024, 3, 1), "  "))
    with pytest.raises(BadInput):
        diary.add_life_change(LifeChangeInput(date(2024, 3, 1), "x", "not-an-effect"))


def test_an_exhibit_can_be_marked_as_an_attachment(vault: Vault, tmp_path: Path) -> None:
    diary = Diary(vault)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 a letter")
    exhibit = diary.attach_file(letter)
    marked = diary.mark_attachment(
        exhibit.ref, "police-letter", "Letter from PC Khan", date(2024, 3, 9)
    )
    assert marked.kind_label == "A letter from the police"
    assert [a.exhibit for a in diary.list_attachments()] == [exhibit.ref]
    diary.unmark_attachment(exhibit.ref)
    assert diary.list_attachments() == []
    assert diary.read_exhibit(exhibit.ref) == b"%PDF-1.4 a letter"  # the exhibit itself stays
    with pytest.raises(BadInput):
        diary.mark_attachment(exhibit.ref, "shopping list")


# -- people -------------------------------------------------------------------------------------


def test_each_fact_about_a_person_keeps_how_it_is_known(vault: Vault, tmp_path: Path) -> None:
    diary = Diary(vault)
    photo = tmp_path / "him.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    exhibit = diary.attach_file(photo)
    person = diary.add_person(
        PersonInput(
            name="Mark Ellison",
            aliases=["Marky"],
            relationship="ex-partner",
            role="perpetrator",
            phones=["07700 900123"],
            vehicles=["ab12 cde"],
            addresses=["4 Hill Street, Leeds"],
            photo=exhibit.ref,
            sources={
                fact_key("phones", "07700 900123"): FactSource(),
                fact_key("vehicles", "ab12 cde"): FactSource("his sister"),
                fact_key("relationship"): FactSource(),
                fact_key("phones", "not one of his"): FactSource(),
            },
        )
    )
    assert person.phones == ["+447700900123"]
    assert person.sources == {
        "phones:+447700900123": FactSource(),
        "vehicles:ab12 cde": FactSource("his sister"),
        "relationship:": FactSource(),
    }
    assert person.sources["vehicles:ab12 cde"].label == "told by his sister"
    assert person.photo == exhibit.ref
    assert person.addresses == ["4 Hill Street, Leeds"]
    found = diary.find_person("Marky")
    assert found is not None and found.addresses == ["4 Hill Street, Leeds"]
    assert diary.list_incidents(search="Hill Street") == []  # people are searched for incidents
    person.addresses.append("The Anchor pub")
    edited = diary.edit_person("Mark Ellison", person)
    assert edited.addresses == ["4 Hill Street, Leeds", "The Anchor pub"]
    assert "person revised" in [e.kind for e in diary.audit_events()]
    with pytest.raises(NotFound):
        diary.edit_person("Nobody", person)
    diary.add_person(PersonInput(name="Tom"))
    with pytest.raises(BadInput, match="already"):
        diary.edit_person("Tom", person)
    with pytest.raises(BadInput):
        diary.add_person(PersonInput(name="X", sources={"shoe size:9": FactSource()}))
