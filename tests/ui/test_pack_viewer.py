"""Opening an evidence pack with no diary: an intact pack is said to be intact and can be read;
a changed one names the file that failed; a locked one asks for its passphrase in place."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from drive import click
from packs import make_pack, make_vault, tamper
from pytestqt.qtbot import QtBot

from diary.vault import Vault


def _check_code(vault_dir: Path) -> str:
    from drive import PASSPHRASE

    from diary.pack import signing

    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    try:
        return signing.check_code(vault.signing_key().public_key())
    finally:
        vault.lock()


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
    assert "Nothing in this pack has changed since it was signed" in viewer.verdict.text()
    code = _check_code(vault_dir)
    assert viewer.check_code.text() == code
    assert "SHA256:" not in viewer.verdict.text()
    assert "SHA256:" in viewer.details.text() and not viewer.details.isVisibleTo(viewer)
    click(qtbot, viewer.details_button)
    assert viewer.details.isVisibleTo(viewer)
    qtbot.keyClicks(viewer.expected_code, code.lower().replace("-", " "))
    assert "The codes match" in viewer.compare_result.text()
    viewer.expected_code.clear()
    qtbot.keyClicks(viewer.expected_code, "K7Q2-MX9D-4HRT-Z8WE-3NPA")
    assert "The codes differ" in viewer.compare_result.text()

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
    assert viewer.verdict_box.objectName() == "verdictBad"
    # The right code for a pack that does not check out is never "signed by their Daybook".
    code = viewer.check_code.text()
    assert code  # the key it names is still shown, to compare
    qtbot.keyClicks(viewer.expected_code, code)
    said = viewer.compare_result.text()
    assert said.startswith("The codes match, but the pack does not check out")
    assert "was signed by" not in said


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
    assert "Nothing in this pack has changed" in viewer.verdict.text()
    assert viewer.incidents.rowCount() == 3
    viewer.tabs.setCurrentIndex(1)
    viewer.exhibit_table.selectRow(0)
    assert not viewer.picture.pixmap().isNull()  # read through the decryption, in memory
    click(qtbot, viewer.done_button)
    assert window.pages.currentWidget() is window.unlock_page
    assert not app.session.is_unlocked


HOSTILE = '<h1>Big</h1><img src="file:///etc/passwd">'


def test_html_from_a_pack_is_shown_as_the_characters_it_is(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    from drive import PASSPHRASE, write_photo
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from diary.records import Diary, IncidentInput, PersonRef

    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    number = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 1, 21, 30).astimezone(),
            description=HOSTILE,
            location="<b>Station</b>",
            perpetrators=[PersonRef("<i>Mark</i>", "saw")],
            exact_words="<script>x</script>",
        )
    ).number
    photo = write_photo(tmp_path / "p.png").rename(tmp_path / '<img src="x" onerror="y">.png')
    diary.attach_file(photo, incident=number)
    vault.lock()
    pack = make_pack(vault_dir, tmp_path / "<img src=x>JS.zip")
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(pack)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    viewer.incident_table.selectRow(0)
    viewer.tabs.setCurrentIndex(1)
    viewer.exhibit_table.selectRow(0)
    viewer.show_exhibit(viewer.exhibits.rows()[0])

    assert viewer.heading.text() == "<img src=x>JS.zip"
    assert HOSTILE in viewer.incident_text.toPlainText()
    assert '<img src="x" onerror="y">.png' in viewer.exhibit_about.text()
    shown = [w for w in viewer.findChildren(QLabel) if "<" in w.text()]
    assert viewer.heading in shown and viewer.exhibit_about in shown
    for widget in shown:
        assert widget.textFormat() == Qt.TextFormat.PlainText, widget.text()
    for model in (viewer.incidents, viewer.exhibits):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                shown_text = index.data()
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if "<" in shown_text:
                    # Escaped, so Qt shows the characters instead of drawing the HTML.
                    assert "<img" not in tip and "<h1>" not in tip and "&lt;" in tip
    assert "<" not in app.window.windowTitle()


def test_a_second_zip_glued_on_is_refused_and_nothing_is_shown(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault(vault_dir, tmp_path)
    pack = make_pack(vault_dir, tmp_path / "JS-pack.zip")
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("manifest.json", "{}")
    glued = tmp_path / "glued.zip"
    glued.write_bytes(pack.read_bytes() + other.read_bytes())
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(glued)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    assert "cannot be trusted, so nothing from inside it is shown" in viewer.verdict.text()
    assert "glued.zip is not one plain zip" in viewer.verdict.text()
    assert not viewer.tabs.isVisibleTo(viewer)
    assert viewer.incidents.rowCount() == 0 and viewer._pack is None


def test_an_encrypted_pack_asking_for_too_much_work_is_refused_before_the_passphrase(
    qtbot: QtBot, start_app: Any, tmp_path: Path
) -> None:
    import base64

    salt = base64.b64encode(bytes(16)).rstrip(b"=")
    body = base64.b64encode(bytes(32)).rstrip(b"=")
    hostile = tmp_path / "JS.zip.age"
    hostile.write_bytes(
        b"age-encryption.org/v1\n-> scrypt " + salt + b" 40\n" + body + b"\n--- "
        + base64.b64encode(bytes(32)).rstrip(b"=") + b"\n" + bytes(100)
    )  # fmt: skip
    app = _viewer_from_first_run(qtbot, start_app, tmp_path)
    viewer = app.window.pack_viewer
    viewer.open_path(hostile)
    assert not viewer.passphrase_row.isVisibleTo(viewer)
    assert "far more work to open than a pack ever needs" in viewer.error.text()


@pytest.mark.parametrize(
    ("events", "withheld", "checked", "problems"),
    [(1, 0, True, []), (2, 0, True, []), (1234, 1, True, []), (40, 3, True, []), (9, 0, False, []),
     (0, 0, False, []), (5, 0, True, ["History entry 2 does not match its hash: the history was changed."])],
)  # fmt: skip
def test_the_viewer_says_the_history_as_verify_does(
    qtbot: QtBot, events: int, withheld: int, checked: bool, problems: list[str]
) -> None:
    from diary.pack.verify import Verdict, history_words
    from ui.pack_viewer import PackViewer

    verdict = Verdict(
        ok=not problems,
        files_intact=True,
        files_checked=12,
        history_code="K7Q2-MX9D-4HRT-Z8WE-3NPA",
        history_events=events,
        history_withheld=withheld,
        history_checked=checked,
        history_problems=problems,
    )
    viewer = PackViewer()
    qtbot.addWidget(viewer)
    assert viewer._history_words(verdict) == history_words(verdict)
    viewer.show_verdict(verdict)
    if problems:
        # Never "nothing has changed" on its own: the verdict is that it does not check out.
        assert viewer.verdict.text().startswith("This pack does not check out: the diary's")
        assert viewer.verdict_box.objectName() == "verdictBad"
    else:
        assert viewer.verdict.text().endswith(history_words(verdict))
