"""The vault: one private folder holding the keyslot header, the encrypted database and blobs."""

from diary.vault.vault import Vault, default_vault_path

__all__ = ["Vault", "default_vault_path"]
