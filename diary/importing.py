"""Imports an export file into the diary: parse it, keep the file itself as an exhibit, store its messages.

The parsers in `diary/importers/` read files; this module decides what is kept and how it is
linked (who is doing it, which messages are already there), all in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from diary.errors import BadInput, ImportFailed
from diary.importers.detect import parse_file
from diary.importers.model import ParsedExport, ParsedMessage
from diary.records.service import Diary
from diary.records.types import ExhibitSpec, MessageInput

FORMAT_NAMES = {
    "whatsapp": "whatsapp",
    "sms": "sms",
    "calls": "sms",
    "email": "email",
    "telegram": "telegram",
    "photos": "photo",
    "photo": "photo",
}
EXPORT_KIND = {
    "whatsapp": "chat export",
    "sms": "phone backup",
    "email": "email",
    "telegram": "chat export",
    "photo": "image",
}
MAX_IMPORT_BYTES = 2 * 1024**3


@dataclass
class ImportReport:
    """What one file's import did, for the person and for `--json`."""

    file: str
    format: str
    exhibit: str
    already_kept: bool
    messages: int = 0
    calls: int = 0
    added: int = 0
    attachments: int = 0
    already: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    damage: str | None = None
    notes: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    participants: list[str] = field(default_factory=list)
    suggested_incidents: list[str] = field(default_factory=list)


def read_export(
    path: Path,
    *,
    format: str | None = None,
    date_order: str | None = None,
    chat_ids: Sequence[str] | None = None,
) -> tuple[bytes, ParsedExport]:
    """The file's bytes and what the parsers made of it; raises ImportFailed or BadInput."""
    if format is not None and format not in FORMAT_NAMES:
        raise BadInput(f"'{format}' is not an import format Daybook knows.")
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFailed(f"{path.name}: this file is too large to import (over 2 GB).")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"Daybook could not read the file {path.name}.") from exc
    parsed = parse_file(
        path.name,
        data,
        format=FORMAT_NAMES[format] if format else None,
        date_order=date_order,
        chat_ids=list(chat_ids) if chat_ids else None,
    )
    return data, parsed


def match_participant(parsed: ParsedExport, person: str | None) -> str | None:
    """Which participant in the export is `person` (exact, then a unique partial match)."""
    if not person:
        return None
    wanted = person.strip().casefold()
    exact = [p for p in parsed.participants if p.casefold() == wanted]
    if exact:
        return exact[0]
    partial = [p for p in parsed.participants if wanted in p.casefold()]
    return partial[0] if len(partial) == 1 else None


def _direction(message: ParsedMessage, participant: str | None) -> str:
    if message.direction != "unknown" or participant is None or message.kind == "system":
        return message.direction
    return "incoming" if message.sender == participant else "outgoing"


def to_inputs(
    parsed: ParsedExport, participant: str | None
) -> tuple[list[MessageInput], list[dict[str, str]]]:
    inputs: list[MessageInput] = []
    skipped = [{"where": where, "why": why} for where, why in parsed.skipped]
    for message in parsed.messages:
        if message.sent_at is None:
            skipped.append(
                {"where": message.position_label, "why": "it has no time Daybook could read"}
            )
            continue
        body = message.body
        if message.subject:
            body = f"{message.subject}\n\n{body}" if body else message.subject
        inputs.append(
            MessageInput(
                channel=message.channel,
                direction=_direction(message, participant),
                sent_at=message.sent_at,
                body=body,
                sender=message.sender,
                sender_number=message.sender_number,
                recipients=list(message.recipients),
                kind=message.kind,
                offset_known=message.offset_known,
                attachments=list(message.attachments),
                duration_seconds=message.duration_seconds,
                position=message.position,
                position_label=message.position_label,
                headers=message.headers,
                dedupe_key=message.dedupe_key,
            )
        )
    return inputs, skipped


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def import_file(
    diary: Diary,
    path: Path,
    *,
    format: str | None = None,
    person: str | None = None,
    date_order: str | None = None,
    chat_ids: Sequence[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import one file; all of it that was valid lands, or nothing does."""
    if progress:
        progress("reading")
    data, parsed = read_export(path, format=format, date_order=date_order, chat_ids=chat_ids)
    if progress:
        progress("storing")
    participant = match_participant(parsed, person)
    inputs, skipped = to_inputs(parsed, participant)
    suggestions: list[str] = []
    if parsed.format == "photo" and parsed.photo is not None:
        info = parsed.photo
        spec = ExhibitSpec(
            name=path.name,
            media_type=info.media_type,
            kind="image",
            capture_method="original file",
            captured_at=info.taken_at,
            captured_place=info.place,
            device=info.device,
        )
        attachments: list[tuple[ExhibitSpec, bytes]] = []
        if info.taken_at is not None:
            day = info.taken_at.replace(hour=0, minute=0, second=0, microsecond=0)
            suggestions = [
                s.number
                for s in diary.list_incidents(date_from=day, date_to=day + timedelta(days=1))
            ]
    else:
        spec = ExhibitSpec(
            name=path.name,
            kind=EXPORT_KIND.get(parsed.format, "file"),
            capture_method="native export",
            description=f"{parsed.format} export"
            + (f" with {', '.join(parsed.participants[:4])}" if parsed.participants else ""),
        )
        attachments = [
            (
                ExhibitSpec(
                    name=a.name,
                    media_type=a.media_type,
                    capture_method=f"from the export {path.name}",
                    description=f"Attached to a message in {path.name}",
                ),
                a.data,
            )
            for a in parsed.attachments
        ]
    result = diary.store_import(
        (spec, data), attachments, inputs, perpetrator=person, participant=participant
    )
    date_range = parsed.date_range
    return ImportReport(
        file=path.name,
        format=parsed.format,
        exhibit=result.export_ref,
        already_kept=not result.export_was_new,
        messages=sum(1 for m in inputs if m.kind != "call"),
        calls=sum(1 for m in inputs if m.kind == "call"),
        attachments=len(result.attachment_refs),
        added=result.added,
        already=result.already,
        skipped=skipped,
        damage=parsed.damage,
        notes=list(parsed.notes),
        first=_iso(date_range[0]) if date_range else None,
        last=_iso(date_range[1]) if date_range else None,
        participants=list(parsed.participants),
        suggested_incidents=suggestions,
    )
