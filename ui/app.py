"""Starts the desktop app: `daybook` with no command, or `python -m diary`."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from diary.vault import default_vault_path
from ui import errors, style
from ui.resources import translations_folder
from ui.session import Session
from ui.window import AppWindow

FAST_KDF_ENV = "DAYBOOK_INSECURE_FAST_KDF"
# How long a closing app waits for work still running (a key being derived, a save) to end.
LEAVING_WAIT_MS = 30_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="daybook", description="Daybook, a private diary.")
    parser.add_argument("--vault", type=Path, default=None, help="the diary's folder")
    parser.add_argument(
        "--insecure-fast-kdf",
        action="store_true",
        help="for tests and demonstrations only: a new diary made quickly and weakly protected",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def build(
    vault: Path, *, insecure_fast_kdf: bool = False, quit_app: object = None
) -> tuple[Session, AppWindow]:
    """The session and its window, shown; used by `main` and by the tests."""
    session = Session(
        vault,
        insecure_fast_kdf=insecure_fast_kdf,
        quit_app=quit_app if callable(quit_app) else None,
    )
    window = AppWindow(session)
    window.show()
    # The rest of the app loads once the first screen is up (see AppWindow.prepare).
    QTimer.singleShot(0, window.prepare)
    return session, window


def install_translations(app: QApplication) -> None:
    """Qt's own words (standard buttons, dialogs) and Daybook's, in the system's language
    when a translation exists; UK English otherwise."""
    locale = QLocale.system()
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_words)
    ours = QTranslator(app)
    folder = translations_folder()
    if ours.load(locale, "daybook", "_", str(folder)):
        app.installTranslator(ours)


def _leave_quickly_on_signals(session: Session) -> None:
    """A logout, shutdown or Ctrl+C in the terminal saves the draft and locks, like quick exit."""

    def leave(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, session.quick_exit)

    for name in ("SIGTERM", "SIGHUP", "SIGINT"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, leave)
    # Python only runs signal handlers between bytecodes; a timer gives it the chance.
    wake = QTimer(session)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    vault = args.vault or default_vault_path()
    fast = args.insecure_fast_kdf or os.environ.get(FAST_KDF_ENV) == "1"
    if fast:
        print(
            "Warning: a diary created now will use a fast, weak key derivation. "
            "Use this only for tests and demonstrations.",
            file=sys.stderr,
        )
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName("Daybook")
    app.setDesktopFileName("daybook")
    app.setQuitOnLastWindowClosed(True)
    install_translations(app)
    style.apply(app)

    def quietly(kind: type[BaseException], error: BaseException, tb: object) -> None:
        # Never a traceback on screen or in a log: one plain line, without diary content.
        print(errors.describe(error), file=sys.stderr)

    sys.excepthook = quietly
    session, window = build(vault, insecure_fast_kdf=fast)
    _leave_quickly_on_signals(session)
    code = app.exec()
    # A key still being derived (quick exit while unlocking or creating) finishes on its
    # worker; its answer, delivered now, closes what it opened. Every window is hidden already.
    QThreadPool.globalInstance().waitForDone(LEAVING_WAIT_MS)
    QCoreApplication.sendPostedEvents()
    session.lock()  # also takes back anything Daybook left on the clipboard
    del window
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
