"""The draft statement: the heading a family court expects, numbered paragraphs in the person's
own words (a first draft comes from the diary), every save kept as a revision, and a Word file
to take to an advocate or solicitor. Never a police statement: the police take those."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diary.records.court_types import StatementInput, StatementParagraph, StatementRevision
from ui import errors, workers
from ui.court_models import ParagraphsModel
from ui.models import still_here
from ui.saving import SaveOnAWorker
from ui.session import Session
from ui.widgets import InlineMessage, busy_bar, label


class StatementPage(QWidget):
    saved = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.base = StatementInput()
        self.revisions: list[StatementRevision] = []
        self._generation = 0  # moves on at every reading and every lock: late answers are dropped

        self.case_title = QLineEdit()
        self.case_title.setAccessibleName(self.tr("The court"))
        self.case_title.setPlaceholderText(self.tr("e.g. In the Family Court sitting at Leeds"))
        self.case_number = QLineEdit()
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.party = QLineEdit()
        self.party.setAccessibleName(self.tr("You are the"))
        self.witness = QLineEdit()
        self.witness.setAccessibleName(self.tr("Your full name"))
        self.respondent = QLineEdit()
        self.respondent.setAccessibleName(self.tr("The other party"))
        self.number = QSpinBox()
        self.number.setRange(1, 20)
        self.number.setAccessibleName(self.tr("Which statement this is (1 for your first)"))
        heading = self.heading = QGroupBox(self.tr("Heading"))
        form = QFormLayout(heading)
        form.addRow(label(self.tr("&Court"), buddy=self.case_title), self.case_title)
        form.addRow(label(self.tr("Case num&ber"), buddy=self.case_number), self.case_number)
        form.addRow(label(self.tr("You are the"), buddy=self.party), self.party)
        form.addRow(label(self.tr("Your &full name"), buddy=self.witness), self.witness)
        form.addRow(label(self.tr("The other party"), buddy=self.respondent), self.respondent)
        form.addRow(label(self.tr("Statement number"), buddy=self.number), self.number)

        self.paragraphs = ParagraphsModel(self)
        self.list = QListView()
        self.list.setModel(self.paragraphs)
        self.list.setAccessibleName(self.tr("Numbered paragraphs"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        # Wrapped paragraphs of different heights are laid out a few at a time between other
        # events: a first draft of a long diary has 150 or more, and laying them out at once
        # froze the window for 50-100 ms.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(10)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The chosen paragraph, in your own words"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._typed)
        self.add_button = QPushButton(self.tr("&Add paragraph"))
        self.add_button.setAccessibleName(self.tr("Add a paragraph after the chosen one"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen paragraph"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move the chosen paragraph up"))
        self.down_button = QPushButton(self.tr("Mov&e down"))
        self.down_button.setAccessibleName(self.tr("Move the chosen paragraph down"))
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.revision_choice = QComboBox()
        self.revision_choice.setAccessibleName(self.tr("Earlier versions"))
        self.fresh_button = QPushButton(self.tr("Start aga&in from the diary"))
        self.fresh_button.setAccessibleName(
            self.tr("Build a new first draft from the diary (your saved versions are kept)")
        )
        self.save_button = QPushButton(self.tr("Save &this version"))
        self.save_button.setAccessibleName(self.tr("Save this version of the statement"))
        self.save_button.setObjectName("primary")
        self.word_button = QPushButton(self.tr("Make a &Word file…"))
        self.word_button.setAccessibleName(self.tr("Make a Word file of the statement"))
        actions = QHBoxLayout()
        actions.addWidget(label(self.tr("Versions"), buddy=self.revision_choice))
        actions.addWidget(self.revision_choice, 1)
        actions.addWidget(self.fresh_button)
        actions.addWidget(self.word_button)
        actions.addWidget(self.save_button)

        self.error = InlineMessage()
        self.status = InlineMessage("notice")
        self.busy = busy_bar(self.tr("Reading your statement"))
        self.saving_bar = busy_bar(self.tr("Saving your statement"))
        self.saving = SaveOnAWorker(self, self.saving_bar, self._allow_changes)
        self._drafting = False  # a first draft is being built from the diary
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "This is a draft of your own witness statement for a family or civil court. "
                    "It is not a police statement (MG11); the police take those themselves. "
                    "DRAFT – to review with your advocate or solicitor."
                ),
                "notice",
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(heading)
        layout.addWidget(self.list, 2)
        layout.addLayout(tools)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saving_bar)
        layout.addLayout(actions)

        self.add_button.clicked.connect(self.add_paragraph)
        self.remove_button.clicked.connect(self.remove_paragraph)
        self.up_button.clicked.connect(lambda: self.move_paragraph(-1))
        self.down_button.clicked.connect(lambda: self.move_paragraph(1))
        self.fresh_button.clicked.connect(self.start_fresh)
        self.save_button.clicked.connect(self.save)
        self.word_button.clicked.connect(self.write_word)
        self.revision_choice.activated.connect(self._revision_chosen)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """The saved statement, or a first draft built from the diary (both read on a worker)."""
        if not self.session.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        diary = self.session.diary
        self.busy.show()

        def done(revisions: Any) -> None:
            if self._current(generation):
                self.busy.hide()
                if self._drafting:  # a draft being built was dropped
                    self._set_drafting(False)
                    self.status.clear_message()
                self.revisions = list(revisions)
                self._fill_revisions()
                if self.revisions:
                    self.show_statement(self.revisions[-1].data)
                else:
                    self.start_fresh()

        def failed(error: BaseException) -> None:
            if self._current(generation):
                self.busy.hide()
                self.error.say(errors.describe(error))

        workers.start(lambda _p: diary.statement_revisions(), done, failed)

    def _current(self, generation: int) -> bool:
        """Whether an answer from a worker is still wanted: the page is there, nothing was read
        again since, and the diary has not been locked."""
        return still_here(self) and generation == self._generation and self.session.is_unlocked

    def _fill_revisions(self) -> None:
        self.revision_choice.clear()
        if not self.revisions:
            self.revision_choice.addItem(self.tr("Not saved yet"), None)
        for revision in reversed(self.revisions):
            self.revision_choice.addItem(
                self.tr("Version {n}, saved {when}").format(
                    n=revision.revision_no, when=f"{revision.saved_at:%d %b %Y %H:%M}"
                ),
                revision.revision_no,
            )

    def start_fresh(self) -> None:
        from diary.statement import draft_from_diary

        diary = self.session.diary
        witness = self.witness.text().strip()
        generation = self._generation
        self.status.say(self.tr("Building a first draft from your diary…"))
        self._set_drafting(True)

        def work(_progress: workers.ProgressFn) -> StatementInput:
            return draft_from_diary(diary, witness)

        def done(result: Any) -> None:
            if not self._current(generation):
                return
            self._set_drafting(False)
            self.status.say(
                self.tr(
                    "This is a first draft from your diary. Change it into your own words, "
                    "then save it."
                )
            )
            self.show_statement(result)

        def failed(error: BaseException) -> None:
            if not self._current(generation):
                return
            self._set_drafting(False)
            self.status.clear_message()
            self.error.say(errors.describe(error))

        workers.start(work, done, failed)

    def show_statement(self, statement: StatementInput) -> None:
        self.base = statement
        self.case_title.setText(statement.case_title)
        self.case_number.setText(statement.case_number)
        self.party.setText(statement.party)
        self.witness.setText(statement.witness)
        self.respondent.setText(statement.respondent)
        self.number.setValue(statement.statement_number)
        self.paragraphs.load(statement.paragraphs)
        if statement.paragraphs:
            self.list.setCurrentIndex(self.paragraphs.index(0))

    def clear(self) -> None:
        self._generation += 1  # a draft or statement still on its way is for a locked diary
        self.busy.hide()
        self._set_drafting(False)
        self.saving.forget()
        self.paragraphs.clear()
        self.revisions = []
        self.revision_choice.clear()
        for box in (self.case_title, self.case_number, self.witness, self.respondent):
            box.clear()
        self.text.clear()
        self.error.clear_message()
        self.status.clear_message()

    def focus_first(self) -> None:
        self.list.setFocus()

    # -- editing -------------------------------------------------------------------------------
    def _row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(str(current.data(2) or "") if current.isValid() else "")
        self.text.blockSignals(False)

    def _typed(self) -> None:
        self.paragraphs.set_text(self._row(), self.text.toPlainText())

    def add_paragraph(self) -> None:
        row = self.paragraphs.insert(self._row() + 1, StatementParagraph("", "other"))
        self.list.setCurrentIndex(self.paragraphs.index(row))
        self.text.setFocus()

    def remove_paragraph(self) -> None:
        row = self._row()
        self.paragraphs.remove(row)
        if self.paragraphs.rowCount():
            self.list.setCurrentIndex(
                self.paragraphs.index(min(row, self.paragraphs.rowCount() - 1))
            )
        else:
            self.text.clear()

    def move_paragraph(self, by: int) -> None:
        row = self.paragraphs.move(self._row(), by)
        self.list.setCurrentIndex(self.paragraphs.index(row))

    def to_input(self) -> StatementInput:
        return StatementInput(
            case_title=self.case_title.text().strip(),
            case_number=self.case_number.text().strip(),
            party=self.party.text().strip() or "Applicant",
            witness=self.witness.text().strip(),
            respondent=self.respondent.text().strip(),
            statement_number=self.number.value(),
            made_on=self.base.made_on,
            paragraphs=self.paragraphs.items(),
        )

    def save(self) -> None:
        """Keep this version, then read the versions again, on a worker: every version is read
        whole, and a long statement saved many times froze the window. The statement is left as
        it was (and cannot be changed) until the save is done; if it fails, it says why."""
        if not self.session.is_unlocked or self.saving.running:
            return
        diary = self.session.diary
        data = self.to_input()
        ticket = self.saving.begin()

        def work(_progress: workers.ProgressFn) -> tuple[int, list[StatementRevision]]:
            return diary.save_statement(data).revision_no, diary.statement_revisions()

        def finished() -> bool:
            return self.saving.ended(ticket, self.session.is_unlocked)

        def done(result: Any) -> None:
            if not finished():
                return
            number, self.revisions = result
            self.error.clear_message()
            self._fill_revisions()
            self.status.say(
                self.tr("Saved as version {n}. Earlier versions are kept.").format(n=number)
            )
            self.saved.emit(number)

        def failed(error: BaseException) -> None:
            if finished():
                self.error.say(errors.describe(error))  # the statement is as it was

        workers.start(work, done, failed)

    def _set_drafting(self, drafting: bool) -> None:
        self._drafting = drafting
        self.fresh_button.setEnabled(not drafting and not self.saving.running)

    def _allow_changes(self, allowed: bool) -> None:
        # While a save runs, the statement cannot be changed.
        for widget in (
            self.heading,
            self.list,
            self.text,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.revision_choice,
            self.word_button,
            self.save_button,
        ):
            widget.setEnabled(allowed)
        self.fresh_button.setEnabled(allowed and not self._drafting)

    def _revision_chosen(self, position: int) -> None:
        number = self.revision_choice.itemData(position)
        for revision in self.revisions:
            if revision.revision_no == number:
                self.show_statement(revision.data)
                self.status.say(
                    self.tr(
                        "Showing version {n}. Saving makes it the newest version; nothing is lost."
                    ).format(n=number)
                )

    def write_word(self, path: str | None = None) -> None:
        """A .docx of the statement as it is on screen. The file is not encrypted: say so."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the draft statement"),
                "draft-statement.docx",
                self.tr("Word files (*.docx)"),
            )
        if not path:
            return
        from diary.fsutil import atomic_write_bytes
        from diary.pack.statement_docx import statement_docx_bytes

        target = Path(path).with_suffix(".docx")
        try:
            atomic_write_bytes(target, statement_docx_bytes(self.to_input()))
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.status.say(
            self.tr(
                "The draft is in {path}. That file is not protected by your passphrase: keep it "
                "somewhere safe, and delete it when you have given it to your advocate."
            ).format(path=str(target))
        )
