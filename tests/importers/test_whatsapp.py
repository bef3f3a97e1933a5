"""WhatsApp chat exports: layouts, locales, media, system lines, damage and zips."""

from __future__ import annotations

from datetime import datetime

import pytest

from diary.errors import AmbiguousDateOrder, ImportFailed
from diary.importers import whatsapp

from .helpers import chat, make_zip


def parse(data: bytes, **options: str) -> whatsapp.ParsedExport:
    return whatsapp.parse("chat.txt", data, **options)


def test_android_24_hour_with_multiline_message() -> None:
    export = parse(
        chat(
            "13/03/2024, 21:30 - Sam: Where are you?",
            "I am outside.",
            "",
            "Answer me",
            "13/03/2024, 21:45 - Jo: Leave me alone",
        )
    )
    first, second = export.messages
    assert first.sender == "Sam"
    assert first.body == "Where are you?\nI am outside.\n\nAnswer me"
    assert first.sent_at == datetime(2024, 3, 13, 21, 30)
    assert first.offset_known is False
    assert (first.position, first.position_label) == (1, "line 1")
    assert (second.position, second.position_label) == (5, "line 5")
    assert first.kind == "message" and first.channel == "whatsapp"
    assert export.participants == ["Sam", "Jo"]
    assert export.date_range == (datetime(2024, 3, 13, 21, 30), datetime(2024, 3, 13, 21, 45))


