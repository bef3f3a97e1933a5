"""`daybook person add|edit|show`: what you know about someone (other names, relationship,
numbers, accounts, vehicles, known addresses, a photo) and how you know each fact: "I know
this", or told by someone."""

from __future__ import annotations

import argparse
from typing import Any

from diary.cli.context import Context
from diary.cli.options import Command, add_actions, add_json_option
from diary.cli.output import print_json, visible
from diary.errors import BadInput
from diary.records.court_types import PERSON_FACT_KINDS, FactSource, fact_key
from diary.records.types import ROLES, Person, PersonInput

# The kinds of fact as a person writes them on the command line.
FACT_NAMES = {
    "alias": "aliases",
    "phone": "phones",
    "email": "emails",
    "handle": "handles",
    "vehicle": "vehicles",
    "address": "addresses",
    "relationship": "relationship",
    "photo": "photo",
    "description": "description",
}


def person_text(person: Person) -> str:
    lines = [f"{person.name}  ({person.role})"]

    def source(kind: str, value: str = "") -> str:
        found = person.sources.get(fact_key(kind, value))
        return f"  [{found.label}]" if found else ""

    if person.relationship:
        lines.append(f"  Relationship: {person.relationship}{source('relationship')}")
    for kind in ("aliases", "phones", "emails", "handles", "vehicles", "addresses"):
        values: list[str] = getattr(person, kind)
        for value in values:
            lines.append(f"  {PERSON_FACT_KINDS[kind]}: {value}{source(kind, value)}")
    if person.photo:
        lines.append(f"  Photo: {person.photo}{source('photo')}")
    if person.description:
        lines.append(f"  Description: {person.description}{source('description')}")
    return "\n".join(lines)


def _fact(text: str) -> tuple[str, str]:
    name, _sep, value = text.partition(":")
    kind = FACT_NAMES.get(name.strip().lower())
    if kind is None:
        raise argparse.ArgumentTypeError(
            f"'{name}' is not a kind of fact; use one of {', '.join(FACT_NAMES)}"
        )
    return kind, value.strip()


def _told(text: str) -> tuple[str, str, str]:
    fact, sep, who = text.rpartition("=")
    if not sep or not who.strip():
        raise argparse.ArgumentTypeError(
            "write it as KIND:VALUE=WHO, e.g. vehicle:AB12 CDE=his sister"
        )
    kind, value = _fact(fact)
    return kind, value, who.strip()


def _person_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("name", help="their name (or a nickname or description)")
    if not adding:
        p.add_argument("--rename", metavar="NAME", help="a new name for them")
    p.add_argument("--role", choices=ROLES, help="perpetrator, witness or other")
    p.add_argument("--relationship", help="how you know them: ex-partner, neighbour…")
    for flag, what in (
        ("--alias", "another name they use"),
        ("--phone", "a phone number they use"),
        ("--email", "an email address they use"),
        ("--handle", "an account or handle they use"),
        ("--vehicle", "a vehicle or number plate"),
        ("--address", "an address you know for them"),
    ):
        p.add_argument(
            flag,
            action="append",
            metavar="TEXT",
            help=f"{what} (repeatable)" + ("" if adding else "; giving any replaces the list"),
        )
    p.add_argument("--photo", metavar="REF", help="the exhibit with their photo (JS4)")
    p.add_argument("--description", help="what they look like, anything else")
    p.add_argument(
        "--known",
        action="append",
        type=_fact,
        metavar="KIND[:VALUE]",
        help="a fact you know yourself, e.g. phone:07700 900123 or relationship (repeatable)",
    )
    p.add_argument(
        "--told",
        action="append",
        type=_told,
        metavar="KIND[:VALUE]=WHO",
        help="a fact someone told you, e.g. 'vehicle:AB12 CDE=his sister' (repeatable)",
    )
    add_json_option(p)


def _apply(args: argparse.Namespace, data: PersonInput) -> PersonInput:
    def set_if(name: str, value: Any) -> None:
        if value is not None:
            setattr(data, name, value)

    set_if("name", getattr(args, "rename", None))
    set_if("role", args.role)
    set_if("relationship", args.relationship)
    set_if("aliases", args.alias)
    set_if("phones", args.phone)
    set_if("emails", args.email)
    set_if("handles", args.handle)
    set_if("vehicles", args.vehicle)
    set_if("addresses", args.address)
    set_if("photo", args.photo)
    set_if("description", args.description)
    sources = dict(data.sources)
    for kind, value in args.known or []:
        sources[fact_key(kind, value)] = FactSource()
    for kind, value, who in args.told or []:
        sources[fact_key(kind, value)] = FactSource(who)
    data.sources = sources
    return data


def _print(ctx: Context, person: Person) -> None:
    if ctx.args.json:
        print_json(person)
    else:
        print(visible(person_text(person), lines=True))


def cmd_add(ctx: Context) -> int:
    data = _apply(ctx.args, PersonInput(name=ctx.args.name))
    with ctx.open_diary() as diary:
        if diary.find_person(data.name) is not None:
            raise BadInput(
                f"{data.name} is already in your diary; use 'daybook person edit' to change them."
            )
        person = diary.add_person(data)
    _print(ctx, person)
    return 0


def cmd_edit(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        current = diary.find_person(ctx.args.name)
        if current is None:
            raise BadInput(f"There is no one called {ctx.args.name} in your diary.")
        base = PersonInput(**{k: getattr(current, k) for k in PersonInput.__dataclass_fields__})
        person = diary.edit_person(current.name, _apply(ctx.args, base))
    _print(ctx, person)
    return 0


def _show_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="their name (or a nickname or description)")
    add_json_option(p)


def cmd_show(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        person = diary.find_person(ctx.args.name)
    if person is None:
        from diary.errors import NotFound

        raise NotFound(f"There is no one called {ctx.args.name} in your diary.")
    _print(ctx, person)
    return 0


RUN = {"add": cmd_add, "edit": cmd_edit, "show": cmd_show}


def _options(p: argparse.ArgumentParser) -> None:
    add_actions(
        p,
        [
            (
                "add",
                "Add someone, with what you know about them.",
                lambda q: _person_options(q, adding=True),
            ),
            (
                "edit",
                "Change what you know about someone.",
                lambda q: _person_options(q, adding=False),
            ),
            ("show", "Show everything you know about someone, and how you know it.", _show_options),
        ],
    )


def cmd_person(ctx: Context) -> int:
    return RUN[ctx.args.action](ctx)


COMMANDS = (
    Command(
        "person",
        "What you know about someone, and how you know each fact.",
        cmd_person,
        _options,
    ),
)
