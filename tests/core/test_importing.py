"""Importing into a real vault: the export kept as an exhibit, messages with their place in it, no doubles."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from diary.errors import ImportFailed
from diary.importing import import_file
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.vault import Vault

CHAT = (
    "14/03/2024, 21:02 - Mark: Why are you ignoring me\n"
    "14/03/2024, 21:03 - Mark: I know you're home\n"
    "the light is on\n"
    "14/03/2024, 21:05 - Jo: Please stop messaging me\n"
    "15/03/2024, 07:10 - Mark: IMG-20240315-WA0001.jpg (file attached)\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_whatsapp_import_keeps_the_file_and_each_message_place(
    vault: Vault, tmp_path: Path
) -> None:
    path = write(tmp_path, "WhatsApp Chat with Mark.txt", CHAT.encode())
    report = import_file(Diary(vault), path, person="Mark")
    assert (report.format, report.added, report.already) == ("whatsapp", 4, 0)
    exhibit = Diary(vault).get_exhibit(report.exhibit)
    assert Diary(vault).read_exhibit(exhibit.ref) == CHAT.encode()
    assert exhibit.capture_method == "native export"
    messages = Diary(vault).list_messages()
    assert [m.position_label for m in messages] == ["line 1", "line 2", "line 4", "line 5"]
    assert messages[1].body == "I know you're home\nthe light is on"
    assert {m.source_ref for m in messages} == {exhibit.ref}
    assert [m.direction for m in messages] == ["incoming", "incoming", "outgoing", "incoming"]
    assert messages[0].person == "Mark"
    assert messages[2].person is None
    assert Diary(vault).find_person("Mark") is not None


def test_importing_again_or_an_overlapping_export_adds_nothing_twice(
    vault: Vault, tmp_path: Path
) -> None:
    first = write(tmp_path, "chat.txt", CHAT.encode())
    import_file(Diary(vault), first)
    again = import_file(Diary(vault), first)
    assert (again.added, again.already, again.already_kept) == (0, 4, True)
    longer = CHAT + "16/03/2024, 08:00 - Mark: Answer me\n"
    later = import_file(Diary(vault), write(tmp_path, "chat2.txt", longer.encode()))
    assert (later.added, later.already) == (1, 4)
    assert Diary(vault).count_messages() == 5


def test_zip_media_becomes_exhibits_linked_to_their_message(vault: Vault, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("WhatsApp Chat with Mark.txt", CHAT)
        archive.writestr("IMG-20240315-WA0001.jpg", b"\xff\xd8\xff\xe0 photo bytes")
    report = import_file(Diary(vault), write(tmp_path, "chat.zip", buffer.getvalue()))
    assert report.attachments == 1
    photo_message = Diary(vault).list_messages(search="IMG")[0]
    ref = photo_message.attachments[0].split()[0]
    assert Diary(vault).read_exhibit(ref) == b"\xff\xd8\xff\xe0 photo bytes"


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x01\x02 not a chat", b"<smses><sms date='x'", "no dates here\n".encode("utf-16")],
)
def test_a_bad_file_adds_nothing_and_says_so(vault: Vault, tmp_path: Path, data: bytes) -> None:
    before = (Diary(vault).count_messages(), len(Diary(vault).list_exhibits()))
    with pytest.raises(ImportFailed) as caught:
        import_file(Diary(vault), write(tmp_path, "broken.txt", data))
    assert "broken.txt" in caught.value.message
    assert (Diary(vault).count_messages(), len(Diary(vault).list_exhibits())) == before


def test_a_photo_is_suggested_against_incidents_on_the_same_day(
    vault: Vault, tmp_path: Path
) -> None:
    from PIL import Image

    taken = datetime(2024, 3, 14, 21, 5).astimezone()
    Diary(vault).add_incident(
        IncidentInput(occurred_start=taken - timedelta(hours=2), description="x")
    )
    exif = Image.Exif()
    exif[0x8769] = {0x9003: taken.strftime("%Y:%m:%d %H:%M:%S")}
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, "JPEG", exif=exif)
    report = import_file(
        Diary(vault), write(tmp_path, "car.jpg", buffer.getvalue()), format="photos"
    )
    assert report.format == "photo"
    assert report.suggested_incidents == ["INC-0001"]
    exhibit = Diary(vault).get_exhibit(report.exhibit)
    assert exhibit.captured_at is not None and exhibit.captured_at.hour == 21


def test_messages_from_the_person_become_suggested_incidents(vault: Vault, tmp_path: Path) -> None:
    from diary.suggest import accept, suggest_incidents

    import_file(Diary(vault), write(tmp_path, "chat.txt", CHAT.encode()), person="Mark")
    suggestions = suggest_incidents(Diary(vault), "Mark")
    assert [s.summary for s in suggestions] == [
        "2 messages by WhatsApp on 14 March 2024 between 21:02 and 21:03",
        "1 message by WhatsApp on 15 March 2024 at 07:10",
    ]
    assert suggestions[0].behaviours == ("ST2", "ST2.2")
    number = accept(Diary(vault), suggestions[0])
    detail = Diary(vault).get_incident(number)
    assert [m.position_label for m in detail.messages] == ["line 1", "line 2"]
    assert detail.incident.perpetrators[0].name == "Mark"
    assert len(suggest_incidents(Diary(vault), "Mark")) == 1


def test_changing_a_suggestion_first_brings_its_messages_and_calls(vault: Vault) -> None:
    from diary.records import MessageInput, PersonInput
    from diary.suggest import editable_incident, suggest_incidents

    Diary(vault).add_person(PersonInput(name="Mark", role="perpetrator"))
    at = datetime(2024, 3, 14, 21, 2).astimezone()
    Diary(vault).add_messages(
        [
            MessageInput("call", "missed", at, sender="Mark", kind="call"),
            MessageInput(
                "call",
                "incoming",
                at + timedelta(minutes=3),
                sender="Mark",
                kind="call",
                duration_seconds=40,
            ),
        ],
        person="Mark",
    )
    Diary(vault).add_messages(
        [
            MessageInput(
                "sms", "incoming", at + timedelta(minutes=5), body="Pick up\nnow", sender="Mark"
            )
        ],
        person="Mark",
    )
    Diary(vault).add_messages(  # another day: not part of this suggestion
        [MessageInput("sms", "incoming", at + timedelta(days=1), body="Morning", sender="Mark")],
        person="Mark",
    )
    suggestions = suggest_incidents(Diary(vault), "Mark")
    calls = next(s for s in suggestions if s.channel == "call")
    texts = next(s for s in suggestions if s.channel == "sms" and s.day == at.date())
    assert editable_incident(Diary(vault), calls).exact_words == (
        "21:02 Mark: a missed call\n21:05 Mark: a call lasting 40 seconds"
    )
    incident = editable_incident(Diary(vault), texts)
    assert incident.exact_words == "21:07 Mark: Pick up\nnow"
    assert incident.perpetrators[0].name == "Mark"
