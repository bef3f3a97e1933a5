"""Models for the evidence pack and import screens: a pack's incidents and exhibits (from its
manifest, never a vault), what an export leaves out, chats in an export, suggested incidents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ui import text, vocab
from ui.models import CheckableListModel, Column, Index, RecordTableModel


def _tr(source: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", source)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


_CHANNELS = {
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "sms": "Text message",
    "mms": "Picture message",
    "email": "Email",
    "call": "Phone call",
}


def channel_words(channel: str) -> str:
    """A channel as a person names it: "WhatsApp", never the importer's "whatsapp"."""
    known = _CHANNELS.get(channel.strip().casefold())
    return _tr(known) if known else channel


def _words(values: Any) -> str:
    if not isinstance(values, list):
        return ""
    return ", ".join(str(v) for v in values)


# -- a pack's chronology and exhibits ----------------------------------------------------------


@dataclass(frozen=True)
class PackIncidentRow:
    """One incident as the pack's manifest.json records it, ready to show."""

    number: str
    occurred: datetime | None
    precision: str
    where: str
    description: str
    behaviours: tuple[str, ...]
    exhibits: tuple[str, ...]
    page: str
    details: str

    @classmethod
    def from_manifest(cls, item: Any) -> PackIncidentRow:
        item = item if isinstance(item, dict) else {}
        codes = tuple(str(c) for c in item.get("behaviours") or [] if isinstance(c, str))
        where = str(item.get("location") or channel_words(str(item.get("channel") or "")))
        occurred = _time(item.get("occurred_start"))
        precision = str(item.get("precision") or "exact")
        facts = [
            (_tr("When"), text.when(occurred, precision) if occurred else ""),
            (_tr("Where"), where),
            (
                _tr("What they did"),
                ", ".join(f"{vocab.behaviour_words(c)} ({c})" for c in codes),
            ),
            (_tr("Exact words"), str(item.get("exact_words") or "")),
            (_tr("Threats"), str(item.get("threats") or "")),
            (_tr("Exhibits"), _words(item.get("exhibits"))),
            (_tr("Page in the report"), str(item.get("report_page") or "")),
        ]
        lines = [str(item.get("description") or "")]
        lines += [f"{name}: {value}" for name, value in facts if value]
        return cls(
            number=str(item.get("number") or ""),
            occurred=occurred,
            precision=precision,
            where=where,
            description=str(item.get("description") or ""),
            behaviours=codes,
            exhibits=tuple(str(e) for e in item.get("exhibits") or [] if isinstance(e, str)),
            page=str(item.get("report_page") or ""),
            details="\n".join(line for line in lines if line),
        )


def _when(row: PackIncidentRow) -> str:
    return text.when(row.occurred, row.precision) if row.occurred else _tr("Not known")


def _when_key(row: PackIncidentRow) -> tuple[int, float]:
    return (0, row.occurred.timestamp()) if row.occurred else (1, 0.0)


class PackIncidentsModel(RecordTableModel):
    """The pack's chronology: one row an incident, oldest first as in the report."""

    key_attr = "number"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("No."), lambda r: r.number),
                Column(_tr("When"), _when, _when_key),
                Column(_tr("Where or how"), lambda r: r.where, lambda r: r.where.casefold()),
                Column(
                    _tr("What happened"),
                    lambda r: text.brief(r.description),
                    lambda r: r.description.casefold(),
                ),
                Column(
                    _tr("What they did"),
                    lambda r: ", ".join(f"{vocab.behaviour_words(c)} ({c})" for c in r.behaviours),
                ),
                Column(_tr("Exhibits"), lambda r: ", ".join(r.exhibits)),
                Column(_tr("Page"), lambda r: r.page),
            ],
            parent,
        )


@dataclass(frozen=True)
class PackExhibitRow:
    ref: str
    name: str
    media_type: str
    size: int
    sha256: str
    path: str | None
    note: str
    incidents: tuple[str, ...]

    @classmethod
    def from_manifest(cls, item: Any) -> PackExhibitRow:
        item = item if isinstance(item, dict) else {}
        size = item.get("size")
        path = item.get("path")
        return cls(
            ref=str(item.get("ref") or ""),
            name=str(item.get("original_name") or ""),
            media_type=str(item.get("media_type") or ""),
            size=size if isinstance(size, int) and size >= 0 else 0,
            sha256=str(item.get("sha256") or ""),
            path=path if isinstance(path, str) and path else None,
            note=str(item.get("note") or ""),
            incidents=tuple(str(i) for i in item.get("incidents") or [] if isinstance(i, str)),
        )

    @property
    def is_picture(self) -> bool:
        return self.media_type.startswith("image/") and self.path is not None


# Translated where they are used, through _tr.
_KINDS: dict[str, str] = {
    "image": "Picture",
    "video": "Video",
    "audio": "Sound recording",
    "text": "Text",
}
_SPECIFIC_KINDS: dict[str, str] = {
    "application/pdf": "PDF document",
    "application/zip": "Zip archive",
    "message/rfc822": "Email",
    "text/csv": "Spreadsheet (CSV)",
    "application/xml": "Phone backup (XML)",
    "text/xml": "Phone backup (XML)",
    "application/json": "Data (JSON)",
}


def kind_words(media_type: str, name: str = "") -> str:
    """What kind of file it is in words ("Picture (JPEG)"), never a media type like image/jpeg."""
    specific = _SPECIFIC_KINDS.get(media_type.lower())
    if specific:
        return _tr(specific)
    general = _KINDS.get(media_type.partition("/")[0].lower())
    if general is None:
        return _tr("File")
    ext = name.rpartition(".")[2].upper() if "." in name else ""
    if ext and ext.isalnum() and len(ext) <= 5:
        return _tr("{kind} ({format})").format(kind=_tr(general), format=ext)
    return _tr(general)


