"""What every command module shares: the command record, argument types and checks of files named.

Light on purpose: the parser imports every command module, and `daybook --help` must not load
the database or the PDF libraries.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from diary.behaviours import normalise_code
from diary.errors import AmbiguousTime, BadInput
from diary.timeutil import Fold, check_reasonable, parse_user_day_end, parse_user_time

if TYPE_CHECKING:
    from diary.cli.context import Context


@dataclass(frozen=True)
class Command:
    """One `daybook` command: its name, its one-line help, its options and what it does."""

    name: str
    help: str
    run: Callable[[Context], int]
    options: Callable[[argparse.ArgumentParser], None] | None = None


def _filter_time(text: str, read: Callable[[str], datetime], example: str) -> datetime:
    try:
        return read(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date Daybook can read; write it like {example}"
        ) from None
    except BadInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def user_time(text: str) -> datetime:
    """A `--from` date or time. A filter: in the autumn's doubled hour the earlier is taken."""
    return _filter_time(text, lambda t: parse_user_time(t, fold="first"), "2024-03-01 21:30")


def user_day_end(text: str) -> datetime:
    """A `--to` date: a date alone includes the whole of that day."""
    return _filter_time(text, lambda t: parse_user_day_end(t, fold="second"), "2024-03-01")


def readable_time(text: str) -> str:
    """A time to record (`--occurred`): checked for form here, read with `--fold` later."""
    try:
        parse_user_time(text, fold="first")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date Daybook can read; write it like 2024-03-01 21:30"
        ) from None
    except BadInput:
        pass  # said plainly, with what to do, when the command runs
    return text


def entry_time(text: str, fold: Fold | None, what: str) -> datetime:
    """A time the person records: the spring-forward hour refused, the autumn hour asked for
    (`--fold first|second`), and dates before 1900 or more than a day ahead refused."""
    try:
        moment = parse_user_time(text, fold)
    except AmbiguousTime as exc:
        raise BadInput(
            f"{exc.message} Add --fold first for {exc.first}, or --fold second for {exc.second}."
        ) from None
    except ValueError:
        raise BadInput(f"'{text}' is not a date Daybook can read.") from None
    return check_reasonable(moment, what)


def behaviour_code(text: str) -> str:
    code = normalise_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a behaviour code (see 'daybook codes')")
    return code


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


def check_files(paths: Sequence[Path]) -> None:
    for path in paths:
        if path.is_dir():
            raise BadInput(f"{path} is a folder; please name the files inside it.")
        if not path.is_file():
            raise BadInput(f"There is no file at {path}.")
