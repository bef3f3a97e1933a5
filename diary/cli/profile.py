"""`daybook profile`: the person's own details ("About me"), which the court copy withholds.

With no option it prints what is kept. Each repeatable option given replaces that list
(`--phone A --phone B` keeps A and B); `--clear` empties everything first.
"""

from __future__ import annotations

import argparse

from diary.cli.context import Context
from diary.cli.options import Command, add_json_option
from diary.cli.output import print_json


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", help="your name, as the pack should give it")
    p.add_argument("--phone", action="append", metavar="NUMBER", help="a phone number of yours")
    p.add_argument("--email", action="append", metavar="ADDRESS", help="an email address of yours")
    p.add_argument(
        "--address",
        action="append",
        metavar="ADDRESS",
        help="an address of yours (home, work, school), e.g. '14 Acacia Avenue, Leeds LS6 2AB'",
    )
    p.add_argument(
        "--other",
        action="append",
        metavar="DETAIL",
        help="anything else that identifies you: a car registration, a child's name or school, "
        "a workplace",
    )
    p.add_argument(
        "--region", metavar="CC", help="your country, for phone numbers without +44 (default GB)"
    )
    p.add_argument("--clear", action="store_true", help="forget every detail first")
    add_json_option(p)


def _text(profile: object) -> str:
    from diary.records.profile import Profile

    assert isinstance(profile, Profile)
    if profile.is_empty:
        return (
            "No details about you are kept yet. Add them with, for example,\n"
            "  daybook profile --name 'Jane Smith' --phone '07700 900999' --address '…'\n"
            "The court copy of an evidence pack withholds them wherever they appear."
        )
    lines = [f"Name:      {profile.name or '(not given)'}"]
    lines += [f"Phone:     {p}" for p in profile.phones]
    lines += [f"Email:     {e}" for e in profile.emails]
    lines += [f"Address:   {a.text}" for a in profile.addresses]
    lines += [f"Other:     {o}" for o in profile.other]
    lines.append(f"Region:    {profile.region} (for phone numbers written without a country code)")
    return "\n".join(lines)


def cmd_profile(ctx: Context) -> int:
    from diary.records.profile import Address, Profile

    args = ctx.args
    changes: dict[str, object] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.phone is not None:
        changes["phones"] = tuple(args.phone)
    if args.email is not None:
        changes["emails"] = tuple(args.email)
    if args.address is not None:
        changes["addresses"] = tuple(Address(a) for a in args.address)
    if args.other is not None:
        changes["other"] = tuple(args.other)
    if args.region is not None:
        changes["region"] = args.region
    with ctx.open_diary() as diary:
        if args.clear:
            diary.save_profile(Profile(**changes))  # type: ignore[arg-type]
        elif changes:
            diary.update_profile(**changes)
        kept = diary.get_profile()
    if args.json:
        print_json(kept.as_dict())
    else:
        if changes or args.clear:
            print("Saved. The court copy of a pack withholds these wherever they appear.")
        print(_text(kept))
    return 0


COMMANDS = (
    Command(
        "profile",
        "Your own details (name, phones, emails, addresses, other details), withheld from a court copy.",
        cmd_profile,
        _options,
    ),
)
