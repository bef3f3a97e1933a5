"""Helpers for the install tests: system tools that CI must have."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str) -> str:
    """The tool's path; under CI a missing tool fails the test, on a developer machine it skips.
    (Switch to tests/conftest.py's shared helper once it lands on main.)"""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
