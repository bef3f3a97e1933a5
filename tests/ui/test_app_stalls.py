"""A window that keeps answering while a real chat is imported, a real pack is made and that
pack is opened in the pack viewer: the event loop's longest stall, measured from the moment the
work starts until its result shows."""

from __future__ import annotations

import gc
import os
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, click, compile_daybook, drop_files, unlock
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_app_quick_exit import STALL_LIMIT_S

from bench.app_bench import StallMeter  # the same meter as the benchmark
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.vault import Vault
from ui import export_wizard as wizard_module
from ui import import_review as import_module
from ui import workers

# Sizes that make each piece of work take well over a second here, so that doing it on the
# window's thread would go over the limit (checked by running it there: the tests then fail).
MESSAGES = 15_000
INCIDENTS = 300
PHOTOS = 24
PHOTO_SIZE = (640, 480)
# A locked pack: making and opening it derives a key from this passphrase (scrypt), which must
# not hold the interpreter lock either.
PACK_PASSPHRASE = "blue kettle morning"


def _limit(took: float) -> float:
    """As for the unlock: work done on the window's thread would freeze it for (nearly) all of
    `took`; on a busy two-core machine the window's thread may also wait its turn a while."""
    return max(STALL_LIMIT_S, took / 2)


def _chat(path: Path, messages: int) -> Path:
    """A WhatsApp export from an Android phone: `messages` lines over several months."""
    start = datetime(2024, 1, 2, 7, 0)
    lines = []
    for n in range(messages):
        when = start + timedelta(minutes=17 * n)
        who = "Jo" if n % 7 == 0 else "Mark"
        lines.append(f"{when:%d/%m/%Y, %H:%M} - {who}: message {n}, where are you now?")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _photo(path: Path) -> Path:
    """A photo of noise (it does not compress away), the size of a small phone picture."""
    width, height = PHOTO_SIZE
    data = os.urandom(width * height * 3)
    image = QImage(data, width, height, width * 3, QImage.Format.Format_RGB888)
    assert image.save(str(path), "JPEG", 90)
    return path


def _busy_diary(vault_dir: Path, folder: Path) -> None:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    start = datetime(2024, 1, 3, 21, 30).astimezone()
    for n in range(INCIDENTS):
        diary.add_incident(
            IncidentInput(
                occurred_start=start + timedelta(days=n, minutes=n),
                description=f"He was outside the flat again, the {n}th time, for an hour",
                location="Station car park",
                behaviours=["ST5", "ST2.1"],
            )
        )
    for n in range(PHOTOS):
        diary.attach_file(_photo(folder / f"photo-{n}.jpg"), incident=f"INC-{n + 1:04d}")
    vault.lock()


def test_the_window_keeps_answering_while_a_long_chat_is_imported(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    compile_daybook()
    chat = _chat(tmp_path / "WhatsApp Chat with Mark.txt", MESSAGES)
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    page = app.window.diary_page
    page.extras.import_action.trigger()
    importer = page.extras.import_page
    qtbot.wait(50)

    def settled(step: int) -> bool:
        return importer.steps.currentIndex() == step and not importer._working

    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    drop_files(importer, [chat])
    qtbot.waitUntil(lambda: settled(import_module.PREVIEW), timeout=60_000)
    preview_stall = meter.stop()
    preview_took = time.perf_counter() - started
    assert f"{MESSAGES} messages" in importer.found.text().replace(",", "")
    importer.who.setCurrentIndex(importer.who.findData("Mark"))
    qtbot.wait(50)

    meter.start()
    started = time.perf_counter()
    click(qtbot, importer.import_button)
    qtbot.waitUntil(lambda: settled(import_module.REVIEW), timeout=120_000)
    import_stall = meter.stop()
    import_took = time.perf_counter() - started
    assert f"{MESSAGES} messages and calls added" in importer.report.text().replace(",", "")
    assert importer.suggestions.rowCount() > 0
    assert preview_stall < _limit(preview_took), (
        f"the window stopped answering for {preview_stall:.2f} s of {preview_took:.2f} s"
    )
    assert import_stall < _limit(import_took), (
        f"the window stopped answering for {import_stall:.2f} s of {import_took:.2f} s"
    )


def _make_pack(qtbot: QtBot, app: Any, target: Path) -> tuple[float, float]:
    """Through the export wizard; the longest stall and the time from Make to the result."""
    page = app.window.diary_page
    page.extras.export_action.trigger()
    wizard = page.extras.export_wizard
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard._summary is not None, timeout=60_000)
    click(qtbot, wizard.next_button)
    assert wizard.steps.currentIndex() == wizard_module.SAVE
    wizard.path.setText(str(target))
    qtbot.mouseClick(wizard.encrypt, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert wizard.encrypt.isChecked()
    qtbot.keyClicks(wizard.pack_passphrase, PACK_PASSPHRASE)
    qtbot.keyClicks(wizard.pack_confirm, PACK_PASSPHRASE)
    qtbot.wait(50)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard_module.DONE, timeout=180_000)
    longest = meter.stop()
    took = time.perf_counter() - started
    assert wizard.result.pack_id in wizard.done_text.text()
    return longest, took


def test_the_window_keeps_answering_while_a_pack_is_made_and_opened(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    compile_daybook()
    _busy_diary(vault_dir, tmp_path)
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    export_stall, export_took = _make_pack(qtbot, app, tmp_path / "JS-pack.zip")
    pack = tmp_path / "JS-pack.zip.age"  # locked: opening it derives a key from the passphrase
    assert pack.exists()
    assert export_stall < _limit(export_took), (
        f"the window stopped answering for {export_stall:.2f} s of {export_took:.2f} s"
    )

    # The advocate's computer: no diary, the pack viewer from the first page.
    viewer_app = start_app(tmp_path / "no-diary-here")
    window = viewer_app.window
    click(qtbot, window.first_run.open_pack_button)
    viewer = window.pack_viewer
    viewer.open_path(pack)
    assert viewer.passphrase_row.isVisible()
    qtbot.keyClicks(viewer.passphrase, PACK_PASSPHRASE)
    qtbot.wait(50)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    click(qtbot, viewer.check_button)
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=120_000)
    open_stall = meter.stop()
    open_took = time.perf_counter() - started
    assert "Nothing in this pack has changed since it was signed" in viewer.verdict.text()
    assert viewer.incidents.rowCount() == INCIDENTS
    assert open_stall < _limit(open_took), (
        f"the window stopped answering for {open_stall:.2f} s of {open_took:.2f} s"
    )


def test_the_rest_of_the_app_is_made_only_when_no_work_is_running(
    qtbot: QtBot, start_app: Any, vault_dir: Path
) -> None:
    """The diary's pages are made on idle turns after unlocking; while a chat is read or a pack
    made they wait, so that making them never adds to the window's busiest moments. Once all
    are made, what the app loaded is set aside from the garbage collector's full walks."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    app = start_app(vault_dir)
    release = threading.Event()
    ended: list[object] = []
    workers.start(lambda _p: release.wait(30), ended.append, ended.append)
    try:
        unlock(qtbot, app.window)
        page = app.window.diary_page
        made = set(page._parts)
        qtbot.wait(800)
        assert set(page._parts) == made
        assert set(page._builders) - made, "every part was made before the test could look"
        assert gc.get_freeze_count() == 0
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(ended))
    qtbot.waitUntil(lambda: app.window._pack_viewer is not None, timeout=30_000)
    assert set(page._parts) == set(page._builders)
    assert gc.get_freeze_count() > 0
