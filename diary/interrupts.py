"""Ctrl-C: the few steps that must not be cut in half, and what had been saved when it came.

A change of passphrase swaps the key file and notes it in the history; Ctrl-C between the two
would leave one done and the other not, so `deferred()` holds the interrupt until both are
done. Every saved change is counted (`note_saved`), so that the command line can say truthfully
whether anything was saved before it stopped.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

_saved = 0


def note_saved() -> None:
    """Something was saved for good (a transaction committed, a file put in place)."""
    global _saved
    _saved += 1


def saved_count() -> int:
    return _saved


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block is done, then stop as usual (main thread only; elsewhere,
    where no signal is ever delivered, it does nothing)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        arrived.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if arrived and callable(previous):
        previous(signal.SIGINT, None)
