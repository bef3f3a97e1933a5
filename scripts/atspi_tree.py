"""Run by scripts/atspi-check with Debian's python3 and pyatspi: prints Daybook's AT-SPI tree
(role, name, states) and exits 1 when a focusable control has no name."""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]

CONTROLS = {
    "push button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "page tab",
    "table",
    "tree",
    "list",
    "slider",
    "toggle button",
}


def daybook_apps() -> list[object]:
    desktop = pyatspi.Registry.getDesktop(0)
    return [app for app in desktop if app is not None and "daybook" in (app.name or "").lower()]


def main() -> int:
    apps: list[object] = []
    deadline = time.monotonic() + 40  # a busy machine takes a while to start Qt
    while not apps and time.monotonic() < deadline:
        apps = daybook_apps()
        if not apps:
            time.sleep(1)
    time.sleep(1)
    apps = daybook_apps() or apps
    if not apps:
        print("Daybook is not on the accessibility bus.")
        return 2
    unnamed = 0
    seen = 0

    def walk(node: object, depth: int) -> None:
        nonlocal unnamed, seen
        role = node.getRoleName()  # type: ignore[attr-defined]
        name = node.name or ""  # type: ignore[attr-defined]
        states = node.getState()  # type: ignore[attr-defined]
        showing = states.contains(pyatspi.STATE_SHOWING)
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        if showing:
            seen += 1
            flag = ""
            if focusable and role in CONTROLS and not name.strip():
                unnamed += 1
                flag = "   <-- NO NAME"
            print(f"{'  ' * depth}{role}: {name!r}{flag}")
        for child in node:  # type: ignore[attr-defined]
            if child is not None:
                walk(child, depth + 1)

    for app in apps:
        walk(app, 0)
    print(f"\n{seen} objects showing; {unnamed} focusable controls without a name.")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
