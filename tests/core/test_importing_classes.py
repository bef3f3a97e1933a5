"""Importing the new classes of file into a real vault: names matched as people write them,
emails with no known time kept, a photo's file-saved time kept apart, zips stored member by
member, and files beyond a limit refused with nothing added."""

from __future__ import annotations

import base64
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from diary.errors import BadInput, ImportFailed
from diary.importers import email as email_importer
from diary.importers import limits, smsbackup
from diary.importers.model import ParsedExport
from diary.importing import import_file, import_folder, match_participant
from diary.records.service import Diary
from diary.vault import Vault


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("given", "names", "expected"),
    [
        ("Sam Taylor", ["Sam", "Jo"], "Sam"),  # the chat has the first name, the full name given
        ("Sam", ["Sam Taylor", "Jo Bloggs"], "Sam Taylor"),
        ("zoe orsted", ["Zoë Ørsted", "Jo"], "Zoë Ørsted"),
        ("MARK", ["mark", "Jo"], "mark"),
        ("Mark Smith", ["Mark S", "Jo"], "Mark S"),
        ("Sam", ["Sam Taylor", "Sam Jones"], None),  # two could fit: decide nothing
        ("Alex", ["Sam", "Jo"], None),
    ],
)
def test_person_matches_prefix_first_name_case_and_accents(
    given: str, names: list[str], expected: str | None
) -> None:
    parsed = ParsedExport(format="whatsapp", source_name="x", participants=names)
    assert match_participant(parsed, given) == expected


def test_messages_are_incoming_or_outgoing_once_the_first_name_matches(
    vault: Vault, tmp_path: Path
) -> None:
    chat = "14/03/2024, 21:02 - Sam: where are you\n14/03/2024, 21:05 - Jo: stop\n"
    report = import_file(
        Diary(vault), write(tmp_path, "chat.txt", chat.encode()), person="Sam Taylor"
    )
    assert [m.direction for m in Diary(vault).list_messages()] == ["incoming", "outgoing"]
    assert any("Sam in this file was taken to be Sam Taylor" in n for n in report.notes)


def test_unmatched_person_names_the_chat_names(vault: Vault, tmp_path: Path) -> None:
    chat = "14/03/2024, 21:02 - Sam: hi\n14/03/2024, 21:05 - Jo: stop\n"
    report = import_file(Diary(vault), write(tmp_path, "chat.txt", chat.encode()), person="Alex")
    assert any("the names in it are Sam, Jo" in n for n in report.notes)


def test_email_with_no_known_time_is_stored_and_said(vault: Vault, tmp_path: Path) -> None:
    mail = (
        b"From: sam@example.org\r\nTo: jo@example.com\r\nSubject: no date\r\n\r\nI am watching\r\n"
    )
    report = import_file(Diary(vault), write(tmp_path, "undated.eml", mail))
    assert report.added == 1
    (message,) = Diary(vault).list_messages()
    assert message.sent_at is None
    assert "I am watching" in message.body
    assert any("time not known" in note for note in report.notes)
    # It is listed, but not on any day, and cannot be linked to an entry.
    assert Diary(vault).list_messages(date_to=datetime(2100, 1, 1).astimezone()) == []
    again = import_file(Diary(vault), write(tmp_path, "undated.eml", mail))
    assert (again.added, again.already) == (0, 1)


def test_photo_with_only_a_file_saved_time(vault: Vault, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0132] = "2024:03:12 21:30:15"
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "JPEG", exif=exif)
    report = import_file(Diary(vault), write(tmp_path, "edited.jpg", buffer.getvalue()))
    exhibit = Diary(vault).get_exhibit(report.exhibit)
    assert exhibit.captured_at is None
    assert exhibit.file_saved_at == datetime(2024, 3, 12, 21, 30, 15)
    assert "not the time it was taken" in exhibit.description


def test_zip_media_is_stored_from_disk_and_linked(vault: Vault, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "_chat.txt",
            "[14/03/2024, 21:02:00] Sam: \u200e<attached: 00000001-PHOTO-2024-03-14.jpg>\n",
        )
        zf.writestr("00000001-PHOTO-2024-03-14.jpg", b"\xff\xd8\xff" + bytes(range(256)) * 100)
    path = write(tmp_path, "WhatsApp Chat - Sam.zip", buffer.getvalue())
    report = import_file(Diary(vault), path, person="Sam")
    assert report.attachments == 1
    (message,) = Diary(vault).list_messages()
    (ref_and_name,) = message.attachments
    ref = ref_and_name.split()[0]
    assert Diary(vault).read_exhibit(ref) == b"\xff\xd8\xff" + bytes(range(256)) * 100
    assert Diary(vault).read_exhibit(report.exhibit) == path.read_bytes()


