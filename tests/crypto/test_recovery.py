"""Recovery keys: format, round trip, tolerance of how people copy them, and typo detection."""

from __future__ import annotations

import random
import re

import pytest

from diary.crypto.recovery import (
    ALPHABET,
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
)
from diary.errors import WrongRecoveryKey

KEY = bytes(random.Random(42).randbytes(32))
TEXT = format_recovery_key(KEY)


def test_shape_is_fourteen_groups_of_four() -> None:
    text = generate_recovery_key()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}", text)


def test_round_trip() -> None:
    assert parse_recovery_key(TEXT) == KEY
    rng = random.Random(1)
    for _ in range(200):
        key = rng.randbytes(32)
        assert parse_recovery_key(format_recovery_key(key)) == key


def test_generated_keys_are_distinct_and_parse() -> None:
    keys = {parse_recovery_key(generate_recovery_key()) for _ in range(50)}
    assert len(keys) == 50


@pytest.mark.parametrize(
    "typed",
    [
        TEXT.lower(),
        TEXT.replace("-", " "),
        TEXT.replace("-", ""),
        "  " + TEXT.replace("-", "\n") + "  ",
        TEXT.replace("0", "O"),
        TEXT.replace("0", "o"),
        TEXT.replace("1", "I"),
        TEXT.replace("1", "l"),
        TEXT.replace("1", "L"),
        TEXT.replace("-", "\u2013"),
    ],
)
def test_tolerates_how_people_copy_it(typed: str) -> None:
    assert parse_recovery_key(typed) == KEY


def test_every_single_character_mistake_is_caught() -> None:
    plain = TEXT.replace("-", "")
    for pos, original in enumerate(plain):
        for wrong in ALPHABET:
            if wrong == original:
                continue
            typo = plain[:pos] + wrong + plain[pos + 1 :]
            with pytest.raises(WrongRecoveryKey):
                parse_recovery_key(typo)


def test_swapped_neighbours_are_caught() -> None:
    plain = TEXT.replace("-", "")
    for pos in range(len(plain) - 1):
        if plain[pos] == plain[pos + 1]:
            continue
        swapped = plain[:pos] + plain[pos + 1] + plain[pos] + plain[pos + 2 :]
        with pytest.raises(WrongRecoveryKey):
            parse_recovery_key(swapped)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (TEXT[:-1], "55"),
        (TEXT + "A", "57"),
        ("", "0"),
        (TEXT[:-1] + "U", "'U'"),
        (TEXT[:-1] + "!", "'!'"),
    ],
)
def test_malformed_keys_get_a_plain_message(typed: str, says: str) -> None:
    with pytest.raises(WrongRecoveryKey) as info:
        parse_recovery_key(typed)
    assert says in info.value.message
    assert "Traceback" not in info.value.message


def test_format_refuses_wrong_length() -> None:
    with pytest.raises(ValueError):
        format_recovery_key(b"short")
