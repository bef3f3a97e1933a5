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
# phonenumbers' place names, carriers and time zones per number prefix: 22 MB of Python that
# PyInstaller's hook for phonenumbers collects whole. Daybook only parses, formats and finds
# numbers (phonenumbers' core and its `data`/`shortdata` metadata, which stay), and never
# says where or on which network a number is; tests/install/test_bundle_lists.py checks
# nothing in diary/ or ui/ imports these, and that parsing and finding numbers still works
# without them.
PHONENUMBERS_UNUSED = [
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
]
# python-docx (the draft statement) uses only lxml.etree: lxml's objectify, HTML and
# Schematron parts are 4 MB. Pillow's FreeType text drawing pulls in FreeType, HarfBuzz,
# Brotli and libpng (3 MB); Daybook draws no text into pictures (reportlab sets the PDF's).
LIBRARY_PARTS_UNUSED = [
    *PHONENUMBERS_UNUSED,
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "PIL._imagingft",
    "PIL._imagingtk",
]


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


def daybook_languages() -> set[str]:
    """The languages Daybook's own words come in: English and each built .qm under resources/."""
    folder = ROOT / "resources" / "translations"
    return {"en"} | {path.stem.removeprefix("daybook_") for path in folder.glob("daybook_*.qm")}


def _is_unused_qt_file(path: str) -> bool:
    path = path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "/translations/" in path and name.endswith(".qm"):
        # Daybook loads only Qt's base translations (ui/languages.py), and only in a language
        # Daybook itself speaks: on a computer set to German the whole window stays English,
        # not English with German buttons. The other 30 or so languages are 5 MB.
        if not name.startswith("qtbase_"):
            return True
        return name.removeprefix("qtbase_").removesuffix(".qm") not in daybook_languages()
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
        # The bootloader opens libpython itself, so nothing links to it. Qt's own libraries
        # count too: PySide6's hook brings libQt6Network and the EGLFS device libraries,
        # which only Qt modules and plugins Daybook leaves out link to; so do Pillow's, whose
        # FreeType and HarfBuzz only its left-out text drawing links to.
        name = entry[0].replace("\\", "/")
        folder, _, base = name.rpartition("/")
        return (
            entry[2] == "BINARY"
            and folder in {"", "PySide6/Qt/lib", "pillow.libs"}
            and ".so" in base
            and not base.startswith("libpython")
        )

    libraries = {Path(entry[0]).name: entry for entry in kept if top_level_library(entry)}
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
    dropped = {base for base in libraries if base not in needed}
    # PyInstaller also links each Qt library from the top of the bundle: those links go too.
    return [
        entry
        for entry in kept
        if not (top_level_library(entry) or entry[2] == "SYMLINK")
        or Path(entry[0]).name not in dropped
    ]
