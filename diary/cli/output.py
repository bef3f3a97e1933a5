"""What the command line prints: records as JSON, and every listing through one helper.

The JSON shapes are documented in docs/cli.md; fields are never removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date
from typing import Any, TypeVar

T = TypeVar("T")

_THE_ITEMS: Any = object()


def to_jsonable(value: Any) -> Any:
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def print_items(
    items: Sequence[T],
    *,
    as_json: bool,
    line: Callable[[T], str],
    nothing: str | None = None,
    json_value: Any = _THE_ITEMS,
) -> None:
    """A listing: as JSON (the items, or `json_value`), else `line` for each item.

    An empty listing prints `nothing`, a plain sentence, when one is given.
    """
    if as_json:
        print_json(items if json_value is _THE_ITEMS else json_value)
    elif not items:
        if nothing is not None:
            print(nothing)
    else:
        for item in items:
            print(line(item))
