"""What a pack leaves out is always said: incidents not chosen, messages no incident links to
(carried as an appendix when there are few), messages with no known time, spare exhibits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from diary.errors import BadInput, NotFound
from diary.exporting import APPENDIX_DEFAULT_LIMIT, ExportChoices, appendix_offer, collect
from diary.records import IncidentInput, PersonRef
from diary.records.service import Diary
from diary.records.types import MessageInput
from diary.timeutil import now
from diary.vault import Vault


def _diary(vault: Vault) -> Diary:
    diary = Diary(vault)
    when = now() - timedelta(days=10)
    for n in range(3):
        diary.add_incident(
            IncidentInput(
                when + timedelta(days=n), description=f"entry {n}", perpetrators=[PersonRef("Mark")]
            )
        )
    diary.add_messages(
        [
            MessageInput("SMS", "incoming", when + timedelta(hours=k), f"msg {k}", sender="Mark")
            for k in range(3)
        ]
        + [MessageInput("SMS", "incoming", None, "when?", sender="Mark")],  # type: ignore[arg-type]
        person="Mark",
    )
    return diary


def test_everything_not_carried_is_listed(vault: Vault, tmp_path: Path) -> None:
    _diary(vault)
    data = collect(vault, ExportChoices(incidents=("INC-0002",)))
    said = " | ".join(w.what for w in data.withheld)
    assert "2 other incidents" in said
    assert "whose time is not known" in said
    assert len(data.appendix_messages) == 3  # fewer than 500: carried, so not listed as left out
    assert "not linked to any incident" not in said
    data = collect(vault, ExportChoices(incidents=("INC-0002",), include_unlinked=False))
    assert "3 messages from Mark not linked to any incident" in " | ".join(
        w.what for w in data.withheld
    )
    assert data.appendix_messages == ()


def test_why_messages_are_left_out_is_true(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The person chose" only when they did; left out by the limit, the limit is said."""
    import diary.exporting

    _diary(vault)
    chosen = collect(vault, ExportChoices(include_unlinked=False))
    why = next(w.why for w in chosen.withheld if "not linked" in w.what)
    assert why.startswith("The person chose not to add them")
    monkeypatch.setattr(diary.exporting, "APPENDIX_DEFAULT_LIMIT", 3)
    by_default = collect(vault, ExportChoices())
    why = next(w.why for w in by_default.withheld if "not linked" in w.what)
    assert "chose" not in why
    assert why.startswith("There are 3 or more, too many for an appendix")


def test_messages_filed_under_other_people_are_counted_too(vault: Vault) -> None:
    """Messages no incident links to from someone the pack does not name as doing this (a chat
    with a sister, a second account not yet put to a person) are not in the appendix, and the
    pack says so: "nothing left out" must be true."""
    diary = _diary(vault)
    when = now() - timedelta(days=20)
    diary.add_messages(
        [
            MessageInput("SMS", "incoming", when, "are you ok?", sender="Sis"),
            MessageInput("SMS", "incoming", when + timedelta(days=1), "call me", sender="Sis"),
        ],
        person="Sis",
    )
    data = collect(vault, ExportChoices())
    said = " | ".join(w.what for w in data.withheld)
    assert "2 other messages not linked to any incident (from " in said
    assert len(data.appendix_messages) == 3  # Mark's; his timeless one is counted on its own
    assert not any(m.sender == "Sis" for m in data.appendix_messages)


def test_nothing_is_said_to_be_left_out_only_when_nothing_is(vault: Vault, tmp_path: Path) -> None:
    import zipfile

    from diary.exporting import export

    diary = Diary(vault)
    number = diary.add_incident(
        IncidentInput(now() - timedelta(days=2), description="He was outside")
    ).number
    assert collect(vault, ExportChoices()).withheld == ()
    export(vault, tmp_path / "all.zip", ExportChoices())
    with zipfile.ZipFile(tmp_path / "all.zip") as zf:
        assert "Nothing was left out of this copy." in zf.read("README.txt").decode()
    diary.add_messages(
        [MessageInput("SMS", "incoming", now() - timedelta(days=3), "hi", sender="Someone")],
        person="Someone",
    )
    other = diary.add_incident(IncidentInput(now() - timedelta(days=1), description="Again"))
    data = collect(vault, ExportChoices(incidents=(number,)))
    said = " | ".join(w.what for w in data.withheld)
    assert "1 other incident" in said and "1 other message not linked" in said
    assert other.number not in [i.number for i in data.incidents]
    export(vault, tmp_path / "some.zip", ExportChoices(incidents=(number,)))
    with zipfile.ZipFile(tmp_path / "some.zip") as zf:
        readme = zf.read("README.txt").decode()
    assert "Nothing was left out" not in readme and "1 other message not linked" in readme


