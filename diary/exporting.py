"""Gathers the chosen records from an unlocked vault into the evidence pack's input, and exports it.

`diary/pack/` knows nothing of the vault; this module picks incidents, exhibits, messages and
the history, signs with the vault's key, and records the export in the audit chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from diary import __version__
from diary.court_export import attachment_exhibits, collect_court
from diary.errors import BadInput
from diary.pack import fmt
from diary.pack.build import build_pack
from diary.pack.court_model import PackCourt, PackPlanSection, PackService
from diary.pack.model import (
    PackAddendum,
    PackAuditEvent,
    PackChange,
    PackExhibit,
    PackFactSource,
    PackIncident,
    PackInput,
    PackMessage,
    PackPerpetrator,
    PackPerson,
    PackReport,
    PackResult,
    PackRevision,
    PackSince,
    PackWithheld,
    PackWitness,
)
from diary.records.audit import GENESIS
from diary.records.codec import canonical_json, incident_to_dict
from diary.records.service import Diary
from diary.records.types import IMPACTS, Exhibit, IncidentDetail, Message, Person
from diary.timeutil import now, order_key, parse_user_time, to_text, written_later
from diary.vault.vault import Vault
from diary.words import plural

# full: for the advocate and police; court: the court copy; bundle: the court copy fitted to a
# court's page limit; police-upload: the full pack plus folders for a police upload link.
PROFILES = ("full", "court", "bundle", "police-upload")
BUNDLE_PAGES = 350  # the family courts' bundle limit (FPR PD27A)
FIELD_LABELS = {
    "occurred_start": "When",
    "occurred_end": "Until",
    "precision": "How exact the time is",
    "location": "Where",
    "location_kind": "Kind of place",
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
    "impact_text": "Effect on daily life, in words",
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
    max_pages: int = BUNDLE_PAGES  # for the bundle
    include_private_notes: bool = False
    for_whom: str = ""
    # Messages from the people in the pack linked to no incident, as an appendix; None: the
    # rule (appendix_by_default), yes when there are fewer than APPENDIX_DEFAULT_LIMIT.
    include_unlinked: bool | None = None


@dataclass(frozen=True)
class AppendixOffer:
    """The appendix of unlinked messages some choices would offer, counted as the export counts
    them, and whether the rule adds it when the person does not say."""

    count: int  # messages with a known time that the appendix would carry
    people: tuple[str, ...]  # whom they are from: the people the pack names as doing this
    by_default: bool


def _report_date(text: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        return parse_user_time(text)
    except ValueError:
        return None


def _value_text(key: str, value: object, precision: object = "exact") -> str:
    """A field's value in words, as the pack prints it; a time to the `precision` the record
    gave it then (a month-only incident's start is not printed as midnight on the 1st)."""
    if value is None or value == "" or value == []:
        return "not said" if key == "told_to_stop" else ""
    if key == "told_to_stop":
        return "yes" if value in ("yes", True) else "no" if value in ("no", False) else str(value)
    if key in ("occurred_start", "occurred_end") and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if key == "occurred_end":
            return fmt.date_time(moment)
        return fmt.time_as_known(moment, str(precision or "exact"))
    if key == "impact" and isinstance(value, list):
        return "; ".join(IMPACTS.get(str(v), str(v)) for v in value)
    if key == "fear":
        return f"{value} out of 10"
    if isinstance(value, list):
        return "; ".join(
            ", ".join(str(x) for x in v.values() if x) if isinstance(v, dict) else str(v)
            for v in value
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _revision(
    saved_at: datetime, before: dict[str, object] | None, after: dict[str, object]
) -> PackRevision:
    """The first version in full, or every field a later save changed, from and to."""
    now_precision = after.get("precision")
    if before is None:
        fields = tuple(
            (label, text)
            for key, label in FIELD_LABELS.items()
            if (text := _value_text(key, after.get(key), now_precision))
        )
        return PackRevision(
            saved_at, "\n".join(f"{label}: {text}" for label, text in fields), fields=fields
        )
    was_precision = before.get("precision")
    changes = tuple(
        PackChange(key, label, was, now)
        for key, label in FIELD_LABELS.items()
        if (was := _value_text(key, before.get(key), was_precision))
        != (now := _value_text(key, after.get(key), now_precision))
    )
    text = "\n".join(
        f"{c.label}: {c.before or '(blank)'} → {c.after or '(blank)'}" for c in changes
    )
    return PackRevision(saved_at, text or "Saved again without changes.", changes=changes)


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
        revisions.append(_revision(revision.saved_at, previous, current))
        previous = current
    return PackIncident(
        number=inc.number,
        occurred_start=inc.occurred_start,
        written_at=inc.written_at,
        description=inc.description,
        occurred_end=inc.occurred_end,
        precision=inc.precision,  # type: ignore[arg-type]
        # The person's mark, or the one rule: first saved more than an hour after it happened.
        written_later=inc.written_later
        or written_later(inc.written_at, inc.occurred_start, inc.precision),
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


APPENDIX_DEFAULT_LIMIT = 500


def appendix_by_default(count: int) -> bool:
    """The rule when the person has not said: an appendix of fewer than 500 messages is added;
    a longer one is left out (and the pack says so), since it would swamp the entries."""
    return count < APPENDIX_DEFAULT_LIMIT


def _audit_events(diary: Diary) -> tuple[PackAuditEvent, ...]:
    """Every event of the chain with exactly what its hash covers, so a pack can be checked."""
    events = []
    prev = GENESIS
    for e in diary.audit_events():
        events.append(
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
                prev_hash=prev,
                at_text=to_text(e.at),
                subject=e.subject,
                detail=canonical_json(e.detail),
            )
        )
        prev = e.hash
    return tuple(events)


def _span(times: list[datetime]) -> str:
    if not times:
        return ""
    first, last = min(times, key=order_key), max(times, key=order_key)
    if fmt.date(first) == fmt.date(last):
        return f"on {fmt.date(first)}"
    return f"from {fmt.date(first)} to {fmt.date(last)}"


_EPOCH = datetime.min.replace(tzinfo=UTC)


def _message_order(message: Message) -> tuple[bool, datetime, int]:
    # A message with no known time cannot be placed among the others; it goes last.
    sent = message.sent_at
    return (sent is None, order_key(sent) if sent else _EPOCH, message.id)


def unlinked_messages(diary: Diary, names: set[str]) -> list[Message]:
    """Messages from the people in the pack that no incident links to, oldest first."""
    found = diary.unlinked_messages_from(names)  # in the diary's order, unknown times first
    timed = [m for m in found if m.sent_at is not None]
    ordered = timed + [m for m in found if m.sent_at is None]
    let_go(found, timed)
    # The diary's order is this one but for times it could not tell apart (within a second,
    # or kept under another zone), so checking costs less than sorting; and a sort of 100,000
    # keys is one call that keeps Python's lock (which the app's window needs) for 70 ms.
    previous = None
    for message in ordered:
        key = _message_order(message)
        if previous is not None and key < previous:
            return sorted(ordered, key=_message_order)
        previous = key
    return ordered


def let_go(*lists: list[Any]) -> None:
    """Empty big lists an item at a time. A list of 100,000 messages freed at once is one call
    that keeps Python's interpreter lock for a tenth of a second, and the app's window waits
    for that lock while a worker gathers a pack; item by item, the window gets its turns."""
    for items in lists:
        while items:
            items.pop()


def let_go_of_pack(*packs: PackInput) -> None:
    """Empty packs' input that is no longer needed (the wizard's summary has counted what it
    wanted) item by item, as `let_go` does: ten thousand incidents freed at once kept the
    interpreter lock for 60 ms. The packs are left with nothing in their lists."""
    for pack in packs:
        for field in fields(pack):
            value = getattr(pack, field.name)
            if isinstance(value, tuple) and len(value) > 100:
                items = list(value)
                object.__setattr__(pack, field.name, ())  # frozen, but about to be dropped
                del value
                let_go(items)


def _chosen_numbers(diary: Diary, choices: ExportChoices) -> list[str]:
    """The numbers of the incidents these choices pick, as the person wrote them or by period."""
    if choices.incidents:
        return list(dict.fromkeys(n.strip().upper() for n in choices.incidents))
    return [
        s.number for s in diary.list_incidents(date_from=choices.date_from, date_to=choices.date_to)
    ]


def appendix_offer(vault: Vault, choices: ExportChoices) -> AppendixOffer:
    """How many messages the appendix would hold for these choices, from whom, and whether the
    rule adds it: what the app shows before the person decides. It reads who did each chosen
    incident and every message from them, so the app runs it off the GUI thread. An unknown
    entry number raises NotFound, as the export would."""
    diary = Diary(vault)
    people = diary.perpetrator_names(_chosen_numbers(diary, choices))
    count = sum(1 for m in unlinked_messages(diary, people) if m.sent_at is not None)
    return AppendixOffer(count, tuple(sorted(people)), appendix_by_default(count))


def collect(vault: Vault, choices: ExportChoices, since: PackSince | None = None) -> PackInput:
    """The pack's input for these choices; raises BadInput when nothing would be in it.

    Everything the pack does not carry is listed in `withheld`, so "what this copy leaves out"
    is always complete: incidents outside the period or not chosen, unlinked messages,
    exhibits not linked to any chosen incident (private notes and the court copy's removals
    are added when the profile is applied).
    """
    if choices.profile not in PROFILES:
        raise BadInput("The profile must be full, court, bundle or police-upload.")
    if choices.profile == "bundle" and choices.max_pages < 20:
        raise BadInput("A bundle needs room for at least 20 pages.")
    diary = Diary(vault)
    numbers = _chosen_numbers(diary, choices)
    if not numbers:
        raise BadInput("No incidents match those choices, so there is nothing to export.")
    people_list = diary.list_people()
    people = {p.name.casefold(): p for p in people_list}
    details = diary.get_incidents(numbers)
    incidents = tuple(pack_incident(d, people) for d in details)
    messages: dict[int, Message] = {}
    exhibit_refs: list[str] = []
    for detail in details:
        for message in detail.messages:
            messages[message.id] = message
        exhibit_refs += [e.ref for e in detail.exhibits]
    named = {p.name for i in incidents for p in i.perpetrators} | {
        w.name for i in incidents for w in i.witnesses
    }
    perpetrators = {p.name for i in incidents for p in i.perpetrators}
    found = unlinked_messages(diary, perpetrators)
    # A message whose time is not known cannot be placed in a chronology: counted, not carried.
    timeless = [m for m in found if m.sent_at is None]
    unlinked = [m for m in found if m.sent_at is not None]
    include_unlinked = (
        choices.include_unlinked
        if choices.include_unlinked is not None
        else appendix_by_default(len(unlinked))
    )
    appendix = unlinked if include_unlinked else []
    exhibit_refs += [m.source_ref for m in messages.values() if m.source_ref]
    exhibit_refs += [m.source_ref for m in appendix if m.source_ref]
    # Attachments and copies of orders go with the court sections even when no incident links them.
    exhibit_refs += attachment_exhibits(diary)
    # The photo of someone named as doing this goes with the summary's identifiers.
    carried_photos = [p.photo for p in people_list if p.photo and p.name in perpetrators]
    exhibit_refs += carried_photos
    ordered_refs = list(dict.fromkeys(exhibit_refs))
    exhibit_records = [diary.get_exhibit(ref) for ref in ordered_refs]
    exhibits = tuple(pack_exhibit(diary, e) for e in exhibit_records)
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
            addresses=tuple(p.addresses),
            photo=p.photo if p.photo in carried_photos else "",
            sources=tuple(
                PackFactSource(key.split(":", 1)[0], key.split(":", 1)[1], told_by=source.told_by)
                for key, source in sorted(p.sources.items())
                if ":" in key
            ),
        )
        for p in people_list
        if p.name in named
    )

    left_out: list[PackWithheld] = []
    chosen = set(numbers)
    others = [s for s in diary.list_incidents() if s.number not in chosen]
    if others:
        why = (
            "Outside the period chosen for this pack, or not chosen."
            if choices.date_from or choices.date_to or choices.incidents
            else "Not chosen for this pack."
        )
        left_out.append(
            PackWithheld(
                f"{plural(len(others), 'other incident')} in the diary "
                f"({_span([o.occurred_start for o in others])})",
                why,
            )
        )
    if unlinked and not include_unlinked:
        left_out.append(
            PackWithheld(
                f"{plural(len(unlinked), 'message')} from "
                f"{', '.join(sorted(perpetrators))} not linked to any incident "
                f"({_span([m.sent_at for m in unlinked if m.sent_at is not None])})",
                "The person chose not to add them as an appendix; they are kept in the diary."
                if choices.include_unlinked is False
                else f"There are {APPENDIX_DEFAULT_LIMIT} or more, too many for an appendix; "
                "they are kept in the diary.",
            )
        )
    carried_or_counted = {m.id for m in found}
    elsewhere = [when for i, when in diary.unlinked_message_times() if i not in carried_or_counted]
    if elsewhere:
        # Messages filed under other people or no one: neither in the appendix nor counted above.
        known = [w for w in elsewhere if w is not None]
        left_out.append(
            PackWithheld(
                f"{plural(len(elsewhere), 'other message')} not linked to any incident"
                + (f" ({_span(known)})" if known else ""),
                "They are filed under other people than those this pack names as doing this, or "
                "under no one, so they are not in its appendix; they are kept in the diary.",
            )
        )
    if timeless:
        left_out.append(
            PackWithheld(
                f"{plural(len(timeless), 'message')} from {', '.join(sorted(perpetrators))} "
                "whose time is not known",
                "A message without a known time cannot be placed in the chronology; they are "
                "kept in the diary.",
            )
        )
    carried = set(ordered_refs)
    spare = [e for e in diary.list_exhibits() if e.ref not in carried]
    if spare:
        left_out.append(
            PackWithheld(
                f"{plural(len(spare), 'exhibit')} not linked to any incident in this pack "
                f"({', '.join(e.ref for e in spare[:20])}{'…' if len(spare) > 20 else ''})",
                "Only exhibits of the incidents in this pack are included.",
            )
        )
    starts = [i.occurred_start for i in incidents]
    ends = [i.occurred_end or i.occurred_start for i in incidents]
    initials = diary.initials
    me = diary.get_profile()
    court = _court(diary, choices, details, exhibit_records, exhibits, incidents)
    if choices.profile == "court":
        for what, present in (
            ("The draft statement", court.statement is not None),
            ("Information for the risk assessment", bool(court.risk)),
        ):
            if present:
                left_out.append(
                    PackWithheld(
                        what,
                        "Court copy: it is for the person's advocate, solicitor and the police; "
                        "it is in the full pack (and in a court bundle, if they make one).",
                    )
                )
    pack = PackInput(
        owner_name=me.name or initials,
        owner_initials=initials,
        for_whom=choices.for_whom or str(diary.get_setting("pack_for_whom", "")),
        created_at=now(),
        # The period of what is in the pack, not of the dates chosen.
        period_from=min(starts, key=order_key),
        period_to=max(ends, key=order_key),
        diary_fingerprint=diary.history_code()[0],
        app_version=__version__,
        # A bundle is served like the court copy, so it is redacted as one.
        profile="court" if choices.profile in ("court", "bundle") else "full",
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
        audit=_audit_events(diary),
        withheld=tuple(left_out),
        appendix_messages=tuple(pack_message(m) for m in appendix),
        owner_addresses=tuple(a.text for a in me.addresses),
        owner_phones=me.phones,
        owner_emails=me.emails,
        owner_other=me.other,
        owner_region=me.region,
        court=court,
        since=since,
        chosen_to=choices.date_to,
    )
    let_go(found, unlinked, timeless, elsewhere, details)
    return pack


