"""A logout or `kill` (SIGTERM) saves what was being written and locks, like the quick exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from diary.records.service import Diary
from diary.vault import Vault

SCRIPT = """
import os, signal, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import app as daybook
session, window = daybook.build(Path(sys.argv[1]))
window.unlock_page.passphrase.setText(sys.argv[2])
window.unlock_page.unlock()
while window.pages.currentWidget() is not window.diary_page:
    app.processEvents(); time.sleep(0.01)
window.diary_page.new_entry()
window.diary_page.editor.description.setPlainText("Typed just before the logout")
daybook._leave_quickly_on_signals(session)
QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
QTimer.singleShot(10_000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_sigterm_saves_the_draft_and_locks(tmp_path: Path) -> None:
    vault, _key = Vault.create(
        tmp_path / "vault", "a passphrase for this", initials="AB", insecure_fast_kdf=True
    )
    vault.lock()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault"), "a passphrase for this"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(root)),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    vault.unlock("a passphrase for this")
    try:
        draft = Diary(vault).load_draft("editor")
    finally:
        vault.lock()
    assert draft is not None
    assert draft["description"] == "Typed just before the logout"
