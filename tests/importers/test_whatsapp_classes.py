"""WhatsApp exports as real phones write them: U+200E lines, calendars, layouts, date order, bytes.

Each class of file the importers met in the wild has its own synthetic fixture here, and a
Hypothesis round trip renders random chats in every layout and calendar and reads them back.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.errors import AmbiguousDateOrder
from diary.importers import calendars, whatsapp

from .helpers import chat

LRM = "\u200e"


def parse(data: bytes, **options: str) -> whatsapp.ParsedExport:
    return whatsapp.parse("chat.txt", data, **options)


# -- U+200E lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "görüntü dahil edilmedi",  # Turkish: image omitted
        "pominięto obraz",  # Polish
        "画像は含まれていません",  # Japanese
        "Kartu kontak tidak disertakan",  # Indonesian: contact card omitted
        "This message was edited",
        "documento omesso • 3 pagine",
    ],
)
def test_marked_phrase_daybook_does_not_know_keeps_its_sender(phrase: str) -> None:
    export = parse(
        chat(
            f"{LRM}[14/02/2024, 09:15:03] Priya: {LRM}Messages and calls are end-to-end "
            "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
            f"{LRM}[14/02/2024, 09:18:22] Priya: {LRM}{phrase}",
        )
    )
    notice, message = export.messages
    assert (notice.kind, notice.sender, notice.event) == ("system", "", "e2e_encrypted")
    assert (message.kind, message.sender, message.body) == ("message", "Priya", phrase)
    assert export.participants == ["Priya"]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ('Nan created group "Trip"', "group_created"),
        ("Nan added Dev", "member_added"),
        ("Dev left", "member_left"),
        ("Mesajlar ve aramalar uçtan uca şifrelidir.", "e2e_encrypted"),
        ("メッセージと通話はエンドツーエンドで暗号化されています。", "e2e_encrypted"),
        ("Los mensajes y las llamadas están cifrados de extremo a extremo.", "e2e_encrypted"),
    ],
)
def test_marked_group_events_and_notices_are_system_lines(body: str, event: str) -> None:
    export = parse(
        chat(f"{LRM}[30/08/2024, 10:12:45] Nan: {LRM}{body}", "[30/08/2024, 10:13:00] Dev: hi")
    )
    first = export.messages[0]
    assert (first.kind, first.sender, first.event, first.body) == ("system", "", event, body)


def test_unmarked_notice_opening_the_file_is_a_system_line_but_not_later() -> None:
    notice = "Messages and calls are end-to-end encrypted. Tap to learn more."
    export = parse(
        chat(f"[13/03/2024, 10:00:00] Sam Chat: {notice}", f"[13/03/2024, 10:01:00] Sam: {notice}")
    )
    first, second = export.messages
    assert (first.kind, first.sender) == ("system", "")
    assert (second.kind, second.sender) == ("message", "Sam")


def test_android_system_lines_have_no_sender_and_are_never_messages_from_nobody() -> None:
    export = parse(
        chat(
            "13/03/2024, 10:00 - Messages and calls are end-to-end encrypted. Tap to learn more.",
            '12/03/2024, 10:00 - Sam created group "x: y"',
            "12/03/2024, 10:01 - Sam: hi",
        )
    )
    assert [(m.kind, m.sender) for m in export.messages] == [
        ("system", ""),
        ("system", ""),
        ("message", "Sam"),
    ]
    assert all(m.sender or m.kind == "system" for m in export.messages)


# -- calendars --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected", "calendar"),
    [
        ("[13/3/2567 21:30:15] Sam: x", datetime(2024, 3, 13, 21, 30, 15), "Buddhist"),
        ("13/3/67 21:30 - Sam: x", datetime(2024, 3, 13, 21, 30), "Buddhist"),
        ("[13/3/2567 BE, 21:30:15] Sam: x", datetime(2024, 3, 13, 21, 30, 15), "Buddhist"),
        ("[R6/03/13 21:30:15] Sam: x", datetime(2024, 3, 13, 21, 30, 15), "Japanese"),
        ("[令和6年3月13日 21:30] Sam: x", datetime(2024, 3, 13, 21, 30), "Japanese"),
        ("[H30/12/01 08:00:00] Sam: x", datetime(2018, 12, 1, 8, 0), "Japanese"),
        ("[3/13/6 R, 9:30:00 PM] Sam: x", datetime(2024, 3, 13, 21, 30), "Japanese"),
        ("۱۴۰۳/۱۲/۲۲, ۲۱:۳۰ - Sam: x", datetime(2025, 3, 12, 21, 30), "Persian"),
        ("1403/01/01, 08:00 - Sam: x", datetime(2024, 3, 20, 8, 0), "Persian"),
        ("[12/22/1403 AP, 9:30:00 PM] Sam: x", datetime(2025, 3, 12, 21, 30), "Persian"),
        ("[22/08/1445 21:30:00] Sam: x", datetime(2024, 3, 3, 21, 30), "Islamic"),
        ("[8/22/1445 AH, 9:30:00 PM] Sam: x", datetime(2024, 3, 3, 21, 30), "Islamic"),
        ("\u200f٢٢\u200f/٨\u200f/١٤٤٥ هـ ٩:٣٠ م - Sam: x", datetime(2024, 3, 3, 21, 30), "Islamic"),
    ],
)
def test_other_calendars_are_converted_and_the_report_says_how(
    line: str, expected: datetime, calendar: str
) -> None:
    export = parse(chat(line))
    (message,) = export.messages
    assert message.sent_at == expected
    assert (message.sender, message.body) == ("Sam", "x")
    (note,) = [n for n in export.notes if "converted to the Gregorian calendar" in n]
    assert calendar in note
    assert f"{expected.day} {expected:%B %Y}" in note


def test_impossible_date_in_another_calendar_names_the_line() -> None:
    with pytest.raises(whatsapp.ImportFailed, match="line 2: this line has a date"):
        parse(chat("1403/12/22, 21:30 - Sam: x", "1403/13/40, 21:30 - Sam: y"))


def test_persian_leap_years_match_known_new_year_days() -> None:
    # Nowruz (1 Farvardin) for the years around WhatsApp's life, from published calendars.
    known = {1388: "2009-03-21", 1395: "2016-03-20", 1399: "2020-03-20", 1403: "2024-03-20"}
    for year, day in known.items():
        assert calendars.persian_to_gregorian(year, 1, 1).isoformat() == day
    assert calendars.persian_to_gregorian(1403, 12, 30).isoformat() == "2025-03-20"
    with pytest.raises(ValueError):
        calendars.persian_to_gregorian(1402, 12, 30)  # 1402 is not a leap year


# -- layouts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[21:30:15, 13/03/2024] Sam: x",  # Vietnamese iPhone: the time first
        "21:30, 13/03/2024 - Sam: x",
        "[9:30:15 CH, 13/03/2024] Sam: x",  # chiều: afternoon
        "13 03 2024, 21:30 - Sam: x",
        "13-03-2024 21:30 - Sam: x",
        "[13.03.24, 21:30:15] Sam: x",
        "13/03/2024 21:30:15: Sam: x",  # an old iPhone export, no brackets
        "2024/03/13 午後9:30 - Sam: x",
        "2024年3月13日 下午9:30 - Sam: x",
        "2024년 3월 13일 오후 9:30 - Sam: x",
        "13/3/2024, 9:30 p. m. - Sam: x",
        "١٣/٣/٢٠٢٤ ٩:٣٠ م - Sam: x",
        "2024. 03. 13. 9:30 du. - Sam: x",  # Hungarian
        "13.03.24 9:30 odp. - Sam: x",  # Czech
        "13/03/2024, 9:30 e pasdites - Sam: x",  # Albanian
        "13.03.2024 г., 9:30 сл.об. - Sam: x",  # Bulgarian
        "13/03/2024, 9:30 بعد دوپہر - Sam: x",  # Urdu
        "[13/03/2024, 9:30:15 nm.] Sam: x",  # Afrikaans
    ],
)
def test_layouts_with_time_first_separators_and_local_day_periods(line: str) -> None:
    (message,) = parse(chat(line)).messages
    assert message.sent_at is not None
    assert (message.sent_at.date().isoformat(), message.sent_at.hour, message.sent_at.minute) == (
        "2024-03-13",
        21,
        30,
    )
    assert (message.sender, message.body) == ("Sam", "x")


def test_time_first_file_is_read_whole_with_its_note() -> None:
    export = parse(chat("[08:00:00 SA, 13/02/2024] An: a", "[07:00:00 CH, 13/02/2024] Bình: b"))
    assert [m.sent_at for m in export.messages] == [
        datetime(2024, 2, 13, 8, 0),
        datetime(2024, 2, 13, 19, 0),
    ]
    assert any("time before the date" in note for note in export.notes)


# -- day or month first -----------------------------------------------------------------------


def test_a_day_above_twelve_anywhere_decides_before_the_order_of_messages() -> None:
    export = parse(
        chat("3/4/24, 10:00 - Sam: a", "2/4/24, 10:00 - Sam: b", "20/4/24, 10:00 - Sam: c")
    )
    assert "first number above 12" in export.notes[0]


def test_asked_only_when_both_orders_are_equally_consistent() -> None:
    with pytest.raises(AmbiguousDateOrder) as caught:
        parse(chat("12/9/20, 23:16 - Sam: a", "12/9/20, 23:56 - Jo: b"))
    assert caught.value.options == ("dmy", "mdy")


# -- bytes ------------------------------------------------------------------------------------


def test_one_bad_byte_is_replaced_alone_and_the_repair_is_counted() -> None:
    good = "[13/03/2024, 10:00:00] Zoë: café crème ✓\n".encode()
    bad = b"[13/03/2024, 10:01:00] Zo\xc3\xab: caf\xe9 noir\n"
    export = whatsapp.parse("chat.txt", good + bad + good)
    bodies = [m.body for m in export.messages]
    assert bodies == ["café crème ✓", "caf\ufffd noir", "café crème ✓"]
    assert export.messages[1].sender == "Zoë"
    assert any(note.startswith("1 line had bytes") for note in export.notes)


def test_a_whole_cp1252_file_is_still_cp1252() -> None:
    data = "[13/03/2024, 10:00:00] Zoë: café\n".encode("cp1252")
    (message,) = whatsapp.parse("chat.txt", data).messages
    assert (message.sender, message.body) == ("Zoë", "café")


# -- round trip -------------------------------------------------------------------------------

NAMES = st.sampled_from(["Sam", "Zoë Ørsted", "+44 7700 900123", "山田", "Nguyễn Văn An", "أحمد"])
BODIES = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
        blacklist_characters="\u200e\u200f\ufeff\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\x85",
    ),
    min_size=1,
    max_size=40,
).filter(lambda b: b.strip() == b and ": " not in b and not b.startswith(("<", "\u200e")))


def _render(when: datetime, layout: str) -> str:
    d, m, y = when.day, when.month, when.year
    hh, mm, ss = when.hour, when.minute, when.second
    h12 = hh % 12 or 12
    ampm = "AM" if hh < 12 else "PM"
    return {
        "android-gb": f"{d:02}/{m:02}/{y}, {hh:02}:{mm:02} - ",
        "android-us": f"{m}/{d}/{y % 100:02}, {h12}:{mm:02}\u202f{ampm} - ",
        "ios-gb": f"[{d:02}/{m:02}/{y}, {hh:02}:{mm:02}:{ss:02}] ",
        "ios-de": f"[{d:02}.{m:02}.{y % 100:02}, {hh:02}:{mm:02}:{ss:02}] ",
        "vi-ios": f"[{hh:02}:{mm:02}:{ss:02}, {d:02}/{m:02}/{y}] ",
        "th": f"[{d}/{m}/{y + 543} {hh:02}:{mm:02}:{ss:02}] ",
        "ja": f"[{y}/{m:02}/{d:02} {hh}:{mm:02}:{ss:02}] ",
        "ko": f"{y}. {m}. {d}. {'오전' if hh < 12 else '오후'} {h12}:{mm:02} - ",
    }[layout]


@settings(max_examples=60, deadline=None)
@given(
    layout=st.sampled_from(
        ["android-gb", "android-us", "ios-gb", "ios-de", "vi-ios", "th", "ja", "ko"]
    ),
    rows=st.lists(
        st.tuples(
            st.datetimes(min_value=datetime(2013, 1, 1), max_value=datetime(2025, 12, 31)),
            NAMES,
            BODIES,
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_random_chats_in_every_layout_read_back_exactly(
    layout: str, rows: list[tuple[datetime, str, str]]
) -> None:
    rows = sorted(rows)
    # A day above 12 settles the order, as in any chat longer than a fortnight.
    rows.insert(0, (datetime(2012, 12, 31, 23, 0, 0), "Sam", "start"))
    with_seconds = layout.startswith(("ios", "vi", "th", "ja"))
    text = chat(*[f"{_render(when, layout)}{who}: {body}" for when, who, body in rows])
    export = parse(text)
    got = [(m.sent_at, m.sender, m.body) for m in export.messages]
    want = [
        (when.replace(microsecond=0, second=when.second if with_seconds else 0), who, body)
        for when, who, body in rows
    ]
    assert got == want
