"""Applies the calm style sheet, unless the platform asks for high contrast."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import style_sheet_text


def wants_high_contrast() -> bool:
    if os.environ.get("DAYBOOK_HIGH_CONTRAST") == "1":
        return True
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    # Older platforms only show high contrast through the palette: near-black on white or back.
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return abs(window - text) >= 250 and window in (0, 255)


def load_style_sheet() -> str:
    return style_sheet_text()


def apply(app: QApplication) -> None:
    if wants_high_contrast():
        app.setStyleSheet("")
        return
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet())
