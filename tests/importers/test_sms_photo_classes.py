"""SMS backups with exact copies and empty MMS parts; photos with NUL-padded strings, only a
"file saved" time, default camera clocks, and screenshots named by the phone."""

from __future__ import annotations

import base64
import io
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from PIL import Image, PngImagePlugin

from diary.importers import limits, smsbackup
from diary.importers.photos import read_photo, time_from_name

SMS = b"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="5">
  <sms address="+447700900123" date="1710279000000" type="1" body="I know where you live" contact_name="Sam" />
  <sms address="+447700900123" date="1710279000000" type="1" body="I know where you live" contact_name="Sam" />
  <sms address="+447700900123" date="1710279000000" type="2" body="I know where you live" contact_name="Sam" />
  <sms address="+447700900123" date="1710279000001" type="1" body="I know where you live" contact_name="Sam" />
  <mms date="1710279180000" msg_box="1" address="+447700900123" contact_name="Sam">
    <parts>
      <part seq="0" ct="image/jpeg" name="empty.jpg" data="" />
      <part seq="0" ct="text/plain" text="Look" />
    </parts>
    <addrs><addr address="+447700900123" type="137" /></addrs>
  </mms>
</smses>
"""


def test_exact_copies_inside_one_backup_are_one_message() -> None:
    export = smsbackup.parse("sms.xml", SMS)
    texts = [m for m in export.messages if m.channel == "sms"]
    # The copy is dropped; a different direction or a millisecond apart is another message.
    assert [(m.direction, m.sent_at.microsecond if m.sent_at else None) for m in texts] == [
        ("incoming", 0),
        ("outgoing", 0),
        ("incoming", 1000),
    ]
    assert any("1 entry was an exact copy" in note for note in export.notes)


def test_empty_mms_part_is_noted_not_kept_as_an_empty_exhibit() -> None:
    export = smsbackup.parse("sms.xml", SMS)
    (mms,) = [m for m in export.messages if m.channel == "mms"]
    assert mms.body == "Look"
    assert mms.attachments == ()
    assert export.attachments == []
    assert any("empty.jpg was empty" in why for _, why in export.skipped)


def _mms_with_picture(picture: bytes) -> bytes:
    return (
        b'<?xml version="1.0"?><smses count="2">'
        b'<mms date="1710279180000" msg_box="1" address="+447700900123">'
        b'<parts><part ct="video/mp4" cl="v.mp4" data="' + base64.b64encode(picture) + b'"/>'
        b'</parts><addrs><addr address="+447700900123" type="137"/></addrs></mms>'
        b'<sms address="+447700900123" date="1710279200000" type="1" body="after"/></smses>'
    )


def test_a_large_mms_is_read_whole_in_few_feeds(monkeypatch: pytest.MonkeyPatch) -> None:
    # expat starts an unfinished token again on every feed, so the feeds must grow while one
    # long attribute spans them (fixed 64 KiB feeds made a 40 MB video take minutes).
    feeds: list[int] = []

    class Counting(ET.XMLPullParser):
        def feed(self, data: bytes | str) -> None:
            feeds.append(len(data))
            super().feed(data)

    monkeypatch.setattr(ET, "XMLPullParser", Counting)
    picture = bytes(range(256)) * 16384  # 4 MB, about 5.6 MB in base64
    export = smsbackup.parse("sms.xml", _mms_with_picture(picture))
    (attachment,) = export.attachments
    assert attachment.data == picture
    assert [m.body for m in export.messages] == ["", "after"]
    assert len(feeds) < 15, len(feeds)


def test_a_record_beyond_its_limit_is_refused_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1 << 20)
    smsbackup.parse("sms.xml", _mms_with_picture(b"x" * 500_000))  # under the limit: read
    with pytest.raises(limits.TooLarge, match=r"record 1 is larger than 1 MB.*nothing"):
        smsbackup.parse("sms.xml", _mms_with_picture(b"x" * 2_000_000))


def _image(exif: Image.Exif | None = None, fmt: str = "JPEG", **extra: object) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (8, 6), "blue")
    options: dict[str, object] = dict(extra)
    if exif is not None:
        options["exif"] = exif
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def test_exif_strings_end_at_the_first_nul() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Canon\x00\x00garbage"
    exif[0x0110] = "EOS 40D\x00Canon EOS 40D\x00"
    info = read_photo("p.jpg", _image(exif))
    assert (info.make, info.model) == ("Canon", "EOS 40D")


def test_only_the_file_saved_time_is_never_the_capture_time() -> None:
    exif = Image.Exif()
    exif[0x0132] = "2024:03:12 21:30:15"
    info = read_photo("photo.jpg", _image(exif))
    assert info.taken_at is None
    assert info.modified_at == datetime(2024, 3, 12, 21, 30, 15)
    assert info.time_source is None


@pytest.mark.parametrize("day", ["2000:01:01 00:03:10", "2007:01:01 12:00:00"])
def test_camera_default_clock_is_warned_about(day: str) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = day
    info = read_photo("p.jpg", _image(exif))
    assert info.taken_at is not None
    assert any("never set" in problem for problem in info.problems)


def test_an_ordinary_day_is_not_warned_about() -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2024:01:01 00:03:10"
    assert read_photo("p.jpg", _image(exif)).problems == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Screenshot_20240301-213015.png", datetime(2024, 3, 1, 21, 30, 15)),
        ("Screenshot_20240301-213015_WhatsApp.jpg", datetime(2024, 3, 1, 21, 30, 15)),
        ("Screenshot_20200603_181349_org.example.app.jpg", datetime(2020, 6, 3, 18, 13, 49)),
        ("Screenshot_2023-01-15-14-32-21-204_com.whatsapp.jpg", datetime(2023, 1, 15, 14, 32, 21)),
        ("Screenshot 2019-05-21 at 10.45.52.png", datetime(2019, 5, 21, 10, 45, 52)),
        ("Screen Shot 2019-05-21 at 1.45.52 PM.png", datetime(2019, 5, 21, 13, 45, 52)),
        ("Screenshot from 2016-10-23 14-16-02.png", datetime(2016, 10, 23, 14, 16, 2)),
        ("Screenshot 2024-03-01 213015.png", datetime(2024, 3, 1, 21, 30, 15)),
        ("PXL_20240301_213015123.jpg", datetime(2024, 3, 1, 21, 30, 15)),
        ("IMG_0042.PNG", None),
        ("Screenshot_20241301-213015.png", None),
    ],
)
def test_times_phones_write_into_file_names(name: str, expected: datetime | None) -> None:
    assert time_from_name(name) == expected


def test_screenshot_without_exif_takes_its_time_from_its_name() -> None:
    info = read_photo("Screenshot_20240301-213015.png", _image(fmt="PNG"))
    assert info.taken_at == datetime(2024, 3, 1, 21, 30, 15)
    assert info.time_source == "its file name"


def test_iphone_screenshot_time_from_its_xmp_packet() -> None:
    meta = PngImagePlugin.PngInfo()
    meta.add_itxt(
        "XML:com.adobe.xmp",
        '<x:xmpmeta><rdf:Description photoshop:DateCreated="2024-03-01T21:30:15"/></x:xmpmeta>',
    )
    info = read_photo("IMG_0042.PNG", _image(fmt="PNG", pnginfo=meta))
    assert info.taken_at == datetime(2024, 3, 1, 21, 30, 15)
    assert info.time_source == "the photo's own details (XMP)"


def test_a_backup_stating_more_entries_than_the_limit_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_MESSAGES", 5)
    assert len(smsbackup.parse("sms.xml", SMS).messages) == 4  # count="5"; one exact copy
    monkeypatch.setattr(limits, "MAX_MESSAGES", 4)
    with pytest.raises(
        limits.TooLarge, match="it says it holds 5 messages and calls, more than the 4"
    ):
        smsbackup.parse("sms.xml", SMS)  # said before any entry is read
