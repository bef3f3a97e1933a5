"""Entry point: `daybook` with no command opens the app; with a command it is the CLI.

`--portable` (anywhere) or a `portable` file beside the program is handled first, before
anything else starts, so that nothing is written to the host (diary/portable.py).
"""

from __future__ import annotations

import sys

from diary import hardening

if __name__ == "__main__":
    hardening.protect_process()  # first of all, before the command line loads anything


def main(argv: list[str] | None = None) -> int:
    hardening.protect_process()  # again for entry points that start here (pip's `daybook`)
    from diary import portable

    args = portable.enter(sys.argv[1:] if argv is None else argv)
    from diary.cli import run

    return hardening.finish(run(args))


if __name__ == "__main__":
    sys.exit(main())
