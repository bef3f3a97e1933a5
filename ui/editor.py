"""Writing an incident: every field, plain prompts, drag and drop of files, drafts saved as you type."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from diary.errors import AmbiguousTime, BadInput, DaybookError
from diary.records import IncidentInput, PersonRef, ReportMade
from diary.timeutil import AT_THE_TIME, Fold, local_zone, localise
from ui import errors, files, vocab, workers
from ui.breach_picker import BreachPicker
from ui.models import CheckListModel, StringListModel
from ui.session import Session
from ui.widgets import InlineMessage, label, title

DRAFT_KEY = "editor"
AUTOSAVE_MS = 3000
# Writing about something more than this long ago counts as "written later".
LATER_AFTER = AT_THE_TIME  # the rule the CLI and the pack use too (diary.timeutil)


class CodeDelegate(QStyledItemDelegate):
    """Draws a behaviour's code small and quiet at the right: the words come first."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        code = index.data(CheckListModel.CODE_ROLE)
        if not code:
            return
        painter.save()
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        painter.setFont(font)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        rect = option.rect.adjusted(0, 0, -8, 0)  # type: ignore[attr-defined]
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, code)
        painter.restore()


def behaviour_choices() -> list[tuple[str, str]]:
    choices = []
    for code in vocab.behaviour_codes():
        words = vocab.behaviour_words(code)
        # Sub-kinds of contact sit under "contacting or trying to", indented.
        choices.append((code, ("      " + words) if "." in code else words))
    return choices


