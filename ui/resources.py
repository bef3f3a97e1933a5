"""The app's own files under `resources/`: the style sheet, the icon and the translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from diary.resources import resource_path

APP_ID = "org.daybook.Daybook"  # the desktop entry's and metainfo's name (packaging/linux/)


def style_sheet_text() -> str:
    return resource_path("style.qss").read_text(encoding="utf-8")


def translations_folder() -> Path:
    return resource_path("translations")


def app_icon() -> QIcon:
    """The plain notebook, at every size made by packaging/make-icons."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("daybook-*.png")):
        icon.addFile(str(png))
    return icon
