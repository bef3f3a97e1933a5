"""The frozen bundle's entry point: the same `main` as the `daybook` command."""

import sys

from diary.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
