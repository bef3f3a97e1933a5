"""The `daybook` command line: parses arguments, asks for passphrases, prints records, maps errors to exit codes.

Every failure the core foresees is one plain sentence on standard error and a distinct exit code
(see README.md); nothing here ever prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, is_dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

from diary import __version__
from diary.behaviours import BEHAVIOURS, describe, normalise_code
from diary.errors import BadInput, DaybookError, ExitCode
from diary.records.types import (
    IMPACTS,
    LOCATION_KINDS,
    PRECISIONS,
    Exhibit,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    Message,
    PersonRef,
    ReportMade,
)
from diary.timeutil import parse_user_time

INSECURE_WARNING = (
    "Warning: this diary uses a deliberately weak passphrase protection, for tests and "
    "demonstrations only. Do not keep a real diary in it."
)


class PassphraseSource:
    """Passphrases asked at a terminal, or read one line at a time from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin or sys.stdin

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise BadInput(
                    "Daybook expected another line on standard input but there was none."
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise BadInput(
                "Daybook needs a passphrase: run it in a terminal, or use --passphrase-stdin."
            )
        first = getpass.getpass(prompt)
        if confirm:
            second = getpass.getpass("Type it again to check: ")
            if first != second:
                raise BadInput("The two passphrases were different, so nothing was changed.")
        return first


# -- output -------------------------------------------------------------------------------------


def to_jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


T = TypeVar("T")


def print_items(
    items: Sequence[T], *, as_json: bool, nothing: str, line: Callable[[T], str]
) -> None:
    """A list as JSON, one line an item, or a plain sentence when it is empty."""
    if as_json:
        print_json(items)
    elif not items:
        print(nothing)
    else:
        for item in items:
            print(line(item))


def when_text(start: datetime, end: datetime | None, precision: str) -> str:
    if precision == "month":
        text = start.strftime("%B %Y")
    elif precision == "day":
        text = start.strftime("%a %d %b %Y")
    else:
        text = start.strftime("%a %d %b %Y, %H:%M")
        if precision == "about":
            text = "about " + text
    if end is not None:
        same_day = end.date() == start.date()
        text += " to " + end.strftime("%H:%M" if same_day else "%a %d %b %Y, %H:%M")
    return text


def summary_line(item: IncidentSummary) -> str:
    place = item.location or item.channel
    behaviours = ", ".join(describe(c) for c in item.behaviours)
    parts = [item.number, when_text(item.occurred_start, item.occurred_end, item.precision)]
    if place:
        parts.append(place)
    parts.append(item.summary or "(no description yet)")
    if behaviours:
        parts.append(f"[{behaviours}]")
    return "  ".join(parts)


def show_text(detail: IncidentDetail) -> str:
    inc = detail.incident
    lines = [
        f"{inc.number}",
        f"  Happened:   {when_text(inc.occurred_start, inc.occurred_end, inc.precision)}",
        f"  Written:    {inc.written_at.strftime('%a %d %b %Y, %H:%M')}"
        + (" (written later)" if inc.written_later else " (at the time)"),
    ]

    def add(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label + ':':<11} {value}")

    where = inc.location + (f" ({inc.location_kind})" if inc.location_kind else "")
    add("Where", where + (" [private place]" if inc.location_sensitive else ""))
    add("Channel", " ".join(p for p in (inc.channel, inc.channel_account) if p))
    add("Behaviour", "; ".join(f"{describe(c)} ({c})" for c in inc.behaviours))
    add(
        "Who",
        "; ".join(
            p.name + (f" ({p.how_identified})" if p.how_identified else "")
            for p in inc.perpetrators
        ),
    )
    add("Witnesses", "; ".join(p.name for p in inc.witnesses))
    add("What", inc.description)
    add("Words used", inc.exact_words)
    add("Threats", inc.threats)
    add("Others told", inc.third_parties)
    add("Fear", f"{inc.fear} out of 10" if inc.fear is not None else "")
    add(
        "Effect",
        "; ".join(IMPACTS.get(k, k) for k in inc.impact)
        + (f". {inc.impact_text}" if inc.impact_text else ""),
    )
    add("Told to stop", "yes" if inc.told_to_stop else "")
    add(
        "Reported",
        "; ".join(
            ", ".join(p for p in (r.agency, r.date, r.reference, r.officer) if p)
            for r in inc.reports
        ),
    )
    add("Order", " ".join(p for p in (inc.order_breached, inc.order_condition) if p))
    add("Private", inc.private_note)
    for exhibit in detail.exhibits:
        lines.append(f"  Exhibit {exhibit.ref}: {exhibit.original_name} (sha256 {exhibit.sha256})")
    for message in detail.messages:
        lines.append(f"  Message {_when(message)} {message.sender}: {message.body}")
    if len(detail.revisions) > 1:
        lines.append(f"  Revisions:  {len(detail.revisions)}")
        for revision in detail.revisions:
            lines.append(f"    {revision.revision_no}. saved {revision.saved_at:%d %b %Y %H:%M}")
    for addendum in detail.addenda:
        lines.append(f"  Added {addendum.written_at:%d %b %Y %H:%M}: {addendum.text}")
    return "\n".join(lines)


# -- parsing ------------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one plain line and the usage exit code."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"daybook: {message}. See 'daybook --help'.\n")


def _time(text: str) -> datetime:
    try:
        return parse_user_time(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date Daybook can read; write it like 2024-03-01 21:30"
        ) from None


def _behaviour(text: str) -> str:
    code = normalise_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a behaviour code (see 'daybook codes')")
    return code


def _fear(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError("fear is a number from 0 to 10")
    return value


def _coordinates(text: str) -> tuple[float, float]:
    try:
        latitude, longitude = (float(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("write the map position as LATITUDE,LONGITUDE") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise argparse.ArgumentTypeError("that map position is off the map")
    return latitude, longitude


def _report(text: str) -> ReportMade:
    parts = [p.strip() for p in text.split(";")]
    parts += [""] * (4 - len(parts))
    return ReportMade(agency=parts[0], reference=parts[1], officer=parts[2], date=parts[3])


def add_incident_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    group = parser.add_argument_group("what happened")
    group.add_argument(
        "--occurred",
        type=_time,
        required=required,
        help="when it happened or started, e.g. '2024-03-01 21:30'",
    )
    group.add_argument("--ended", type=_time, help="when it ended, if it went on for a while")
    group.add_argument(
        "--precision", choices=PRECISIONS, help="how sure you are of the time (default exact)"
    )
    group.add_argument(
        "--written-later",
        action="store_true",
        default=None,
        help="you are writing this some time after it happened",
    )
    group.add_argument("--location", help="where it happened")
    group.add_argument(
        "--location-kind", choices=[k for k in LOCATION_KINDS if k], help="what kind of place"
    )
    group.add_argument(
        "--location-sensitive",
        action="store_true",
        default=None,
        help="the place is private to you (left out of the court copy)",
    )
    group.add_argument(
        "--coordinates",
        type=_coordinates,
        metavar="LAT,LON",
        help="the map position, if you know it",
    )
    group.add_argument("--channel", help="for contact at a distance: phone, WhatsApp, Instagram…")
    group.add_argument("--account", help="the number or account they used")
    group.add_argument(
        "--behaviour",
        action="append",
        type=_behaviour,
        metavar="CODE",
        help="a behaviour code such as ST2.2 or OC1 (repeat for more; see 'daybook codes')",
    )
    group.add_argument(
        "--person",
        action="append",
        metavar="NAME",
        help="who did it (repeat for more; added to your people if new)",
    )
    group.add_argument(
        "--how-identified",
        choices=["saw", "recognised voice", "known number or account", "suspected"],
        help="how you know it was them",
    )
    group.add_argument(
        "--witness",
        action="append",
        metavar="NAME",
        help="someone who saw or heard it (repeatable)",
    )
    group.add_argument("--description", help="what happened, in your own words")
    group.add_argument("--exact-words", help="the exact words they used, if you remember them")
    group.add_argument("--threats", help="any threats they made")
    group.add_argument("--third-parties", help="anyone else you told or who was contacted")
    group.add_argument("--fear", type=_fear, help="how frightened you were, 0 to 10")
    group.add_argument(
        "--impact",
        action="append",
        choices=sorted(IMPACTS),
        help="the effect on your daily life (repeatable)",
    )
    group.add_argument("--impact-text", help="the effect on your daily life, in your own words")
    group.add_argument(
        "--told-to-stop", action="store_true", default=None, help="they had been told to stop"
    )
    group.add_argument(
        "--reported-to",
        action="append",
        type=_report,
        metavar="AGENCY[;REF[;OFFICER[;DATE]]]",
        help="a report you made (repeatable)",
    )
    group.add_argument("--order-breached", help="an order or bail condition this broke")
    group.add_argument("--order-condition", help="which condition of the order")
    group.add_argument(
        "--private-note", help="a note only for you; never exported unless you choose"
    )


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--vault",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="the diary folder (default: $DAYBOOK_VAULT or your user data folder)",
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read passphrases one per line from standard input",
    )

    parser = Parser(
        prog="daybook",
        description="Daybook: a private diary. With no command it opens the app.",
        parents=[common],
        epilog="Exit codes: 0 done, 2 usage, 3 wrong passphrase, 4 damaged diary, 5 bad input, 6 not found, 7 pack does not check out, 8 could not write, 9 diary exists, 10 no diary.",
    )
    parser.add_argument("--version", action="version", version=f"daybook {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, parents=[common])

    p = command("init", "Create a new diary.")
    p.add_argument(
        "--initials", default="", help="your initials, used for exhibit references (JS1, JS2…)"
    )
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="F",
        help="write the recovery key to this file instead of showing it",
    )
    p.add_argument(
        "--insecure-fast-kdf",
        action="store_true",
        help="weak passphrase protection, for tests and demonstrations only",
    )

    p = command("add", "Write down an incident.")
    add_incident_options(p, required=True)
    p.add_argument("--json", action="store_true", help="print the new record as JSON")

    p = command("edit", "Change an incident (the earlier version is kept).")
    p.add_argument("number", help="the incident, e.g. INC-0001")
    add_incident_options(p, required=False)
    p.add_argument("--json", action="store_true", help="print the record as JSON")

    p = command("addendum", "Add a dated note to an incident.")
    p.add_argument("number")
    p.add_argument("--text", required=True)
    p.add_argument("--json", action="store_true")

    p = command("attach", "Keep files (photos, screenshots, letters) with an incident.")
    p.add_argument("number", help="the incident, e.g. INC-0001")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--capture-method",
        default="original file",
        help="how it was captured: original file, screenshot, photo of a letter…",
    )
    p.add_argument("--description", default="", help="what the file shows")
    p.add_argument("--json", action="store_true")

    p = command("list", "List incidents.")
    p.add_argument("--search", help="words to look for")
    p.add_argument("--from", dest="date_from", type=_time, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_time, metavar="DATE")
    p.add_argument("--behaviour", type=_behaviour, metavar="CODE")
    p.add_argument("--person", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = command("show", "Show one incident in full.")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")

    p = command("delete", "Delete an incident (its number is not reused; the history notes it).")
    p.add_argument("number")

    p = command("people", "List the people in your diary.")
    p.add_argument("--json", action="store_true")

    p = command("exhibits", "List the files kept as exhibits.")
    p.add_argument("--json", action="store_true")

    p = command("codes", "List the behaviour codes and what they mean.")
    p.add_argument("--json", action="store_true")

    p = command("import", "Import messages, calls, emails or photos from export files.")
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="export files, or a folder of screenshots",
    )
    p.add_argument(
        "--format",
        choices=[
            "whatsapp",
            "sms",
            "calls",
            "email",
            "telegram",
            "photos",
            "facebook",
            "instagram",
            "imessage",
        ],
        help="the kind of file (found out from the file if not given)",
    )
    p.add_argument(
        "--person",
        metavar="NAME",
        help="who in the chat is the person doing it (added to your people if new)",
    )
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy", "ymd"],
        help="day/month order, only if Daybook asks for it",
    )
    p.add_argument(
        "--chat",
        action="append",
        metavar="ID",
        help="for an export with many chats (Telegram, Facebook, Instagram, iMessage): a chat to import (repeatable)",
    )
    p.add_argument("--json", action="store_true")

    p = command("messages", "List imported or typed-in messages, calls and emails.")
    p.add_argument("--from", dest="date_from", type=_time, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_time, metavar="DATE")
    p.add_argument("--search", help="words to look for")
    p.add_argument("--person", metavar="NAME")
    p.add_argument("--limit", type=int, help="at most this many")
    p.add_argument("--json", action="store_true")

    p = command("suggest", "Suggest incidents from imported messages (one a day and channel).")
    p.add_argument("--person", required=True, metavar="NAME", help="the person doing it")
    p.add_argument(
        "--accept",
        action="store_true",
        help="create every suggested incident, with its messages linked",
    )
    p.add_argument("--json", action="store_true")

    p = command("export", "Make an evidence pack for your advocate or the police.")
    p.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    p.add_argument("--from", dest="date_from", type=_time, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_time, metavar="DATE")
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
    p.add_argument("--json", action="store_true")

    p = command("verify", "Check that an evidence pack is intact (no diary needed).")
    p.add_argument("pack", type=Path, metavar="PACK.zip")
    p.add_argument("--json", action="store_true")

    command("passwd", "Change the passphrase.")
    command("recover", "Set a new passphrase using your recovery key.")
    p = command("backup", "Make an encrypted backup file of the whole diary.")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p = command(
        "restore", "Restore the diary from a backup file (checked before anything is replaced)."
    )
    p.add_argument("file", type=Path)
    p = command("check", "Check the diary for damage.")
    p.add_argument("--json", action="store_true")
    p = command("fingerprint", "Show the diary's fingerprint to send to your advocate.")
    p.add_argument("--json", action="store_true")
    p = command("history", "Show the diary's history (the audit log).")
    p.add_argument("--json", action="store_true")

    p = command("demo", "Fill a diary with made-up data, to try Daybook or to measure it.")
    p.add_argument("--incidents", type=int, default=60)
    p.add_argument("--messages", type=int, default=300)
    p.add_argument("--photos", type=int, default=0, help="made-up photos to attach")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--insecure-fast-kdf",
        action="store_true",
        help="if creating the diary: weak protection, for demos only",
    )

    return parser


