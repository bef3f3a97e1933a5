"""build_pack: writes the signed evidence-pack zip from a PackInput, streaming exhibits so memory stays flat.

The zip is written to a temporary file beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
import secrets
import unicodedata
import zipfile
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageOps

from diary import partfiles
from diary.errors import BadInput, DaybookError, VaultDamaged, WriteFailed
from diary.pack import age, signing
from diary.pack.checkpage import PAGE_NAME, page_bytes
from diary.pack.chronology import chronology_csv
from diary.pack.manifest import build_manifest, validate_manifest
from diary.pack.model import (
    ExhibitView,
    PackExhibit,
    PackInput,
    PackResult,
    PackWithheld,
    ReportContext,
)
from diary.pack.names import (
    ALLOWED,
    KEY_PEM,
    KEY_PUB,
    SIG,
    SSHSIG,
    STATEMENT_DOCX,
    SUMS,
    UNLISTED,
)
from diary.pack.readme import readme_text
from diary.pack.redact import Redactor, apply_profile, redactor_for
from diary.pack.report import render_report
from diary.pack.update import trim_to_update

Progress = Callable[[str, float], None]

# Pillow can open these; anything bigger is treated as a plain file to keep memory bounded.
IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp"}
)
MAX_IMAGE_BYTES = 64 * 1024 * 1024
PREVIEW_PX = 1000
PICTURE_THREADS = 2
PICTURES_IN_FLIGHT = 4
_STORED_PREFIXES = ("image/", "video/", "audio/")
_STORED_TYPES = frozenset({"application/zip", "application/pdf", "application/gzip"})
_CHUNK = 1024 * 1024


def pack_file_name(data: PackInput) -> str:
    """The zip's name: the person's initials and the date, e.g. JS-evidence-pack-2024-06-30.zip."""
    initials = re.sub(r"[^A-Za-z0-9]", "", data.owner_initials) or "pack"
    suffix = "-court-copy" if data.profile == "court" else ""
    return f"{initials}-evidence-pack-{data.created_at:%Y-%m-%d}{suffix}.zip"


def new_pack_id(data: PackInput) -> str:
    initials = re.sub(r"[^A-Za-z0-9]", "", data.owner_initials).upper() or "DB"
    return (
        f"{initials}-{data.created_at.astimezone(UTC):%Y%m%d-%H%M}-{secrets.token_hex(3).upper()}"
    )


def safe_name(ref: str, original: str) -> str:
    """`JS1-original-name.jpg` in plain ASCII, whatever the original name held (paths, controls, …)."""
    base = re.split(r"[/\\]", original)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = re.sub(r"[^A-Za-z0-9]", "", ext).lower()[:10]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_")[:60].strip("-_")
    ref = re.sub(r"[^A-Za-z0-9_-]", "", ref) or "X"
    name = f"{ref}-{stem}" if stem else ref
    return f"{name}.{ext}" if ext else name


class _Zip:
    """A zip written in a fixed order with fixed times, hashing every file it adds."""

    def __init__(self, zf: zipfile.ZipFile, when: tuple[int, int, int, int, int, int]) -> None:
        self.zf = zf
        self.when = when
        self.files: dict[str, tuple[str, int]] = {}

    def _info(self, name: str, size: int, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, self.when)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.file_size = size
        return info

    def add(self, name: str, data: bytes, compress: bool = True) -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.zf.writestr(self._info(name, len(data), compress), data, compresslevel=6)
        self.files[name] = (digest, len(data))
        return digest

    def stream(self, name: str, exhibit: PackExhibit, compress: bool) -> tuple[str, int]:
        info = self._info(name, exhibit.size, compress)
        hasher = hashlib.sha256()
        size = 0
        with self.zf.open(info, "w", force_zip64=exhibit.size > 1 << 30) as out:
            for chunk in exhibit.open_original():
                hasher.update(chunk)
                size += len(chunk)
                out.write(chunk)
        digest = hasher.hexdigest()
        self.files[name] = (digest, size)
        return digest, size


def _read_all(exhibit: PackExhibit) -> bytes:
    return b"".join(exhibit.open_original())


def _check(exhibit: PackExhibit, digest: str, size: int) -> None:
    if digest != exhibit.sha256.lower() or size != exhibit.size:
        raise VaultDamaged(
            f"Exhibit {exhibit.ref} no longer matches the fingerprint taken when it was imported, "
            "so no pack was made. The diary may be damaged; please check it."
        )


# What Pillow reads from a picture file that describes the pixels, not where, when or by whom it
# was taken: anything else (EXIF, XMP, IPTC, comments, text chunks, maker notes, a second
# picture inside) is metadata, which a court copy never carries.
_PICTURE_ONLY_INFO = frozenset(
    {
        "dpi",
        "jfif",
        "jfif_version",
        "jfif_unit",
        "jfif_density",
        "progressive",
        "progression",
        "adobe",
        "adobe_transform",
        "transparency",
        "gamma",
        "srgb",
        "chromaticity",
        "aspect",
        "interlace",
        "loop",
        "duration",
        "background",
        "version",
        "compression",
        "bbox",
        "default_image",
        "disposal",
        "blend",
        "icc_profile",
        "lossless",
    }
)


def _has_metadata(img: Image.Image) -> bool:
    """Whether a picture carries anything besides its pixels: location, camera notes, comments,
    a description, an author… (the person's own details can be in any of them)."""
    if len(img.getexif()):
        return True
    return any(key not in _PICTURE_ONLY_INFO for key in img.info)


def _preview(img: Image.Image) -> tuple[bytes, tuple[int, int]]:
    """A small JPEG with no metadata at all, for thumbnails and the exhibit's own page."""
    # exif_transpose copies the whole picture even when there is nothing to turn.
    turned = img.getexif().get(0x0112, 1) not in (1, None)
    shown = ImageOps.exif_transpose(img) if turned else img
    if shown.mode != "RGB":
        # The report embeds previews as RGB JPEG; flatten transparency onto white first.
        if shown.mode in ("RGBA", "LA", "P"):
            shown = shown.convert("RGBA")
            base = Image.new("RGB", shown.size, (255, 255, 255))
            base.paste(shown, mask=shown.getchannel("A"))
            shown = base
        else:
            shown = shown.convert("RGB")
    shown.thumbnail((PREVIEW_PX, PREVIEW_PX), reducing_gap=2.0)
    out = io.BytesIO()
    # comment=b"": Pillow otherwise copies a JPEG's comment into the preview.
    shown.save(out, "JPEG", quality=80, optimize=False, comment=b"")
    return out.getvalue(), shown.size


def _strip_metadata(img: Image.Image, media_type: str) -> tuple[bytes, str]:
    """The same picture re-encoded with no EXIF, XMP, comments or text: location data and
    anything else written into the file go with them."""
    # Turned upright first, since the orientation tag goes with the rest of the metadata.
    shown = ImageOps.exif_transpose(img)
    out = io.BytesIO()
    if media_type == "image/png":
        # Pillow writes a PNG's text chunks and EXIF only when asked to.
        shown.save(out, "PNG")
        return out.getvalue(), "image/png"
    if shown.mode not in ("RGB", "L"):
        shown = shown.convert("RGB")
    shown.save(out, "JPEG", quality=95, subsampling=0, comment=b"")
    return out.getvalue(), "image/jpeg"


_Pictured = tuple[bytes, tuple[int, int], tuple[bytes, str] | None] | None


def _picture(raw: bytes, media_type: str, court: bool) -> _Pictured:
    """Preview and (court copy, when it holds any metadata) a clean copy; None if unreadable.

    Runs in worker threads: Pillow releases the GIL while decoding, resizing and encoding.
    """
    try:
        with Image.open(io.BytesIO(raw)) as img:
            strip = court and _has_metadata(img)
            if img.format == "JPEG":
                # Decoding at reduced scale is several times faster for a preview.
                scale = min(1.0, PREVIEW_PX / max(img.size))
                img.draft("RGB", (int(img.size[0] * scale), int(img.size[1] * scale)))
            preview, psize = _preview(img)
        redacted = None
        if strip:
            with Image.open(io.BytesIO(raw)) as img:
                redacted = _strip_metadata(img, media_type)
    except Exception:
        # Pillow raises many kinds of error on damaged or hostile files (including its
        # decompression-bomb guard); any of them means: carry it as a plain file, no preview.
        return None
    return preview, psize, redacted


TEXT_TYPES = frozenset(
    {"application/json", "application/xml", "message/rfc822", "application/mbox"}
)
ZIP_TYPES = frozenset({"application/zip", "application/x-zip-compressed"})


def _is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in TEXT_TYPES


def _decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding to write it back in (UTF-8 unless the file says UTF-16)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "surrogatepass"), "utf-16"
    return raw.decode("utf-8", "surrogateescape"), "utf-8"


