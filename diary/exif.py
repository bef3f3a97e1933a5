"""Reads capture time, place and device from a photo's EXIF with Pillow; odd EXIF never stops an import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PhotoMetadata:
    captured_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    device: str | None = None

    @property
    def place(self) -> str | None:
        if self.latitude is None or self.longitude is None:
            return None
        return f"{self.latitude:.6f}, {self.longitude:.6f}"


def _ratio(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1])
    return float(value)


def _coordinate(values: Any, ref: Any) -> float | None:
    degrees, minutes, seconds = (_ratio(v) for v in values)
    result = degrees + minutes / 60 + seconds / 3600
    if str(ref).upper() in {"S", "W"}:
        result = -result
    if not -180 <= result <= 180:
        return None
    return result


def _offset(text: Any) -> timezone | None:
    try:
        sign = -1 if str(text).startswith("-") else 1
        hours, minutes = str(text).lstrip("+-").split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    except (ValueError, TypeError):
        return None


def read_photo_metadata(path: Path) -> PhotoMetadata:
    """Whatever of time, place and device can be read; empty for files that are not photos."""
    try:
        from PIL import Image

        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - pillow-heif is a dependency, but HEIC is optional
            pass
        with Image.open(path) as image:
            exif = image.getexif()
    except Exception:
        # Pillow raises many kinds of errors on odd files; an unreadable photo still attaches.
        return PhotoMetadata()
    return _from_exif(exif)


def _from_exif(exif: Any) -> PhotoMetadata:
    captured: datetime | None = None
    latitude = longitude = None
    device: str | None = None
    try:
        sub = exif.get_ifd(0x8769)
        raw = sub.get(0x9003) or exif.get(0x0132)
        if raw:
            captured = datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
            offset = _offset(sub.get(0x9011))
            if offset is not None:
                captured = captured.replace(tzinfo=offset)
    except Exception:
        captured = None
    try:
        gps = exif.get_ifd(0x8825)
        if gps and 2 in gps and 4 in gps:
            latitude = _coordinate(gps[2], gps.get(1, "N"))
            longitude = _coordinate(gps[4], gps.get(3, "E"))
    except Exception:
        latitude = longitude = None
    try:
        make = str(exif.get(0x010F, "") or "").strip("\x00 ")
        model = str(exif.get(0x0110, "") or "").strip("\x00 ")
        device = " ".join(part for part in (make, model) if part) or None
    except Exception:
        device = None
    return PhotoMetadata(captured, latitude, longitude, device)
