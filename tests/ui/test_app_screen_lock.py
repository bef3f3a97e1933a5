"""Locking when the screen locks: the D-Bus screen saver signal, in a private session bus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from drive import create_diary
from pytestqt.qtbot import QtBot

from diary.vault import Vault
from tests.conftest import require_tool

SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app import build
session, window = build(Path(sys.argv[1]))
window.unlock_page.passphrase.setText(sys.argv[2])
window.unlock_page.unlock()
deadline = time.time() + 20
while window.pages.currentWidget() is not window.diary_page and time.time() < deadline:
    app.processEvents(); time.sleep(0.01)
assert session.is_unlocked, "did not unlock"
signal = QDBusMessage.createSignal(
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
)
signal.setArguments([True])
assert QDBusConnection.sessionBus().send(signal)
deadline = time.time() + 5
while session.is_unlocked and time.time() < deadline:
    app.processEvents(); time.sleep(0.01)
print("locked" if not session.is_unlocked else "still open")
"""


def test_screen_saver_slot_locks(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    app.session.screen_saver_changed(False)
    assert app.session.is_unlocked
    app.session.screen_saver_changed(True)
    assert not app.session.is_unlocked


def test_screen_lock_over_dbus_locks_the_diary(tmp_path: Path) -> None:
    require_tool("dbus-run-session")
    vault, _key = Vault.create(
        tmp_path / "vault", "a passphrase for this", initials="AB", insecure_fast_kdf=True
    )
    vault.lock()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "vault"),
            "a passphrase for this",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("locked")
