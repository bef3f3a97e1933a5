"""Photos and screenshots (JPEG, PNG, HEIC): capture time, place and device from EXIF.

Odd or broken EXIF never stops the import: whatever could be read is returned.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from diary.importers.model import PhotoInfo
from diary.importers.text import fail

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_MAKE, _MODEL, _DATETIME = 0x010F, 0x0110, 0x0132
_DTO, _DTD, _OFFSET_DTO, _OFFSET = 0x9003, 0x9004, 0x9011, 0x9010
_ORIENTATION = 0x0112
_OFFSET_RE = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
_heif_ready = False


def _register_heif() -> None:
    global _heif_ready
    if not _heif_ready:
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except Exception:
            pass
        _heif_ready = True


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    # EXIF strings end at their first NUL; cameras pad with NULs, spaces or leftover bytes.
    value = value.split("\x00", 1)[0].strip()
    return value or None


def _rational(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1])
    return float(value)


def _coordinate(values: Any, ref: Any) -> float | None:
    try:
        d, m, s = (_rational(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    ref_text = _text(ref) or ""
    if ref_text.upper() in ("S", "W"):
        result = -result
    if result != result or abs(result) > 180:
        return None
    return round(result, 7)


def _exif_time(raw: str | None, offset: str | None) -> tuple[datetime | None, bool]:
    if not raw:
        return None, False
    try:
        taken = datetime.strptime(raw[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, False
    match = _OFFSET_RE.match(offset or "")
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
        if delta <= timedelta(hours=14):
            return taken.replace(tzinfo=timezone(sign * delta)), True
    return taken, False


# The days cameras and phones start their clocks on when never set (or after a flat
# battery): a time on one of them is very likely wrong.
DEFAULT_CLOCK_DAYS = {
    (1970, 1, 1), (1980, 1, 1), (2000, 1, 1), (2001, 1, 1), (2002, 1, 1), (2002, 12, 8),
    (2004, 1, 1), (2005, 1, 1), (2006, 1, 1), (2007, 1, 1), (2008, 1, 1), (2009, 1, 1),
    (2010, 1, 1), (2011, 1, 1), (2012, 1, 1),
}  # fmt: skip

# Times phones and computers write into screenshot and photo file names, local time.
_NAME_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # Android: Screenshot_20240301-213015(_App).png, Screenshot_20200603_181349_pkg.jpg,
        # IMG_20240301_213015.jpg, PXL_20240301_213015123.jpg
        r"(?:^|[^0-9])(?P<y>20\d\d)(?P<mo>\d\d)(?P<d>\d\d)[-_ T](?P<h>\d\d)(?P<mi>\d\d)(?P<s>\d\d)",
        # Xiaomi: Screenshot_2023-01-15-14-32-21-204_pkg.jpg
        r"(?P<y>20\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)-(?P<h>\d\d)-(?P<mi>\d\d)-(?P<s>\d\d)",
        # macOS: Screenshot 2019-05-21 at 10.45.52.png, Screen Shot 2019-05-21 at 10.45.52 PM
        r"(?P<y>20\d\d)-(?P<mo>\d\d)-(?P<d>\d\d) at (?P<h>\d{1,2})\.(?P<mi>\d\d)\.(?P<s>\d\d)"
        r"(?:\s?(?P<ampm>[AP]M))?",
        # GNOME: Screenshot from 2016-10-23 14-16-02.png; Windows: Screenshot 2024-03-01 213015
        r"(?P<y>20\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)[ _](?P<h>\d\d)-?(?P<mi>\d\d)-?(?P<s>\d\d)",
    )
]
_XMP_DATE = re.compile(
    rb"(?:photoshop:DateCreated|xmp:CreateDate|exif:DateTimeOriginal)[=>\"\s]+"
    rb"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?"
)


def time_from_name(name: str) -> datetime | None:
    """The local time a phone or computer wrote into a file name, or None."""
    for pattern in _NAME_PATTERNS:
        found = pattern.search(name)
        if not found:
            continue
        parts = found.groupdict()
        hour = int(parts["h"])
        ampm = (parts.get("ampm") or "").upper()
        if ampm == "PM" and hour < 12:
            hour += 12
        elif ampm == "AM" and hour == 12:
            hour = 0
        try:
            return datetime(
                int(parts["y"]), int(parts["mo"]), int(parts["d"]), hour,
                int(parts["mi"]), int(parts["s"]),
            )  # fmt: skip
        except ValueError:
            continue
    return None


def default_clock_problem(when: datetime | None, what: str) -> str | None:
    """A warning when a time falls on a day cameras reset their clocks to."""
    if when is None or (when.year, when.month, when.day) not in DEFAULT_CLOCK_DAYS:
        return None
    return (
        f"{what} is {when.day} {when:%B %Y}, the day many cameras and phones start their clock "
        "on when it was never set, so it is probably not the real time"
    )


def read_photo(name: str, data: bytes | Path) -> PhotoInfo:
    """Read capture time, place, device and size from an image; raise only if not an image.

    Given a path, Pillow reads only the image's header and EXIF, not the whole file.
    """
    _register_heif()
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data) if isinstance(data, bytes) else data)
            media_type = Image.MIME.get(image.format or "", "application/octet-stream")
            width, height = image.size
    except Exception:
        # Pillow raises many types for bad input (UnidentifiedImageError, OSError, SyntaxError,
        # DecompressionBombError...); all mean the same to the person.
        raise fail(name, None, "this is not a photo Daybook can read.") from None
    if media_type == "application/octet-stream" and image.format in ("HEIF", "HEIC"):
        media_type = "image/heic"
    problems: list[str] = []
    base: dict[int, Any] = {}
    exif_ifd: dict[int, Any] = {}
    gps: dict[int, Any] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exif = image.getexif()
            base = dict(exif)
            try:
                exif_ifd = dict(exif.get_ifd(_EXIF_IFD))
            except Exception:
                problems.append("the camera details could not be read")
            try:
                gps = dict(exif.get_ifd(_GPS_IFD))
            except Exception:
                problems.append("the location could not be read")
    except Exception:
        problems.append("the photo's details (EXIF) are damaged")
    taken_at, offset_known, modified_at = None, False, None
    try:
        # Only the capture time counts as "taken"; DateTime is when a program last saved the
        # file (an editor, for instance), so it is kept apart and never presented as capture.
        taken_at, offset_known = _exif_time(
            _text(exif_ifd.get(_DTO)) or _text(exif_ifd.get(_DTD)),
            _text(exif_ifd.get(_OFFSET_DTO)) or _text(exif_ifd.get(_OFFSET)),
        )
        modified_at, _ = _exif_time(_text(base.get(_DATETIME)), _text(exif_ifd.get(_OFFSET)))
    except Exception:
        problems.append("the time the photo was taken could not be read")
    time_source: str | None = "the photo's own details (EXIF)" if taken_at else None
    if taken_at is None:
        xmp = _xmp_time(image)
        if xmp is not None:
            taken_at, time_source = xmp, "the photo's own details (XMP)"
    if taken_at is None:
        named = time_from_name(Path(name).name)
        if named is not None:
            taken_at, time_source = named, "its file name"
    for when, what in ((taken_at, "The time it was taken"), (modified_at, "The time it was saved")):
        problem = default_clock_problem(when, what)
        if problem:
            problems.append(problem)
    latitude = longitude = None
    try:
        if 2 in gps and 4 in gps:
            latitude = _coordinate(gps.get(2), gps.get(1))
            longitude = _coordinate(gps.get(4), gps.get(3))
            if latitude is None or longitude is None or abs(latitude) > 90:
                latitude = longitude = None
    except Exception:
        problems.append("the location could not be read")
    orientation = base.get(_ORIENTATION)
    image.close()
    return PhotoInfo(
        name=name,
        media_type=media_type,
        width=width,
        height=height,
        taken_at=taken_at,
        offset_known=offset_known,
        modified_at=modified_at,
        latitude=latitude,
        longitude=longitude,
        make=_text(base.get(_MAKE)),
        model=_text(base.get(_MODEL)),
        orientation=orientation if isinstance(orientation, int) else None,
        problems=tuple(problems),
        time_source=time_source,
    )


def _xmp_time(image: Any) -> datetime | None:
    """The creation time in a PNG's XMP packet (iPhone screenshots carry one), or None."""
    packet = image.info.get("XML:com.adobe.xmp") if hasattr(image, "info") else None
    if isinstance(packet, str):
        packet = packet.encode("utf-8", "replace")
    if not isinstance(packet, bytes):
        return None
    found = _XMP_DATE.search(packet[:65536])
    if not found:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g or 0) for g in found.groups())
        return datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None
