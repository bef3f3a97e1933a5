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
from diary.errors import BadInput
from diary.timeutil import parse_user_time

if TYPE_CHECKING:
    from diary.cli.context import Context


@dataclass(frozen=True)
class Command:
    """One `daybook` command: its name, its one-line help, its options and what it does."""

    name: str
    help: str
    run: Callable[[Context], int]
    options: Callable[[argparse.ArgumentParser], None] | None = None


def user_time(text: str) -> datetime:
    try:
        return parse_user_time(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date Daybook can read; write it like 2024-03-01 21:30"
        ) from None


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
