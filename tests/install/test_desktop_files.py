"""The desktop entry, AppStream metainfo and icon files agree with each other and validate."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from tests.conftest import require_tool
from ui.resources import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_the_app_id_icon_and_says_only_diary() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == "Daybook"
    words = " ".join(entry.values()).lower()
    for telling in ("stalk", "harass", "evidence", "police", "abuse"):
        assert telling not in words


def test_the_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name


def test_every_icon_size_exists_at_its_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"daybook-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(ICONS / "daybook.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "daybook.icns") as icns:
        assert icns.size[0] >= 512  # the largest, 512 at double density


def test_the_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_metainfo_validates() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


_RUN_THE_APP = """
import sys
from PySide6.QtWidgets import QApplication
from ui.app import main
code = main(["--vault", sys.argv[1]])
app = QApplication.instance()
print(code, app.desktopFileName(), app.windowIcon().isNull())
"""


def test_the_running_app_names_its_desktop_entry_and_shows_the_icon(tmp_path: Path) -> None:
    # The desktop matches a window to its entry (and so its icon and name) by this id.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DAYBOOK_QUIT_AFTER_MS="0")
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", _RUN_THE_APP, str(tmp_path / "diary")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.stdout.split() == ["0", APP_ID, "False"], result.stdout + result.stderr
    assert DESKTOP.name == f"{result.stdout.split()[1]}.desktop"
