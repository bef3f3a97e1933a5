"""The one window: first run, unlock or the diary itself, all titled just "Daybook"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from ui.diary_page import DiaryPage
from ui.firstrun import FirstRunPage
from ui.help_page import HelpPage
from ui.pack_viewer import PackViewer
from ui.session import Session
from ui.unlock import UnlockPage
from ui.widgets import EnterPressesButtons

QUICK_EXIT_KEYS = "Ctrl+Q"  # as well as Esc pressed twice; both documented in docs/app.md
HELP_KEYS = "F1"  # help and safety, from every page
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
        self.diary_page = DiaryPage(session)
        self.pack_viewer = PackViewer()
        self.help_page = HelpPage(session)
        for page in (
            self.first_run,
            self.unlock_page,
            self.diary_page,
            self.pack_viewer,
            self.help_page,
        ):
            self.pages.addWidget(page)
        self._before_pack: QWidget | None = None
        self._before_help: QWidget | None = None
        for asked in (
            self.first_run.open_help,
            self.unlock_page.open_help,
            self.diary_page.open_help,
        ):
            asked.connect(self.show_help)
        self.help_page.closed.connect(self._help_closed)
        self.help_page.open_plan.connect(self._help_to_plan)
        for asked in (self.first_run.open_pack, self.unlock_page.open_pack):
            asked.connect(self.show_pack_viewer)
        self.diary_page.open_pack.connect(self.show_pack_viewer)
        self.pack_viewer.closed.connect(self._pack_viewer_closed)
        session.locked.connect(self.pack_viewer.clear)
        self.first_run.finished.connect(self.show_diary)
        self.unlock_page.unlocked.connect(self.show_diary)
        session.locked.connect(self.show_unlock)
        self.quick_exit_shortcut = QShortcut(QKeySequence(QUICK_EXIT_KEYS), self)
        self.quick_exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit_shortcut.activated.connect(session.quick_exit)
        self.help_shortcut = QShortcut(QKeySequence(HELP_KEYS), self)
        self.help_shortcut.activated.connect(self.show_help)
        self.enter_keys = EnterPressesButtons(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.enter_keys)
        if session.vault_exists():
            self.show_unlock()
        else:
            self.pages.setCurrentWidget(self.first_run)
            self.first_run.focus_first()

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

    def show_pack_viewer(self) -> None:
        """Open an evidence pack (no diary needed); closing it returns to where the person was."""
        if self.pages.currentWidget() is not self.pack_viewer:
            self._before_pack = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.pack_viewer)
        self.pack_viewer.start()

    def show_help(self) -> None:
        """Help and safety (no diary needed); Back returns to where the person was."""
        if self.pages.currentWidget() is not self.help_page:
            self._before_help = self.pages.currentWidget()
        self.help_page.refresh()
        self.pages.setCurrentWidget(self.help_page)
        self.help_page.focus_first()

    def _help_closed(self) -> None:
        back = self._before_help or self.unlock_page
        self._before_help = None
        if back is self.diary_page and not self.session.is_unlocked:
            back = self.unlock_page
        self.pages.setCurrentWidget(back)
        focus = getattr(back, "focus_first", None)
        if callable(focus):
            focus()

    def _help_to_plan(self) -> None:
        if not self.session.is_unlocked:
            return
        self._before_help = None
        self.pages.setCurrentWidget(self.diary_page)
        self.diary_page.show_safety_plan()

    def _pack_viewer_closed(self) -> None:
        back = self._before_pack
        self._before_pack = None
        if back is self.diary_page and not self.session.is_unlocked:
            back = self.unlock_page
        self.pages.setCurrentWidget(back or self.unlock_page)
        focus = getattr(back, "focus_first", None)
        if callable(focus):
            focus()

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