def _redacted_text(raw: bytes, scrub: Redactor) -> bytes | None:
    """The file with the person's own details withheld, or None when it holds none."""
    text, encoding = _decode(raw)
    before = scrub.hits
    cleaned = scrub(text)
    if scrub.hits == before:
        return None
    if encoding == "utf-8":
        return cleaned.encode("utf-8", "surrogateescape")
    return cleaned.encode("utf-16", "surrogatepass")


_TEXT_NAMES = (".txt", ".json", ".xml", ".csv", ".html", ".htm", ".eml", ".vcf", ".md")
ZIP_MAX_ENTRIES = 2000


def _zip_problem(raw: bytes, scrub: Redactor) -> str | None:
    """Why a zip (a chat export) cannot go into a court copy as it is, or None when every file
    in it is text that holds none of the person's details. Pictures, recordings and other
    archives inside cannot be checked or cleaned in place, so they keep the zip out too."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as inner:
            infos = inner.infolist()
            if len(infos) > ZIP_MAX_ENTRIES:
                return _CANNOT_CHECK
            for info in infos:
                if info.is_dir():
                    if scrub.finds(info.filename):
                        return _HOLDS_DETAILS
                    continue
                if info.file_size > MAX_IMAGE_BYTES or not info.filename.lower().endswith(
                    _TEXT_NAMES
                ):
                    return _CANNOT_CHECK
                if scrub.finds(info.filename) or scrub.finds(_decode(inner.read(info))[0]):
                    return _HOLDS_DETAILS
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return _CANNOT_CHECK  # cannot look inside, so cannot promise it is clean
    return None


_HOLDS_DETAILS = (
    "Not in the court copy: this file holds the person's own address, phone number, email or "
    "other details. It is in the full copy; its SHA-256 is listed here."
)
_CANNOT_CHECK = (
    "Not in the court copy: Daybook cannot look inside this kind of file to take out the "
    "person's own details and location data. It is in the full copy; its SHA-256 is listed here."
)


def _redacted_copy(
    z: _Zip,
    e: PackExhibit,
    name: str,
    body: bytes,
    compress: bool,
    removed: str,
    how: str,
    preview: bytes | None = None,
    preview_size: tuple[int, int] = (0, 0),
) -> ExhibitView:
    """A court copy's derived file (`JS1-R`) in exhibits-redacted, in place of the original."""
    rref = f"{e.ref}-R"
    rpath = f"exhibits-redacted/{name}"
    rdigest = z.add(rpath, body, compress=compress)
    return ExhibitView(
        e,
        None,
        redacted_ref=rref,
        redacted_path=rpath,
        redacted_sha256=rdigest,
        redacted_size=len(body),
        note=f"Court copy: shown as {rref}, a copy with {how}. The original's SHA-256 is "
        "listed here; the original is in the full copy.",
        removed=removed,
        preview=preview,
        preview_size=preview_size,
    )


