"""The Windows, macOS, Flatpak and hosted-runner files, which cannot be built here, still say
what packaging/README.md promises: per-user installs with no traces, no network for the
Flatpak, one app id everywhere, and a CI matrix that runs packaging/build on each platform.

Read as text (no Inno Setup, Xcode or Flatpak runtime on this machine); the commands that
lint them further are in packaging/README.md.
"""

from __future__ import annotations

import py_compile
import re
import subprocess
import sys
from pathlib import Path

from ui.resources import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _section(text: str, name: str) -> str:
    """An Inno Setup [Section]'s lines, comments left out."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return "\n".join(line for line in match.group(1).splitlines() if not line.startswith(";"))


def test_the_windows_installer_is_per_user_and_leaves_no_traces() -> None:
    text = (PACKAGING / "windows" / "daybook.iss").read_text(encoding="utf-8")
    setup = _section(text, "Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.M)  # no administrator
    assert "{userpf}" in setup or "{autopf}" in setup
    assert "{commonpf}" not in text and "{commondesktop}" not in text
    # No file types (opening a pack would land in the recent lists) and no registry keys.
    assert "[Registry]" not in text and "ChangesAssociations" not in text
    icons = _section(text, "Icons")
    assert f'AppUserModelID: "{APP_ID}"' in icons
    assert "preventpinning" in icons and "excludefromshowinnewinstall" in icons
    assert "daybookw.exe" in icons  # the app without a console window
    # Uninstalling removes the program, never the diary kept in the user's data folder.
    uninstall = _section(text, "UninstallDelete")
    assert "{app}" in uninstall and "{userappdata}" not in uninstall
    assert "{localappdata}" not in uninstall


def test_the_spec_makes_a_windowless_windows_program_and_a_mac_app_with_the_app_id() -> None:
    spec = (PACKAGING / "pyinstaller" / "daybook.spec").read_text(encoding="utf-8")
    assert 'name="daybookw"' in spec and "console=False" in spec
    assert f'bundle_identifier="{APP_ID}"' in spec
    assert "daybook.icns" in spec and "daybook.ico" in spec


def test_the_mac_files_are_valid_and_ask_for_no_network(tmp_path: Path) -> None:
    macos = PACKAGING / "macos"
    py_compile.compile(str(macos / "dmg_settings.py"), cfile=str(tmp_path / "d.pyc"), doraise=True)
    import plistlib

    entitlements = plistlib.loads((macos / "entitlements.plist").read_bytes())
    assert not any("network" in name for name in entitlements)
    notes = (macos / "README.md").read_text(encoding="utf-8")
    assert "notarytool" in notes and "stapler" in notes  # the notarisation steps


def test_the_flatpak_has_no_network_and_no_home_folder() -> None:
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^runtime: org\.kde\.Platform$", text, re.M)
    assert re.search(r"^command: daybook$", text, re.M)
    grants = re.findall(r"^\s*- (--[a-z-]+=\S+)", text, re.M)
    assert "--socket=wayland" in grants
    assert not [
        g for g in grants if g.startswith(("--share=network", "--filesystem", "--device=all"))
    ]
    assert "python3-deps.json" in text  # PySide6 and the rest from pip wheels (make-deps)
    assert (PACKAGING / "flatpak" / "make-deps").exists()


def test_the_hosted_runner_workflow_builds_on_each_platform() -> None:
    text = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    matrix = re.search(r"os: \[([^\]]+)\]", text)
    assert matrix
    systems = [name.strip() for name in matrix.group(1).split(",")]
    assert {name.split("-")[0] for name in systems} == {"ubuntu", "windows", "macos"}
    assert "run: python packaging/build" in text
    assert "innosetup" in text and "desktop-file-utils appstream" in text


def test_the_build_script_names_its_platforms_and_its_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "--smoke-only" in result.stdout
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for target in ("Windows", "macOS", "Flatpak", "Linux one-folder build"):
        assert target in readme
    assert "no (no Windows machine)" in readme and "no (no Mac)" in readme
