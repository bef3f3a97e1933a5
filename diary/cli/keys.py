"""The pack signing key: make a new one when the old one may have been copied.

The old key signs the change in the diary's history, so packs signed by the new key still
compare with packs made before (`daybook verify NEW --since OLD`; docs/pack-format.md, S3).
"""

from __future__ import annotations

import argparse

from diary.cli.context import Context
from diary.cli.options import Command
from diary.errors import BadInput


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--yes",
        action="store_true",
        help="you understand your advocate must be given the new check code",
    )


def cmd_new_signing_key(ctx: Context) -> int:
    from diary.pack import signing

    if not ctx.args.yes:
        raise BadInput(
            "A new signing key changes your check code: packs you make from now on show the new "
            "one, and your advocate needs it from you, by another way than a pack. Add --yes to "
            "go ahead. Nothing was changed."
        )
    with ctx.unlocked() as vault:
        old = signing.check_code(vault.signing_key().public_key())
        new = signing.check_code(vault.change_signing_key().public_key())
    print(f"Your Daybook has a new signing key. Your check code was {old}; it is now {new}.")
    print(
        "Give the new code to your advocate separately from any pack (read it out, write it on a "
        "card or send it by text). The old key signed the change in your diary's history, so "
        "new packs can still be compared with the ones you sent before."
    )
    return 0


COMMANDS = (
    Command(
        "new-signing-key",
        "Make a new key for signing packs (if the old one may have been copied).",
        cmd_new_signing_key,
        _options,
    ),
)
