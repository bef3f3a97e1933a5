"""Qt runs offscreen; each test gets a real vault folder on disk and a real app window over it."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from pytestqt.qtbot import QtBot

from ui.app import build
from ui.session import Session
from ui.window import AppWindow


class App:
    """One running app: its session, window and whether it asked to quit."""

    def __init__(self, vault: Path) -> None:
        self.quit_calls = 0
        self.closed = False
        self.session: Session
        self.window: AppWindow
        self.session, self.window = build(vault, insecure_fast_kdf=True, quit_app=self._quit)

    def _quit(self) -> None:
        self.quit_calls += 1

    def close(self) -> None:
        if self.closed:  # a test may close it itself; the fixture closes it again after
            return
        self.closed = True
        QThreadPool.globalInstance().waitForDone(10_000)
        self.session.lock()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.session)
        self.window.hide()

    def dispose(self) -> None:
        """After the test: Qt deletes the window and session at its next chance. Not in
        `close`, which a test may call itself: waiting afterwards would delete them while the
        test still holds them."""
        self.close()
        self.window.deleteLater()
        self.session.deleteLater()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def start_app(qtbot: QtBot) -> Iterator[object]:
    apps: list[App] = []

    def start(vault: Path) -> App:
        app = App(vault)
        qtbot.addWidget(app.window)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.dispose()


@pytest.fixture(autouse=True)
def _collect_what_each_test_left() -> Iterator[None]:
    """The app sets aside what it loaded from the garbage collector once its screens are made
    (ui/pauses.py); in one test run that would keep every earlier test's leftovers forever."""
    yield
    gc.unfreeze()
