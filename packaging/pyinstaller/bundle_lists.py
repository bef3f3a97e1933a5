"""What the PyInstaller spec puts in, and leaves out of, Daybook's bundle.

Kept apart from daybook.spec so tests can check the lists without running PyInstaller:
`tests/install/test_bundle_lists.py` checks that every file under `resources/` is collected
and that no Qt module the code imports is left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("diary", "ui")
QT_IMPORT = re.compile(r"\bPySide6\.(Qt[A-Za-z0-9]+)")
# Python's own modules nobody imports at run time; they only add size.
PYTHON_MODULES_UNUSED = ["tkinter", "_tkinter", "test", "lib2to3", "pydoc_data", "idlelib"]


def resource_datas() -> list[tuple[str, str]]:
    """Every file under resources/, to the same place under the bundle's resources/."""
    datas = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.name != ".gitkeep":
            datas.append((str(path), path.parent.relative_to(ROOT).as_posix()))
    return datas


def migration_datas() -> list[tuple[str, str]]:
    """Alembic reads the migration scripts as files, so they go in as sources too."""
    folder = ROOT / "diary" / "migrations"
    datas = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako", ".ini"}:
            datas.append((str(path), path.parent.relative_to(ROOT).as_posix()))
    return datas


def qt_modules_used() -> list[str]:
    """The Qt modules imported anywhere in diary/ and ui/ (read from the sources)."""
    names: set[str] = set()
    for folder in CODE_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            names.update(QT_IMPORT.findall(path.read_text(encoding="utf-8")))
    return sorted(f"PySide6.{name}" for name in names)


def qt_modules_available() -> list[str]:
    """Every Qt module the installed PySide6 has."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {path.name.split(".")[0] for path in folder.iterdir() if path.name.startswith("Qt")}
    names = {name for name in names if re.fullmatch(r"Qt[A-Za-z0-9]+", name)}
    return sorted(f"PySide6.{name}" for name in names)


def qt_modules_unused() -> list[str]:
    used = set(qt_modules_used()) | {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    return [name for name in qt_modules_available() if name not in used]


# Qt plugins Daybook never needs on a desktop: embedded-device platforms, input devices read
# directly, image formats nobody sends, and the GTK theme (it would pull in the whole of GTK;
# the desktop portal theme does the same job through D-Bus).
UNUSED_QT_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "platformthemes/libqgtk3",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
)


def _is_unused_qt_file(path: str) -> bool:
    path = path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "/translations/" in path and name.endswith(".qm"):
        return not name.startswith("qtbase_")  # Daybook loads only Qt's base translations
    return "/plugins/" in path and any(part in path for part in UNUSED_QT_PLUGINS)


def without_unused_qt(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC less the Qt plugins and translations above."""
    return [entry for entry in toc if not _is_unused_qt_file(entry[0])]


def without_orphan_libraries(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """On Linux, the TOC less the shared libraries only the dropped plugins needed: a library
    at the top of the bundle is kept only when a kept module, plugin or library links to it."""
    kept = list(toc)
    if not sys.platform.startswith("linux"):
        return kept
    from PyInstaller.depend import bindepend

    def top_level_library(entry: tuple[str, str, str]) -> bool:
        # The bootloader opens libpython itself, so nothing links to it.
        name = entry[0]
        return (
            entry[2] == "BINARY"
            and "/" not in name
            and ".so" in name
            and not name.startswith("libpython")
        )

    libraries = {entry[0]: entry for entry in kept if top_level_library(entry)}
    needed: set[str] = set()
    queue = [entry for entry in kept if entry[2] in {"BINARY", "EXTENSION"}]
    queue = [entry for entry in queue if not top_level_library(entry)]
    while queue:
        entry = queue.pop()
        for name, _found in bindepend.get_imports(entry[1]):
            base = Path(name).name
            if base in libraries and base not in needed:
                needed.add(base)
                queue.append(libraries[base])
    return [entry for entry in kept if not top_level_library(entry) or entry[0] in needed]
