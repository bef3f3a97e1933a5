"""Applies the calm style sheet, unless the platform asks for high contrast."""

from __future__ import annotations

import os
import re

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


# The text size the style sheet's point sizes (headings, the recovery key) were chosen
# beside; a larger system text size scales them with it, so headings stay bigger than text.
DESIGN_POINTS = 10.0
POINT_SIZE = re.compile(r"\b(\d+(?:\.\d+)?)pt\b")


def load_style_sheet(scale: float = 1.0) -> str:
    text = style_sheet_text()
    if scale == 1.0:
        return text
    return POINT_SIZE.sub(lambda found: f"{float(found.group(1)) * scale:.1f}pt", text)


def text_scale(app: QApplication) -> float:
    """How much larger than usual the person has set the system's text (never smaller)."""
    return max(1.0, app.font().pointSizeF() / DESIGN_POINTS)


def apply(app: QApplication) -> None:
    if wants_high_contrast():
        app.setStyleSheet("")
        return
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet(text_scale(app)))
