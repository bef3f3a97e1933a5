"""Commands that start a diary and write in it: init, add, edit, addendum, attach, list, show, delete."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from diary.behaviours import describe
from diary.cli.context import INSECURE_WARNING, Context, add_weak_passphrase_option
from diary.cli.options import (
    DATE_FORMS,
    BadValue,
    Command,
    add_date_order_option,
    add_json_option,
    behaviour_code,
    check_files,
    check_output_file,
    date_order,
    entry_has_time,
    entry_time,
    is_inside,
    not_a_date,
    output_file,
    readable_time,
    user_day_end,
    user_time,
)
from diary.cli.output import print_items, print_json, visible
from diary.errors import BadInput
from diary.records.types import (
    IMPACTS,
    LOCATION_KINDS,
    PRECISIONS,
    Exhibit,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    PersonRef,
    ReportMade,
)
from diary.timeutil import check_reasonable, gap_words, parse_user_time, zone_if_unusual

EMPTY_DIARY = "Your diary is empty: no incidents are written in it yet. Add one with 'daybook add'."

# -- showing incidents --------------------------------------------------------------------------


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
    if precision not in ("day", "month"):
        # The time as it was on the clock there; its zone said when it is not this diary's own.
        zone = zone_if_unusual(start)
        if zone:
            text += f" ({zone})"
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
        f"  Written:    {inc.written_at.strftime('%a %d %b %Y, %H:%M')} "
        # The one rule the app and the pack use: the gap in words, never "at the time" by default.
        f"({gap_words(inc.written_at, inc.occurred_start, inc.precision)}"
        + ("; marked as written later)" if inc.written_later else ")"),
    ]

    def add(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label + ':':<11} {value}")

    where = inc.location + (f" ({inc.location_kind})" if inc.location_kind else "")
    add("Where", where + (" [private place]" if inc.location_sensitive else ""))
    if inc.coordinates is not None:
        latitude, longitude = inc.coordinates
        add("Map", f"{latitude:.6f}, {longitude:.6f}")
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
    add("Told to stop", {True: "yes", False: "no", None: "not said"}[inc.told_to_stop])
    add(
        "Reported",
        "; ".join(
            ", ".join(p for p in (r.agency, r.date, r.reference, r.officer) if p)
            for r in inc.reports
        ),
    )
    add("Breach of", ", ".join(inc.breaches))
    add("Order", " ".join(p for p in (inc.order_breached, inc.order_condition) if p))
    add("Private", inc.private_note)
    for exhibit in detail.exhibits:
        lines.append(f"  Exhibit {exhibit.ref}: {exhibit.original_name} (sha256 {exhibit.sha256})")
    for message in detail.messages:
        when = f"{message.sent_at:%d %b %Y %H:%M}" if message.sent_at else "time not known"
        lines.append(f"  Message {when} {message.sender}: {message.body}")
    if len(detail.revisions) > 1:
        lines.append(f"  Revisions:  {len(detail.revisions)}")
        for revision in detail.revisions:
            lines.append(f"    {revision.revision_no}. saved {revision.saved_at:%d %b %Y %H:%M}")
    for addendum in detail.addenda:
        lines.append(f"  Added {addendum.written_at:%d %b %Y %H:%M}: {addendum.text}")
    return "\n".join(lines)


def exhibit_line(exhibit: Exhibit) -> str:
    return f"{exhibit.ref}  {exhibit.original_name}  sha256 {exhibit.sha256}"


# -- the incident's options ---------------------------------------------------------------------


def _fear(text: str) -> int | BadValue:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10:
        return BadValue(f"How frightened you were is a number from 0 to 10, not '{text}'.")
    return value


def _coordinates(text: str) -> tuple[float, float] | BadValue:
    try:
        latitude, longitude = (float(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        return BadValue(
            f"'{text}' is not a map position. Write it as LATITUDE,LONGITUDE, e.g. 51.5,-0.12."
        )
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return BadValue(f"{text} is off the map. Please check the map position.")
    return latitude, longitude


def _report(text: str) -> ReportMade | BadValue:
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 4:
        return BadValue(
            f"'{text}' has more than four parts. Write a report as AGENCY;REF;OFFICER;DATE."
        )
    parts += [""] * (4 - len(parts))
    if not parts[0]:
        # A report to no one ("", ";CAD 123") would be kept, and shown in a pack, as a blank.
        return BadValue(
            f"'{text}' does not say who it was reported to. Write a report as "
            "AGENCY;REF;OFFICER;DATE, e.g. 'Police;CAD 123;PC Ahmed;2024-03-02'."
        )
    when = parts[3]
    if when:
        # Checked like any date typed: a report cannot be before 1900 or in the future.
        try:
            day = check_reasonable(
                parse_user_time(when, "first", date_order()), "The date of that report"
            )
        except ValueError:
            return BadValue(f"The report's date: {not_a_date(when)}")
        except BadInput as exc:
            return BadValue(exc.message)
        when = day.date().isoformat()
    return ReportMade(agency=parts[0], reference=parts[1], officer=parts[2], date=when)


def add_incident_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    group = parser.add_argument_group("what happened")
    group.add_argument(
        "--occurred",
        type=readable_time,
        required=required,
        metavar="WHEN",
        help=f"when it happened or started, as you would write it: {DATE_FORMS}. A date "
        "with no time records the day (precision 'day') unless --precision says otherwise",
    )
    group.add_argument(
        "--ended", type=readable_time, help="when it ended, if it went on for a while"
    )
    group.add_argument(
        "--fold",
        choices=["first", "second"],
        help="when the clocks went back and the time happened twice: the first (summer time) "
        "or the second",
    )
    add_date_order_option(group)
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
        type=behaviour_code,
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
        "--told-to-stop",
        nargs="?",
        const="yes",
        choices=["yes", "no", "not-said"],
        help="whether they had been told to stop: yes (the default with no word), no, or not-said",
    )
    group.add_argument(
        "--reported-to",
        action="append",
        type=_report,
        metavar="AGENCY[;REF[;OFFICER[;DATE]]]",
        help="a report you made (repeatable)",
    )
    group.add_argument(
        "--breach",
        action="append",
        metavar="ORD-1/2",
        help="a condition of an order this broke (repeatable; see 'daybook order list')",
    )
    group.add_argument(
        "--no-breach", action="store_true", help="this broke no condition (clears --breach)"
    )
    group.add_argument("--order-breached", help="an order or bail condition this broke, in words")
    group.add_argument("--order-condition", help="which condition of the order, in words")
    group.add_argument(
        "--private-note", help="a note only for you; never exported unless you choose"
    )


def incident_from_args(args: argparse.Namespace, base: IncidentInput | None) -> IncidentInput:
    occurred = entry_time(args.occurred, args.fold, "When it happened") if args.occurred else None
    ended = entry_time(args.ended, args.fold, "When it ended") if args.ended else None
    if base is None:
        if occurred is None:
            raise BadInput("Say when it happened with --occurred.")
        data = IncidentInput(occurred_start=occurred)
    else:
        data = base

    def set_if(name: str, value: Any) -> None:
        if value is not None:
            setattr(data, name, value)

    set_if("occurred_start", occurred)
    set_if("occurred_end", ended)
    if args.occurred and args.precision is None and not entry_has_time(args.occurred):
        # "2024-03-01" says which day, not that it was midnight.
        data.precision = "day"
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
    if args.told_to_stop is not None:
        data.told_to_stop = {"yes": True, "no": False}.get(args.told_to_stop)
    set_if("reports", args.reported_to)
    set_if("order_breached", args.order_breached)
    set_if("order_condition", args.order_condition)
    if args.no_breach:
        data.breaches = []
    if args.breach is not None:
        data.breaches = list(args.breach)
    set_if("private_note", args.private_note)
    return data


# -- the commands -------------------------------------------------------------------------------


def _init_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--initials", default="", help="your initials, used for exhibit references (JS1, JS2…)"
    )
    p.add_argument(
        "--recovery-key-file",
        type=output_file,
        metavar="F",
        help="write the recovery key to this file instead of showing it",
    )
    p.add_argument(
        "--insecure-fast-kdf",
        action="store_true",
        help="weak passphrase protection, for tests and demonstrations only",
    )
    add_weak_passphrase_option(p)


def cmd_init(ctx: Context) -> int:
    from diary.errors import VaultExists
    from diary.vault import Vault

    args = ctx.args
    if Vault.exists(ctx.path):
        raise VaultExists(f"A diary already exists in {ctx.path}, so nothing was created.")
    if ctx.path.is_dir() and any(ctx.path.iterdir()):
        raise BadInput(
            f"{ctx.path} already has other things in it and is not a diary, so nothing was "
            "created. Please choose an empty folder or a new one."
        )
    key_file: Path | None = args.recovery_key_file
    if key_file is not None:
        # Checked before anything is made: a diary whose recovery key could not be saved
        # would be one the person could never recover.
        check_output_file(key_file, force=False)
        if is_inside(key_file, ctx.path):
            raise BadInput(
                "The recovery key must be kept away from the diary, not inside its folder. "
                "Nothing was created."
            )
    if args.insecure_fast_kdf:
        print(INSECURE_WARNING, file=sys.stderr)
    passphrase = ctx.new_passphrase("Choose a passphrase: ")
    if not args.insecure_fast_kdf:
        print("Setting up your diary (this takes a few seconds)…", file=sys.stderr)

    def save_key(recovery_key: str) -> None:
        if key_file is not None:
            from diary.fsutil import atomic_write_bytes

            atomic_write_bytes(key_file, (recovery_key + "\n").encode())

    vault, recovery_key = Vault.create(
        ctx.path,
        passphrase,
        initials=args.initials,
        insecure_fast_kdf=args.insecure_fast_kdf,
        save_recovery_key=save_key,
    )
    vault.lock()
    print(f"Your diary is ready in {ctx.path}.")
    if key_file is not None:
        print(
            f"The recovery key was written to {key_file}. Keep it somewhere safe, away from "
            "this computer."
        )
    else:
        print()
        print(
            "Your recovery key (write it down and keep it somewhere safe; it is shown only once):"
        )
        print()
        print("    " + recovery_key)
        print()
        print("If you forget your passphrase, 'daybook recover' and this key let you back in.")
    return 0


def _add_options(p: argparse.ArgumentParser) -> None:
    add_incident_options(p, required=True)
    p.add_argument("--json", action="store_true", help="print the new record as JSON")


def cmd_add(ctx: Context) -> int:
    if ctx.args.json:
        with ctx.open_diary() as diary:
            incident = diary.add_incident(incident_from_args(ctx.args, None))
            print_json(diary.get_incident(incident.number))
        return 0
    # Without the ORM: the command people run most starts in about half the time.
    from diary.records import quick

    with ctx.unlocked() as vault:
        print(quick.add_incident(vault, incident_from_args(ctx.args, None)))
    return 0


def _edit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the incident, e.g. INC-0001")
    add_incident_options(p, required=False)
    p.add_argument("--json", action="store_true", help="print the record as JSON")


def cmd_edit(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        current = diary.get_incident(ctx.args.number).incident
        base = IncidentInput(**{k: getattr(current, k) for k in IncidentInput.__dataclass_fields__})
        before = current.revision_count
        incident = diary.edit_incident(current.number, incident_from_args(ctx.args, base))
        if ctx.args.json:
            print_json(diary.get_incident(incident.number))
        elif incident.revision_count > before:
            print(
                f"{incident.number} saved as revision {incident.revision_count}; earlier versions are kept."
            )
        else:
            print(f"{incident.number} was already like that; nothing changed.")
    return 0


def _addendum_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the incident, e.g. INC-0001")
    p.add_argument("--text", required=True, help="the note to add, dated now")
    add_json_option(p)


def cmd_addendum(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        addendum = diary.add_addendum(ctx.args.number, ctx.args.text)
        if ctx.args.json:
            print_json(addendum)
        else:
            print(f"Added to {addendum.incident}.")
    return 0


def _attach_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the incident, e.g. INC-0001")
    p.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="the files to keep (each stays exact)"
    )
    p.add_argument(
        "--capture-method",
        default="original file",
        help="how it was captured: original file, screenshot, photo of a letter…",
    )
    p.add_argument("--description", default="", help="what the file shows")
    add_json_option(p)


def cmd_attach(ctx: Context) -> int:
    from diary.errors import AlreadyAttached

    check_files(ctx.args.files)
    with ctx.open_diary() as diary:
        exhibits: list[Exhibit] = []
        for path in ctx.args.files:
            try:
                exhibit = diary.attach_file(
                    path,
                    ctx.args.number,
                    capture_method=ctx.args.capture_method,
                    description=ctx.args.description,
                )
            except AlreadyAttached as already:
                print(visible(already.message), file=sys.stderr)
                continue
            if exhibit.size == 0:
                print(
                    visible(
                        f"Note: {path.name} is empty (0 bytes), so {exhibit.ref} holds nothing to "
                        "see. It is kept all the same; check you chose the right file."
                    ),
                    file=sys.stderr,
                )
            exhibits.append(exhibit)
        print_items(exhibits, as_json=ctx.args.json, line=exhibit_line)
    return 0


def _list_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", help="words to look for (every word must appear)")
    p.add_argument(
        "--from", dest="date_from", type=user_time, metavar="DATE", help="only from this date"
    )
    p.add_argument(
        "--to", dest="date_to", type=user_day_end, metavar="DATE", help="up to the end of this day"
    )
    p.add_argument(
        "--behaviour",
        type=behaviour_code,
        metavar="CODE",
        help="only incidents with this behaviour (see 'daybook codes')",
    )
    p.add_argument("--person", metavar="NAME", help="only incidents naming this person")
    add_date_order_option(p)
    add_json_option(p)


def cmd_list(ctx: Context) -> int:
    # Without the ORM, as `add`: the records layer's own query over the vault's plain connection.
    from diary.records import quick
    from diary.records.incident_sql import IncidentQuery

    args = ctx.args
    query = IncidentQuery(args.search, args.date_from, args.date_to, args.behaviour, args.person)
    with ctx.unlocked() as vault:
        items, empty = quick.list_incidents(vault, query)
    nothing = EMPTY_DIARY if empty else "No incidents match."
    print_items(items, as_json=args.json, nothing=nothing, line=summary_line)
    return 0


def _one_incident_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the incident, e.g. INC-0001")
    add_json_option(p)


def cmd_show(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        detail = diary.get_incident(ctx.args.number)
    if ctx.args.json:
        print_json(detail)
    else:
        print(visible(show_text(detail), lines=True))
    return 0


def _delete_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the incident, e.g. INC-0001")


def cmd_delete(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        diary.delete_incident(ctx.args.number)
    print(f"{ctx.args.number.upper()} was deleted. The diary's history notes that it existed.")
    return 0


COMMANDS = (
    Command("init", "Create a new diary.", cmd_init, _init_options),
    Command("add", "Write down an incident.", cmd_add, _add_options),
    Command("edit", "Change an incident (the earlier version is kept).", cmd_edit, _edit_options),
    Command("addendum", "Add a dated note to an incident.", cmd_addendum, _addendum_options),
    Command(
        "attach",
        "Keep files (photos, screenshots, letters) with an incident.",
        cmd_attach,
        _attach_options,
    ),
    Command("list", "List incidents.", cmd_list, _list_options),
    Command("show", "Show one incident in full.", cmd_show, _one_incident_options),
    Command(
        "delete",
        "Delete an incident (its number is not reused; the history notes it).",
        cmd_delete,
        _delete_options,
    ),
)
