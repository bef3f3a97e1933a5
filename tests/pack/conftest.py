"""Shared fixtures for the evidence-pack tests: one full and one court pack, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pack_sample import sample_input
from packtools import extract

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


@pytest.fixture(scope="session")
def full_dir(tmp_path_factory: pytest.TempPathFactory, full_pack: tuple[Path, PackResult]) -> Path:
    return extract(full_pack[0], tmp_path_factory.mktemp("full-x"))


@pytest.fixture(scope="session")
def court_dir(
    tmp_path_factory: pytest.TempPathFactory, court_pack: tuple[Path, PackResult]
) -> Path:
    return extract(court_pack[0], tmp_path_factory.mktemp("court-x"))