# -- commands -----------------------------------------------------------------------------------


class Context:
    def __init__(self, args: argparse.Namespace, stdin: TextIO | None = None) -> None:
        self.args = args
        self.path: Path = getattr(args, "vault", None) or _default_vault()
        self.passphrases = PassphraseSource(getattr(args, "passphrase_stdin", False), stdin)

    @contextlib.contextmanager
    def unlocked(self) -> Iterator[Any]:
        """The vault, unlocked for the length of a command and locked again whatever happens."""
        vault = self.open_vault()
        try:
            yield vault
        finally:
            vault.lock()

    def open_vault(self) -> Any:
        from diary.vault import Vault

        vault = Vault.open(self.path)
        if vault.header.insecure_fast_kdf:
            print(INSECURE_WARNING, file=sys.stderr)
        failed = vault.unlock(self.passphrases.ask("Passphrase: "))
        if failed:
            times = ", ".join(t.strftime("%d %b %Y %H:%M") for t in failed[-5:])
            print(
                f"Note: {len(failed)} unsuccessful attempt(s) to open your diary since you last opened it ({times}).",
                file=sys.stderr,
            )
        return vault


def _default_vault() -> Path:
    from diary.vault import default_vault_path

    return default_vault_path()


def cmd_init(ctx: Context) -> int:
    from diary.vault import Vault

    args = ctx.args
    if Vault.exists(ctx.path):
        from diary.errors import VaultExists

        raise VaultExists(f"A diary already exists in {ctx.path}, so nothing was created.")
    if args.insecure_fast_kdf:
        print(INSECURE_WARNING, file=sys.stderr)
    passphrase = ctx.passphrases.ask("Choose a passphrase: ", confirm=True)
    if not passphrase:
        raise BadInput("The passphrase cannot be empty.")
    if not args.insecure_fast_kdf:
        print("Setting up your diary (this takes a few seconds)…", file=sys.stderr)
    vault, recovery_key = Vault.create(
        ctx.path, passphrase, initials=args.initials, insecure_fast_kdf=args.insecure_fast_kdf
    )
    vault.lock()
    if args.recovery_key_file:
        from diary.fsutil import atomic_write_bytes

        atomic_write_bytes(args.recovery_key_file, (recovery_key + "\n").encode())
        print(f"Your diary is ready in {ctx.path}.")
        print(
            f"The recovery key was written to {args.recovery_key_file}. Keep it somewhere safe, away from this computer."
        )
    else:
        print(f"Your diary is ready in {ctx.path}.")
        print()
        print(
            "Your recovery key (write it down and keep it somewhere safe; it is shown only once):"
        )
        print()
        print("    " + recovery_key)
        print()
        print("If you forget your passphrase, 'daybook recover' and this key let you back in.")
    return 0


