"""A keyring backend for jrnl that reads the password from JRNL_BENCH_PASSWORD.

Used only by bench/jrnl_compare.py so jrnl runs without a prompt:
PYTHONPATH=bench PYTHON_KEYRING_BACKEND=jrnl_env_keyring.EnvKeyring jrnl ...
It is imported inside jrnl's own virtual environment, never Daybook's.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("JRNL_BENCH_PASSWORD")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("read-only benchmark keyring")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("read-only benchmark keyring")
