"""The one window: first run, unlock or the diary itself, all titled just "Daybook".

The first screen comes up before the rest of the app is loaded: the diary's pages and the pack
viewer (and the database, PDF and import libraries under them) are loaded on a worker and made
a part at a time while the window waits for a passphrase (see `prepare`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from ui import pauses, workers
from ui.firstrun import FirstRunPage
from ui.help_page import HelpPage
from ui.session import Session
from ui.unlock import UnlockPage

if TYPE_CHECKING:
    from ui.diary_page import DiaryPage
    from ui.pack_viewer import PackViewer

QUICK_EXIT_KEYS = "Ctrl+Q"  # as well as Esc pressed twice; both documented in docs/app.md
HELP_KEYS = "F1"  # help and safety, from every page
WAIT_WHILE_BUSY_MS = 100
# Between two parts made on idle turns: each takes 20-30 ms, and two in a row (with the paint
# that follows) held the window for over 100 ms.
PAUSE_BETWEEN_PARTS_MS = 40
PREFERRED_SIZE = (1100, 720)
FRAME_ALLOWANCE = 16  # pixels for the title bar and borders the window manager adds


class AppWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Daybook")
        self.setObjectName("appWindow")
        self.setAccessibleName("Daybook")
        self.fit_to_screen()
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.first_run = FirstRunPage(session)
        self.unlock_page = UnlockPage(session)
        self.help_page = HelpPage(session)
        self._diary_page: DiaryPage | None = None
        self._pack_viewer: PackViewer | None = None
        for page in (self.first_run, self.unlock_page, self.help_page):
            self.pages.addWidget(page)
        self._before: dict[QWidget, QWidget] = {}  # where Back goes from help, the pack viewer
        for asked in (self.first_run.open_help, self.unlock_page.open_help):
            asked.connect(self.show_help)
        self.help_page.closed.connect(self._help_closed)
        self.help_page.open_plan.connect(self._help_to_plan)
        for asked in (self.first_run.open_pack, self.unlock_page.open_pack):
            asked.connect(self.show_pack_viewer)
        # A bound method, not a lambda: a window replaced (a new language) lets go of it.
        session.unlocked.connect(self._diary_opened)
        self.first_run.finished.connect(self.show_diary)
        self.unlock_page.unlocked.connect(self.show_diary)
        session.locked.connect(self.show_unlock)
        self.quick_exit_shortcut = QShortcut(QKeySequence(QUICK_EXIT_KEYS), self)
        self.quick_exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit_shortcut.activated.connect(session.quick_exit)
        self.help_shortcut = QShortcut(QKeySequence(HELP_KEYS), self)
        self.help_shortcut.activated.connect(self.show_help)
        if session.vault_exists():
            self.show_unlock()
        else:
            self.pages.setCurrentWidget(self.first_run)
            self.first_run.focus_first()

    # -- made when first needed, or beforehand while the window is idle -----------------------
    @property
    def diary_page(self) -> DiaryPage:
        if self._diary_page is None:
            from ui.diary_page import DiaryPage

            page = DiaryPage(self.session)
            page.open_help.connect(self.show_help)
            page.open_pack.connect(self.show_pack_viewer)
            self.pages.addWidget(page)
            self._diary_page = page
        return self._diary_page

    @property
    def pack_viewer(self) -> PackViewer:
        if self._pack_viewer is None:
            from ui.pack_viewer import PackViewer

            viewer = PackViewer()
            viewer.closed.connect(self._pack_viewer_closed)
            self.session.locked.connect(viewer.clear)
            self.pages.addWidget(viewer)
            self._pack_viewer = viewer
        return self._pack_viewer

    def _diary_opened(self) -> None:
        self.diary_page.opened()

    def prepare(self) -> None:
        """Once the first screen is up: load the rest of the app on a worker, then make the
        diary's parts one at a time on idle turns, so none holds the window up for long and
        the diary is ready when the passphrase is."""
        workers.start(load_the_rest, lambda _r: self._make_next(), lambda _e: self._make_next())

    def _make_next(self) -> None:
        if self.session.leaving or not self.isVisible():
            return  # leaving (quick exit hides the window first): nothing more to make
        if (
            self.unlock_page.is_busy
            or self.first_run.choose_page.is_busy
            or pauses.while_working.working
        ):
            # A key is being derived, or a chat read or a pack made: the window only shows that
            # it is busy. Wait, so that nothing else competes with it for the computer (and it
            # still answers at once).
            QTimer.singleShot(WAIT_WHILE_BUSY_MS, self._make_next)
            return
        if self._diary_page is None:
            self.diary_page  # noqa: B018 - made here, on an idle turn
        elif not self.diary_page.build_next():
            self.pack_viewer  # noqa: B018
            pauses.set_aside_what_the_app_loaded()
            return
        QTimer.singleShot(PAUSE_BETWEEN_PARTS_MS, self._make_next)

    def fit_to_screen(self) -> None:
        """Open at a comfortable size, but never larger than the screen less its taskbar."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*PREFERRED_SIZE)
            return
        room = screen.availableGeometry()
        # The frame is not known before the window is shown; leave room for a usual one.
        frame = 0 if QGuiApplication.platformName() == "offscreen" else FRAME_ALLOWANCE
        width = min(PREFERRED_SIZE[0], room.width() - frame)
        height = min(PREFERRED_SIZE[1], room.height() - frame * 2)
        self.resize(width, height)

    def show_unlock(self) -> None:
        # A question or file dialog left open must not outlive the lock.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.unlock_page.reset()
        self.help_page.refresh()
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus_first()

    def _show_page(self, page: QWidget) -> None:
        """`page` (help, the pack viewer): inside the open diary, under its bar with Lock and
        Quick exit; with no diary open, as a page of the window."""
        if self.session.is_unlocked and self.pages.currentWidget() is self._diary_page:
            self.diary_page.show_guest(page)
            return
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)  # back from the diary, where it was last shown
        before = self.pages.currentWidget()
        if before is not page:
            self._before[page] = before
        self.pages.setCurrentWidget(page)

    def _page_closed(self, page: QWidget) -> None:
        if self._diary_page is not None and self._diary_page.hosts(page):
            self._diary_page.close_guest()
            return
        back = self._before.pop(page, None) or self.unlock_page
        if back is self._diary_page and not self.session.is_unlocked:
            back = self.unlock_page
        self.pages.setCurrentWidget(back)
        focus = getattr(back, "focus_first", None)
        if callable(focus):
            focus()

    def show_pack_viewer(self) -> None:
        """Open an evidence pack (no diary needed); closing it returns to where the person was."""
        self._show_page(self.pack_viewer)
        self.pack_viewer.start()

    def show_help(self) -> None:
        """Help and safety (no diary needed); Back returns to where the person was."""
        self.help_page.refresh()
        self._show_page(self.help_page)
        self.help_page.focus_first()

    def _help_closed(self) -> None:
        self._page_closed(self.help_page)

    def _help_to_plan(self) -> None:
        if not self.session.is_unlocked:
            return
        self._before.pop(self.help_page, None)
        self.pages.setCurrentWidget(self.diary_page)
        self.diary_page.show_safety_plan()

    def _pack_viewer_closed(self) -> None:
        self._page_closed(self.pack_viewer)

    def show_diary(self) -> None:
        self.pages.setCurrentWidget(self.diary_page)
        self.diary_page.focus_first()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.session.window_minimised()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window keeps what was being written (as a draft) and locks.
        self.session.lock()
        event.accept()


# In this order: unlocking needs the first three; the heavier pages can follow.
LOADED_LATER = (
    "diary.vault.vault",
    "diary.records.service",
    "ui.diary_page",
    "ui.about_me",
    "ui.court_page",
    "ui.import_review",
    "ui.export_wizard",
    "ui.pack_viewer",
)


def load_the_rest(_progress: Any = None) -> None:
    """Import what the diary's pages need (the database, PDF and import libraries), on a worker:
    Python lets the window's thread run between the imports' steps. The unlock and create
    workers call it too before they hand over, so the window's thread never imports these
    itself (it would wait, frozen, on a module another thread is half-way through)."""
    for name in LOADED_LATER:
        importlib.import_module(name)
