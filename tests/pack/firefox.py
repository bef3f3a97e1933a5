"""Drives check-this-pack.html in Debian's Firefox ESR through Marionette, Firefox's own
remote protocol (the one geckodriver speaks to it), with no driver to install.

Playwright drives only its own patched Firefox, or a Firefox newer than ESR through WebDriver
BiDi; Debian has no geckodriver. Marionette is a local TCP socket carrying length-prefixed
JSON (`len:[0, id, command, params]`), enough for the few WebDriver commands these tests need:
open the page, give the file input a pack, and read the verdict. The profile is a fresh
folder with Marionette on a port Firefox picks and writes to `MarionetteActivePort`.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.conftest import require_tool

VERDICT_TIMEOUT_S = 60.0
# No first-run pages, no updates, no telemetry, no network at all: the page must need none.
PREFS = {
    "marionette.port": 0,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "app.update.disabledForTesting": True,
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": 9,
    "network.dns.disableIPv6": True,
}
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # WebDriver's key for an element reference


class Firefox:
    """One headless Firefox with a Marionette session."""

    def __init__(self, executable: str) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="daybook-firefox-"))
        (self.profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in PREFS.items())
        )
        self.process = subprocess.Popen(
            [
                executable,
                "--marionette",
                "--headless",
                "--no-remote",
                "--profile",
                str(self.profile),
            ],
            env=dict(os.environ, MOZ_HEADLESS="1"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = self.profile / "MarionetteActivePort"
        deadline = time.monotonic() + 120
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("Firefox did not start Marionette")
            time.sleep(0.1)
        self.socket = socket.create_connection(("127.0.0.1", int(port_file.read_text())), 60)
        self.pending = b""
        self.last_id = 0
        self._receive()  # the greeting: {"applicationType": "gecko", ...}
        self.version = self.command("WebDriver:NewSession", {"capabilities": {}})["capabilities"][
            "browserVersion"
        ]

    def _receive(self) -> Any:
        while b":" not in self.pending:
            self.pending += self._chunk()
        size, rest = self.pending.split(b":", 1)
        while len(rest) < int(size):
            rest += self._chunk()
        self.pending = rest[int(size) :]
        return json.loads(rest[: int(size)])

    def _chunk(self) -> bytes:
        data = self.socket.recv(1 << 16)
        if not data:
            raise RuntimeError("Firefox closed the Marionette connection")
        return data

    def command(self, name: str, params: dict[str, Any] | None = None) -> Any:
        self.last_id += 1
        data = json.dumps([0, self.last_id, name, params or {}]).encode()
        self.socket.sendall(str(len(data)).encode() + b":" + data)
        while True:
            message = self._receive()
            if message[0] == 1 and message[1] == self.last_id:
                if message[2]:
                    raise RuntimeError(f"{name}: {message[2]}")
                return message[3]

    def run(self, script: str, *args: Any) -> Any:
        """A script's return value, run in the page (Marionette's, not subject to its CSP)."""
        return self.command("WebDriver:ExecuteScript", {"script": script, "args": list(args)})[
            "value"
        ]

    def screenshot(self, selector: str, out: Path) -> None:
        """A PNG of one element, as Firefox draws it."""
        element = self.command(
            "WebDriver:FindElement", {"using": "css selector", "value": selector}
        )["value"][ELEMENT]
        data = self.command("WebDriver:TakeScreenshot", {"id": element, "full": False})["value"]
        out.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            if getattr(self, "socket", None) is not None:
                self.command("Marionette:Quit", {"flags": ["eForceQuit"]})
        except (OSError, RuntimeError):
            pass
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(30)
        shutil.rmtree(self.profile, ignore_errors=True)


def start_firefox() -> Iterator[Firefox]:
    """Debian's firefox-esr for a module; with CI set, a missing one fails the test."""
    browser = Firefox(require_tool("firefox-esr"))
    try:
        yield browser
    finally:
        browser.close()


READ_VERDICT = """
const text = (s) => (document.querySelector(s) || {}).textContent || "";
const codeShown = !document.querySelector('#code-box').hidden;
return {
  kind: document.querySelector('#verdict').className.replace('verdict', '').trim(),
  title: text('#verdict-title'),
  problems: [...document.querySelectorAll('#verdict-problems li')].map((li) => li.textContent),
  code: codeShown ? text('#check-code') : "",
  match: codeShown ? text('#code-match') : "",
  resources: performance.getEntriesByType('resource').map((r) => r.name),
};
"""


def check_in_firefox(browser: Firefox, page_file: Path, pack: Path, query: str = "") -> Any:
    """Open the page, choose `pack` as a reader would, and read the verdict."""
    browser.command("WebDriver:Navigate", {"url": page_file.as_uri() + query})
    element = browser.command(
        "WebDriver:FindElement", {"using": "css selector", "value": "#pick-zip"}
    )["value"][ELEMENT]
    browser.command("WebDriver:ElementSendKeys", {"id": element, "text": str(pack)})
    deadline = time.monotonic() + VERDICT_TIMEOUT_S
    while not browser.run("return !document.querySelector('#verdict').hidden"):
        if time.monotonic() > deadline:
            raise AssertionError("no verdict in Firefox")
        time.sleep(0.1)
    return browser.run(READ_VERDICT)
