"""Gathers the chosen records from an unlocked vault into the evidence pack's input, and exports it.

`diary/pack/` knows nothing of the vault; this module picks incidents, exhibits, messages and
the history, signs with the vault's key, and records the export in the audit chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from diary import __version__
from diary.errors import BadInput
from diary.pack.build import build_pack
from diary.pack.model import (
    PackAddendum,
    PackAuditEvent,
    PackExhibit,
    PackIncident,
    PackInput,
    PackMessage,
    PackPerpetrator,
    PackPerson,
    PackReport,
    PackResult,
    PackRevision,
    PackWitness,
)
from diary.records.codec import incident_to_dict
from diary.records.service import Diary
from diary.records.types import IMPACTS, Exhibit, IncidentDetail, Message, Person
from diary.timeutil import now, order_key, parse_user_time
from diary.vault.vault import Vault

PROFILES = ("full", "court")
FIELD_LABELS = {
    "occurred_start": "When",
    "occurred_end": "Until",
    "precision": "How exact the time is",
    "location": "Where",
    "channel": "Channel",
    "channel_account": "Number or account",
    "description": "What happened",
    "exact_words": "Words used",
    "threats": "Threats",
    "behaviours": "Behaviours",
    "perpetrators": "Who",
    "witnesses": "Witnesses",
    "third_parties": "Others told",
    "fear": "Fear",
    "impact": "Effect on daily life",
    "impact_text": "Effect on daily life",
    "told_to_stop": "Told to stop",
    "reports": "Reports made",
    "order_breached": "Order breached",
    "order_condition": "Condition",
}


@dataclass(frozen=True)
class ExportChoices:
    date_from: datetime | None = None
    date_to: datetime | None = None
    incidents: tuple[str, ...] = ()
    profile: str = "full"
    include_private_notes: bool = False
    for_whom: str = ""


def _report_date(text: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        return parse_user_time(text)
    except ValueError:
        return None


def _change_text(before: dict[str, object] | None, after: dict[str, object]) -> str:
    if before is None:
        return str(after.get("description") or "(no description)")
    changes = []
    for key, label in FIELD_LABELS.items():
        if before.get(key) != after.get(key):
            value = after.get(key)
            if isinstance(value, list):
                value = "; ".join(
                    str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value
                )
            changes.append(
                f"{label} changed to: {value if value not in (None, '') else '(left blank)'}"
            )
    return "\n".join(changes) or "Saved again without changes."


def _contact(person: Person | None) -> str:
    if person is None:
        return ""
    return ", ".join([*person.phones, *person.emails])


def pack_incident(detail: IncidentDetail, people: dict[str, Person]) -> PackIncident:
    inc = detail.incident
    revisions = []
    previous: dict[str, object] | None = None
    for revision in detail.revisions:
        current = incident_to_dict(revision.data)
        revisions.append(PackRevision(revision.saved_at, _change_text(previous, current)))
        previous = current
    return PackIncident(
        number=inc.number,
        occurred_start=inc.occurred_start,
        written_at=inc.written_at,
        description=inc.description,
        occurred_end=inc.occurred_end,
        precision=inc.precision,  # type: ignore[arg-type]
        written_later=inc.written_later,
        location=inc.location,
        location_kind=inc.location_kind,  # type: ignore[arg-type]
        location_sensitive=inc.location_sensitive,
        channel=inc.channel,
        account=inc.channel_account,
        exact_words=inc.exact_words,
        threats=inc.threats,
        behaviours=tuple(inc.behaviours),
        perpetrators=tuple(PackPerpetrator(p.name, p.how_identified) for p in inc.perpetrators),
        witnesses=tuple(
            PackWitness(w.name, _contact(people.get(w.name.casefold()))) for w in inc.witnesses
        ),
        third_parties=(inc.third_parties,) if inc.third_parties else (),
        fear=inc.fear,
        impact=tuple(IMPACTS.get(k, k) for k in inc.impact),
        impact_text=inc.impact_text,
        told_to_stop=inc.told_to_stop,
        reports=tuple(
            PackReport(r.agency, _report_date(r.date), r.reference, r.officer) for r in inc.reports
        ),
        order_breached=inc.order_breached,
        order_condition=inc.order_condition,
        exhibits=tuple(e.ref for e in detail.exhibits),
        messages=tuple(str(m.id) for m in detail.messages),
        private_note=inc.private_note,
        revisions=tuple(revisions),
        addenda=tuple(PackAddendum(a.written_at, a.text) for a in detail.addenda),
    )


def pack_exhibit(diary: Diary, exhibit: Exhibit) -> PackExhibit:
    ref = exhibit.ref
    return PackExhibit(
        ref=ref,
        kind=exhibit.kind,
        original_name=exhibit.original_name,
        media_type=exhibit.media_type,
        size=exhibit.size,
        sha256=exhibit.sha256,
        imported_at=exhibit.imported_at,
        open_original=lambda: diary.iter_exhibit(ref),
        description=exhibit.description,
        captured_at=exhibit.captured_at,
        captured_place=exhibit.captured_place or "",
        capture_method=exhibit.capture_method,
        original_kept=exhibit.original_location
        or "Kept encrypted, byte for byte, in the person's Daybook diary",
        incidents=exhibit.incidents,
        derived_from=exhibit.derived_from or "",
    )


def pack_message(message: Message) -> PackMessage:
    if message.sent_at is None:
        # link_messages refuses messages with no known time, so none is part of an entry.
        raise BadInput("A message with no known time cannot go into an evidence pack.")
    direction = message.direction if message.direction in ("incoming", "outgoing") else "unknown"
    body = message.body
    if message.kind == "call":
        length = f", {message.duration_seconds} seconds" if message.duration_seconds else ""
        body = f"Call ({message.direction}{length})" + (f": {body}" if body else "")
    return PackMessage(
        id=str(message.id),
        channel=message.channel,
        direction=direction,  # type: ignore[arg-type]
        sender=message.sender,
        sent_at=message.sent_at,
        body=body,
        recipients=tuple(message.recipients),
        exhibit=message.source_ref or "",
        position=message.position_label,
        incidents=message.incidents,
    )


def collect(vault: Vault, choices: ExportChoices) -> PackInput:
    """The pack's input for these choices; raises BadInput when nothing would be in it."""
    if choices.profile not in PROFILES:
        raise BadInput("The profile must be 'full' or 'court'.")
    diary = Diary(vault)
    if choices.incidents:
        numbers = [n.strip().upper() for n in choices.incidents]
    else:
        numbers = [
            s.number
            for s in diary.list_incidents(date_from=choices.date_from, date_to=choices.date_to)
        ]
    if not numbers:
        raise BadInput("No incidents match those choices, so there is nothing to export.")
    people_list = diary.list_people()
    people = {p.name.casefold(): p for p in people_list}
    details = [diary.get_incident(n) for n in numbers]
    incidents = tuple(pack_incident(d, people) for d in details)
    messages: dict[int, Message] = {}
    exhibit_refs: list[str] = []
    for detail in details:
        for message in detail.messages:
            messages[message.id] = message
        exhibit_refs += [e.ref for e in detail.exhibits]
    exhibit_refs += [m.source_ref for m in messages.values() if m.source_ref]
    ordered_refs = list(dict.fromkeys(exhibit_refs))
    exhibits = tuple(pack_exhibit(diary, diary.get_exhibit(ref)) for ref in ordered_refs)
    named = {p.name for i in incidents for p in i.perpetrators} | {
        w.name for i in incidents for w in i.witnesses
    }
    pack_people = tuple(
        PackPerson(
            name=p.name,
            role=p.role,  # type: ignore[arg-type]
            aliases=tuple(p.aliases),
            relationship=p.relationship,
            phones=tuple(p.phones),
            emails=tuple(p.emails),
            handles=tuple(p.handles),
            vehicles=tuple(p.vehicles),
            description=p.description,
        )
        for p in people_list
        if p.name in named
    )
    audit = tuple(
        PackAuditEvent(
            seq=e.seq,
            at=e.at,
            kind=e.kind,
            summary=" ".join(
                part
                for part in (
                    e.subject,
                    ", ".join(f"{k} {v}" for k, v in e.detail.items() if k != "content"),
                )
                if part
            ),
            hash=e.hash,
        )
        for e in diary.audit_events()
    )
    starts = [i.occurred_start for i in incidents]
    initials = diary.initials
    return PackInput(
        owner_name=str(diary.get_setting("owner_name", initials)),
        owner_initials=initials,
        for_whom=choices.for_whom or str(diary.get_setting("pack_for_whom", "")),
        created_at=now(),
        period_from=choices.date_from or min(starts),
        period_to=choices.date_to or max(starts),
        diary_fingerprint=diary.fingerprint(),
        app_version=__version__,
        profile=choices.profile,  # type: ignore[arg-type]
        include_private_notes=choices.include_private_notes,
        incidents=incidents,
        people=pack_people,
        exhibits=exhibits,
        messages=tuple(
            # A message with no known time cannot be linked to an entry, so none reaches here;
            # pack_message refuses one all the same.
            pack_message(m)
            for m in sorted(
                messages.values(),
                key=lambda m: order_key(m.sent_at)
                if m.sent_at
                else datetime.min.replace(tzinfo=UTC),
            )
        ),
        audit=audit,
        owner_addresses=tuple(diary.get_setting("own_addresses", []) or ()),
        owner_phones=tuple(diary.get_setting("own_phones", []) or ()),
        owner_emails=tuple(diary.get_setting("own_emails", []) or ()),
    )


def export(
    vault: Vault,
    out: Path,
    choices: ExportChoices,
    *,
    encrypt_passphrase: str | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> PackResult:
    """Write the signed pack (or its age-encrypted form) and record the export in the history."""
    data = collect(vault, choices)
    key = vault.signing_key()
    # Encryption streams the zip straight into the age format: no plain copy touches the disk.
    result = build_pack(data, key, out, progress=progress, encrypt_passphrase=encrypt_passphrase)
    Diary(vault).record_event(
        "exported",
        result.pack_id,
        sums_sha256=result.sums_sha256,
        profile=choices.profile,
        incidents=len(data.incidents),
        encrypted=encrypt_passphrase is not None,
    )
    return result
