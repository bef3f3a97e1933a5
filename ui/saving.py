"""One save at a time on a page whose save runs on a worker: the form waits, greyed, the busy
bar says it is saving, and the keyboard focus goes back where it was once it is done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ui.models import still_here


class SaveOnAWorker:
    """The save under way on `page`, if one is. `allow_changes(False)` greys what the save
    must not see changed; a save that ends after the page went away, after another began, or
    after the diary locked is no longer the page's concern and says nothing."""

    def __init__(self, page: QWidget, bar: QWidget, allow_changes: Callable[[bool], None]) -> None:
        self._page = page
        self._bar = bar
        self._allow_changes = allow_changes
        self._ticket: object | None = None
        self._focus_before: QWidget | None = None

    @property
    def running(self) -> bool:
        return self._ticket is not None

    def begin(self) -> object:
        """Grey the form and say it is saving; the ticket names this save in `ended`."""
        ticket = object()
        self._set(ticket)
        return ticket

    def forget(self) -> None:
        """The diary locked: a save on its way is for a locked diary and says nothing."""
        self._set(None)

    def ended(self, ticket: object, unlocked: bool) -> bool:
        """The save named by `ticket` has ended: give the form back, and say whether its answer
        is still the page's to show (the page is still there, no later save, not locked)."""
        if not still_here(self._page) or self._ticket is not ticket:
            return False
        self._set(None)
        return unlocked

    def _set(self, ticket: object | None) -> None:
        saving = ticket is not None
        if saving:
            self._focus_before = QApplication.focusWidget()
        self._ticket = ticket
        self._allow_changes(not saving)
        self._bar.setVisible(saving)
        if not saving and self._focus_before is not None:
            if still_here(self._focus_before) and self._page.isAncestorOf(self._focus_before):
                self._focus_before.setFocus()
            self._focus_before = None
