"""Entry point: `daybook` with no command opens the app; with a command it is the CLI."""

from __future__ import annotations

import sys

from diary import hardening

if __name__ == "__main__":
    hardening.protect_process()  # first of all, before the command line loads anything


def main(argv: list[str] | None = None) -> int:
    hardening.protect_process()  # again for entry points that start here (pip's `daybook`)
    args = sys.argv[1:] if argv is None else argv
    from diary.cli import run

    return hardening.finish(run(args))


if __name__ == "__main__":
    sys.exit(main())
