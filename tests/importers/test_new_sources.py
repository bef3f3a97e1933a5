"""Facebook and Instagram "Download your information" exports and Apple's message databases,
from fixtures built here: Meta's Latin-1 mojibake, its HTML pages, whole zips, chat.db with
nanosecond times and attributedBody text, and an older sms.db with seconds."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.errors import ImportFailed
from diary.importers import imessage, meta
from diary.importers.detect import detect_format, parse_file

from .helpers import make_zip


def mojibake(text: str) -> str:
    """What Meta writes: each UTF-8 byte as one Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(title: str = "Sam Taylor", messages: list[dict[str, object]] | None = None) -> bytes:
    doc = {
        "participants": [{"name": mojibake("Zoë")}, {"name": "Sam Taylor"}],
        "messages": messages
        or [
            {
                "sender_name": "Sam Taylor",
                "timestamp_ms": 1710279060000,
                "content": mojibake("I'm outside ❤️"),
            },
            {
                "sender_name": "Sam Taylor",
                "timestamp_ms": 1710279000000,
                "photos": [
                    {
                        "uri": "messages/inbox/samtaylor_123/photos/9_n.jpg",
                        "creation_timestamp": 1710279000,
                    }
                ],
            },
            {
                "sender_name": mojibake("Zoë"),
                "timestamp_ms": 1710278940000,
                "content": "Leave me alone",
            },
            {
                "sender_name": "Sam Taylor",
                "timestamp_ms": 1710278880000,
                "call_duration": 0,
                "type": "Call",
                "content": "Sam called you.",
            },
        ],
        "title": title,
        "thread_path": "inbox/samtaylor_123",
    }
    return json.dumps(doc).encode("ascii")


def test_meta_json_is_repaired_ordered_and_linked() -> None:
    data = meta_json()
    assert detect_format("message_1.json", data) == "meta"
    export = meta.parse("message_1.json", data, me="Zoë")
    assert [m.body for m in export.messages] == [
        "Sam called you.",
        "Leave me alone",
        "",
        "I'm outside ❤️",
    ]
    call, mine, photo, last = export.messages
    assert (call.kind, call.direction) == ("call", "missed")
    assert (mine.sender, mine.direction) == ("Zoë", "outgoing")
    assert photo.attachments == ("9_n.jpg",) and photo.media_kind == "image"
    assert last.sent_at == datetime(2024, 3, 12, 21, 31, tzinfo=UTC)
    assert export.participants == ["Sam Taylor", "Zoë"]
    assert any("turned back into the letters" in note for note in export.notes)


@given(st.text(max_size=30))
def test_mojibake_repair_round_trips_and_never_harms_correct_text(text: str) -> None:
    try:
        broken = mojibake(text)
    except UnicodeEncodeError:
        return  # lone surrogates cannot be UTF-8
    assert meta.repair_text(broken) == text
    # Text written correctly (no Latin-1 runs that decode as UTF-8) is left alone.
    if all(ord(c) > 0xFF or c.isascii() for c in text):
        assert meta.repair_text(text) == text


MODERN_HTML = """<html><head><title>Sam Taylor</title></head><body><div class="_a705">
<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Sam Taylor</div><div class="_2ph_ _a6-p"><div><div></div>
<div>I can see your car &amp; you</div><div></div></div></div><div class="_3-94 _a6-o">Mar 12, 2024 9:31:05 pm</div></div>
<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Zoë</div><div class="_2ph_ _a6-p"><div><div></div>
<div>Stop</div></div></div><div class="_3-94 _a6-o">Mar 12, 2024 9:30:00 pm</div></div>
</div></body></html>"""

