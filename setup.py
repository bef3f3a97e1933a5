"""Carries every file under `resources/` into the wheel as data files under
`share/daybook/resources/`, folder by folder, so new fonts, guides or data files need no
listing here. `diary/resources.py` finds them there; see docs/decisions.md."""

from __future__ import annotations

from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent


def resource_data_files() -> list[tuple[str, list[str]]]:
    folders: dict[str, list[str]] = {}
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.name != ".gitkeep":
            target = (Path("share") / "daybook" / path.parent.relative_to(ROOT)).as_posix()
            folders.setdefault(target, []).append(path.relative_to(ROOT).as_posix())
    return sorted(folders.items())


setup(data_files=resource_data_files())
