"""The first screen comes up light: before it is shown, no database, PDF or import library and
none of the diary's pages is loaded; they load afterwards, while the window waits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from drive import PASSPHRASE

from diary.vault import Vault

HEAVY = ("sqlalchemy", "sqlcipher3", "reportlab", "alembic", "diary.importing", "ui.diary_page")
HARNESS = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app import build
session, window = build(Path(sys.argv[1]))
first = window.pages.currentWidget().objectName() or type(window.pages.currentWidget()).__name__
shown = sorted(sys.modules)
while window._diary_page is None or window._pack_viewer is None:
    app.processEvents()
later = sorted(sys.modules)
print("RESULT " + json.dumps({"first": first, "shown": shown, "later": later}))
"""


def _loaded(names: list[str], wanted: str) -> bool:
    return any(name == wanted or name.startswith(wanted + ".") for name in names)


@pytest.mark.parametrize("diary_exists", [False, True], ids=["first run", "unlock"])
def test_the_first_screen_loads_nothing_heavy(tmp_path: Path, diary_exists: bool) -> None:
    folder = tmp_path / "vault"
    if diary_exists:
        vault, _key = Vault.create(folder, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
        vault.lock()
    run = subprocess.run(
        [sys.executable, "-c", HARNESS, str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    line = next(x for x in run.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[7:])
    assert result["first"] == ("UnlockPage" if diary_exists else "FirstRunPage")
    assert [m for m in HEAVY if _loaded(result["shown"], m)] == []
    # Loaded afterwards, so the diary is ready by the time the passphrase is.
    assert all(_loaded(result["later"], m) for m in ("sqlalchemy", "ui.diary_page"))
