"""Small pieces of plain English the command line and the core share: counts with their nouns."""

from __future__ import annotations

IRREGULAR = {"person": "people", "addendum": "addenda"}


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """ "1 incident", "2 incidents", "0 incidents"; `plural_form` for the irregular ones."""
    if count == 1:
        return f"{count} {noun}"
    many = plural_form or IRREGULAR.get(noun) or f"{noun}s"
    return f"{count:,} {many}"
