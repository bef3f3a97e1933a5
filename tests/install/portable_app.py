"""Run by test_portable.py in a fresh process: the real `daybook --portable` entry, with the
app driven through first run (a new diary), then locked and closed."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from drive import create_diary

import ui.app
from ui.session import Session
from ui.window import AppWindow


class Bot:
    """Just enough of pytest-qt's qtbot for tests/ui/drive.py, without pytest."""

    def mouseClick(self, widget: QWidget, button: object) -> None:
        QTest.mouseClick(widget, button)  # type: ignore[call-overload]

    def keyClicks(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)

    def waitUntil(self, condition: Callable[[], bool], timeout: int = 5000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            QApplication.processEvents()
            QTest.qWait(20)


original_build = ui.app.build


def build_and_drive(vault: Path, **kwargs: object) -> tuple[Session, AppWindow]:
    session, window = original_build(vault, **kwargs)  # type: ignore[arg-type]

    def drive() -> None:
        create_diary(Bot(), window)  # type: ignore[arg-type]
        session.lock()
        window.close()

    QTimer.singleShot(0, drive)
    return session, window


ui.app.build = build_and_drive  # type: ignore[assignment]

if __name__ == "__main__":
    from diary.__main__ import main

    sys.exit(main(["--portable"]))
