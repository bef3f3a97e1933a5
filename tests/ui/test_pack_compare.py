"""The pack viewer compares a pack with an earlier one from the same person (issue 14), and keeps
a list of packs seen only when asked: encrypted, 0600, nothing of it readable on disk."""

from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from drive import click
from packs import make_pack, make_vault, tamper
from pytestqt.qtbot import QtBot
from test_app_marker import leaks

from diary.pack.verify import verify_pack
from diary.vault import Vault
from tests.conftest import PASSPHRASE
from tests.pack.since_diary import change_everything, export_pack, first_diary, rewrite_history

LIST_PASSPHRASE = "seven quiet herons at dusk"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home, data and temporary folders of the test's own, to see what is written where."""
    place = tmp_path / "home"
    place.mkdir()
    (place / "tmp").mkdir()
    monkeypatch.delenv("DAYBOOK_SEEN_PACKS", raising=False)
    monkeypatch.setenv("HOME", str(place))
    monkeypatch.setenv("TMPDIR", str(place / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(place / sub))
    return place


def _packs(tmp_path: Path, *, tampered: bool = False) -> tuple[Path, Path]:
    """An earlier and a later pack of one diary (the later after one change of each kind)."""
    vault, _recovery = Vault.create(
        tmp_path / "diary", PASSPHRASE, initials="JS", insecure_fast_kdf=True
    )
    try:
        diary = first_diary(vault, tmp_path)
        export_pack(vault, tmp_path / "old.zip")
        change_everything(diary, tmp_path)
        if tampered:
            rewrite_history(vault, PASSPHRASE, 3, rehash_after=True)
        export_pack(vault, tmp_path / "new.zip")
        export_pack(vault, tmp_path / "old.zip.age", passphrase="first green door")
    finally:
        vault.lock()
    return tmp_path / "old.zip", tmp_path / "new.zip"


def _open(qtbot: QtBot, start_app: Any, tmp_path: Path, pack: Path) -> Any:
    app = start_app(tmp_path / "no-diary-here")
    click(qtbot, app.window.first_run.open_pack_button)
    viewer = app.window.pack_viewer
    viewer.open_path(pack)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    return app


def _compare(qtbot: QtBot, viewer: Any, earlier: Path) -> Any:
    panel = viewer.compare_panel
    viewer.tabs.setCurrentWidget(panel)
    panel.set_earlier(earlier)
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=30_000)
    return panel


def _rows(panel: Any) -> list[tuple[str, str, str]]:
    model = panel.changes
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def test_the_comparison_view_lists_what_changed(
    qtbot: QtBot, start_app: Any, tmp_path: Path
) -> None:
    old, new = _packs(tmp_path)
    app = _open(qtbot, start_app, tmp_path, new)
    viewer = app.window.pack_viewer
    assert viewer.compare_button.isVisible()
    panel = _compare(qtbot, viewer, old)
    words = panel.result.text()
    assert words.startswith("Continuity holds")
    assert "Both packs were signed by the Daybook with the check code" in words
    assert panel.result_box.objectName() == "verdictOk"
    rows = _rows(panel)
    assert ("New", "INC-0005", "He was at the school gates") in rows
    assert ("Revised", "INC-0002", "Where: Bus stop → Outside my flat") in rows
    assert any(r[:2] == ("Deleted", "INC-0003") and "tombstone" in r[2] for r in rows)
    assert any(r[:2] == ("Addendum", "INC-0001") for r in rows)
    assert ("Unchanged", "INC-0004", "") in rows
    assert sum(1 for r in rows if r[0] == "New message") == 3
    assert panel.changes_table.isVisible()
    # Opening another pack forgets the comparison.
    viewer.clear()
    assert panel.comparison is None and panel.changes.rowCount() == 0


def test_an_altered_history_is_shown_as_not_following_on(
    qtbot: QtBot, start_app: Any, tmp_path: Path
) -> None:
    old, new = _packs(tmp_path, tampered=True)
    assert verify_pack(new).ok
    app = _open(qtbot, start_app, tmp_path, new)
    viewer = app.window.pack_viewer
    assert "Nothing in this pack has changed since it was signed" in viewer.verdict.text()
    panel = _compare(qtbot, viewer, old)
    assert panel.result.text().startswith("Continuity does NOT hold")
    assert "The histories part at entry 3" in panel.result.text()
    assert panel.result_box.objectName() == "verdictBad"


def test_a_history_changed_without_rehashing_is_said_in_the_verdict(
    qtbot: QtBot, start_app: Any, tmp_path: Path
) -> None:
    vault, _recovery = Vault.create(
        tmp_path / "diary", PASSPHRASE, initials="JS", insecure_fast_kdf=True
    )
    try:
        first_diary(vault, tmp_path)
        rewrite_history(vault, PASSPHRASE, 2, rehash_after=False)
        export_pack(vault, tmp_path / "pack.zip")
    finally:
        vault.lock()
    app = _open(qtbot, start_app, tmp_path, tmp_path / "pack.zip")
    viewer = app.window.pack_viewer
    words = viewer.verdict.text()
    assert "the diary's history inside it does not check out" in words
    assert "History entry 2 does not match its hash" in words
    assert viewer.verdict_box.objectName() == "verdictBad"


