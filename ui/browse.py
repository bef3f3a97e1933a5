"""People, exhibits (with the in-memory picture viewer) and messages: each a model over the core."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.records import PersonInput
from ui import errors, files, workers
from ui.models import (
    KEY_ROLE,
    ROW_ROLE,
    ExhibitsModel,
    MessagesModel,
    PeopleModel,
    RecordFilterProxy,
    RecordTableModel,
)
from ui.session import Session
from ui.widgets import InlineMessage, busy_bar, fit_columns, label, record_table, scrolling


class _FilteredTable(QWidget):
    """A table over one of the core's lists, with a box that narrows it by any words shown."""

    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find in {name}").format(name=name))
        self.filter.setPlaceholderText(self.tr("Find…"))
        self.filter.textChanged.connect(self._filter_changed)
        self.table = record_table(self.proxy, name)
        self.table.setSortingEnabled(True)
        self.error = InlineMessage()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.table, 1)

    def _filter_changed(self, words: str) -> None:
        wanted = words.casefold().strip()
        if not wanted:
            self.proxy.set_predicate(None)
            return
        model = self.model
        self.proxy.set_predicate(lambda row: wanted in model.text_of(row).casefold())

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()
        self.error.clear_message()

    def focus_first(self) -> None:
        self.filter.setFocus()


