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
    value = value.replace("\x00", "").strip()
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
    )
