"""The `daybook` command line: parses arguments, asks for passphrases, prints records, maps errors to exit codes.

main.py runs a command line; parser.py builds the parser from the commands registered in
commands.py; each group of commands is its own module (entries, lists, messages, packs, admin,
demo); output.py prints records and listings; context.py opens the vault and asks passphrases.
"""

from diary.cli.commands import COMMANDS
from diary.cli.main import run
from diary.cli.parser import build_parser

__all__ = ["COMMANDS", "build_parser", "run"]
