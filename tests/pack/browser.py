"""Drives check-this-pack.html in Debian's Chromium through Playwright: one browser for a module.

The browser is the system's (Debian's `chromium`), never one Playwright downloads. With CI set,
a missing Chromium (tests/conftest.py require_tool) or Playwright fails the test instead of
skipping it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_tool

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # tests run as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VERDICT_TIMEOUT_MS = 60_000


def start_browser() -> Iterator[Any]:
    """A Chromium context with a fresh profile folder, closed and removed afterwards."""
    executable = require_tool("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is not installed (a pinned dev dependency)")
        pytest.skip("playwright is not installed")
    profile = tempfile.mkdtemp(prefix="daybook-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=executable,
                headless=True,
                args=CHROMIUM_FLAGS,
                viewport={"width": 1200, "height": 900},
                accept_downloads=False,
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@dataclass
class Checked:
    """What the reader sees after choosing a pack, and the page to look further."""

    page: Any
    kind: str
    title: str
    text: str
    problems: list[str]
    code: str
    match: str
    details: dict[str, str]
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def whole(self) -> str:
        return str(self.page.inner_text("#verdict"))


def open_page(
    context: Any, page_file: Path, query: str = "", init_script: str | None = None
) -> Any:
    page = context.new_page()
    page.requests = []  # every URL the page asked for, to prove it asks for nothing outside
    page.errors = []
    page.failed = {}  # URL -> why the browser did not load it
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("requestfailed", lambda request: page.failed.update({request.url: request.failure}))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    if init_script:
        page.add_init_script(init_script)
    page.goto(page_file.as_uri() + query)
    return page


def choose(page: Any, pack: Path, *, folder: bool = False, typed: str | None = None) -> Checked:
    """Choose `pack` (a zip, or an unzipped folder) as a reader would, and read the verdict."""
    page.set_input_files("#pick-folder" if folder else "#pick-zip", str(pack))
    page.wait_for_selector("#verdict:not([hidden])", timeout=VERDICT_TIMEOUT_MS)
    if typed is not None:
        page.fill("#expect", typed)
    return read_verdict(page)


def read_verdict(page: Any) -> Checked:
    kind = str(page.get_attribute("#verdict", "class") or "").replace("verdict", "").strip()
    problems = [str(t) for t in page.locator("#verdict-problems li").all_inner_texts()]
    code_shown = page.is_visible("#code-box")
    return Checked(
        page=page,
        kind=kind,
        title=str(page.inner_text("#verdict-title")),
        text=str(page.text_content("#verdict-text") or ""),
        problems=problems,
        code=str(page.inner_text("#check-code")) if code_shown else "",
        match=str(page.inner_text("#code-match")) if code_shown else "",
        details=details(page),
        requests=list(page.requests),
        errors=list(page.errors),
    )


def details(page: Any) -> dict[str, str]:
    """The verdict's Details, as label -> text (shown or not)."""
    pairs = page.evaluate(
        "() => [...document.querySelectorAll('#details-list dt')].map("
        "(dt) => [dt.textContent, dt.nextElementSibling.textContent])"
    )
    return {str(k): str(v) for k, v in pairs}


def outside_requests(urls: list[str]) -> list[str]:
    """Requests for anything but the page itself and the pictures it made from the pack's bytes."""
    return [u for u in urls if not (u.startswith("file://") or u.startswith("blob:"))]