def test_the_appendix_offer_counts_as_the_export_does_and_follows_the_rule(vault: Vault) -> None:
    """What the app shows before the person decides: how many messages, from whom, and the
    rule's answer (added below 500, left out at 500 or more), the same as collect() applies."""
    diary = _diary(vault)
    offer = appendix_offer(vault, ExportChoices())
    assert (offer.count, offer.people, offer.by_default) == (3, ("Mark",), True)  # not the timeless
    assert len(collect(vault, ExportChoices()).appendix_messages) == offer.count

    # An entry that names no one offers nothing.
    lone = diary.add_incident(IncidentInput(now() - timedelta(days=30), description="A call"))
    assert appendix_offer(vault, ExportChoices(incidents=(lone.number,))).count == 0
    with pytest.raises(NotFound):
        appendix_offer(vault, ExportChoices(incidents=("INC-0999",)))

    # The limit itself, with real messages: one short of it is added, at it is left out.
    first = now() - timedelta(days=9)
    diary.add_messages(
        [
            MessageInput(
                "SMS", "incoming", first + timedelta(minutes=k), f"more {k}", sender="Mark"
            )
            for k in range(APPENDIX_DEFAULT_LIMIT - 4)
        ],
        person="Mark",
    )
    offer = appendix_offer(vault, ExportChoices())
    assert (offer.count, offer.by_default) == (APPENDIX_DEFAULT_LIMIT - 1, True)
    assert len(collect(vault, ExportChoices()).appendix_messages) == APPENDIX_DEFAULT_LIMIT - 1
    diary.add_messages(
        [MessageInput("SMS", "incoming", first - timedelta(days=1), "one more", sender="Mark")],
        person="Mark",
    )
    offer = appendix_offer(vault, ExportChoices())
    assert (offer.count, offer.by_default) == (APPENDIX_DEFAULT_LIMIT, False)
    by_rule = collect(vault, ExportChoices())
    assert by_rule.appendix_messages == ()
    assert any(f"{APPENDIX_DEFAULT_LIMIT} messages from Mark" in w.what for w in by_rule.withheld)
    asked = collect(vault, ExportChoices(include_unlinked=True))
    assert len(asked.appendix_messages) == APPENDIX_DEFAULT_LIMIT


def test_who_did_the_chosen_entries_is_read_in_one_pass_as_each_entry_says(vault: Vault) -> None:
    """The appendix offer reads who did each chosen entry in one pass (perpetrator_names), not
    entry by entry: the same names get_incident gives, from each entry's latest revision."""
    diary = _diary(vault)
    when = now() - timedelta(days=20)
    diary.add_incident(
        IncidentInput(when, description="Two of them", perpetrators=[PersonRef("Dan Roe")])
    )
    diary.edit_incident(  # changed later: only the latest revision counts
        "INC-0004",
        IncidentInput(
            when,
            description="Two of them",
            perpetrators=[PersonRef("Dan Roe"), PersonRef("Kay Bright")],
            witnesses=[PersonRef("Ann Lee")],  # saw it; did not do it
        ),
    )
    diary.edit_incident(
        "INC-0001", IncidentInput(now() - timedelta(days=10), description="entry 0, no one")
    )
    diary.add_incident(IncidentInput(when, description="A call"))
    numbers = [s.number for s in diary.list_incidents()]
    one_by_one = {p.name for n in numbers for p in diary.get_incident(n).incident.perpetrators}
    assert one_by_one == {"Mark", "Dan Roe", "Kay Bright"}
    assert diary.perpetrator_names(numbers) == one_by_one
    assert diary.perpetrator_names(["inc-0004 ", "INC-0004"]) == {"Dan Roe", "Kay Bright"}
    assert diary.perpetrator_names(["INC-0001", "INC-0005"]) == set()
    assert diary.perpetrator_names([]) == set()
    assert appendix_offer(vault, ExportChoices()).people == ("Dan Roe", "Kay Bright", "Mark")
    with pytest.raises(NotFound):
        diary.perpetrator_names(["INC-0002", "INC-0999"])
    with pytest.raises(BadInput):
        diary.perpetrator_names(["  "])
