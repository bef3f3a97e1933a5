"""Copying with the hints password managers and clipboard histories honour, cleared after 30 s."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000

# Clipboard managers on KDE, Windows and macOS skip or hide entries that carry these.
_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
        b"\x00\x00\x00\x00"
    ),
    "org.nspasteboard.ConcealedType": b"",
}


class SecretClipboard(QObject):
    """Copies text marked as secret and clears it again, unless something else was copied since."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._copied: str | None = None

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for mime, value in _HINTS.items():
            data.setData(mime, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Clear the clipboard if it still holds what Daybook put there."""
        self._timer.stop()
        if self._copied is None:
            return
        board = QGuiApplication.clipboard()
        if board.text() == self._copied:
            board.clear()
        self._copied = None
