"""A real screen-reader stack reads the app: AT-SPI on D-Bus, the app on a virtual screen
(scripts/atspi-check). Every focusable control on the first-run and unlock screens has a name."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("screen", ["first-run", "unlock"])
def test_a_screen_reader_finds_every_control_named(screen: str) -> None:
    for tool in ("Xvfb", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher"):
        require_tool(tool)
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        require_tool("python3-pyatspi (Debian package)")
    args = ["--unlock"] if screen == "unlock" else []
    result = subprocess.run(
        [str(ROOT / "scripts" / "atspi-check"), *args],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "application: 'Daybook'" in result.stdout
    expected = "password text: 'Passphrase'" if screen == "unlock" else "push button: 'Start"
    assert expected in result.stdout
    assert "0 focusable controls without a name" in result.stdout
