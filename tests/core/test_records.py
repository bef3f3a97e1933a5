"""Incidents, revisions, addenda, people, exhibits, messages and search, over a real encrypted vault."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from diary.errors import BadInput, NotFound
from diary.records import IncidentInput, MessageInput, PersonInput, PersonRef, ReportMade
from diary.records.service import Diary
from diary.vault import Vault

WHEN = datetime(2024, 3, 1, 21, 30, tzinfo=timezone(timedelta(hours=0)))


def full_incident() -> IncidentInput:
    return IncidentInput(
        occurred_start=WHEN,
        occurred_end=WHEN + timedelta(minutes=45),
        precision="about",
        written_later=True,
        location="Outside 12 Elm Road",
        location_kind="home",
        location_sensitive=True,
        coordinates=(51.5, -0.12),
        channel="WhatsApp",
        channel_account="+44 7700 900123",
        description="He stood outside my window and shouted.",
        exact_words="You can't hide from me",
        threats="Said he would break the door",
        behaviours=["st5", "OC1", "OC2"],
        perpetrators=[PersonRef("Mark Ellison", "saw")],
        witnesses=[PersonRef("Priya Shah")],
        third_parties="Told my sister",
        fear=9,
        impact=["missed_work", "security"],
        impact_text="I had a chain fitted",
        told_to_stop=True,
        reports=[ReportMade("Police", "2024-03-02", "CAD 1234", "PC Ahmed")],
        order_breached="Non-molestation order",
        order_condition="Not to come within 100 m",
        private_note="I think he has a key",
    )


def test_every_field_survives_a_round_trip(vault: Vault) -> None:
    incident = Diary(vault).add_incident(full_incident())
    again = Diary(vault).get_incident(incident.number).incident
    assert again.number == "INC-0001"
    assert again.behaviours == ["ST5", "OC1", "OC2"]
    assert again.perpetrators == [PersonRef("Mark Ellison", "saw")]
    assert again.reports == [ReportMade("Police", "2024-03-02", "CAD 1234", "PC Ahmed")]
    assert again.coordinates == (51.5, -0.12)
    assert again.occurred_end == WHEN + timedelta(minutes=45)
    assert again.private_note == "I think he has a key"
    assert again.written_at >= again.occurred_start


def test_an_edit_keeps_the_first_text(vault: Vault) -> None:
    first = Diary(vault).add_incident(full_incident())
    changed = full_incident()
    changed.description = "He stood outside my window for an hour and shouted."
    Diary(vault).edit_incident(first.number, changed)
    detail = Diary(vault).get_incident(first.number)
    assert [r.revision_no for r in detail.revisions] == [1, 2]
    assert detail.revisions[0].data.description == "He stood outside my window and shouted."
    assert detail.incident.description.endswith("for an hour and shouted.")
    assert detail.incident.revision_count == 2


def test_saving_without_changes_makes_no_revision(vault: Vault) -> None:
    first = Diary(vault).add_incident(full_incident())
    Diary(vault).edit_incident(first.number, full_incident())
    assert len(Diary(vault).get_incident(first.number).revisions) == 1


def test_addenda_are_dated_and_kept(vault: Vault) -> None:
    number = Diary(vault).add_incident(full_incident()).number
    Diary(vault).add_addendum(number, "My neighbour saw him too.")
    addenda = Diary(vault).get_incident(number).addenda
    assert [a.text for a in addenda] == ["My neighbour saw him too."]
    with pytest.raises(BadInput):
        Diary(vault).add_addendum(number, "   ")


def test_numbers_are_never_reused_after_deletion(vault: Vault) -> None:
    one = Diary(vault).add_incident(full_incident()).number
    two = Diary(vault).add_incident(full_incident()).number
    Diary(vault).delete_incident(two)
    three = Diary(vault).add_incident(full_incident()).number
    assert (one, two, three) == ("INC-0001", "INC-0002", "INC-0003")
    with pytest.raises(NotFound):
        Diary(vault).get_incident(two)
    kinds = [(e.kind, e.subject) for e in Diary(vault).audit_events()]
    assert ("deleted", "INC-0002") in kinds
    assert Diary(vault).list_incidents(search="window") != []
    assert two not in [s.number for s in Diary(vault).list_incidents(search="window")]


def test_bad_input_is_refused_with_a_plain_sentence(vault: Vault) -> None:
    bad = full_incident()
    bad.behaviours = ["XX9"]
    with pytest.raises(BadInput, match="not a behaviour"):
        Diary(vault).add_incident(bad)
    bad = full_incident()
    bad.occurred_end = WHEN - timedelta(hours=1)
    with pytest.raises(BadInput, match="before the start"):
        Diary(vault).add_incident(bad)
    bad = full_incident()
    bad.fear = 11
    with pytest.raises(BadInput):
        Diary(vault).add_incident(bad)
    assert Diary(vault).count_incidents() == 0


def test_search_covers_incidents_addenda_people_and_messages(vault: Vault) -> None:
    number = Diary(vault).add_incident(full_incident()).number
    Diary(vault).add_addendum(number, "The blue Vauxhall was there again")
    assert [s.number for s in Diary(vault).list_incidents(search="vauxhall")] == [number]
    assert [s.number for s in Diary(vault).list_incidents(search="ellison")] == [number]
    assert [s.number for s in Diary(vault).list_incidents(search="hide")] == [number]
    assert Diary(vault).list_incidents(search="nothing-like-this") == []
    assert Diary(vault).list_incidents(search='"; DROP TABLE incidents; --') == []
    Diary(vault).add_messages(
        [MessageInput("sms", "incoming", WHEN, body="I am outside your work", sender="Mark")]
    )
    assert [m.body for m in Diary(vault).list_messages(search="outside work")] == [
        "I am outside your work"
    ]


def test_search_keeps_incidents_and_messages_apart(vault: Vault) -> None:
    # The kind filter works on the full-text rowid; a word in a message must not bring
    # up an incident, nor a word in an incident a message.
    incident = full_incident()
    incident.description = "The zebra crossing outside the school"
    number = Diary(vault).add_incident(incident).number
    Diary(vault).add_messages(
        [MessageInput("sms", "incoming", WHEN, body="Saw you at the quokka cafe", sender="Mark")]
    )
    assert [s.number for s in Diary(vault).list_incidents(search="zebra")] == [number]
    assert Diary(vault).list_incidents(search="quokka") == []
    assert [m.body for m in Diary(vault).list_messages(search="quokka")] == [
        "Saw you at the quokka cafe"
    ]
    assert Diary(vault).list_messages(search="zebra") == []


def test_filters_by_date_behaviour_and_person(vault: Vault) -> None:
    Diary(vault).add_incident(full_incident())
    later = full_incident()
    later.occurred_start = WHEN + timedelta(days=30)
    later.occurred_end = None
    later.behaviours = ["ST2.2"]
    later.perpetrators = [PersonRef("Someone Else")]
    Diary(vault).add_incident(later)
    assert [s.number for s in Diary(vault).list_incidents(behaviour="ST2")] == ["INC-0002"]
    assert [s.number for s in Diary(vault).list_incidents(behaviour="OC2")] == ["INC-0001"]
    assert [s.number for s in Diary(vault).list_incidents(person="mark ellison")] == ["INC-0001"]
    assert [s.number for s in Diary(vault).list_incidents(date_from=WHEN + timedelta(days=1))] == [
        "INC-0002"
    ]


def test_people_phone_numbers_are_normalised(vault: Vault) -> None:
    person = Diary(vault).add_person(
        PersonInput(
            name="Mark", phones=["07700 900123", "not a number"], emails=[" M@Example.com "]
        )
    )
    assert person.phones == ["+447700900123", "not a number"]
    assert person.emails == ["m@example.com"]
    found = Diary(vault).person_for_identifier("+44 7700 900123")
    assert found is not None and found.name == "Mark"


def test_vehicles_and_handles_are_kept_as_typed(vault: Vault) -> None:
    """A registration written in free text is not upper-cased (that changed what was written)."""
    person = Diary(vault).add_person(
        PersonInput(name="Mark", vehicles=["ab12 cde", "Silver Corsa"], handles=["@Mark.E"])
    )
    assert person.vehicles == ["ab12 cde", "Silver Corsa"]
    assert person.handles == ["@Mark.E"]
    assert Diary(vault).list_people()[0].vehicles == ["ab12 cde", "Silver Corsa"]


def test_exhibits_keep_original_bytes_and_refs_from_initials(vault: Vault, tmp_path: Path) -> None:
    number = Diary(vault).add_incident(full_incident()).number
    original = bytes(range(256)) * 1000
    path = tmp_path / "letter.bin"
    path.write_bytes(original)
    first = Diary(vault).attach_file(path, number, capture_method="photo of a letter")
    second = Diary(vault).attach_file(path)
    assert (first.ref, second.ref) == ("JS1", "JS2")
    assert Diary(vault).read_exhibit("JS1") == original
    import hashlib

    assert first.sha256 == hashlib.sha256(original).hexdigest()
    assert Diary(vault).get_incident(number).exhibits[0].ref == "JS1"
    assert Diary(vault).list_incidents()[0].exhibit_count == 1


def test_photo_metadata_is_read_and_odd_exif_does_not_stop_attach(
    vault: Vault, tmp_path: Path
) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Acme"
    exif[0x0110] = "Phone 3"
    # DateTimeOriginal, when it was taken (DateTime is only when a program last saved it).
    exif[0x8769] = {0x9003: "2024:03:01 21:31:00"}
    gps = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 12.0)}
    exif[0x8825] = gps
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(path, exif=exif)
    exhibit = Diary(vault).attach_file(path)
    assert exhibit.device == "Acme Phone 3"
    assert exhibit.captured_at is not None and exhibit.captured_at.hour == 21
    assert exhibit.captured_place == "51.500000, -0.120000"
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(path.read_bytes()[:200])
    assert Diary(vault).attach_file(broken).captured_at is None


def test_reimporting_messages_adds_nothing_twice(vault: Vault) -> None:
    messages = [
        MessageInput("whatsapp", "incoming", WHEN + timedelta(minutes=i), body=f"m{i}", sender="M")
        for i in range(5)
    ]
    assert Diary(vault).add_messages(messages[:3]) == (3, 0)
    assert Diary(vault).add_messages(messages) == (2, 3)
    assert Diary(vault).count_messages() == 5


def test_audit_chain_fingerprint_changes_with_each_event(vault: Vault) -> None:
    before = Diary(vault).fingerprint()
    Diary(vault).add_incident(full_incident())
    after = Diary(vault).fingerprint()
    assert before != after
    assert len(after) == 19 and after.count("-") == 3
    assert Diary(vault).audit_problems() == []


def test_the_history_head_is_the_newest_events_hash_and_the_count(vault: Vault) -> None:
    diary = Diary(vault)
    for _ in range(3):
        diary.add_incident(full_incident())
    events = diary.audit_events()
    assert diary.history_head() == (events[-1].hash, len(events))
    diary.record_event("export", "pack")
    head, count = diary.history_head()
    assert count == len(events) + 1 and head != events[-1].hash
    assert head == diary.audit_events()[-1].hash


def test_tampering_with_the_audit_chain_is_found(vault: Vault) -> None:
    from sqlalchemy import text

    Diary(vault).add_incident(full_incident())
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET subject = 'INC-9999' WHERE kind = 'created'"))
    assert any("does not match" in p for p in Diary(vault).audit_problems())


def test_drafts_and_settings_live_in_the_vault(vault: Vault) -> None:
    Diary(vault).save_draft("new", {"description": "half written"})
    Diary(vault).set_setting("auto_lock_minutes", 5)
    assert Diary(vault).load_draft("new") == {"description": "half written"}
    assert Diary(vault).get_setting("auto_lock_minutes") == 5
    Diary(vault).clear_draft("new")
    assert Diary(vault).load_draft("new") is None


def test_several_settings_saved_in_one_write_read_back_as_each_alone(vault: Vault) -> None:
    diary = Diary(vault)
    diary.set_setting("quick_add_person", "Mark")
    values = {"quick_add_person": "Dan Roe", "quick_add_breaches": ["order:1"], "x": {"a": 1}}
    diary.set_settings(values)
    assert {key: Diary(vault).get_setting(key) for key in values} == values
    diary.set_settings({})
    assert Diary(vault).get_setting("quick_add_person") == "Dan Roe"


def test_the_time_a_program_last_saved_a_photo_is_not_called_its_capture_time(
    vault: Vault, tmp_path: Path
) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif[0x0132] = "2025:01:01 09:00:00"  # DateTime: written by any editor that saves the file
    path = tmp_path / "edited.jpg"
    Image.new("RGB", (20, 20), "red").save(path, exif=exif)
    assert Diary(vault).attach_file(path).captured_at is None


def test_a_summary_keeps_who_did_it_apart_from_witnesses(vault: Vault) -> None:
    first = full_incident()
    first.perpetrators = [PersonRef("Mark Ellison", "saw"), PersonRef("Dan Ellison")]
    Diary(vault).add_incident(first)
    only_seen = full_incident()
    only_seen.perpetrators = []
    Diary(vault).add_incident(only_seen)
    # Someone who did it in one entry and saw it in another is each in its own place.
    crossed = full_incident()
    crossed.perpetrators = [PersonRef("Priya Shah")]
    crossed.witnesses = [PersonRef("Mark Ellison")]
    Diary(vault).add_incident(crossed)
    summaries = {s.number: s for s in Diary(vault).list_incidents()}
    assert summaries["INC-0001"].people == ("Mark Ellison", "Dan Ellison", "Priya Shah")
    assert summaries["INC-0001"].perpetrators == ("Mark Ellison", "Dan Ellison")
    assert summaries["INC-0002"].people == ("Priya Shah",)
    assert summaries["INC-0002"].perpetrators == ()
    assert summaries["INC-0003"].perpetrators == ("Priya Shah",)


def test_a_damaged_draft_says_so(vault: Vault) -> None:
    from sqlalchemy import text

    from diary.errors import DraftDamaged

    with vault.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO drafts (key, saved_at, data) VALUES ('editor', 'x', '[1, 2')")
        )
    with pytest.raises(DraftDamaged, match="damaged and cannot be read back"):
        Diary(vault).load_draft("editor")
    Diary(vault).clear_draft("editor")
    assert Diary(vault).load_draft("editor") is None


def test_sorting_by_who_goes_by_who_did_it_not_witnesses(vault: Vault) -> None:
    for did_it, saw in (("Zed", "Amy"), ("Bob", ""), ("", "Aaron")):
        entry = full_incident()
        entry.perpetrators = [PersonRef(did_it)] if did_it else []
        entry.witnesses = [PersonRef(saw)] if saw else []
        Diary(vault).add_incident(entry)
    shown = Diary(vault).incident_page(sort="who", newest_first=False)
    # Bob, then Zed; the entry nobody is named as doing comes after (its witness is no "Who").
    assert [s.perpetrators for s in shown] == [("Bob",), ("Zed",), ()]
