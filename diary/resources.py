"""Where Daybook's non-code files (fonts, style sheet, translations, help texts) are found.

One lookup for a source checkout, an installed wheel and a frozen (PyInstaller) bundle, in the
manner of Dangerzone's `get_resource_path`:

- frozen: the bundle's `resources/` (the spec copies the whole folder there);
- checkout: `resources/` beside the `diary` package;
- wheel: the wheel carries `resources/` as data files under `share/daybook/resources`, which pip
  puts under the install scheme's data folder (a venv's or the system's prefix, or the user's
  base for `pip install --user`). See docs/decisions.md.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from pathlib import Path

INSTALLED_SUBPATH = ("share", "daybook", "resources")


def _installed_candidates() -> list[Path]:
    """The data folders pip may have put a wheel's data files in, most likely first."""
    bases = [sys.prefix, sysconfig.get_path("data"), site.getuserbase()]
    # The package's own prefix: site-packages is <prefix>/lib/pythonX.Y/site-packages on POSIX
    # and <prefix>/Lib/site-packages on Windows.
    here = Path(__file__).resolve()
    bases += [str(here.parents[4]), str(here.parents[3])] if len(here.parents) > 4 else []
    seen: list[Path] = []
    for base in bases:
        candidate = Path(base).joinpath(*INSTALLED_SUBPATH)
        if candidate not in seen:
            seen.append(candidate)
    return seen


def resources_root() -> Path:
    """The `resources/` folder: in a frozen bundle, in a checkout, or where a wheel put it."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    candidates = _installed_candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)
