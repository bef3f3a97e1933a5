"""Telegram Desktop result.json: single chats, account exports, entities, calls, media."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from diary.errors import ImportFailed
from diary.importers import telegram

from .helpers import TELEGRAM_ACCOUNT, TELEGRAM_SINGLE


def test_single_chat() -> None:
    export = telegram.parse("result.json", TELEGRAM_SINGLE)
    text, entities, call, missed, photo, voice = export.messages
    assert text.sent_at == datetime(2024, 3, 12, 21, 30, tzinfo=UTC) and text.offset_known
    assert entities.body == "Answer me https://x.example"
    assert (call.kind, call.duration_seconds, call.sender) == ("call", 42, "Sam")
    assert (missed.kind, missed.direction) == ("call", "missed")
    assert photo.attachments == ("photos/photo_1@12-03-2024_21-34-00.jpg",)
    assert photo.media_kind == "image"
    assert (voice.media_kind, voice.media_omitted) == ("audio", True)
    assert voice.sent_at == datetime(2024, 3, 12, 21, 35) and not voice.offset_known
    assert [c.name for c in export.chats] == ["Sam"]
    assert export.chats[0].chat_id == "4242"
    assert text.position_label == "record 1"


def test_account_export_lists_chats_and_filters() -> None:
    export = telegram.parse("result.json", TELEGRAM_ACCOUNT)
    assert [(c.chat_id, c.name, c.message_count) for c in export.chats] == [
        ("1", "Sam", 1),
        ("2", "Work group", 2),
    ]
    assert len(export.messages) == 3
    only = telegram.parse("result.json", TELEGRAM_ACCOUNT, chat_ids=["2"])
    assert [m.body for m in only.messages] == ["meeting", "ok"]
    assert only.messages[0].chat == "Work group"
    # Positions count through the whole file, so they point at the same record either way.
    assert only.messages[0].position == 2


def test_me_sets_direction() -> None:
    export = telegram.parse("result.json", TELEGRAM_ACCOUNT, chat_ids=["2"], me="Me")
    assert [m.direction for m in export.messages] == ["incoming", "outgoing"]


@pytest.mark.parametrize(
    "data", [b"", b"{", b"[1, 2]", b'{"chats": 5}', b'{"name": "x"}', b"\xff\xfe\x00"]
)
def test_not_telegram(data: bytes) -> None:
    with pytest.raises(ImportFailed) as caught:
        telegram.parse("result.json", data)
    assert caught.value.message.startswith("result.json")


def test_odd_entries_are_skipped() -> None:
    data = b'{"messages": [1, {"type": "message", "text": "no date"}, {"date": "bad"}]}'
    export = telegram.parse("result.json", data)
    assert export.messages == []
    assert [label for label, _ in export.skipped] == ["record 1", "record 2", "record 3"]


def test_cut_short_export_names_the_line() -> None:
    cut = TELEGRAM_SINGLE[: TELEGRAM_SINGLE.index(b'"id": 3')]
    with pytest.raises(ImportFailed) as caught:
        telegram.parse("result.json", cut)
    assert caught.value.message.startswith("result.json, line ")
    assert "damaged or cut short" in caught.value.message


def test_entities_side_by_side_read_as_words_and_plain_text_is_kept_exactly() -> None:
    from diary.importers.telegram import entity_text

    assert entity_text([{"type": "bold", "text": "Link:"}, {"type": "link", "text": "x.org"}]) == (
        "Link: x.org"
    )
    assert entity_text(["Hi ", {"type": "mention", "text": "@sam"}, ", ok"]) == "Hi @sam, ok"
    assert entity_text([{"type": "bold", "text": "a "}, {"type": "italic", "text": "b"}]) == "a b"
