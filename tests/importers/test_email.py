"""Email: .eml and mbox, charsets, encoded headers, attachments and raw headers."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from diary.errors import ImportFailed
from diary.importers import email as email_importer

from .helpers import EML_ATTACHMENT, EML_PLAIN


def test_plain_email_with_encoded_headers_and_cp1252_body() -> None:
    export = email_importer.parse("mail.eml", EML_PLAIN)
    (message,) = export.messages
    assert message.sender == "Sam Østergaard <sam@example.org>"
    assert message.recipients == ("Jo <jo@example.com>", "Renée <renee@example.com>")
    assert message.subject == "I know where you are — again"
    assert message.body == "I saw you at the café – don't ignore me.\r\n"
    assert message.sent_at == datetime(2024, 3, 12, 21, 30, tzinfo=UTC)
    assert message.offset_known is True
    assert message.headers.startswith("Return-Path: <sam@example.org>")
    assert "Message-ID: <abc@example.org>" in message.headers
    assert (message.kind, message.channel, message.position_label) == (
        "email",
        "email",
        "message 1",
    )


def test_attachment_with_encoded_name() -> None:
    export = email_importer.parse("mail.eml", EML_ATTACHMENT)
    (message,) = export.messages
    assert message.body == "Look at this ☺"
    assert message.attachments == ("résumé.pdf",)
    (attachment,) = export.attachments
    assert attachment.data.startswith(b"%PDF-1.4")
    assert attachment.media_type == "application/pdf"
    assert message.sent_at == datetime(2024, 3, 13, 8, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("charset", "raw", "text"),
    [
        ("", "caf\xc3\xa9", "café"),
        ("", "caf\xe9", "café"),
        ("utf-8", "caf\xe9", "café"),
        ("x-made-up", "caf\xc3\xa9", "café"),
        ("koi8-r", "\xf7\xcf\xd0\xd2\xcf\xd3", "Вопрос"),
    ],
)
def test_charset_fallbacks(charset: str, raw: str, text: str) -> None:
    declared = f"; charset={charset}" if charset else ""
    data = (
        f"From: a@example.org\nSubject: s\nContent-Type: text/plain{declared}\n\n{raw}\n"
    ).encode("latin-1")
    (message,) = email_importer.parse("m.eml", data).messages
    assert message.body.strip() == text


def test_html_only_email_gives_text() -> None:
    data = b"From: a@example.org\nContent-Type: text/html\n\n<p>Hello <b>you</b></p><br>bye"
    (message,) = email_importer.parse("m.eml", data).messages
    assert message.body == "Hello you\n\nbye"


def test_bad_date_is_kept_without_one() -> None:
    data = b"From: a@example.org\nDate: someday\n\nhi\n"
    export = email_importer.parse("m.eml", data)
    assert export.messages[0].sent_at is None
    assert export.messages[0].raw_time == "someday"


def test_mbox_with_quoted_from_lines() -> None:
    data = (
        b"From sam@example.org Tue Mar 12 21:30:00 2024\n"
        + EML_PLAIN.replace(b"\r\n", b"\n")
        + b"\n>From the window\n\n"
        b"From jo@example.com Wed Mar 13 08:00:00 2024\n" + EML_ATTACHMENT
    )
    export = email_importer.parse("box.mbox", data)
    assert export.format == "mbox"
    first, second = export.messages
    assert "From the window" in first.body and ">From" not in first.body
    assert (first.position_label, second.position_label) == ("message 1", "message 2")
    assert second.attachments == ("résumé.pdf",)
    assert export.attachments[0].message_position == 2


def test_mbox_part_that_is_not_email_is_skipped() -> None:
    data = b"From x\nnot a header at all\n\nFrom y\nFrom: a@example.org\n\nhi\n"
    export = email_importer.parse("box.mbox", data)
    assert len(export.messages) == 1
    assert export.skipped == [("message 1", "this part of the mailbox is not an email")]


@pytest.mark.parametrize("data", [b"", b"just some text\nwith lines\n", b"\x00\x01\x02"])
def test_not_an_email(data: bytes) -> None:
    with pytest.raises(ImportFailed) as caught:
        email_importer.parse("m.eml", data)
    assert caught.value.message.startswith("m.eml")


def test_deeply_nested_multipart_does_not_crash() -> None:
    parts = b"".join(
        b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (i, i + 1)
        for i in range(2000)
    )
    data = b'From: a@example.org\nContent-Type: multipart/mixed; boundary="b0"\n\n' + parts
    with contextlib.suppress(ImportFailed):
        email_importer.parse("m.eml", data)
