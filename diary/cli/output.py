"""What the command line prints: records as JSON, and every listing through one helper.

The JSON shapes are documented in docs/cli.md; fields are never removed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date
from typing import Any, TypeVar

T = TypeVar("T")

_THE_ITEMS: Any = object()

# What could hide or reorder text on a terminal, or take it over: control characters (escape
# sequences start with ESC, U+001B, or CSI, U+009B), DEL, and the invisible marks that change
# the direction text is shown in (an imported message could otherwise show "gpj.exe" as
# "exe.jpg", retitle the window or clear the screen).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_HIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
_HIDDEN_IN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """`text` safe to print on a terminal: control characters, escape sequences and direction
    marks shown as `\x1b`, `\u202e`… so they can be seen and do nothing. With `lines`, line
    breaks and tabs are kept; without, a line break becomes a space (one record, one line)."""
    if lines:
        return _HIDDEN.sub(_escape, text.replace("\r\n", "\n"))
    return _HIDDEN_IN_LINE.sub(_escape, text.replace("\r\n", " ").replace("\n", " "))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


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
    text = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    # json escapes C0 controls already; the rest become \uXXXX, which reads back the same.
    print(_HIDDEN.sub(_json_escape, text))


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
            print(visible(line(item), lines=True))
