"""Add messages from a phone or email export: choose or drop files, see what Daybook read, say who
is doing it, import on a worker, then accept, change or turn down the suggested entries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary.errors import AmbiguousDateOrder, DaybookError
from diary.guides import import_guides
from diary.importing import (
    FolderReport,
    ImportReport,
    accept_screenshot_day,
    import_file,
    import_folder,
    read_export,
)
from diary.records.types import IncidentInput
from diary.suggest import (
    Suggestion,
    accept,
    draft_incident,
    editable_incident,
    suggest_incidents,
)
from ui import errors, files, text, workers
from ui.editor import IncidentEditor
from ui.models import ROW_ROLE, RecordFilterProxy
from ui.pack_models import ChatsModel, SuggestionsModel
from ui.session import Session
from ui.widgets import (
    InlineMessage,
    busy_bar,
    button_row,
    centred_page,
    fit_columns,
    label,
    record_table,
    title,
)

CHOOSE, PREVIEW, WORKING, REVIEW, EDIT = range(5)


@dataclass(frozen=True)
class Preview:
    """What Daybook read from one file, before anything is added to the diary."""

    path: Path
    format: str
    messages: int
    calls: int
    first: Any
    last: Any
    participants: list[str]
    chats: list[Any]
    skipped: list[tuple[str, str]]
    damage: str | None
    notes: list[str]
    date_order: str | None
    photo: Any = None  # for a photo or screenshot: what its EXIF says (the core's PhotoInfo)


def preview_file(path: Path, date_order: str | None = None) -> Preview:
    """Runs on a worker: the parsers' reading of the file; nothing is stored."""
    parsed = read_export(path, date_order=date_order)
    timed = [m for m in parsed.messages if m.kind != "system"]
    date_range = parsed.date_range
    return Preview(
        path=path,
        format=parsed.format,
        messages=sum(1 for m in timed if m.kind != "call"),
        calls=sum(1 for m in timed if m.kind == "call"),
        first=date_range[0] if date_range else None,
        last=date_range[1] if date_range else None,
        participants=list(parsed.participants),
        chats=list(parsed.chats),
        skipped=list(parsed.skipped),
        damage=parsed.damage,
        notes=list(parsed.notes),
        date_order=date_order,
        photo=parsed.photo,
    )