def test_ios_layout_with_seconds_and_direction_marks() -> None:
    export = parse(
        chat(
            "\u200e[13/03/2024, 21:30:15] Sam: \u200eMessages and calls are end-to-end encrypted.",
            "[13/03/2024, 21:31:02] Sam: hello",
        )
    )
    notice, hello = export.messages
    assert notice.kind == "system" and notice.event == "e2e_encrypted" and notice.sender == ""
    assert hello.sent_at == datetime(2024, 3, 13, 21, 31, 2)
    assert hello.raw_time == "13/03/2024, 21:31:02"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024/03/13, 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("2024-03-13, 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("13.03.24, 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("13-03-2024 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("3/13/24, 9:30 PM - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("3/13/24, 12:05 AM - Sam: x", datetime(2024, 3, 13, 0, 5)),
        ("13/3/24, 9:30 p. m. - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("3/13/24, 9:30 a.m. - Sam: x", datetime(2024, 3, 13, 9, 30)),
        ("13/03/2024, 9:30\u202fpm - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("[13/03/2024, 9:30:01\u202fPM] Sam: x", datetime(2024, 3, 13, 21, 30, 1)),
        ("2024. 3. 13. 오후 9:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("2024/3/13 下午9:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("2024/3/13 上午9:30 - Sam: x", datetime(2024, 3, 13, 9, 30)),
        ("١٣/٣/٢٠٢٤ ٩:٣٠ م - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("\u200f١٣\u200f/٣\u200f/٢٠٢٤ ١٠:٠٠ ص - Sam: x", datetime(2024, 3, 13, 10, 0)),
        ("13/3/2567 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("[R6/03/13 21:30:15] Sam: x", datetime(2024, 3, 13, 21, 30, 15)),
        ("[令和6/03/13 21:30:15] Sam: x", datetime(2024, 3, 13, 21, 30, 15)),
        ("13/3/24, 9:30 μ.μ. - Sam: x", datetime(2024, 3, 13, 21, 30)),
        ("13.3.2024 klo 21.30 - Sam: x", datetime(2024, 3, 13, 21, 30)),
    ],
)
def test_locale_date_and_time_formats(line: str, expected: datetime) -> None:
    (message,) = parse(chat(line)).messages
    assert message.sent_at == expected
    assert (message.sender, message.body) == ("Sam", "x")


def test_day_first_decided_from_a_later_date() -> None:
    export = parse(chat("01/02/2024, 10:00 - Sam: a", "15/02/2024, 10:00 - Sam: b"))
    assert export.messages[0].sent_at == datetime(2024, 2, 1, 10, 0)
    assert "day/month/year" in export.notes[0]


def test_month_first_decided_from_a_later_date() -> None:
    export = parse(chat("1/2/24, 10:00 - Sam: a", "1/15/24, 10:00 - Sam: b"))
    assert export.messages[0].sent_at == datetime(2024, 1, 2, 10, 0)


def test_date_order_decided_from_dates_running_forward() -> None:
    # Month first keeps these in order with one step back, day first with two: month first.
    lines = [f"{d}/{m}/24, 10:00 - Sam: x" for d, m in [(1, 2), (1, 3), (2, 1), (1, 4), (3, 1)]]
    export = parse(chat(*lines))
    assert "month first keeps more" in export.notes[0]
    pairs = [(2, 1), (3, 1), (1, 2), (4, 2), (1, 3), (5, 3)]
    export = parse(chat(*[f"{d}/{m}/24, 10:00 - Sam: x" for d, m in pairs]))
    assert [m.sent_at.month for m in export.messages if m.sent_at] == [1, 1, 2, 2, 3, 3]


def test_only_monotonic_reading_wins_by_a_single_step() -> None:
    # 06/03, 08/05, 09/04: day first goes back once (May to April); month first never does.
    export = parse(
        chat(
            "06/03/2017, 00:45 - Sam: a", "08/05/2017, 01:48 - Sam: b", "09/04/2017, 01:50 - Jo: c"
        )
    )
    assert [m.sent_at for m in export.messages] == [
        datetime(2017, 6, 3, 0, 45),
        datetime(2017, 8, 5, 1, 48),
        datetime(2017, 9, 4, 1, 50),
    ]
    assert "only month first" in export.notes[0]


def test_ambiguous_dates_ask_and_can_be_resolved() -> None:
    data = chat("1/2/24, 10:00 - Sam: a", "1/3/24, 10:00 - Sam: b")
    with pytest.raises(AmbiguousDateOrder) as caught:
        parse(data)
    assert caught.value.options == ("dmy", "mdy")
    assert "chat.txt" in caught.value.message
    assert parse(data, date_order="mdy").messages[1].sent_at == datetime(2024, 1, 3, 10, 0)
    assert parse(data, date_order="dmy").messages[1].sent_at == datetime(2024, 3, 1, 10, 0)


def test_equally_consistent_orders_ask_even_when_zero_padded() -> None:
    with pytest.raises(AmbiguousDateOrder):
        parse(chat("06/01/2024, 10:00 - Sam: a", "07/01/2024, 10:00 - Sam: b"))
    export = parse(chat("06.01.2024, 10:00 - Sam: a", "07.01.2024, 10:00 - Sam: b"))
    assert export.messages[0].sent_at == datetime(2024, 1, 6, 10, 0)
    assert "dots or dashes" in export.notes[0]


def test_system_lines_android() -> None:
    export = parse(
        chat(
            "13/03/2024, 21:30 - Messages and calls are end-to-end encrypted. Tap to learn more.",
            '13/03/2024, 21:31 - Sam created group "Us"',
            "13/03/2024, 21:32 - Sam added Jo",
            "13/03/2024, 21:33 - Jo left",
            "13/03/2024, 21:34 - Sam joined using this group's invite link",
            "13/03/2024, 21:35 - Your security code with Sam changed. Tap to learn more.",
            '13/03/2024, 21:36 - You changed the subject from "A: b" to "C"',
        )
    )
    events = [(m.kind, m.event) for m in export.messages]
    assert events == [
        ("system", "e2e_encrypted"),
        ("system", "group_created"),
        ("system", "member_added"),
        ("system", "member_left"),
        ("system", "member_joined"),
        ("system", "security_code_changed"),
        ("system", "subject_changed"),
    ]
    assert export.participants == []


def test_deleted_location_and_missed_calls() -> None:
    export = parse(
        chat(
            "[13/03/2024, 21:30:00] Sam: \u200eThis message was deleted.",
            "[13/03/2024, 21:31:00] Sam: \u200eLocation: https://maps.google.com/?q=51.5,-0.1",
            "\u200e[13/03/2024, 21:32:00] Sam: \u200eMissed voice call",
            "[13/03/2024, 21:33:00] Sam: Diese Nachricht wurde gelöscht.",
        )
    )
    deleted, location, call, german = export.messages
    assert deleted.event == "deleted" and deleted.sender == "Sam"
    assert location.event == "location"
    assert (call.kind, call.direction, call.sender) == ("call", "missed", "Sam")
    assert german.event == "deleted"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "\u200e<attached: 00000012-PHOTO-2024-03-12-21-30-00.jpg>",
            "00000012-PHOTO-2024-03-12-21-30-00.jpg",
            "image",
        ),
        (
            "\u200e<pièce jointe : 00000013-VIDEO-2024-03-12.mp4>",
            "00000013-VIDEO-2024-03-12.mp4",
            "video",
        ),
        ("IMG-20240312-WA0001.jpg (file attached)", "IMG-20240312-WA0001.jpg", "image"),
        ("PTT-20240312-WA0002.opus (Datei angehängt)", "PTT-20240312-WA0002.opus", "audio"),
        ("DOC-20240312-WA0003.pdf (archivo adjunto)", "DOC-20240312-WA0003.pdf", "document"),
    ],
)
def test_attached_media_lines(body: str, name: str, kind: str) -> None:
    (message,) = parse(chat(f"[13/03/2024, 21:30:00] Sam: {body}")).messages
    assert message.attachments == (name,)
    assert message.media_kind == kind
    assert message.media_omitted is False


@pytest.mark.parametrize(
    "body",
    ["<Media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Médias omis>"],
)
def test_omitted_media_android(body: str) -> None:
    (message,) = parse(chat(f"13/03/2024, 21:30 - Sam: {body}", "caption")).messages
    assert message.media_omitted is True
    assert message.body == f"{body}\ncaption"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("image omitted", "image"),
        ("vidéo absente", "video"),
        ("Bild weggelassen", "image"),
        ("audio omitido", "audio"),
        ("Template.docx \u200edocument omitted", "document"),
    ],
)
def test_omitted_media_ios(body: str, kind: str) -> None:
    (message,) = parse(chat(f"\u200e[13/03/2024, 21:30:00] Sam: \u200e{body}")).messages
    assert (message.media_omitted, message.media_kind, message.sender) == (True, kind, "Sam")


