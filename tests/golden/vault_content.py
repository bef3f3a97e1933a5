"""Everything a diary holds, read through the records' own API as plain JSON values.

The golden vault generator writes this into `vault-vN.json` when it makes a golden vault; the
golden test reads the same vault with today's code and compares. Only what the expected file
names is compared (`differences`), so a field a later version adds to a record does not break
an old golden file, while every value that was written must read back exactly as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime
from typing import Any

from diary.records.service import Diary

# Settings the app or the CLI write; read back by name (the others are internal and change).
SETTINGS = (
    "initials",
    "language",
    "auto_lock_minutes",
    "lock_on_minimise",
    "quick_exit_opens_page",
    "quick_add_behaviour",
    "quick_add_location",
    "quick_add_person",
    "quick_add_breaches",
)
DRAFTS = ("editor", "note:INC-0001")


def plain(value: Any) -> Any:
    """A record as JSON values: dataclasses as objects, times as ISO text, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def read_content(diary: Diary) -> dict[str, Any]:
    """Every kind of record in the diary, in a fixed order."""
    incidents = []
    for summary in diary.list_incidents():
        detail = diary.get_incident(summary.number)
        incidents.append(
            {
                "incident": plain(detail.incident),
                "revisions": plain(detail.revisions),
                "addenda": plain(detail.addenda),
                "exhibits": [e.ref for e in detail.exhibits],
                "messages": [m.id for m in detail.messages],
            }
        )
    exhibits = []
    for exhibit in diary.list_exhibits():
        item = plain(exhibit)
        item["bytes_sha256"] = hashlib.sha256(diary.read_exhibit(exhibit.ref)).hexdigest()
        exhibits.append(item)
    orders = []
    for order in diary.list_orders():
        item = plain(order)
        item["revisions"] = [
            {"revision_no": no, "saved_at": at, "data": plain(data)}
            for no, at, data in diary.order_revisions(order.ref)
        ]
        orders.append(item)
    risk = [
        {
            "topic": a.topic.key,
            "answer": a.answer,
            "note": a.note,
            "incidents": list(a.incidents),
            "updated_at": plain(a.updated_at),
        }
        for a in diary.risk_answers(with_suggestions=False)
    ]
    safety = diary.safety_plan()
    return {
        "incidents": incidents,
        "people": plain(diary.list_people()),
        "exhibits": exhibits,
        "messages": plain(diary.list_messages()),
        "profile": diary.get_profile().as_dict(),
        "safety_plan": {
            "sections": [
                {"key": s.key, "text": s.text, "updated_at": plain(s.updated_at)}
                for s in safety.sections
            ],
            "services": plain(safety.services),
        },
        "orders": orders,
        "risk": risk,
        "statement": plain(diary.statement_revisions()),
        "life_changes": plain(diary.list_life_changes()),
        "attachments": plain(diary.list_attachments()),
        "settings": {key: diary.get_setting(key) for key in SETTINGS},
        "drafts": {key: diary.load_draft(key) for key in DRAFTS},
        "history": [
            {"seq": e.seq, "kind": e.kind, "subject": e.subject, "hash": e.hash}
            for e in diary.audit_events()
        ],
        "fingerprint": diary.fingerprint(),
    }


def differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Where `actual` differs from `expected`: every key of an expected object must be there with
    an equal value (keys a later version adds are allowed), lists must match item for item."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where or '/'}: expected an object, read {actual!r}"]
        found: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{where}/{key}: missing")
            else:
                found += differences(value, actual[key], f"{where}/{key}")
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where or '/'}: expected {len(expected)} items, read {actual!r}"]
        found = []
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            found += differences(want, got, f"{where}/{index}")
        return found
    return [] if expected == actual else [f"{where or '/'}: expected {expected!r}, read {actual!r}"]
