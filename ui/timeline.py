"""The diary's timeline: every incident in one table, filtered by date, behaviour, person and words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.timeutil import order_key
from ui import errors, text, vocab, workers
from ui.models import KEY_ROLE, RecordFilterProxy, TimelineFilter, TimelineModel
from ui.session import Session
from ui.widgets import InlineMessage, label, record_table

ANY_DAY = QDate(1900, 1, 1)  # shown as "Any" in the date boxes
SEARCH_PAUSE_MS = 250


class DateBox(QDateEdit):
    """A date, or "Any" (the earliest date, which the box shows in words). Its calendar opens
    at a month worth seeing, from `opens_at`, rather than at the placeholder's January 1900."""

    def __init__(self, name: str, any_words: str, opens_at: Callable[[], QDate]) -> None:
        super().__init__()
        self._opens_at = opens_at
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(ANY_DAY)
        self.setSpecialValueText(any_words)
        self.setDate(ANY_DAY)
        self.setAccessibleName(name)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() == ANY_DAY:
            day = self._opens_at()
            # Chosen quietly: the box keeps saying "Any" until the person picks a day, and the
            # arrow keys start from here.
            calendar.blockSignals(True)
            calendar.setSelectedDate(day)
            calendar.blockSignals(False)
            calendar.setCurrentPage(day.year(), day.month())
        return False


def _day(box: QDateEdit) -> date | None:
    value = box.date()
    return None if value == ANY_DAY else date(value.year(), value.month(), value.day())


