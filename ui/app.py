"""Starts the desktop app: `daybook` with no command, or `python -m diary`."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from diary import hardening, portable
from diary.vault import default_vault_path
from ui import errors, languages, style
from ui.languages import Translations
from ui.resources import APP_ID, app_icon
from ui.session import Session
from ui.window import AppWindow

FAST_KDF_ENV = "DAYBOOK_INSECURE_FAST_KDF"
# For packaging/build's smoke test and start-time numbers: quit this many milliseconds after
# the window is shown and the event loop runs, as if the window had been closed.
QUIT_AFTER_ENV = "DAYBOOK_QUIT_AFTER_MS"
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


def keep_qt_inside_the_portable_folder() -> None:
    """What diary/portable.py cannot do for Qt: its settings (the file dialog's history) in an
    INI file in the data folder rather than the registry or a plist, and Qt's own file dialogs,
    because the system's add every file chosen to the system's recent lists."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    config = str(portable.data_folder() / "config")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, config)


def follow_the_chosen_language(
    session: Session, window: AppWindow, translations: Translations
) -> dict[str, AppWindow]:
    """The computer's language until the diary is open; then the one chosen in Settings,
    rebuilding the window in it (the pages' words are set when they are made). Returns the
    holder of the window on screen."""
    Translations.active = translations
    shown = {"window": window}

    rebuilding = False

    def rebuild() -> None:
        nonlocal rebuilding
        old = shown["window"]
        new = AppWindow(session)
        new.setGeometry(old.geometry())
        new.setWindowState(old.windowState())
        new.show()
        shown["window"] = new
        old.hide()  # not close(): closing locks the diary
        old.deleteLater()
        if session.is_unlocked:
            new.show_diary()
            rebuilding = True
            try:
                session.unlocked.emit()  # the new pages load the diary as after an unlock
            finally:
                rebuilding = False

    def apply_the_chosen_language() -> None:
        # Read when it runs, not when it was asked for: the diary may be locked by now.
        if session.is_unlocked:
            translations.switch(str(session.diary.get_setting(languages.SETTING, "") or ""))

    def unlocked() -> None:
        if not rebuilding:  # after the unlock has finished, not inside its signal
            QTimer.singleShot(0, apply_the_chosen_language)

    translations.rebuild = rebuild
    session.unlocked.connect(unlocked)
    return shown


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
    hardening.no_core_dumps()  # before any key exists in this process
    args = parse_args(sys.argv[1:] if argv is None else argv)
    vault = args.vault or default_vault_path()
    fast = args.insecure_fast_kdf or os.environ.get(FAST_KDF_ENV) == "1"
    if fast:
        print(
            "Warning: a diary created now will use a fast, weak key derivation. "
            "Use this only for tests and demonstrations.",
            file=sys.stderr,
        )
    if portable.is_active():
        keep_qt_inside_the_portable_folder()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName("Daybook")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    style.apply(app)

    def quietly(kind: type[BaseException], error: BaseException, tb: object) -> None:
        # Never a traceback on screen or in a log: one plain line, without diary content.
        print(errors.describe(error), file=sys.stderr)

    sys.excepthook = quietly
    translations = Translations(app)
    translations.use(languages.SYSTEM)  # before the first window is made
    session, window = build(vault, insecure_fast_kdf=fast)
    shown = follow_the_chosen_language(session, window, translations)
    del window
    _leave_quickly_on_signals(session)
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), lambda: shown["window"].close())
    code = app.exec()
    # A key still being derived (quick exit while unlocking or creating) finishes on its
    # worker; its answer, delivered now, closes what it opened. Every window is hidden already.
    QThreadPool.globalInstance().waitForDone(LEAVING_WAIT_MS)
    QCoreApplication.sendPostedEvents()
    session.lock()  # also takes back anything Daybook left on the clipboard
    shown.clear()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
