"""Showing an exhibit from memory (a picture, or text such as a chat export): decrypted bytes go
to the screen, never to a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import title


class ImageViewer(QWidget):
    """One picture, fitted to the space; Back returns to where the person was."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title("")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(self.tr("Picture"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The file's text"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(self.text)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.close_viewer)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.Back, self, self.close_viewer)
        self._image = QImage()

    def show_bytes(self, heading: str, data: bytes, media_type: str = "") -> bool:
        """Show the picture or text; False when it is neither."""
        self.heading.setText(heading)
        self.back_button.setFocus()
        if media_type.startswith("text/"):
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
            return True
        self.stack.setCurrentWidget(self.scroller)
        self._image = QImage.fromData(data)
        if self._image.isNull():
            self.picture.setText(
                self.tr("This file is not a picture, so it cannot be shown here. It is kept safe.")
            )
            return False
        self._fit()
        self.back_button.setFocus()
        return True

    def _fit(self) -> None:
        if self._image.isNull():
            return
        area = self.scroller.viewport().size()
        pixmap = QPixmap.fromImage(self._image)
        # Before the first layout the viewport has no size yet: show it whole until resized.
        too_big = pixmap.width() > area.width() or pixmap.height() > area.height()
        if area.width() > 1 and area.height() > 1 and too_big:
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._fit()

    def clear(self) -> None:
        self._image = QImage()
        self.picture.clear()
        self.text.clear()
        self.heading.setText("")

    def close_viewer(self) -> None:
        self.clear()
        self.closed.emit()