def _court(
    diary: Diary,
    choices: ExportChoices,
    details: list[IncidentDetail],
    exhibit_records: list[Exhibit],
    exhibits: tuple[PackExhibit, ...],
    incidents: tuple[PackIncident, ...],
) -> PackCourt:
    court = collect_court(diary, details, exhibit_records, witness=diary.get_profile().name)
    if choices.profile == "bundle":
        court = replace(court, bundle_max_pages=choices.max_pages)
    if choices.profile == "police-upload":
        from diary.pack.police_upload import plan

        court = replace(court, uploads=plan(exhibits, incidents, court.attachments))
    if choices.profile == "full":
        # The safety plan is for the advocate: the full pack only, never a court copy, a bundle
        # or files that go through an upload link.
        safety = diary.safety_plan()
        if not safety.is_empty:
            court = replace(
                court,
                safety_plan=tuple(PackPlanSection(s.title, s.text) for s in safety.sections),
                safety_services=tuple(
                    PackService(v.name, v.number, v.hours, v.notes) for v in safety.services
                ),
            )
    return court


def export(
    vault: Vault,
    out: Path,
    choices: ExportChoices,
    *,
    encrypt_passphrase: str | None = None,
    progress: Callable[[str, float], None] | None = None,
    since: PackSince | None = None,
) -> PackResult:
    """Write the signed pack (or its age-encrypted form) and record the export in the history.

    With `since` (see diary/since_export.py), an update: what changed since that pack in full.
    """
    if choices.profile == "police-upload" and encrypt_passphrase is not None:
        from diary.pack.upload_words import UPLOAD_WORDS

        raise BadInput(UPLOAD_WORDS["no_passphrase"])
    vault.prepare_output(Path(out))
    data = collect(vault, choices, since)
    key = vault.signing_key()
    folder: Path | None = None
    if choices.profile == "police-upload":
        # `out` names a folder: the signed pack of record and the upload folders go in it.
        from diary.fsutil import ensure_private_dir
        from diary.pack.build import pack_file_name

        folder = Path(out)
        if folder.exists() and any(folder.iterdir()):
            raise BadInput(f"{folder} is not empty; choose a new or empty folder for the upload.")
        ensure_private_dir(folder)
        out = folder / (pack_file_name(data).removesuffix(".zip") + "-police-upload.zip")
    # Encryption streams the zip straight into the age format: no plain copy touches the disk.
    result = build_pack(data, key, out, progress=progress, encrypt_passphrase=encrypt_passphrase)
    Diary(vault).record_event(
        "exported",
        result.pack_id,
        sums_sha256=result.sums_sha256,
        profile=choices.profile,
        for_whom=data.for_whom,
        incidents=len(data.incidents),
        encrypted=encrypt_passphrase is not None,
        # Each exhibit's continuity lists every pack it went into.
        exhibits=[e.ref for e in data.exhibits],
        **({"since": since.pack_id} if since is not None else {}),
    )
    if folder is not None:
        _upload_folders(folder, result.path, data)
    return result


def _upload_folders(folder: Path, pack_zip: Path, data: PackInput) -> None:
    """The upload folders, copied out of the signed pack just written (so each file is the
    pack's own, byte for byte), with how-to-upload.txt."""
    import json
    import zipfile

    from diary.pack.police_upload import too_big, write_folders

    with zipfile.ZipFile(pack_zip) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    paths = {e["ref"]: e["path"] for e in manifest["exhibits"] if e.get("path")}
    write_folders(folder, pack_zip, data.court.uploads, paths, too_big(data.exhibits))
