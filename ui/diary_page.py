"""The open diary: toolbar with quick exit, the timeline and other lists, an entry, the editor,
and the evidence pack and import screens (one "Evidence" button with its menu and shortcuts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.records.incidents import IncidentQuery
from ui import errors, text, workers
from ui.browse import ExhibitsPage, MessagesPage, PeoplePage
from ui.editor import DRAFT_KEY, IncidentEditor
from ui.incident_view import IncidentView
from ui.models import KEY_ROLE
from ui.patterns_page import PatternsPage
from ui.quick_add import QuickAddPage
from ui.safety_plan import SafetyPlanPage
from ui.session import Session
from ui.settings_page import SettingsPage
from ui.templates import Template, templates
from ui.timeline import TimelinePage
from ui.viewer import ImageViewer
from ui.widgets import InlineMessage, Notice, scrolling

if TYPE_CHECKING:
    # Made later and imported then: they load the PDF, import and court libraries.
    from ui.about_me import AboutMeView
    from ui.court_page import CourtPage
    from ui.export_wizard import ExportWizard
    from ui.import_review import ImportPage

EXPORT_KEYS = "Ctrl+Shift+E"
IMPORT_KEYS = "Ctrl+Shift+I"
OPEN_PACK_KEYS = "Ctrl+Shift+O"


class ViewStack(QStackedWidget):
    """The diary's views. A view added with `scroll=True` sits in a scroll area, so a tall view
    scrolls on a small screen instead of making the window taller than the screen; callers
    still name the view itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder: dict[QWidget, QWidget] = {}
        self._inner: dict[QWidget, QWidget] = {}

    def add(self, view: QWidget, *, scroll: bool = False) -> None:
        holder = scrolling(view, view.accessibleName()) if scroll else view
        self._holder[view] = holder
        self._inner[holder] = view
        self.addWidget(holder)

    def setCurrentWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        super().setCurrentWidget(self._holder.get(widget, widget))

    def currentWidget(self) -> QWidget:  # type: ignore[override]
        shown = super().currentWidget()
        return self._inner.get(shown, shown)


def _button(text_: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text_)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


