"""Showing an exhibit from memory (a picture, or text such as a chat export): decrypted bytes go
to the screen, never to a file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
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

from ui.widgets import label, title

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.05, 8.0)  # a twentieth of the photo's size to eight times it


class ImageViewer(QWidget):
    """One picture, fitted to the window to begin with; zoom in and out with the buttons or the
    usual keys (Ctrl and +, Ctrl and -, Ctrl and 0 to fit again), and move around a zoomed
    picture with the scroll bars or the arrow keys. Back returns to where the person was."""

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
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys move a zoomed one
        # Resizing the window fits the picture again (while it is fitted).
        self.scroller.viewport().installEventFilter(self)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The file's text"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(self.text)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.close_viewer)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl and -)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton(self.tr("&Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl and +)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("&Fit to the window"))
        self.fit_button.setAccessibleName(self.tr("Fit the picture to the window"))
        self.fit_button.setToolTip(self.tr("Fit to the window (Ctrl and 0)"))
        self.fit_button.clicked.connect(self.fit_to_window)
        self.actual_button = QPushButton(self.tr("Actual &size"))
        self.actual_button.setAccessibleName(self.tr("Show the picture at its actual size"))
        self.actual_button.clicked.connect(self.actual_size)
        self.zoom_words = label("", "hint")
        self.zoom_words.setAccessibleName(self.tr("How large the picture is shown"))
        # One row for Back, the name and the zoom: a small screen keeps its height for the picture.
        self.zoom_bar = QWidget()
        zoom_row = QHBoxLayout(self.zoom_bar)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.addWidget(self.zoom_words)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.actual_button,
        ):
            zoom_row.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.zoom_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.Back, self, self.close_viewer)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),  # "+" without Shift on most keyboards
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_to_window),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._image = QImage()
        self._zoom: float | None = None  # None: fitted to the window
        self.zoom_bar.hide()

    def show_bytes(
        self, heading: str, data: bytes, media_type: str = "", picture: QImage | None = None
    ) -> bool:
        """Show the picture or text; False when it is neither. `picture`: the bytes decoded
        already (on a worker, as a photo takes a tenth of a second to decode)."""
        self.heading.setText(heading)
        self.back_button.setFocus()
        self._zoom = None
        if media_type.startswith("text/"):
            self._image = QImage()
            self.zoom_bar.hide()
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
            return True
        self.stack.setCurrentWidget(self.scroller)
        self._image = picture if picture is not None else QImage.fromData(data)
        if self._image.isNull():
            self.zoom_bar.hide()
            self.picture.setText(
                self.tr("This file is not a picture, so it cannot be shown here. It is kept safe.")
            )
            return False
        self.zoom_bar.show()
        self._show_picture()
        return True

    # -- zoom ----------------------------------------------------------------------------------
    @property
    def is_fitted(self) -> bool:
        return self._zoom is None

    def shown_size(self) -> QSize:
        """The picture's size on screen, in the window's own (device-independent) pixels."""
        pixmap = self.picture.pixmap()
        if pixmap is None or pixmap.isNull():
            return QSize()
        return (pixmap.deviceIndependentSize()).toSize()

    def _fitted_scale(self) -> float:
        """The scale at which the whole picture fits the space it has; never enlarged."""
        area = self.scroller.viewport().size()
        if self._image.isNull() or area.width() < 2 or area.height() < 2:
            return 1.0
        return min(
            1.0,
            area.width() / self._image.width(),
            area.height() / self._image.height(),
        )

    def _set_zoom(self, zoom: float | None) -> None:
        if self._image.isNull():
            return
        if zoom is not None:
            zoom = min(max(zoom, ZOOM_LIMITS[0]), ZOOM_LIMITS[1])
        self._zoom = zoom
        self._show_picture()

    def zoom_in(self) -> None:
        self._set_zoom((self._zoom or self._fitted_scale()) * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom((self._zoom or self._fitted_scale()) / ZOOM_STEP)

    def fit_to_window(self) -> None:
        self._set_zoom(None)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def _show_picture(self) -> None:
        if self._image.isNull():
            return
        fitted = self._zoom is None
        # Fitted, the picture never needs scroll bars; zoomed, they move around it.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if fitted
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.scroller.setHorizontalScrollBarPolicy(policy)
        self.scroller.setVerticalScrollBarPolicy(policy)
        scale = self._fitted_scale() if self._zoom is None else self._zoom
        ratio = self.devicePixelRatioF()  # sharp at 2x scaling: drawn at the screen's pixels
        width = max(1, round(self._image.width() * scale * ratio))
        height = max(1, round(self._image.height() * scale * ratio))
        if (width, height) == (self._image.width(), self._image.height()):
            pixmap = QPixmap.fromImage(self._image)
        else:
            pixmap = QPixmap.fromImage(
                self._image.scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        percent = round(scale * 100)
        if fitted:
            words = (
                self.tr("Fitted to the window ({percent}%)").format(percent=percent)
                if percent < 100
                else self.tr("Actual size (100%)")
            )
        else:
            words = self.tr("{percent}%").format(percent=percent)
        self.zoom_words.setText(words)
        self.fit_button.setEnabled(not fitted)
        self.actual_button.setEnabled(self._zoom != 1.0 and not (fitted and percent == 100))
        self.zoom_in_button.setEnabled(scale < ZOOM_LIMITS[1])
        self.zoom_out_button.setEnabled(scale > ZOOM_LIMITS[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._zoom is None:
            self._show_picture()
        return False

    def clear(self) -> None:
        self._image = QImage()
        self._zoom = None
        self.picture.clear()
        self.text.clear()
        self.heading.setText("")
        self.zoom_words.clear()
        self.zoom_bar.hide()

    def close_viewer(self) -> None:
        self.clear()
        self.closed.emit()
