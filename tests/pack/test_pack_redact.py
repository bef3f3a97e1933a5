"""The court copy's scrubber: the person's own numbers however written, places, never their words."""

from __future__ import annotations

import dataclasses

from pack_sample import OWNER_PHONE, SENSITIVE_PLACE, sample_input

from diary.pack.redact import WITHHELD, Redactor, apply_profile, place_labels


def test_phone_matched_however_it_is_spaced() -> None:
    scrub = Redactor(phones=(OWNER_PHONE,))
    for written in (
        "07700900123",
        "07700 900 123",
        "(07700) 900-123",
        "07700-900123",
        "+44 7700 900123",
        "+44 (0)7700 900123",
        "0044 7700 900 123",
    ):
        assert scrub(f"call me on {written} now") == f"call me on {WITHHELD} now"
    assert scrub("07700 900777") == "07700 900777"
    assert scrub("ref 9077009001234") == "ref 9077009001234"


def test_places_matched_regardless_of_case() -> None:
    scrub = Redactor(places=(SENSITIVE_PLACE,))
    assert SENSITIVE_PLACE.upper() not in scrub(f"at {SENSITIVE_PLACE.upper()} again")


def test_full_profile_only_removes_private_notes() -> None:
    data = sample_input("full")
    out, withheld = apply_profile(data)
    assert [w.what for w in withheld] == ["Private notes on 1 incident"]
    assert out.incidents[0].location == SENSITIVE_PLACE
    assert out.incidents[0].private_note == ""
    kept, none = apply_profile(dataclasses.replace(data, include_private_notes=True))
    assert none == [] and kept.incidents[0].private_note


def test_their_words_stay_but_the_persons_address_inside_them_goes() -> None:
    data = sample_input("court")
    words = f"I know you live at {SENSITIVE_PLACE}, I'll be waiting"
    first = dataclasses.replace(data.incidents[0], exact_words=words, threats=words)
    out, _ = apply_profile(dataclasses.replace(data, incidents=(first, *data.incidents[1:])))
    assert out.incidents[0].exact_words == f"I know you live at {WITHHELD}, I'll be waiting"
    assert out.incidents[0].threats == out.incidents[0].exact_words
    assert SENSITIVE_PLACE not in out.incidents[0].description
    perpetrator = next(p for p in out.people if p.role == "perpetrator")
    assert perpetrator.phones == ("+44 7700 900777",)
    witness = next(p for p in out.people if p.role == "witness")
    assert witness.phones == ()


ADDRESS = "Flat 2, 14 Acacia Avenue, Leeds LS6 2AB"


def test_an_address_is_found_by_its_parts() -> None:
    scrub = Redactor(addresses=(ADDRESS,))
    for written in (
        "he came to 14 Acacia Avenue again",
        "he came to 14 acacia ave again",
        "he came to 14, Acacia Avenue again",
        "he came to Acacia Avenue again",
        "he came to LS6 2AB again",
        "he came to ls62ab again",
        "he came to Flat 2, 14 Acacia Avenue, Leeds LS6 2AB again",
    ):
        out = scrub(written)
        assert out.startswith("he came to [withheld]") and out.endswith(" again"), out
        assert "acacia" not in out.lower() and "ls6" not in out.lower()
    assert scrub("he drove to Leeds") == "he drove to Leeds"  # a town alone says little


def test_a_common_street_alone_is_left_but_with_its_number_withheld() -> None:
    scrub = Redactor(addresses=("7 High Street, Otley LS21 3AA",))
    assert scrub("shops on High Street") == "shops on High Street"
    assert scrub("came to 7 High St") == f"came to {WITHHELD}"


def test_emails_in_any_case_and_other_details() -> None:
    scrub = Redactor(
        emails=("jane.smith@example.org",),
        other=("AB12 CDE", "St Mary's Primary School", "Lily Smith"),
    )
    assert scrub("mail JANE.Smith@Example.ORG now") == f"mail {WITHHELD} now"
    assert scrub("my car ab12cde was keyed") == f"my car {WITHHELD} was keyed"
    assert scrub("outside st mary's primary school") == f"outside {WITHHELD}"
    assert scrub("he asked lily smith her name") == f"he asked {WITHHELD} her name"


def test_each_different_withheld_place_keeps_its_own_label() -> None:
    data = sample_input("court")
    base = data.incidents[0]
    incidents = tuple(
        dataclasses.replace(
            base,
            number=f"INC-{n:04d}",
            location=place,
            location_kind="home",
            location_sensitive=True,
        )
        for n, place in enumerate(["Mum's house", "My flat", "mum's  house", "The office"], 1)
    )
    labels = place_labels(incidents)
    assert sorted(labels.values()) == [
        "[place withheld 1]",
        "[place withheld 2]",
        "[place withheld 3]",
    ]
    out, withheld = apply_profile(dataclasses.replace(data, incidents=incidents))
    assert [i.location for i in out.incidents] == [
        "[place withheld 1]",
        "[place withheld 2]",
        "[place withheld 1]",
        "[place withheld 3]",
    ]
    assert any("3 different places" in w.what for w in withheld)
