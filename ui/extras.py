"""The evidence pack and import screens inside the open diary: one "Evidence pack" button with
its menu and shortcuts, the pages it opens, and where they return to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolButton, QWidget

from ui.export_wizard import ExportWizard
from ui.import_review import ImportPage
from ui.models import KEY_ROLE

if TYPE_CHECKING:
    from ui.diary_page import DiaryPage

EXPORT_KEYS = "Ctrl+Shift+E"
IMPORT_KEYS = "Ctrl+Shift+I"
OPEN_PACK_KEYS = "Ctrl+Shift+O"


class DiaryExtras(QObject):
    """Adds the pack and import screens to the diary page. `open_pack` asks the window to show
    the pack viewer, which lives outside the diary because it needs no vault."""

    open_pack = Signal()

    def __init__(self, page: DiaryPage, bar: QBoxLayout) -> None:
        super().__init__(page)
        self.page = page
        self.export_wizard = ExportWizard(page.session)
        self.import_page = ImportPage(page.session)
        page.views.addWidget(self.export_wizard)
        page.views.addWidget(self.import_page)

        self.menu = QMenu(page)
        self.menu.setAccessibleName(self.tr("Evidence and imports"))
        self.export_action = self._action(
            self.tr("&Make an evidence pack…"), EXPORT_KEYS, self.start_export
        )
        self.import_action = self._action(
            self.tr("&Add messages from a phone or email…"), IMPORT_KEYS, self.start_import
        )
        self.open_action = self._action(
            self.tr("&Open an evidence pack…"), OPEN_PACK_KEYS, self.open_pack.emit
        )
        self.button = QToolButton()
        self.button.setText(self.tr("E&vidence"))
        self.button.setAccessibleName(self.tr("Evidence: make or open a pack, add messages"))
        self.button.setToolTip(
            self.tr("Make an evidence pack ({export}), add messages ({add})").format(
                export=EXPORT_KEYS, add=IMPORT_KEYS
            )
        )
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar.insertWidget(2, self.button)

        self.export_wizard.closed.connect(page.show_lists)
        self.export_wizard.exported.connect(lambda _id: page.timeline.mark_stale())
        self.import_page.closed.connect(page.show_lists)
        self.import_page.changed.connect(page.timeline.mark_stale)
        # The messages page's own button now opens the fuller import screen with its preview
        # (files dropped on that page are still added at once, as before).
        page.messages.import_button.clicked.disconnect()
        page.messages.import_button.clicked.connect(self.start_import)

    def _action(self, words: str, keys: str, slot: object) -> QAction:
        action = QAction(words, self.page)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.page.addAction(action)  # the shortcut works wherever the focus is in the diary
        return action

    def _busy_elsewhere(self) -> bool:
        current = self.page.views.currentWidget()
        return current in (self.page.editor, self.page.quick_add) or not (
            self.page.session.is_unlocked
        )

    def chosen_entries(self) -> list[str]:
        table = self.page.timeline.table
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return [str(index.data(KEY_ROLE)) for index in rows if index.data(KEY_ROLE)]

    def start_export(self) -> None:
        if self._busy_elsewhere():
            return
        self.export_wizard.start(self.chosen_entries())
        self._show(self.export_wizard)

    def start_import(self, paths: list[Path] | None = None) -> None:
        if self._busy_elsewhere():
            return
        self._show(self.import_page)
        self.import_page.start(paths or None)

    def _show(self, widget: QWidget) -> None:
        self.page.views.setCurrentWidget(widget)
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()