def zip_bomb() -> bytes:
    """A small zip whose chat unpacks to far more than its limit (zeros compress ~1000:1)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("_chat.txt", "w", force_zip64=True) as member,
    ):
        member.write(b"14/03/2024, 21:02 - Sam: hi\n")
        chunk = b"\0" * (1 << 20)
        for _ in range(80):
            member.write(chunk)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "limit"),
    [
        ("bomb.zip", zip_bomb, "times its packed size"),
        (
            "long.txt",
            lambda: b"14/03/2024, 21:02 - Sam: " + b"x" * (limits.MAX_LINE_BYTES + 1),
            "line longer",
        ),
    ],
)
def test_hostile_files_are_refused_naming_the_limit_and_add_nothing(
    vault: Vault, tmp_path: Path, name: str, make: object, limit: str
) -> None:
    assert callable(make)
    path = write(tmp_path, name, make())
    with pytest.raises(ImportFailed, match=limit) as caught:
        import_file(Diary(vault), path)
    assert "nothing was added" in caught.value.message
    assert Diary(vault).list_exhibits() == []
    assert Diary(vault).list_messages() == []
    assert vault.blobs.all_ids() == set()


def test_oversized_plain_file_is_refused_before_reading(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "big.eml", b"From: a@example.org\r\nSubject: x\r\n\r\n" + b"x" * 2000)
    with pytest.raises(ImportFailed, match="larger than 1,000 bytes"):
        import_file(Diary(vault), path)
    with pytest.raises(BadInput):
        import_file(Diary(vault), tmp_path / "missing.txt")


def _png(name: str, folder: Path, exif_time: str | None = None) -> None:
    buffer = io.BytesIO()
    image = Image.new("RGB", (4, 4 + sum(map(ord, name)) % 97), "white")  # each different
    if exif_time:
        exif = Image.Exif()
        exif[0x010F] = "Apple"  # Pillow writes the camera details only beside a main tag
        exif.get_ifd(0x8769)[0x9003] = exif_time
        image.save(buffer, "PNG", exif=exif)
    else:
        image.save(buffer, "PNG")
    (folder / name).write_bytes(buffer.getvalue())


def test_folder_of_screenshots_kept_with_times_and_grouped_by_day(
    vault: Vault, tmp_path: Path
) -> None:
    from diary.importing import accept_screenshot_day, import_folder

    folder = tmp_path / "Screenshots"
    folder.mkdir()
    _png("Screenshot_20240301-213015.png", folder)
    _png("Screenshot_20240301-220500_WhatsApp.png", folder)
    _png("IMG_0042.PNG", folder, exif_time="2024:03:02 08:00:00")
    _png("IMG_0043.PNG", folder)
    (folder / "notes.txt").write_text("not a picture")
    report = import_folder(Diary(vault), folder)
    assert len(report.kept) == 4 and report.undated == [report.kept[1]]  # IMG_0043
    assert any(note.startswith("1 picture does not say") for note in report.notes)
    first, second = report.days
    assert first.summary == "2 screenshots on 1 March 2024 between 21:30 and 22:05"
    assert second.summary == "1 screenshot on 2 March 2024 at 08:00"
    assert Diary(vault).get_exhibit(first.refs[0]).captured_at == datetime(2024, 3, 1, 21, 30, 15)
    assert "file name" in Diary(vault).get_exhibit(first.refs[0]).description
    number = accept_screenshot_day(Diary(vault), first)
    assert [e.ref for e in Diary(vault).get_incident(number).exhibits] == list(first.refs)
    again = import_folder(Diary(vault), folder)
    assert (again.kept, len(again.already)) == ([], 4)


def test_a_chat_db_with_its_wal_keeps_both_files_and_every_message(
    vault: Vault, tmp_path: Path
) -> None:
    from tests.importers.test_new_sources import chat_db_with_wal

    path = chat_db_with_wal(tmp_path, ["You can't hide"])
    report = import_file(Diary(vault), path)
    assert report.added == 5
    assert Diary(vault).read_exhibit(report.exhibit) == path.read_bytes()
    (wal,) = [e for e in Diary(vault).list_exhibits() if e.original_name == "chat.db-wal"]
    assert Diary(vault).read_exhibit(wal.ref) == path.with_name("chat.db-wal").read_bytes()
    assert wal.description == "Part of the export chat.db"


def _backup_with_pictures(count: int) -> bytes:
    picture = base64.b64encode(b"\xff\xd8\xff" + bytes(range(256)) * 8)
    records = b"".join(
        b'<mms date="%d" msg_box="1" address="+447700900123"><parts>'
        b'<part ct="text/plain" text="look %d"/><part ct="image/jpeg" cl="p%d.jpg" data="%s"/>'
        b'</parts><addrs><addr address="+447700900123" type="137"/></addrs></mms>\n'
        b'<sms address="+447700900123" date="%d" type="1" body="&#55357;&#56832; %d"/>\n'
        % (1710279000000 + i * 1000, i, i, picture, 1710279000500 + i * 1000, i)
        for i in range(count)
    )
    return b'<?xml version="1.0"?>\n<smses count="%d">\n' % (2 * count) + records + b"</smses>\n"


def test_a_backup_beyond_the_whole_file_limit_is_read_from_disk_without_its_pictures(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _backup_with_pictures(40)
    small = write(tmp_path, "small.xml", data)
    whole = smsbackup.parse(small.name, small)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 20_000)  # this backup is now "large"
    assert len(data) > 20_000
    large = write(tmp_path, "sms-large.xml", data)
    streamed = smsbackup.parse(large.name, large)
    # Every message and call, the same as read whole (emoji halves joined across pieces)...
    assert streamed.messages == whole.messages
    assert streamed.messages[1].body == "\U0001f600 0"
    # ...but the pictures stay in the backup, which is kept whole, and the report says so.
    assert streamed.attachments == [] and len(whole.attachments) == 40
    assert any(
        "the 40 files in its picture messages were not taken out" in n for n in streamed.notes
    )
    report = import_file(Diary(vault), large)
    assert report.added == 80
    assert Diary(vault).read_exhibit(report.exhibit) == data
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 20_000)
    with pytest.raises(limits.TooLarge, match="larger than 20,000 bytes"):
        smsbackup.parse(large.name, large)


def test_a_streamed_backup_still_refuses_declarations_cut_across_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(smsbackup, "_CHUNK", 64)
    for cut in range(50, 70):
        data = b"<?xml version='1.0'?>" + b" " * (cut - 21) + b'<!DOCTYPE smses [<!ENTITY a "x">]>'
        data += b"<smses>" + b" " * 200 + b"</smses>"
        path = write(tmp_path, "sms.xml", data)
        with pytest.raises(ImportFailed, match="XML declarations"):
            smsbackup.parse(path.name, path)


def _mailbox(count: int) -> bytes:
    out = b"\xef\xbb\xbf"
    for i in range(count):
        out += b"From sam@example.org Tue Mar 12 21:%02d:00 2024\n" % (i % 60)
        out += (
            b"From: Sam <sam@example.org>\nDate: Tue, 12 Mar 2024 21:%02d:00 +0000\n"
            b"Subject: number %d\nMIME-Version: 1.0\n"
            b'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\n'
            b"I know where you are. %d\n>From the window.\n--B\nContent-Type: image/jpeg\n"
            b'Content-Disposition: attachment; filename="car%d.jpg"\n'
            b"Content-Transfer-Encoding: base64\n\n/9j/4AAQ\n--B--\n\n" % (i % 60, i, i, i)
        )
    return out


def test_a_mailbox_beyond_the_whole_file_limit_is_read_one_email_at_a_time(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _mailbox(30)
    whole = email_importer.parse("Inbox.mbox", data)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2_000)
    assert len(data) > 2_000
    path = write(tmp_path, "Inbox.mbox", data)
    streamed = email_importer.parse(path.name, path)
    assert [(m.subject, m.body, m.sent_at, m.attachments) for m in streamed.messages] == [
        (m.subject, m.body, m.sent_at, m.attachments) for m in whole.messages
    ]
    assert streamed.messages[0].body == "I know where you are. 0\nFrom the window."
    assert streamed.attachments == [] and len(whole.attachments) == 30
    assert any("their 30 attachments were not taken out" in n for n in streamed.notes)
    report = import_file(Diary(vault), path)
    assert report.added == 30
    assert Diary(vault).read_exhibit(report.exhibit) == data
    # One email beyond its own limit is left in the kept mailbox and named; the rest are read.
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1000)
    big = _mailbox(6) + b"From x Tue Mar 12 2024\nFrom: a@b.c\nSubject: big\n\n" + b"x" * 1200
    path = write(tmp_path, "Big.mbox", big + b"\n" + _mailbox(1)[3:])
    streamed = email_importer.parse(path.name, path)
    assert len(streamed.messages) == 7
    assert streamed.skipped[0][0] == "message 7" and "kept whole" in streamed.skipped[0][1]
    # A single email this large is not read from disk; beyond the stream limit, nothing is.
    one = write(tmp_path, "one.eml", b"From: a@b.c\nSubject: x\n\n" + b"x" * 3000)
    with pytest.raises(limits.TooLarge, match="larger than 2,000 bytes"):
        email_importer.parse(one.name, one)
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 2_500)
    with pytest.raises(limits.TooLarge, match="this mailbox is larger than 2,500 bytes"):
        email_importer.parse(path.name, path)


def test_a_folder_of_more_pictures_than_the_limit_is_refused_and_adds_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FOLDER_FILES", 2)
    folder = tmp_path / "shots"
    folder.mkdir()
    for name in ("Screenshot_20240301-213015.png", "Screenshot_20240301-213016.png"):
        _png(name, folder)
    assert len(import_folder(Diary(vault), folder).kept) == 2
    _png("Screenshot_20240301-213017.png", folder)
    before = len(Diary(vault).list_exhibits())
    with pytest.raises(limits.TooLarge, match=r"more than 2 pictures.*nothing was added"):
        import_folder(Diary(vault), folder)
    assert len(Diary(vault).list_exhibits()) == before
