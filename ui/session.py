"""The open diary and everything that closes it: lock, auto-lock after idle or screen lock, quick exit."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SLOT,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from diary.crypto import keyslots
from ui.clipboard import SecretClipboard
from ui.widgets import press_focused_button

if TYPE_CHECKING:
    from diary.records.service import Diary
    from diary.vault import Vault

DEFAULT_AUTO_LOCK_MINUTES = 5
ESCAPE_TWICE_WITHIN_S = 1.0
# Ctrl+Q, as well as Esc twice; both documented in docs/app.md.
QUICK_EXIT_KEY = Qt.Key.Key_Q
QUICK_EXIT_MODIFIERS = Qt.KeyboardModifier.ControlModifier
# Where "quick exit" can leave the screen: somewhere ordinary to be looking at.
NEUTRAL_PAGE = "https://www.bbc.co.uk/weather"

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    """Owns the vault while the app runs. Widgets listen to `unlocked` and `locking`."""

    unlocked = Signal()
    locking = Signal()  # emitted before the keys go: save drafts, drop models and images
    locked = Signal()
    # Why the diary locked itself ("after 5 minutes without use"), said when it is reopened;
    # empty when the person locked it.

    def __init__(
        self,
        vault_path: Path,
        *,
        insecure_fast_kdf: bool = False,
        quit_app: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.insecure_fast_kdf = insecure_fast_kdf
        self.vault: Vault | None = None
        self.failed_attempts: list[datetime] = []
        self.prefetched_timeline: list[Any] | None = None
        self.clipboard = SecretClipboard(self)
        self.quick_exit_opens_page = False
        self.lock_on_minimise = False
        self._quit = quit_app or QCoreApplication.quit
        self.leaving = False  # set by quick exit: anything that finishes later shows nothing
        self.lock_reason = ""
        self.is_locking = False  # while widgets save and empty themselves before the lock
        self._last_escape = 0.0
        self._key_chain: QWidget | None = None  # the last widget a key press reached
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)
        self.set_auto_lock_minutes(DEFAULT_AUTO_LOCK_MINUTES)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        self._watch_screen_saver()

    # -- state ---------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_unlocked

    @property
    def diary(self) -> Diary:
        """The records of the open vault; raises the core's VaultLocked when locked."""
        if self.vault is None:
            from diary.errors import VaultLocked

            raise VaultLocked()
        from diary.records.service import Diary

        return Diary(self.vault)

    def vault_exists(self) -> bool:
        # Not Vault.exists: the first screen must not wait for the database library.
        return keyslots.present(self.vault_path)

    def opened(
        self, vault: Vault, failed_attempts: list[datetime], timeline: list[Any] | None = None
    ) -> None:
        """Called once the vault is unlocked (after creating or unlocking it)."""
        self.vault = vault
        self.lock_reason = ""
        self.failed_attempts = list(failed_attempts)
        self.prefetched_timeline = timeline
        self._read_settings()
        self._idle.start()
        self.unlocked.emit()

    def _read_settings(self) -> None:
        diary = self.diary
        minutes = diary.get_setting("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        self.set_auto_lock_minutes(int(minutes or DEFAULT_AUTO_LOCK_MINUTES))
        self.lock_on_minimise = bool(diary.get_setting("lock_on_minimise", False))
        self.quick_exit_opens_page = bool(diary.get_setting("quick_exit_opens_page", False))

    def set_auto_lock_minutes(self, minutes: float) -> None:
        self.set_idle_timeout_ms(int(minutes * 60_000))

    def set_idle_timeout_ms(self, ms: int) -> None:
        self._idle.setInterval(max(ms, 50))
        if self._idle.isActive():
            self._idle.start()

    def idle_timeout_ms(self) -> int:
        return self._idle.interval()

    # -- closing -------------------------------------------------------------------------------
    def lock(self, *, reason: str = "") -> None:
        """Save what is being written, forget everything shown, then drop the keys.

        `reason` says why the diary locked itself (idle, screen lock), for the unlock screen."""
        self._idle.stop()
        self.clipboard.clear()
        if not self.is_unlocked:
            return
        self.lock_reason = reason
        # Widgets save drafts on this signal while the vault can still take them.
        self.is_locking = True
        try:
            self.locking.emit()
        finally:
            self.is_locking = False
        assert self.vault is not None
        self.vault.lock()
        self.failed_attempts = []
        self.prefetched_timeline = None
        self.locked.emit()

    def quick_exit(self) -> None:
        """Hide every window at once, save the draft, lock and leave.

        Works in every state: a diary still being unlocked or created is closed as soon as
        its key is ready (see `leaving`), and a question or file dialog is hidden too, which
        also ends its own event loop."""
        self.leaving = True
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QCoreApplication.processEvents()
        try:
            self.lock()
        finally:
            self.clipboard.clear()
            if self.quick_exit_opens_page:
                QDesktopServices.openUrl(QUrl(NEUTRAL_PAGE))
            self._quit()

    def _idle_timeout(self) -> None:
        if self.is_unlocked:
            minutes = round(self._idle.interval() / 60_000)
            if minutes == 1:
                reason = self.tr("Locked after 1 minute without use.")
            elif minutes > 1:
                reason = self.tr("Locked after {n} minutes without use.").format(n=minutes)
            else:
                reason = self.tr("Locked after a while without use.")
            self.lock(reason=reason)

    def window_minimised(self) -> None:
        if self.lock_on_minimise and self.is_unlocked:
            self.lock(reason=self.tr("Locked when the window was minimised."))

    def _application_state_changed(self, state: Any) -> None:
        # Suspended is what Qt reports when the session goes away on platforms that tell it.
        if state == Qt.ApplicationState.ApplicationSuspended and self.is_unlocked:
            self.lock(reason=self.tr("Locked when the computer went to sleep."))

    def _watch_screen_saver(self) -> None:
        """On Linux desktops the screen locker says so over D-Bus; lock with it."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - depends on the platform build
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        # PySide wants the slot as the str SLOT() makes, whatever its type stubs say.
        slot: Any = SLOT("screen_saver_changed(bool)")
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            try:
                bus.connect("", path, service, "ActiveChanged", self, slot)
            except (TypeError, ValueError):  # a binding that disagrees: lock on idle only
                return

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active and self.is_unlocked:
            self.lock(reason=self.tr("Locked when the screen was locked."))

    # -- activity, Ctrl+Q, the double Escape, Enter on a button ------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if self._idle.isActive():
                self._idle.start()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and self._first_delivery(watched)
            ):
                return self._key_pressed(watched, event)
        return False

    def _first_delivery(self, watched: QObject) -> bool:
        """Whether this is a new key press rather than one already seen on its way.

        Qt hands one press to its window, then to the focus widget, then to each parent in
        turn while nobody takes it. A press is counted at the first widget it reaches: a
        window starts a new press, and a widget that is a parent of the last one reached is
        the same press travelling up. Counting by identity, not time, so two presses that
        arrive together (after a busy moment) are still two."""
        if isinstance(watched, QWindow):
            self._key_chain = None
            return False
        if not isinstance(watched, QWidget):
            return False
        last = self._key_chain
        self._key_chain = watched
        return last is None or watched is last or not watched.isAncestorOf(last)

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.isAutoRepeat():
            return False
        if (
            event.key() == QUICK_EXIT_KEY
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == QUICK_EXIT_MODIFIERS
        ):
            # Here as well as the window's shortcut: shortcuts do not reach a window behind a
            # question or file dialog, and quick exit must.
            self.quick_exit()
            return True
        if event.key() != Qt.Key.Key_Escape:
            return press_focused_button(watched, event)
        now = time.monotonic()
        if now - self._last_escape <= ESCAPE_TWICE_WITHIN_S:
            self._last_escape = 0.0
            self.quick_exit()
            return True
        self._last_escape = now
        return False
