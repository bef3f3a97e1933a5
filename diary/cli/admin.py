"""Commands that look after the diary itself: passphrase, recovery, backup, restore, checks and history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diary.cli.context import Context, add_weak_passphrase_option
from diary.cli.options import (
    Command,
    add_force_option,
    add_json_option,
    check_output_file,
    is_inside,
    output_file,
)
from diary.cli.output import print_items, print_json, visible
from diary.errors import BadInput, ExitCode, NotFound
from diary.records.types import AuditEvent
from diary.words import plural


def cmd_passwd(ctx: Context) -> int:
    from diary.vault import Vault

    vault = Vault.open(ctx.path)
    old = ctx.passphrases.ask("Current passphrase: ")
    new = ctx.new_passphrase("New passphrase: ")
    vault.unlock(old)
    try:
        note = vault.change_passphrase(old, new)
    finally:
        vault.lock()
    print("Your passphrase has been changed. Use the new one from now on.")
    if note:
        print(f"Note: {note}", file=sys.stderr)
    return 0


def cmd_recover(ctx: Context) -> int:
    from diary.vault import Vault

    vault = Vault.open(ctx.path)
    key = ctx.passphrases.ask("Recovery key: ")
    new = ctx.new_passphrase("New passphrase: ")
    try:
        note = vault.recover(key, new)
    finally:
        vault.lock()
    print("Your new passphrase is set. Your recovery key still works; keep it safe.")
    if note:
        print(f"Note: {note}", file=sys.stderr)
    return 0


def _backup_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out", type=output_file, required=True, metavar="FILE", help="the backup file to write"
    )
    add_force_option(p, "the backup file")


def cmd_backup(ctx: Context) -> int:
    out = check_output_file(ctx.args.out, force=ctx.args.force)
    if is_inside(out, ctx.path):
        raise BadInput(
            "A backup inside the diary's own folder would be lost with it. Nothing was "
            "written; choose a place outside the diary folder (another disk is best)."
        )
    with ctx.unlocked() as vault:
        note = vault.backup(out)
    print(f"Backup written to {out}. It is encrypted with your passphrase.")
    if note:
        print(f"Note: {note}", file=sys.stderr)
    return 0


def _restore_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="the backup file 'daybook backup' made")


def cmd_restore(ctx: Context) -> int:
    from diary.vault import Vault

    if ctx.args.file.is_dir():
        raise BadInput(f"{ctx.args.file} is a folder; please give the backup file inside it.")
    if not ctx.args.file.is_file():
        raise NotFound(f"There is no backup file at {ctx.args.file}.")
    passphrase = ctx.passphrases.ask("Passphrase of the backup: ")
    restored = Vault.restore(ctx.args.file, ctx.path, passphrase)
    print(f"The diary was restored into {ctx.path} and checked.")
    if restored.moved is not None:
        print(f"The diary that was there before is kept in {restored.moved}.")
    if restored.note:
        print(f"Note: {restored.note}", file=sys.stderr)
    return 0


def _check_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--repair",
        action="store_true",
        help="mend what can be mended safely (the key file from its copy, or the copy from it)",
    )
    add_json_option(p)


def cmd_check(ctx: Context) -> int:
    repaired: list[str] = []
    with ctx.unlocked() as vault:
        if ctx.args.repair:
            repaired = vault.repair()
        problems = vault.check()
        removed = vault.tidy_outputs()
    tidied = [
        f"Removed an unfinished pack or backup that a stopped Daybook left behind: {path}"
        for path in removed
    ]
    if ctx.args.json:
        print_json(
            {"ok": not problems, "problems": problems, "repaired": repaired, "tidied": tidied}
        )
    else:
        for line in repaired + tidied:
            print(visible(line))
        for problem in problems:
            print(visible(problem), file=sys.stderr)
        if not problems:
            print("All is well: the database, every exhibit and the diary's history check out.")
    return ExitCode.VAULT_DAMAGED if problems else 0


def cmd_fingerprint(ctx: Context) -> int:
    from diary.pack.signing import check_code
    from diary.records.service import Diary

    with ctx.unlocked() as vault:
        diary = Diary(vault)
        key_code = check_code(vault.signing_key().public_key())
        history, entries = diary.history_code()
        old_style = diary.fingerprint()
    if ctx.args.json:
        print_json(
            {
                "check_code": key_code,
                "history_code": history,
                "events": entries,
                "fingerprint": old_style,
            }
        )
        return 0
    print(f"Your check code:   {key_code}")
    print(
        "  It shows which Daybook signed an evidence pack. Give it to your advocate separately\n"
        "  from any pack: read it out, write it on a card or send it by text. A pack proves only\n"
        "  that it was signed by the key with this code."
    )
    print()
    print(f"Your history code: {history}")
    print(
        f"  It names your diary's history as it is now ({plural(entries, 'entry', 'entries')}).\n"
        "  Write it down with today's date, or send it to your advocate: a later evidence pack\n"
        "  proves that every entry that was in the diary today is unchanged."
    )
    return 0


def history_line(event: AuditEvent) -> str:
    return f"{event.seq:>5}  {event.at:%d %b %Y %H:%M}  {event.kind:<10} {event.subject}  {event.hash[:16]}"


def cmd_history(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        events = diary.audit_events()
    print_items(events, as_json=ctx.args.json, line=history_line)
    return 0


COMMANDS = (
    Command("passwd", "Change the passphrase.", cmd_passwd, add_weak_passphrase_option),
    Command(
        "recover",
        "Set a new passphrase using your recovery key.",
        cmd_recover,
        add_weak_passphrase_option,
    ),
    Command(
        "backup", "Make an encrypted backup file of the whole diary.", cmd_backup, _backup_options
    ),
    Command(
        "restore",
        "Restore the diary from a backup file (checked before anything is replaced).",
        cmd_restore,
        _restore_options,
    ),
    Command(
        "check",
        "Check the diary for damage (and mend it with --repair).",
        cmd_check,
        _check_options,
    ),
    Command(
        "fingerprint",
        "Show the check code and the history code to give your advocate, and what each is for.",
        cmd_fingerprint,
        add_json_option,
    ),
    Command("history", "Show the diary's history (the audit log).", cmd_history, add_json_option),
)
