"""Keeps a slow task on a worker thread from freezing the window through Python itself: the
interpreter lock that both threads need, and the garbage collector that holds it."""

from __future__ import annotations

import gc
import sys
import threading

# How long a thread may keep the interpreter lock when another asks for it. Python's 5 ms is
# paid each time the window's thread comes back into Python (every key press, paint and timer
# passes through the session's event filter), so a few dozen events in a row froze it for
# 100 ms or more while a worker was reading a chat or making a pack.
SHORT_TURN_S = 0.0005


class WhileWorking:
    """While any slow task runs the worker gives the lock up quickly, and only the young
    generations are collected (they catch almost all cyclic garbage): a task keeps hundreds of
    thousands of objects alive, and each full collection over them froze the window for about
    100 ms. Both come back when the last task ends, and its objects are gone by then."""

    NEVER = 1_000_000  # young collections before a full one: more than any task makes

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._full_after = gc.get_threshold()[2]
        self._turn = sys.getswitchinterval()

    def begin(self) -> None:
        with self._lock:
            if self._holders == 0:
                young, middle, self._full_after = gc.get_threshold()
                gc.set_threshold(young, middle, self.NEVER)
                self._turn = sys.getswitchinterval()
                sys.setswitchinterval(min(self._turn, SHORT_TURN_S))
            self._holders += 1

    def end(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                young, middle, _never = gc.get_threshold()
                gc.set_threshold(young, middle, self._full_after)
                sys.setswitchinterval(self._turn)

    @property
    def working(self) -> bool:
        return self._holders > 0


while_working = WhileWorking()


def set_aside_what_the_app_loaded() -> None:
    """Once the app has loaded and made its screens: what exists now lives as long as the app,
    so full collections need not walk it again (about 110,000 objects, 55 ms a collection)."""
    gc.freeze()
