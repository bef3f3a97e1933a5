"""Running one command line: parse it, run the command, and map every failure to an exit code.

Every failure the core foresees is one plain sentence on standard error and a distinct exit code
(see README.md); nothing here ever prints a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from diary.cli.commands import COMMANDS
from diary.cli.context import Context
from diary.cli.options import first_bad_value
from diary.cli.parser import build_parser
from diary.errors import DaybookError, ExitCode


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
    bad = first_bad_value(args)
    if bad is not None:
        print(bad.message, file=sys.stderr)
        return ExitCode.BAD_INPUT
    if args.command is None:
        return launch_app(args)
    os.umask(0o077)
    try:
        return COMMANDS[args.command].run(Context(args, stdin))
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
