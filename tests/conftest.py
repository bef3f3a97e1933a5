"""Shared fixtures: real vaults on disk with the cheap KDF that only tests and demos may ask for;
and `require_tool` for tests that need a system tool.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from diary.vault import Vault

PASSPHRASE = "correct horse battery staple"


def require_tool(name: str) -> str:
    """The path of a system tool this test needs.

    When it is missing the test fails in CI (the environment variable CI is set), where every
    tool must be installed (see .ci/run), and is skipped on a developer's machine.
    """
    path = shutil.which(name)
    if path is not None:
        return path
    if os.environ.get("CI"):
        pytest.fail(
            f"{name} is not installed, and CI must have every tool the tests use (see .ci/run).",
            pytrace=False,
        )
    pytest.skip(f"{name} is not installed")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    created, _recovery = Vault.create(vault_path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    yield created
    created.lock()
