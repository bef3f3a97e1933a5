"""Commands that list what the diary knows: people, exhibits and the behaviour codes."""

from __future__ import annotations

from diary.behaviours import BEHAVIOURS
from diary.cli.context import Context
from diary.cli.options import Command, add_json_option
from diary.cli.output import print_items
from diary.records.types import Exhibit, Person
from diary.words import plural


def person_line(person: Person) -> str:
    extra = ", ".join(person.phones + person.emails)
    return f"{person.name}  ({person.role}{', ' + person.relationship if person.relationship else ''}){'  ' + extra if extra else ''}"


def exhibit_line(exhibit: Exhibit) -> str:
    return f"{exhibit.ref}  {exhibit.original_name}  {plural(exhibit.size, 'byte')}  sha256 {exhibit.sha256}  {' '.join(exhibit.incidents)}"


def cmd_people(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        people = diary.list_people()
    print_items(
        people,
        as_json=ctx.args.json,
        line=person_line,
        nothing="There are no people in your diary yet: they are added when an incident names them.",
    )
    return 0


def cmd_exhibits(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        exhibits = diary.list_exhibits()
    print_items(
        exhibits,
        as_json=ctx.args.json,
        line=exhibit_line,
        nothing="No files are kept in your diary yet. Add one with 'daybook attach'.",
    )
    return 0


def cmd_codes(ctx: Context) -> int:
    print_items(
        list(BEHAVIOURS.items()),
        as_json=ctx.args.json,
        json_value=BEHAVIOURS,
        line=lambda item: f"{item[0]:<6} {item[1]}",
    )
    return 0


COMMANDS = (
    Command("people", "List the people in your diary.", cmd_people, add_json_option),
    Command("exhibits", "List the files kept as exhibits.", cmd_exhibits, add_json_option),
    Command("codes", "List the behaviour codes and what they mean.", cmd_codes, add_json_option),
)
