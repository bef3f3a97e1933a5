"""The Diary: every way to read and change the records of an unlocked vault, each change in one
transaction with its audit event.

A thin façade: each kind of record is its own module and class over `RecordStore` (store.py),
and `Diary` is all of them together. Open one over an unlocked vault with `Diary(vault)`; when
the vault locks, every call fails with VaultLocked.

A new kind of record (orders, risk answers, a statement…) is a new module with its class
(`class OrderRecords(RecordStore)`) and session-level helpers, added to `Diary`'s bases here.
"""

from __future__ import annotations

from diary.records.attachments import AttachmentRecords
from diary.records.exhibits import ExhibitRecords
from diary.records.history import HistoryRecords
from diary.records.impact import LifeChangeRecords
from diary.records.imports import ImportRecords
from diary.records.incidents import IncidentRecords
from diary.records.messages import MessageRecords
from diary.records.orders import OrderRecords
from diary.records.people import PeopleRecords
from diary.records.profile import ProfileRecords
from diary.records.risk import RiskRecords
from diary.records.safety import SafetyRecords
from diary.records.settings import SettingRecords
from diary.records.statement import StatementRecords


class Diary(
    IncidentRecords,
    PeopleRecords,
    ExhibitRecords,
    MessageRecords,
    ImportRecords,
    HistoryRecords,
    SettingRecords,
    SafetyRecords,
    ProfileRecords,
    OrderRecords,
    RiskRecords,
    StatementRecords,
    LifeChangeRecords,
    AttachmentRecords,
):
    """The records of one unlocked vault: `Diary(vault)`."""
