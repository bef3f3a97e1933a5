"""The court copy's scrubber: the person's own numbers however written, places, never their words."""

from __future__ import annotations

import dataclasses

from pack_sample import OWNER_PHONE, SENSITIVE_PLACE, sample_input

from diary.pack.redact import WITHHELD, Scrubber, apply_profile


def test_phone_matched_however_it_is_spaced() -> None:
    scrub = Scrubber([], [OWNER_PHONE])
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
    scrub = Scrubber([SENSITIVE_PLACE], [])
    assert SENSITIVE_PLACE.upper() not in scrub(f"at {SENSITIVE_PLACE.upper()} again")


def test_full_profile_only_removes_private_notes() -> None:
    data = sample_input("full")
    out, withheld = apply_profile(data)
    assert [w.what for w in withheld] == ["Private notes on 1 incident"]
    assert out.incidents[0].location == SENSITIVE_PLACE
    assert out.incidents[0].private_note == ""
    kept, none = apply_profile(dataclasses.replace(data, include_private_notes=True))
    assert none == [] and kept.incidents[0].private_note


def test_court_copy_keeps_their_words_even_when_they_quote_the_address() -> None:
    data = sample_input("court")
    words = f"I know you live at {SENSITIVE_PLACE}"
    first = dataclasses.replace(data.incidents[0], exact_words=words, threats=words)
    out, _ = apply_profile(dataclasses.replace(data, incidents=(first, *data.incidents[1:])))
    assert out.incidents[0].exact_words == words
    assert out.incidents[0].threats == words
    assert SENSITIVE_PLACE not in out.incidents[0].description
    perpetrator = next(p for p in out.people if p.role == "perpetrator")
    assert perpetrator.phones == ("+44 7700 900777",)
    witness = next(p for p in out.people if p.role == "witness")
    assert witness.phones == ()
