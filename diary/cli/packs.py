"""Commands for evidence packs: make one from the diary, and check one (no diary needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diary.cli.context import Context
from diary.cli.options import Command, add_json_option, user_time
from diary.cli.output import print_json
from diary.errors import BadInput, ExitCode


def _export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    p.add_argument("--from", dest="date_from", type=user_time, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=user_time, metavar="DATE")
    p.add_argument(
        "--incident", action="append", metavar="INC-0001", help="only these incidents (repeatable)"
    )
    p.add_argument(
        "--profile",
        choices=["full", "court"],
        default="full",
        help="full: for your advocate and the police; court: leaves out your own address and contact details, witnesses' contact details and photo locations",
    )
    p.add_argument(
        "--include-private-notes",
        action="store_true",
        help="include your private notes (left out unless you choose)",
    )
    p.add_argument(
        "--for",
        dest="for_whom",
        default="",
        metavar="WHOM",
        help="who the pack is for, printed on the cover",
    )
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the pack with its own passphrase (opens with 'age -d' or Daybook)",
    )
    add_json_option(p)


def cmd_export(ctx: Context) -> int:
    from diary.exporting import ExportChoices, export

    args = ctx.args
    with ctx.unlocked() as vault:
        pack_passphrase = None
        if args.encrypt:
            pack_passphrase = ctx.passphrases.ask("Passphrase for the pack: ", confirm=True)
            if not pack_passphrase:
                raise BadInput("The pack's passphrase cannot be empty.")
        choices = ExportChoices(
            date_from=args.date_from,
            date_to=args.date_to,
            incidents=tuple(args.incident or ()),
            profile=args.profile,
            include_private_notes=args.include_private_notes,
            for_whom=args.for_whom,
        )
        result = export(vault, args.out, choices, encrypt_passphrase=pack_passphrase)
    if args.json:
        print_json(
            {
                "pack_id": result.pack_id,
                "path": str(args.out),
                "sums_sha256": result.sums_sha256,
                "files": list(result.files),
                "withheld": [{"what": w.what, "why": w.why} for w in result.withheld],
                "encrypted": bool(args.encrypt),
            }
        )
        return 0
    print(f"Evidence pack {result.pack_id} written to {args.out}.")
    for item in result.withheld:
        print(f"  Left out: {item.what} ({item.why})")
    if args.encrypt:
        print("It is encrypted: give its passphrase to the person receiving it separately.")
    return 0


def _verify_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("pack", type=Path, metavar="PACK.zip")
    add_json_option(p)


def cmd_verify(ctx: Context) -> int:
    from diary.pack.age import is_age
    from diary.pack.verify import verify_pack

    path: Path = ctx.args.pack
    passphrase = None
    try:
        with path.open("rb") as handle:
            encrypted = is_age(handle.read(64))
    except OSError:
        encrypted = False
    if encrypted:
        passphrase = ctx.passphrases.ask("Passphrase of the pack: ")
    verdict = verify_pack(path, passphrase=passphrase)
    if ctx.args.json:
        print_json(verdict)
    elif verdict.ok:
        print(
            f"The evidence pack {verdict.pack_id} is intact: every file matches and both signatures check out."
        )
        print(f"Signing key: {verdict.key_fingerprint}")
        print(f"Exported: {verdict.exported_at}")
    elif len(verdict.problems) == 1:
        print(f"This evidence pack does NOT check out: {verdict.problems[0]}", file=sys.stderr)
    else:
        print("This evidence pack does NOT check out:", file=sys.stderr)
        for problem in verdict.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0 if verdict.ok else ExitCode.PACK_TAMPERED


COMMANDS = (
    Command(
        "export",
        "Make an evidence pack for your advocate or the police.",
        cmd_export,
        _export_options,
    ),
    Command(
        "verify",
        "Check that an evidence pack is intact (no diary needed).",
        cmd_verify,
        _verify_options,
    ),
)