class TimelinePage(QWidget):
    open_incident = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._searched: tuple[str, set[str]] | None = None  # the last words and what matched
        self._looking_up: str | None = None  # words sent to the core, answer not back yet
        self._stale = True
        self._select_after: str | None = None
        self._generation = 0  # moves on at every lock, so late answers are dropped
        self.model = TimelineModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your diary…"))
        self.search.setAccessibleName(self.tr("Search the diary"))
        self.search.setClearButtonEnabled(True)
        # "From" opens at the first entry's month, "To" at this month.
        self.date_from = DateBox(self.tr("From date"), self.tr("Any"), self._first_month)
        self.date_to = DateBox(self.tr("To date"), self.tr("Any"), QDate.currentDate)
        self.behaviour = QComboBox()
        self.behaviour.setAccessibleName(self.tr("Only what they did"))
        self.behaviour.addItem(self.tr("Anything they did"), "")
        for code in vocab.behaviour_codes():
            self.behaviour.addItem(vocab.behaviour_words(code), code)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Only this person"))
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.clear_button.setAccessibleName(self.tr("Clear the filters and show every entry"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.count.setAccessibleName(self.tr("How many entries are shown"))

        # Two rows, so the window still fits a small screen at 150% scaling.
        for combo in (self.behaviour, self.person):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        filters = QHBoxLayout()
        from_label = label(self.tr("&From"), buddy=self.date_from)
        to_label = label(self.tr("&To"), buddy=self.date_to)
        for short in (from_label, to_label):
            short.setWordWrap(False)
            short.setMinimumWidth(short.sizeHint().width() + short.fontMetrics().averageCharWidth())
        filters.addWidget(from_label)
        filters.addWidget(self.date_from, 1)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to, 1)
        filters.addWidget(self.behaviour, 2)
        filters.addWidget(self.person, 1)

        self.table = record_table(self.proxy, self.tr("Diary entries"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TimelineModel.WHAT, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, so they follow the system font size and scaling.
        metrics = self.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        for column, sample in (
            (TimelineModel.WHEN, "Wed 30 Sep 2024, about 21:30"),
            (TimelineModel.WHERE, "Car park at work"),
            (TimelineModel.BEHAVIOURS, "Watching or spying"),
            (TimelineModel.PEOPLE, "Mark Ellison"),
            (TimelineModel.FILES, self.tr("Files")),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + pad)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TimelineModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)

        self.error = InlineMessage()
        self.empty = label(
            self.tr(
                "Nothing written yet. When something happens, choose New entry, or "
                "It happened again for something quick."
            ),
            "notice",
        )
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.behaviour.currentIndexChanged.connect(self.apply_filters)
        self.person.currentIndexChanged.connect(self.apply_filters)
        self.setTabOrder(self.search, self.date_from)

    # -- loading -------------------------------------------------------------------------------
    def mark_stale(self, select: str | None = None) -> None:
        """Something was written: fetch again next time the timeline is shown (and then
        select `select`, the entry just saved)."""
        self._stale = True
        self._select_after = select

    def refresh(self) -> None:
        """Fetch the rows on a worker if anything changed; the window stays responsive."""
        if not self._stale or not self.session.is_unlocked:
            return
        self._stale = False
        generation = self._generation
        diary = self.session.diary

        def done(rows: Any) -> None:
            # A lock since the fetch began must not bring the rows back.
            if generation == self._generation and self.session.is_unlocked:
                self.reload(list(rows))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.error.say(errors.describe(error))

        workers.start(lambda _p: diary.list_incidents(), done, failed)

    def reload(self, rows: list[Any] | None = None) -> None:
        """Show the light summaries of every incident (fetched here unless handed over)."""
        self._searched = None
        self._looking_up = None
        self._stale = False
        try:
            if rows is None:
                rows = self.session.diary.list_incidents()
            people = sorted({name for row in rows for name in row.people}, key=str.casefold)
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.error.clear_message()
        self.model.load(rows)
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), "")
        for name in people:
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)
        self.apply_filters()
        if self._select_after:
            self.select_number(self._select_after)
            self._select_after = None

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._search_timer.stop()
        self._searched = None
        self._looking_up = None
        self._stale = True
        self._generation += 1
        self.model.clear()
        self.proxy.set_predicate(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.person.clear()
        self.count.clear()

    def clear_filters(self) -> None:
        for widget in (self.search, self.date_from, self.date_to, self.behaviour, self.person):
            widget.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(ANY_DAY)
        self.date_to.setDate(ANY_DAY)
        self.behaviour.setCurrentIndex(0)
        self.person.setCurrentIndex(0)
        for widget in (self.search, self.date_from, self.date_to, self.behaviour, self.person):
            widget.blockSignals(False)
        self.apply_filters()

    # -- filtering -----------------------------------------------------------------------------
    def current_filter(self) -> TimelineFilter | None:
        """What to show; None while the words are still being looked up."""
        words = self.search.text().strip()
        numbers: set[str] | None = None
        if words and self._searched is not None and self._searched[0] == words:
            numbers = self._searched[1]
        elif words:
            self._look_up(words)
            return None
        return TimelineFilter(
            date_from=_day(self.date_from),
            date_to=_day(self.date_to),
            behaviour=str(self.behaviour.currentData() or "") or None,
            person=str(self.person.currentData() or "") or None,
            numbers=numbers,
        )

    def _look_up(self, words: str) -> None:
        """Ask the core's full-text index on a worker; the window keeps taking key presses.

        The index also covers notes added later and people's details, which the summaries
        do not carry."""
        if self._looking_up == words:
            return
        self._looking_up = words
        generation = self._generation
        diary = self.session.diary

        def done(found: Any) -> None:
            # Dropped if the diary was locked or the rows reloaded since: ask again instead.
            if generation != self._generation or self._looking_up != words:
                return
            self._looking_up = None
            self._searched = (words, set(found))
            if self.search.text().strip() == words:
                self.apply_filters()

        def failed(error: BaseException) -> None:
            if generation == self._generation and self._looking_up == words:
                self._looking_up = None
                self._searched = (words, set())
                self.error.say(errors.describe(error))

        self.count.setText(self.tr("Searching…"))
        workers.start(lambda _p: diary.matching_incidents(words), done, failed)

    @property
    def searching(self) -> bool:
        return self._looking_up is not None

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if not self.session.is_unlocked:
            return
        wanted = self.current_filter()
        if wanted is None:
            return  # applied when the words come back
        self.proxy.set_predicate(None if wanted.is_empty() else wanted.matches)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty.setVisible(total == 0)
        if shown == total:
            self.count.setText(
                self.tr("1 entry") if total == 1 else self.tr("{n} entries").format(n=total)
            )
        else:
            self.count.setText(
                self.tr("Showing {shown} of {total} entries").format(shown=shown, total=total)
            )

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(KEY_ROLE)
        if number:
            self.open_incident.emit(str(number))

    def select_number(self, number: str) -> None:
        row = self.model.row_of_key(number)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _first_month(self) -> QDate:
        """The day of the earliest entry shown, else today: where "From" opens its calendar."""
        rows = self.model.rows()
        if not rows:
            return QDate.currentDate()
        first = text.local(min(rows, key=lambda row: order_key(row.occurred_start)).occurred_start)
        return QDate(first.year, first.month, first.day)

    def focus_first(self) -> None:
        self.table.setFocus()
