"""Entry point: `daybook` with no command opens the app; with a command it is the CLI."""

from __future__ import annotations

import importlib
import sys

# Options that may come before the command and take a value of their own.
_OPTIONS_WITH_VALUE = {"--vault"}
_APP_FLAGS = {"--insecure-fast-kdf"}


def wants_app(args: list[str]) -> bool:
    """True when no command was given (only `--vault DIR` and app flags): open the app."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in _OPTIONS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("--vault="):
            continue
        if arg in _APP_FLAGS:
            continue
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_app(args):
        # Imported by name so the core never depends on Qt; only this entry point reaches it.
        app = importlib.import_module("ui.app")
        return int(app.main(args))
    from diary.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
