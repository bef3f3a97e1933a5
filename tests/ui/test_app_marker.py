"""Nothing readable on disk: a marker typed into every field is found nowhere after quitting."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any

import pytest
from drive import click, create_diary, drop_files, unlock
from pytestqt.qtbot import QtBot
from test_app_journey import fill_every_field

MARKER = "Zqx7MarkerWombat3Vellum"


def needles(marker: str) -> dict[str, bytes]:
    raw = marker.encode()
    found = {"utf-8": raw, "utf-16-le": marker.encode("utf-16-le")}
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw)
        first_group = -(-offset // 3)
        last_group = (offset + len(raw)) // 3
        found[f"base64+{offset}"] = encoded[first_group * 4 : last_group * 4]
    return found


def leaks(folder: Path, marker: str) -> list[str]:
    found = []
    patterns = needles(marker)
    for path in folder.rglob("*"):
        if marker.casefold() in path.name.casefold():
            found.append(f"{path}: name")
        if not path.is_file():
            continue
        data = path.read_bytes()
        found += [f"{path}: {kind}" for kind, needle in patterns.items() if needle in data]
    return found


def test_leak_finder_finds_each_encoding(tmp_path: Path) -> None:
    for n, (kind, needle) in enumerate(needles(MARKER).items()):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "f").write_bytes(b"junk" + needle + b"junk")
        assert leaks(folder, MARKER) == [f"{folder / 'f'}: {kind}"]
    # Base64 of the marker at any alignment inside a longer text is caught.
    for prefix in (b"", b"a", b"ab"):
        text = base64.b64encode(prefix + MARKER.encode() + b"cd")
        assert any(needle in text for needle in needles(MARKER).values())


@pytest.fixture
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    places = {name: tmp_path / name for name in ("vault", "tmp", "home")}
    for place in places.values():
        place.mkdir()
    monkeypatch.setenv("TMPDIR", str(places["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("HOME", str(places["home"]))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(places["home"] / sub))
    return places


def test_marker_is_nowhere_on_disk(
    qtbot: QtBot, start_app: Any, private_places: dict[str, Path], tmp_path: Path
) -> None:
    assert needles(MARKER)["base64+0"]
    vault_dir = private_places["vault"] / "diary"
    outside = tmp_path / "outside"
    outside.mkdir()
    carried = outside / f"letter-{MARKER}.txt"
    carried.write_text(f"You know what you did. {MARKER}\n", encoding="utf-8")

    app = start_app(vault_dir)
    window = app.window
    create_diary(qtbot, window, initials="ZQ")
    page = window.diary_page

    click(qtbot, page.new_button)
    fill_every_field(qtbot, page.editor, MARKER)
    drop_files(page.editor, [carried])
    page.editor.save_draft()  # an autosaved draft, as after a few seconds of typing
    click(qtbot, page.editor.save_button)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.incident, timeout=10_000)
    qtbot.keyClicks(page.incident.addendum, f"Later note {MARKER}")
    click(qtbot, page.incident.addendum_button)

    click(qtbot, page.incident.back_button)
    page.tabs.setCurrentWidget(page.people)
    qtbot.keyClicks(page.people.name, f"Neighbour {MARKER}")
    qtbot.keyClicks(page.people.relationship, f"next door {MARKER}")
    qtbot.keyClicks(page.people.phones, "07700 900456")
    qtbot.keyClicks(page.people.emails, f"{MARKER}@example.com")
    qtbot.keyClicks(page.people.aliases, f"Nick {MARKER}")
    qtbot.keyClicks(page.people.vehicles, f"Van {MARKER}")
    qtbot.keyClicks(page.people.description, f"Tall {MARKER}")
    click(qtbot, page.people.add_button)
    assert page.people.model.rowCount() == 3

    click(qtbot, page.again_button)
    qtbot.keyClicks(page.quick_add.location, f"Bus stop {MARKER}")
    qtbot.keyClicks(page.quick_add.note, f"Again {MARKER}")
    click(qtbot, page.quick_add.save_button)

    page.tabs.setCurrentWidget(page.timeline)
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 2)
    qtbot.keyClicks(page.timeline.search, MARKER)
    page.timeline.apply_filters()
    qtbot.waitUntil(lambda: page.timeline.proxy.rowCount() == 2)

    # A draft left open at the moment of leaving.
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.description, f"Unfinished {MARKER}")

    # While unlocked, then after the quick exit.
    for place in private_places.values():
        assert leaks(place, MARKER) == []
    click(qtbot, page.exit_button)
    assert not app.session.is_unlocked
    for place in private_places.values():
        assert leaks(place, MARKER) == []

    # And it was all really kept.
    again = start_app(vault_dir)
    unlock(qtbot, again.window)
    diary = again.session.diary
    assert len(diary.list_incidents(search=MARKER)) == 2
    assert diary.load_draft("editor")["description"] == f"Unfinished {MARKER}"
    exhibit = diary.list_exhibits()[0]
    assert exhibit.original_name == carried.name
    assert MARKER.encode() in diary.read_exhibit(exhibit.ref)
    again.session.lock()
    for place in private_places.values():
        assert leaks(place, MARKER) == []
