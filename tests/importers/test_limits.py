"""Every stated limit refuses with one sentence naming it: zips (files, total size, one file's
size, the chat inside), text read whole, JSON exports of too many values or messages.

The limits are lowered with monkeypatch so each fixture stays small; the sizes Daybook really
uses are measured by bench/hostile_bench.py (docs/benchmarks.md)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from diary.importers import limits, meta, telegram, whatsapp
from diary.importers.detect import parse_file

CHAT = b"14/03/2024, 21:02 - Sam: hi\n14/03/2024, 21:03 - Jo: hello\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _telegram(texts: list[str]) -> bytes:
    messages = [
        {"id": i, "type": "message", "date": "2024-03-12T21:30:00", "from": "Sam", "text": text}
        for i, text in enumerate(texts)
    ]
    doc = {"name": "Sam", "type": "personal_chat", "id": 1, "messages": messages}
    return json.dumps(doc, indent=1).encode()


def test_a_zip_of_too_many_files_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 3)
    members = {"_chat.txt": CHAT, **{f"{i}.jpg": b"x" for i in range(3)}}
    with pytest.raises(limits.TooLarge, match=r"holds more than 3 files.*nothing was added"):
        whatsapp.parse("chat.zip", _zip(members))


def test_a_zip_that_unpacks_to_too_much_in_all_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 1000)
    members = {"_chat.txt": CHAT, "a.jpg": b"x" * 600, "b.jpg": b"y" * 600}
    with pytest.raises(limits.TooLarge, match="unpacks to more than 1,000 bytes"):
        whatsapp.parse("chat.zip", _zip(members))


def test_one_file_in_a_zip_beyond_its_size_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(limits.TooLarge, match="a file inside this zip is larger than 1,000"):
        whatsapp.parse("chat.zip", _zip({"_chat.txt": CHAT, "v.mp4": b"v" * 2000}))


def test_the_chat_inside_a_zip_beyond_its_limit_is_refused_as_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(limits, "MAX_CHAT_MEMBER_BYTES", 100)
    path = tmp_path / "WhatsApp Chat - Sam.zip"
    path.write_bytes(_zip({"_chat.txt": CHAT * 3}))
    with pytest.raises(limits.TooLarge, match=r"_chat.txt inside this zip is larger than 100"):
        parse_file(path.name, path)
    path.write_bytes(_zip({"_chat.txt": CHAT}))
    assert len(parse_file(path.name, path).messages) == 2


def test_text_read_whole_beyond_its_limit_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 200)
    assert len(whatsapp.parse("chat.txt", CHAT).messages) == 2
    with pytest.raises(limits.TooLarge, match="this chat is larger than 200 bytes"):
        whatsapp.parse("chat.txt", CHAT * 4)
    path = tmp_path / "result.json"
    path.write_bytes(_telegram(["hi"] * 20))
    with pytest.raises(limits.TooLarge, match="larger than 200 bytes, the most text"):
        parse_file(path.name, path)
    with pytest.raises(limits.TooLarge, match="export the chats one at a time"):
        telegram.parse("result.json", path.read_bytes())


def test_json_of_too_many_values_is_refused_but_commas_in_words_do_not_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_JSON_VALUES", 60)
    monkeypatch.setattr(limits, "_JSON_WINDOW", 64)  # many windows, cut at line breaks
    wordy = _telegram(["one, two, three, four, five, six, seven, eight, nine, ten"] * 5)
    assert wordy.count(b",") > 60
    assert len(telegram.parse("result.json", wordy).messages) == 5
    with pytest.raises(limits.TooLarge, match=r"more than 60 pieces of data.*one at a time"):
        telegram.parse("result.json", _telegram(["x"] * 12))
    numbers = b'{"participants": [], "messages": [' + b"1," * 100 + b"1]}"
    with pytest.raises(limits.TooLarge, match="more than 60 pieces of data"):
        meta.parse("message_1.json", numbers)


def test_telegram_beyond_the_message_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_MESSAGES", 5)
    assert len(telegram.parse("result.json", _telegram(["x"] * 5)).messages) == 5
    with pytest.raises(limits.TooLarge, match="more than 5 messages"):
        telegram.parse("result.json", _telegram(["x"] * 6))


def test_telegram_fields_not_read_are_dropped_while_parsing_and_the_rest_kept() -> None:
    doc = json.loads(_telegram(["Link:"]))
    doc["messages"][0]["text"] = [{"type": "bold", "text": "Look"}, " here"]
    doc["messages"][0]["text_entities"] = [{"type": "bold", "text": "Look"}]
    doc["messages"][0]["from_id"] = "user1"
    doc["messages"][0]["photo"] = "photos/p.jpg"
    (message,) = telegram.parse("result.json", json.dumps(doc).encode()).messages
    assert (message.body, message.sender, message.attachments) == (
        "Look here",
        "Sam",
        ("photos/p.jpg",),
    )
