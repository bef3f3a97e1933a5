"""Entry point: `daybook` with no command opens the app; with a command it is the CLI.

`--portable` (anywhere) or a `portable` file beside the program is handled first, before
anything else starts, so that nothing is written to the host (diary/portable.py).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from diary import portable

    args = portable.enter(sys.argv[1:] if argv is None else argv)
    from diary.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
