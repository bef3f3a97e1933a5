"""The one place every command group is registered, in the order `daybook --help` lists them.

A new group of commands (orders, risk, statement…) is one new module with a `COMMANDS` tuple of
`Command`s, added to `GROUPS` here. Command modules import only light things at the top; what a
command needs (the vault, the PDF writer, the importers) it imports when it runs.
"""

from __future__ import annotations

from diary.cli import (
    admin,
    demo,
    entries,
    keys,
    lists,
    messages,
    orders,
    packs,
    people,
    profile,
    risk,
    statement,
)
from diary.cli.options import Command

GROUPS = (
    entries,
    lists,
    people,
    orders,
    risk,
    statement,
    messages,
    packs,
    keys,
    profile,
    admin,
    demo,
)

COMMANDS: dict[str, Command] = {
    command.name: command for group in GROUPS for command in group.COMMANDS
}
