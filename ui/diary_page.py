"""The open diary: toolbar with quick exit, the timeline and other lists, an entry, the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import errors, text
from ui.browse import ExhibitsPage, MessagesPage, PeoplePage
from ui.court_page import CourtPage
from ui.editor import DRAFT_KEY, IncidentEditor
from ui.extras import DiaryExtras
from ui.incident_view import IncidentView
from ui.quick_add import QuickAddPage
from ui.session import Session
from ui.settings_page import SettingsPage
from ui.timeline import TimelinePage
from ui.viewer import ImageViewer
from ui.widgets import InlineMessage


def _button(text_: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text_)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


class DiaryPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._return_to: QWidget | None = None

        self.new_button = _button(
            self.tr("&New entry"), self.tr("New entry"), self.tr("New entry (Ctrl+N)")
        )
        self.new_button.setObjectName("primary")
        self.again_button = _button(
            self.tr("It happened &again"),
            self.tr("It happened again: a quick entry for now"),
            self.tr("A quick entry for now (Ctrl+Shift+N)"),
        )
        self.lock_button = _button(
            self.tr("&Lock"), self.tr("Lock the diary"), self.tr("Lock (Ctrl+L)")
        )
        self.exit_button = _button(
            self.tr("Quick e&xit"),
            self.tr("Quick exit: close Daybook at once"),
            self.tr("Close at once and keep what you were writing (Ctrl+Q, or Esc twice)"),
        )
        self.exit_button.setObjectName("quickExit")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.again_button)
        bar.addStretch(1)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.exit_button)

        self.notice = InlineMessage("notice")
        self.draft_bar = QWidget()
        draft_layout = QHBoxLayout(self.draft_bar)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        self.draft_message = InlineMessage("notice")
        self.resume_button = _button(self.tr("&Carry on writing"), self.tr("Carry on writing"))
        self.drop_draft_button = _button(
            self.tr("Throw it away"), self.tr("Throw away the unfinished entry")
        )
        draft_layout.addWidget(self.draft_message, 1)
        draft_layout.addWidget(self.resume_button)
        draft_layout.addWidget(self.drop_draft_button)
        self.draft_bar.hide()

        self.timeline = TimelinePage(session)
        self.people = PeoplePage(session)
        self.exhibits = ExhibitsPage(session)
        self.messages = MessagesPage(session)
        self.settings = SettingsPage(session)
        self.court = CourtPage(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the diary"))
        self.tabs.addTab(self.timeline, self.tr("&Diary"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.exhibits, self.tr("Photos and &files"))
        self.tabs.addTab(self.messages, self.tr("&Messages"))
        self.tabs.addTab(self.court, self.tr("Going to c&ourt"))
        self.tabs.addTab(self.settings, self.tr("Se&ttings"))

        self.incident = IncidentView(session)
        self.editor = IncidentEditor(session)
        self.quick_add = QuickAddPage(session)
        self.viewer = ImageViewer()
        self.views = QStackedWidget()
        for view in (self.tabs, self.incident, self.editor, self.quick_add, self.viewer):
            self.views.addWidget(view)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.views, 1)
        self.extras = DiaryExtras(self, bar)  # evidence pack and import screens

        self.new_button.clicked.connect(self.new_entry)
        self.again_button.clicked.connect(self.happened_again)
        self.lock_button.clicked.connect(session.lock)
        self.exit_button.clicked.connect(session.quick_exit)
        self.resume_button.clicked.connect(self.resume_draft)
        self.drop_draft_button.clicked.connect(self.drop_draft)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.timeline.open_incident.connect(self.open_incident)
        self.incident.back.connect(self.show_lists)
        self.incident.edit_requested.connect(self.edit_incident)
        self.incident.open_exhibit.connect(self.open_exhibit)
        self.incident.changed.connect(self.timeline.mark_stale)
        self.people.changed.connect(self.timeline.mark_stale)
        self.court.changed.connect(self.timeline.mark_stale)
        self.messages.linked.connect(self.timeline.mark_stale)
        self.exhibits.open_exhibit.connect(self.open_exhibit)
        self.editor.saved.connect(self._saved)
        self.editor.closed.connect(self._editor_closed)
        self.quick_add.saved.connect(self._quick_saved)
        self.quick_add.cancelled.connect(self.show_lists)
        self.viewer.closed.connect(self._viewer_closed)
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._locked)

        for keys, slot in (
            ("Ctrl+N", self.new_entry),
            ("Ctrl+Shift+N", self.happened_again),
            ("Ctrl+L", session.lock),
            ("Ctrl+F", self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- opening and closing -------------------------------------------------------------------
    def _unlocked(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.timeline)
        self.tabs.blockSignals(False)
        rows, self.session.prefetched_timeline = self.session.prefetched_timeline, None
        self.timeline.reload(rows)
        attempts = self.session.failed_attempts
        if attempts:
            times = ", ".join(text.stamp(t) for t in attempts[-5:])
            if len(attempts) == 1:
                words = self.tr(
                    "Since you last opened your diary, a wrong passphrase was tried once: "
                    "{times}. If that was not you, someone may have tried to open it."
                ).format(times=times)
            else:
                words = self.tr(
                    "Since you last opened your diary, a wrong passphrase was tried {n} times "
                    "(the latest: {times}). If that was not you, someone may have tried to "
                    "open it."
                ).format(n=len(attempts), times=times)
            self.notice.say(words)
        else:
            self.notice.clear_message()
        self._offer_draft()

    def _offer_draft(self) -> None:
        try:
            draft = self.session.diary.load_draft(DRAFT_KEY)
        except Exception:
            draft = None
        if draft:
            self.draft_message.say(
                self.tr("You have an entry you had not finished. It was kept safe.")
            )
            self.draft_bar.show()
        else:
            self.draft_bar.hide()

    def _locked(self) -> None:
        # Nothing from the diary stays in memory once it is locked.
        self.timeline.clear()
        self.people.clear()
        self.exhibits.clear()
        self.messages.clear()
        self.settings.clear()
        self.incident.clear()
        self.quick_add.clear()
        self.viewer.clear()
        self.notice.clear_message()
        self.draft_bar.hide()
        self.views.setCurrentWidget(self.tabs)

    def focus_first(self) -> None:
        self.timeline.focus_first()

    # -- moving around -------------------------------------------------------------------------
    def show_lists(self) -> None:
        self.incident.clear()
        self.views.setCurrentWidget(self.tabs)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        if not self.session.is_unlocked:
            return
        page = self.tabs.currentWidget()
        if page is self.timeline:
            self.timeline.refresh()
        elif page is self.people:
            self.people.reload()
        elif page is self.exhibits:
            self.exhibits.reload()
        elif page is self.messages:
            self.messages.reload()
        elif page is self.settings:
            self.settings.reload()
        elif page is self.court:
            self.court.reload()

    def focus_search(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.search.setFocus()
        self.timeline.search.selectAll()

    def open_incident(self, number: str, notice: str = "") -> None:
        self.views.setCurrentWidget(self.incident)
        self.incident.show_incident(number, notice)

    def open_exhibit(self, ref: str) -> None:
        try:
            exhibit = self.session.diary.get_exhibit(ref)
            data = self.session.diary.read_exhibit(ref)
        except Exception as error:
            self.notice.say(errors.describe(error))
            return
        self._return_to = self.views.currentWidget()
        self.views.setCurrentWidget(self.viewer)
        self.viewer.show_bytes(f"{exhibit.ref}: {exhibit.original_name}", data, exhibit.media_type)
        self.views.setCurrentWidget(self.viewer)

    def _viewer_closed(self) -> None:
        self.views.setCurrentWidget(self._return_to or self.tabs)
        self._return_to = None

    # -- writing -------------------------------------------------------------------------------
    def new_entry(self) -> None:
        if not self.session.is_unlocked:
            return
        if self.views.currentWidget() is self.editor:
            return
        self.draft_bar.hide()
        if self._has_draft():
            self.resume_draft()
            return
        self.editor.start_new()
        self.views.setCurrentWidget(self.editor)
        self.editor.description.setFocus()

    def _has_draft(self) -> bool:
        try:
            return self.session.diary.load_draft(DRAFT_KEY) is not None
        except Exception:
            return False

    def edit_incident(self, number: str) -> None:
        if self._has_draft():
            self.draft_message.say(
                self.tr("Please finish or throw away your unfinished entry first.")
            )
            self.draft_bar.show()
            return
        try:
            self.editor.start_edit(number)
        except Exception as error:
            self.notice.say(errors.describe(error))
            return
        self.views.setCurrentWidget(self.editor)

    def resume_draft(self) -> None:
        try:
            draft = self.session.diary.load_draft(DRAFT_KEY)
        except Exception as error:
            self.notice.say(errors.describe(error))
            return
        self.draft_bar.hide()
        if not draft:
            return
        self.editor.start_from_draft(draft)
        self.views.setCurrentWidget(self.editor)
        self.editor.description.setFocus()

    def drop_draft(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Throw it away"),
            self.tr("Throw away the entry you had not finished? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.session.is_unlocked:
            return
        self.session.diary.clear_draft(DRAFT_KEY)
        self.draft_bar.hide()

    def _saved(self, number: str, kind: str, not_added: list[str]) -> None:
        if kind == "unchanged":
            words = self.tr("Nothing was changed, so {number} stays as it was.").format(
                number=number
            )
        elif kind == "files":
            words = self.tr("The files were added to {number}.").format(number=number)
        elif kind == "revised":
            words = self.tr(
                "Saved as a new version of {number}. The earlier version is kept, "
                "with the time it was changed."
            ).format(number=number)
        else:
            words = self.tr("Saved as {number}.").format(number=number)
        if not_added:
            words += " " + self.tr("These files could not be added: {names}.").format(
                names=", ".join(not_added)
            )
        self.timeline.mark_stale()
        self.open_incident(number, words)

    def _editor_closed(self) -> None:
        self.show_lists()
        self._offer_draft()

    def happened_again(self) -> None:
        if not self.session.is_unlocked:
            return
        self.quick_add.start()
        self.views.setCurrentWidget(self.quick_add)
        self.quick_add.focus_first()

    def _quick_saved(self, number: str) -> None:
        self.timeline.mark_stale(select=number)
        self.show_lists()
        self.notice.say(
            self.tr("Saved as {number}. You can add the details whenever you are ready.").format(
                number=number
            )
        )
