"""Who to call: the helplines shown on the Help and safety page, read from
resources/helplines.json, where each number has the address of the organisation's own page it
was confirmed from and the date it was checked. No Qt; nothing here reaches the network."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diary.resources import resource_path


@dataclass(frozen=True)
class Helpline:
    name: str
    number: str
    what: str  # who it is for, or what to do
    hours: str | None  # None: not confirmed from the organisation's own page
    run_by: str
    source: str
    checked: str


@dataclass(frozen=True)
class Helplines:
    emergency: Helpline
    helplines: list[Helpline]


def _line(entry: dict[str, Any]) -> Helpline:
    return Helpline(
        name=str(entry["name"]),
        number=str(entry["number"]),
        what=str(entry.get("what") or entry.get("for") or ""),
        hours=str(entry["hours"]) if entry.get("hours") else None,
        run_by=str(entry.get("run_by", "")),
        source=str(entry["source"]),
        checked=str(entry["checked"]),
    )


def load_helplines(path: Path | None = None) -> Helplines:
    """The confirmed helplines; raises ValueError when the file is not as described."""
    raw = json.loads((path or resource_path("helplines.json")).read_text(encoding="utf-8"))
    try:
        return Helplines(_line(raw["emergency"]), [_line(e) for e in raw["helplines"]])
    except (KeyError, TypeError) as error:
        raise ValueError(f"helplines.json is not as expected: {error}") from error
