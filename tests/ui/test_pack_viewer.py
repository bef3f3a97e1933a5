"""Opening an evidence pack with no diary: an intact pack is said to be intact and can be read;
a changed one names the file that failed; a locked one asks for its passphrase in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import click
from packs import make_pack, make_vault, tamper
from pytestqt.qtbot import QtBot

from diary.vault import Vault


def _viewer_from_first_run(qtbot: QtBot, start_app: Any, tmp_path: Path) -> Any:
    """An advocate's computer: no diary at all, so the app opens on its first-run page."""
    app = start_app(tmp_path / "no-diary-here")
    window = app.window
    assert window.pages.currentWidget() is window.first_run
    click(qtbot, window.first_run.open_pack_button)
    assert window.pages.currentWidget() is window.pack_viewer
    return app


def test_intact_pack_shows_its_chronology_and_pictures(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "JS-pack.zip")
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(pack)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    assert "This pack is intact" in viewer.verdict.text()
    assert "SHA256:" in viewer.verdict.text()

    model = viewer.incidents
    assert model.rowCount() == 3
    numbers = [model.index(r, 0).data() for r in range(3)]
    assert numbers == ["INC-0001", "INC-0002", "INC-0003"]
    assert "Flowers left on my car" in model.index(1, 3).data()
    qtbot.keyClicks(viewer.incident_filter, "missed calls")
    assert viewer.incidents_proxy.rowCount() == 1
    viewer.incident_table.selectRow(0)
    assert "Twelve missed calls" in viewer.incident_text.toPlainText()

    viewer.tabs.setCurrentIndex(1)
    assert viewer.exhibits.rowCount() == 1
    viewer.exhibit_table.selectRow(0)
    pixmap = viewer.picture.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    # Nothing from the pack went into a diary: there is still none.
    assert not Vault.exists(tmp_path / "no-diary-here")

    click(qtbot, viewer.done_button)
    assert app.window.pages.currentWidget() is app.window.first_run
    assert viewer.incidents.rowCount() == 0


def test_changed_pack_names_the_file(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "JS-pack.zip")
    changed = tamper(pack, "chronology.csv", tmp_path / "changed.zip")
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(changed)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    words = viewer.verdict.text()
    assert "does not check out" in words
    assert "chronology.csv" in words
    assert viewer.verdict.objectName() == "error"


def test_not_a_pack_is_said_plainly(qtbot: QtBot, start_app: Any, tmp_path: Path) -> None:
    junk = tmp_path / "holiday.zip"
    junk.write_bytes(b"these are not the bytes of a zip file")
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(junk)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    assert "holiday.zip is damaged or is not an evidence pack" in viewer.verdict.text()
    assert viewer.incidents.rowCount() == 0


def test_locked_pack_asks_for_its_passphrase(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "JS-pack.zip.age", passphrase="green door twelve")
    # From the unlock screen this time: a diary exists on this computer but stays locked.
    app = start_app(vault_dir)
    window = app.window
    assert window.pages.currentWidget() is window.unlock_page
    click(qtbot, window.unlock_page.open_pack_button)
    viewer = window.pack_viewer
    viewer.open_path(pack)
    assert viewer.passphrase_row.isVisibleTo(viewer)
    qtbot.keyClicks(viewer.passphrase, "green door")
    click(qtbot, viewer.check_button)
    qtbot.waitUntil(lambda: not viewer._working, timeout=30_000)
    assert viewer.steps.currentIndex() == 0
    assert "did not open the encrypted evidence pack" in viewer.error.text()
    viewer.passphrase.clear()
    qtbot.keyClicks(viewer.passphrase, "green door twelve")
    click(qtbot, viewer.check_button)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    assert "This pack is intact" in viewer.verdict.text()
    assert viewer.incidents.rowCount() == 3
    viewer.tabs.setCurrentIndex(1)
    viewer.exhibit_table.selectRow(0)
    assert not viewer.picture.pixmap().isNull()  # read through the decryption, in memory
    click(qtbot, viewer.done_button)
    assert window.pages.currentWidget() is window.unlock_page
    assert not app.session.is_unlocked
