"""The diary's timeline: every incident in one table, filtered by date, behaviour, person and words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
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

from diary.errors import DaybookError
from diary.records.incidents import IncidentQuery
from ui import errors, text, vocab, workers
from ui.models import (
    KEY_ROLE,
    PAGE_ROWS,
    FetchPage,
    PagedTimelineModel,
    RecordFilterProxy,
    TimelineModel,
    still_here,
)
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
        self._stale = True
        self._counting = False
        self._total: int | None = None  # every entry in the diary, once counted
        self._select_after: str | None = None
        self._generation = 0  # moves on at every lock, so late answers are dropped
        self.model = PagedTimelineModel(workers.start, self)
        self.model.page_arrived.connect(self._page_arrived)
        self.model.fetch_failed.connect(self._fetch_failed)
        # Filtering and ordering happen in the core; the proxy only passes sorting on to it.
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
        """Fetch again if anything changed: the first page at once, on a worker, the rest as
        the person scrolls; the window stays responsive."""
        if not self._stale or not self.session.is_unlocked:
            return
        self._stale = False
        self._load_people()
        self.apply_filters(again=True)

    def reload(self, first_page: list[Any] | None = None) -> None:
        """Show the timeline from the start, a page at a time from the core; `first_page`,
        when handed over (fetched while unlocking, newest first), is shown at once."""
        self._stale = False
        self.error.clear_message()
        self._load_people()
        if first_page is None or self.current_query() != IncidentQuery():
            self.apply_filters(again=True)
            return
        self.model.show_query(self._page_source(), IncidentQuery(), first_page=first_page)
        self._page_arrived()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._search_timer.stop()
        self._stale = True
        self._generation += 1
        self._total = None
        self.model.load([])
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

    def _load_people(self) -> None:
        generation = self._generation
        diary = self.session.diary

        def done(names: Any) -> None:
            if still_here(self) and generation == self._generation and self.session.is_unlocked:
                self._set_people(list(names))

        workers.start(
            lambda _p: sorted((p.name for p in diary.list_people()), key=str.casefold),
            done,
            lambda _error: None,  # the filter's list of people can wait for the next refresh
        )

    def _set_people(self, names: list[str]) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), "")
        for name in names:
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)

    # -- filtering -----------------------------------------------------------------------------
    def current_query(self) -> IncidentQuery:
        """What the filters ask for, as the core's query (words, whole local days, a
        behaviour, a person)."""
        day_from, day_to = _day(self.date_from), _day(self.date_to)
        return IncidentQuery(
            search=self.search.text().strip() or None,
            date_from=datetime.combine(day_from, time.min).astimezone() if day_from else None,
            date_to=datetime.combine(day_to, time.max).astimezone() if day_to else None,
            behaviour=str(self.behaviour.currentData() or "") or None,
            person=str(self.person.currentData() or "") or None,
        )

    @property
    def searching(self) -> bool:
        """A page is being fetched (the count beside it may follow a moment later)."""
        return self.model.fetching

    def apply_filters(self, *, again: bool = False) -> None:
        """Ask the core for the first page of what the filters say (and then more as the
        person scrolls); the words are looked up in the full-text index, which also covers
        notes added later and people's details."""
        self._search_timer.stop()
        if not self.session.is_unlocked:
            return
        query = self.current_query()
        if not again and self.model.query == query:
            return
        self.count.setText(self.tr("Searching…"))
        self.model.show_query(self._page_source(), query)

    def _page_source(self) -> FetchPage:
        diary = self.session.diary

        def page(q: Any, key: str, newest: bool, offset: int, limit: int) -> Any:
            return diary.incident_page(q, sort=key, newest_first=newest, offset=offset, limit=limit)

        return page

    def _page_arrived(self) -> None:
        self.error.clear_message()
        if self.model.rowCount() <= PAGE_ROWS:
            self._count_matches()
        self._after_rows()

    def _after_rows(self) -> None:
        if self._select_after and self.select_number(self._select_after):
            self._select_after = None

    def _count_matches(self) -> None:
        """How many the filters find, and how many there are in all: counted by the core
        (nothing more is fetched), or known already when every row is here."""
        query = self.model.query
        if query is None:
            return
        if self.model.complete and query == IncidentQuery():
            self._total = self.model.rowCount()
            self._show_count(self._total)
            return
        generation = self._generation
        diary = self.session.diary
        known_total = self._total
        self._counting = True

        def work(_p: Any) -> tuple[int, int]:
            shown = diary.count_matching(query)
            total = known_total if known_total is not None else diary.count_matching()
            return shown, total

        def done(counts: Any) -> None:
            if not still_here(self):
                return  # the window was rebuilt (a new language) while counting
            self._counting = False
            if generation != self._generation or self.model.query != query:
                return
            shown, self._total = counts
            self._show_count(shown)

        def failed(error: BaseException) -> None:
            if not still_here(self):
                return
            self._counting = False
            if generation == self._generation:
                self.error.say(errors.describe(error))

        workers.start(work, done, failed)

    def _show_count(self, shown: int) -> None:
        total = self._total if self._total is not None else shown
        self.empty.setVisible(total == 0)
        if shown == total:
            self.count.setText(
                self.tr("1 entry") if total == 1 else self.tr("{n} entries").format(n=total)
            )
        else:
            self.count.setText(
                self.tr("Showing {shown} of {total} entries").format(shown=shown, total=total)
            )

    def _fetch_failed(self, error: BaseException) -> None:
        self.count.clear()
        self.error.say(errors.describe(error))

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(KEY_ROLE)
        if number:
            self.open_incident.emit(str(number))

    def select_number(self, number: str) -> bool:
        """Select an entry if it is among the rows fetched so far; says whether it was."""
        row = self.model.row_of_key(number)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            return True
        return False

    def matching_rows_reader(self) -> Callable[[], list[Any]]:
        """A function that returns every entry the filters find, not only the pages fetched so
        far (for the charts). It reads the diary, so run it on a worker; what it reads is
        decided now, so a filter changed meanwhile does not change its answer."""
        if self.model.complete:
            rows = list(self.model.rows())
            return lambda: rows
        query = self.model.query or IncidentQuery()
        diary = self.session.diary
        return lambda: list(diary.incident_page(query, limit=None))

    def _first_month(self) -> QDate:
        """The day of the diary's earliest entry, else today: where "From" opens its calendar.
        Asked of the core (one row): the timeline holds only the pages fetched so far."""
        try:
            first = self.session.diary.incident_page(newest_first=False, limit=1)
        except DaybookError:
            first = []
        if not first:
            return QDate.currentDate()
        day = text.local(first[0].occurred_start)
        return QDate(day.year, day.month, day.day)

    def focus_first(self) -> None:
        self.table.setFocus()
