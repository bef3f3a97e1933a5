"""Every page of the app, and how to reach it: used by the tests that walk them all (quick exit
reaches each, each fits a small screen, mnemonics and focus frames) and for the screenshots."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drive import PASSPHRASE, create_diary, unlock, write_photo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from diary.records import Diary, IncidentInput, PersonInput, PersonRef
from diary.timeutil import now
from diary.vault import Vault
from ui import workers

NEW, LOCKED, OPEN = "new", "locked", "open"


@dataclass(frozen=True)
class Page:
    name: str
    start: str  # NEW: no diary yet; LOCKED: a diary, locked; OPEN: unlocked
    open: Callable[[QtBot, Any], QWidget]


def sample_vault(folder: Path, scratch: Path) -> None:
    """A small diary with a person, two entries (one with a photo), so every page has
    something to show."""
    vault, _key = Vault.create(folder, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    diary.add_person(
        PersonInput(name="Mark Ellison", relationship="ex-partner", role="perpetrator")
    )
    first = diary.add_incident(
        IncidentInput(
            occurred_start=now(),
            location="Outside work",
            description="He was waiting by the car park again and followed me to the bus stop.",
            behaviours=["ST1", "OC1"],
            perpetrators=[PersonRef("Mark Ellison", "saw")],
            witnesses=[PersonRef("Priya")],
            fear=7,
        )
    )
    photo = write_photo(scratch / "car.png")
    diary.attach_file(photo, incident=first.number)
    diary.add_incident(
        IncidentInput(
            occurred_start=now(),
            channel="Text message",
            description="Six texts from a new number.",
            behaviours=["ST2.8"],
        )
    )
    vault.lock()


def copy_vault(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def _first_run_step(step: int) -> Callable[[QtBot, Any], QWidget]:
    def open_(qtbot: QtBot, app: Any) -> QWidget:
        first = app.window.first_run
        if step >= 2:
            first.initials.setText("JS")
            first.passphrase.passphrase.setText(PASSPHRASE)
            first.passphrase.confirm.setText(PASSPHRASE)
            first.create_diary()
            qtbot.waitUntil(lambda: first.steps.currentIndex() == 2, timeout=20_000)
        first._go(step)
        return first

    return open_


def _unlock_step(step: int) -> Callable[[QtBot, Any], QWidget]:
    def open_(qtbot: QtBot, app: Any) -> QWidget:
        page = app.window.unlock_page
        page._go(step)
        return page

    return open_


def _pack_viewer(qtbot: QtBot, app: Any) -> QWidget:
    app.window.show_pack_viewer()
    return app.window.pack_viewer


def _pack_compared(qtbot: QtBot, app: Any) -> QWidget:
    """An advocate's view of a pack compared with an earlier one from the same diary."""
    from diary.exporting import ExportChoices, export

    folder = Path(app.session.vault_path).parent / "packs"
    folder.mkdir(exist_ok=True)
    vault = Vault.open(app.session.vault_path)
    vault.unlock(PASSPHRASE)
    try:
        export(vault, folder / "JS-earlier.zip", ExportChoices())
        diary = Diary(vault)
        diary.add_addendum("INC-0001", "Mark Ellison was there again the next morning.")
        export(vault, folder / "JS-later.zip", ExportChoices())
    finally:
        vault.lock()
    viewer = app.window.pack_viewer
    app.window.show_pack_viewer()
    viewer.open_path(folder / "JS-later.zip")
    qtbot.waitUntil(lambda: viewer.steps.currentIndex() == 1, timeout=30_000)
    viewer.tabs.setCurrentWidget(viewer.compare_panel)
    viewer.compare_panel.set_earlier(folder / "JS-earlier.zip")
    qtbot.waitUntil(lambda: viewer.compare_panel.comparison is not None, timeout=30_000)
    return viewer


def _tab(name: str) -> Callable[[QtBot, Any], QWidget]:
    def open_(qtbot: QtBot, app: Any) -> QWidget:
        page = app.window.diary_page
        widget = getattr(page, name)
        page.tabs.setCurrentWidget(widget)
        qtbot.wait(20)
        return widget

    return open_


def _view(opener: Callable[[Any], QWidget]) -> Callable[[QtBot, Any], QWidget]:
    def open_(qtbot: QtBot, app: Any) -> QWidget:
        widget = opener(app.window.diary_page)
        qtbot.wait(20)
        return widget

    return open_