LEGACY_HTML = """<html><body><div class="contents"><h1>Zoë</h1><div>
<div class="thread">Zoë, Sam Taylor
<div class="message"><div class="message_header"><span class="user">Sam Taylor</span><span class="meta">Tuesday, March 12, 2013 at 9:31pm UTC</span></div></div>
<p>Second</p>
<div class="message"><div class="message_header"><span class="user">Zoë</span><span class="meta">Tuesday, March 12, 2013 at 9:30pm UTC</span></div></div>
<p>First</p>
</div></div></div></body></html>"""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            MODERN_HTML,
            [
                ("Zoë", "Stop", datetime(2024, 3, 12, 21, 30)),
                ("Sam Taylor", "I can see your car & you", datetime(2024, 3, 12, 21, 31, 5)),
            ],
        ),
        (
            LEGACY_HTML,
            [
                ("Zoë", "First", datetime(2013, 3, 12, 21, 30)),
                ("Sam Taylor", "Second", datetime(2013, 3, 12, 21, 31)),
            ],
        ),
    ],
)
def test_meta_html_pages_old_and_new(html: str, expected: list[tuple[str, str, datetime]]) -> None:
    data = html.encode()
    assert detect_format("message_1.html", data) == "meta"
    export = meta.parse("message_1.html", data)
    assert [(m.sender, m.body, m.sent_at) for m in export.messages] == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("mag 18, 2015 9:35 pm", datetime(2015, 5, 18, 21, 35)),  # Italian, English layout
        ("dinsdag 12 maart 2013 om 21:31", datetime(2013, 3, 12, 21, 31)),  # Dutch
        ("12. März 2024 um 21:31", datetime(2024, 3, 12, 21, 31)),
        ("mar. 12 mars 2024 à 21:31:05", datetime(2024, 3, 12, 21, 31, 5)),  # mar. = mardi
        ("12 juil. 2024 21:31", datetime(2024, 7, 12, 21, 31)),
        ("12 de marzo de 2024 21:31", datetime(2024, 3, 12, 21, 31)),
        ("12 de março de 2024 às 21:31", datetime(2024, 3, 12, 21, 31)),
        ("12 września 2024 o 21:31", datetime(2024, 9, 12, 21, 31)),
        ("12 Ağustos 2024 21:31", datetime(2024, 8, 12, 21, 31)),
        ("12. desember 2024 kl. 21:31", datetime(2024, 12, 12, 21, 31)),  # Norwegian
        ("Jun 1, 2020 12:05:00 am", datetime(2020, 6, 1, 0, 5)),
        ("12 jui 2024 21:31", None),  # juin or juillet: not guessed
        ("12/03/2024 21:31", None),  # figures only: day and month cannot be told apart
    ],
)
def test_meta_html_times_in_other_languages(written: str, expected: datetime | None) -> None:
    page = MODERN_HTML.replace("Mar 12, 2024 9:31:05 pm", written)
    export = meta.parse("message_1.html", page.encode())
    got = [m.sent_at for m in export.messages if m.sender == "Sam Taylor"]
    assert got == ([expected] if expected else [])
    if expected is None:  # never dropped in silence: the report names it and says what to do
        ((_where, why),) = export.skipped
        assert written in why and "choosing JSON" in why


def test_meta_zip_lists_every_chat_reads_the_chosen_and_keeps_their_media(tmp_path: Path) -> None:
    data = make_zip(
        {
            "your_instagram_activity/messages/inbox/samtaylor_123/message_1.json": meta_json(),
            "your_instagram_activity/messages/inbox/samtaylor_123/photos/9_n.jpg": b"\xff\xd8\xffphoto",
            "your_instagram_activity/messages/inbox/jo_456/message_1.json": meta_json(
                "Jo", [{"sender_name": "Jo", "timestamp_ms": 1710279000000, "content": "hi"}]
            ),
        }
    )
    path = tmp_path / "instagram-export.zip"
    path.write_bytes(data)
    assert detect_format(path.name, data[:100], path=path) == "meta"
    everything = parse_file(path.name, path)
    assert sorted((c.chat_id, c.message_count) for c in everything.chats) == [
        ("jo_456", 1),
        ("samtaylor_123", 4),
    ]
    chosen = parse_file(path.name, path, chat_ids=["samtaylor_123"])
    assert len(chosen.messages) == 4
    assert {m.channel for m in chosen.messages} == {"instagram"}
    (photo,) = chosen.attachments
    assert (photo.name, photo.read()) == ("9_n.jpg", b"\xff\xd8\xffphoto")
    assert photo.message_position == chosen.messages[2].position


def test_meta_damaged_json_is_one_sentence() -> None:
    with pytest.raises(ImportFailed, match="damaged or cut short"):
        meta.parse("message_1.json", meta_json()[:80])


APPLE_2001 = datetime(2001, 1, 1, tzinfo=UTC)


def typedstream(text: str) -> bytes:
    """An attributedBody as macOS writes it, reduced to what matters: NSString, "+", length."""
    raw = text.encode()
    length = bytes([len(raw)]) if len(raw) < 0x80 else b"\x81" + len(raw).to_bytes(2, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+"
        + length
        + raw
        + b"\x86\x84\x02iI"
    )