class SuggestionEditor(IncidentEditor):
    """The usual entry editor, filled in from a suggestion; saving accepts it with the changes.
    It keeps no draft of its own, so the diary's unfinished entry is never touched."""

    accepted = Signal(str, object)  # the new entry's number and the suggestion it came from

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.suggestion: Suggestion | None = None
        self.discard_button.hide()
        self.close_button.setText(self.tr("&Back to the suggestions"))
        self.close_button.setAccessibleName(self.tr("Back to the suggestions, saving nothing"))
        self.save_button.setText(self.tr("&Save as an entry"))
        self.save_button.setAccessibleName(self.tr("Save as an entry, with its messages linked"))
        outer = self.layout()
        item = outer.itemAt(1) if outer is not None else None
        subtitle = item.widget() if item is not None else None
        if isinstance(subtitle, QLabel):  # the usual editor promises drafts; this one keeps none
            subtitle.setText(
                self.tr(
                    "Change whatever you need, then save. Until you save, nothing is added; "
                    "the suggestion stays on the list."
                )
            )

    def start_suggestion(self, suggestion: Suggestion) -> None:
        self.start_new()
        self.suggestion = suggestion
        self.heading.setText(self.tr("Change the suggested entry, then save it"))
        try:
            # With their messages filled in as what they said, to edit with the words in view.
            incident = editable_incident(self.session.diary, suggestion)
        except DaybookError as error:
            incident = draft_incident(suggestion)
            self.error.say(errors.describe(error))
        self._fill(incident)
        self.status.say(self.tr("The messages are linked to the entry when you save it."))
        self.description.setFocus()

    def save_draft(self) -> None:
        self._autosave.stop()

    def _on_locking(self) -> None:
        self._autosave.stop()
        self._reset()
        self.suggestion = None

    def close_editor(self) -> None:
        self._autosave.stop()
        self._reset()
        self.suggestion = None
        self.closed.emit()

    def discard(self) -> None:
        self.close_editor()

    def save(self) -> None:
        suggestion = self.suggestion
        if self._saving or suggestion is None or not self.session.is_unlocked:
            return
        if not self.times_are_clear():
            return
        data: IncidentInput = self.to_input(exact=True)
        if not (data.description or data.exact_words or data.behaviours):
            self.error.say(
                self.tr("Please write a few words about what happened, or tick what they did.")
            )
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.error.clear_message()
        diary = self.session.diary
        paths = [Path(p) for p in self.files.values()]

        def work(_progress: workers.ProgressFn) -> str:
            number = accept(diary, suggestion, edited=data)
            for path in paths:
                try:
                    diary.attach_file(path, incident=number)
                except (DaybookError, OSError):  # the entry is saved; a file is said later
                    continue
            return number

        def done(number: Any) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self._reset()
            self.suggestion = None
            self.accepted.emit(str(number), suggestion)

        def failed(error: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.error.say(errors.describe(error))

        workers.start(work, done, failed)


class ImportPage(QWidget):
    """Emits `closed` when the person is done, and `changed` when anything was added."""

    closed = Signal()
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self._queue: list[Path] = []
        self._preview: Preview | None = None
        self._person: str | None = None
        self._reports: list[str] = []
        self._new_refs: list[str] = []  # the exhibits the files just added are kept as
        self._screenshot_days: list[Any] = []  # suggested entries from folders of screenshots
        self._imported_any = False
        self._working = False
        self._generation = 0
        self.steps = QStackedWidget()
        QVBoxLayout(self).addWidget(self.steps)
        self._build_choose()
        self._build_preview()
        self._build_working()
        self._build_review()
        self.editor = SuggestionEditor(session)
        self.editor.accepted.connect(self._edited_accepted)
        self.editor.closed.connect(lambda: self.steps.setCurrentIndex(REVIEW))
        self.steps.addWidget(self.editor)
        session.locking.connect(self.clear)

    # -- step 1 --------------------------------------------------------------------------------
    def _build_choose(self) -> None:
        page, layout = centred_page(self.tr("Add messages from a phone or email"))
        layout.addStretch(1)
        layout.addWidget(title(self.tr("Add messages from a phone or email")))
        layout.addWidget(
            label(
                self.tr(
                    'Choose the file you exported, or drop it here: a WhatsApp "Export chat" '
                    "(.txt or .zip), an SMS Backup & Restore file (.xml), emails (.eml or mbox), "
                    "a Telegram export (result.json), Facebook or Instagram messages (the .zip, "
                    "or message_1.json), iPhone messages (chat.db or sms.db), photos, or a "
                    "folder of screenshots. Signal cannot export chats: take screenshots "
                    "instead. Daybook shows you what it found before anything is added, and "
                    "keeps the file itself, unchanged, as evidence."
                ),
                "subtitle",
            )
        )
        self.choose_error = InlineMessage()
        self.choose_error.setTextFormat(Qt.TextFormat.PlainText)  # names come from the files
        layout.addWidget(self.choose_error)
        self.guide_choice = QComboBox()
        self.guide_choice.setAccessibleName(self.tr("How to get your messages out of an app"))
        self.guide_choice.addItem(self.tr("Choose an app to see how…"), "")
        self.guides = {guide.key: guide for guide in import_guides()}
        for guide in self.guides.values():
            self.guide_choice.addItem(guide.title, guide.key)
        self.guide_text = QLabel()
        self.guide_text.setTextFormat(Qt.TextFormat.PlainText)
        self.guide_text.setWordWrap(True)
        self.guide_text.setObjectName("hint")
        self.guide_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guide_text.setAccessibleName(self.tr("How to get your messages out"))
        self.guide_text.hide()
        self.guide_choice.currentIndexChanged.connect(self._show_guide)
        guide_form = QFormLayout()
        guide_form.addRow(
            label(self.tr("&How do I get my messages out?"), buddy=self.guide_choice),
            self.guide_choice,
        )
        layout.addLayout(guide_form)
        layout.addWidget(self.guide_text)
        self.folder_button = QPushButton(self.tr("Add a &folder of screenshots…"))
        self.folder_button.setAccessibleName(
            self.tr("Choose a folder of screenshots to keep as evidence, grouped by day")
        )
        self.folder_button.clicked.connect(self._choose_folder)
        self.choose_button = QPushButton(self.tr("&Choose files…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setAccessibleName(self.tr("Choose the exported files to add"))
        self.choose_button.clicked.connect(self._choose)
        self.leave_button = QPushButton(self.tr("&Back"))
        self.leave_button.setAccessibleName(self.tr("Back to the diary"))
        self.leave_button.clicked.connect(self.close_page)
        self.preview_busy = busy_bar(self.tr("Reading the file"))
        layout.addWidget(self.preview_busy)
        layout.addLayout(button_row([self.leave_button], [self.folder_button, self.choose_button]))
        layout.addStretch(2)
        self.steps.addWidget(page)

    def _show_guide(self, _index: int) -> None:
        guide = self.guides.get(str(self.guide_choice.currentData() or ""))
        self.guide_text.setText(guide.text if guide else "")
        self.guide_text.setAccessibleDescription(guide.text if guide else "")
        self.guide_text.setVisible(guide is not None)

    # -- step 2 --------------------------------------------------------------------------------
    def _build_preview(self) -> None:
        page, layout = centred_page(self.tr("What Daybook found"))
        self.preview_title = title(self.tr("What Daybook found"))
        layout.addWidget(self.preview_title)
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        # Everything shown from a file (names, file names, bodies, notes) is plain text: a
        # chat member called "<img src=…>" is shown as those characters, never as HTML.
        self.found = QLabel()
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setWordWrap(True)
        self.found.setObjectName("notice")
        self.found.setAccessibleName(self.tr("What Daybook found in the file"))
        layout.addWidget(self.found)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("What Daybook could not read"))
        layout.addWidget(self.problems)
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("The order your phone writes dates in"))
        self.order.addItem(self.tr("Day first, like 3/4/2024 for 3 April"), "dmy")
        self.order.addItem(self.tr("Month first, like 4/3/2024 for 3 April"), "mdy")
        self.order.addItem(self.tr("Year first, like 2024/4/3"), "ymd")
        self.order_row = QWidget()
        order_form = QFormLayout(self.order_row)
        order_form.setContentsMargins(0, 0, 0, 0)
        order_form.addRow(label(self.tr("&Dates are written"), buddy=self.order), self.order)
        self.order_button = QPushButton(self.tr("&Read it again"))
        self.order_button.setAccessibleName(self.tr("Read the file again with this date order"))
        self.order_button.clicked.connect(self._reread)
        order_form.addRow("", self.order_button)
        layout.addWidget(self.order_row)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Which of them is the person doing this"))
        self.chats = ChatsModel(self)
        self.chats_view = QListView()
        self.chats_view.setModel(self.chats)
        self.chats_view.setAccessibleName(self.tr("Chats to add"))
        self.chats_view.setMaximumHeight(160)
        self.chats_label = label(self.tr("C&hats to add"), buddy=self.chats_view)
        form = QFormLayout()
        form.addRow(label(self.tr("&Who is doing this?"), buddy=self.who), self.who)
        form.addRow(self.chats_label, self.chats_view)
        layout.addLayout(form)
        self.preview_error = InlineMessage()
        self.preview_error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.preview_error)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not add this file"))
        self.cancel_button.clicked.connect(self._skip_file)
        self.import_button = QPushButton(self.tr("Add them to my d&iary"))
        self.import_button.setObjectName("primary")
        self.import_button.setAccessibleName(self.tr("Add these messages to my diary"))
        self.import_button.clicked.connect(self.start_import)
        layout.addLayout(button_row([self.cancel_button], [self.import_button]))
        layout.addStretch(1)
        self.steps.addWidget(page)

    # -- step 3 --------------------------------------------------------------------------------
    def _build_working(self) -> None:
        page, layout = centred_page(self.tr("Adding messages"))
        layout.addStretch(1)
        self.working_label = label(self.tr("Adding messages…"))
        self.working_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Adding messages"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.working_label)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        self.steps.addWidget(page)

    # -- step 4 --------------------------------------------------------------------------------
    def _build_review(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title(self.tr("Suggested entries")))
        self.report = QLabel()
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setWordWrap(True)
        self.report.setObjectName("notice")
        self.report.setAccessibleName(self.tr("What was added"))
        layout.addWidget(self.report)
        self.review_hint = label(
            self.tr(
                "Daybook grouped their messages and calls into one suggested entry a day. Add "
                "the ones that belong in your diary as they are, change them first, or leave "
                "them out. Messages you leave out stay in your messages either way."
            ),
            "hint",
        )
        layout.addWidget(self.review_hint)
        self.suggestions = SuggestionsModel(self)
        self.suggestions_proxy = RecordFilterProxy(self)
        self.suggestions_proxy.setSourceModel(self.suggestions)
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setPlaceholderText(self.tr("Find…"))
        self.find_box.setAccessibleName(self.tr("Find in the suggested entries"))
        self.find_box.textChanged.connect(self._filter)
        layout.addWidget(self.find_box)
        self.table = record_table(self.suggestions_proxy, self.tr("Suggested entries"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # oldest first
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.earlier = QCheckBox(self.tr("Also show messages from files added &before"))
        self.earlier.setAccessibleName(
            self.tr("Also suggest entries from messages added before, not yet in an entry")
        )
        self.earlier.toggled.connect(lambda _on: self._filter(self.find_box.text()))
        layout.addWidget(self.earlier)
        self.table.activated.connect(lambda _i: self.accept_chosen())
        layout.addWidget(self.table, 1)
        self.review_error = InlineMessage()
        self.review_notice = InlineMessage("notice")
        self.review_error.setTextFormat(Qt.TextFormat.PlainText)
        self.review_notice.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.review_error)
        layout.addWidget(self.review_notice)
        self.accept_button = QPushButton(self.tr("Add as an &entry"))
        self.accept_button.setObjectName("primary")
        self.accept_button.setAccessibleName(self.tr("Add the chosen suggestion as an entry"))
        self.accept_button.clicked.connect(self.accept_chosen)
        self.edit_button = QPushButton(self.tr("C&hange it first…"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen suggestion, then add it"))
        self.edit_button.clicked.connect(self.edit_chosen)
        self.reject_button = QPushButton(self.tr("Leave it &out"))
        self.reject_button.setAccessibleName(self.tr("Leave the chosen suggestion out"))
        self.reject_button.clicked.connect(self.reject_chosen)
        self.days_button = QPushButton(self.tr("Add an entry for each &day of screenshots"))
        self.days_button.setAccessibleName(
            self.tr("Add one entry for each day of the screenshots just added, with them linked")
        )
        self.days_button.clicked.connect(self.accept_screenshot_days)
        self.days_button.hide()
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.finish_button.setAccessibleName(self.tr("Finish and go back to the diary"))
        self.finish_button.clicked.connect(self.close_page)
        layout.addLayout(
            button_row(
                [self.accept_button, self.edit_button, self.reject_button, self.days_button],
                [self.finish_button],
            )
        )
        self.steps.addWidget(page)

    # -- choosing and previewing ---------------------------------------------------------------
    def start(self, paths: list[Path] | None = None) -> None:
        self.clear()
        if paths:
            self.add_files(paths)
        self.focus_first()

    def focus_first(self) -> None:
        step = self.steps.currentIndex()
        if step == CHOOSE:
            self.choose_button.setFocus()
        elif step == PREVIEW:
            self.who.setFocus()
        elif step == REVIEW:
            self.table.setFocus()

    def _choose_folder(self) -> None:
        chosen = files.open_folder(self, self.tr("Choose the folder of screenshots"))
        if chosen:
            self.add_files([Path(chosen)])

    def _import_folder(self, folder: Path) -> None:
        """A folder of screenshots: each kept unchanged with its time, grouped by day."""
        diary = self.session.diary
        self.working_label.setText(
            self.tr("Keeping the pictures in {name}…").format(name=folder.name)
        )
        self.progress.setRange(0, 0)
        self.steps.setCurrentIndex(WORKING)
        generation = self._generation

        def work(progress: workers.ProgressFn) -> FolderReport:
            return import_folder(diary, folder, progress=progress)

        def done(result: Any) -> None:
            if generation != self._generation:
                return
            self._set_working(False)
            self.preview_busy.hide()
            self._queue.pop(0)
            report: FolderReport = result
            self._imported_any = True
            self._new_refs += report.kept
            self._screenshot_days += report.days
            lines = [
                self.tr(
                    "{name}: {kept} pictures kept, {already} were already in your diary."
                ).format(name=report.folder, kept=len(report.kept), already=len(report.already))
            ]
            lines += [
                self.tr("Suggested entry: {what}.").format(what=day.summary) for day in report.days
            ]
            lines += report.notes[:5]
            if report.skipped:
                lines.append(
                    self.tr("{n} files could not be read and were left out.").format(
                        n=len(report.skipped)
                    )
                )
            self._reports.append("\n".join(lines))
            self.changed.emit()
            self._next_file()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._preview_failed(folder, error)

        workers.start(work, done, failed)

    def accept_screenshot_days(self) -> None:
        days = list(self._screenshot_days)
        if not days or self._working or not self.session.is_unlocked:
            return
        diary = self.session.diary
        self._set_working(True)
        generation = self._generation

        def done(numbers: Any) -> None:
            if generation == self._generation:
                self._set_working(False)
                self._screenshot_days = []
                self.days_button.hide()
                self.review_notice.say(
                    self.tr("Added {numbers}, each with its screenshots linked.").format(
                        numbers=", ".join(numbers)
                    )
                )
                self.changed.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_working(False)
                self.review_error.say(errors.describe(error))

        workers.start(lambda _p: [accept_screenshot_day(diary, day) for day in days], done, failed)

    def _choose(self) -> None:
        chosen = files.open_files(self, self.tr("Choose the exported chats, backups or emails"))
        self.add_files([Path(p) for p in chosen])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.steps.currentIndex() in (CHOOSE, REVIEW):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        paths = [p for p in paths if p.is_file() or p.is_dir()]
        if not paths or self._working:
            return
        self._queue.extend(paths)
        self._reports = []
        self._new_refs = []
        self._next_file()

    def _next_file(self, date_order: str | None = None) -> None:
        if not self._queue:
            self._review()
            return
        path = self._queue[0]
        self._set_working(True)
        self.preview_busy.show()
        self.choose_error.clear_message()
        self.preview_error.clear_message()
        if path.is_dir():
            self._import_folder(path)
            return
        generation = self._generation

        def done(preview: Any) -> None:
            if generation == self._generation:
                self._previewed(preview)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._preview_failed(path, error)

        workers.start(lambda _p: preview_file(path, date_order), done, failed)

    def _reread(self) -> None:
        self._next_file(str(self.order.currentData()))

    def _preview_failed(self, path: Path, error: BaseException) -> None:
        self._set_working(False)
        self.preview_busy.hide()
        if isinstance(error, AmbiguousDateOrder):
            self._preview = None
            self.preview_title.setText(path.name)
            self.found.setText(
                self.tr(
                    "The dates in this chat could be read day first or month first, and the "
                    "file does not show which. Please choose the order your phone uses."
                )
            )
            for row in range(self.order.count()):
                offered = not error.options or self.order.itemData(row) in error.options
                view = self.order.view()
                if view is not None and hasattr(view, "setRowHidden"):
                    view.setRowHidden(row, not offered)
            self.problems.hide()
            self.order_row.show()
            self.who.clear()
            self.who.setEnabled(False)
            self.import_button.setEnabled(False)
            self.chats_label.hide()
            self.chats_view.hide()
            self.steps.setCurrentIndex(PREVIEW)
            self.order.setFocus()
            return
        # One plain sentence naming the file; nothing was added.
        self._queue.pop(0)
        why = errors.describe(error)
        words = why if path.name in why else f"{path.name}: {why}"
        words += " " + self.tr("Nothing from it was added.")
        self._reports.append(words)
        if self._queue:
            self._next_file()
        elif self._imported_any:
            self._review()
        else:
            self.steps.setCurrentIndex(CHOOSE)
            self.choose_error.say(" ".join(self._reports))
            self.choose_button.setFocus()

    def _previewed(self, preview: Preview) -> None:
        self._set_working(False)
        self.preview_busy.hide()
        self._preview = preview
        kind = {
            "whatsapp": self.tr("a WhatsApp chat"),
            "sms": self.tr("a text message backup"),
            "calls": self.tr("a call log"),
            "email": self.tr("email"),
            "telegram": self.tr("a Telegram export"),
            "photo": self.tr("a photo"),
            "meta": self.tr("Facebook or Instagram messages"),
            "mbox": self.tr("a mailbox"),
            "imessage": self.tr("messages from an iPhone or Mac"),
        }.get(preview.format, preview.format)
        self.preview_title.setText(preview.path.name)
        if preview.format == "photo":
            self._previewed_photo(preview, kind)
            return
        lines = [
            self.tr("This is {kind}.").format(kind=kind),
            (
                self.tr("{messages} messages and {calls} calls").format(
                    messages=preview.messages, calls=preview.calls
                )
                if preview.calls
                else self.tr("1 message")
                if preview.messages == 1
                else self.tr("{messages} messages").format(messages=preview.messages)
            )
            + (
                self.tr(", from {first} to {last}.").format(
                    first=text.stamp(preview.first), last=text.stamp(preview.last)
                )
                if preview.first and preview.last
                else "."
            ),
        ]
        if preview.participants:
            lines.append(
                self.tr("In it: {names}.").format(names=", ".join(preview.participants[:12]))
            )
        lines += preview.notes
        self.found.setText("\n".join(lines))
        self.found.setAccessibleDescription(self.found.text())
        trouble = []
        if preview.damage:
            trouble.append(
                self.tr("The file is damaged: {what}. Everything before that can be added.").format(
                    what=preview.damage
                )
            )
        if preview.skipped:
            shown = "; ".join(f"{where}: {why}" for where, why in preview.skipped[:5])
            more = len(preview.skipped) - 5
            trouble.append(
                self.tr(
                    "{n} parts could not be understood and will be left out ({shown}{more})."
                ).format(
                    n=len(preview.skipped),
                    shown=shown,
                    more=self.tr(" and {n} more").format(n=more) if more > 0 else "",
                )
            )
        self.problems.setText("\n".join(trouble))
        self.problems.setObjectName("error" if trouble else "hint")
        self.problems.setVisible(bool(trouble))
        self.order_row.setVisible(preview.date_order is not None)
        self.who.clear()
        self.who.setEnabled(True)
        self.who.addItem(self.tr("None of them, or I'm not sure"), "")
        for name in preview.participants:
            self.who.addItem(name, name)
        self.who.setCurrentIndex(self._likely_person(preview))
        self.chats.load(preview.chats)
        many = len(preview.chats) > 1
        self.chats_label.setVisible(many)
        self.chats_view.setVisible(many)
        self.import_button.setEnabled(preview.messages + preview.calls > 0)
        if not self.import_button.isEnabled():
            self.preview_error.say(self.tr("There are no messages in this file to add."))
        self.steps.setCurrentIndex(PREVIEW)
        self.who.setFocus()

    def _previewed_photo(self, preview: Preview, kind: str) -> None:
        """A photo has no messages: say what it shows about itself, and keep it as evidence."""
        photo = preview.photo
        lines = [self.tr("This is {kind}.").format(kind=kind)]
        taken = getattr(photo, "taken_at", None)
        source = getattr(photo, "time_source", None)
        saved = getattr(photo, "modified_at", None)
        if taken is not None:
            lines.append(
                self.tr("Taken {when} (from {source}).").format(
                    when=text.stamp(taken), source=source
                )
                if source
                else self.tr("Taken {when}.").format(when=text.stamp(taken))
            )
        else:
            lines.append(self.tr("It does not say when it was taken."))
        if saved is not None:
            lines.append(
                self.tr(
                    "A program last saved the file {when}; that is not when it was taken."
                ).format(when=text.stamp(saved))
            )
        device = " ".join(p for p in (getattr(photo, "make", ""), getattr(photo, "model", "")) if p)
        if device:
            lines.append(self.tr("Taken with {device}.").format(device=device))
        if getattr(photo, "latitude", None) is not None:
            lines.append(self.tr("It records where it was taken."))
        lines.append(
            self.tr(
                "Adding it keeps it, unchanged, as evidence; entries from the same day are "
                "suggested for it."
            )
        )
        self.found.setText("\n".join(lines))
        self.found.setAccessibleDescription(self.found.text())
        problems = list(getattr(photo, "problems", ()) or ())
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.order_row.hide()
        self.who.clear()
        self.who.addItem(self.tr("Not needed for a photo"), "")
        self.who.setEnabled(False)
        self.chats.clear()
        self.chats_label.hide()
        self.chats_view.hide()
        self.import_button.setEnabled(True)
        self.steps.setCurrentIndex(PREVIEW)
        self.import_button.setFocus()

    def _likely_person(self, preview: Preview) -> int:
        """The participant already recorded as the person doing it, if there is one."""
        try:
            people = [
                p.name
                for p in self.session.diary.list_people()
                if getattr(p, "role", "") == "perpetrator"
            ]
        except DaybookError:  # only a guess at who it is: the person chooses anyway
            people = []
        folded = [p.casefold() for p in preview.participants]
        for name in [self._person, *people]:
            if name and name.casefold() in folded:
                return folded.index(name.casefold()) + 1
        return 0

    def _skip_file(self) -> None:
        if self._working:
            return
        if self._queue:
            self._queue.pop(0)
        if self._queue:
            self._next_file()
        elif self._imported_any:
            self._review()
        else:
            self.steps.setCurrentIndex(CHOOSE)
            self.choose_button.setFocus()

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        preview = self._preview
        if preview is None or self._working or not self.session.is_unlocked:
            return
        person = str(self.who.currentData() or "") or None
        chat_ids = self.chats.ticked() if len(preview.chats) > 1 else None
        if chat_ids is not None and not chat_ids:
            self.preview_error.say(self.tr("Please tick at least one chat to add."))
            return
        diary = self.session.diary
        path = preview.path
        date_order = preview.date_order
        self._set_working(True)
        self.progress.setRange(0, 2)
        self.progress.setValue(0)
        self.working_label.setText(self.tr("Adding messages from {name}…").format(name=path.name))
        self.steps.setCurrentIndex(WORKING)
        generation = self._generation
        stages = {"reading": 0, "storing": 1}

        def work(progress: workers.ProgressFn) -> tuple[ImportReport, list[Suggestion]]:
            report = import_file(
                diary,
                path,
                person=person,
                date_order=date_order,
                chat_ids=chat_ids,
                progress=lambda stage: progress(stages.get(stage, 0), 2),
            )
            return report, suggest_incidents(diary, person) if person else []

        def progressed(done: int, total: int) -> None:
            if generation == self._generation:
                self.progress.setRange(0, total)
                self.progress.setValue(done)

        def done(result: Any) -> None:
            if generation == self._generation:
                self._imported(person, result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_working(False)
                self.steps.setCurrentIndex(PREVIEW)
                self.preview_error.say(errors.describe(error))

        workers.start(work, done, failed, progressed)

    def _imported(self, person: str | None, result: Any) -> None:
        report, suggestions = result
        self._set_working(False)
        self._queue.pop(0)
        self._imported_any = True
        self._new_refs.append(str(report.exhibit))
        if person:
            self._person = person
            self.suggestions.load(suggestions)
        words = self.tr(
            "{name}: {added} messages and calls added, {already} were already in your diary; "
            "the file is kept as {ref}."
        ).format(name=report.file, added=report.added, already=report.already, ref=report.exhibit)
        if report.format == "photo":
            words = self.tr("{name}: kept as {ref}.").format(name=report.file, ref=report.exhibit)
            if report.already_kept:
                words = self.tr("{name} was already in your diary, as {ref}.").format(
                    name=report.file, ref=report.exhibit
                )
            if report.suggested_incidents:
                words += " " + self.tr(
                    "Entries from the same day: {numbers}. You can link it to one of them."
                ).format(numbers=", ".join(report.suggested_incidents))
        if report.skipped:
            words += " " + self.tr("{n} parts could not be read and were left out.").format(
                n=len(report.skipped)
            )
        self._reports.append(words)
        self.changed.emit()
        self._next_file()

    # -- review --------------------------------------------------------------------------------
    def _review(self) -> None:
        self.days_button.setVisible(bool(self._screenshot_days))
        self.report.setText("\n".join(self._reports))
        self.report.setVisible(bool(self._reports))
        self._filter(self.find_box.text())
        has = self.suggestions_proxy.rowCount() > 0
        if not has:
            self.review_notice.say(
                self.tr("There are no suggested entries to look at.")
                if self._person
                else self.tr(
                    "Choose who is doing this when you add their messages, and Daybook will "
                    "suggest entries from them."
                )
            )
        fit_columns(self.table)
        self.steps.setCurrentIndex(REVIEW)
        if has and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus()
        self._update_buttons()

    def _filter(self, words: str) -> None:
        """Suggestions from the files just added (or all, if asked), narrowed by any words."""
        wanted = words.casefold().strip()
        model = self.suggestions
        new = set(self._new_refs)
        everything = self.earlier.isChecked() or not new

        def accept_row(row: Any) -> bool:
            if not everything and not new.intersection(row.sources):
                return False
            return not wanted or wanted in model.text_of(row).casefold()

        self.suggestions_proxy.set_predicate(accept_row)
        self._update_buttons()

    def chosen(self) -> Suggestion | None:
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            index = rows[0] if rows else QModelIndex()
        value = index.data(ROW_ROLE) if index.isValid() else None
        return value if isinstance(value, Suggestion) else None

    def _update_buttons(self) -> None:
        has = self.suggestions_proxy.rowCount() > 0
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(has and not self._working)

    def accept_chosen(self) -> None:
        suggestion = self.chosen()
        if suggestion is None or self._working or not self.session.is_unlocked:
            self.review_error.say(self.tr("Choose a suggested entry first."))
            return
        diary = self.session.diary
        self._set_working(True)
        generation = self._generation

        def done(number: Any) -> None:
            if generation == self._generation:
                self._set_working(False)
                self._accepted(suggestion, str(number))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_working(False)
                self.review_error.say(errors.describe(error))

        workers.start(lambda _p: accept(diary, suggestion), done, failed)

    def _accepted(self, suggestion: Suggestion, number: str) -> None:
        self.suggestions.remove(suggestion)
        self.review_error.clear_message()
        self.review_notice.say(
            self.tr("Added as {number}, with its {n} messages linked.").format(
                number=number, n=len(suggestion.message_ids)
            )
        )
        self.changed.emit()
        self._update_buttons()
        self.table.setFocus()

    def edit_chosen(self) -> None:
        suggestion = self.chosen()
        if suggestion is None or self._working:
            self.review_error.say(self.tr("Choose a suggested entry first."))
            return
        self.editor.start_suggestion(suggestion)
        self.steps.setCurrentIndex(EDIT)

    def _edited_accepted(self, number: str, suggestion: Any) -> None:
        self.steps.setCurrentIndex(REVIEW)
        if isinstance(suggestion, Suggestion):
            self._accepted(suggestion, number)

    def reject_chosen(self) -> None:
        suggestion = self.chosen()
        if suggestion is None:
            self.review_error.say(self.tr("Choose a suggested entry first."))
            return
        self.suggestions.remove(suggestion)
        self.review_error.clear_message()
        self.review_notice.say(self.tr("Left out. Those messages are still in your messages."))
        self._update_buttons()
        self.table.setFocus()

    # -- the rest ------------------------------------------------------------------------------
    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (
            self.choose_button,
            self.folder_button,
            self.import_button,
            self.cancel_button,
        ):
            widget.setEnabled(not working)
        self._update_buttons()

    def clear(self) -> None:
        """Forget the files, previews and suggestions (on lock and when closed)."""
        self._generation += 1
        self._working = False
        self._queue = []
        self._preview = None
        self._person = None
        self._reports = []
        self._new_refs = []
        self._screenshot_days = []
        self._imported_any = False
        self.suggestions.clear()
        self.chats.clear()
        self.who.clear()
        self.found.clear()
        self.problems.clear()
        self.report.clear()
        self.find_box.clear()
        self.earlier.setChecked(False)
        for message in (
            self.choose_error,
            self.preview_error,
            self.review_error,
            self.review_notice,
        ):
            message.clear_message()
        self.preview_busy.hide()
        self._set_working(False)
        self.steps.setCurrentIndex(CHOOSE)

    def close_page(self) -> None:
        if self._working:
            return
        self.clear()
        self.closed.emit()
