"""Recovery keys: 256 random bits written as 14 groups of 4 Crockford base32 characters.

The last 24 bits are a checksum, so a mistyped character is caught before any unlock is tried.
"""

from __future__ import annotations

import hashlib
import secrets

from diary.errors import WrongRecoveryKey

KEY_BYTES = 32
CHECKSUM_BYTES = 3
# 35 bytes = 280 bits = exactly 56 five-bit characters, so there are no padding bits to get wrong.
TEXT_LENGTH = (KEY_BYTES + CHECKSUM_BYTES) * 8 // 5
GROUP = 4

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's decoding rules: letters that look like digits are read as those digits.
_VALUES.update({"O": 0, "I": 1, "L": 1})
_IGNORED = {"-", " ", "\t", "\n", "\r", "\u00a0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"}


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"daybook recovery key v1\x00" + key).digest()[:CHECKSUM_BYTES]


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in range(TEXT_LENGTH)]
    return "".join(reversed(chars))


def format_recovery_key(key: bytes) -> str:
    """Show the 32-byte `key` (plus checksum) as dash-separated groups for writing down."""
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 32 bytes")
    text = _encode(key + _checksum(key))
    return "-".join(text[i : i + GROUP] for i in range(0, TEXT_LENGTH, GROUP))


def generate_recovery_key() -> str:
    """A new random recovery key, already formatted for showing once to the person."""
    return format_recovery_key(secrets.token_bytes(KEY_BYTES))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as a person typed it back; returns the 32 key bytes.

    Ignores spaces, dashes and case, and reads O as 0 and I or L as 1. Raises
    WrongRecoveryKey with a plain message if it is the wrong length, has a character
    that cannot be in a key, or its checksum does not match.
    """
    cleaned = [ch for ch in text.upper() if ch not in _IGNORED]
    for ch in cleaned:
        if ch not in _VALUES:
            raise WrongRecoveryKey(
                f"The recovery key cannot contain '{ch}'. It uses only the digits 0-9 and "
                "the letters A-Z except I, L, O and U. Please check it and try again."
            )
    if len(cleaned) != TEXT_LENGTH:
        raise WrongRecoveryKey(
            f"A recovery key has {TEXT_LENGTH} letters and digits in {TEXT_LENGTH // GROUP} "
            f"groups of {GROUP}; this one has {len(cleaned)}. Please check it and try again."
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | _VALUES[ch]
    data = number.to_bytes(KEY_BYTES + CHECKSUM_BYTES, "big")
    key, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if not secrets.compare_digest(check, _checksum(key)):
        raise WrongRecoveryKey(
            "One of the letters or digits in the recovery key looks wrong. "
            "Please check each group against your written copy and try again."
        )
    return key
