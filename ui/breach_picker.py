"""Which conditions of an order an entry broke: the editor and "It happened again" offer the
conditions in force on the day it happened (and keep any already chosen), ticked in a list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from diary.errors import DaybookError
from ui.models import CheckListModel
from ui.session import Session
from ui.widgets import label


class ConditionChoices(CheckListModel):
    """The tick list, whose choices change with the day while the ticks stay."""

    def keys(self) -> list[str]:
        return [self.key_of(item) for item in self._items]

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.set_items(choices, list(self._ticked))


class BreachPicker(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ConditionChoices([], self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Conditions of an order this broke: tick any"))
        self.view.setWordWrap(True)
        self.none = label(self.tr("No order was in force on that day."), "subtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none)
        layout.addWidget(self.view)
        self._day: date | None = None
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())

    def set_day(self, day: date) -> None:
        """Offer the conditions in force on `day`, and keep every condition already ticked."""
        if day == self._day:
            return
        self._day = day
        self._reload()

    def _reload(self, chosen: Sequence[str] | None = None) -> None:
        chosen = list(self.model.checked() if chosen is None else chosen)
        if self.session.is_locking:
            # The editor empties itself as the diary locks: nothing to offer, and no reason
            # to read the diary (and hold up locking) for it.
            self._day = None
            self.model.set_choices([])
            return
        try:
            offered = self.session.diary.condition_choices(self._day)
            known = {c.ref: c for c in self.session.diary.condition_choices(None)}
        except DaybookError:  # only an offer: the entry can still be saved without one
            offered, known = [], {}
        refs = [c.ref for c in offered]
        choices = [(c.ref, self._words(c)) for c in offered]
        for ref in chosen:
            if ref not in refs:
                found = known.get(ref)
                choices.append((ref, self._words(found) if found else ref))
        self.model.set_choices(choices)
        self.model.set_checked(chosen)
        self.none.setVisible(not choices)
        self.view.setVisible(bool(choices))
        lines = max(1, min(len(choices), 5))
        self.view.setFixedHeight(self.fontMetrics().lineSpacing() * lines * 2 + 8)

    def _words(self, choice: Any) -> str:
        return f"{choice.ref}  {choice.order_label}: {choice.text}"

    def set_chosen(self, refs: Sequence[str]) -> None:
        self._reload(refs)

    def chosen(self) -> list[str]:
        return self.model.checked()

    def reset(self) -> None:
        self.model.set_checked([])
        self._day = None
        self.model.set_choices([])
