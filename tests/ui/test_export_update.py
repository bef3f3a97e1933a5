"""The export wizard's "only what is new since a pack I sent before" (issue 14): an update pack
that carries the changes in full and, with the earlier pack, still proves the whole."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, unlock
from packs import make_pack, make_vault
from pytestqt.qtbot import QtBot
from test_export_wizard import _open_wizard, tick

from diary.pack.since import compare_packs
from diary.records import Diary, IncidentInput
from diary.vault import Vault
from ui import export_wizard as wizard_module


def _change(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    try:
        diary = Diary(vault)
        edited = diary.get_incident("INC-0002").incident
        edited.location = "Station car park, level 2"
        diary.edit_incident("INC-0002", edited)
        diary.add_incident(
            IncidentInput(
                occurred_start=datetime(2024, 3, 12, 7, 40).astimezone(),
                description="He was outside the gym",
            )
        )
    finally:
        vault.lock()


def test_an_update_since_the_last_pack(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    earlier = make_pack(vault_dir, tmp_path / "sent.zip.age", passphrase="green door twelve")
    _change(vault_dir)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    wizard = _open_wizard(qtbot, app)
    choice = wizard.since
    assert not choice.details.isVisible()
    tick(qtbot, choice.wanted)
    assert choice.choose_button.isVisible()
    click(qtbot, wizard.next_button)
    assert "choose the pack you sent before" in wizard.error.text()
    choice.set_path(earlier)
    assert choice.passphrase.isVisible()  # it is locked
    click(qtbot, wizard.next_button)
    assert "type that pack's passphrase" in wizard.error.text()
    qtbot.keyClicks(choice.passphrase, "not it")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.CHOOSE, timeout=20_000)
    qtbot.waitUntil(lambda: bool(wizard.error.text()), timeout=20_000)
    assert "passphrase" in wizard.error.text()
    choice.passphrase.clear()
    qtbot.keyClicks(choice.passphrase, "green door twelve")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=20_000)
    summary = wizard.summary_text.text()
    assert "an update to the pack" in summary
    assert "New or changed entries, in full: 2" in summary
    assert "Unchanged entries, listed with a code that proves it: 2" in summary
    left_out = [wizard.withheld.index(r, 0).data() for r in range(wizard.withheld.rowCount())]
    assert any("2 incidents unchanged since the earlier pack" in item for item in left_out)

    click(qtbot, wizard.next_button)
    target = tmp_path / "update.zip"
    wizard.path.setText(str(target))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=60_000)
    with zipfile.ZipFile(target) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert [i["number"] for i in manifest["incidents"]] == ["INC-0002", "INC-0004"]
    assert [r["number"] for r in manifest["since"]["unchanged"]] == ["INC-0001", "INC-0003"]
    result = compare_packs(target, earlier, earlier_passphrase="green door twelve")
    assert result.ok, result.problems
    assert [i.ref for i in result.new_incidents] == ["INC-0004"]
    assert [i.ref for i in result.revised] == ["INC-0002"]
    assert result.unchanged == ["INC-0001", "INC-0003"] and result.listed_unchanged == 2
    # Starting again forgets the earlier pack and its passphrase.
    click(qtbot, wizard.next_button)
    wizard.start()
    assert not choice.wanted.isChecked() and choice.path is None and not choice.passphrase.text()
    tick(qtbot, wizard.full)
