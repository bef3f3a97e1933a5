"""manifest.json: the machine-readable pack, checked against manifest.schema.json when built and verified."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from diary.errors import PackInvalid
from diary.pack.model import PackIncident, PackMessage, PackPerson, PackSince, ReportContext

FORMAT = "daybook-evidence-pack"
FORMAT_VERSION = 2
# Every version a reader still accepts, each with its own schema (older packs must verify).
KNOWN_VERSIONS = (1, 2)
SCHEMA_PATH = Path(__file__).resolve().parent / "manifest.schema.json"
_SCHEMAS = {1: "manifest.v1.schema.json", 2: "manifest.schema.json"}


@lru_cache(maxsize=4)
def schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    path = SCHEMA_PATH.with_name(_SCHEMAS.get(version, _SCHEMAS[FORMAT_VERSION]))
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _t(dt: datetime | None) -> str | None:
    return dt.isoformat(timespec="seconds") if dt else None


def _incident(i: PackIncident, page: str) -> dict[str, Any]:
    return {
        "number": i.number,
        "occurred_start": _t(i.occurred_start),
        "occurred_end": _t(i.occurred_end),
        "precision": i.precision,
        "written_at": _t(i.written_at),
        "written_later": i.written_later,
        "location": i.location,
        "location_kind": i.location_kind,
        "location_sensitive": i.location_sensitive,
        "channel": i.channel,
        "account": i.account,
        "description": i.description,
        "exact_words": i.exact_words,
        "threats": i.threats,
        "behaviours": list(i.behaviours),
        "perpetrators": [
            {"name": p.name, "how_identified": p.how_identified} for p in i.perpetrators
        ],
        "witnesses": [{"name": w.name, "contact": w.contact} for w in i.witnesses],
        "third_parties": list(i.third_parties),
        "fear": i.fear,
        "impact": list(i.impact),
        "impact_text": i.impact_text,
        "told_to_stop": i.told_to_stop,
        "reports": [
            {"agency": r.agency, "date": _t(r.date), "reference": r.reference, "officer": r.officer}
            for r in i.reports
        ],
        "order_breached": i.order_breached,
        "order_condition": i.order_condition,
        "exhibits": list(i.exhibits),
        "messages": list(i.messages),
        "private_note": i.private_note or None,
        "revisions": [
            {
                "saved_at": _t(r.saved_at),
                "text": r.text,
                "fields": [{"label": label, "value": value} for label, value in r.fields],
                "changes": [
                    {"field": c.field, "label": c.label, "from": c.before, "to": c.after}
                    for c in r.changes
                ],
            }
            for r in i.revisions
        ],
        "addenda": [{"written_at": _t(a.written_at), "text": a.text} for a in i.addenda],
        "report_page": page,
    }


def _person(p: PackPerson) -> dict[str, Any]:
    return {
        "name": p.name,
        "role": p.role,
        "aliases": list(p.aliases),
        "relationship": p.relationship,
        "phones": list(p.phones),
        "emails": list(p.emails),
        "handles": list(p.handles),
        "vehicles": list(p.vehicles),
        "description": p.description,
    }


def _message(m: PackMessage) -> dict[str, Any]:
    return {
        "id": m.id,
        "channel": m.channel,
        "direction": m.direction,
        "sender": m.sender,
        "recipients": list(m.recipients),
        "sent_at": _t(m.sent_at),
        "body": m.body,
        "exhibit": m.exhibit,
        "position": m.position,
        "incidents": list(m.incidents),
    }


def incident_record(i: PackIncident) -> dict[str, Any]:
    """An incident as the manifest carries it, before its report page is known."""
    return _incident(i, "")


def message_record(m: PackMessage) -> dict[str, Any]:
    """A message as the manifest carries it."""
    return _message(m)


def _since(since: PackSince) -> dict[str, Any]:
    return {
        "pack_id": since.pack_id,
        "created_at": _t(since.created_at),
        "sums_sha256": since.sums_sha256,
        "audit_head": {"seq": since.audit_head_seq, "hash": since.audit_head_hash},
        "profile": since.profile,
        "unchanged": [
            {
                "number": row.number,
                "occurred_start": _t(row.occurred_start),
                "occurred_end": _t(row.occurred_end),
                "precision": row.precision,
                "record_sha256": row.record_sha256,
                "earlier_page": row.earlier_page,
            }
            for row in since.unchanged
        ],
    }


def build_manifest(ctx: ReportContext, pages: dict[str, str], page_count: int) -> dict[str, Any]:
    data = ctx.data
    exhibits: list[dict[str, Any]] = []
    for v in ctx.exhibits:
        e = v.exhibit
        exhibits.append(
            {
                "ref": e.ref,
                "kind": e.kind,
                "description": e.description,
                "original_name": e.original_name,
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256.lower(),
                "imported_at": _t(e.imported_at),
                "captured_at": _t(e.captured_at),
                "captured_place": e.captured_place,
                "capture_method": e.capture_method,
                "original_kept": e.original_kept,
                "incidents": list(e.incidents),
                "derived_from": e.derived_from or None,
                "path": v.path,
                "note": v.note,
            }
        )
        if v.redacted_ref:
            media = (
                "image/png"
                if v.redacted_path.endswith(".png")
                else "image/jpeg"
                if v.redacted_path.endswith(".jpg")
                else e.media_type
            )
            exhibits.append(
                {
                    "ref": v.redacted_ref,
                    "kind": e.kind,
                    "description": f"Copy of {e.ref} with {v.removed} removed",
                    "original_name": e.original_name,
                    "media_type": media,
                    "size": v.redacted_size,
                    "sha256": v.redacted_sha256,
                    "imported_at": _t(data.created_at),
                    "captured_at": _t(e.captured_at),
                    "captured_place": "",
                    "capture_method": "redacted copy made at export",
                    "original_kept": e.original_kept,
                    "incidents": list(e.incidents),
                    "derived_from": e.ref,
                    "path": v.redacted_path,
                    "note": "",
                }
            )
    head = data.audit[-1] if data.audit else None
    # An update pack names the earlier pack it follows (absent from every other pack).
    since = {"since": _since(data.since)} if data.since is not None else {}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "pack_id": ctx.pack_id,
        "created_at": _t(data.created_at),
        "app_version": data.app_version,
        "profile": data.profile,
        "include_private_notes": data.include_private_notes,
        "owner": {"name": data.owner_name, "initials": data.owner_initials},
        "for_whom": data.for_whom,
        "period": {"from": _t(data.period_from), "to": _t(data.period_to)},
        "diary_fingerprint": data.diary_fingerprint,
        "audit_head": {"seq": head.seq, "hash": head.hash} if head else None,
        "signing_key": {
            "algorithm": "ed25519",
            "fingerprint": ctx.key_fingerprint,
            **({"check_code": ctx.key_check_code} if ctx.key_check_code else {}),
        },
        "report": {"path": "report.pdf", "pages": page_count},
        "counts": {
            "incidents": len(data.incidents),
            "exhibits": len(ctx.exhibits),
            "messages": len(data.messages) + len(data.appendix_messages),
            "appendix_messages": len(data.appendix_messages),
            "people": len(data.people),
            "audit_events": len(data.audit),
        },
        "withheld": [{"what": w.what, "why": w.why} for w in ctx.withheld],
        "people": [_person(p) for p in data.people],
        "incidents": [_incident(i, pages.get(i.number, "")) for i in data.incidents],
        "messages": [_message(m) for m in (*data.messages, *data.appendix_messages)],
        "exhibits": exhibits,
        "audit": [
            {
                "seq": a.seq,
                "at": _t(a.at),
                "kind": a.kind,
                "summary": a.summary,
                "hash": a.hash,
                # Exactly what the hash covers: docs/pack-format.md recomputes the chain from these.
                "prev_hash": a.prev_hash,
                "at_text": a.at_text,
                "subject": None if a.withheld else a.subject,
                "detail": None if a.withheld else a.detail,
            }
            for a in data.audit
        ],
        **since,
    }


def schema_problems(manifest: Any) -> list[str]:
    """Plain sentences for each way `manifest` breaks the schema (at most five)."""
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    known = version if isinstance(version, int) and version in KNOWN_VERSIONS else FORMAT_VERSION
    validator = jsonschema.Draft202012Validator(schema(known))
    problems: list[str] = []
    try:
        errors = sorted(validator.iter_errors(manifest), key=lambda e: [str(p) for p in e.path])
    except RecursionError:
        return ["manifest.json is nested far too deeply to be a pack's manifest."]
    for error in errors:
        where = "/".join(str(p) for p in error.path) or "the top level"
        problems.append(
            f"manifest.json does not follow its schema at {where}: {error.message[:200]}"
        )
        if len(problems) == 5:
            break
    return problems


def validate_manifest(manifest: Any) -> None:
    problems = schema_problems(manifest)
    if problems:
        raise PackInvalid(problems[0])
