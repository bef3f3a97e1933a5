"""Where a portable copy looks for its marker and keeps its data, frozen or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from diary import portable


def test_a_checkout_is_its_own_program_folder() -> None:
    assert (portable.program_folder() / "diary" / "portable.py").is_file()


def test_a_frozen_program_keeps_its_data_beside_itself(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "stick" / "daybook" / "daybook"))
    assert portable.program_folder() == (tmp_path / "stick" / "daybook").resolve()


def test_a_mac_app_keeps_its_data_beside_the_app_not_inside_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exe = tmp_path / "stick" / "Daybook.app" / "Contents" / "MacOS" / "daybook"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert portable.program_folder() == (tmp_path / "stick").resolve()


def test_without_the_flag_or_marker_nothing_is_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(portable.ACTIVE_ENV, raising=False)
    monkeypatch.setattr(portable, "program_folder", lambda: Path("/nonexistent-daybook"))
    before = dict(os.environ)
    assert portable.enter(["list"]) == ["list"]
    assert dict(os.environ) == before
