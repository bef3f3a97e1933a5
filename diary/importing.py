"""Imports an export file into the diary: parse it, keep the file itself as an exhibit, store its messages.

The parsers in `diary/importers/` read files; this module decides what is kept and how it is
linked (who is doing it, which messages are already there), all in one transaction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from diary.errors import BadInput, ImportFailed
from diary.importers import limits
from diary.importers.detect import parse_file
from diary.importers.model import ParsedExport, ParsedMessage, PhotoInfo
from diary.importers.photos import read_photo
from diary.importers.text import strip_bidi
from diary.records.service import Diary
from diary.records.types import ExhibitSpec, IncidentInput, MessageInput

FORMAT_NAMES = {
    "whatsapp": "whatsapp",
    "sms": "sms",
    "calls": "sms",
    "email": "email",
    "telegram": "telegram",
    "photos": "photo",
    "photo": "photo",
    "facebook": "meta",
    "instagram": "meta",
    "meta": "meta",
    "imessage": "imessage",
}
EXPORT_KIND = {
    "whatsapp": "chat export",
    "sms": "phone backup",
    "email": "email",
    "telegram": "chat export",
    "photo": "image",
    "meta": "chat export",
    "imessage": "message database",
}


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
) -> ParsedExport:
    """What the parsers make of a file; raises ImportFailed or BadInput.

    The file is given to the parsers by its path: zips and message databases are read from
    disk as needed, other files are read whole within the stated limits
    (`diary.importers.limits`).
    """
    if format is not None and format not in FORMAT_NAMES:
        raise BadInput(f"'{format}' is not an import format Daybook knows.")
    try:
        if not path.is_file():
            raise BadInput(f"There is no file at {path}.")
        return parse_file(
            path.name,
            path,
            format=FORMAT_NAMES[format] if format else None,
            date_order=date_order,
            chat_ids=list(chat_ids) if chat_ids else None,
        )
    except OSError as exc:
        raise BadInput(f"Daybook could not read the file {path.name}.") from exc


def _fold(text: str) -> str:
    """A name compared without case, accents or extra spaces: "Zoë  Ørsted" ~ "zoe orsted"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(strip_bidi(plain).casefold().split())


def match_participant(parsed: ParsedExport, person: str | None) -> str | None:
    """Which name in the export is `person`, or None when none (or more than one) fits.

    In order: the same name ignoring case and accents; a name that starts the one given or
    is started by it ("Sam" in the chat for "Sam Taylor", or the other way round); the same
    first name. A rule that fits more than one name decides nothing.
    """
    if not person or not person.strip():
        return None
    wanted = _fold(person)
    names = [(name, _fold(name)) for name in parsed.participants if name.strip()]
    rules: tuple[Callable[[str], bool], ...] = (
        lambda folded: folded == wanted,
        lambda folded: wanted.startswith(folded + " ") or folded.startswith(wanted + " "),
        lambda folded: folded.startswith(wanted) or wanted.startswith(folded),
        lambda folded: folded.split()[:1] == wanted.split()[:1],
    )
    for rule in rules:
        found = [name for name, folded in names if folded and rule(folded)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


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
        body = message.body
        if message.subject:
            body = f"{message.subject}\n\n{body}" if body else message.subject
        # A message whose time is not known is kept all the same (the report says so).
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


def _photo_description(info: PhotoInfo) -> str:
    """How the photo's time is known, in words, for the exhibit's description."""
    if info.taken_at is not None and info.time_source:
        return f"Time taken from {info.time_source}."
    if info.modified_at is not None:
        return (
            f"The photo does not say when it was taken; it was last saved by a program at "
            f"{info.modified_at:%d %b %Y %H:%M}, which is not the time it was taken."
        )
    return "The photo does not say when it was taken."


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
    parsed = read_export(path, format=format, date_order=date_order, chat_ids=chat_ids)
    if progress:
        progress("storing")
    participant = match_participant(parsed, person)
    inputs, skipped = to_inputs(parsed, participant)
    notes = list(parsed.notes)
    if person and participant is None and parsed.participants:
        notes.append(
            f"No one in this file is clearly {person} (the names in it are "
            f"{', '.join(parsed.participants[:8])}), so who sent each message is left as "
            "written; choose one of those names to link them."
        )
    elif person and participant is not None and _fold(participant) != _fold(person):
        notes.append(f"{participant} in this file was taken to be {person}.")
    unknown_times = sum(1 for m in inputs if m.sent_at is None)
    if unknown_times:
        notes.append(
            f"{unknown_times} {'message has' if unknown_times == 1 else 'messages have'} no "
            "time Daybook could read; kept with their time not known."
        )
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
            file_saved_at=info.modified_at,
            description=_photo_description(info),
        )
        notes += list(info.problems)
        attachments: list[tuple[ExhibitSpec, bytes | Callable[[], BinaryIO]]] = []
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
                    description=(
                        f"Attached to a message in {path.name}"
                        if a.message_position is not None
                        else f"Part of the export {path.name}"
                    ),
                ),
                a.opener or a.data,
            )
            for a in parsed.attachments
        ]
    result = diary.store_import(
        (spec, lambda: path.open("rb")),
        attachments,
        inputs,
        perpetrator=person,
        participant=participant,
    )
    skipped += [
        {"where": name, "why": "this file in the export is damaged and was left out"}
        for name in result.left_out
    ]
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
        notes=notes,
        first=_iso(date_range[0]) if date_range else None,
        last=_iso(date_range[1]) if date_range else None,
        participants=list(parsed.participants),
        suggested_incidents=suggestions,
    )


