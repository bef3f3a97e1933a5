"""The `demo` command: fills a diary with made-up data, to try Daybook or to measure it."""

from __future__ import annotations

import argparse
import sys

from diary.cli.context import INSECURE_WARNING, Context
from diary.cli.options import Command
from diary.words import plural


def _demo_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--incidents", type=int, default=60, help="how many made-up incidents (60)")
    p.add_argument("--messages", type=int, default=300, help="how many made-up messages (300)")
    p.add_argument("--photos", type=int, default=0, help="made-up photos to attach")
    p.add_argument(
        "--seed", type=int, default=1, help="another number gives other made-up data (1)"
    )
    p.add_argument(
        "--insecure-fast-kdf",
        action="store_true",
        help="if creating the diary: weak protection, for demos only",
    )


def cmd_demo(ctx: Context) -> int:
    from diary.demo import fill_demo
    from diary.records.service import Diary
    from diary.vault import Vault

    args = ctx.args
    if Vault.exists(ctx.path):
        vault = ctx.open_vault()
    else:
        if args.insecure_fast_kdf:
            print(INSECURE_WARNING, file=sys.stderr)
        passphrase = ctx.passphrases.ask("Choose a passphrase for the demo diary: ", confirm=True)
        vault, _ = Vault.create(
            ctx.path, passphrase, initials="JS", insecure_fast_kdf=args.insecure_fast_kdf
        )
    try:
        counts = fill_demo(
            Diary(vault),
            incidents=args.incidents,
            messages=args.messages,
            photos=args.photos,
            seed=args.seed,
        )
    finally:
        vault.lock()
    print(
        f"Added {plural(counts['incidents'], 'made-up incident')}, "
        f"{plural(counts['messages'], 'message')} and {plural(counts['photos'], 'photo')} "
        f"to {ctx.path}."
    )
    return 0


COMMANDS = (
    Command(
        "demo",
        "Fill a diary with made-up data, to try Daybook or to measure it.",
        cmd_demo,
        _demo_options,
    ),
)
