"""Qt item models over the court records: orders, one order's conditions, the risk topics and
the statement's paragraphs. Each holds only what the core hands back, and forgets it on lock."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from diary.records.court_types import (
    CONDITION_KINDS,
    Condition,
    Order,
    RiskAnswer,
    StatementParagraph,
)
from ui.models import ROW_ROLE, Column, Index, RecordTableModel


def _tr(source: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py); the core's word tables are listed there too.
    return QCoreApplication.translate("", source)


def day_words(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def _day_key(value: date | None) -> date:
    return value or date.min


class OrdersModel(RecordTableModel):
    key_attr = "ref"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Order"), lambda o: o.ref, lambda o: o.number),
                Column(_tr("Kind"), lambda o: _tr(o.kind_label)),
                Column(_tr("Status"), lambda o: _tr(o.status_label)),
                Column(_tr("Against"), lambda o: o.against),
                Column(_tr("Made"), lambda o: day_words(o.made), lambda o: _day_key(o.made)),
                Column(_tr("Ends"), lambda o: day_words(o.expires), lambda o: _day_key(o.expires)),
                Column(_tr("Conditions"), lambda o: str(len(o.conditions)), _condition_count),
                Column(_tr("Breaches"), lambda o: str(breach_count(o)), breach_count),
            ],
            parent,
        )


def _condition_count(order: Order) -> int:
    return len(order.conditions)


def breach_count(order: Order) -> int:
    return sum(len(c.breaches) for c in order.conditions)


class ConditionsModel(RecordTableModel):
    """The conditions of one order, with how often each was broken and why it is needed."""

    key_attr = "ref"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Condition"), lambda c: c.ref, lambda c: c.number),
                Column(_tr("Words of the order"), lambda c: c.text),
                Column(_tr("Kind"), lambda c: _tr(CONDITION_KINDS.get(c.kind, c.kind))),
                Column(_tr("Broken"), _broken, lambda c: len(c.breaches)),
                Column(_tr("Why it is needed"), lambda c: ", ".join(c.reasons)),
            ],
            parent,
        )


def _broken(condition: Condition) -> str:
    if not condition.breaches:
        return _tr("not recorded")
    return ", ".join(b.incident for b in condition.breaches)


class RiskModel(RecordTableModel):
    """The eleven topics, the person's answers and what the diary suggests on each."""

    key_attr = "key"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Topic"), lambda a: _tr(a.topic.title)),
                Column(_tr("Your answer"), lambda a: _tr(a.answer_label)),
                Column(_tr("Your note"), lambda a: a.note),
                Column(_tr("The diary shows"), _suggestion_words),
            ],
            parent,
        )

    def row_of_key(self, key: str) -> int:
        for row, answer in enumerate(self.rows()):
            if answer.topic.key == key:
                return row
        return -1


def _suggestion_words(answer: RiskAnswer) -> str:
    return answer.suggestion.reason if answer.suggestion else ""


class ParagraphsModel(QAbstractListModel):
    """The statement's paragraphs, numbered as they will be printed; edited in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[StatementParagraph] = []

    def load(self, items: list[StatementParagraph]) -> None:
        self.beginResetModel()
        self._items = [
            StatementParagraph(p.text, p.kind, list(p.incidents), list(p.exhibits)) for p in items
        ]
        self.endResetModel()

    def items(self) -> list[StatementParagraph]:
        return [
            StatementParagraph(p.text, p.kind, list(p.incidents), list(p.exhibits))
            for p in self._items
        ]

    def clear(self) -> None:
        self.load([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            words = " ".join(item.text.split())
            return f"{index.row() + 1}.  {words[:160]}{'…' if len(words) > 160 else ''}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("Paragraph {n}: {text}").format(n=index.row() + 1, text=item.text)
        if role == ROW_ROLE:
            return item
        return None

    def set_text(self, row: int, text: str) -> None:
        if 0 <= row < len(self._items) and self._items[row].text != text:
            self._items[row].text = text
            where = self.index(row)
            self.dataChanged.emit(where, where)

    def insert(self, row: int, paragraph: StatementParagraph) -> int:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, paragraph)
        self.endInsertRows()
        # Every later paragraph's number changed.
        self.dataChanged.emit(self.index(row), self.index(len(self._items) - 1))
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        if self._items:
            self.dataChanged.emit(
                self.index(min(row, len(self._items) - 1)), self.index(len(self._items) - 1)
            )

    def move(self, row: int, by: int) -> int:
        target = row + by
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        first, last = min(row, target), max(row, target)
        self._items[first], self._items[last] = self._items[last], self._items[first]
        self.dataChanged.emit(self.index(first), self.index(last))
        return target