def test_a_locked_earlier_pack_asks_for_its_passphrase(
    qtbot: QtBot, start_app: Any, tmp_path: Path
) -> None:
    _old, new = _packs(tmp_path)
    app = _open(qtbot, start_app, tmp_path, new)
    viewer = app.window.pack_viewer
    panel = viewer.compare_panel
    viewer.tabs.setCurrentWidget(panel)
    panel.set_earlier(tmp_path / "old.zip.age")
    assert panel.passphrase.isVisible() and panel.compare_button.isVisible()
    assert panel.comparison is None
    qtbot.keyClicks(panel.passphrase, "first green")
    click(qtbot, panel.compare_button)
    qtbot.waitUntil(lambda: not panel._working, timeout=30_000)
    assert "did not open the encrypted evidence pack" in panel.error.text()
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, "first green door")
    click(qtbot, panel.compare_button)
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=30_000)
    # That pack was made after the new one: said plainly, not as a pass.
    assert "Continuity does NOT hold" in panel.result.text()
    assert "Swap them round" in panel.result.text()


def test_matching_codes_on_a_changed_pack_do_not_say_signed_by_their_daybook(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "JS-pack.zip")
    code = verify_pack(pack).key_check_code
    assert code is not None
    changed = tamper(pack, "chronology.csv", tmp_path / "changed.zip")
    app = _open(qtbot, start_app, tmp_path, changed)
    viewer = app.window.pack_viewer
    qtbot.keyClicks(viewer.expected_code, code)
    said = viewer.compare_result.text()
    assert said.startswith("The codes match, but the pack does not check out")
    assert "signed by their Daybook" not in said


def _manifest(pack: Path) -> dict[str, Any]:
    with zipfile.ZipFile(pack) as zf:
        loaded: dict[str, Any] = json.loads(zf.read("manifest.json"))
    return loaded


def _list_file(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def test_the_list_of_packs_seen_is_kept_only_when_asked_and_encrypted(
    qtbot: QtBot, start_app: Any, tmp_path: Path, home: Path
) -> None:
    old, new = _packs(tmp_path)
    old_verdict, new_verdict = verify_pack(old), verify_pack(new)
    app = _open(qtbot, start_app, tmp_path, old)
    viewer = app.window.pack_viewer
    panel = viewer.compare_panel
    # Opened, read and closed without asking: nothing is written anywhere under home.
    viewer.tabs.setCurrentWidget(panel)
    assert "keeps nothing about the packs you open" in panel.seen_text.text()
    click(qtbot, viewer.done_button)
    assert _list_file(home) == []

    # Asked: a passphrase chosen twice, and the pack is remembered.
    click(qtbot, app.window.first_run.open_pack_button)
    viewer.open_path(old)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    viewer.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.seen_passphrase, LIST_PASSPHRASE)
    qtbot.keyClicks(panel.seen_confirm, LIST_PASSPHRASE + "x")
    click(qtbot, panel.seen_button)
    assert "not the same" in panel.seen_result.text() and _list_file(home) == []
    panel.seen_confirm.clear()
    qtbot.keyClicks(panel.seen_confirm, LIST_PASSPHRASE)
    click(qtbot, panel.seen_button)
    qtbot.waitUntil(lambda: "is in your list" in panel.seen_result.text(), timeout=30_000)
    written = _list_file(home)
    assert len(written) == 1
    assert stat.S_IMODE(os.stat(written[0]).st_mode) == 0o600
    assert "Daybook" not in written[0].name and "pack" not in written[0].name.lower()
    # Nothing of what it holds is readable: not the check code, the history head, the pack id.
    assert old_verdict.pack_id and old_verdict.key_check_code and old_verdict.history_code
    old_head = _manifest(old)["audit_head"]["hash"]
    for marker in (
        old_verdict.pack_id,
        old_verdict.key_check_code,
        old_verdict.key_check_code.replace("-", ""),
        old_head,
        old_verdict.history_code,
    ):
        assert leaks(home, marker) == [], marker
    click(qtbot, viewer.done_button)  # the list is locked again

    # The next pack from the same person: the list's passphrase, then compared automatically.
    click(qtbot, app.window.first_run.open_pack_button)
    viewer.open_path(new)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    viewer.tabs.setCurrentWidget(panel)
    assert "You keep a list of packs" in panel.seen_text.text()
    assert not panel.seen_confirm.isVisible()
    qtbot.keyClicks(panel.seen_passphrase, "the wrong words")
    click(qtbot, panel.seen_button)
    qtbot.waitUntil(lambda: not panel._working, timeout=30_000)
    assert "did not open your list" in panel.seen_result.text()
    panel.seen_passphrase.clear()
    qtbot.keyClicks(panel.seen_passphrase, LIST_PASSPHRASE)
    click(qtbot, panel.seen_button)
    qtbot.waitUntil(lambda: "Compared with" in panel.seen_result.text(), timeout=30_000)
    note = viewer.seen_note.text()
    assert note == panel.seen_result.text() and viewer.seen_note.isVisibleTo(viewer)
    assert f"the last pack you saw from JS ({old_verdict.pack_id}" in note
    assert "holds that pack's history unchanged" in note
    # Remembered too; then, with the list still open, the next pack is compared at once.
    click(qtbot, panel.seen_button)
    qtbot.waitUntil(lambda: "is in your list" in panel.seen_result.text(), timeout=30_000)
    viewer.clear()
    viewer.open_path(old)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    assert f"from JS ({new_verdict.pack_id}" in viewer.seen_note.text()
    assert "does not hold the history of that pack unchanged" in viewer.seen_note.text()
    for marker in (new_verdict.pack_id, _manifest(new)["audit_head"]["hash"]):
        assert marker is not None and leaks(home, marker) == [], marker
