"""Forgotten passphrase: the recovery key sets a new one; a damaged diary is said in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, create_diary, unlock
from pytestqt.qtbot import QtBot

NEW_PASSPHRASE = "purple kettle whistles under moonlit bridges"


def test_recovery_key_sets_a_new_passphrase(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    key = create_diary(qtbot, app.window)
    page = app.window.diary_page
    click(qtbot, page.again_button)
    click(qtbot, page.quick_add.save_button)
    click(qtbot, page.lock_button)

    unlock_page = app.window.unlock_page
    click(qtbot, unlock_page.forgot_button)
    assert unlock_page.steps.currentIndex() == 1
    assert not unlock_page.recover_button.isEnabled()
    qtbot.keyClicks(unlock_page.recovery_key, "AAAA-BBBB-CCCC")
    qtbot.keyClicks(unlock_page.new_passphrase.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(unlock_page.new_passphrase.confirm, NEW_PASSPHRASE)
    click(qtbot, unlock_page.recover_button)
    qtbot.waitUntil(lambda: not unlock_page._working, timeout=20_000)
    assert "recovery key" in unlock_page.recover_error.text().lower()
    assert unlock_page.recover_error.isVisible()
    assert not app.session.is_unlocked

    unlock_page.recovery_key.clear()
    qtbot.keyClicks(unlock_page.recovery_key, key.lower())
    click(qtbot, unlock_page.recover_button)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page, timeout=20_000)
    assert app.session.is_unlocked
    assert page.timeline.model.rowCount() == 1
    click(qtbot, page.lock_button)

    unlock(qtbot, app.window, PASSPHRASE)
    assert "did not open" in unlock_page.error.text()
    unlock(qtbot, app.window, NEW_PASSPHRASE)
    assert app.session.is_unlocked


def test_damaged_diary_is_said_plainly(qtbot: QtBot, start_app: Any, vault_dir: Path) -> None:
    app = start_app(vault_dir)
    create_diary(qtbot, app.window)
    app.session.lock()
    app.close()
    for name in ("keyslots", "keyslots.bak"):
        path = vault_dir / name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))

    again = start_app(vault_dir)
    unlock(qtbot, again.window)
    text = again.window.unlock_page.error.text()
    assert again.window.unlock_page.error.isVisible()
    assert "damaged" in text
    assert "Traceback" not in text and "Error" not in text
    assert not again.session.is_unlocked
