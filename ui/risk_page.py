"""Risk information: the topics a stalking risk assessment asks about, in Daybook's own words,
each answered yes, no or not sure with the person's note and the entries that show it. What the
diary suggests is shown beside the answer, never put in its place; there is no score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from diary.records.court_types import RISK_ANSWERS, RiskAnswer
from ui import errors, workers
from ui.court_models import RiskModel, _tr
from ui.models import ROW_ROLE, RecordFilterProxy, still_here
from ui.saving import SaveOnAWorker
from ui.session import Session
from ui.widgets import InlineMessage, busy_bar, fit_columns, label, record_table


class RiskPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RiskModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, self.tr("Risk topics"))
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.error = InlineMessage()
        self.busy = busy_bar(self.tr("Reading your answers"))
        self.saving_bar = busy_bar(self.tr("Saving your answer"))
        self.saving = SaveOnAWorker(self, self.saving_bar, self._allow_changes)
        self.current: RiskAnswer | None = None
        self._generation = 0  # moves on at every reading and every lock: late answers are dropped

        self.topic_title = label("", "subtitle")
        self.prompt = label("")
        self.answers = QButtonGroup(self)
        answer_row = QHBoxLayout()
        for n, (key, words) in enumerate(RISK_ANSWERS.items()):
            button = QRadioButton(_tr(words))
            button.setAccessibleName(self.tr("Answer: {words}").format(words=_tr(words)))
            button.setProperty("answer", key)
            self.answers.addButton(button, n)
            answer_row.addWidget(button)
        answer_row.addStretch(1)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Your note on this topic"))
        self.note.setPlaceholderText(self.tr("Anything you want to say about it (optional)"))
        self.suggestion = label("")
        self.use_button = QPushButton(self.tr("Link these &entries"))
        self.use_button.setAccessibleName(self.tr("Link the entries the diary shows"))
        self.linked = label("")
        self.save_button = QPushButton(self.tr("Save &answer"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save this answer"))
        detail = self.detail = QGroupBox(self.tr("Your answer"))
        inner = QVBoxLayout(detail)
        inner.addWidget(self.topic_title)
        inner.addWidget(self.prompt)
        inner.addLayout(answer_row)
        inner.addWidget(label(self.tr("No&te"), buddy=self.note))
        inner.addWidget(self.note)
        inner.addWidget(self.suggestion)
        inner.addWidget(self.linked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        inner.addWidget(self.saving_bar)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Information for your risk assessment; this is not a completed S-DASH or "
                    "DASH form, and there is no score. Your advocate or the police use it with "
                    "their own form."
                ),
                "notice",
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(detail)
        self._linked: list[str] = []
        self.use_button.clicked.connect(self.use_suggestion)
        self.save_button.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)

    def reload(self) -> None:
        """Read the answers, and what the diary suggests on each, on a worker: the suggestions
        look through every entry (a fifth of a second at 10,000 entries)."""
        if not self.session.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        diary = self.session.diary
        self.busy.show()

        def current() -> bool:
            return still_here(self) and generation == self._generation and self.session.is_unlocked

        def done(answers: Any) -> None:
            if current():
                self.busy.hide()
                self._show(list(answers))

        def failed(error: BaseException) -> None:
            if current():
                self.busy.hide()
                self.error.say(errors.describe(error))

        workers.start(lambda _p: diary.risk_answers(), done, failed)

    def _show(self, answers: list[RiskAnswer]) -> None:
        keep = self.current.topic.key if self.current else None
        self.model.load(answers)
        fit_columns(self.table)
        row = self.model.row_of_key(keep) if keep else 0
        self.table.selectRow(max(row, 0))

    def clear(self) -> None:
        self._generation += 1  # an answer still on its way is for a diary now locked
        self.busy.hide()
        self.saving.forget()
        self.model.clear()
        self.current = None
        self.note.clear()
        self.error.clear_message()

    def focus_first(self) -> None:
        self.table.setFocus()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        answer = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(answer, RiskAnswer):
            return
        self.current = answer
        self.topic_title.setText(_tr(answer.topic.title))
        self.prompt.setText(_tr(answer.topic.prompt))
        for button in self.answers.buttons():
            button.setChecked(button.property("answer") == answer.answer)
        self.note.setText(answer.note)
        self._linked = list(answer.incidents)
        self._show_linked()
        if answer.suggestion is not None:
            self.suggestion.setText(
                self.tr("The diary shows: {reason}").format(reason=answer.suggestion.reason)
            )
            self.use_button.setEnabled(not set(answer.suggestion.incidents) <= set(self._linked))
        else:
            self.suggestion.setText(
                self.tr("The diary cannot tell this one; only you can answer it.")
            )
            self.use_button.setEnabled(False)

    def _show_linked(self) -> None:
        shown = ", ".join(self._linked[:12])
        more = len(self._linked) - 12
        self.linked.setText(
            self.tr("Linked entries: {entries}").format(
                entries=shown + (self.tr(" and {n} more").format(n=more) if more > 0 else "")
            )
            if self._linked
            else self.tr("No entries linked.")
        )

    def use_suggestion(self) -> None:
        if self.current is None or self.current.suggestion is None:
            return
        self._linked = list(dict.fromkeys([*self._linked, *self.current.suggestion.incidents]))
        self._show_linked()
        self.use_button.setEnabled(False)

    def chosen_answer(self) -> str:
        button = self.answers.checkedButton()
        return str(button.property("answer")) if button is not None else ""

    def save(self) -> None:
        """Save the answer on the chosen topic, then read every answer again with what the
        diary suggests, on a worker: the suggestions look through every entry, which froze
        the window for a fifth of a second or more at 10,000 entries. The answer is left as it
        was (and cannot be changed) until the save is done; if it fails, it says why."""
        if self.current is None or not self.session.is_unlocked or self.saving.running:
            return
        diary = self.session.diary
        topic = self.current.topic.key
        answer = self.chosen_answer() or "not-said"
        note = self.note.text().strip()
        linked = list(self._linked)
        self._generation += 1  # a reading still on its way would show the answers before this
        generation = self._generation
        ticket = self.saving.begin()

        def work(_progress: workers.ProgressFn) -> list[RiskAnswer]:
            diary.save_risk_answer(topic, answer, note, linked)
            return diary.risk_answers()

        def finished() -> bool:
            return self.saving.ended(ticket, self.session.is_unlocked)

        def done(answers: Any) -> None:
            if not finished():
                return
            self.error.clear_message()
            if generation == self._generation:
                self._show(list(answers))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if finished():
                self.error.say(errors.describe(error))  # the answer is as the person left it

        workers.start(work, done, failed)

    def _allow_changes(self, allowed: bool) -> None:
        # While a save runs, the answer and the list of topics cannot be changed.
        self.detail.setEnabled(allowed)
        self.table.setEnabled(allowed)
