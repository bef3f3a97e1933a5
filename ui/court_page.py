"""Going to court: orders and their breaches, information for a risk assessment and the draft
statement, as three tabs of one page of the diary."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.orders_page import OrdersPage
from ui.risk_page import RiskPage
from ui.session import Session
from ui.statement_page import StatementPage
from ui.widgets import scrolling


class CourtPage(QWidget):
    changed = Signal()  # something the timeline shows may have changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.orders = OrdersPage(session)
        self.risk = RiskPage(session)
        self.statement = StatementPage(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Going to court"))
        # Each part scrolls as a whole, so on a small screen every control stays in reach.
        parts = (
            (self.orders, self.tr("Orders and breaches")),
            (self.risk, self.tr("Risk information")),
            (self.statement, self.tr("Your statement")),
        )
        self.holders = {page: scrolling(page, words) for page, words in parts}
        for page, words in parts:
            self.tabs.addTab(self.holders[page], words)
        QVBoxLayout(self).addWidget(self.tabs)
        self._loaded: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.orders.changed.connect(self._orders_changed)
        session.locking.connect(self.clear)

    def reload(self) -> None:
        """Load the tab in view now; the others when they are first shown."""
        self._loaded.clear()
        self._load_current()

    def show_part(self, part: QWidget) -> None:
        self.tabs.setCurrentWidget(self.holders[part])  # type: ignore[index]

    def current_part(self) -> QWidget | None:
        shown = self.tabs.currentWidget()
        return next((p for p, holder in self.holders.items() if holder is shown), None)

    def _load_current(self) -> None:
        page = self.current_part()
        if page is None or page in self._loaded or not self.session.is_unlocked:
            return
        self._loaded.add(page)
        page.reload()  # type: ignore[attr-defined]

    def _orders_changed(self) -> None:
        self._loaded.discard(self.risk)
        self._loaded.discard(self.statement)
        self.changed.emit()

    def clear(self) -> None:
        self._loaded.clear()
        for page in (self.orders, self.risk, self.statement):
            page.clear()

    def focus_first(self) -> None:
        self.tabs.setFocus()
