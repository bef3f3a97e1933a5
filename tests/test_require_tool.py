"""require_tool: a missing system tool fails the test in CI and skips it on a developer's machine."""

from __future__ import annotations

import pytest

from tests.conftest import require_tool

NO_SUCH_TOOL = "daybook-no-such-tool-anywhere"


def test_a_tool_that_is_there_gives_its_path() -> None:
    assert require_tool("sh").endswith("/sh")


def test_a_missing_tool_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match=f"{NO_SUCH_TOOL} is not installed"):
        require_tool(NO_SUCH_TOOL)


def test_a_missing_tool_skips_on_a_developer_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"{NO_SUCH_TOOL} is not installed"):
        require_tool(NO_SUCH_TOOL)
