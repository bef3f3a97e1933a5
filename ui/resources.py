"""The app's own files under `resources/`: the style sheet and the translations folder."""

from __future__ import annotations

from pathlib import Path

from diary.resources import resource_path


def style_sheet_text() -> str:
    return resource_path("style.qss").read_text(encoding="utf-8")


def translations_folder() -> Path:
    return resource_path("translations")
