"""Showing an exhibit's picture from memory: decrypted bytes go to the screen, never to a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.widgets import label


class ImageViewer(QWidget):
    """One picture, fitted to the space; Back returns to where the person was."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "title")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(self.tr("Picture"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.close_viewer)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        QShortcut(QKeySequence.StandardKey.Back, self, self.close_viewer)
        self._image = QImage()

    def show_bytes(self, heading: str, data: bytes) -> bool:
        """Show the picture; False when the bytes are not a picture Qt can read."""
        self.heading.setText(heading)
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
        if pixmap.width() > area.width() or pixmap.height() > area.height():
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._fit()

    def clear(self) -> None:
        self._image = QImage()
        self.picture.clear()
        self.heading.setText("")

    def close_viewer(self) -> None:
        self.clear()
        self.closed.emit()
