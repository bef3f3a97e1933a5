"""Slow work (key derivation, attaching, import, export) run off the GUI thread, reported by signal."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.pauses import while_working


class TaskSignals(QObject):
    """Lives in the GUI thread, so connected slots run there even though the task does not."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


ProgressFn = Callable[[int, int], None]


class Task(QRunnable):
    """Runs `work(progress)` on the thread pool; `progress(done, total)` may be handed to the core."""

    def __init__(self, work: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        while_working.begin()
        try:
            result = self._work(self._progress)
        except BaseException as error:  # every failure must reach the GUI as words, never a crash
            while_working.end()
            self._tell(self.signals.failed, error)
        else:
            while_working.end()
            self._tell(self.signals.done, result)

    def _progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone: see `_tell`
            self.signals.progress.emit(done, total)

    def _tell(self, signal: Any, value: object) -> None:
        # If the window, and these signals with it, went away first (the app is leaving while
        # the work ran on), nobody is left to tell, and no traceback either.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_running: set[Task] = set()


def start(
    work: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start `work` on a worker thread; the callbacks run on the GUI thread."""
    task = Task(work)
    _running.add(task)

    def finished_ok(result: object) -> None:
        _let_go(task)
        on_done(result)

    def finished_bad(error: object) -> None:
        _let_go(task)
        on_failed(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    task.signals.done.connect(finished_ok)
    task.signals.failed.connect(finished_bad)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def _let_go(task: Task) -> None:
    """Forget a finished task. Its connections hold these callbacks and what they close over
    (the diary, an entry's words, a window), and Python cannot see through them to collect the
    loop they make with the task: cut them, so nothing outlives the work."""
    _running.discard(task)
    with warnings.catch_warnings():  # PySide warns about a signal with nothing connected
        warnings.simplefilter("ignore", RuntimeWarning)
        for signal in (task.signals.done, task.signals.failed, task.signals.progress):
            signal.disconnect()
    task._work = _done


def _done(_progress: ProgressFn) -> None:
    return None


def busy() -> bool:
    """Whether any task is still running (tests and the quick exit wait on this)."""
    return bool(_running)