def _exhibits(
    z: _Zip, data: PackInput, report: Progress, scrub: Redactor | None = None
) -> tuple[list[ExhibitView], list[PackWithheld]]:
    views: list[ExhibitView] = []
    withheld: list[PackWithheld] = []
    court = data.profile == "court"
    redacted_refs: list[str] = []
    cannot: list[str] = []  # court copy: files Daybook cannot check or clean
    text_refs: list[str] = []
    held_back: list[str] = []
    total = max(1, len(data.exhibits))
    # Pictures are read here, in order (the vault's streams need not be thread-safe), and
    # processed a few at a time in threads; at most PICTURES_IN_FLIGHT are held in memory.
    pending: deque[tuple[PackExhibit, str, bool, bytes, Future[_Pictured]]] = deque()

    def finish_one() -> None:
        e, path, compress, raw, future = pending.popleft()
        pictured = future.result()
        if pictured is None:
            if court:  # a picture Daybook cannot read, it cannot clean either
                cannot.append(e.ref)
                views.append(ExhibitView(e, None, note=_CANNOT_CHECK))
                return
            z.add(path, raw, compress)
            views.append(ExhibitView(e, path))
            return
        preview, psize, redacted = pictured
        if redacted is None:
            z.add(path, raw, compress)
            views.append(ExhibitView(e, path, preview=preview, preview_size=psize))
            return
        body, media = redacted
        ext = "png" if media == "image/png" else "jpg"
        stem = safe_name(f"{e.ref}-R", e.original_name).rsplit(".", 1)[0]
        redacted_refs.append(e.ref)
        views.append(
            _redacted_copy(
                z,
                e,
                f"{stem}.{ext}",
                body,
                False,
                "location data and other metadata",
                "the photo's location data and other metadata removed",
                preview=preview,
                preview_size=psize,
            )
        )

    with ThreadPoolExecutor(max_workers=PICTURE_THREADS) as pool:
        for n, e in enumerate(sorted(data.exhibits, key=lambda e: _ref_key(e.ref))):
            report("Checking and copying exhibits", n / total)
            if e.carried_in:
                views.append(
                    ExhibitView(
                        e,
                        None,
                        note=f"The file is in the earlier pack {e.carried_in} with the same "
                        "SHA-256 (unchanged), so it is not carried again.",
                    )
                )
                continue
            name = safe_name(e.ref, e.original_name)
            path = f"exhibits/{name}"
            compress = not (
                e.media_type.startswith(_STORED_PREFIXES) or e.media_type in _STORED_TYPES
            )
            is_image = e.media_type in IMAGE_TYPES and e.size <= MAX_IMAGE_BYTES
            if is_image:
                raw = _read_all(e)
                _check(e, hashlib.sha256(raw).hexdigest(), len(raw))
                pending.append(
                    (e, path, compress, raw, pool.submit(_picture, raw, e.media_type, court))
                )
                if len(pending) >= PICTURES_IN_FLIGHT:
                    finish_one()
                continue
            # Files in the zip keep the exhibits' order, so earlier pictures are written first.
            while pending:
                finish_one()
            if court and scrub is not None:
                # A court copy carries only what Daybook can check and clean: text (redacted)
                # and zips of text. Everything else (video, sound, PDF, Word, HEIC, very large
                # files…) may hold the person's details or location, so it stays out.
                if e.size > MAX_IMAGE_BYTES or not (
                    _is_text(e.media_type) or e.media_type in ZIP_TYPES
                ):
                    digest, size = _drain(e)
                    _check(e, digest, size)
                    cannot.append(e.ref)
                    views.append(ExhibitView(e, None, note=_CANNOT_CHECK))
                    continue
                raw = _read_all(e)
                _check(e, hashlib.sha256(raw).hexdigest(), len(raw))
                if e.media_type in ZIP_TYPES:
                    problem = _zip_problem(raw, scrub)
                    if problem is None:
                        z.add(path, raw, compress)
                        views.append(ExhibitView(e, path))
                    else:
                        (held_back if problem is _HOLDS_DETAILS else cannot).append(e.ref)
                        views.append(ExhibitView(e, None, note=problem))
                    continue
                cleaned = _redacted_text(raw, scrub)
                if cleaned is None:
                    z.add(path, raw, compress)
                    views.append(ExhibitView(e, path))
                    continue
                text_refs.append(e.ref)
                views.append(
                    _redacted_copy(
                        z,
                        e,
                        safe_name(f"{e.ref}-R", e.original_name),
                        cleaned,
                        compress,
                        "the person's own details",
                        "the person's own details replaced by [withheld]",
                    )
                )
                continue
            digest, size = z.stream(path, e, compress)
            _check(e, digest, size)
            views.append(ExhibitView(e, path))
        while pending:
            finish_one()
    if redacted_refs:
        withheld.append(
            PackWithheld(
                "Location data and other metadata inside "
                f"{len(redacted_refs)} photo{'s' if len(redacted_refs) != 1 else ''} "
                f"({', '.join(redacted_refs)})",
                "Court copy: each is included as a copy without it, in exhibits-redacted; the "
                "original's fingerprint is kept in the manifest.",
            )
        )
    if cannot:
        withheld.append(
            PackWithheld(
                f"Exhibit{'s' if len(cannot) != 1 else ''} {', '.join(cannot)} (video, sound, "
                "documents such as PDF or Word, and other files that may hold the person's own "
                "details or location data)",
                "Court copy: Daybook cannot look inside them to take those out; they are in the "
                "full copy.",
            )
        )
    if text_refs:
        withheld.append(
            PackWithheld(
                f"The person's own details inside {len(text_refs)} text "
                f"exhibit{'s' if len(text_refs) != 1 else ''} ({', '.join(text_refs)})",
                "Court copy: each is included as a copy with them replaced by [withheld], in "
                "exhibits-redacted; the original's fingerprint is kept in the manifest.",
            )
        )
    if held_back:
        withheld.append(
            PackWithheld(
                f"Exhibit{'s' if len(held_back) != 1 else ''} {', '.join(held_back)} (archives "
                "that hold the person's own details)",
                "Court copy: Daybook cannot redact inside them; they are in the full copy.",
            )
        )
    report("Checking and copying exhibits", 1.0)
    return views, withheld


