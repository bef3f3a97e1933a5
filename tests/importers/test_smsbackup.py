"""SMS Backup & Restore XML: SMS, MMS parts, call logs, withheld numbers and damage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from diary.errors import ImportFailed
from diary.importers import smsbackup

from .helpers import CALLS_XML, SMS_XML


def test_sms_and_mms() -> None:
    export = smsbackup.parse("sms.xml", SMS_XML)
    assert export.damage is None
    first, sent, withheld, mms, last = export.messages
    assert (first.channel, first.direction, first.sender) == ("sms", "incoming", "Sam")
    assert first.sender_number == "+447700900123"
    assert first.body == "Where are you?\nAnswer me"
    assert first.sent_at == datetime(2024, 3, 12, 21, 30, tzinfo=UTC)
    assert first.offset_known is True
    assert (first.position, first.position_label) == (1, "record 1")
    assert first.raw_time == "12 Mar 2024 21:30:00"
    assert (sent.direction, sent.sender, sent.recipients) == ("outgoing", "", ("Sam",))
    assert (withheld.sender, withheld.sender_number) == ("withheld", None)
    assert withheld.body == "I can see you \U0001f600"
    assert (mms.channel, mms.body, mms.attachments) == ("mms", "Outside your house", ("photo.png",))
    assert mms.recipients == ("+447700900999",)
    (attachment,) = export.attachments
    assert attachment.media_type == "image/png"
    assert attachment.data.startswith(b"\x89PNG")
    assert attachment.message_position == 4
    assert last.position == 5
    assert export.participants[0] == "Sam"


def test_call_log_types() -> None:
    export = smsbackup.parse("calls.xml", CALLS_XML)
    assert [m.direction for m in export.messages] == [
        "incoming",
        "outgoing",
        "missed",
        "voicemail",
        "rejected",
        "blocked",
        "missed",
    ]
    assert all(m.kind == "call" and m.channel == "call" for m in export.messages)
    assert export.messages[0].duration_seconds == 65
    assert export.messages[1].recipients == ("Sam",)
    assert export.messages[6].sender == "withheld"


@pytest.mark.parametrize("address", ["-1", "-2", "", "Unknown", "null"])
def test_withheld_numbers(address: str) -> None:
    data = (
        b'<smses count="1"><sms address="%s" date="1710279000000" type="1" body="hi" /></smses>'
        % address.encode()
    )
    (message,) = smsbackup.parse("sms.xml", data).messages
    assert message.sender == "withheld"


def test_truncated_file_keeps_what_came_before() -> None:
    cut = SMS_XML.index(b"<mms") + 40
    export = smsbackup.parse("sms.xml", SMS_XML[:cut])
    assert len(export.messages) == 3
    assert export.damage == (
        "The file ends part-way through record 4; the 3 records before it were read."
    )


def test_damage_in_the_middle_is_reported() -> None:
    broken = SMS_XML.replace(b'body="Last one"', b'body="Last <one"')
    export = smsbackup.parse("sms.xml", broken + b"\n" * 100_000)
    assert len(export.messages) == 4
    assert export.damage is not None and "record 5" in export.damage


def test_invalid_base64_part_is_skipped_and_said() -> None:
    broken = SMS_XML.replace(b'data="iVBOR', b'data="!!!!')
    export = smsbackup.parse("sms.xml", broken)
    assert export.attachments == []
    assert export.skipped == [
        ("record 4", "the attached file photo.png is damaged and was left out")
    ]
    assert export.messages[3].body == "Outside your house"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"hello there", "not XML"),
        (b"<html><body>hi</body></html>", "does not hold messages"),
        (b'<smses count="1"><sms address="1" ', "damaged before its first message"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><smses/>', "declarations"),
    ],
)
def test_bad_files(data: bytes, words: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        smsbackup.parse("sms.xml", data)
    assert caught.value.message.startswith("sms.xml")
    assert words in caught.value.message


def test_entries_without_dates_are_skipped() -> None:
    data = b'<smses><sms address="1" type="1" body="a" /><sms address="1" date="x" /><foo/></smses>'
    export = smsbackup.parse("sms.xml", data)
    assert export.messages == []
    assert [label for label, _ in export.skipped] == ["record 1", "record 2", "record 3"]


def test_overlapping_backups_share_keys() -> None:
    first = smsbackup.parse("a.xml", SMS_XML)
    trimmed = SMS_XML.replace(
        b'<sms protocol="0" address="+447700900123" date="1710279000000"', b"<skip"
    )
    second = smsbackup.parse("b.xml", trimmed)
    assert {m.dedupe_key for m in second.messages} <= {m.dedupe_key for m in first.messages}
