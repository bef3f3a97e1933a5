"""Shared fixtures for the evidence-pack tests: one full and one court pack, built once per session."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sample_data import sample_input

from diary.pack import signing
from diary.pack.build import build_pack
from diary.pack.model import PackResult

FIXED_SEED = bytes(range(32))


@pytest.fixture(scope="session")
def key() -> Ed25519PrivateKey:
    return signing.load_private_key(FIXED_SEED)


@pytest.fixture(scope="session")
def full_pack(
    tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey
) -> tuple[Path, PackResult]:
    out = tmp_path_factory.mktemp("full") / "JS-pack.zip"
    return out, build_pack(sample_input("full"), key, out)


@pytest.fixture(scope="session")
def court_pack(
    tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey
) -> tuple[Path, PackResult]:
    out = tmp_path_factory.mktemp("court") / "JS-court.zip"
    return out, build_pack(sample_input("court"), key, out)


def extract(zip_path: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(into)
    return into


@pytest.fixture(scope="session")
def full_dir(tmp_path_factory: pytest.TempPathFactory, full_pack: tuple[Path, PackResult]) -> Path:
    return extract(full_pack[0], tmp_path_factory.mktemp("full-x"))


@pytest.fixture(scope="session")
def court_dir(
    tmp_path_factory: pytest.TempPathFactory, court_pack: tuple[Path, PackResult]
) -> Path:
    return extract(court_pack[0], tmp_path_factory.mktemp("court-x"))


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def run(
    args: list[str], cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=60, check=False)


def pdf_text(pdf: Path) -> str:
    need("pdftotext")
    out = run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"])
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