def _exhibit_ref_key(row: PackExhibitRow) -> tuple[str, int, str]:
    base, _, tail = row.ref.partition("-")
    letters = base.rstrip("0123456789")
    digits = base[len(letters) :]
    return (letters, int(digits) if digits else 0, tail)


class PackExhibitsModel(RecordTableModel):
    """The pack's exhibits: reference, name, kind, size, fingerprint, where it is in the pack."""

    key_attr = "ref"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Reference"), lambda e: e.ref, _exhibit_ref_key),
                Column(_tr("File name"), lambda e: e.name, lambda e: e.name.casefold()),
                Column(_tr("Kind"), lambda e: kind_words(e.media_type, e.name)),
                Column(_tr("Size"), lambda e: text.size(e.size), lambda e: e.size),
                Column(_tr("Entries"), lambda e: ", ".join(e.incidents)),
                Column(
                    _tr("In this pack"),
                    lambda e: e.path or (e.note or _tr("Not in this copy")),
                ),
                Column(_tr("SHA-256"), lambda e: e.sha256),
            ],
            parent,
        )


# -- what an export leaves out -----------------------------------------------------------------


@dataclass(frozen=True)
class WithheldRow:
    what: str
    why: str


class WithheldModel(RecordTableModel):
    key_attr = "what"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Left out"), lambda w: w.what),
                Column(_tr("Why"), lambda w: w.why),
            ],
            parent,
        )


# -- comparing with an earlier pack ------------------------------------------------------------


@dataclass(frozen=True)
class ChangeRow:
    """One line of a comparison between two packs: what changed, for which record, when."""

    key: str
    what: str  # "New", "Revised", "Deleted"…
    ref: str  # INC-0003, JS5, message 17
    at: datetime | None
    words: str


# What each list of a comparison is called in the table (translated through WORD_LISTS).
_CHANGE_KINDS = {
    "new_incidents": "New",
    "now_included": "Included now, in the diary before",
    "revised": "Revised",
    "addenda": "Addendum",
    "shown_differently": "Shown differently",
    "deleted": "Deleted",
    "new_exhibits": "New exhibit",
    "new_messages": "New message",
}


def change_rows(comparison: Any) -> list[ChangeRow]:
    """Every change a `diary.pack.since.Comparison` reports, then the unchanged records."""
    rows: list[ChangeRow] = []
    for attr, what in _CHANGE_KINDS.items():
        for n, item in enumerate(getattr(comparison, attr, [])):
            rows.append(ChangeRow(f"{attr}-{n}", _tr(what), item.ref, _time(item.at), item.words))
    for n, number in enumerate(getattr(comparison, "unchanged", [])):
        rows.append(ChangeRow(f"unchanged-{n}", _tr("Unchanged"), number, None, ""))
    for n, number in enumerate(getattr(comparison, "not_in_new_pack", [])):
        rows.append(
            ChangeRow(
                f"missing-{n}",
                _tr("Not in this pack"),
                number,
                None,
                _tr("In the earlier pack; not in this one, and not deleted."),
            )
        )
    return rows


class ChangesModel(RecordTableModel):
    """What changed between an earlier pack and this one, in the order the report gives it."""

    key_attr = "key"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("What"), lambda r: r.what),
                Column(_tr("Entry or exhibit"), lambda r: r.ref),
                Column(
                    _tr("When"),
                    lambda r: text.stamp(r.at) if r.at else "",
                    lambda r: (0, r.at.timestamp()) if r.at else (1, 0.0),
                ),
                Column(_tr("Details"), lambda r: r.words),
            ],
            parent,
        )


# -- importing ---------------------------------------------------------------------------------


class SuggestionsModel(RecordTableModel):
    """Suggested incidents from imported messages: one a day and channel."""

    key_attr = "key"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Day"), lambda s: text.day(s.day), lambda s: s.day),
                Column(
                    _tr("Suggested entry"),
                    lambda s: s.summary,
                    lambda s: (s.day, s.first.isoformat()),
                ),
                Column(
                    _tr("What they did"),
                    lambda s: ", ".join(vocab.behaviour_words(c) for c in s.behaviours),
                ),
                Column(_tr("From"), lambda s: ", ".join(s.sources)),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        from ui.models import KEY_ROLE

        if role == KEY_ROLE and index.isValid() and index.row() < len(self.rows()):
            return suggestion_key(self.rows()[index.row()])
        return super().data(index, role)

    def remove(self, suggestion: Any) -> None:
        """Take one suggestion off the list (accepted or turned down)."""
        key = suggestion_key(suggestion)
        for row, item in enumerate(self.rows()):
            if suggestion_key(item) == key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows()[row]
                self._shown = {}
                self.endRemoveRows()
                return


def suggestion_key(suggestion: Any) -> str:
    return f"{suggestion.day.isoformat()} {suggestion.channel}"


class ChatsModel(CheckableListModel):
    """The chats in a whole-account export, each with a tick box; all ticked to begin with."""

    ID_ROLE = CheckableListModel.KEY_ROLE

    def load(self, chats: Sequence[Any]) -> None:
        self.set_items(chats, [str(c.chat_id) for c in chats])

    def clear(self) -> None:
        self.load([])

    def key_of(self, item: Any) -> str:
        return str(item.chat_id)

    def words_of(self, item: Any) -> str:
        name = item.name or _tr("A chat with no name")
        if item.message_count == 1:
            return _tr("{name} (1 message)").format(name=name)
        return _tr("{name} ({n} messages)").format(name=name, n=item.message_count)
