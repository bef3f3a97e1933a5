"""The two codes a person reads out to their advocate: the key's check code and the history code.

Both are 100 bits of a SHA-256 digest in Crockford base32, five groups of four
(`K7Q2-MX9D-4HRT-Z8WE-3NPA`): no I, L, O or U, so nothing is misread aloud, and long
enough (over 80 bits) that nobody can make another key that shows the same code.

- The *check code* names the pack signing key: SHA-256 of the raw 32-byte Ed25519 public key.
  A pack that shows the same check code as the one the person gave separately was signed
  by that person's Daybook.
- The *history code* names the head of the diary's audit chain (a SHA-256 hex digest): any
  later pack can prove that everything which existed when the code was noted is unchanged.

Imports only the standard library: `verify` and the browser check page use the same rule.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_BITS = 100
_GROUP = 4
_CHARS = CODE_BITS // 5
# Crockford base32 reads these as the digits they look like.
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def _encode(digest: bytes) -> str:
    number = int.from_bytes(digest, "big") >> (len(digest) * 8 - CODE_BITS)
    chars = [ALPHABET[(number >> (5 * (_CHARS - 1 - i))) & 31] for i in range(_CHARS)]
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP] for i in range(0, _CHARS, _GROUP))


def key_check_code(raw_public_key: bytes) -> str:
    """The check code of an Ed25519 public key given as its 32 raw bytes."""
    if len(raw_public_key) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return _encode(hashlib.sha256(raw_public_key).digest())


def history_code(chain_head_hex: str) -> str:
    """The history code of an audit chain head (64 hex characters)."""
    digest = bytes.fromhex(chain_head_hex)
    if len(digest) != 32:
        raise ValueError("a chain head is a SHA-256 digest")
    return _encode(digest)


def normalise(typed: str) -> str | None:
    """A code as a person typed it (any case, spaces or dashes, O for 0) in its printed form.

    None when it cannot be a code at all, so the caller can say so instead of "does not match".
    """
    chars = [_READ_AS.get(c, c) for c in typed.upper() if not c.isspace() and c not in "-–—_.:"]
    if len(chars) != _CHARS or any(c not in ALPHABET for c in chars):
        return None
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP] for i in range(0, _CHARS, _GROUP))


def matches(typed: str, code: str) -> bool:
    """Whether what a person typed is the same code (in any of the forms `normalise` accepts)."""
    return normalise(typed) == code
