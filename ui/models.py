"""Qt item models over the core's records (timeline, people, exhibits, messages); each holds
only the light rows the core hands back, and forgets them on lock."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

from diary.timeutil import order_key
from ui import text, vocab

_NO_TIME = datetime.min.replace(tzinfo=UTC)  # a time not known sorts first

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the core object behind a row
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # its number or reference


def _tr(source: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", source)


def plain_tooltip(shown: str) -> str | None:
    """A tooltip that shows text exactly as written.

    Qt draws a tooltip that looks like HTML as HTML, so a name or note from a pack or an import
    file (`<img src=…>`) would be rendered; escaped inside a rich-text paragraph it is not.
    """
    if not shown:
        return None
    return f"<p style='white-space:pre-wrap'>{html.escape(shown)}</p>"


class Column:
    """One column: a translated header, how to show a row in it, and how to sort by it."""

    def __init__(
        self,
        header: str,
        show: Callable[[Any], str],
        sort_key: Callable[[Any], Any] | None = None,
    ) -> None:
        self.header = header
        self.show = show
        self.sort_key = sort_key or show


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of core records; sorting happens here in Python, all at once,
    because a proxy comparing cell by cell through Python would be far too slow at 10,000 rows."""

    key_attr: ClassVar[str] = "number"

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []
        self._shown: dict[tuple[int, int], str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------------------------
    def load(self, rows: Sequence[Any]) -> None:
        """Replace every row, in the order last asked for with `sort`."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self._shown = {}
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    def rows(self) -> list[Any]:
        return self._rows

    def text_of(self, obj: Any) -> str:
        """Everything a row shows, as one string, for finding words in it."""
        return " ".join(column.show(obj) for column in self._columns)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def row_of_key(self, key: str) -> int:
        for row, obj in enumerate(self._rows):
            if str(getattr(obj, self.key_attr, "")) == key:
                return row
        return -1

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (row, column)
            shown = self._shown.get(key)
            if shown is None:
                shown = self._columns[column].show(self._rows[row])
                self._shown[key] = shown
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(shown)
            return shown
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._columns[column].header}: {self.data(index)}"
        if role == ROW_ROLE:
            return self._rows[row]
        if role == KEY_ROLE:
            return str(getattr(self._rows[row], self.key_attr, ""))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[i.row()], i.column()) for i in persistent]
        self._sort_rows()
        self._shown = {}
        if persistent:
            # Only indexes someone holds on to (a selection, the current row) need moving.
            where = {id(obj): row for row, obj in enumerate(self._rows)}
            moved = [self.index(where[id(obj)], column_) for obj, column_ in before]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key = self._columns[column].sort_key
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class RecordFilterProxy(QSortFilterProxyModel):
    """Passes sorting to the source (fast, in one go) and filters rows with a Python predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accept: Callable[[Any], bool] | None = None
        self.setDynamicSortFilter(False)

    def set_predicate(self, accept: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accept is None:
            return True
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return True
        return self._accept(source.row_object(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)


# -- timeline --------------------------------------------------------------------------------------


def _behaviours(row: Any) -> str:
    return ", ".join(vocab.behaviour_words(code) for code in getattr(row, "behaviours", []) or [])


def _who_did_it(row: Any) -> str:
    # Only who did it: the core keeps witnesses apart (IncidentSummary.perpetrators).
    people = getattr(row, "perpetrators", None) or []
    return ", ".join(getattr(p, "name", p) for p in people)


def _where(row: Any) -> str:
    return str(getattr(row, "location", "") or getattr(row, "channel", "") or "")


def _what(row: Any) -> str:
    raw = getattr(row, "summary", None) or getattr(row, "description", "") or ""
    return text.brief(str(raw))


def _exhibit_count(row: Any) -> str:
    count = int(getattr(row, "exhibit_count", 0) or 0)
    return str(count) if count else ""


class TimelineModel(RecordTableModel):
    """Every incident as one lightweight summary row, newest first."""

    WHEN, WHERE, WHAT, BEHAVIOURS, PEOPLE, FILES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("When"),
                    lambda r: text.when(r.occurred_start, getattr(r, "precision", "exact")),
                    lambda r: r.occurred_start,
                ),
                Column(_tr("Where"), _where, lambda r: _where(r).casefold()),
                Column(_tr("What happened"), _what, lambda r: _what(r).casefold()),
                Column(_tr("What they did"), _behaviours),
                Column(_tr("Who"), _who_did_it, lambda r: _who_did_it(r).casefold()),
                Column(
                    _tr("Files"),
                    _exhibit_count,
                    lambda r: int(getattr(r, "exhibit_count", 0) or 0),
                ),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() == self.FILES
        ):
            return Qt.AlignmentFlag.AlignCenter
        return super().data(index, role)


def still_here(widget: Any) -> bool:
    """Whether a Qt object's C++ side is still alive: an answer from a worker can arrive after
    its page was deleted (a new language rebuilds the window while the diary stays open)."""
    return bool(shiboken6.isValid(widget))


PAGE_ROWS = 200
# The core's names for the orders a listing can be sorted in (diary.records.incidents.SORTS).
SORT_KEYS = ("when", "where", "what", "behaviours", "who", "files")
# (query, sort key, newest or last first, offset, limit) -> summaries; the core's incident_page.
FetchPage = Callable[[Any, str, bool, int, int], Sequence[Any]]
StartWork = Callable[
    [Callable[[Any], Any], Callable[[Any], None], Callable[[BaseException], None]], Any
]


class PagedTimelineModel(TimelineModel):
    """The timeline a page at a time: the first screen comes straight from the core's paging
    API (filtered and ordered in the database), and more pages as the person scrolls
    (canFetchMore / fetchMore), each fetched off the GUI thread through `start`.

    `load(rows)` still shows a whole list handed over at once (the rows fetched while
    unlocking); sorting such a list happens here, sorting a paged one asks the core again.
    """

    page_arrived = Signal()
    fetch_failed = Signal(object)

    def __init__(self, start: StartWork, parent: Any = None) -> None:
        super().__init__(parent)
        self._start = start
        self._fetch: FetchPage | None = None
        self._query: Any = None
        self._sort_key = "when"
        self._newest_first = True
        self._complete = True
        self._pending = False
        self._generation = 0

    # -- what is shown ---------------------------------------------------------------------------
    def show_query(
        self, fetch: FetchPage, query: Any, first_page: Sequence[Any] | None = None
    ) -> None:
        """Show what `query` finds, a page at a time, from the first page (fetched here, or
        `first_page` when it was fetched already, in this model's order)."""
        self._fetch, self._query = fetch, query
        self._restart(complete=False)
        if first_page is None:
            self._fetch_page()
            return
        self._rows = list(first_page)
        self._complete = len(self._rows) < PAGE_ROWS
        self.beginResetModel()
        self.endResetModel()

    def load(self, rows: Sequence[Any]) -> None:
        self._fetch, self._query = None, None
        self._generation += 1
        self._pending = False
        self._complete = True
        super().load(rows)

    @property
    def complete(self) -> bool:
        """Every row the query finds is here (nothing more to fetch)."""
        return self._complete and not self._pending

    @property
    def fetching(self) -> bool:
        return self._pending

    @property
    def query(self) -> Any:
        return self._query

    def _restart(self, *, complete: bool) -> None:
        self._generation += 1
        self._pending = False
        self._complete = complete
        self.beginResetModel()
        self._rows = []
        self._shown = {}
        self.endResetModel()

    # -- Qt's incremental fetching ---------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch_page()

    def _fetch_page(self) -> None:
        fetch = self._fetch
        if fetch is None or self._pending or self._complete:
            return
        self._pending = True
        generation = self._generation
        query, key, newest, offset = (
            self._query,
            self._sort_key,
            self._newest_first,
            len(self._rows),
        )

        def done(result: Any) -> None:
            if not still_here(self) or generation != self._generation:
                return  # asked again since (new words, another order, a lock), or gone
            self._pending = False
            rows = list(result)
            self._complete = len(rows) < PAGE_ROWS
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.page_arrived.emit()

        def failed(error: BaseException) -> None:
            if still_here(self) and generation == self._generation:
                self._pending = False
                self._complete = True
                self.fetch_failed.emit(error)

        self._start(lambda _p: fetch(query, key, newest, offset, PAGE_ROWS), done, failed)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._fetch is None:
            super().sort(column, order)
            return
        if not 0 <= column < len(SORT_KEYS):
            return
        self._sort = (column, order)
        self._sort_key = SORT_KEYS[column]
        self._newest_first = order == Qt.SortOrder.DescendingOrder
        self._restart(complete=False)
        self._fetch_page()


class TimelineFilter:
    """What the person asked to see; `matches` runs once per row, so it keeps to set look-ups."""

    def __init__(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        behaviour: str | None = None,
        person: str | None = None,
        numbers: set[str] | None = None,
    ) -> None:
        self.date_from = date_from
        self.date_to = date_to
        self.behaviour = behaviour
        self.person = person.casefold() if person else None
        self.numbers = numbers  # from the core's full-text search; None means no text asked

    def is_empty(self) -> bool:
        return not (self.date_from or self.date_to or self.behaviour or self.person) and (
            self.numbers is None
        )

    def matches(self, row: Any) -> bool:
        if self.numbers is not None and row.number not in self.numbers:
            return False
        if self.date_from or self.date_to:
            day = text.local(row.occurred_start).date()
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
        if self.behaviour:
            codes = getattr(row, "behaviours", []) or []
            prefix = self.behaviour + "."
            if not any(c == self.behaviour or c.startswith(prefix) for c in codes):
                return False
        if self.person:
            people = getattr(row, "people", None) or getattr(row, "perpetrators", None) or []
            names = [str(getattr(p, "name", p)).casefold() for p in people]
            if not any(self.person in name for name in names):
                return False
        return True


# -- people, exhibits, messages --------------------------------------------------------------------


def _join(values: Any) -> str:
    if not values:
        return ""
    if isinstance(values, str):
        return values
    return ", ".join(str(v) for v in values)


def _role_words(role: str) -> str:
    return {
        "perpetrator": _tr("The person doing it"),
        "witness": _tr("Witness"),
        "other": _tr("Someone else"),
    }.get(role, role)


class PeopleModel(RecordTableModel):
    key_attr = "name"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Name"), lambda p: str(p.name), lambda p: str(p.name).casefold()),
                Column(_tr("Who they are to me"), lambda p: str(getattr(p, "relationship", ""))),
                Column(_tr("Role"), lambda p: _role_words(str(getattr(p, "role", "")))),
                Column(_tr("Phone numbers"), lambda p: _join(getattr(p, "phones", []))),
                Column(_tr("Emails and accounts"), _accounts),
                Column(_tr("Vehicles"), lambda p: _join(getattr(p, "vehicles", []))),
            ],
            parent,
        )


