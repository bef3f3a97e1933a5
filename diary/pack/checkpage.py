"""check-this-pack.html: the page in every pack that checks the pack and shows it in any browser.

Assembled from `resources/check-this-pack/` into one self-contained file. The style sheet and
the script are inlined and allowed by their SHA-256 in the page's own Content-Security-Policy,
so the page runs no other script, loads nothing and can send nothing anywhere. The script gets
the behaviour words and the manifest format versions it knows from the core, so the page and
`daybook verify` cannot drift apart on either.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache

from diary.behaviours import BEHAVIOURS
from diary.pack import manifest
from diary.pack.names import CHECK_PAGE
from diary.resources import resource_path

PAGE_NAME = CHECK_PAGE
SOURCE_DIR = "check-this-pack"
# Concatenated in this order into one script: later parts use what earlier ones define.
SCRIPT_PARTS = ("sha256.js", "zip.js", "inflate.js", "check.js", "show.js", "main.js")


def _source(name: str) -> str:
    return resource_path(SOURCE_DIR, name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def content_security_policy(script: str, style: str) -> str:
    """Nothing may load or connect; only this page's own script and style run; no HTML sinks."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src '{_digest(script)}'",
            f"style-src '{_digest(style)}'",
            "img-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'",
        ]
    )


def _script(known_versions: tuple[int, ...]) -> str:
    prologue = (
        f"const KNOWN_VERSIONS = {json.dumps([int(v) for v in known_versions])};\n"
        f"const BEHAVIOURS = {json.dumps(BEHAVIOURS, ensure_ascii=True, sort_keys=True)};\n"
    )
    body = "\n".join(_source(name) for name in SCRIPT_PARTS)
    return '\n"use strict";\n(() => {\n' + prologue + body + "\n})();\n"


@lru_cache(maxsize=1)
def page_bytes() -> bytes:
    """The whole page, byte-identical for the same sources (so packs stay reproducible)."""
    known = getattr(manifest, "KNOWN_VERSIONS", None) or range(1, manifest.FORMAT_VERSION + 1)
    script = _script(tuple(known))
    style = "\n" + _source("style.css")
    # Inlined text must not be able to close its own element.
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("an inlined part of the check page closes its element")
    page = _source("page.html")
    for marker in ("{{CSP}}", "{{STYLE}}", "{{SCRIPT}}"):
        if page.count(marker) != 1:
            raise ValueError(f"the check page template must hold {marker} once")
    page = (
        page.replace("{{CSP}}", content_security_policy(script, style))
        .replace("{{STYLE}}", style)
        .replace("{{SCRIPT}}", script)
    )
    return page.encode("utf-8")