class PeoplePage(_FilteredTable):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(PeopleModel(), QCoreApplication.translate("PeoplePage", "People"), parent)
        self.model.setParent(self)
        self.session = session
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New person's name"))
        self.relationship = QLineEdit()
        self.relationship.setAccessibleName(self.tr("Who they are to you"))
        self.relationship.setPlaceholderText(self.tr("e.g. ex-partner, neighbour, colleague"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Their part in it"))
        for key, words in (
            ("perpetrator", self.tr("The person doing it")),
            ("witness", self.tr("A witness")),
            ("other", self.tr("Someone else")),
        ):
            self.role.addItem(words, key)
        self.phones = QLineEdit()
        self.phones.setAccessibleName(self.tr("Their phone numbers"))
        self.phones.setPlaceholderText(self.tr("Separate several with commas"))
        self.emails = QLineEdit()
        self.emails.setAccessibleName(self.tr("Their emails or accounts"))
        self.emails.setPlaceholderText(self.tr("Separate several with commas"))
        self.aliases = QLineEdit()
        self.aliases.setAccessibleName(self.tr("Other names they use"))
        self.aliases.setPlaceholderText(self.tr("Nicknames or other names, separated by commas"))
        self.vehicles = QLineEdit()
        self.vehicles.setAccessibleName(self.tr("Their vehicles and number plates"))
        self.vehicles.setPlaceholderText(self.tr("e.g. silver Ford Focus AB12 CDE"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What they look like"))
        self.description.setPlaceholderText(self.tr("Height, hair, clothes they often wear"))
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setAccessibleName(self.tr("Add this person"))
        self.add_button.clicked.connect(self.add_person)
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label(self.tr("Nam&e"), buddy=self.name), self.name)
        form.addRow(
            label(self.tr("&Who they are to you"), buddy=self.relationship), self.relationship
        )
        form.addRow(label(self.tr("The&ir part"), buddy=self.role), self.role)
        form.addRow(label(self.tr("Phone num&bers"), buddy=self.phones), self.phones)
        form.addRow(label(self.tr("Emails or acco&unts"), buddy=self.emails), self.emails)
        form.addRow(label(self.tr("O&ther names"), buddy=self.aliases), self.aliases)
        form.addRow(label(self.tr("Vehi&cles"), buddy=self.vehicles), self.vehicles)
        form.addRow(
            label(self.tr("What they loo&k like"), buddy=self.description), self.description
        )
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        # The form scrolls on its own when the window is short, so this page never makes the
        # window taller than a small screen (with a notice or two above it).
        self.layout_.addWidget(scrolling(form_holder, self.tr("Add this person")))

    def reload(self) -> None:
        try:
            self.model.load(self.session.diary.list_people())
        except Exception as error:
            self.error.say(errors.describe(error))
        fit_columns(self.table)

    def add_person(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.say(self.tr("Please write a name, or how you know them."))
            return

        def split(value: str) -> list[str]:
            return [part.strip() for part in value.split(",") if part.strip()]

        emails = split(self.emails.text())
        try:
            self.session.diary.add_person(
                PersonInput(
                    name=name,
                    relationship=self.relationship.text().strip(),
                    role=str(self.role.currentData()),
                    phones=split(self.phones.text()),
                    emails=[e for e in emails if "@" in e],
                    handles=[e for e in emails if "@" not in e],
                    aliases=split(self.aliases.text()),
                    vehicles=split(self.vehicles.text()),
                    description=self.description.text().strip(),
                )
            )
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        for field in (
            self.name,
            self.relationship,
            self.phones,
            self.emails,
            self.aliases,
            self.vehicles,
            self.description,
        ):
            field.clear()
        self.error.clear_message()
        self.changed.emit()
        self.reload()


class ExhibitsPage(_FilteredTable):
    open_exhibit = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            ExhibitsModel(), QCoreApplication.translate("ExhibitsPage", "Photos and files"), parent
        )
        self.model.setParent(self)
        self.session = session
        self.table.activated.connect(self._activated)
        self.layout_.addWidget(
            label(
                self.tr("Choose a photo to see it. Files are kept locked inside your diary."),
                "hint",
            )
        )

    def reload(self) -> None:
        try:
            self.model.load(self.session.diary.list_exhibits())
        except Exception as error:
            self.error.say(errors.describe(error))
        fit_columns(self.table)

    def _activated(self, index: QModelIndex) -> None:
        ref = index.data(KEY_ROLE)
        if ref:
            self.open_exhibit.emit(str(ref))


class MessagesPage(QWidget):
    """Messages in time order, a page at a time; the search goes to the core's full-text index.
    Exports from a phone or email are added here (chosen or dropped), on a worker thread."""

    imported = Signal()
    linked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self._importing = False
        self.model = MessagesModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search messages"))
        self.search.setPlaceholderText(self.tr("Search messages…"))
        self.table = record_table(self.proxy, self.tr("Messages"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.link_to = QLineEdit()
        self.link_to.setAccessibleName(self.tr("Entry number to link the chosen messages to"))
        self.link_to.setPlaceholderText(self.tr("Entry number, e.g. INC-0012"))
        self.link_to.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.link_to.placeholderText())
            + self.fontMetrics().averageCharWidth() * 4
        )
        self.link_button = QPushButton(self.tr("Link &the chosen messages to this entry"))
        self.link_button.setAccessibleName(self.tr("Link the chosen messages to the entry"))
        self.link_button.clicked.connect(self.link_selected)
        self.link_to.returnPressed.connect(self.link_selected)
        self.error = InlineMessage()
        self.empty = label(
            self.tr("No messages yet. Messages you import from your phone or email appear here."),
            "hint",
        )
        self.import_button = QPushButton(self.tr("&Add messages from a phone or email…"))
        self.import_button.setAccessibleName(
            self.tr("Add messages from a chat export, phone backup or email")
        )
        self.import_button.clicked.connect(self._choose_files)
        self.whose = QComboBox()
        self.whose.setEditable(True)
        self.whose.setAccessibleName(self.tr("Whose messages these are"))
        self.whose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.whose.setMinimumContentsLength(12)
        line = self.whose.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Whose messages? (optional)"))
        self.busy = busy_bar(self.tr("Adding messages"))
        self.report = InlineMessage("notice")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.whose)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.report)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_to)
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        layout.addLayout(link_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.reload)

    def reload(self) -> None:
        self._timer.stop()
        if not self.session.is_unlocked:
            return
        diary = self.session.diary
        words = self.search.text().strip() or None

        def fetch(offset: int, limit: int) -> list[Any]:
            return list(diary.list_messages(search=words, limit=limit, offset=offset))

        try:
            self.model.set_source(fetch)
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.error.clear_message()
        self.empty.setVisible(self.model.rowCount() == 0 and not words)
        fit_columns(self.table)
        if self.whose.count() == 0:
            try:
                names = [p.name for p in diary.list_people()]
            except DaybookError:  # only suggestions: the box still takes any name
                names = []
            self.whose.addItem("")
            self.whose.addItems(names)

    # -- importing -----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        chosen = files.open_files(self, self.tr("Choose the exported chats, backups or emails"))
        self.import_files([Path(p) for p in chosen])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        paths = [p for p in paths if p.is_file()]
        if not paths or self._importing or not self.session.is_unlocked:
            return
        self._importing = True
        self.import_button.setEnabled(False)
        self.busy.show()
        self.error.clear_message()
        self.report.say(self.tr("Adding messages…"))
        diary = self.session.diary
        person = self.whose.currentText().strip() or None
        stages = {"reading": 0, "storing": 1}

        def work(progress: workers.ProgressFn) -> list[tuple[str, Any]]:
            from diary.importing import import_file

            results: list[tuple[str, Any]] = []
            for n, path in enumerate(paths):

                def stage(name: str, n: int = n) -> None:
                    progress(n * 2 + stages.get(name, 0), len(paths) * 2)

                try:
                    results.append(
                        (path.name, import_file(diary, path, person=person, progress=stage))
                    )
                except Exception as error:  # one bad file must not stop the others
                    results.append((path.name, error))
            return results

        workers.start(work, self._imported, self._import_failed, self._import_progress)

    def _import_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _imported(self, results: Any) -> None:
        self._import_done()
        lines = []
        for name, outcome in results:
            if isinstance(outcome, BaseException):
                lines.append(
                    self.tr("{name}: not added. {why}").format(
                        name=name, why=errors.describe(outcome)
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "{name}: {added} added, {already} already in your diary; kept as {ref}."
                    ).format(
                        name=name,
                        added=outcome.added,
                        already=outcome.already,
                        ref=outcome.exhibit,
                    )
                )
        self.report.say("\n".join(lines))
        self.imported.emit()
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self._import_done()
        self.error.say(errors.describe(error))

    def _import_done(self) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.busy.hide()
        self.busy.setRange(0, 0)

    def clear(self) -> None:
        self._timer.stop()
        self.model.clear()
        self.report.clear_message()
        self.whose.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def focus_first(self) -> None:
        self.search.setFocus()

    def selected_messages(self) -> list[Any]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def link_selected(self) -> None:
        chosen = self.selected_messages()
        number = self.link_to.text().strip().upper()
        if not chosen:
            self.error.say(self.tr("Choose one or more messages first."))
            return
        if number.isdigit():
            number = f"INC-{int(number):04d}"
        try:
            self.session.diary.link_messages(number, [m.id for m in chosen])
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.error.clear_message()
        if len(chosen) == 1:
            said = self.tr("1 message linked to {number}; it shows in that entry.")
        else:
            said = self.tr("{n} messages linked to {number}; they show in that entry.")
        self.report.say(said.format(n=len(chosen), number=number))
        self.linked.emit()