def _accounts(person: Any) -> str:
    return _join(
        list(getattr(person, "emails", []) or []) + list(getattr(person, "handles", []) or [])
    )


def _exhibit_kind(exhibit: Any) -> str:
    """ "Picture (PNG)", as the pack viewer says it; never a media type like image/png."""
    from ui.pack_models import kind_words  # it builds on this module, so asked for here

    return kind_words(
        str(getattr(exhibit, "media_type", "")), str(getattr(exhibit, "original_name", ""))
    )


class ExhibitsModel(RecordTableModel):
    key_attr = "ref"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Reference"), lambda e: str(e.ref), _ref_key),
                Column(_tr("File name"), lambda e: str(getattr(e, "original_name", ""))),
                Column(_tr("Kind"), _exhibit_kind),
                Column(_tr("Size"), lambda e: text.size(int(e.size)), lambda e: int(e.size)),
                Column(
                    _tr("Added"),
                    lambda e: text.stamp(e.imported_at),
                    lambda e: e.imported_at,
                ),
                Column(_tr("Incidents"), lambda e: _join(getattr(e, "incidents", []))),
            ],
            parent,
        )


def _ref_key(exhibit: Any) -> tuple[str, int]:
    ref = str(exhibit.ref)
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters) :]
    return (letters, int(digits) if digits else 0)


