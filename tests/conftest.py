"""Shared fixtures: real vaults on disk with the cheap KDF that only tests and demos may ask for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diary.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    created, _recovery = Vault.create(vault_path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    yield created
    created.lock()
