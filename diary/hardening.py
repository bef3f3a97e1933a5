"""What every Daybook process does first, the command line's and the app's alike.

- No core dumps: a dump of the app taken after a quick exit held both keys, so the kernel is
  told never to write one (RLIMIT_CORE 0) and, on Linux, that the process is not dumpable
  (PR_SET_DUMPABLE 0, which also keeps other programs of the same user from reading its memory).
- Ctrl-C before a command has started stops at once with one line, never a traceback. A
  launcher may start Daybook with the interrupt blocked, so that even the first moments are
  covered: it is unblocked here, once the handler is in place.

Only the standard library's lightest modules are imported here: this runs before anything else.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

STOPPED = 130  # the shell's own code for a program stopped by Ctrl-C
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
NOTHING_CHANGED = "Stopped. Nothing was changed.\n"


def _stop_at_once(_signum: int, _frame: FrameType | None) -> None:
    fresh = "\n" if os.isatty(2) else ""  # on a terminal, not after its "^C"
    os.write(2, (fresh + NOTHING_CHANGED).encode())
    os._exit(STOPPED)


def stop_quietly_on_interrupt() -> None:
    """Until a command takes over, Ctrl-C ends the process with one line."""
    signal.signal(signal.SIGINT, _stop_at_once)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def no_core_dumps() -> None:
    """Never write this process's memory to disk in a crash dump (best effort, per platform)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def finish(code: int) -> int:
    """After the command: whatever was to be said has been said, and Ctrl-C now would only
    interrupt the interpreter tidying up, so it is ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return code


def protect_process() -> None:
    """Both, in the order that leaves the smallest gap: the interrupt first."""
    stop_quietly_on_interrupt()
    no_core_dumps()
