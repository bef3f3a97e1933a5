"""What a running command has to hand: its arguments, where the diary is, and passphrases.

The vault is opened here only when a command asks for it, so commands that need no diary
(`codes`, `verify`) never load the database libraries.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from diary.errors import BadInput
from diary.words import plural

if TYPE_CHECKING:
    from diary.records.service import Diary
    from diary.vault import Vault

INSECURE_WARNING = (
    "Warning: this diary uses a deliberately weak passphrase protection, for tests and "
    "demonstrations only. Do not keep a real diary in it."
)


class PassphraseSource:
    """Passphrases asked at a terminal, or read one line at a time from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin or sys.stdin

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            try:
                line = self.stdin.readline()
                # Read with errors="surrogateescape" (as under a C locale), bad bytes come
                # through as lone surrogates instead of failing here.
                line.encode("utf-8")
            except UnicodeError:
                raise BadInput(
                    "What was read from standard input is not valid UTF-8 text. Nothing was "
                    "changed; please give the passphrase as UTF-8."
                ) from None
            if not line:
                raise BadInput(
                    "Daybook expected another line on standard input but there was none."
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise BadInput(
                "Daybook needs a passphrase: run it in a terminal, or use --passphrase-stdin."
            )
        first = getpass.getpass(prompt)
        if confirm:
            second = getpass.getpass("Type it again to check: ")
            if first != second:
                raise BadInput("The two passphrases were different, so nothing was changed.")
        return first


DIARY_WORDS = ("daybook", "diary", "journal", "passphrase")
WEAK_PASSPHRASE = (
    "That passphrase could be guessed: anyone who gets a copy of your diary folder could try "
    "passphrases, as fast as their computer allows, until one opens it. Choose a longer one "
    "(a few unusual words), or add --allow-weak-passphrase if you accept that risk. Nothing "
    "was changed."
)
WEAK_ACCEPTED = (
    "Warning: that passphrase could be guessed by anyone who gets a copy of the diary folder. "
    "It was accepted because of --allow-weak-passphrase."
)


def add_weak_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-weak-passphrase",
        action="store_true",
        help="accept a passphrase that could be guessed (for tests and demonstrations): whoever "
        "gets a copy of the diary folder could then guess their way in",
    )


class Context:
    """One command's arguments, the diary folder it works on and where passphrases come from."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO | None = None) -> None:
        self.args = args
        self.passphrases = PassphraseSource(getattr(args, "passphrase_stdin", False), stdin)

    @cached_property
    def path(self) -> Path:
        given: str | None = getattr(self.args, "vault", None)
        if given is not None:
            if not given.strip():
                raise BadInput(
                    "The diary folder given with --vault is empty. Please name a folder."
                )
            path = Path(given).expanduser()
        else:
            from diary.vault.location import default_vault_path

            path = default_vault_path()
        if path.exists() and not path.is_dir():
            raise BadInput(f"{path} is a file, not a diary folder. Please give the diary's folder.")
        inside = next((p for p in path.parents if p.exists()), None)
        if inside is not None and not inside.is_dir():
            # notes.txt/diary: said as what it is, not as a disk's error or a missing diary.
            raise BadInput(
                f"{inside} is a file, not a folder, so there can be no diary folder inside it. "
                "Please give the diary's folder."
            )
        return path

    def new_passphrase(self, prompt: str) -> str:
        """A new passphrase for the diary, asked twice at a terminal, held to the app's strength
        rule (diary/strength.py) unless --allow-weak-passphrase."""
        from diary import strength

        passphrase = self.passphrases.ask(prompt, confirm=True)
        if not passphrase:
            raise BadInput("The passphrase cannot be empty. Nothing was changed.")
        if not strength.strong_enough(passphrase, DIARY_WORDS):
            if not getattr(self.args, "allow_weak_passphrase", False):
                raise BadInput(WEAK_PASSPHRASE)
            print(WEAK_ACCEPTED, file=sys.stderr)
        return passphrase

    @contextlib.contextmanager
    def unlocked(self) -> Iterator[Vault]:
        """The vault, unlocked for the length of a command and locked again whatever happens."""
        vault = self.open_vault()
        try:
            yield vault
        finally:
            vault.lock()

    @contextlib.contextmanager
    def open_diary(self) -> Iterator[Diary]:
        """The records of the vault, unlocked for the length of a command."""
        from diary.records.service import Diary

        with self.unlocked() as vault:
            yield Diary(vault)

    def open_vault(self) -> Vault:
        from diary.vault import Vault

        vault = Vault.open(self.path)
        if vault.header.insecure_fast_kdf:
            print(INSECURE_WARNING, file=sys.stderr)
        failed = vault.unlock(self.passphrases.ask("Passphrase: "))
        if vault.key_file_note and not getattr(self.args, "repair", False):
            print(f"Note: {vault.key_file_note}", file=sys.stderr)
        if failed:
            times = ", ".join(t.strftime("%d %b %Y %H:%M") for t in failed[-5:])
            attempts = plural(len(failed), "unsuccessful attempt")
            print(
                f"Note: {attempts} to open your diary since you last opened it ({times}).",
                file=sys.stderr,
            )
        return vault
