"""Photo EXIF: capture time with offset, GPS, device; broken EXIF never stops the import."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from diary.errors import ImportFailed
from diary.importers.photos import read_photo


def _jpeg(exif: Image.Exif | None = None, fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (8, 6), "red")
    if exif is None:
        image.save(buffer, fmt)
    else:
        image.save(buffer, fmt, exif=exif)
    return buffer.getvalue()


def _full_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13 Pro\x00"
    exif[0x0112] = 6
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2024:03:12 21:30:15"
    ifd[0x9011] = "+01:00"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 30.0, 36.0)
    gps[3] = "W"
    gps[4] = (0.0, 7.0, 30.0)
    return exif


def test_jpeg_with_full_exif() -> None:
    info = read_photo("IMG_0001.JPG", _jpeg(_full_exif()))
    assert info.media_type == "image/jpeg"
    assert (info.width, info.height) == (8, 6)
    assert info.taken_at == datetime(2024, 3, 12, 21, 30, 15, tzinfo=timezone(timedelta(hours=1)))
    assert info.offset_known is True
    assert info.latitude == pytest.approx(51.51)
    assert info.longitude == pytest.approx(-0.125)
    assert (info.make, info.model, info.orientation) == ("Apple", "iPhone 13 Pro", 6)
    assert info.problems == ()


def test_time_without_offset_is_naive() -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2024:03:12 21:30:15"
    info = read_photo("a.jpg", _jpeg(exif))
    assert info.taken_at == datetime(2024, 3, 12, 21, 30, 15)
    assert info.offset_known is False


def test_png_without_exif() -> None:
    info = read_photo("screenshot.png", _jpeg(fmt="PNG"))
    assert info.media_type == "image/png"
    assert (info.taken_at, info.latitude, info.make) == (None, None, None)


@pytest.mark.parametrize(
    "value", ["0000:00:00 00:00:00", "garbage", "2024:13:45 99:99:99", "", "    "]
)
def test_odd_capture_times_are_ignored(value: str) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = value
    assert read_photo("a.jpg", _jpeg(exif)).taken_at is None


def test_odd_gps_is_ignored() -> None:
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[2] = (1.0, 0.0)
    gps[4] = (200.0, 0.0, 0.0)
    info = read_photo("a.jpg", _jpeg(exif))
    assert (info.latitude, info.longitude) == (None, None)


def test_broken_exif_block_still_reads_the_image() -> None:
    data = bytearray(_jpeg(_full_exif()))
    start = data.index(b"Exif\x00\x00")
    for offset in range(start + 10, start + 60):
        data[offset] = 0xFF
    info = read_photo("a.jpg", bytes(data))
    assert (info.width, info.height) == (8, 6)


def test_heic() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    try:
        Image.new("RGB", (16, 16), "blue").save(buffer, "HEIF", exif=_full_exif())
    except Exception:
        pytest.skip("this libheif has no HEIC encoder")
    info = read_photo("IMG_0002.HEIC", buffer.getvalue())
    assert info.media_type in ("image/heic", "image/heif")
    assert info.make == "Apple"
    assert info.taken_at == datetime(2024, 3, 12, 21, 30, 15, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "data", [b"", b"not an image", b"\xff\xd8\xff\xe0broken", b"\x89PNG\r\n\x1a\n"]
)
def test_not_a_photo(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"^a\.jpg: this is not a photo"):
        read_photo("a.jpg", data)


def test_software_save_time_is_not_capture_time() -> None:
    exif = Image.Exif()
    exif[0x0132] = "2024:04:01 10:00:00"
    info = read_photo("edited.jpg", _jpeg(exif))
    assert info.taken_at is None
    assert info.modified_at == datetime(2024, 4, 1, 10, 0)