def _drain(e: PackExhibit) -> tuple[str, int]:
    hasher = hashlib.sha256()
    size = 0
    for chunk in e.open_original():
        hasher.update(chunk)
        size += len(chunk)
    return hasher.hexdigest(), size


def _ref_key(ref: str) -> tuple[str, int, str]:
    m = re.match(r"([A-Za-z]*)(\d+)(.*)", ref)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else (ref, 0, "")


def sums_text(files: dict[str, tuple[str, int]]) -> bytes:
    """GNU coreutils format, two spaces (text mode marker), sorted by name for a stable file."""
    lines = [f"{files[name][0]}  {name}\n" for name in sorted(files) if name not in UNLISTED]
    return "".join(lines).encode("utf-8")


def _naive_times(value: Any, where: str) -> list[str]:
    """Every datetime without a time zone inside a record, by field name."""
    found: list[str] = []
    if isinstance(value, datetime):
        if value.tzinfo is None:
            found.append(where)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            # Chat exports and EXIF record local clock times with no zone: shown as written.
            if f.name not in ("open_original", "sent_at", "captured_at"):
                found += _naive_times(getattr(value, f.name), f"{where}.{f.name}")
    elif isinstance(value, tuple):
        for n, item in enumerate(value):
            found += _naive_times(item, f"{where}[{n}]")
    return found


