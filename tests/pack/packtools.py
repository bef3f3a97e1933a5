"""Helpers for the pack tests: run standard tools, read and rewrite zips, get a PDF's text."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

from tests.conftest import require_tool


def extract(zip_path: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(into)
    return into


def run(
    args: list[str], cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=60, check=False)


def pdf_text(pdf: Path) -> str:
    out = run([require_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"])
    assert out.returncode == 0, out.stderr
    return " ".join(out.stdout.decode("utf-8").split())


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()