def _incident(page: Any) -> QWidget:
    page.open_incident("INC-0001")
    return page.incident


def _editor(page: Any) -> QWidget:
    page.new_entry()
    return page.editor


def _editing(page: Any) -> QWidget:
    page.edit_incident("INC-0001")
    return page.editor


def _quick(page: Any) -> QWidget:
    page.happened_again()
    return page.quick_add


def _picture(page: Any) -> QWidget:
    from ui import workers

    page.open_exhibit("JS1")
    while workers.busy():  # the photo is decrypted and decoded on a worker
        QApplication.processEvents()
    return page.viewer


def _export(page: Any) -> QWidget:
    page.extras.start_export()
    return page.extras.export_wizard


def _import(page: Any) -> QWidget:
    page.extras.start_import()
    return page.extras.import_page


def _court(part: str) -> Callable[[QtBot, Any], QWidget]:
    def open_(qtbot: QtBot, app: Any) -> QWidget:
        page = app.window.diary_page
        page.tabs.setCurrentWidget(page.court)
        widget = getattr(page.court, part)
        page.court.show_part(widget)
        # Each part reads the diary on a worker: check it as it is once read.
        qtbot.waitUntil(lambda: not workers.busy(), timeout=20_000)
        qtbot.wait(20)
        return widget

    return open_


def _help(qtbot: QtBot, app: Any) -> QWidget:
    app.window.show_help()
    return app.window.help_page


def _about_me(page: Any) -> QWidget:
    page.tabs.setCurrentWidget(page.settings)
    page.settings.about_me_button.click()
    return page.about_me


def _template(page: Any) -> QWidget:
    from ui.templates import templates

    page.new_from_template(templates()[0])
    return page.editor


PAGES: list[Page] = [
    Page("first run: welcome", NEW, _first_run_step(0)),
    Page("first run: passphrase", NEW, _first_run_step(1)),
    Page("first run: recovery key", NEW, _first_run_step(2)),
    Page("first run: check the key", NEW, _first_run_step(3)),
    Page("unlock", LOCKED, _unlock_step(0)),
    Page("unlock: recovery key", LOCKED, _unlock_step(1)),
    Page("open a pack", LOCKED, _pack_viewer),
    Page("open a pack, from the diary", OPEN, _pack_viewer),
    Page("a pack compared with an earlier one", LOCKED, _pack_compared),
    Page("help and safety, locked", LOCKED, _help),
    Page("help and safety", OPEN, _help),
    Page("patterns", OPEN, _tab("patterns")),
    Page("safety plan", OPEN, _tab("safety_plan")),
    Page("new entry from a template", OPEN, _view(_template)),
    Page("timeline", OPEN, _tab("timeline")),
    Page("people", OPEN, _tab("people")),
    Page("photos and files", OPEN, _tab("exhibits")),
    Page("messages", OPEN, _tab("messages")),
    Page("settings", OPEN, _tab("settings")),
    Page("about me", OPEN, _view(_about_me)),
    Page("orders and breaches", OPEN, _court("orders")),
    Page("risk information", OPEN, _court("risk")),
    Page("your statement", OPEN, _court("statement")),
    Page("an entry", OPEN, _view(_incident)),
    Page("new entry", OPEN, _view(_editor)),
    Page("changing an entry", OPEN, _view(_editing)),
    Page("it happened again", OPEN, _view(_quick)),
    Page("a photo", OPEN, _view(_picture)),
    Page("make an evidence pack", OPEN, _view(_export)),
    Page("add messages", OPEN, _view(_import)),
]


def start_at(qtbot: QtBot, start_app: Any, template: Path, folder: Path, page: Page) -> Any:
    """A fresh app on a copy of the sample diary (or none), in the state the page needs."""
    if page.start == NEW:
        app = start_app(folder)
    else:
        app = start_app(copy_vault(template, folder))
        if page.start == OPEN:
            unlock(qtbot, app.window)
            qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.diary_page)
    app.window.activateWindow()
    return app


def reach(qtbot: QtBot, app: Any, page: Page) -> QWidget:
    widget = page.open(qtbot, app)
    QApplication.processEvents()
    return widget


__all__ = ["LOCKED", "NEW", "OPEN", "PAGES", "Page", "create_diary", "reach", "start_at"]