def test_byte_order_mark_and_crlf() -> None:
    data = "\ufeff13/03/2024, 21:30 - Sam: hi\r\nthere\r\n".encode()
    (message,) = parse(data).messages
    assert message.body == "hi\nthere"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-8-sig"])
def test_other_encodings(encoding: str) -> None:
    text = "13/03/2024, 21:30 - Renée: café £5\n13/03/2024, 21:31 - Sam: ok\n"
    export = parse(text.encode(encoding))
    assert export.messages[0].sender == "Renée"
    assert export.messages[0].body == "café £5"


def test_phone_number_senders_are_normalised() -> None:
    export = parse(chat("13/03/2024, 21:30 - +44 7700 900123: hi", "13/03/2024, 21:31 - Sam: x"))
    assert export.messages[0].sender == "+44 7700 900123"
    assert export.messages[0].sender_number == "+447700900123"
    assert export.messages[1].sender_number is None
    local = parse(chat("13/03/2024, 21:30 - 07700 900123: hi"), region="GB")
    assert local.messages[0].sender_number == "+447700900123"


def test_me_sets_direction() -> None:
    export = parse(chat("13/03/2024, 21:30 - Sam: hi", "13/03/2024, 21:31 - Jo: go away"), me="jo")
    assert [m.direction for m in export.messages] == ["incoming", "outgoing"]


def test_repeated_messages_keep_distinct_keys_and_reimport_matches() -> None:
    lines = [
        "13/03/2024, 21:30 - Sam: ok",
        "13/03/2024, 21:30 - Sam: ok",
        "14/03/2024, 09:00 - Sam: x",
    ]
    first = parse(chat(*lines))
    keys = [m.dedupe_key for m in first.messages]
    assert len(set(keys)) == 3
    overlap = parse(chat(*lines, "14/03/2024, 10:00 - Sam: new"))
    again = [m.dedupe_key for m in overlap.messages]
    assert again[:3] == keys
    assert again[3] not in keys


def test_empty_file() -> None:
    with pytest.raises(ImportFailed, match=r"^chat\.txt: the file is empty"):
        parse(b"")
    with pytest.raises(ImportFailed):
        parse(b"\n\n  \n")


