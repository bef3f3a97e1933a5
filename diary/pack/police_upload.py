"""The police-upload profile: the signed pack's files copied into folders of submissions for a
police force's evidence upload link (Axon Citizen), each within the link's limits.

upload-1/ holds the report and the chronology; the exhibits follow in their original formats,
each named with its reference and date ("JS3 2024-03-01 photo.jpg") so the date survives the
upload even where the system keeps no file dates. The signed zip stays the pack of record: its
report lists every uploaded file with its hash, and how-to-upload.txt says how to send them.
The limits are the vendor's published ones for a public upload link; see docs/court.md.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path

from diary.errors import WriteFailed
from diary.fsutil import ensure_private_dir
from diary.pack.court_model import PackAttachment, PackUpload
from diary.pack.model import PackExhibit, PackIncident
from diary.pack.names import CHRONOLOGY, REPORT
from diary.words import plural

MAX_FILES = 16  # files in one submission
MAX_FILE_BYTES = 2 * 1024**3  # one file
MAX_SUBMISSION_BYTES = 10 * 1024**3  # one submission in all
HOW_TO = "how-to-upload.txt"
_KINDS = {"image": "photo", "video": "video", "audio": "recording"}


def _describe(exhibit: PackExhibit) -> str:
    if "screenshot" in exhibit.capture_method.lower():
        return "screenshot"
    if "export" in exhibit.capture_method.lower() or exhibit.kind == "chat export":
        return "chat export"
    return _KINDS.get(exhibit.media_type.split("/")[0], "document")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9 ._-]", "", text).strip()


def upload_name(exhibit: PackExhibit, day: datetime | None) -> str:
    """`JS3 2024-03-01 photo.jpg`: reference, the day it shows, what it is, its own extension."""
    ext = exhibit.original_name.rpartition(".")[2] if "." in exhibit.original_name else ""
    ext = re.sub(r"[^A-Za-z0-9]", "", ext).lower()[:10]
    when = day or exhibit.captured_at or exhibit.imported_at
    stem = _plain(f"{exhibit.ref} {when:%Y-%m-%d} {_describe(exhibit)}")
    return f"{stem}.{ext}" if ext else stem


def plan(
    exhibits: Sequence[PackExhibit],
    incidents: Sequence[PackIncident],
    attachments: Sequence[PackAttachment] = (),
) -> tuple[PackUpload, ...]:
    """Which folder each file goes in. The first holds the report and the chronology; a file
    over the per-file limit cannot be uploaded and is left out (how-to-upload.txt says so).

    The day in a file's name is the day it shows: when it was captured, else the date the
    person gave a document they attached (an order, a police letter), else the day of the
    first incident it belongs to, else the day it entered the diary."""
    first_day: dict[str, datetime] = {}
    for a in attachments:
        if a.dated is not None:
            first_day[a.exhibit] = datetime.combine(a.dated, time(12), tzinfo=UTC)
    for i in sorted(incidents, key=lambda i: i.occurred_start):
        for ref in i.exhibits:
            first_day.setdefault(ref, i.occurred_start)
    items: list[PackUpload] = []
    folder, count, size = 1, 2, 0
    items.append(PackUpload("upload-1", REPORT, ""))
    items.append(PackUpload("upload-1", CHRONOLOGY, ""))
    used: set[str] = set()
    for exhibit in exhibits:
        if exhibit.size > MAX_FILE_BYTES:
            continue
        if count >= MAX_FILES or size + exhibit.size > MAX_SUBMISSION_BYTES:
            folder, count, size = folder + 1, 0, 0
        name = upload_name(exhibit, exhibit.captured_at or first_day.get(exhibit.ref))
        stem, dot, ext = name.rpartition(".")
        n = 2
        while name.lower() in used:
            name = f"{stem or name} ({n}){dot}{ext}" if dot else f"{name} ({n})"
            n += 1
        used.add(name.lower())
        items.append(
            PackUpload(f"upload-{folder}", name, exhibit.ref, exhibit.sha256, exhibit.size)
        )
        count += 1
        size += exhibit.size
    return tuple(items)


def too_big(exhibits: Sequence[PackExhibit]) -> list[PackExhibit]:
    return [e for e in exhibits if e.size > MAX_FILE_BYTES]


def how_to_text(
    pack_name: str, uploads: Sequence[PackUpload], left_out: Sequence[PackExhibit]
) -> str:
    folders = sorted({u.folder for u in uploads}, key=lambda f: int(f.split("-")[1]))
    lines = [
        "How to send this evidence through a police upload link",
        "",
        "The officer dealing with your report may send you a link (by text or email) to upload",
        "evidence. Each link takes a limited number of files, so the files are split into",
        f"{plural(len(folders), 'folder')}: {', '.join(folders)}.",
        "",
        "1. Open the link on the device where these folders are.",
        "2. Upload every file in upload-1 first: the report (report.pdf) and the chronology",
        "   (chronology.csv) tell the officer what every other file is.",
        "3. Submit, then upload the next folder. If one link will not take another submission,",
        "   ask the officer for another link.",
        "4. Keep the file names as they are: each starts with its exhibit reference and the",
        "   date it shows, so the date is kept even where the upload system does not keep it.",
        "",
        f"The signed evidence pack ({pack_name}) is the pack of record. Its report lists every",
        "file below with its SHA-256, so the officer can check each uploaded file against it.",
        "Keep the signed pack; give it to the officer too if they ask for it.",
        "",
    ]
    for folder in folders:
        lines.append(f"{folder}/")
        for u in uploads:
            if u.folder == folder:
                digest = (
                    f"  sha256 {u.sha256}" if u.sha256 else "  (listed in the pack's SHA256SUMS)"
                )
                lines.append(f"  {u.name}{digest}")
        lines.append("")
    if left_out:
        lines.append("Too big for an upload link (over 2 GB), so not in any folder:")
        for e in left_out:
            lines.append(f"  {e.ref} {e.original_name}: give it to the officer another way")
        lines.append("")
    lines.append("These files are not protected by your passphrase. Delete the folders once the")
    lines.append("upload is done.")
    return "\n".join(lines) + "\n"


def write_folders(
    out_dir: Path,
    pack_zip: Path,
    uploads: Sequence[PackUpload],
    exhibit_paths: dict[str, str],
    left_out: Sequence[PackExhibit],
) -> list[Path]:
    """Copy each file out of the signed pack into its folder; returns the folders written."""
    written: list[Path] = []
    try:
        with zipfile.ZipFile(pack_zip) as zf:
            for upload in uploads:
                folder = out_dir / upload.folder
                if folder not in written:
                    ensure_private_dir(folder)
                    written.append(folder)
                member = exhibit_paths.get(upload.ref) if upload.ref else upload.name
                if member is None:
                    continue
                target = folder / upload.name
                with zf.open(member) as src, target.open("xb") as dst:
                    while chunk := src.read(1024 * 1024):
                        dst.write(chunk)
        (out_dir / HOW_TO).write_text(
            how_to_text(pack_zip.name, uploads, left_out), encoding="utf-8"
        )
    except FileExistsError as exc:
        raise WriteFailed(
            f"{out_dir} already holds upload folders; choose an empty folder. The signed pack "
            "was written."
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            "The upload folders could not be written (the disk may be full). The signed pack "
            f"was written to {pack_zip}; try the folders again somewhere with more room."
        ) from exc
    return written
