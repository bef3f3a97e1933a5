"""Work done on a worker lets go of everything it used once it is finished: a page (and the
diary's words in it) captured by the work's callbacks does not stay in memory. While it runs,
Python itself does not hold the window up (ui/pauses.py)."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ui import pauses, workers


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


def _python_while(qtbot: QtBot, work: Callable[[], object]) -> tuple[tuple[int, int, int], float]:
    """The collector's thresholds and the interpreter's turn length seen from inside a task."""
    seen: list[tuple[tuple[int, int, int], float]] = []

    def task(_progress: workers.ProgressFn) -> object:
        seen.append((gc.get_threshold(), sys.getswitchinterval()))
        return work()

    finished: list[object] = []
    workers.start(task, finished.append, finished.append)
    qtbot.waitUntil(lambda: bool(finished))
    return seen[0]


def test_while_a_task_runs_the_window_is_not_held_up_by_python_itself(qtbot: QtBot) -> None:
    before = (gc.get_threshold(), sys.getswitchinterval())
    (young, middle, full), turn = _python_while(qtbot, lambda: None)
    assert full == pauses.WhileWorking.NEVER  # no full collection over the task's objects
    assert turn <= pauses.SHORT_TURN_S  # the window's thread gets the lock back quickly
    assert (young, middle) == before[0][:2]  # young garbage is still collected
    assert (gc.get_threshold(), sys.getswitchinterval()) == before  # all back once it ends


def test_a_task_that_fails_gives_python_back_as_it_was(qtbot: QtBot) -> None:
    before = (gc.get_threshold(), sys.getswitchinterval())

    def fail() -> object:
        raise OSError("the disk is full")

    _python_while(qtbot, fail)
    assert (gc.get_threshold(), sys.getswitchinterval()) == before
    assert not pauses.while_working.working


def test_the_first_task_to_end_does_not_end_the_others_quiet(qtbot: QtBot) -> None:
    before = gc.get_threshold()
    release = threading.Event()
    done: list[object] = []
    workers.start(lambda _p: release.wait(10), done.append, done.append)
    qtbot.waitUntil(lambda: pauses.while_working.working)
    (_young, _middle, full), _turn = _python_while(qtbot, lambda: None)
    assert full == pauses.WhileWorking.NEVER
    assert gc.get_threshold()[2] == pauses.WhileWorking.NEVER  # the long task still runs
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert gc.get_threshold() == before


def test_work_that_ends_after_the_window_has_gone_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """Quick exit while a pack is being made: the app leaves, Qt deletes the task's signals,
    and the work ends later with nobody to tell. No traceback on the terminal."""
    progress_seen: list[int] = []

    def work(progress: workers.ProgressFn) -> str:
        shiboken6.delete(task.signals)
        progress(1, 2)
        progress_seen.append(1)
        return "done"

    task = workers.Task(work)
    task.run()  # on this thread, as the pool's would: it must neither raise nor print
    assert progress_seen == [1]
    assert not pauses.while_working.working
    assert "Traceback" not in capfd.readouterr().err
