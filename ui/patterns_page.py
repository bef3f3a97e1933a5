"""Patterns: the pack's charts (each week, time of day against day of the week, each day of the
week, each behaviour month by month) for whatever the timeline shows now. The numbers come from
the core (diary/patterns.py), worked out on a worker from the rows it is handed (the whole
diary can be tens of thousands of entries); this only draws them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary.patterns import DAYS, NO_BEHAVIOUR, Patterns, patterns
from ui import errors, vocab, workers
from ui.models import Index, still_here
from ui.widgets import InlineMessage, busy_bar, label, scrolling, title

# The pack's palette: distinct in print and for the commonest colour blindness.
PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
]  # fmt: skip


class CountsModel(QAbstractTableModel):
    """A chart's numbers as a read-only table: a view over the counts, so a chart of hundreds
    of weeks is shown at once (no item is made for each cell)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._cells: list[list[int]] = []

    def set_counts(
        self, rows: Sequence[str], columns: Sequence[str], cells: Sequence[Sequence[int]]
    ) -> None:
        self.beginResetModel()
        self._rows, self._columns = list(rows), list(columns)
        self._cells = [list(row) for row in cells]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return str(self._cells[index.row()][index.column()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return names[section] if 0 <= section < len(names) else None


def numbers_table(name: str) -> QTableView:
    """The numbers a chart draws, as a table a screen reader can read cell by cell."""
    table = QTableView()
    table.setModel(CountsModel(table))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAccessibleName(
        QCoreApplication.translate("PatternsPage", "{name}, as a table").format(name=name)
    )
    table.hide()
    return table


def fill_table(
    table: QTableView, rows: Sequence[str], columns: Sequence[str], cells: list[list[int]]
) -> None:
    model = table.model()
    assert isinstance(model, CountsModel)
    model.set_counts(rows, columns, cells)


class StackedBars(QWidget):
    """Bars for each category, stacked by series; labels under every few bars."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._labels: list[str] = []
        self._series: list[tuple[str, list[int]]] = []
        self.table_view = numbers_table(name)

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, list[int]]]) -> None:
        self._labels = list(labels)
        self._series = list(series)
        totals = [sum(s[1][i] for s in self._series) for i in range(len(self._labels))]
        self.setAccessibleDescription(
            ", ".join(f"{lab}: {n}" for lab, n in zip(self._labels, totals, strict=False) if n)
        )
        columns = [
            _group_words(name) if name != "all" else self.tr("Entries") for name, _ in self._series
        ]
        fill_table(
            self.table_view,
            self._labels,
            columns,
            [[counts[i] for _name, counts in self._series] for i in range(len(self._labels))],
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text_h = metrics.lineSpacing()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -text_h - 4)
        n = len(self._labels)
        totals = [sum(s[1][i] for s in self._series) for i in range(n)]
        peak = max(totals, default=0)
        if not n or peak == 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show."))
            return
        width = area.width() / n
        every = max(1, int(metrics.horizontalAdvance("00 Mmm 0000") / max(width, 1)) + 1)
        for i in range(n):
            bottom = area.bottom()
            for k, (_name, counts) in enumerate(self._series):
                height = area.height() * counts[i] / peak
                if height:
                    painter.fillRect(
                        QRectF(area.left() + i * width, bottom - height, max(width - 1, 1), height),
                        QColor(PALETTE[k % len(PALETTE)]),
                    )
                bottom -= height
            if i % every == 0:
                painter.drawText(
                    int(area.left() + i * width), int(area.bottom() + text_h), self._labels[i]
                )
        painter.drawText(
            int(area.left()), int(area.top() + text_h), self.tr("most: {n}").format(n=peak)
        )


class HeatGrid(QWidget):
    """Time of day (across) against day of the week (down); darker means more."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._grid: dict[tuple[int, int], int] = {}
        self.table_view = numbers_table(name)

    def set_data(self, grid: dict[tuple[int, int], int]) -> None:
        self._grid = dict(grid)
        busiest = sorted(((n, key) for key, n in self._grid.items() if n), reverse=True)[:3]
        self.setAccessibleDescription(
            ", ".join(f"{DAYS[day]} {hour:02d}:00: {n}" for n, (day, hour) in busiest)
        )
        fill_table(
            self.table_view,
            list(DAYS),
            [f"{hour:02d}" for hour in range(24)],
            [[self._grid.get((day, hour), 0) for hour in range(24)] for day in range(7)],
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("Wed ") + 4
        top = metrics.lineSpacing() + 2
        cell_w = (self.width() - left - 4) / 24
        cell_h = (self.height() - top - 4) / 7
        peak = max(self._grid.values(), default=0)
        for hour in range(0, 24, 3):
            painter.drawText(int(left + hour * cell_w), metrics.ascent(), f"{hour:02d}")
        for day in range(7):
            painter.drawText(0, int(top + day * cell_h + cell_h * 0.7), DAYS[day])
            for hour in range(24):
                count = self._grid.get((day, hour), 0)
                shade = QColor("#f3f4f6")
                if count and peak:
                    strength = 0.25 + 0.75 * count / peak
                    shade = QColor.fromRgbF(
                        1 - strength * 0.88, 1 - strength * 0.77, 1 - strength * 0.63
                    )
                painter.fillRect(
                    QRectF(left + hour * cell_w, top + day * cell_h, cell_w - 1, cell_h - 1), shade
                )


def _group_words(group: str) -> str:
    if group == NO_BEHAVIOUR:
        return QCoreApplication.translate("PatternsPage", "no behaviour recorded")
    return vocab.behaviour_words(group)


class PatternsPage(QWidget):
    """Shows the patterns in the rows it is given (the timeline's current filter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.addWidget(title(self.tr("Patterns")))
        self.summary = label("", "subtitle")
        layout.addWidget(self.summary)
        self.busy = busy_bar(self.tr("Reading your diary"))
        layout.addWidget(self.busy)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        # The charts are hidden while the diary is read: numbers for another filter must not
        # stand under a summary that says it is reading.
        self.charts = QWidget()
        charts_layout = QVBoxLayout(self.charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.charts)
        self.weeks = StackedBars(self.tr("Entries each week, by what they did first"))
        self.legend = label("", "hint")
        self.grid = HeatGrid(self.tr("When it happened: time of day against day of the week"))
        self.days = StackedBars(self.tr("Entries on each day of the week"))
        self.months = StackedBars(self.tr("What they did, month by month"))
        for heading, chart in (
            (self.tr("Each week, by what they did first"), self.weeks),
            (self.tr("Time of day against day of the week"), self.grid),
            (self.tr("Each day of the week"), self.days),
            (self.tr("What they did, month by month"), self.months),
        ):
            group = QGroupBox(heading)
            group_layout = QVBoxLayout(group)
            group_layout.addWidget(chart)
            if chart is self.weeks:
                group_layout.addWidget(self.legend)
            # Every chart's numbers as a table too: a screen reader cannot read a drawing.
            show = QPushButton(self.tr("Show the numbers as a table"))
            show.setCheckable(True)
            show.setAccessibleName(
                self.tr("Show the numbers of {chart} as a table").format(chart=heading)
            )
            show.toggled.connect(chart.table_view.setVisible)
            group_layout.addWidget(show, 0, Qt.AlignmentFlag.AlignLeft)
            group_layout.addWidget(chart.table_view)
            charts_layout.addWidget(group)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, self.tr("Patterns")))
        self.found: Patterns | None = None
        self._generation = 0  # moves on at each reading and at every lock: late answers dropped

    def read(self, rows: Callable[[], Sequence[object]], filtered: bool) -> None:
        """Work out the patterns of `rows()` (every entry the timeline's filter finds; run on a
        worker, as reading them is) and draw them when they come. Meanwhile the page says it
        is reading; an answer overtaken by a newer reading, or by locking, is dropped."""
        self._generation += 1
        generation = self._generation
        self.found = None
        self.error.clear_message()
        self.summary.setText(self.tr("Reading your diary…"))
        self.charts.hide()
        self.busy.show()

        def work(_progress: workers.ProgressFn) -> Any:
            return patterns(rows())

        def done(found: Any) -> None:
            if still_here(self) and generation == self._generation:
                self.busy.hide()
                self.show_patterns(found, filtered)

        def failed(error: BaseException) -> None:
            if still_here(self) and generation == self._generation:
                self.busy.hide()
                self.summary.clear()
                self.error.say(errors.describe(error))

        workers.start(work, done, failed)

    def show_patterns(self, found: Patterns, filtered: bool) -> None:
        """Draw patterns already worked out (cheap: the numbers are counted)."""
        self.found = found
        self.charts.show()
        n = found.total
        if filtered:
            if n == 0:
                words = self.tr("The diary's filter shows no entries now.")
            elif n == 1:
                words = self.tr("For the 1 entry the diary's filter shows now.")
            else:
                words = self.tr("For the {n} entries the diary's filter shows now.")
        elif n == 0:
            words = self.tr("There are no entries yet.")
        elif n == 1:
            words = self.tr("For your 1 entry.")
        else:
            words = self.tr("For all {n} entries.")
        self.summary.setText(words.format(n=n))
        series = [(g, found.per_week[g]) for g in found.groups]
        self.weeks.set_data([f"{d.day} {d:%b %Y}" for d in found.week_starts], series)
        self.legend.setText(
            "  ".join(
                f'<span style="color:{PALETTE[k % len(PALETTE)]}">■</span> {_group_words(g)}'
                for k, g in enumerate(found.groups)
            )
        )
        self.grid.set_data(found.time_grid)
        self.days.set_data(list(DAYS), [("all", found.per_weekday)])
        self.months.set_data(found.months, [(g, found.per_month[g]) for g in found.groups])

    def clear(self) -> None:
        self._generation += 1  # a reading still on its way is not shown once locked
        self.busy.hide()
        self.error.clear_message()
        self.show_patterns(patterns([]), False)
        self.found = None
