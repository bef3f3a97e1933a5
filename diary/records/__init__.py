"""The diary's records: incidents and their revisions, people, exhibits, messages and the audit chain."""

from diary.records.service import Diary
from diary.records.types import (
    Addendum,
    AuditEvent,
    Exhibit,
    Incident,
    IncidentDetail,
    IncidentInput,
    IncidentSummary,
    Message,
    MessageInput,
    Person,
    PersonInput,
    PersonRef,
    ReportMade,
    Revision,
)

__all__ = [
    "Addendum",
    "AuditEvent",
    "Diary",
    "Exhibit",
    "Incident",
    "IncidentDetail",
    "IncidentInput",
    "IncidentSummary",
    "Message",
    "MessageInput",
    "Person",
    "PersonInput",
    "PersonRef",
    "ReportMade",
    "Revision",
]
