"""The argument parser: the options every command shares, then each registered command's own."""

from __future__ import annotations

import argparse
from typing import NoReturn

from diary import __version__
from diary.cli.commands import COMMANDS
from diary.cli.options import add_common_options
from diary.errors import ExitCode

EPILOG = (
    "Exit codes: 0 done, 2 usage, 3 wrong passphrase, 4 damaged diary, 5 bad input, "
    "6 not found, 7 pack does not check out, 8 could not write, 9 diary exists, 10 no diary, "
    "130 stopped with Ctrl-C."
)


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one plain line and the usage exit code."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"daybook: {message}. See 'daybook --help'.\n")


def build_parser() -> Parser:
    common = Parser(add_help=False)
    add_common_options(common)

    parser = Parser(
        prog="daybook",
        description="Daybook: a private diary. With no command it opens the app.",
        parents=[common],
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"daybook {__version__}")
    # Handled by diary/__main__.py before anything starts; listed here so --help shows it.
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep the diary in 'Daybook data' beside the program and write nothing to this "
        "computer (also: an empty file named 'portable' beside the program)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS.values():
        p = sub.add_parser(
            command.name, help=command.help, description=command.help, parents=[common]
        )
        if command.options is not None:
            command.options(p)
    return parser
