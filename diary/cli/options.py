"""What every command module shares: the command record, argument types and checks of files named.

Light on purpose: the parser imports every command module, and `daybook --help` must not load
the database or the PDF libraries.
"""

from __future__ import annotations

import argparse
import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from diary.behaviours import normalise_code
from diary.errors import AmbiguousTime, BadInput
from diary.timeutil import (
    EARLIEST_YEAR,
    DateOrder,
    Fold,
    check_reasonable,
    has_clock_time,
    parse_user_day_end,
    parse_user_time,
)

if TYPE_CHECKING:
    from diary.cli.context import Context


@dataclass(frozen=True)
class Command:
    """One `daybook` command: its name, its one-line help, its options and what it does."""

    name: str
    help: str
    run: Callable[[Context], int]
    options: Callable[[argparse.ArgumentParser], None] | None = None


class BadValue:
    """An argument that could not be read, kept until the whole command line is understood and
    then reported as bad input (exit code 5) in one sentence. argparse's own errors are for a
    command written wrongly (exit code 2): a date or a number that makes no sense is not that."""

    def __init__(self, message: str) -> None:
        self.message = message


def first_bad_value(args: argparse.Namespace) -> BadValue | None:
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BadValue):
                return item
    return None


def output_file(text: str) -> Path | BadValue:
    """A file to write; an empty name is refused here (Path("") would mean this folder)."""
    if not text.strip():
        return BadValue("The file name to write to is empty. Please give one.")
    return Path(text).expanduser()


# The order numeric dates on this command line are read in (`--date-order`, else the
# DAYBOOK_DATE_ORDER setting, else day first). Set by main.run before the arguments are read,
# since argparse converts each argument as it meets it.
_date_order: list[DateOrder | None] = [None]
DATE_FORMS = (
    "2024-03-01 21:30, 2024-03-01 (the whole day), 5 March 2024 20:15, 5/3/24 (day first; "
    "--date-order mdy for 3/5/24), today 21:00, yesterday 9pm, 8:15pm (today), now"
)


def use_date_order(order: DateOrder | None) -> None:
    _date_order[0] = order


def date_order() -> DateOrder | None:
    return _date_order[0]


def add_date_order_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help="read 5/3/24 as 5 March (dmy, the default) or as May 3 (mdy); "
        "the setting DAYBOOK_DATE_ORDER=mdy does the same for every command",
    )


def _filter_time(text: str, read: Callable[[str], datetime]) -> datetime | BadValue:
    try:
        return check_reasonable(read(text), "That date")
    except ValueError:
        return BadValue(not_a_date(text))
    except BadInput as exc:
        return BadValue(exc.message)


def not_a_date(text: str) -> str:
    return f"'{text}' is not a date Daybook can read. Write it like {DATE_FORMS}."


def user_time(text: str) -> datetime | BadValue:
    """A `--from` date or time. A filter: in the autumn's doubled hour the earlier is taken."""
    return _filter_time(text, lambda t: parse_user_time(t, "first", date_order()))


def user_day_end(text: str) -> datetime | BadValue:
    """A `--to` date: a date alone includes the whole of that day."""
    return _filter_time(text, lambda t: parse_user_day_end(t, "second", date_order()))


def readable_time(text: str) -> str | BadValue:
    """A time to record (`--occurred`): checked for form here, read with `--fold` later."""
    try:
        parse_user_time(text, "first", date_order())
    except ValueError:
        return BadValue(not_a_date(text))
    except BadInput:
        pass  # said plainly, with what to do, when the command runs
    return text


def entry_time(text: str, fold: Fold | None, what: str) -> datetime:
    """A time the person records: the spring-forward hour refused, the autumn hour asked for
    (`--fold first|second`), and dates before 1900 or more than a day ahead refused."""
    try:
        moment = parse_user_time(text, fold, date_order())
    except AmbiguousTime as exc:
        raise BadInput(
            f"{exc.message} Add --fold first for {exc.first}, or --fold second for {exc.second}."
        ) from None
    except ValueError:
        raise BadInput(not_a_date(text)) from None
    return check_reasonable(moment, what)


def user_date(text: str) -> date | BadValue:
    """A day typed by a person ("2024-03-01", "01/03/2024")."""
    moment = user_time(text)
    return moment if isinstance(moment, BadValue) else moment.date()


def user_later_date(text: str) -> date | BadValue:
    """A day that may still lie ahead, such as the day an order ends: checked for form and for
    a year before 1900, but not refused for being in the future."""
    try:
        moment = parse_user_time(text, "first", date_order())
    except ValueError:
        return BadValue(not_a_date(text))
    except BadInput as exc:
        return BadValue(exc.message)
    if moment.year < EARLIEST_YEAR:
        return BadValue(f"That date is before {EARLIEST_YEAR}. Please check the year.")
    return moment.date()


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The options every command takes, wherever on the line they are written."""
    parser.add_argument(
        "--vault",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="the diary folder (default: $DAYBOOK_VAULT or your user data folder)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read passphrases one per line from standard input: init reads the new one; "
        "passwd the current then the new; recover the recovery key then the new passphrase; "
        "export --encrypt the diary's passphrase then the pack's; restore the backup's",
    )


def add_actions(
    parser: argparse.ArgumentParser,
    actions: Sequence[tuple[str, str, Callable[[argparse.ArgumentParser], None]]],
) -> None:
    """Sub-commands of one command (`daybook order add`), each with its own options and help."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    for name, help_text, options in actions:
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_common_options(p)
        options(p)


def entry_has_time(text: str) -> bool:
    """Whether a time to record gave the time of day, or only the day."""
    return has_clock_time(text, date_order())


def behaviour_code(text: str) -> str | BadValue:
    code = normalise_code(text)
    if code is None:
        return BadValue(f"'{text}' is not a behaviour code. 'daybook codes' lists them.")
    return code


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


def add_force_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--force", action="store_true", help=f"replace {what} if it is already there"
    )


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or anywhere inside it (links followed)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def check_output_file(path: Path, *, force: bool) -> Path:
    """A file to write, checked before any work: a name, in a folder that is there and can be
    written, not a folder itself, and not an existing file unless `force`."""
    from diary.fsutil import write_failure

    if not str(path).strip():
        raise BadInput("The file name to write to is empty. Please give one, e.g. --out pack.zip.")
    if path.is_dir():
        raise BadInput(f"{path} is a folder; please give a file name inside it.")
    if path.exists() or path.is_symlink():
        if not force:
            raise BadInput(
                f"{path} is already there. Nothing was written; choose another name, or add "
                "--force to replace it."
            )
        if not path.is_file():
            raise BadInput(f"{path} is not an ordinary file, so Daybook will not replace it.")
    folder = path.parent
    if not folder.is_dir():
        raise BadInput(f"There is no folder {folder}. Please create it first or choose another.")
    if not os.access(folder, os.W_OK):
        raise write_failure(folder, errno.EACCES)
    return path


def check_files(paths: Sequence[Path]) -> None:
    for path in paths:
        if path.is_dir():
            raise BadInput(f"{path} is a folder; please name the files inside it.")
        if not path.is_file():
            raise BadInput(f"There is no file at {path}.")
