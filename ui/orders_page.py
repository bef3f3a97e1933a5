"""Orders: the court orders and bail conditions the person has (or is asking for), each condition
in the order's own words, and every incident recorded as breaking it. A table over the core's
orders with a filter, the chosen order's conditions, and a form to add or change one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.records.court_types import ORDER_KINDS, ORDER_STATUSES, ConditionInput, Order, OrderInput
from diary.timeutil import parse_user_time
from ui import errors, workers
from ui.court_models import ConditionsModel, OrdersModel, _tr
from ui.models import ROW_ROLE, RecordFilterProxy, still_here
from ui.saving import SaveOnAWorker
from ui.session import Session
from ui.widgets import InlineMessage, busy_bar, fit_columns, label, record_table


def _date_box(name: str) -> QLineEdit:
    box = QLineEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText("e.g. 2024-03-01")
    return box


class OrdersPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: str | None = None  # the order in the form, or None for a new one
        self._generation = 0  # moves on at every reading and every lock: late answers are dropped

        self.model = OrdersModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find…"))
        self.filter.setAccessibleName(self.tr("Find in orders"))
        self.filter.textChanged.connect(self._filter_changed)
        self.table = record_table(self.proxy, self.tr("Orders"))
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.conditions = ConditionsModel(self)
        self.conditions_table = record_table(
            self.conditions, self.tr("The chosen order's conditions")
        )
        self.conditions_table.setWordWrap(True)
        self.error = InlineMessage()
        self.busy = busy_bar(self.tr("Reading your orders"))
        self.saving_bar = busy_bar(self.tr("Saving the order"))
        self.saving = SaveOnAWorker(self, self.saving_bar, self._allow_changes)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of order"))
        for key, words in ORDER_KINDS.items():
            self.kind.addItem(_tr(words), key)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key, words in ORDER_STATUSES.items():
            self.status.addItem(_tr(words), key)
        self.status.setCurrentIndex(self.status.findData("in-force"))
        self.court = QLineEdit()
        self.court.setAccessibleName(self.tr("Court or police station"))
        self.made = _date_box(self.tr("Date made"))
        self.served = _date_box(self.tr("Date served"))
        self.expires = _date_box(self.tr("Date it ends"))
        self.ended = _date_box(self.tr("Date it ended"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.against = QComboBox()
        self.against.setEditable(True)
        self.against.setAccessibleName(self.tr("Against whom"))
        self.copy = QComboBox()
        self.copy.setAccessibleName(self.tr("A copy of the order, kept as an exhibit"))
        self.condition_text = QPlainTextEdit()
        self.condition_text.setAccessibleName(
            self.tr("Conditions, one on each line, in the order's own words")
        )
        self.condition_text.setPlaceholderText(
            self.tr("One condition on each line, numbered as in the order, e.g.\n"
                    "Not to contact the applicant by any means")
        )  # fmt: skip
        self.condition_text.setTabChangesFocus(True)
        self.condition_text.setFixedHeight(self.fontMetrics().lineSpacing() * 6)

        form_box = self.form_box = QGroupBox(self.tr("Add an order, or change the chosen one"))
        form = QFormLayout(form_box)
        form.addRow(label(self.tr("&Kind"), buddy=self.kind), self.kind)
        form.addRow(label(self.tr("Stat&us"), buddy=self.status), self.status)
        form.addRow(label(self.tr("&Court"), buddy=self.court), self.court)
        dates = QHBoxLayout()
        for title_, box in (
            (self.tr("Made"), self.made),
            (self.tr("Served"), self.served),
            (self.tr("Ends"), self.expires),
            (self.tr("Ended"), self.ended),
        ):
            dates.addWidget(label(title_, buddy=box))
            dates.addWidget(box)
        form.addRow(dates)
        form.addRow(label(self.tr("Reference"), buddy=self.reference), self.reference)
        form.addRow(label(self.tr("&Against"), buddy=self.against), self.against)
        form.addRow(label(self.tr("Copy of &the order"), buddy=self.copy), self.copy)
        form.addRow(label(self.tr("Cond&itions"), buddy=self.condition_text), self.condition_text)
        self.new_button = QPushButton(self.tr("Ne&w order"))
        self.new_button.setAccessibleName(self.tr("Start a new order"))
        self.save_button = QPushButton(self.tr("Sav&e order"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save this order"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        form.addRow(self.saving_bar)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 2)
        layout.addWidget(label(self.tr("Conditions and the entries that broke them"), "subtitle"))
        layout.addWidget(self.conditions_table, 2)
        layout.addWidget(form_box)

        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the orders (with every breach), the people and the exhibits on a worker: at
        10,000 entries that took a quarter of a second, too long to hold the window."""
        if not self.session.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        diary = self.session.diary
        self.busy.show()

        def work(_progress: workers.ProgressFn) -> tuple[list[Order], list[str], list[Any]]:
            return (
                diary.list_orders(),
                [p.name for p in diary.list_people()],
                [(e.ref, e.original_name) for e in diary.list_exhibits()],
            )

        def current() -> bool:
            return still_here(self) and generation == self._generation and self.session.is_unlocked

        def done(result: Any) -> None:
            if current():
                self.busy.hide()
                self._show(*result)

        def failed(error: BaseException) -> None:
            if current():
                self.busy.hide()
                self.error.say(errors.describe(error))

        workers.start(work, done, failed)

    def _show(self, orders: list[Order], people: list[str], exhibits: list[Any]) -> None:
        self.model.load(orders)
        fit_columns(self.table)
        self.against.clear()
        self.against.addItem("")
        self.against.addItems(people)
        self.copy.clear()
        self.copy.addItem(self.tr("None kept"), None)
        for ref, name in exhibits:
            self.copy.addItem(f"{ref}  {name}", ref)
        if self.editing:
            self._select(self.editing)
        elif orders:
            self.table.selectRow(0)

    def clear(self) -> None:
        self._generation += 1  # an answer still on its way is for a diary now locked
        self.busy.hide()
        self.saving.forget()
        self.model.clear()
        self.conditions.clear()
        self.filter.clear()
        self.error.clear_message()
        self.start_new()

    def focus_first(self) -> None:
        self.filter.setFocus()

    def _filter_changed(self, words: str) -> None:
        wanted = words.casefold().strip()
        model = self.model
        self.proxy.set_predicate(
            (lambda row: wanted in model.text_of(row).casefold()) if wanted else None
        )

    def _select(self, ref: str) -> None:
        row = self.model.row_of_key(ref)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(order, Order):
            self.conditions.clear()
            return
        self.conditions.load(list(order.conditions))
        fit_columns(self.conditions_table)
        self._fill(order)

    # -- the form ------------------------------------------------------------------------------
    def _fill(self, order: Order) -> None:
        self.editing = order.ref
        self.kind.setCurrentIndex(self.kind.findData(order.kind))
        self.status.setCurrentIndex(self.status.findData(order.status))
        self.court.setText(order.court)
        for box, value in (
            (self.made, order.made),
            (self.served, order.served),
            (self.expires, order.expires),
            (self.ended, order.ended),
        ):
            box.setText(value.isoformat() if value else "")
        self.reference.setText(order.reference)
        self.against.setEditText(order.against)
        self.copy.setCurrentIndex(max(self.copy.findData(order.copy_exhibit), 0))
        self.condition_text.setPlainText("\n".join(c.text for c in order.conditions))
        self.save_button.setText(self.tr("Sav&e changes to {ref}").format(ref=order.ref))

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for box in (self.court, self.made, self.served, self.expires, self.ended, self.reference):
            box.clear()
        self.against.setEditText("")
        self.copy.setCurrentIndex(0)
        self.condition_text.clear()
        self.status.setCurrentIndex(self.status.findData("in-force"))
        self.save_button.setText(self.tr("Sav&e order"))
        self.kind.setFocus()

    def _day(self, box: QLineEdit) -> date | None:
        text = box.text().strip()
        if not text:
            return None
        try:
            return parse_user_time(text).date()
        except ValueError:
            raise ValueError(box.accessibleName()) from None

    def to_input(self, base: OrderInput | None = None) -> OrderInput:
        """The form as an order; conditions keep their reasons when their number stays."""
        return keep_what_the_form_does_not_show(self._form(), base)

    def _form(self) -> OrderInput:
        """What the form says, and nothing else: its conditions have no kind or reasons yet."""
        lines = [line.strip() for line in self.condition_text.toPlainText().splitlines()]
        return OrderInput(
            kind=str(self.kind.currentData()),
            status=str(self.status.currentData()),
            court=self.court.text().strip(),
            made=self._day(self.made),
            served=self._day(self.served),
            expires=self._day(self.expires),
            ended=self._day(self.ended),
            reference=self.reference.text().strip(),
            against=self.against.currentText().strip(),
            conditions=[ConditionInput(text) for text in lines if text],
            copy_exhibit=self.copy.currentData(),
        )

    def save(self) -> None:
        """Save the form as a new order, or a new version of the chosen one, then read the
        orders again, all on a worker: reading the order and its breaches before and after
        saving froze the window for half a second at 10,000 entries. The form is left as it
        was (and cannot be changed) until the save is done; if it fails, it says why."""
        if not self.session.is_unlocked or self.saving.running:
            return
        try:
            form = self._form()
        except ValueError as bad:
            self.error.say(
                self.tr(
                    "“{field}” is not a date Daybook can read; write it like 2024-03-01."
                ).format(field=str(bad))
            )
            return
        diary = self.session.diary
        editing = self.editing
        self._generation += 1  # a reading still on its way would show the orders before this
        generation = self._generation
        ticket = self.saving.begin()

        def work(_progress: workers.ProgressFn) -> tuple[str, tuple[Any, ...]]:
            if editing:
                base = diary.get_order(editing, breaches=False).as_input()
                ref = diary.edit_order(editing, keep_what_the_form_does_not_show(form, base)).ref
            else:
                ref = diary.add_order(form).ref
            return ref, (
                diary.list_orders(),
                [p.name for p in diary.list_people()],
                [(e.ref, e.original_name) for e in diary.list_exhibits()],
            )

        def finished() -> bool:
            return self.saving.ended(ticket, self.session.is_unlocked)

        def done(result: Any) -> None:
            if not finished():
                return
            ref, read = result
            self.error.clear_message()
            self.editing = ref
            if generation == self._generation:
                self._show(*read)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if finished():
                self.error.say(errors.describe(error))  # the form is as the person left it

        workers.start(work, done, failed)

    def _allow_changes(self, allowed: bool) -> None:
        # While a save runs, the form and the list it fills from cannot be changed.
        self.form_box.setEnabled(allowed)
        self.table.setEnabled(allowed)


def keep_what_the_form_does_not_show(form: OrderInput, base: OrderInput | None) -> OrderInput:
    """The form's order with what the form does not show kept from the order it changes
    (`base`): each condition's kind and reasons while its number stays, and the notes."""
    old = base.conditions if base else []
    return replace(
        form,
        conditions=[
            ConditionInput(
                given.text,
                old[n].kind if n < len(old) else "",
                list(old[n].reasons) if n < len(old) else [],
            )
            for n, given in enumerate(form.conditions)
        ],
        notes=base.notes if base else "",
    )
