"""An entry's thumbnails and an opened photo are decrypted and decoded on a worker: what comes
back is shown only if the person still wants it (same entry, diary not locked), and a photo
that cannot be read is said in one sentence."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, unlock, write_photo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diary.records import IncidentInput
from diary.records.service import Diary
from diary.vault import Vault
from ui import workers


def _app_with_photos(qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path) -> Any:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    when = datetime(2024, 5, 1, 20, 0).astimezone()
    diary.add_incident(IncidentInput(occurred_start=when, description="Car outside"))
    diary.add_incident(IncidentInput(occurred_start=when, description="No photos here"))
    diary.attach_file(write_photo(tmp_path / "car.png"), incident="INC-0001")
    notes = tmp_path / "notes.txt"
    notes.write_text("He said he would wait.", encoding="utf-8")
    diary.attach_file(notes, incident="INC-0001")
    vault.lock()
    app = start_app(vault_dir)
    unlock(qtbot, app.window)
    return app


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    qtbot.wait(10)


def test_an_entry_shows_its_files_at_once_and_the_pictures_after(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    app = _app_with_photos(qtbot, start_app, vault_dir, tmp_path)
    page = app.window.diary_page
    page.open_incident("INC-0001")
    thumbnails = page.incident.thumbnails
    assert thumbnails.rowCount() == 2
    assert "car.png" in thumbnails.index(0).data(Qt.ItemDataRole.DisplayRole)
    _settle(qtbot)
    assert thumbnails.index(0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert thumbnails.index(1).data(Qt.ItemDataRole.DecorationRole) is None  # not a picture
    assert page.incident.error.text() == ""


def test_pictures_of_an_entry_left_before_they_came_are_not_shown(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    app = _app_with_photos(qtbot, start_app, vault_dir, tmp_path)
    page = app.window.diary_page
    page.open_incident("INC-0001")
    page.open_incident("INC-0002")  # before the first entry's pictures are made
    _settle(qtbot)
    assert page.incident.thumbnails.rowCount() == 0
    assert not page.incident.thumb_view.isVisibleTo(page.incident)

    page.open_incident("INC-0001")
    app.session.lock()  # locked while the pictures are made: nothing comes back
    _settle(qtbot)
    assert page.incident.thumbnails.rowCount() == 0
    assert page.views.currentWidget() is not page.viewer


def test_a_photo_opened_then_locked_is_never_shown(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    app = _app_with_photos(qtbot, start_app, vault_dir, tmp_path)
    page = app.window.diary_page
    page.open_exhibit("JS1")
    app.session.lock()
    _settle(qtbot)
    assert page.views.currentWidget() is not page.viewer
    assert page.viewer.picture.pixmap() is None or page.viewer.picture.pixmap().isNull()

    unlock(qtbot, app.window)
    page.open_exhibit("JS1")
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.viewer)
    assert not page.viewer.picture.pixmap().isNull()
    assert page.viewer.heading.text() == "JS1: car.png"


def test_a_photo_that_is_not_there_is_said_in_one_sentence(
    qtbot: QtBot, start_app: Any, vault_dir: Path, tmp_path: Path
) -> None:
    app = _app_with_photos(qtbot, start_app, vault_dir, tmp_path)
    page = app.window.diary_page
    page.open_exhibit("JS9")
    _settle(qtbot)
    said = page.notice.text()
    assert "JS9" in said and "Traceback" not in said and said.count(".") <= 2
    assert page.views.currentWidget() is not page.viewer


def test_a_thumbnail_fits_its_box_whatever_the_picture(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from ui.models import ThumbnailModel, thumbnail

    for kind, width, height in (("JPG", 3000, 2000), ("PNG", 1200, 1600), ("PNG", 40, 30)):
        picture = QImage(width, height, QImage.Format.Format_RGB32)
        picture.fill(QColor("steelblue"))
        path = tmp_path / f"p.{kind.lower()}"
        assert picture.save(str(path), kind)
        made = thumbnail(path.read_bytes())
        assert made is not None and not made.isNull()
        box = ThumbnailModel.SIZE
        assert made.width() <= box.width() and made.height() <= box.height()
        assert max(made.width() / box.width(), made.height() / box.height()) > 0.95
        assert abs(made.width() / made.height() - width / height) < 0.05
    assert thumbnail(b"not a picture at all") is None
    assert thumbnail(b"") is None and thumbnail(None) is None
