"""qtmodeltester on every model of the evidence pack and import screens, filled from real data."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from drive import PASSPHRASE
from packs import make_pack, make_vault
from PySide6.QtCore import Qt

from diary.importers.model import ChatInfo
from diary.importing import import_file
from diary.records.service import Diary
from diary.suggest import suggest_incidents
from diary.vault import Vault
from ui.models import RecordFilterProxy
from ui.pack_models import (
    ChatsModel,
    PackExhibitRow,
    PackExhibitsModel,
    PackIncidentRow,
    PackIncidentsModel,
    SuggestionsModel,
    WithheldModel,
    WithheldRow,
)


def test_pack_models_over_a_real_manifest(
    qtmodeltester: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "pack.zip")
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    incidents = PackIncidentsModel()
    incidents.load([PackIncidentRow.from_manifest(i) for i in manifest["incidents"]])
    # A damaged manifest must still make rows, never raise.
    incidents.load([*incidents.rows(), PackIncidentRow.from_manifest({"occurred_start": 5})])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(incidents)
    qtmodeltester.check(incidents)
    qtmodeltester.check(proxy)
    proxy.set_predicate(lambda row: "car" in row.description)
    assert proxy.rowCount() == 1
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)

    exhibits = PackExhibitsModel()
    exhibits.load([PackExhibitRow.from_manifest(e) for e in manifest["exhibits"]])
    assert exhibits.rowCount() == 1 and exhibits.rows()[0].is_picture
    qtmodeltester.check(exhibits)

    withheld = WithheldModel()
    withheld.load([WithheldRow("Private notes", "Kept for yourself")])
    qtmodeltester.check(withheld)


def test_import_models(qtmodeltester: Any, vault_dir: Path, tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "13/03/2024, 21:02 - Mark: hello\n14/03/2024, 07:15 - Mark: morning\n"
        "14/03/2024, 07:16 - Jo: stop\n",
        encoding="utf-8",
    )
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    import_file(Diary(vault), chat, person="Mark")
    suggestions = SuggestionsModel()
    suggestions.load(suggest_incidents(Diary(vault), "Mark"))
    assert suggestions.rowCount() == 2
    proxy = RecordFilterProxy()
    proxy.setSourceModel(suggestions)
    qtmodeltester.check(suggestions)
    qtmodeltester.check(proxy)
    suggestions.remove(suggestions.rows()[0])
    assert suggestions.rowCount() == 1
    qtmodeltester.check(suggestions)
    vault.lock()

    chats = ChatsModel()
    chats.load([ChatInfo("1", "Mark", 40), ChatInfo("2", "", 3)])
    qtmodeltester.check(chats)
    assert chats.ticked() == ["1", "2"]
    chats.setData(chats.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert chats.ticked() == ["1"]
    assert chats.index(1).data() == "A chat with no name (3 messages)"


def test_pack_rows_use_plain_words_for_kinds_and_channels() -> None:
    from ui.pack_models import PackExhibitRow, PackIncidentRow, kind_words

    assert kind_words("image/jpeg", "IMG_2041.JPG") == "Picture (JPG)"
    assert kind_words("video/mp4", "clip.mp4") == "Video (MP4)"
    assert kind_words("application/pdf", "letter.pdf") == "PDF document"
    assert kind_words("application/octet-stream", "x.bin") == "File"
    row = PackIncidentRow.from_manifest({"number": "INC-0001", "channel": "whatsapp"})
    assert row.where == "WhatsApp"
    exhibits = PackExhibitsModel()
    exhibits.load(
        [
            PackExhibitRow.from_manifest(
                {"ref": "JS1", "media_type": "image/jpeg", "original_name": "a.jpg"}
            )
        ]
    )
    shown = [exhibits.index(0, c).data() for c in range(exhibits.columnCount())]
    assert "image/jpeg" not in shown and "Picture (JPG)" in shown
    headers = [
        exhibits.headerData(c, Qt.Orientation.Horizontal) for c in range(exhibits.columnCount())
    ]
    assert all(headers)
