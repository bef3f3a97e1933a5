"""The check code and the history code: one format, read back however a person types it."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary import checkcode


def test_known_value() -> None:
    # 100 bits of SHA-256(32 zero bytes), in Crockford base32, five groups of four.
    digest = hashlib.sha256(bytes(32)).digest()
    number = int.from_bytes(digest, "big") >> 156
    expected = "".join(checkcode.ALPHABET[(number >> (5 * (19 - i))) & 31] for i in range(20))
    code = checkcode.key_check_code(bytes(32))
    assert code.replace("-", "") == expected
    assert [len(g) for g in code.split("-")] == [4, 4, 4, 4, 4]


def test_no_letters_that_are_misread_aloud() -> None:
    for ch in "ILOU":
        assert ch not in checkcode.ALPHABET


def test_history_code_of_a_chain_head() -> None:
    head = hashlib.sha256(b"x").hexdigest()
    assert checkcode.history_code(head) == checkcode._encode(bytes.fromhex(head))
    with pytest.raises(ValueError):
        checkcode.history_code("abcd")


@given(st.binary(min_size=32, max_size=32))
def test_typed_forms_match(key: bytes) -> None:
    code = checkcode.key_check_code(key)
    assert checkcode.matches(code.lower(), code)
    assert checkcode.matches(code.replace("-", " "), code)
    assert checkcode.matches(code.replace("-", "").replace("0", "o").replace("1", "l"), code)


def test_not_a_code() -> None:
    assert checkcode.normalise("hello") is None
    assert checkcode.normalise("SHA256:abcdefgh") is None
    assert not checkcode.matches("", checkcode.key_check_code(bytes(32)))


def test_different_keys_differ() -> None:
    assert checkcode.key_check_code(bytes(32)) != checkcode.key_check_code(b"\x01" + bytes(31))
