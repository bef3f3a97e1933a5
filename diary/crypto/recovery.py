"""Recovery keys (temporary stand-in until the crypto branch lands)."""

from __future__ import annotations

import base64
import secrets

from diary.errors import WrongRecoveryKey


def generate_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(32)).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        return base64.b32decode(clean + "====")[:32]
    except ValueError as exc:
        raise WrongRecoveryKey() from exc