def chat_db(nanoseconds: bool = True) -> bytes:
    connection = sqlite3.connect(":memory:")
    connection.executescript(
        """
        CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT);
        CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, attributedBody BLOB, date INTEGER,
            is_from_me INTEGER, handle_id INTEGER, item_type INTEGER DEFAULT 0,
            associated_message_type INTEGER DEFAULT 0, service TEXT);
        CREATE TABLE chat (ROWID INTEGER PRIMARY KEY, chat_identifier TEXT, display_name TEXT);
        CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER);
        CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY, filename TEXT, transfer_name TEXT, mime_type TEXT);
        CREATE TABLE message_attachment_join (message_id INTEGER, attachment_id INTEGER);
        INSERT INTO handle VALUES (1, '+447700900123', 'iMessage');
        INSERT INTO chat VALUES (1, '+447700900123', '');
        """
    )
    scale = 10**9 if nanoseconds else 1
    base = int((datetime(2024, 3, 12, 21, 30, tzinfo=UTC) - APPLE_2001).total_seconds())
    long_text = "I'm watching you. " * 10
    rows = [
        (1, "Where are you?", None, base * scale, 0, 1, "iMessage"),
        (2, None, typedstream(long_text), (base + 60) * scale, 0, 1, "iMessage"),
        (3, "Leave me alone", None, (base + 120) * scale, 1, 1, "SMS"),
        (4, "\ufffc", None, (base + 180) * scale, 0, 1, "iMessage"),
    ]
    connection.executemany(
        "INSERT INTO message (ROWID, text, attributedBody, date, is_from_me, handle_id, service) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.executemany("INSERT INTO chat_message_join VALUES (1, ?)", [(r[0],) for r in rows])
    connection.execute(
        "INSERT INTO attachment VALUES (1, '~/Library/Messages/Attachments/ab/car.jpg', 'car.jpg', 'image/jpeg')"
    )
    connection.execute("INSERT INTO message_attachment_join VALUES (4, 1)")
    connection.commit()
    return connection.serialize()


@pytest.mark.parametrize("nanoseconds", [True, False])
def test_chat_db_and_sms_db(nanoseconds: bool, tmp_path: Path) -> None:
    data = chat_db(nanoseconds)
    path = tmp_path / ("chat.db" if nanoseconds else "3d0d7e5fb2ce288813306e4d4636395e047a3d28")
    path.write_bytes(data)
    before = path.read_bytes()
    assert detect_format(path.name, data, path=path) == "imessage"
    export = parse_file(path.name, path)
    assert path.read_bytes() == before  # read-only: not one byte changed
    first, second, third, fourth = export.messages
    assert first.sent_at == datetime(2024, 3, 12, 21, 30, tzinfo=UTC)
    assert (first.sender, first.sender_number, first.direction) == (
        "+447700900123",
        "+447700900123",
        "incoming",
    )
    assert second.body == "I'm watching you. " * 10
    assert (third.direction, third.channel, third.recipients) == (
        "outgoing",
        "sms",
        ("+447700900123",),
    )
    assert (fourth.body, fourth.attachments) == ("", ("car.jpg",))
    assert any("~/Library/Messages/Attachments" in note for note in export.notes)
    assert [c.name for c in export.chats] == ["+447700900123"]


def test_apple_times_in_seconds_and_nanoseconds() -> None:
    assert imessage.apple_time(0) is None
    assert imessage.apple_time(1) == datetime(2001, 1, 1, 0, 0, 1, tzinfo=UTC)
    # Values too large to be seconds are nanoseconds (macOS 10.13 and later, iOS 11 and later).
    assert imessage.apple_time(5 * 10**12) == datetime(2001, 1, 1, 1, 23, 20, tzinfo=UTC)
    assert imessage.apple_time(732_000_000) == datetime(2024, 3, 13, 5, 20, tzinfo=UTC)


def test_a_database_that_is_not_messages_is_refused() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE notes (x TEXT)")
    connection.commit()
    data = connection.serialize()
    assert detect_format("x.db", data) == "unknown"
    with pytest.raises(ImportFailed, match="not a message database"):
        imessage.parse("x.db", data)
    with pytest.raises(ImportFailed, match=r"damaged|not a message database"):
        imessage.parse("x.db", b"SQLite format 3\x00" + b"\x00" * 50)


def chat_db_with_wal(folder: Path, wal_messages: list[str]) -> Path:
    """A chat.db copied while Messages was running: its newest messages only in chat.db-wal."""
    live = folder / "live"
    live.mkdir()
    (live / "chat.db").write_bytes(chat_db())
    connection = sqlite3.connect(live / "chat.db")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    base = int((datetime(2024, 3, 13, 8, 0, tzinfo=UTC) - APPLE_2001).total_seconds()) * 10**9
    for index, text in enumerate(wal_messages):  # one transaction each
        connection.execute(
            "INSERT INTO message (text, date, is_from_me, handle_id, service) "
            "VALUES (?, ?, 0, 1, 'iMessage')",
            (text, base + index * 60 * 10**9),
        )
        connection.commit()
    copy = folder / "copy"
    copy.mkdir()
    for name in ("chat.db", "chat.db-wal"):  # copied before Messages folds the WAL in
        (copy / name).write_bytes((live / name).read_bytes())
    connection.close()
    return copy / "chat.db"


def test_messages_still_in_chat_db_wal_are_read_and_neither_file_changes(
    tmp_path: Path,
) -> None:
    path = chat_db_with_wal(tmp_path, ["You can't hide", "I saw you at the station"])
    wal = path.with_name("chat.db-wal")
    before = (path.read_bytes(), wal.read_bytes())
    export = parse_file(path.name, path)
    assert [m.body for m in export.messages][-2:] == ["You can't hide", "I saw you at the station"]
    assert len(export.messages) == 6
    assert (path.read_bytes(), wal.read_bytes()) == before
    assert any("2 recent changes waiting in chat.db-wal" in note for note in export.notes)
    (kept,) = [a for a in export.attachments if a.name == "chat.db-wal"]
    assert kept.read() == before[1]
    # Without its WAL the same copy holds only what was folded in before.
    wal.rename(tmp_path / "elsewhere")
    assert len(parse_file(path.name, path).messages) == 4


def test_a_torn_or_foreign_wal_applies_only_whole_transactions(tmp_path: Path) -> None:
    path = chat_db_with_wal(tmp_path, ["one", "two", "three"])
    wal = path.with_name("chat.db-wal")
    whole = wal.read_bytes()
    page = int.from_bytes(whole[8:12], "big")
    frame = 24 + page
    # Cut part-way through the last frame: its transaction is not complete, so it is left.
    wal.write_bytes(whole[: len(whole) - frame // 2])
    assert [m.body for m in parse_file(path.name, path).messages][4:] == ["one", "two"]
    # A flipped byte in the second transaction's page: the checksum stops the reading there.
    broken = bytearray(whole)
    broken[32 + frame + 24 + 100] ^= 0xFF
    wal.write_bytes(bytes(broken))
    assert [m.body for m in parse_file(path.name, path).messages][4:] == ["one"]
    # A WAL whose header is not SQLite's: nothing applied, and said.
    wal.write_bytes(b"\0" * 32 + whole[32:])
    export = parse_file(path.name, path)
    assert len(export.messages) == 4
    assert any("chat.db-wal beside it holds no complete changes" in n for n in export.notes)


def test_apply_wal_ignores_what_is_not_a_wal() -> None:
    image = chat_db()
    assert imessage.apply_wal(image, b"") == (image, 0)
    assert imessage.apply_wal(image, b"not a wal at all" * 10) == (image, 0)


def _resign_big_endian(wal: bytes) -> bytes:
    """The same WAL as a big-endian machine writes it: magic ...83, checksums big-endian."""
    page_size = int.from_bytes(wal[8:12], "big")
    out = bytearray(wal)
    out[0:4] = (0x377F0683).to_bytes(4, "big")
    s0, s1 = imessage._wal_checksum(bytes(out[:24]), 0, 0, True)
    out[24:32] = s0.to_bytes(4, "big") + s1.to_bytes(4, "big")
    offset = 32
    while offset + 24 + page_size <= len(out):
        s0, s1 = imessage._wal_checksum(bytes(out[offset : offset + 8]), s0, s1, True)
        page = bytes(out[offset + 24 : offset + 24 + page_size])
        s0, s1 = imessage._wal_checksum(page, s0, s1, True)
        out[offset + 16 : offset + 24] = s0.to_bytes(4, "big") + s1.to_bytes(4, "big")
        offset += 24 + page_size
    return bytes(out)


def test_a_wal_written_on_a_big_endian_machine_is_read_alike(tmp_path: Path) -> None:
    path = chat_db_with_wal(tmp_path, ["one", "two"])
    wal = path.with_name("chat.db-wal")
    little = wal.read_bytes()
    assert int.from_bytes(little[:4], "big") == 0x377F0682
    wal.write_bytes(_resign_big_endian(little))
    assert [m.body for m in parse_file(path.name, path).messages][4:] == ["one", "two"]
