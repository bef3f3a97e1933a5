"""The diary's records: incidents and their revisions, people, exhibits, messages and the audit chain.

The plain record types load at once; `Diary`, the service over an open vault, on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diary.records.types import (
    Addendum,
    AuditEvent,
    Exhibit,
    Incident,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    IncidentWithExhibits,
    Message,
    MessageInput,
    Person,
    PersonInput,
    PersonRef,
    ReportMade,
    Revision,
)

if TYPE_CHECKING:
    from diary.records.service import Diary

__all__ = [
    "Addendum",
    "AuditEvent",
    "Diary",
    "Exhibit",
    "Incident",
    "IncidentDetail",
    "IncidentInput",
    "IncidentSummary",
    "IncidentWithExhibits",
    "Message",
    "MessageInput",
    "Person",
    "PersonInput",
    "PersonRef",
    "ReportMade",
    "Revision",
]


def __getattr__(name: str) -> object:
    # The records service needs SQLAlchemy; the plain record types must not pull it in.
    if name == "Diary":
        from diary.records.service import Diary

        return Diary
    raise AttributeError(f"module 'diary.records' has no attribute {name!r}")