def validate_input(data: PackInput) -> None:
    """Refuse input the pack cannot represent faithfully, with a plain sentence (BadInput)."""
    naive = _naive_times(data, "pack")
    if naive:
        raise BadInput(f"Every time in a pack must carry its time zone; {naive[0]} does not.")
    numbers = [i.number for i in data.incidents]
    refs = [e.ref for e in data.exhibits]
    for label, values in (("incident number", numbers), ("exhibit reference", refs)):
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            raise BadInput(f"The {label} {dupes[0]} appears twice, so no pack was made.")
    for i in data.incidents:
        if not re.fullmatch(r"INC-[0-9]+", i.number):
            raise BadInput(f"{i.number!r} is not an incident number like INC-0001.")
        if i.fear is not None and not 0 <= i.fear <= 10:
            raise BadInput(f"{i.number}: how frightened must be from 0 to 10.")
        if i.precision not in ("exact", "about", "day", "month"):
            raise BadInput(f"{i.number}: unknown time precision {i.precision!r}.")
    for e in data.exhibits:
        # Refs name files, PDF bookmarks and images: plain letters and digits only (JS12).
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,15}", e.ref):
            raise BadInput(f"{e.ref!r} is not an exhibit reference like JS1.")
        if not re.fullmatch(r"[0-9a-fA-F]{64}", e.sha256) or e.size < 0:
            raise BadInput(f"Exhibit {e.ref} has no valid SHA-256 or size.")
    if data.profile not in ("full", "court"):
        raise BadInput(f"Unknown pack profile {data.profile!r}.")


