"""Running one command line: parse it, run the command, and map every failure to an exit code.

Every failure the core foresees is one plain sentence on standard error and a distinct exit code
(see README.md); nothing here ever prints a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any, TextIO

from diary import interrupts
from diary.cli.commands import COMMANDS
from diary.cli.context import Context
from diary.cli.options import first_bad_value, use_date_order
from diary.cli.output import visible
from diary.cli.parser import build_parser
from diary.errors import DaybookError, ExitCode
from diary.timeutil import DateOrder


def _given_date_order(argv: Sequence[str]) -> DateOrder | None:
    """`--date-order dmy|mdy` from anywhere on the command line (read before the rest, since
    the dates are read as argparse meets them)."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--date-order" and i + 1 < len(argv) else None
        if arg.startswith("--date-order="):
            value = arg.split("=", 1)[1]
        if value in ("dmy", "mdy"):
            return value  # type: ignore[return-value]
    return None


def _not_utf8(argv: Sequence[str]) -> str | None:
    """A sentence about the first argument that is not valid UTF-8 (Python keeps such bytes as
    lone surrogates), or None when every one is."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            return (
                f"'{shown}' is not valid UTF-8 text, so Daybook cannot use it. Nothing was "
                "changed; retype it, or rename the file so its name is valid UTF-8."
            )
    return None


NO_SCREEN = (
    "Daybook's window cannot open here: there is no screen to show it on (this looks like a "
    "remote or text-only session). Nothing was changed. Open Daybook on your desktop, or use "
    "the command line here: 'daybook --help'."
)


def _no_screen() -> bool:
    """On Linux, no display to open a window on (Qt would abort with its own messages)."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def launch_app(args: argparse.Namespace) -> int:
    if _no_screen():
        print(NO_SCREEN, file=sys.stderr)
        return ExitCode.FAILURE
    # The entry point is shared with the app, but the core never depends on it: looked up by name.
    try:
        app_main = importlib.import_module("ui.app").main
    except (ImportError, AttributeError):
        print(
            "The Daybook app is not available here; see 'daybook --help' for the command line.",
            file=sys.stderr,
        )
        return ExitCode.FAILURE
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the app answers Ctrl-C itself
    argv: list[str] = []
    if getattr(args, "vault", None):
        argv += ["--vault", str(args.vault)]
    return int(app_main(argv))


def run(argv: Sequence[str], stdin: TextIO | None = None) -> int:
    refused = _not_utf8(argv)
    if refused is not None:
        print(refused, file=sys.stderr)
        return ExitCode.BAD_INPUT
    use_date_order(_given_date_order(argv))
    try:
        code = _parse_and_run(argv, stdin)
        sys.stdout.flush()  # here, so that a closed output is met while it can still be answered
        return code
    except BrokenPipeError:
        # The program reading the output stopped reading (`daybook list | head -1`): there is
        # no one left to tell, and nothing was cut short that had not been saved or undone.
        _output_to_nowhere()
        return ExitCode.OUTPUT_CLOSED
    finally:
        use_date_order(None)


def _output_to_nowhere() -> None:
    """Standard output to /dev/null, so the interpreter's last flush at exit has nowhere to fail."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's captured output)
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, descriptor)
    os.close(nowhere)


def _parse_and_run(argv: Sequence[str], stdin: TextIO | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else ExitCode.USAGE
    bad = first_bad_value(args)
    if bad is not None:
        print(visible(bad.message), file=sys.stderr)
        return ExitCode.BAD_INPUT
    if args.command is None:
        return launch_app(args)
    os.umask(0o077)
    saved_before = interrupts.saved_count()

    def what_was_kept() -> str:
        if interrupts.saved_count() == saved_before:
            return "Nothing was changed."
        return "What had been saved before then is kept; the rest was not done."

    previous = _interrupt_raises()
    try:
        return COMMANDS[args.command].run(Context(args, stdin))
    except DaybookError as exc:
        print(visible(exc.message), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _ignore_interrupts()
        # On a terminal the line starts afresh: after a "^C", or a passphrase prompt left open.
        fresh = "\n" if sys.stderr.isatty() else ""
        print(f"{fresh}Stopped. {what_was_kept()}", file=sys.stderr)
        return ExitCode.STOPPED
    except BrokenPipeError:
        raise  # the reader of the output went away: run() answers it
    except UnicodeError:
        print(
            "Daybook met text that is not valid UTF-8 (in a file's name or in what was given "
            f"to it). {what_was_kept()} Please rename the file or retype the text.",
            file=sys.stderr,
        )
        return ExitCode.BAD_INPUT
    except Exception:
        # The one catch-all: a person must never see a traceback. DAYBOOK_DEBUG shows it to developers.
        if os.environ.get("DAYBOOK_DEBUG"):
            raise
        print(
            f"Something unexpected went wrong. {what_was_kept()} Please try again.",
            file=sys.stderr,
        )
        return ExitCode.FAILURE
    finally:
        _restore_interrupts(previous)


def _interrupt_raises() -> Any:
    """From here Ctrl-C raises KeyboardInterrupt inside the command, which tidies up and says
    what had been done; returns the handler to put back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.default_int_handler)


def _ignore_interrupts() -> None:
    # A second Ctrl-C while the first is being answered must not cut the answer short.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _restore_interrupts(previous: Any) -> None:
    if previous is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, previous)