class DiaryPage(QWidget):
    open_pack = Signal()  # the pack viewer lives outside the diary: it needs no vault
    open_help = Signal()  # so does help and safety

    # Made later, one at a time (see `build_next`); reading one before its turn makes it.
    people: PeoplePage
    exhibits: ExhibitsPage
    messages: MessagesPage
    patterns: PatternsPage
    safety_plan: SafetyPlanPage
    court: CourtPage
    settings: SettingsPage
    incident: IncidentView
    editor: IncidentEditor
    quick_add: QuickAddPage
    viewer: ImageViewer
    export_wizard: ExportWizard
    import_page: ImportPage
    about_me: AboutMeView

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._return_to: QWidget | None = None
        self._exhibit_generation = 0  # a photo still being opened is not shown after this

        self.new_button = _button(
            self.tr("&New entry"), self.tr("New entry"), self.tr("New entry (Ctrl+N)")
        )
        self.new_button.setObjectName("primary")
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("From a template"))
        self.template_button.setAccessibleName(
            self.tr("New entry from a template: a call, a message, something left…")
        )
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.template_menu = QMenu(self)
        self.template_menu.setAccessibleName(self.tr("Templates"))
        for template in templates():
            action = self.template_menu.addAction(template.title)
            action.triggered.connect(lambda _c=False, t=template: self.new_from_template(t))
        self.template_button.setMenu(self.template_menu)
        self.again_button = _button(
            self.tr("It happened a&gain"),
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
        bar.addWidget(self.template_button)
        bar.addWidget(self.again_button)
        bar.addStretch(1)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.exit_button)

        self.help_button = _button(
            self.tr("Help and safety"),
            self.tr("Help and safety: who to call, your safety plan"),
            self.tr("Who to call, and your safety plan (F1)"),
        )
        bar.insertWidget(4, self.help_button)
        self.notice = Notice()
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
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the diary"))
        self.tabs.addTab(self.timeline, self.tr("&Diary"))
        self.views = ViewStack()
        self.views.add(self.tabs)
        # Every other part is made later, one at a time while the window is idle (or at once
        # when asked for): see `build_next`. The first screen and the timeline do not wait.
        self._parts: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {
            "people": self._make_people,
            "exhibits": self._make_exhibits,
            "messages": self._make_messages,
            "patterns": self._make_patterns,
            "court": self._make_court,
            "safety_plan": self._make_safety_plan,
            "settings": self._make_settings,
            "incident": self._make_incident,
            "editor": self._make_editor,
            "quick_add": self._make_quick_add,
            "viewer": self._make_viewer,
            "export_wizard": self._make_export_wizard,
            "import_page": self._make_import_page,
            "about_me": self._make_about_me,
        }
        self._guest_return: QWidget | None = None
        self._tab_words = {
            "people": self.tr("&People"),
            "exhibits": self.tr("P&hotos and files"),
            "messages": self.tr("&Messages"),
            "patterns": self.tr("Patte&rns"),
            "court": self.tr("Going to c&ourt"),
            "safety_plan": self.tr("Safet&y plan"),
            "settings": self.tr("&Settings"),
        }

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.views, 1)
        self._build_evidence_menu(bar)

        self.new_button.clicked.connect(self.new_entry)
        self.again_button.clicked.connect(self.happened_again)
        self.lock_button.clicked.connect(lambda: session.lock())
        self.help_button.clicked.connect(self.open_help.emit)
        self.exit_button.clicked.connect(session.quick_exit)
        self.resume_button.clicked.connect(self.resume_draft)
        self.drop_draft_button.clicked.connect(self.drop_draft)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.timeline.open_incident.connect(self.open_incident)
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

    # -- evidence packs and imports --------------------------------------------------------------
    def _build_evidence_menu(self, bar: QHBoxLayout) -> None:
        self.menu = QMenu(self)
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
        self.evidence_button = QToolButton()
        self.evidence_button.setText(self.tr("E&vidence"))
        self.evidence_button.setAccessibleName(
            self.tr("Evidence: make or open a pack, add messages")
        )
        self.evidence_button.setToolTip(
            self.tr("Make an evidence pack ({export}), add messages ({add})").format(
                export=EXPORT_KEYS, add=IMPORT_KEYS
            )
        )
        self.evidence_button.setMenu(self.menu)
        self.evidence_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.evidence_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar.insertWidget(2, self.evidence_button)

    # -- the parts, made one at a time -----------------------------------------------------------
    def __getattr__(self, name: str) -> QWidget:
        # Reached only for a part not made yet (`self.editor` before its turn): make it now.
        builders = self.__dict__.get("_builders")
        if builders is None or name not in builders:
            raise AttributeError(name)
        return self._make(name)

    def _make(self, name: str) -> QWidget:
        part = self._builders[name]()
        self._parts[name] = part
        setattr(self, name, part)
        if name in self._tab_words:
            # In its own place among the tabs, whatever order the parts were made in.
            order = list(self._tab_words)
            index = 1 + sum(1 for other in order[: order.index(name)] if other in self._parts)
            self.tabs.blockSignals(True)
            self.tabs.insertTab(index, part, self._tab_words[name])
            self.tabs.blockSignals(False)
        return part

    def build_next(self) -> bool:
        """Make the next part not made yet; False when every part is made."""
        for name in self._builders:
            if name not in self._parts:
                self._make(name)
                return True
        return False

    def build_all(self) -> None:
        while self.build_next():
            pass

    def _part(self, name: str) -> QWidget | None:
        """The part if it has been made (never makes it)."""
        return self._parts.get(name)

    def _make_people(self) -> QWidget:
        people = PeoplePage(self.session)
        people.changed.connect(self.timeline.mark_stale)
        return people

    def _make_exhibits(self) -> QWidget:
        exhibits = ExhibitsPage(self.session)
        exhibits.open_exhibit.connect(self.open_exhibit)
        return exhibits

    def _make_messages(self) -> QWidget:
        messages = MessagesPage(self.session)
        messages.linked.connect(self.timeline.mark_stale)
        # The messages page's own button opens the fuller import screen with its preview
        # (files dropped on that page are still added at once).
        messages.import_button.clicked.disconnect()
        messages.import_button.clicked.connect(lambda: self.start_import())
        return messages

    def _make_patterns(self) -> QWidget:
        return PatternsPage()

    def _make_court(self) -> QWidget:
        from ui.court_page import CourtPage

        court = CourtPage(self.session)
        court.changed.connect(self.timeline.mark_stale)
        return court

    def _make_safety_plan(self) -> QWidget:
        return SafetyPlanPage(self.session)

    def _make_settings(self) -> QWidget:
        settings = SettingsPage(self.session)
        settings.about_me_requested.connect(self.show_about_me)
        return settings

    def _make_about_me(self) -> QWidget:
        from ui.about_me import AboutMeView

        view = AboutMeView(self.session)
        view.closed.connect(self._about_me_closed)
        self.views.add(view)
        return view

    def show_about_me(self) -> None:
        self.about_me.start()
        self._show(self.about_me)

    def _about_me_closed(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.settings)

    # -- pages that also live outside the diary (help, the pack viewer) ------------------------
    def show_guest(self, page: QWidget) -> None:
        """Show `page` (help and safety, the pack viewer: pages that need no diary) as a page
        of the open diary, so the bar with Lock and Quick exit stays in view above it."""
        if self.views.indexOf(page) < 0:
            self.views.add(page)
        current = self.views.currentWidget()
        if current is not page:
            self._guest_return = current
        self.views.setCurrentWidget(page)

    def hosts(self, page: QWidget) -> bool:
        return self.views.indexOf(page) >= 0

    def close_guest(self) -> None:
        back, self._guest_return = self._guest_return, None
        if back is None or self.views.indexOf(back) < 0:
            self.show_lists()
            return
        self.views.setCurrentWidget(back)
        focus = getattr(back, "focus_first", None)
        if callable(focus):
            focus()

    def _make_incident(self) -> QWidget:
        incident = IncidentView(self.session)
        incident.back.connect(self.show_lists)
        incident.edit_requested.connect(self.edit_incident)
        incident.open_exhibit.connect(self.open_exhibit)
        incident.changed.connect(self.timeline.mark_stale)
        self.views.add(incident)
        return incident

    def _make_editor(self) -> QWidget:
        editor = IncidentEditor(self.session)
        editor.saved.connect(self._saved)
        editor.closed.connect(self._editor_closed)
        self.views.add(editor)
        return editor

    def _make_quick_add(self) -> QWidget:
        quick_add = QuickAddPage(self.session)
        quick_add.saved.connect(self._quick_saved)
        quick_add.cancelled.connect(self.show_lists)
        self.views.add(quick_add)
        return quick_add

    def _make_viewer(self) -> QWidget:
        viewer = ImageViewer()
        viewer.closed.connect(self._viewer_closed)
        self.views.add(viewer)
        return viewer

    def _make_export_wizard(self) -> QWidget:
        from ui.export_wizard import ExportWizard

        wizard = ExportWizard(self.session)
        # It lays itself out for a large window; on a small one it scrolls whole.
        wizard.setAccessibleName(self.tr("Make an evidence pack"))
        wizard.closed.connect(self.show_lists)
        wizard.exported.connect(lambda _id: self.timeline.mark_stale())
        self.views.add(wizard, scroll=True)
        return wizard

    def _make_import_page(self) -> QWidget:
        from ui.import_review import ImportPage

        page = ImportPage(self.session)
        page.setAccessibleName(self.tr("Add messages from a phone or email"))
        page.closed.connect(self.show_lists)
        page.changed.connect(self.timeline.mark_stale)
        self.views.add(page, scroll=True)
        return page

    @property
    def extras(self) -> DiaryPage:
        """The pack and import screens used to live in a helper object; older callers (tests,
        scripts/pack-scene.py) still reach them as `page.extras.…`."""
        return self

    @property
    def button(self) -> QToolButton:
        return self.evidence_button

    def _action(self, words: str, keys: str, slot: object) -> QAction:
        action = QAction(words, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.addAction(action)  # the shortcut works wherever the focus is in the diary
        return action

    def _busy_elsewhere(self) -> bool:
        current = self.views.currentWidget()
        writing = [self._part("editor"), self._part("quick_add")]
        return current in writing or not self.session.is_unlocked

    def chosen_entries(self) -> list[str]:
        table = self.timeline.table
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
        self.views.setCurrentWidget(widget)
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    # -- opening and closing -------------------------------------------------------------------
    def opened(self) -> None:
        """The diary was just unlocked: the timeline, failed attempts, an unfinished entry."""
        self.views.setCurrentWidget(self.tabs)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.timeline)
        self.tabs.blockSignals(False)
        rows, self.session.prefetched_timeline = self.session.prefetched_timeline, None
        self.timeline.reload(rows)
        attempts = self.session.failed_attempts
        words = ""
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
            self.notice.say(words, seconds=120)
        else:
            self.notice.clear_message()
        vault = self.session.vault
        if vault is not None and vault.key_file_note:
            # The key file was damaged or edited and its copy opened the diary: said once.
            said = (words + " ") if attempts else ""
            self.notice.say(said + vault.key_file_note, seconds=120)
        self._offer_draft()

    def _offer_draft(self) -> None:
        try:
            draft = self.session.diary.load_draft(DRAFT_KEY)
        except DaybookError as error:
            # Said, never hidden; the person can throw the damaged one away.
            self.draft_message.say(errors.describe(error))
            self.resume_button.hide()
            self.draft_bar.show()
            return
        self.resume_button.show()
        if draft:
            self.draft_message.say(
                self.tr("You have an entry you had not finished. It was kept safe.")
            )
            self.draft_bar.show()
        else:
            self.draft_bar.hide()

    def _locked(self) -> None:
        # Nothing from the diary stays in memory once it is locked (the editor, the pack and
        # import screens forget on the session's `locking` themselves).
        self._exhibit_generation += 1
        self.timeline.clear()
        for name in (
            "people",
            "exhibits",
            "messages",
            "settings",
            "patterns",
            "court",
            "safety_plan",
            "incident",
            "quick_add",
            "viewer",
        ):
            part = self._part(name)
            clear = getattr(part, "clear", None)
            if callable(clear):
                clear()
        self.notice.clear_message()
        self.draft_bar.hide()
        self.views.setCurrentWidget(self.tabs)

    def focus_first(self) -> None:
        self.timeline.focus_first()

    # -- moving around -------------------------------------------------------------------------
    def show_lists(self) -> None:
        incident = self._part("incident")
        if isinstance(incident, IncidentView):
            incident.clear()
        self.views.setCurrentWidget(self.tabs)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        if not self.session.is_unlocked:
            return
        page = self.tabs.currentWidget()
        if page is self.timeline:
            self.timeline.refresh()
        elif page is self._part("patterns"):
            self.show_patterns()
        else:  # every other tab loads itself when shown
            reload = getattr(page, "reload", None)
            if callable(reload):
                reload()

    def show_patterns(self) -> None:
        """The charts for exactly what the timeline's filter shows now (read on a worker)."""
        filtered = self.timeline.current_query() != IncidentQuery()
        self.patterns.read(self.timeline.matching_rows_reader(), filtered)

    def show_safety_plan(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.safety_plan)
        self.safety_plan.focus_first()

    def new_from_template(self, template: Template) -> None:
        if not self.session.is_unlocked or self.views.currentWidget() is self.editor:
            return
        if self._has_draft():
            self.draft_message.say(
                self.tr("Please finish or throw away your unfinished entry first.")
            )
            self.draft_bar.show()
            return
        self.draft_bar.hide()
        self.editor.start_from_template(template)
        self.views.setCurrentWidget(self.editor)
        self.editor.description.setFocus()

    def focus_search(self) -> None:
        self.views.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.search.setFocus()
        self.timeline.search.selectAll()

    def open_incident(self, number: str, notice: str = "") -> None:
        self.views.setCurrentWidget(self.incident)
        self.incident.show_incident(number, notice)

    def open_exhibit(self, ref: str) -> None:
        if not self.session.is_unlocked:
            return
        # Decrypting and decoding a camera's photo froze the window for a tenth of a second:
        # both are done on a worker (a QImage, unlike a QPixmap, may be made there).
        diary = self.session.diary
        self._exhibit_generation += 1
        generation = self._exhibit_generation

        def work(_progress: workers.ProgressFn) -> tuple[Any, bytes, QImage | None]:
            exhibit = diary.get_exhibit(ref)
            data = diary.read_exhibit(ref)
            picture = None if exhibit.media_type.startswith("text/") else QImage.fromData(data)
            return exhibit, data, picture

        def current() -> bool:
            return generation == self._exhibit_generation and self.session.is_unlocked

        def done(result: Any) -> None:
            if current():
                exhibit, data, picture = result
                self._show_exhibit(exhibit, data, picture)

        def failed(error: BaseException) -> None:
            if current():
                self.notice.say(errors.describe(error))

        workers.start(work, done, failed)

    def _show_exhibit(self, exhibit: Any, data: bytes, picture: QImage | None) -> None:
        # Asked twice (a double click is also an activation on some platforms), the viewer
        # must not become the page Back returns to.
        if self.views.currentWidget() is not self.viewer:
            self._return_to = self.views.currentWidget()
        self.views.setCurrentWidget(self.viewer)
        self.viewer.show_bytes(
            f"{exhibit.ref}: {exhibit.original_name}", data, exhibit.media_type, picture
        )

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
        except DaybookError:  # damaged (the draft bar says so): a new entry may replace it
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