def build_pack(
    data: PackInput,
    signing_key: Ed25519PrivateKey,
    out_path: Path,
    *,
    progress: Progress | None = None,
    pack_id: str | None = None,
    encrypt_passphrase: str | None = None,
    age_work_factor: int = age.DEFAULT_WORK_FACTOR,
) -> PackResult:
    """Write the evidence pack to `out_path`; nothing is left behind if it fails.

    With `encrypt_passphrase` the zip is written straight into the age format (out_path should
    end in .zip.age), so no readable copy of the pack is ever on disk.
    """
    report: Progress = progress or (lambda _s, _f: None)
    validate_input(data)
    pack_id = pack_id or new_pack_id(data)
    redacted, profile_withheld = apply_profile(data)
    # An update carries in full only what changed since the earlier pack, as this profile shows it.
    redacted, update_withheld = trim_to_update(redacted)
    profile_withheld += update_withheld
    scrub = redactor_for(data) if data.profile == "court" else None
    withheld = list(data.withheld) + profile_withheld
    public = signing_key.public_key()
    key_fp = signing.fingerprint(public)
    key_code = signing.check_code(public)
    out_path = Path(out_path)
    tmp = partfiles.part_path(out_path)
    stamp = data.created_at.astimezone(UTC)
    when = (max(1980, stamp.year), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    try:
        # Only the person can read the pack until they choose to share it (0600, like the vault).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        partfiles.hold(fd)
        with os.fdopen(fd, "wb") as raw:
            sink: BinaryIO = raw
            if encrypt_passphrase is not None:
                sink = age.AgeWriter(raw, encrypt_passphrase, work_factor=age_work_factor)  # type: ignore[assignment]
            with zipfile.ZipFile(sink, "w", allowZip64=True) as zf:
                z = _Zip(zf, when)
                views, exhibit_withheld = _exhibits(z, redacted, report, scrub)
                withheld += exhibit_withheld
                ctx = ReportContext(
                    redacted, pack_id, key_fp, tuple(withheld), tuple(views), key_code
                )
                ctx, pdf, pages, page_count = _report(ctx, report)
                report("Writing the chronology and manifest", 0.0)
                csv_bytes = chronology_csv(
                    redacted.incidents,
                    redacted.messages,
                    pages,
                    {i.number: redacted.court.breaches_of(i.number) for i in redacted.incidents},
                )
                manifest = build_manifest(ctx, pages, page_count)
                validate_manifest(manifest)
                z.add("README.txt", readme_text(ctx).encode("utf-8"))
                z.add(PAGE_NAME, page_bytes())
                z.add("report.pdf", pdf.getvalue(), compress=False)
                del pdf
                docx = _statement_docx(ctx)
                if docx is not None:
                    z.add(STATEMENT_DOCX, docx)
                z.add("chronology.csv", csv_bytes)
                z.add("manifest.json", _json(manifest))
                z.add(KEY_PEM, signing.public_key_pem(public))
                z.add(KEY_PUB, (signing.public_key_openssh(public) + "\n").encode("ascii"))
                z.add(ALLOWED, (signing.allowed_signers_line(public) + "\n").encode("ascii"))
                sums = sums_text(z.files)
                z.add(SUMS, sums)
                z.add(SIG, signing_key.sign(sums), compress=False)
                z.add(SSHSIG, signing.sshsig_sign(signing_key, sums).encode("ascii"))
                files = tuple(z.files)
                report("Finishing", 1.0)
            if sink is not raw:
                sink.close()
            raw.flush()
            os.fsync(raw.fileno())
        tmp.replace(out_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(
            "The evidence pack could not be written (the disk may be full or the folder "
            "read-only). Nothing was saved; please try another place."
        ) from exc
    except DaybookError:
        tmp.unlink(missing_ok=True)
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PackResult(
        pack_id=pack_id,
        path=out_path,
        sums_sha256=hashlib.sha256(sums).hexdigest(),
        files=files,
        withheld=tuple(withheld),
        key_check_code=key_code,
    )


def _report(
    ctx: ReportContext, report: Progress
) -> tuple[ReportContext, io.BytesIO, dict[str, str], int]:
    """report.pdf; a court bundle is fitted to its page limit (diary/pack/bundle.py)."""

    def render(c: ReportContext) -> tuple[bytes, dict[str, str], int]:
        pdf = io.BytesIO()
        pages, count = render_report(c, pdf, report)
        return pdf.getvalue(), pages, count

    limit = ctx.data.court.bundle_max_pages
    if limit:
        from diary.pack.bundle import fit

        ctx, body, pages, count = fit(ctx, render, limit)
    else:
        body, pages, count = render(ctx)
    return ctx, io.BytesIO(body), pages, count


def _statement_docx(ctx: ReportContext) -> bytes | None:
    """draft-statement.docx, for a solicitor to edit: in the full pack only, never a court copy."""
    statement = ctx.data.court.statement
    if ctx.data.profile != "full" or statement is None or not statement.paragraphs:
        return None
    from diary.pack.statement_docx import statement_docx_bytes

    return statement_docx_bytes(statement.as_input(), created=ctx.data.created_at)


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
