"""Where Daybook's non-code files (fonts, style sheet, translations, help texts) are found.

One lookup for a source checkout, an installed wheel and a frozen (PyInstaller) bundle, in the
manner of Dangerzone's `get_resource_path`: the folder is `resources/` beside the packages.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: in a frozen bundle, in a checkout, or installed under sys.prefix."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "daybook" / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)