def _incident_from_args(args: argparse.Namespace, base: IncidentInput | None) -> IncidentInput:
    data = IncidentInput(occurred_start=args.occurred) if base is None else base

    def set_if(name: str, value: Any) -> None:
        if value is not None:
            setattr(data, name, value)

    set_if("occurred_start", args.occurred)
    set_if("occurred_end", args.ended)
    set_if("precision", args.precision)
    set_if("written_later", args.written_later)
    set_if("location", args.location)
    set_if("location_kind", args.location_kind)
    set_if("location_sensitive", args.location_sensitive)
    set_if("coordinates", args.coordinates)
    set_if("channel", args.channel)
    set_if("channel_account", args.account)
    set_if("behaviours", args.behaviour)
    if args.person is not None:
        data.perpetrators = [PersonRef(n, args.how_identified or "") for n in args.person]
    elif args.how_identified is not None:
        data.perpetrators = [PersonRef(p.name, args.how_identified) for p in data.perpetrators]
    if args.witness is not None:
        data.witnesses = [PersonRef(n) for n in args.witness]
    set_if("description", args.description)
    set_if("exact_words", args.exact_words)
    set_if("threats", args.threats)
    set_if("third_parties", args.third_parties)
    set_if("fear", args.fear)
    set_if("impact", args.impact)
    set_if("impact_text", args.impact_text)
    set_if("told_to_stop", args.told_to_stop)
    set_if("reports", args.reported_to)
    set_if("order_breached", args.order_breached)
    set_if("order_condition", args.order_condition)
    set_if("private_note", args.private_note)
    return data


