"""Where the diary folder is when none is named: light, so the CLI can say it without the database."""

from __future__ import annotations

import os
from pathlib import Path


def default_vault_path() -> Path:
    """`DAYBOOK_VAULT` if set, else the platform's per-user data folder."""
    env = os.environ.get("DAYBOOK_VAULT")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Daybook", appauthor=False))
