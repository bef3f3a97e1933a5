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
from diary.pack.upload_words import UPLOAD_WORDS, lower_first


def _export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        type=output_file,
        required=True,
        metavar="PACK.zip",
        help="where to write the pack (for police-upload: "
        + lower_first(UPLOAD_WORDS["where"]).rstrip(".")
        + ")",
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
        help="full: for your advocate and the police; court: leaves out your own address and contact details, witnesses' contact details and photo locations; bundle: the court copy fitted to a court's page limit; police-upload: "
        + lower_first(UPLOAD_WORDS["what"]),
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
        "--unlinked-messages",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add (or with --no-unlinked-messages, leave out) the messages from the people in "
        "the pack that no incident links to, as an appendix (default: added when there are "
        "fewer than 500)",
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
    p.add_argument(
        "--since-pack",
        type=Path,
        metavar="OLD.zip",
        help="an update to a pack you made before: what is new or changed since it, in full; "
        "the unchanged entries as rows with their hashes, so the update is small but, with the "
        "earlier pack, still proves the whole",
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
    if args.encrypt and args.profile == "police-upload":
        raise BadInput(UPLOAD_WORDS["no_passphrase"])
    out: Path = _encrypted_name(args.out) if args.encrypt else args.out
    if args.profile != "police-upload" or not out.is_dir():
        # An upload is written into a new or empty folder, which the export itself checks.
        check_output_file(out, force=args.force)
    with ctx.unlocked() as vault:
        since = None
        if args.since_pack is not None:
            from diary.since_export import earlier_pack

            refusal = _refused_age(args.since_pack)
            if refusal is not None:
                raise BadInput(refusal)
            earlier_passphrase = (
                ctx.passphrases.ask("Passphrase of the earlier pack: ")
                if _needs_passphrase(args.since_pack)
                else None
            )
            since = earlier_pack(vault, args.since_pack, earlier_passphrase)
        pack_passphrase = _pack_passphrase(ctx) if args.encrypt else None
        choices = ExportChoices(
            date_from=args.date_from,
            date_to=args.date_to,
            incidents=tuple(args.incident or ()),
            profile=args.profile,
            max_pages=args.max_pages,
            include_private_notes=args.include_private_notes,
            for_whom=args.for_whom,
            include_unlinked=args.unlinked_messages,
        )
        # Encrypted, the zip streams straight into the age file: nothing readable touches the disk.
        result = export(vault, out, choices, encrypt_passphrase=pack_passphrase, since=since)
    if args.json:
        print_json(
            {
                "pack_id": result.pack_id,
                "path": str(out),
                "sums_sha256": result.sums_sha256,
                "files": list(result.files),
                "withheld": [{"what": w.what, "why": w.why} for w in result.withheld],
                "encrypted": bool(args.encrypt),
                "since": since.pack_id if since is not None else None,
            }
        )
        return 0
    print(f"Evidence pack {result.pack_id} written to {result.path}.")
    if args.profile == "police-upload":
        print(UPLOAD_WORDS["done"].format(folder=out))
    if since is not None:
        print(
            f"It is an update to the pack {since.pack_id}: give both to the same person, and they "
            f"can check the two together (daybook verify {result.path.name} --since "
            f"{args.since_pack.name})."
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
    p.add_argument(
        "--expect-chain",
        metavar="CODE",
        help="a history code you noted earlier; the pack fails unless its history holds it "
        "(then everything that existed when it was noted is unchanged)",
    )
    p.add_argument(
        "--since",
        type=Path,
        metavar="OLD.zip",
        help="an earlier pack from the same person: check that nothing in it was changed, and "
        "say what is new, revised and deleted since (exit 7 when the two do not follow on)",
    )
    add_json_option(p)


def _refused_age(path: Path) -> str | None:
    """Why an encrypted pack is refused before a passphrase is asked for; None when it is not."""
    from diary.errors import PackInvalid
    from diary.pack import age

    try:
        with path.open("rb") as handle:
            if age.is_age(handle.read(64)):
                handle.seek(0)
                age.check_header(handle)
    except PackInvalid as exc:
        return exc.message
    except OSError:
        pass  # verify says what is wrong with the file
    return None


def _needs_passphrase(path: Path) -> bool:
    from diary.pack import age

    return age.is_age_file(path)


def cmd_verify(ctx: Context) -> int:
    from diary.pack.verify import (
        HISTORY_NOT_OK,
        Verdict,
        expected_history,
        expected_key,
        verify_pack,
    )

    path: Path = ctx.args.pack
    expect = ctx.args.expect_key
    expect_chain = ctx.args.expect_chain
    # A typing mistake is said before anything is read.
    if expect is not None:
        expected_key(expect)
    if expect_chain is not None:
        expected_history(expect_chain)
    if ctx.args.since is not None:
        return _verify_since(ctx)
    passphrase = None
    refusal = _refused_age(path)
    if refusal is None and _needs_passphrase(path):
        passphrase = ctx.passphrases.ask("Passphrase of the pack: ")
    verdict = (
        Verdict(ok=False, problems=[refusal], contents_readable=False)
        if refusal is not None
        else verify_pack(path, passphrase=passphrase, expect_key=expect, expect_chain=expect_chain)
    )
    if ctx.args.json:
        print_json(verdict)
    elif verdict.ok:
        _say_intact(verdict)
    elif not verdict.problems:
        # The files are as signed, but the history inside does not recompute (C8): said as the
        # verdict itself, never after an "intact".
        print(HISTORY_NOT_OK, file=sys.stderr)
        for problem in verdict.history_problems:
            print(f"  {problem}", file=sys.stderr)
    elif len(verdict.problems) == 1 and not verdict.history_problems:
        print(f"This evidence pack does NOT check out: {verdict.problems[0]}", file=sys.stderr)
    else:
        print("This evidence pack does NOT check out:", file=sys.stderr)
        for problem in (*verdict.problems, *verdict.history_problems):
            print(f"  {problem}", file=sys.stderr)
    return 0 if verdict.ok else ExitCode.PACK_TAMPERED


def _verify_since(ctx: Context) -> int:
    """`verify NEW --since OLD`: both packs checked, then whether NEW continues OLD."""
    from diary.pack.since import Comparison, compare_checked
    from diary.pack.verify import CheckedPack, Verdict, read_pack

    args = ctx.args
    checked: list[CheckedPack] = []
    for path, words, expect_key, expect_chain in (
        (args.pack, "the pack", args.expect_key, args.expect_chain),
        (args.since, "the earlier pack", None, None),
    ):
        refusal = _refused_age(path)
        if refusal is not None:
            checked.append(
                CheckedPack(Verdict(ok=False, problems=[refusal], contents_readable=False))
            )
            continue
        passphrase = (
            ctx.passphrases.ask(f"Passphrase of {words} ({path.name}): ")
            if _needs_passphrase(path)
            else None
        )
        checked.append(
            read_pack(path, passphrase=passphrase, expect_key=expect_key, expect_chain=expect_chain)
        )
    comparison: Comparison = compare_checked(checked[0], checked[1])
    if args.json:
        print_json(comparison)
    else:
        _say_comparison(comparison)
    return 0 if comparison.ok else ExitCode.PACK_TAMPERED


def _say_comparison(c: object) -> None:
    from diary.pack.since import Comparison, Item

    assert isinstance(c, Comparison)
    later, earlier = c.later, c.earlier
    if c.ok:
        print(
            f"Continuity holds: everything in the earlier pack {earlier.pack_id} is unchanged in "
            f"this pack {later.pack_id}, and its history goes on from there."
        )
    else:
        print(
            f"Continuity does NOT hold between the earlier pack {earlier.pack_id or '(unreadable)'} "
            f"and this pack {later.pack_id or '(unreadable)'}:",
            file=sys.stderr,
        )
        for problem in c.problems:
            print(f"  {problem}", file=sys.stderr)
    if c.same_key:
        print(f"Both packs were signed by the Daybook with the check code {later.key_check_code}.")
    for sentence in c.key_changes:
        print(sentence)
    if later.key_matches_expected:
        print("That is the check code you expected.")
    if later.chain_matches_expected:
        print(
            f"The history code you noted is entry {later.expected_chain_entry} of this pack's "
            "history: everything that existed then is unchanged in this pack."
        )
    if c.parted_at is None and earlier.history_code:
        print(
            f"History code of the earlier pack: {c.earlier_history_code} (entry {c.earlier_head}); "
            f"of this pack: {c.history_code}. {c.entries_since} entries were recorded since"
            + (f" ({c.entries_since_words})." if c.entries_since_words else ".")
        )
    if c.earlier_export:
        print(c.earlier_export)
    for note in c.notes:
        print(note)

    def section(heading: str, items: list[Item]) -> None:
        if items:
            print(f"{heading} ({len(items)}):")
            for item in items:
                for n, line in enumerate(item.line().splitlines()):
                    print(("  " if n == 0 else "      ") + line)

    section("New incidents", c.new_incidents)
    section("Now included (in the diary before the earlier pack, but not in it)", c.now_included)
    section("Revised since (each revision, what it changed)", c.revised)
    section("Addenda added since", c.addenda)
    section("Shown differently, with no new revision", c.shown_differently)
    section("Deleted since", c.deleted)
    section("New exhibits", c.new_exhibits)
    section("New messages", c.new_messages)
    if c.unchanged:
        listed = (
            f" ({c.listed_unchanged} listed with their SHA-256, in full in the earlier pack)"
            if c.listed_unchanged
            else ""
        )
        print(f"Unchanged ({len(c.unchanged)}){listed}: {', '.join(c.unchanged)}")
    if c.not_in_new_pack:
        print(
            f"In the earlier pack but not in this one, and not deleted ({len(c.not_in_new_pack)}):"
            f" {', '.join(c.not_in_new_pack)}"
        )


def _when(at: str | None) -> str:
    from diary.pack.since import Item

    return Item("", "", at).line().strip()


def _say_intact(verdict: object) -> None:
    from diary.pack.verify import Verdict, history_words

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
    if verdict.chain_matches_expected:
        print(
            f"The history code you noted is entry {verdict.expected_chain_entry} of this pack's "
            f"history, recorded {_when(verdict.expected_chain_at)}: everything that existed then is "
            "unchanged in this pack."
        )
    history = history_words(verdict)
    if history and verdict.history_checked:
        print(
            f"{history} Note the code: a later pack can show that nothing in this one was changed "
            "(daybook verify LATER.zip --expect-chain CODE, or --since this pack)."
        )
    elif history:
        print(history)
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
