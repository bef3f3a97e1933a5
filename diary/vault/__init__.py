"""The vault: one private folder holding the keyslot header, the encrypted database and blobs.

`Vault` is loaded on first use, so that naming the default folder needs no database library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diary.vault.location import default_vault_path

if TYPE_CHECKING:
    from diary.vault.vault import Vault

__all__ = ["Vault", "default_vault_path"]


def __getattr__(name: str) -> object:
    if name == "Vault":
        from diary.vault.vault import Vault

        return Vault
    raise AttributeError(f"module 'diary.vault' has no attribute {name!r}")