def _text_box(name: str, prompt: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(prompt)
    box.setTabChangesFocus(True)
    # A set height from the font: follows scaling, and does not swallow the page.
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return box


def _line(name: str, prompt: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    if prompt:
        edit.setPlaceholderText(prompt)
    return edit


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """'51.5074, -0.1278' as (latitude, longitude); None when blank; ValueError when unreadable."""
    cleaned = text.strip()
    if not cleaned:
        return None
    parts = [p for p in cleaned.replace(";", ",").replace(" ", ",").split(",") if p]
    if len(parts) != 2:
        raise ValueError(text)
    latitude, longitude = float(parts[0]), float(parts[1])
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError(text)
    return latitude, longitude


def _narrow(combo: QComboBox) -> QComboBox:
    # Long choices must not set the window's minimum width (small screens, 150% scaling).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _combo(name: str, choices: dict[str, str]) -> QComboBox:
    combo = _narrow(QComboBox())
    combo.setAccessibleName(name)
    for key, words in choices.items():
        combo.addItem(words, key)
    return combo


def _set_combo(combo: QComboBox, key: str) -> None:
    found = combo.findData(key)
    combo.setCurrentIndex(max(found, 0))


class WallClockEdit(QDateTimeEdit):
    """A date and time as the clock showed it. Qt applies no zone here (it keeps the time as
    typed); the core makes it a moment (diary.timeutil.localise), refusing a time the clocks
    skipped and asking which was meant of an hour they passed twice."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))  # "as typed", never moved
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.setAccessibleName(name)
        self.fold: Fold | None = None  # which of a doubled hour, once known
        self.dateTimeChanged.connect(self._forget_fold)

    def _forget_fold(self) -> None:
        self.fold = None

    def wall_clock(self) -> datetime:
        day, time = self.date(), self.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
        )

    def set_wall_clock(self, naive: datetime, fold: Fold | None = None) -> None:
        self.setDateTime(
            QDateTime(
                QDate(naive.year, naive.month, naive.day),
                QTime(naive.hour, naive.minute, naive.second),
                QTimeZone(QTimeZone.Initialization.UTC),
            )
        )
        self.fold = fold

    def set_moment(self, moment: datetime) -> None:
        """Show `moment` on this computer's clock, remembering which of a doubled hour it was."""
        local = moment.astimezone(local_zone())
        self.set_wall_clock(local.replace(tzinfo=None), "second" if local.fold else "first")

    def moment(self) -> datetime:
        """The moment meant; BadInput for a time the clocks skipped, AmbiguousTime when the
        clocks passed it twice and the person has not yet said which."""
        return localise(self.wall_clock(), self.fold)

    def moment_or_guess(self) -> datetime:
        """The moment meant, or the nearest guess while it is not yet clear (for drafts and
        hints; saving asks)."""
        try:
            return localise(self.wall_clock(), self.fold or "first")
        except BadInput:
            return self.wall_clock().astimezone()


class ListPicker(QWidget):
    """A short list built up in place: type (or pick) and Add; each entry can be removed."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        fields: list[QWidget],
        make: Any,
        describe: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._make = make
        self._describe = describe
        self.model = StringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 3 + 12)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {name}").format(name=name))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {name}").format(name=name))
        row = QHBoxLayout()
        for field in fields:
            row.addWidget(field, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        below = QHBoxLayout()
        below.addWidget(self.view, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)
        self.add_button.clicked.connect(self.add_from_fields)
        self.remove_button.clicked.connect(self._remove)
        for field in fields:
            if isinstance(field, QLineEdit):
                field.returnPressed.connect(self.add_from_fields)

    def add_from_fields(self) -> None:
        value = self._make()
        if value is None:
            return
        self.add(value)
        for field in self._fields:
            if isinstance(field, QLineEdit):
                field.clear()
            elif isinstance(field, QComboBox) and field.isEditable():
                field.setEditText("")
        self._fields[0].setFocus()

    def add(self, value: Any) -> None:
        self.model.add(self._describe(value), value)
        self.changed.emit()

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self.changed.emit()

    def values(self) -> list[Any]:
        """What was added, plus anything typed but not yet added (so nothing typed is lost)."""
        pending = self._make()
        return self.model.values() + ([pending] if pending is not None else [])

    def set_values(self, values: list[Any]) -> None:
        self.model.clear()
        for value in values:
            self.model.add(self._describe(value), value)

    def clear(self) -> None:
        self.model.clear()
        for field in self._fields:
            if isinstance(field, QLineEdit):
                field.clear()
            elif isinstance(field, QComboBox) and field.isEditable():
                field.setEditText("")


class IncidentEditor(QWidget):
    """Adds a new incident or saves a new revision of one. Emits `saved` when done."""

    saved = Signal(str, str, list)  # number; new/revised/files/unchanged; files not added
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.number: str | None = None
        self._dirty = False
        self._loading = False
        self._later_touched = False
        self._saving = False
        self._pristine: dict[str, Any] | None = None
        self.setAcceptDrops(True)
        self._build()
        self._watch_changes()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        session.locking.connect(self._on_locking)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # -- building the form ---------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = title(self.tr("New entry"))
        outer.addWidget(self.heading)
        outer.addWidget(
            label(
                self.tr(
                    "Write what you can; you can come back and add more later. "
                    "Everything is kept safe as you type."
                ),
                "subtitle",
            )
        )
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("The entry's details"))
        body = QWidget()
        body.setObjectName("page")
        self.form = QVBoxLayout(body)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)

        self._build_when()
        self._build_what()
        self._build_behaviours()
        self._build_who()
        self._build_where()
        self._build_effect()
        self._build_reports()
        self._build_files()
        self._build_private()
        self.form.addStretch(1)

        self.status = InlineMessage("hint")
        self.error = InlineMessage()
        self.discard_button = QPushButton(self.tr("&Discard this entry"))
        self.discard_button.setAccessibleName(self.tr("Discard this entry"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self.tr("Close (kee&p as draft)"))
        self.close_button.setAccessibleName(self.tr("Close and keep what I wrote as a draft"))
        self.close_button.clicked.connect(self.close_editor)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save this entry"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # Messages sit above the buttons, never beside them: however long, they cannot push
        # Save out of the window, and the form above scrolls to make room.
        bar = QHBoxLayout()
        bar.addWidget(self.discard_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        bar.addWidget(self.save_button)
        outer.addWidget(self.error)
        outer.addWidget(self.status)
        outer.addLayout(bar)

    def _group(self, title_text: str) -> QFormLayout:
        group = QGroupBox(title_text)
        group.setAccessibleName(title_text)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addWidget(group)
        return form

    def _build_when(self) -> None:
        form = self._group(self.tr("When did it happen?"))
        self.start = WallClockEdit(self.tr("When it happened"))
        self.precision = _combo(self.tr("How sure you are of the time"), vocab.precision_words())
        self.has_end = QCheckBox(self.tr("It went on until"))
        self.has_end.setAccessibleName(self.tr("It went on for a while"))
        self.end = WallClockEdit(self.tr("When it ended"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.written_later = QCheckBox(self.tr("It happened earlier: I am writing this later"))
        self.written_later.setAccessibleName(self.tr("I am writing this later"))
        self.written_later.clicked.connect(self._later_clicked)
        self.start.dateTimeChanged.connect(self._start_changed)
        row = QHBoxLayout()
        row.addWidget(self.start, 2)
        row.addWidget(self.precision, 1)
        form.addRow(label(self.tr("Start&ed"), buddy=self.start), row)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        form.addRow("", end_row)
        form.addRow("", self.written_later)

    def _later_clicked(self) -> None:
        self._later_touched = True

    def _start_changed(self) -> None:
        if self._loading or self._later_touched:
            return
        ago = datetime.now().astimezone() - self.start.moment_or_guess()
        self.written_later.setChecked(ago > LATER_AFTER)

    def _build_what(self) -> None:
        form = self._group(self.tr("What happened?"))
        self.description = _text_box(
            self.tr("What happened"),
            self.tr(
                "What happened? Write it as you remember it, in your own words: "
                "what they did, what you did, and how it ended."
            ),
            5,
        )
        self.exact_words = _text_box(
            self.tr("Their exact words"),
            self.tr("What did they do or say? Use their exact words if you can."),
            3,
        )
        self.threats = _text_box(
            self.tr("Threats"),
            self.tr("Did they threaten you, or anyone else? Write down exactly what was said."),
            2,
        )
        form.addRow(label(self.tr("In yo&ur words"), buddy=self.description), self.description)
        form.addRow(label(self.tr("What the&y said"), buddy=self.exact_words), self.exact_words)
        form.addRow(label(self.tr("&Threats"), buddy=self.threats), self.threats)

    def _build_behaviours(self) -> None:
        form = self._group(self.tr("What did they do?"))
        self.behaviours = CheckListModel(behaviour_choices(), self)
        self.behaviour_view = QListView()
        self.behaviour_view.setModel(self.behaviours)
        self.behaviour_view.setItemDelegate(CodeDelegate(self.behaviour_view))
        self.behaviour_view.setAccessibleName(self.tr("What they did: tick all that apply"))
        self.behaviour_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.behaviour_view.setUniformItemSizes(True)
        form.addRow(
            label(self.tr("Tic&k all that apply"), buddy=self.behaviour_view),
            self.behaviour_view,
        )

    def _build_who(self) -> None:
        form = self._group(self.tr("Who was involved?"))
        self.person_name = _narrow(QComboBox())
        self.person_name.setEditable(True)
        self.person_name.setAccessibleName(self.tr("Name of the person who did it"))
        line_edit = self.person_name.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Their name, or how you know them"))
        self.person_how = _combo(self.tr("How you know it was them"), vocab.identified_words())
        how_words = vocab.identified_words()

        def make_person() -> PersonRef | None:
            name = self.person_name.currentText().strip()
            if not name:
                return None
            return PersonRef(name, str(self.person_how.currentData() or ""))

        def show_person(ref: PersonRef) -> str:
            how = how_words.get(ref.how_identified, ref.how_identified)
            return f"{ref.name} ({how})" if ref.how_identified else ref.name

        self.perpetrators = ListPicker(
            self.tr("People who did it"),
            [self.person_name, self.person_how],
            make_person,
            show_person,
        )
        form.addRow(label(self.tr("Wh&o did it?"), buddy=self.person_name), self.perpetrators)
        self.witness_name = _line(self.tr("Witness name"), self.tr("Anyone who saw or heard it"))

        def make_witness() -> PersonRef | None:
            name = self.witness_name.text().strip()
            return PersonRef(name) if name else None

        self.witnesses = ListPicker(
            self.tr("Witnesses"), [self.witness_name], make_witness, lambda r: r.name
        )
        form.addRow(label(self.tr("W&itnesses"), buddy=self.witness_name), self.witnesses)
        self.third_parties = _text_box(
            self.tr("Who you told"),
            self.tr("Did you tell anyone about it (a friend, family, work, a helpline)?"),
            2,
        )
        form.addRow(label(self.tr("Who you told"), buddy=self.third_parties), self.third_parties)

    def _build_where(self) -> None:
        form = self._group(self.tr("Where, or how did they get in touch?"))
        self.location = _line(
            self.tr("Where it happened"), self.tr("e.g. outside work, Bus stop on King St")
        )
        self.location_kind = _combo(self.tr("What kind of place"), vocab.location_kinds())
        row = QHBoxLayout()
        row.addWidget(self.location, 2)
        row.addWidget(self.location_kind, 1)
        form.addRow(label(self.tr("&Where"), buddy=self.location), row)
        self.location_sensitive = QCheckBox(
            self.tr("This is one of my own places (my home, work or children's school)")
        )
        self.location_sensitive.setAccessibleName(self.tr("This place is private to me"))
        form.addRow("", self.location_sensitive)
        self.coordinates = _line(
            self.tr("Map position, if you know it"), self.tr("optional, e.g. 51.5074, -0.1278")
        )
        form.addRow(label(self.tr("&Map position"), buddy=self.coordinates), self.coordinates)
        self.channel = _narrow(QComboBox())
        self.channel.setEditable(True)
        self.channel.addItem("")
        self.channel.addItems(vocab.channels())
        self.channel.setAccessibleName(self.tr("How they got in touch"))
        self.channel_account = _line(
            self.tr("Their number or account"), self.tr("The number, email or account they used")
        )
        row2 = QHBoxLayout()
        row2.addWidget(self.channel, 1)
        row2.addWidget(self.channel_account, 2)
        form.addRow(label(self.tr("&Contact by"), buddy=self.channel), row2)

    def _build_effect(self) -> None:
        form = self._group(self.tr("How did it affect you?"))
        self.fear = QSpinBox()
        self.fear.setRange(-1, 10)
        self.fear.setSpecialValueText(self.tr("Prefer not to say"))
        self.fear.setValue(-1)
        self.fear.setAccessibleName(self.tr("How frightened you were, from 0 to 10"))
        self.fear.setMaximumWidth(
            self.fontMetrics().horizontalAdvance(self.fear.specialValueText()) * 2
        )
        form.addRow(
            label(self.tr("How &frightened were you? (0 to 10)"), buddy=self.fear), self.fear
        )
        self.impact = CheckListModel(vocab.impact_choices(), self)
        self.impact_view = QListView()
        self.impact_view.setModel(self.impact)
        self.impact_view.setAccessibleName(self.tr("Effects on your daily life"))
        self.impact_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        form.addRow(
            label(self.tr("&Has it changed your daily life?"), buddy=self.impact_view),
            self.impact_view,
        )
        self.impact_text = _text_box(
            self.tr("More about how it affected you"),
            self.tr("Anything else about how this has affected you or the people close to you."),
            2,
        )
        form.addRow(label(self.tr("More"), buddy=self.impact_text), self.impact_text)
        # Yes / no / not said: an unanswered question is never taken as "no".
        self.told_to_stop = QComboBox()
        for text, value in (
            (self.tr("Not said"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ):
            self.told_to_stop.addItem(text, value)
        self.told_to_stop.setAccessibleName(
            self.tr("Had they been told to stop, by you or someone else?")
        )
        form.addRow(
            label(self.tr("Told to stop before?"), buddy=self.told_to_stop), self.told_to_stop
        )

    def _build_reports(self) -> None:
        form = self._group(self.tr("Reports and orders"))
        self.report_agency = _line(self.tr("Who you reported it to"), self.tr("e.g. Police, 101"))
        self.report_date = _line(self.tr("Date reported"), self.tr("Date"))
        self.report_reference = _line(self.tr("Reference number"), self.tr("Reference"))
        self.report_officer = _line(self.tr("Officer's name"), self.tr("Officer"))

        def make_report() -> ReportMade | None:
            agency = self.report_agency.text().strip()
            if not agency:
                return None
            return ReportMade(
                agency,
                self.report_date.text().strip(),
                self.report_reference.text().strip(),
                self.report_officer.text().strip(),
            )

        def show_report(report: ReportMade) -> str:
            parts = [report.agency, report.date, report.reference, report.officer]
            return ", ".join(p for p in parts if p)

        self.reports = ListPicker(
            self.tr("Reports made"),
            [self.report_agency, self.report_date, self.report_reference, self.report_officer],
            make_report,
            show_report,
        )
        form.addRow(label(self.tr("&Reported to"), buddy=self.report_agency), self.reports)
        self.order_breached = _line(
            self.tr("Order or bail condition broken"),
            self.tr("If this broke a court order or bail condition, which one?"),
        )
        self.order_condition = _line(
            self.tr("Which condition"),
            self.tr("Which condition, in its own words if you have them"),
        )
        self.breaches = BreachPicker(self.session)
        form.addRow(label(self.tr("&Broke a condition"), buddy=self.breaches.view), self.breaches)
        form.addRow(label(self.tr("Order broken"), buddy=self.order_breached), self.order_breached)
        form.addRow(label(self.tr("Condition"), buddy=self.order_condition), self.order_condition)

    def _build_files(self) -> None:
        form = self._group(self.tr("Photos, screenshots and files"))
        self.files = StringListModel(self)
        self.files_view = QListView()
        self.files_view.setModel(self.files)
        self.files_view.setAccessibleName(self.tr("Files to add to this entry"))
        self.files_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_files_button = QPushButton(self.tr("&Add files…"))
        self.add_files_button.setAccessibleName(self.tr("Choose photos or files to add"))
        self.add_files_button.clicked.connect(self._choose_files)
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setAccessibleName(self.tr("Remove the chosen file from this entry"))
        self.remove_file_button.clicked.connect(self._remove_file)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.files_view, 1)
        row.addLayout(buttons)
        form.addRow(
            label(
                self.tr(
                    "Drag photos or files here, or choose them. A copy is locked inside your "
                    "diary; the original stays where it is."
                ),
                "hint",
            )
        )
        form.addRow(row)

    def _build_private(self) -> None:
        form = self._group(self.tr("Private note"))
        self.private_note = _text_box(
            self.tr("Private note"),
            self.tr(
                "Just for you: never put in anything you share unless you choose to include it."
            ),
            2,
        )
        form.addRow(self.private_note)

    def _text_fields(self) -> dict[str, QPlainTextEdit]:
        return {
            "description": self.description,
            "exact_words": self.exact_words,
            "threats": self.threats,
            "third_parties": self.third_parties,
            "impact_text": self.impact_text,
            "private_note": self.private_note,
        }

    def _line_fields(self) -> dict[str, QLineEdit]:
        return {
            "location": self.location,
            "coordinates": self.coordinates,
            "channel_account": self.channel_account,
            "order_breached": self.order_breached,
            "order_condition": self.order_condition,
        }

    def _watch_changes(self) -> None:
        for box in self._text_fields().values():
            box.textChanged.connect(self._changed)
        for line in self._line_fields().values():
            line.textChanged.connect(self._changed)
        for check in (self.written_later, self.location_sensitive, self.has_end):
            check.toggled.connect(self._changed)
        for combo in (self.precision, self.location_kind, self.channel, self.told_to_stop):
            combo.currentTextChanged.connect(self._changed)
        self.start.dateTimeChanged.connect(self._changed)
        self.end.dateTimeChanged.connect(self._changed)
        self.fear.valueChanged.connect(self._changed)
        self.behaviours.dataChanged.connect(self._changed)
        self.impact.dataChanged.connect(self._changed)
        for picker in (self.perpetrators, self.witnesses, self.reports):
            picker.changed.connect(self._changed)
        for widget in (
            self.person_name,
            self.witness_name,
            self.report_agency,
            self.report_date,
            self.report_reference,
            self.report_officer,
        ):
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self._changed)
        self.files.rowsInserted.connect(self._changed)
        self.files.rowsRemoved.connect(self._changed)
        self.breaches.changed.connect(self._changed)
        self.start.dateTimeChanged.connect(
            lambda _moment: self.breaches.set_day(self.start.wall_clock().date())
        )

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self._autosave.isActive():
            self._autosave.start()

    # -- opening -------------------------------------------------------------------------------
    def _reset(self) -> None:
        self._loading = True
        try:
            for box in self._text_fields().values():
                box.clear()
            for line in self._line_fields().values():
                line.clear()
            for check in (self.written_later, self.location_sensitive):
                check.setChecked(False)
            self.told_to_stop.setCurrentIndex(0)
            self.has_end.setChecked(False)
            now = datetime.now().astimezone()
            self.start.set_moment(now)
            self.end.set_moment(now)
            self.precision.setCurrentIndex(0)
            self.location_kind.setCurrentIndex(0)
            self.channel.setEditText("")
            self.fear.setValue(-1)
            self.behaviours.set_checked([])
            self.impact.set_checked([])
            for picker in (self.perpetrators, self.witnesses, self.reports):
                picker.clear()
            self.files.clear()
            self.breaches.reset()
            self.breaches.set_day(now.date())
            self.error.clear_message()
            self.status.clear_message()
            self._later_touched = False
            self._dirty = False
        finally:
            self._loading = False

    def _refresh_people(self) -> None:
        current = self.person_name.currentText()
        self.person_name.clear()
        try:
            names = [p.name for p in self.session.diary.list_people()]
        except DaybookError:  # only suggestions: the box still takes any name
            names = []
        self.person_name.addItems(names)
        self.person_name.setEditText(current)

    def start_new(self) -> None:
        self.number = None
        self._reset()
        self._refresh_people()
        self.heading.setText(self.tr("New entry"))
        self._set_discard_words()
        self._pristine = self.to_draft()
        self.description.setFocus()

    def start_from_template(self, template: Any) -> None:
        """A new entry with a template's behaviours and prompts filled in."""
        self.start_new()
        self._loading = True
        try:
            self.behaviours.set_checked(list(template.behaviours))
            if template.channel:
                self.channel.setEditText(template.channel)
            self.description.setPlainText(template.description)
        finally:
            self._loading = False
        self.heading.setText(self.tr("New entry: {what}").format(what=template.title))
        # The prompts alone are not something the person wrote: not a draft until they do.
        self._pristine = self.to_draft()
        cursor = self.description.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        cursor.movePosition(cursor.MoveOperation.EndOfLine)
        self.description.setTextCursor(cursor)

    def _set_discard_words(self) -> None:
        if self.number:
            self.discard_button.setText(self.tr("&Discard these changes"))
            self.discard_button.setAccessibleName(self.tr("Discard these changes"))
        else:
            self.discard_button.setText(self.tr("&Discard this entry"))
            self.discard_button.setAccessibleName(self.tr("Discard this entry"))

    def start_edit(self, number: str) -> None:
        self.start_new()
        detail = self.session.diary.get_incident(number)
        self.number = number
        self.heading.setText(self.tr("Change {number}").format(number=number))
        self._fill(detail.incident)
        self._set_discard_words()
        self._pristine = self.to_draft()
        self.status.say(
            self.tr("Saving makes a new version. The earlier one is kept, with its time.")
        )
        self.description.setFocus()

    def start_from_draft(self, data: dict[str, Any]) -> None:
        self.start_new()
        number = data.get("number")
        if number:
            self.number = str(number)
            self.heading.setText(self.tr("Change {number}").format(number=number))
        self._fill_draft(data)
        self._set_discard_words()
        self._pristine = None  # it was kept because something was written
        self._dirty = True
        self.status.say(self.tr("Carrying on from where you left off."))

    def _fill(self, incident: IncidentInput) -> None:
        self._loading = True
        try:
            self.start.set_moment(incident.occurred_start)
            if incident.occurred_end is not None:
                self.has_end.setChecked(True)
                self.end.set_moment(incident.occurred_end)
            _set_combo(self.precision, incident.precision)
            self.written_later.setChecked(incident.written_later)
            self._later_touched = True
            self.location.setText(incident.location)
            _set_combo(self.location_kind, incident.location_kind)
            self.location_sensitive.setChecked(incident.location_sensitive)
            self.coordinates.setText(
                f"{incident.coordinates[0]}, {incident.coordinates[1]}"
                if incident.coordinates
                else ""
            )
            self.channel.setEditText(incident.channel)
            self.channel_account.setText(incident.channel_account)
            self.description.setPlainText(incident.description)
            self.exact_words.setPlainText(incident.exact_words)
            self.threats.setPlainText(incident.threats)
            self.behaviours.set_checked(incident.behaviours)
            self.perpetrators.set_values(list(incident.perpetrators))
            self.witnesses.set_values(list(incident.witnesses))
            self.third_parties.setPlainText(incident.third_parties)
            self.fear.setValue(-1 if incident.fear is None else incident.fear)
            self.impact.set_checked(incident.impact)
            self.impact_text.setPlainText(incident.impact_text)
            self.told_to_stop.setCurrentIndex({None: 0, True: 1, False: 2}[incident.told_to_stop])
            self.reports.set_values(list(incident.reports))
            self.order_breached.setText(incident.order_breached)
            self.order_condition.setText(incident.order_condition)
            self.breaches.set_day(incident.occurred_start.date())
            self.breaches.set_chosen(incident.breaches)
            self.private_note.setPlainText(incident.private_note)
        finally:
            self._loading = False

    # -- reading the form ----------------------------------------------------------------------
    def to_input(self, *, exact: bool = False) -> IncidentInput:
        """What the form says. `exact`: the times as the person meant them (call only after
        `times_are_clear`); otherwise a doubled or skipped hour is guessed, for drafts."""
        fear = self.fear.value()

        def moment(edit: WallClockEdit) -> datetime:
            return edit.moment() if exact else edit.moment_or_guess()

        return IncidentInput(
            occurred_start=moment(self.start),
            occurred_end=moment(self.end) if self.has_end.isChecked() else None,
            precision=str(self.precision.currentData() or "exact"),
            written_later=self.written_later.isChecked(),
            location=self.location.text().strip(),
            location_kind=str(self.location_kind.currentData() or ""),
            location_sensitive=self.location_sensitive.isChecked(),
            coordinates=self._coordinates(),
            channel=self.channel.currentText().strip(),
            channel_account=self.channel_account.text().strip(),
            description=self.description.toPlainText().strip(),
            exact_words=self.exact_words.toPlainText().strip(),
            threats=self.threats.toPlainText().strip(),
            behaviours=self.behaviours.checked(),
            perpetrators=list(self.perpetrators.values()),
            witnesses=list(self.witnesses.values()),
            third_parties=self.third_parties.toPlainText().strip(),
            fear=None if fear < 0 else fear,
            impact=self.impact.checked(),
            impact_text=self.impact_text.toPlainText().strip(),
            told_to_stop=self.told_to_stop.currentData(),
            reports=list(self.reports.values()),
            order_breached=self.order_breached.text().strip(),
            order_condition=self.order_condition.text().strip(),
            breaches=self.breaches.chosen(),
            private_note=self.private_note.toPlainText().strip(),
        )

    def _coordinates(self) -> tuple[float, float] | None:
        try:
            return parse_coordinates(self.coordinates.text())
        except ValueError:
            return None

    def to_draft(self) -> dict[str, Any]:
        data = self.to_input()
        return {
            "number": self.number,
            "occurred_start": data.occurred_start.isoformat(),
            "occurred_end": data.occurred_end.isoformat() if data.occurred_end else None,
            # The clock times as typed, and which of a doubled hour if known: a draft comes
            # back as it was, even at a time the clocks skipped.
            "start_clock": self.start.wall_clock().isoformat(),
            "start_fold": self.start.fold,
            "end_clock": self.end.wall_clock().isoformat(),
            "end_fold": self.end.fold,
            "precision": data.precision,
            "written_later": data.written_later,
            "location": data.location,
            "location_kind": data.location_kind,
            "location_sensitive": data.location_sensitive,
            "coordinates": self.coordinates.text(),
            "channel": data.channel,
            "channel_account": data.channel_account,
            "description": data.description,
            "exact_words": data.exact_words,
            "threats": data.threats,
            "behaviours": data.behaviours,
            "perpetrators": [[p.name, p.how_identified] for p in data.perpetrators],
            "witnesses": [p.name for p in data.witnesses],
            "third_parties": data.third_parties,
            "fear": data.fear,
            "impact": data.impact,
            "impact_text": data.impact_text,
            "told_to_stop": data.told_to_stop,
            "reports": [[r.agency, r.date, r.reference, r.officer] for r in data.reports],
            "order_breached": data.order_breached,
            "order_condition": data.order_condition,
            "breaches": data.breaches,
            "private_note": data.private_note,
            "files": [str(p) for p in self.files.values()],
        }

    def _fill_draft(self, data: dict[str, Any]) -> None:
        def when(key: str) -> datetime | None:
            raw = data.get(key)
            return datetime.fromisoformat(raw) if raw else None

        start = when("occurred_start") or datetime.now().astimezone()
        incident = IncidentInput(
            occurred_start=start,
            occurred_end=when("occurred_end"),
            precision=str(data.get("precision", "exact")),
            written_later=bool(data.get("written_later")),
            location=str(data.get("location", "")),
            location_kind=str(data.get("location_kind", "")),
            location_sensitive=bool(data.get("location_sensitive")),
            channel=str(data.get("channel", "")),
            channel_account=str(data.get("channel_account", "")),
            description=str(data.get("description", "")),
            exact_words=str(data.get("exact_words", "")),
            threats=str(data.get("threats", "")),
            behaviours=list(data.get("behaviours", [])),
            perpetrators=[PersonRef(str(n), str(h)) for n, h in data.get("perpetrators", [])],
            witnesses=[PersonRef(str(n)) for n in data.get("witnesses", [])],
            third_parties=str(data.get("third_parties", "")),
            fear=data.get("fear"),
            impact=list(data.get("impact", [])),
            impact_text=str(data.get("impact_text", "")),
            told_to_stop=data.get("told_to_stop")
            if isinstance(data.get("told_to_stop"), bool)
            else None,
            reports=[ReportMade(*map(str, r)) for r in data.get("reports", [])],
            order_breached=str(data.get("order_breached", "")),
            order_condition=str(data.get("order_condition", "")),
            breaches=[str(ref) for ref in data.get("breaches", [])],
            private_note=str(data.get("private_note", "")),
        )
        self._fill(incident)
        self._loading = True
        try:
            for edit, key in ((self.start, "start"), (self.end, "end")):
                clock = data.get(f"{key}_clock")
                fold = data.get(f"{key}_fold")
                if clock:
                    edit.set_wall_clock(
                        datetime.fromisoformat(str(clock)),
                        fold if fold in ("first", "second") else None,
                    )
        finally:
            self._loading = False
        self.coordinates.setText(str(data.get("coordinates", "") or ""))
        for path in data.get("files", []):
            self.files.add(Path(path).name, str(path))

    # -- drafts --------------------------------------------------------------------------------
    def has_content(self) -> bool:
        """Whether anything was really written: an untouched form (or a template's prompts, or
        an entry opened for changing and left as it was) is not a draft."""
        return self._dirty and (self._pristine is None or self.to_draft() != self._pristine)

    def save_draft(self) -> None:
        """Keep what has been typed, encrypted inside the vault; called every few seconds."""
        self._autosave.stop()
        if not self.has_content() or not self.session.is_unlocked:
            return
        try:
            self.session.diary.save_draft(DRAFT_KEY, self.to_draft())
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.status.say(
            self.tr("Kept safe at {time}.").format(time=datetime.now().strftime("%H:%M:%S"))
        )

    def _on_locking(self) -> None:
        # Locking (idle, quick exit, screen lock) must never lose a word: save, then forget.
        if self.has_content():
            self.save_draft()
        self._autosave.stop()
        self._reset()
        self.number = None

    def close_editor(self) -> None:
        if self.has_content():
            self.save_draft()
        self._autosave.stop()
        self._reset()
        self.closed.emit()

    def discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard"),
            self.tr("Throw away the changes you made here? The entry stays as it was saved.")
            if self.number
            else self.tr("Throw away what you have written here? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        if self.session.is_unlocked:
            self.session.diary.clear_draft(DRAFT_KEY)
        self._reset()
        self.closed.emit()

    # -- files ---------------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        for path in paths:
            if Path(path).is_file():
                self.files.add(Path(path).name, str(path))

    def _choose_files(self) -> None:
        self.add_files(files.open_files(self, self.tr("Add photos or files")))

    def _remove_file(self) -> None:
        index = self.files_view.currentIndex()
        if index.isValid():
            self.files.remove(index.row())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or not self.session.is_unlocked:
            return
        try:
            parse_coordinates(self.coordinates.text())
        except ValueError:
            self.error.say(
                self.tr("The map position should be two numbers, like 51.5074, -0.1278.")
            )
            self.coordinates.setFocus()
            return
        if not self.times_are_clear():
            return
        data = self.to_input(exact=True)
        if not (data.description or data.exact_words or data.behaviours or data.location):
            self.error.say(
                self.tr("Please write a few words about what happened, or tick what they did.")
            )
            self.description.setFocus()
            return
        # Keep a draft until the save is done, in case anything goes wrong on the way.
        self._dirty = True
        self._pristine = None
        self.save_draft()
        self.error.clear_message()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.say(self.tr("Saving…"))
        diary = self.session.diary
        number = self.number
        paths = [Path(p) for p in self.files.values()]

        sizes = {}
        for path in paths:
            try:
                sizes[path] = path.stat().st_size
            except OSError:
                sizes[path] = 0
        total = sum(sizes.values())

        def work(progress: workers.ProgressFn) -> tuple[str, str, list[str]]:
            if number is None:
                saved_number = diary.add_incident(data).number
                kind = "new"
            else:
                # The core makes no revision when nothing changed; say which it was.
                before = diary.get_incident(number).incident.revision_count
                after = diary.edit_incident(number, data)
                saved_number = after.number
                if after.revision_count > before:
                    kind = "revised"
                else:
                    kind = "files" if paths else "unchanged"
            # The entry is saved now; a file that cannot be read must not undo that.
            not_added = []
            done_before = 0
            for path in paths:
                # The core counts bytes per file; the bar shows all the files together.
                def report(done: int, before: int = done_before) -> None:
                    progress(before + done, total)

                try:
                    diary.attach_file(path, incident=saved_number, progress=report)
                except (DaybookError, OSError):  # gone, unreadable, or the disk is full
                    not_added.append(path.name)
                done_before += sizes[path]
            diary.clear_draft(DRAFT_KEY)
            return saved_number, kind, not_added

        workers.start(work, self._saved, self._save_failed, self._save_progress)

    def times_are_clear(self) -> bool:
        """Whether the times typed can be saved as meant: a time the clocks skipped is said
        plainly; for one they passed twice, the person is asked which (False if they do not
        say)."""
        edits = [self.start] + ([self.end] if self.has_end.isChecked() else [])
        for edit in edits:
            try:
                edit.moment()
            except AmbiguousTime as twice:
                fold = self._ask_which_hour(twice)
                if fold is None:
                    edit.setFocus()
                    return False
                edit.fold = fold
            except BadInput as skipped:
                self.error.say(errors.describe(skipped))
                edit.setFocus()
                return False
        return True

    def _ask_which_hour(self, twice: AmbiguousTime) -> Fold | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Which time?"))
        box.setText(errors.describe(twice))
        first = box.addButton(
            self.tr("The first, {time}").format(time=twice.first),
            QMessageBox.ButtonRole.AcceptRole,
        )
        second = box.addButton(
            self.tr("The second, {time}").format(time=twice.second),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is first:
            return "first"
        if chosen is second:
            return "second"
        return None

    def _save_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.status.say(
                self.tr("Adding files… {percent}%").format(percent=min(100, done * 100 // total))
            )

    def _saved(self, result: Any) -> None:
        number, kind, not_added = result
        self._saving = False
        self.save_button.setEnabled(True)
        self._autosave.stop()
        self._reset()
        self.number = None
        self.saved.emit(str(number), str(kind), list(not_added))

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.say(self.tr("Not saved yet. What you wrote is kept as a draft."))
        self.error.say(errors.describe(error))