def cmd_add(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        incident = vault.diary.add_incident(_incident_from_args(ctx.args, None))
        if ctx.args.json:
            print_json(vault.diary.get_incident(incident.number))
        else:
            print(incident.number)
    return 0


def cmd_edit(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        current = vault.diary.get_incident(ctx.args.number).incident
        base = IncidentInput(**{k: getattr(current, k) for k in IncidentInput.__dataclass_fields__})
        before = current.revision_count
        incident = vault.diary.edit_incident(current.number, _incident_from_args(ctx.args, base))
        if ctx.args.json:
            print_json(vault.diary.get_incident(incident.number))
        elif incident.revision_count > before:
            print(
                f"{incident.number} saved as revision {incident.revision_count}; earlier versions are kept."
            )
        else:
            print(f"{incident.number} was already like that; nothing changed.")
    return 0


def cmd_addendum(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        addendum = vault.diary.add_addendum(ctx.args.number, ctx.args.text)
        if ctx.args.json:
            print_json(addendum)
        else:
            print(f"Added to {addendum.incident}.")
    return 0


def cmd_attach(ctx: Context) -> int:
    check_files(ctx.args.files)
    with ctx.unlocked() as vault:
        exhibits: list[Exhibit] = []
        for path in ctx.args.files:
            exhibits.append(
                vault.diary.attach_file(
                    path,
                    ctx.args.number,
                    capture_method=ctx.args.capture_method,
                    description=ctx.args.description,
                )
            )
        if ctx.args.json:
            print_json(exhibits)
        else:
            for exhibit in exhibits:
                print(f"{exhibit.ref}  {exhibit.original_name}  sha256 {exhibit.sha256}")
    return 0


def cmd_list(ctx: Context) -> int:
    args = ctx.args
    with ctx.unlocked() as vault:
        items = vault.diary.list_incidents(
            search=args.search,
            date_from=args.date_from,
            date_to=args.date_to,
            behaviour=args.behaviour,
            person=args.person,
        )
    print_items(items, as_json=args.json, nothing="No incidents match.", line=summary_line)
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        detail = vault.diary.get_incident(ctx.args.number)
    if ctx.args.json:
        print_json(detail)
    else:
        print(show_text(detail))
    return 0


def cmd_delete(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        vault.diary.delete_incident(ctx.args.number)
    print(f"{ctx.args.number.upper()} was deleted. The diary's history notes that it existed.")
    return 0


def cmd_people(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        people = vault.diary.list_people()
    if ctx.args.json:
        print_json(people)
    else:
        for person in people:
            extra = ", ".join(person.phones + person.emails)
            print(
                f"{person.name}  ({person.role}{', ' + person.relationship if person.relationship else ''}){'  ' + extra if extra else ''}"
            )
    return 0


def cmd_exhibits(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        exhibits = vault.diary.list_exhibits()
    if ctx.args.json:
        print_json(exhibits)
    else:
        for e in exhibits:
            print(
                f"{e.ref}  {e.original_name}  {e.size} bytes  sha256 {e.sha256}  {' '.join(e.incidents)}"
            )
    return 0


def cmd_codes(ctx: Context) -> int:
    if ctx.args.json:
        print_json(BEHAVIOURS)
    else:
        for code, words in BEHAVIOURS.items():
            print(f"{code:<6} {words}")
    return 0


def cmd_passwd(ctx: Context) -> int:
    from diary.vault import Vault

    vault = Vault.open(ctx.path)
    old = ctx.passphrases.ask("Current passphrase: ")
    new = ctx.passphrases.ask("New passphrase: ", confirm=True)
    vault.unlock(old)
    try:
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    print("Your passphrase has been changed.")
    return 0


def cmd_recover(ctx: Context) -> int:
    from diary.vault import Vault

    vault = Vault.open(ctx.path)
    key = ctx.passphrases.ask("Recovery key: ")
    new = ctx.passphrases.ask("New passphrase: ", confirm=True)
    vault.recover(key, new)
    vault.lock()
    print("Your new passphrase is set. Your recovery key still works; keep it safe.")
    return 0


def cmd_backup(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        vault.backup(ctx.args.out)
    print(f"Backup written to {ctx.args.out}. It is encrypted with your passphrase.")
    return 0


def cmd_restore(ctx: Context) -> int:
    from diary.vault import Vault

    if not ctx.args.file.is_file():
        raise BadInput(f"There is no backup file at {ctx.args.file}.")
    passphrase = ctx.passphrases.ask("Passphrase of the backup: ")
    moved = Vault.restore(ctx.args.file, ctx.path, passphrase)
    print(f"The diary was restored into {ctx.path} and checked.")
    if moved is not None:
        print(f"The diary that was there before is kept in {moved}.")
    return 0


def cmd_check(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        problems = vault.check()
    if ctx.args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem, file=sys.stderr)
    else:
        print("All is well: the database, every exhibit and the diary's history check out.")
    return ExitCode.VAULT_DAMAGED if problems else 0


def cmd_fingerprint(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        code = vault.diary.fingerprint()
        count = len(vault.diary.audit_events())
    if ctx.args.json:
        print_json({"fingerprint": code, "events": count})
    else:
        print(code)
    return 0


def cmd_history(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        events = vault.diary.audit_events()
    if ctx.args.json:
        print_json(events)
    else:
        for event in events:
            print(
                f"{event.seq:>5}  {event.at:%d %b %Y %H:%M}  {event.kind:<10} {event.subject}  {event.hash[:16]}"
            )
    return 0


def cmd_demo(ctx: Context) -> int:
    from diary.demo import fill_demo
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
            vault.diary,
            incidents=args.incidents,
            messages=args.messages,
            photos=args.photos,
            seed=args.seed,
        )
    finally:
        vault.lock()
    print(
        f"Added {counts['incidents']} made-up incidents, {counts['messages']} messages and {counts['photos']} photos to {ctx.path}."
    )
    return 0


def check_files(paths: Sequence[Path]) -> None:
    for path in paths:
        if path.is_dir():
            raise BadInput(f"{path} is a folder; please name the files inside it.")
        if not path.is_file():
            raise BadInput(f"There is no file at {path}.")


def cmd_import(ctx: Context) -> int:
    from diary.importing import import_file, import_folder

    folders = [p for p in ctx.args.files if p.is_dir()]
    check_files([p for p in ctx.args.files if not p.is_dir()])
    from diary.errors import AmbiguousDateOrder, ImportFailed

    reports: list[Any] = []
    failures: list[str] = []
    with ctx.unlocked() as vault:
        for path in ctx.args.files:
            try:
                if path in folders:
                    # A folder of screenshots: each kept with its time, grouped by day.
                    folder = import_folder(vault.diary, path)
                    reports.append(folder)
                    if not ctx.args.json:
                        print(
                            f"{path.name}: {len(folder.kept)} pictures kept, "
                            f"{len(folder.already)} were already in your diary."
                        )
                        for day in folder.days:
                            print(f"  Suggested entry: {day.summary} ({', '.join(day.refs)}).")
                        for note in folder.notes:
                            print(f"  {note}")
                    continue
                reports.append(
                    import_file(
                        vault.diary,
                        path,
                        format=ctx.args.format,
                        person=ctx.args.person,
                        date_order=ctx.args.date_order,
                        chat_ids=ctx.args.chat,
                    )
                )
            except AmbiguousDateOrder as exc:
                failures.append(f"{exc.message} Add --date-order dmy or --date-order mdy.")
            except ImportFailed as exc:
                # One file that cannot be read must not stop the others; it adds nothing.
                failures.append(exc.message)
    for failure in failures:
        print(failure, file=sys.stderr)
    status = ExitCode.BAD_INPUT if failures else 0
    if ctx.args.json:
        print_json(reports)
        return status
    for report in reports:
        if not hasattr(report, "exhibit"):
            continue
        print(f"{report.file}: {report.format}, kept as exhibit {report.exhibit}.")
        print(
            f"  {report.added} added ({report.messages} messages, {report.calls} calls in the file; "
            f"{report.already} were already in your diary), {report.attachments} attachments."
        )
        if report.first and report.last:
            print(
                f"  From {report.first[:16].replace('T', ' ')} to {report.last[:16].replace('T', ' ')}."
            )
        if report.damage:
            print(f"  {report.damage}")
        for note in report.notes:
            print(f"  {note}")
        for item in report.skipped[:10]:
            print(f"  Not imported: {item['where']}: {item['why']}")
        if len(report.skipped) > 10:
            print(f"  …and {len(report.skipped) - 10} more not imported (see --json).")
        if report.suggested_incidents:
            print(f"  Taken on the same day as {', '.join(report.suggested_incidents)}.")
    return status


def _when(message: Message) -> str:
    return f"{message.sent_at:%d %b %Y %H:%M}" if message.sent_at else "time not known"


def message_line(message: Message) -> str:
    where = f"{message.source_ref} {message.position_label}".strip()
    arrow = {"incoming": "from", "outgoing": "to"}.get(message.direction, "")
    if message.kind == "system":
        return f"{_when(message)}  {message.channel:<8} ({message.body})  [{where}]"
    who = (
        message.sender
        if message.direction != "outgoing"
        else ", ".join(message.recipients) or "them"
    )
    body = message.body.replace("\n", " ")
    if message.kind == "call":
        body = f"call ({message.direction}{f', {message.duration_seconds} s' if message.duration_seconds else ''})"
    return f"{_when(message)}  {message.channel:<8} {arrow} {who}: {body}  [{where}]"


def cmd_messages(ctx: Context) -> int:
    args = ctx.args
    with ctx.unlocked() as vault:
        items = vault.diary.list_messages(
            date_from=args.date_from,
            date_to=args.date_to,
            search=args.search,
            person=args.person,
            limit=args.limit,
        )
    print_items(items, as_json=args.json, nothing="No messages match.", line=message_line)
    return 0


def cmd_suggest(ctx: Context) -> int:
    from diary.suggest import accept, suggest_incidents

    vault = ctx.open_vault()
    created: list[str] = []
    try:
        suggestions = suggest_incidents(vault.diary, ctx.args.person)
        if ctx.args.accept:
            created = [accept(vault.diary, s) for s in suggestions]
    finally:
        vault.lock()
    if ctx.args.json:
        print_json(
            [
                {
                    "summary": s.summary,
                    "first": s.first,
                    "last": s.last,
                    "behaviours": list(s.behaviours),
                    "message_ids": list(s.message_ids),
                    "created": created[i] if created else None,
                }
                for i, s in enumerate(suggestions)
            ]
        )
    elif not suggestions:
        print(f"No messages from {ctx.args.person} are waiting to be made into incidents.")
    else:
        for i, s in enumerate(suggestions):
            done = f"  -> {created[i]}" if created else ""
            print(f"{s.summary} [{', '.join(s.behaviours)}]{done}")
        if not created:
            print(
                "Run again with --accept to create these incidents, or make them one by one in the app."
            )
    return 0


def cmd_export(ctx: Context) -> int:
    from diary.exporting import (
        ExportChoices,
        export,
    )

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


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "edit": cmd_edit,
    "addendum": cmd_addendum,
    "attach": cmd_attach,
    "list": cmd_list,
    "show": cmd_show,
    "delete": cmd_delete,
    "people": cmd_people,
    "exhibits": cmd_exhibits,
    "codes": cmd_codes,
    "import": cmd_import,
    "messages": cmd_messages,
    "suggest": cmd_suggest,
    "export": cmd_export,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "fingerprint": cmd_fingerprint,
    "history": cmd_history,
    "demo": cmd_demo,
}


def launch_app(args: argparse.Namespace) -> int:
    # The entry point is shared with the app, but the core never depends on it: looked up by name.
    try:
        app_main = importlib.import_module("ui.app").main
    except (ImportError, AttributeError):
        print(
            "The Daybook app is not available here; see 'daybook --help' for the command line.",
            file=sys.stderr,
        )
        return ExitCode.FAILURE
    argv: list[str] = []
    if getattr(args, "vault", None):
        argv += ["--vault", str(args.vault)]
    return int(app_main(argv))


def run(argv: Sequence[str], stdin: TextIO | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else ExitCode.USAGE
    if args.command is None:
        return launch_app(args)
    os.umask(0o077)
    try:
        return COMMANDS[args.command](Context(args, stdin))
    except DaybookError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped. Nothing was left half-done.", file=sys.stderr)
        return ExitCode.FAILURE
    except Exception:
        # The one catch-all: a person must never see a traceback. DAYBOOK_DEBUG shows it to developers.
        if os.environ.get("DAYBOOK_DEBUG"):
            raise
        print(
            "Something unexpected went wrong; nothing was changed. Please try again.",
            file=sys.stderr,
        )
        return ExitCode.FAILURE


__all__ = ["build_parser", "run"]
