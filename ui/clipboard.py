"""Copying with the hints password managers and clipboard histories honour, cleared after 30 s;
this covers the Copy buttons and Ctrl+C in any field."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

# Clipboard managers on KDE, Windows and macOS skip or hide entries that carry these.
HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
        b"\x00\x00\x00\x00"
    ),
    "org.nspasteboard.ConcealedType": b"",
}


def add_hints(data: QMimeData) -> QMimeData:
    for mime, value in HINTS.items():
        data.setData(mime, value)
    return data


class SecretClipboard(QObject):
    """Copies text marked as secret, and clears anything Daybook copied after a while."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._board: QClipboard = QGuiApplication.clipboard()
        self._board.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        data = add_hints(QMimeData())
        data.setText(text)
        self._board.setMimeData(data)
        self._timer.start()

    def _changed(self) -> None:
        if self._ours():
            self._timer.start()
            return
        # A copy made in Daybook itself (Ctrl+C in any field) is marked and cleared later too.
        # Only the focused application can copy, so a change while one of our windows has
        # the focus is ours.
        if self._board.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            # Copied out as plain bytes now; replaced a moment later, outside this signal,
            # because the clipboard deletes the data it held when it is given new data.
            source = self._board.mimeData()
            if source is None:
                return
            formats = {mime: bytes(source.data(mime).data()) for mime in source.formats()}
            del source
            QTimer.singleShot(0, lambda: self._mark(formats))

    def _mark(self, formats: dict[str, bytes]) -> None:
        marked = QMimeData()
        for mime, value in formats.items():
            marked.setData(mime, value)
        self._board.setMimeData(add_hints(marked))  # comes back to _changed, marked

    def _ours(self) -> bool:
        data = self._board.mimeData()
        return data is not None and data.hasFormat("x-kde-passwordManagerHint")

    def clear(self) -> None:
        """Clear the clipboard if it still holds what Daybook put there."""
        self._timer.stop()
        if self._board.ownsClipboard() or self._ours():
            self._board.clear()
