"""Work done on a worker lets go of everything it used once it is finished: a page (and the
diary's words in it) captured by the work's callbacks does not stay in memory."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ui import workers


class Page(QPlainTextEdit):
    """Stands for a page holding what the person wrote, whose work runs on a worker."""

    def __init__(self) -> None:
        super().__init__("He was outside again")
        self.finished = False

    def save(self) -> None:
        workers.start(lambda _p: self.toPlainText(), lambda _r: self._saved(), lambda _e: None)

    def _saved(self) -> None:
        self.finished = True


def test_a_finished_task_keeps_nothing_it_used(qtbot: QtBot) -> None:
    page = Page()
    page.save()
    qtbot.waitUntil(lambda: not workers.busy())  # the wait itself holds nothing of the page
    assert page.finished
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    held = weakref.ref(page)
    del page
    gc.collect()
    assert held() is None
