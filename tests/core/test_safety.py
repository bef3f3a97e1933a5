"""The safety plan and local services, kept in a real vault, and the confirmed helplines file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diary.errors import BadInput, NotFound
from diary.helplines import load_helplines
from diary.records import Diary
from diary.records.safety import SECTIONS
from diary.vault import Vault
from tests.conftest import PASSPHRASE


def test_plan_sections_are_kept_and_reopened(vault: Vault) -> None:
    store = Diary(vault)
    empty = store.safety_plan()
    assert [s.key for s in empty.sections] == [s.key for s in SECTIONS]
    assert empty.is_empty
    assert store.save_safety_section("places", "The library on Mill Road; Priya's flat.")
    assert not store.save_safety_section("places", "The library on Mill Road; Priya's flat.")
    service = store.add_local_service("Northshire Stalking Advocacy", "01234 567890", "Mon-Fri 9-5")
    vault.lock()
    vault.unlock(PASSPHRASE)
    plan = Diary(vault).safety_plan()
    places = next(s for s in plan.sections if s.key == "places")
    assert places.text.startswith("The library") and places.updated_at is not None
    assert [s.name for s in plan.services] == ["Northshire Stalking Advocacy"]
    assert not plan.is_empty
    Diary(vault).remove_local_service(service.id)
    assert Diary(vault).local_services() == []


def test_bad_input_changes_nothing(vault: Vault) -> None:
    store = Diary(vault)
    with pytest.raises(BadInput):
        store.save_safety_section("no such section", "x")
    with pytest.raises(BadInput):
        store.add_local_service("  ", "01234")
    with pytest.raises(NotFound):
        store.remove_local_service(999)
    assert store.safety_plan().is_empty


def test_the_helplines_file_names_a_source_and_date_for_every_number() -> None:
    lines = load_helplines()
    assert lines.emergency.number == "999"
    assert lines.helplines
    for line in [lines.emergency, *lines.helplines]:
        assert line.source.startswith(("https://", "http://")) and line.checked
        assert any(ch.isdigit() for ch in line.number)


def test_a_damaged_helplines_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "h.json"
    bad.write_text(json.dumps({"helplines": []}))
    with pytest.raises(ValueError):
        load_helplines(bad)