# -- folders of screenshots ---------------------------------------------------------------------

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".heic", ".heif", ".webp")


@dataclass(frozen=True)
class ScreenshotDay:
    """Screenshots taken on one day: a suggested entry, for the person to accept or not."""

    day: date
    first: datetime
    last: datetime
    refs: tuple[str, ...]

    @property
    def summary(self) -> str:
        count = f"{len(self.refs)} screenshot{'s' if len(self.refs) != 1 else ''}"
        when = f"{self.day.day} {self.day:%B %Y}"
        if self.first == self.last:
            return f"{count} on {when} at {self.first:%H:%M}"
        return f"{count} on {when} between {self.first:%H:%M} and {self.last:%H:%M}"


@dataclass
class FolderReport:
    """What importing a folder of screenshots did."""

    folder: str
    kept: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    days: list[ScreenshotDay] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def import_folder(
    diary: Diary, folder: Path, *, progress: Callable[[int, int], None] | None = None
) -> FolderReport:
    """Keep every picture in a folder as an exhibit with its time (from the picture's own
    details or the name the phone gave it), and group them by day into suggested entries."""
    try:
        paths = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
        )
    except OSError as exc:
        raise BadInput(f"Daybook could not read the folder {folder.name}.") from exc
    if len(paths) > limits.MAX_FOLDER_FILES:
        raise limits.too_big(
            folder.name,
            f"this folder holds more than {limits.MAX_FOLDER_FILES:,} pictures, the most "
            "Daybook adds at once; split them into smaller folders",
        )
    if not paths:
        raise ImportFailed(f"{folder.name}: this folder holds no pictures Daybook can read.")
    report = FolderReport(folder=folder.name)
    by_day: dict[date, list[tuple[datetime, str]]] = {}
    for index, path in enumerate(paths):
        if progress:
            progress(index, len(paths))
        try:
            info = read_photo(path.name, path)
        except ImportFailed as exc:
            report.skipped.append({"where": path.name, "why": exc.message})
            continue
        spec = ExhibitSpec(
            name=path.name,
            media_type=info.media_type,
            kind="image",
            capture_method="screenshot" if "screen" in path.name.lower() else "original file",
            captured_at=info.taken_at,
            captured_place=info.place,
            device=info.device,
            file_saved_at=info.modified_at,
            description=_photo_description(info),
            original_location=path.name,
        )
        result = diary.store_import((spec, _opener(path)), [], [])
        (report.kept if result.export_was_new else report.already).append(result.export_ref)
        report.notes += [f"{path.name}: {problem}" for problem in info.problems]
        if info.taken_at is None:
            report.undated.append(result.export_ref)
            continue
        by_day.setdefault(info.taken_at.date(), []).append((info.taken_at, result.export_ref))
    for day, items in sorted(by_day.items()):
        items.sort(key=lambda item: item[0].replace(tzinfo=None))
        report.days.append(
            ScreenshotDay(
                day=day, first=items[0][0], last=items[-1][0], refs=tuple(r for _, r in items)
            )
        )
    if report.undated:
        count = len(report.undated)
        report.notes.append(
            f"{count} {'picture does' if count == 1 else 'pictures do'} not say when "
            f"{'it was' if count == 1 else 'they were'} taken, so "
            f"{'it is' if count == 1 else 'they are'} kept but not put on a day."
        )
    return report


def _opener(path: Path) -> Callable[[], BinaryIO]:
    return lambda: path.open("rb")


def accept_screenshot_day(diary: Diary, suggestion: ScreenshotDay) -> str:
    """Make the suggested entry for one day's screenshots and link them; returns its number."""
    first, last = suggestion.first, suggestion.last
    if first.tzinfo is None:
        first, last = first.astimezone(), last.astimezone()
    number = diary.add_incident(
        IncidentInput(
            occurred_start=first,
            occurred_end=last if last != first else None,
            precision="exact",
            written_later=True,
            location_kind="online",
            description=suggestion.summary[0].upper() + suggestion.summary[1:] + ".",
        )
    ).number
    diary.link_exhibits(number, suggestion.refs)
    return number
