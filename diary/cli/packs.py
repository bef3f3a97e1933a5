"""Commands for evidence packs: make one from the diary, and check one (no diary needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diary.cli.context import Context
from diary.cli.options import (
    Command,
    add_date_order_option,
    add_force_option,
    add_json_option,
    check_output_file,
    output_file,
    user_day_end,
    user_time,
)
from diary.cli.output import print_json
from diary.errors import BadInput, ExitCode


def _export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        type=output_file,
        required=True,
        metavar="PACK.zip",
        help="where to write the pack (for police-upload: a new or empty folder)",
    )
    add_force_option(p, "the pack file")
    p.add_argument("--from", dest="date_from", type=user_time, metavar="DATE")
    p.add_argument(
        "--to", dest="date_to", type=user_day_end, metavar="DATE", help="up to the end of this day"
    )
    add_date_order_option(p)
    p.add_argument(
        "--incident", action="append", metavar="INC-0001", help="only these incidents (repeatable)"
    )
    p.add_argument(
        "--profile",
        choices=["full", "court", "bundle", "police-upload"],
        default="full",
        help="full: for your advocate and the police; court: leaves out your own address and contact details, witnesses' contact details and photo locations; bundle: the court copy fitted to a court's page limit; police-upload: the full pack plus folders of files for a police upload link",
    )
    p.add_argument(
        "--max-pages",
        type=int,
        default=350,
        metavar="N",
        help="with --profile bundle: the most pages the report may have (default 350)",
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
        help="lock the pack with its own passphrase (written as PACK.zip.age; opens with Daybook or 'age -d')",
    )
    p.add_argument(
        "--allow-weak-passphrase",
        action="store_true",
        help="with --encrypt: accept a pack passphrase that could be guessed (not recommended)",
    )
    add_json_option(p)


PACK_WORDS = ("daybook", "diary", "evidence", "pack")


def _pack_passphrase(ctx: Context) -> str:
    """The pack's passphrase, asked twice, held to the app's strength rule."""
    from diary import strength

    passphrase = ctx.passphrases.ask("Passphrase for the pack: ", confirm=True)
    if not passphrase:
        raise BadInput("The pack's passphrase cannot be empty.")
    if not ctx.args.allow_weak_passphrase and not strength.strong_enough(passphrase, PACK_WORDS):
        raise BadInput(
            "That passphrase could be guessed: the pack may travel by email or on a USB stick, "
            "where whoever finds it can keep trying. Choose a longer one (a few unusual words), "
            "or add --allow-weak-passphrase if you accept the risk. No pack was written."
        )
    return passphrase


def _encrypted_name(out: Path) -> Path:
    """An encrypted pack's file name ends in .age (JS-….zip.age), whatever was asked for."""
    return out if out.name.endswith(".age") else out.with_name(out.name + ".age")


def cmd_export(ctx: Context) -> int:
    from diary.exporting import ExportChoices, export

    args = ctx.args
    if args.allow_weak_passphrase and not args.encrypt:
        raise BadInput("--allow-weak-passphrase goes with --encrypt, which asks for a passphrase.")
    out: Path = _encrypted_name(args.out) if args.encrypt else args.out
    if args.profile != "police-upload" or not out.is_dir():
        # An upload is written into a new or empty folder, which the export itself checks.
        check_output_file(out, force=args.force)
    with ctx.unlocked() as vault:
        pack_passphrase = _pack_passphrase(ctx) if args.encrypt else None
        choices = ExportChoices(
            date_from=args.date_from,
            date_to=args.date_to,
            incidents=tuple(args.incident or ()),
            profile=args.profile,
            max_pages=args.max_pages,
            include_private_notes=args.include_private_notes,
            for_whom=args.for_whom,
        )
        # Encrypted, the zip streams straight into the age file: nothing readable touches the disk.
        result = export(vault, out, choices, encrypt_passphrase=pack_passphrase)
    if args.json:
        print_json(
            {
                "pack_id": result.pack_id,
                "path": str(out),
                "sums_sha256": result.sums_sha256,
                "files": list(result.files),
                "withheld": [{"what": w.what, "why": w.why} for w in result.withheld],
                "encrypted": bool(args.encrypt),
            }
        )
        return 0
    print(f"Evidence pack {result.pack_id} written to {result.path}.")
    if args.profile == "police-upload":
        print(
            f"The upload folders are in {out}, with how-to-upload.txt. They are not protected "
            "by a passphrase: delete them once they are uploaded."
        )
    for item in result.withheld:
        print(f"  Left out: {item.what} ({item.why})")
    if args.encrypt:
        print("It is locked with a passphrase: tell it to the person receiving it separately.")
    print(
        f"Your check code is {result.key_check_code}. Give it to them separately from the pack "
        "(read it out, write it on a card or send it by text): it shows the pack came from you."
    )
    return 0


def _verify_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("pack", type=Path, metavar="PACK.zip")
    p.add_argument(
        "--expect-key",
        metavar="CODE",
        help="the check code the person gave you (K7Q2-MX9D-4HRT-Z8WE-3NPA, any case or spacing); "
        "the pack fails if another key signed it",
    )
    add_json_option(p)


def cmd_verify(ctx: Context) -> int:
    from diary.errors import PackInvalid
    from diary.pack import age
    from diary.pack.verify import Verdict, expected_key, verify_pack

    path: Path = ctx.args.pack
    expect = ctx.args.expect_key
    if expect is not None:
        expected_key(expect)  # a typing mistake is said before anything is read
    passphrase = None
    refused: Verdict | None = None
    try:
        with path.open("rb") as handle:
            if age.is_age(handle.read(64)):
                handle.seek(0)
                # Refused before the passphrase is asked for: opening it would cost too much.
                age.check_header(handle)
                passphrase = ctx.passphrases.ask("Passphrase of the pack: ")
    except PackInvalid as exc:
        refused = Verdict(ok=False, problems=[exc.message], contents_readable=False)
    except OSError:
        pass  # verify_pack says what is wrong with the file
    verdict = refused or verify_pack(path, passphrase=passphrase, expect_key=expect)
    if ctx.args.json:
        print_json(verdict)
    elif verdict.ok:
        _say_intact(verdict)
    elif len(verdict.problems) == 1:
        print(f"This evidence pack does NOT check out: {verdict.problems[0]}", file=sys.stderr)
    else:
        print("This evidence pack does NOT check out:", file=sys.stderr)
        for problem in verdict.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0 if verdict.ok else ExitCode.PACK_TAMPERED


def _say_intact(verdict: object) -> None:
    from diary.pack.verify import Verdict

    assert isinstance(verdict, Verdict)
    print(
        f"The evidence pack {verdict.pack_id} is intact: nothing in it has changed since it was "
        "signed, and both signatures check out."
    )
    print(f"It was signed by the Daybook with the check code  {verdict.key_check_code}")
    if verdict.key_matches_expected:
        print("That is the check code you expected: this pack was signed by that Daybook.")
    else:
        print(
            "A signature shows only which Daybook signed a pack, not who made it. Compare this "
            "code with the one the person gave you separately (read out, on a card or by text); "
            "if they differ, this pack was not made with their Daybook. "
            "(daybook verify --expect-key CODE compares them for you.)"
        )
    print(f"Exported: {verdict.exported_at}")
    print(
        f"Technical detail: the signing key's SSH fingerprint is {verdict.key_fingerprint} "
        "(ssh-keygen -l -f signing-key.pub shows the same)."
    )


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