def _direction_words(direction: str) -> str:
    return {
        "in": _tr("Received"),
        "incoming": _tr("Received"),
        "out": _tr("Sent"),
        "outgoing": _tr("Sent"),
        "missed": _tr("Missed call"),
    }.get(direction, direction)


def _channel_words(channel: str) -> str:
    return {
        "sms": _tr("Text message"),
        "mms": _tr("Picture message"),
        "call": _tr("Phone call"),
        "whatsapp": "WhatsApp",
        "telegram": "Telegram",
        "email": _tr("Email"),
    }.get(channel.lower(), channel)


class MessagesModel(RecordTableModel):
    """Messages come in pages as the person scrolls: a case can hold 100,000 of them."""

    key_attr = "id"
    PAGE = 500

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("When"),
                    lambda m: text.stamp(m.sent_at) if m.sent_at else _tr("time not known"),
                    lambda m: order_key(m.sent_at) if m.sent_at else _NO_TIME,
                ),
                Column(_tr("How"), lambda m: _channel_words(str(getattr(m, "channel", "")))),
                Column(
                    _tr("Sent or received"),
                    lambda m: _direction_words(str(getattr(m, "direction", ""))),
                ),
                Column(_tr("From"), lambda m: str(getattr(m, "sender", ""))),
                Column(_tr("Message"), lambda m: text.brief(str(getattr(m, "body", "")), 200)),
            ],
            parent,
        )
        self._fetch: Callable[[int, int], Sequence[Any]] | None = None
        self._exhausted = True

    def set_source(self, fetch: Callable[[int, int], Sequence[Any]] | None) -> None:
        """`fetch(offset, limit)` gives the next rows; None empties the model."""
        self._fetch = fetch
        self._exhausted = fetch is None
        self.load(fetch(0, self.PAGE) if fetch else [])
        self._exhausted = self._exhausted or len(self._rows) < self.PAGE

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        more = list(self._fetch(len(self._rows), self.PAGE))
        if len(more) < self.PAGE:
            self._exhausted = True
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def clear(self) -> None:
        self.set_source(None)


