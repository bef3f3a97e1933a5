"""The person's own details ("About me"): kept encrypted, checked, and read back as saved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.errors import BadInput
from diary.records.profile import Address, Profile, normalise_postcode, parse_address
from diary.records.service import Diary
from diary.vault import Vault


def test_a_new_diary_has_an_empty_profile(vault: Vault) -> None:
    assert Diary(vault).get_profile().is_empty


def test_profile_is_saved_and_read_back(vault: Vault) -> None:
    saved = Diary(vault).save_profile(
        Profile(
            name="  Jane   Smith ",
            phones=("07700 900999", "+44 20 7946 0000"),
            emails=("Jane.Smith@example.org", "jane.smith@EXAMPLE.org"),
            addresses=(Address("Flat 2, 14 Acacia Avenue, Leeds LS6 2AB"),),
            other=("AB12 CDE", "St Mary's Primary School", ""),
        )
    )
    assert saved.name == "Jane Smith"
    assert saved.emails == ("Jane.Smith@example.org",)  # the same address in another case
    assert saved.other == ("AB12 CDE", "St Mary's Primary School")
    again = Diary(vault).get_profile()
    assert again == saved
    address = again.addresses[0]
    assert (address.house_number, address.street, address.postcode) == (
        "14",
        "Acacia Avenue",
        "LS6 2AB",
    )
    assert address.town == "Leeds"
    assert Diary(vault).audit_events()[-1].kind == "profile changed"
    assert vault.check() == []


def test_update_keeps_the_other_fields(vault: Vault) -> None:
    Diary(vault).save_profile(Profile(name="Jane Smith", phones=("07700 900999",)))
    Diary(vault).update_profile(emails=("jane@example.org",))
    kept = Diary(vault).get_profile()
    assert kept.name == "Jane Smith" and kept.phones == ("07700 900999",)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("phones", ("not a number",), "phone number"),
        ("emails", ("jane at example",), "email address"),
        ("region", "XX", "country code"),
    ],
)
def test_bad_details_are_refused_plainly_and_nothing_changes(
    vault: Vault, field: str, value: object, words: str
) -> None:
    Diary(vault).save_profile(Profile(name="Jane Smith"))
    with pytest.raises(BadInput, match=words):
        Diary(vault).update_profile(**{field: value})
    assert Diary(vault).get_profile() == Profile(name="Jane Smith")


def test_the_profile_is_kept_encrypted(vault: Vault, vault_path: object) -> None:
    from pathlib import Path

    Diary(vault).save_profile(Profile(name="Zebedee Marker", emails=("zebedee@example.org",)))
    vault.lock()
    for path in Path(str(vault_path)).rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"Zebedee" not in raw and b"zebedee" not in raw


@pytest.mark.parametrize(
    ("text", "number", "street", "postcode"),
    [
        ("14 Acacia Avenue, Leeds, LS6 2AB", "14", "Acacia Avenue", "LS6 2AB"),
        ("14a Acacia Avenue LS62AB", "14a", "Acacia Avenue", "LS6 2AB"),
        ("Flat 3, 221B Baker Street, London NW1 6XE", "221B", "Baker Street", "NW1 6XE"),
        ("Rose Cottage, Lower Lane", "", "", ""),
    ],
)
def test_address_parts(text: str, number: str, street: str, postcode: str) -> None:
    address = parse_address(text)
    assert (address.house_number, address.street, address.postcode) == (number, street, postcode)


@given(st.text(max_size=80))
def test_any_address_text_parses_without_error(text: str) -> None:
    address = parse_address(text)
    assert address.postcode == "" or normalise_postcode(address.postcode) == address.postcode
