"""Turns incident records into canonical JSON and back, for immutable revisions and hashing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

from diary.records.types import IncidentInput, PersonRef, ReportMade
from diary.timeutil import from_text, to_text


def incident_to_dict(data: IncidentInput) -> dict[str, Any]:
    raw = asdict(data)
    raw["occurred_start"] = to_text(data.occurred_start)
    raw["occurred_end"] = to_text(data.occurred_end) if data.occurred_end else None
    raw["coordinates"] = list(data.coordinates) if data.coordinates else None
    raw["told_to_stop"] = answer_to_text(data.told_to_stop)
    # Only the fields of the input, even when given an Incident (which adds number and times).
    return {name: raw[name] for name in IncidentInput.__dataclass_fields__}


def incident_from_dict(raw: dict[str, Any]) -> IncidentInput:
    fields = dict(raw)
    fields["occurred_start"] = from_text(raw["occurred_start"])
    fields["occurred_end"] = from_text(raw["occurred_end"]) if raw.get("occurred_end") else None
    fields["coordinates"] = tuple(raw["coordinates"]) if raw.get("coordinates") else None
    fields["perpetrators"] = [PersonRef(**p) for p in raw.get("perpetrators", [])]
    fields["witnesses"] = [PersonRef(**p) for p in raw.get("witnesses", [])]
    fields["reports"] = [ReportMade(**r) for r in raw.get("reports", [])]
    fields["told_to_stop"] = answer_from_stored(raw.get("told_to_stop"))
    known = IncidentInput.__dataclass_fields__
    return IncidentInput(**{k: v for k, v in fields.items() if k in known})


def answer_to_text(value: bool | None) -> str | None:
    """A yes / no / not said answer as stored: "yes", "no" or null."""
    return None if value is None else ("yes" if value else "no")


def answer_from_stored(value: object) -> bool | None:
    """Read a stored answer. Revisions saved before answers could be "not said" hold a tick box:
    `true` was a yes, but `false` may only mean the box was never ticked, so it reads as not said.
    """
    if value == "yes" or value is True:
        return True
    if value == "no":
        return False
    return None


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def searchable_text(data: IncidentInput) -> str:
    """Every piece of text a person might search for in an incident."""
    parts = [
        data.location,
        data.channel,
        data.channel_account,
        data.description,
        data.exact_words,
        data.threats,
        data.third_parties,
        data.impact_text,
        data.order_breached,
        data.order_condition,
        " ".join(data.breaches),
        data.private_note,
        " ".join(p.name for p in data.perpetrators),
        " ".join(p.name for p in data.witnesses),
        " ".join(f"{r.agency} {r.reference} {r.officer}" for r in data.reports),
    ]
    return "\n".join(part for part in parts if part)