def test_not_a_chat_names_file_and_line() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse(b"\nDear diary,\n13/03/2024, 21:30 - Sam: hi\n")
    assert caught.value.message == (
        "chat.txt, line 2: this does not look like a WhatsApp chat, because it does not "
        "start with a date and time."
    )


def test_unreadable_date_names_the_line() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse(chat("13/03/2024, 21:30 - Sam: hi", "more", "31/02/2024, 21:30 - Sam: hi"))
    assert caught.value.message == "chat.txt, line 3: this line has a date Daybook could not read."


def test_unknown_day_period_names_the_line() -> None:
    with pytest.raises(ImportFailed, match=r"line 2: this line has a time"):
        parse(chat("13/03/2024, 21:30 - Sam: hi", "13/03/2024, 9:30 zz - Sam: hi"))


def test_bad_date_order_option() -> None:
    with pytest.raises(ImportFailed):
        parse(chat("13/03/2024, 21:30 - Sam: hi"), date_order="yolo")


def test_long_line_is_read_and_a_longer_one_refused() -> None:
    body = "x" * 500_000
    (message,) = parse(chat(f"13/03/2024, 21:30 - Sam: {body}")).messages
    assert len(message.body) == 500_000
    with pytest.raises(ImportFailed, match=r"line longer than 1 MB.*nothing was added"):
        parse(chat(f"13/03/2024, 21:30 - Sam: {'x' * 1_100_000}"))


def test_zip_with_media_links_files_to_messages() -> None:
    text = chat(
        "\u200e[13/03/2024, 21:30:00] Sam: \u200e<attached: 00000001-PHOTO-2024-03-13-21-30-00.jpg>",
        "[13/03/2024, 21:31:00] Sam: did you see it",
    )
    data = make_zip(
        {
            "_chat.txt": text,
            "00000001-PHOTO-2024-03-13-21-30-00.jpg": b"\xff\xd8\xffjpeg",
            "../../evil": b"nope",
            "/etc/passwd": b"nope",
            "extra.opus": b"OggS",
        }
    )
    export = whatsapp.parse("WhatsApp Chat - Sam.zip", data)
    assert len(export.messages) == 2
    by_name = {a.name: a for a in export.attachments}
    assert by_name["00000001-PHOTO-2024-03-13-21-30-00.jpg"].message_position == 1
    assert by_name["00000001-PHOTO-2024-03-13-21-30-00.jpg"].read() == b"\xff\xd8\xffjpeg"
    assert by_name["extra.opus"].message_position is None
    assert "evil" not in by_name and "passwd" not in by_name
    assert {name for name, _ in export.skipped} == {"../../evil", "/etc/passwd"}
    assert export.source_name == "WhatsApp Chat - Sam.zip"


def test_zip_without_chat_or_damaged() -> None:
    with pytest.raises(ImportFailed, match="does not contain a WhatsApp chat"):
        whatsapp.parse("x.zip", make_zip({"photo.jpg": b"\xff\xd8"}))
    good = make_zip({"_chat.txt": chat("13/03/2024, 21:30 - Sam: hi")})
    with pytest.raises(ImportFailed, match="damaged"):
        whatsapp.parse("x.zip", good[: len(good) // 2])


def test_zip_with_hostile_chat_name_is_not_used() -> None:
    data = make_zip({"../_chat.txt": chat("13/03/2024, 21:30 - Sam: hi")})
    with pytest.raises(ImportFailed):
        whatsapp.parse("x.zip", data)


def test_messages_have_every_field_in_order() -> None:
    # The parser builds messages with tuple.__new__ for speed; this catches a field mismatch.
    (message,) = parse(chat("13/03/2024, 21:30 - Sam: hi")).messages
    assert len(message) == len(whatsapp.ParsedMessage._fields)
    assert message == whatsapp.ParsedMessage(**message._asdict())
    assert (message.raw_time, message.subject, message.headers, message.chat) == (
        "13/03/2024, 21:30",
        "",
        "",
        "",
    )
    assert message.occurrence == 0


def test_years_no_phone_calendar_uses_are_refused_not_guessed() -> None:
    with pytest.raises(ImportFailed, match=r"line 1: this date is in a calendar"):
        parse(chat("[22/08/1250 21:30:00] Sam: x"))