# -- small list models -----------------------------------------------------------------------------


class CheckableListModel(QAbstractListModel):
    """A list with a tick box on each row. Subclasses say what a row's key and words are; the
    ticks are kept by key, so they survive the same rows being loaded again."""

    KEY_ROLE = Qt.ItemDataRole.UserRole + 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._ticked: set[str] = set()

    def key_of(self, item: Any) -> str:
        raise NotImplementedError

    def words_of(self, item: Any) -> str:
        raise NotImplementedError

    def set_items(self, items: Sequence[Any], ticked: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._ticked = set(ticked)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.words_of(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self.key_of(item) in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == self.KEY_ROLE:
            return self.key_of(item)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.key_of(self._items[index.row()])
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def ticked(self) -> list[str]:
        """The keys ticked, in the list's order."""
        return [self.key_of(item) for item in self._items if self.key_of(item) in self._ticked]

    def set_ticked(self, keys: Sequence[str]) -> None:
        self._ticked = set(keys)
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def row_of(self, key: str) -> int:
        for row, item in enumerate(self._items):
            if self.key_of(item) == key:
                return row
        return -1


class CheckListModel(CheckableListModel):
    """Choices with a tick box each (behaviours, effects on daily life); codes shown small."""

    CODE_ROLE = CheckableListModel.KEY_ROLE

    def __init__(self, choices: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.set_items(choices)

    def key_of(self, item: Any) -> str:
        return str(item[0])

    def words_of(self, item: Any) -> str:
        return str(item[1])

    def checked(self) -> list[str]:
        return self.ticked()

    def set_checked(self, keys: Sequence[str]) -> None:
        self.set_ticked(keys)


class StringListModel(QAbstractListModel):
    """A short list the person builds up in the editor (people, reports, files to attach)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, Any]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        words, value = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return words
        if role == ROW_ROLE:
            return value
        return None

    def add(self, words: str, value: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append((words, value))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def values(self) -> list[Any]:
        return [value for _, value in self._items]

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()


def thumbnail(data: bytes | None) -> QImage | None:
    """A picture's thumbnail, made in memory (None when the bytes are not a picture). A page
    makes these on a worker (a QImage, unlike a QPixmap, may be made there), but decoding keeps
    Python's lock, which the window needs: a camera's photo decoded whole took 35-70 ms, so it
    is decoded straight to about twice the thumbnail's size (a JPEG then takes 2 ms)."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size, room = reader.size(), ThumbnailModel.SIZE * 2
    if size.isValid() and (size.width() > room.width() or size.height() > room.height()):
        reader.setScaledSize(size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
    full = reader.read()
    if full.isNull():
        return None
    return full.scaled(
        ThumbnailModel.SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class ThumbnailModel(QAbstractListModel):
    """Exhibit thumbnails made in memory from decrypted bytes; nothing is ever written to disk."""

    SIZE = QSize(160, 120)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str, QImage | None]] = []

    def load(self, items: list[tuple[str, str, bytes | None]]) -> None:
        """Each item: reference, caption, the file's bytes (None when it is not a picture)."""
        self.show([(ref, caption, thumbnail(data)) for ref, caption, data in items])

    def show(self, items: list[tuple[str, str, QImage | None]]) -> None:
        """Each item: reference, caption, its thumbnail made already (None: no picture yet)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        ref, caption, image = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{ref}\n{caption}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("File {ref}: {name}").format(ref=ref, name=caption)
        if role == Qt.ItemDataRole.DecorationRole:
            return image
        if role == KEY_ROLE:
            return ref
        return None
