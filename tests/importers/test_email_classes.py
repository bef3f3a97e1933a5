"""Email as people's mailboxes really hold it: byte order marks, missing dates, raw 8-bit
headers, Japanese and Chinese charsets, UUCP addresses, odd MIME and hostile header blocks."""

from __future__ import annotations

import bz2
from datetime import UTC, datetime, timedelta, timezone

import pytest

from diary.errors import ImportFailed
from diary.importers import email as email_importer
from diary.importers import limits
from diary.importers.detect import detect_format


def parse(data: bytes, name: str = "mail.eml") -> email_importer.ParsedExport:
    return email_importer.parse(name, data)


def eml(*headers: str, body: str = "Hello", raw_body: bytes | None = None) -> bytes:
    head = "\r\n".join(headers).encode("utf-8")
    return head + b"\r\n\r\n" + (raw_body if raw_body is not None else body.encode())


def test_mbox_starting_with_a_byte_order_mark_is_an_mbox() -> None:
    one = eml("From: a@example.org", "Date: Tue, 12 Mar 2024 21:30:00 +0000", "Subject: one")
    two = eml("From: b@example.org", "Date: Tue, 12 Mar 2024 21:31:00 +0000", "Subject: two")
    data = b"\xef\xbb\xbfFrom a@example.org Tue Mar 12 21:30:00 2024\n" + one + b"\n"
    data += b"From b@example.org Tue Mar 12 21:31:00 2024\n" + two + b"\n"
    assert detect_format("Inbox", data) == "email"
    export = parse(data, "Inbox")
    assert [m.subject for m in export.messages] == ["one", "two"]


RECEIVED = (
    "Received: from relay.example.net by mx.example.org; Tue, 12 Mar 2024 21:30:05 +0000",
    "Received: from sender.example.com by relay.example.net;\r\n\tTue, 12 Mar 2024 21:30:01 +0000",
)


@pytest.mark.parametrize(
    "date", [None, "Date: sometime last week", "Date: Tue, 30 Jun 3609 25:61 +0600"]
)
def test_missing_or_unreadable_date_takes_the_newest_received_time(date: str | None) -> None:
    headers = [*RECEIVED, "From: a@example.org", "Subject: hi"]
    if date:
        headers.append(date)
    export = parse(eml(*headers))
    (message,) = export.messages
    assert message.sent_at == datetime(2024, 3, 12, 21, 30, 5, tzinfo=UTC)
    assert any("newest Received header" in note for note in export.notes)


def test_no_date_anywhere_is_kept_with_time_not_known_and_said() -> None:
    export = parse(eml("From: a@example.org", "Subject: undated"))
    (message,) = export.messages
    assert message.sent_at is None
    assert message.subject == "undated"
    assert any("time not known" in note for note in export.notes)
    assert not any("kept without" in why for _, why in export.skipped)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_raw_8bit_headers_decode_to_the_right_characters(encoding: str) -> None:
    head = "From: Zoë Ørsted <zoe@example.org>\r\nTo: Renée <renee@example.com>\r\n"
    head += "Subject: café crème\r\nDate: Tue, 12 Mar 2024 21:30:00 +0000\r\n\r\n"
    (message,) = parse(head.encode(encoding) + b"body").messages
    assert message.sender == "Zoë Ørsted <zoe@example.org>"
    assert message.recipients == ("Renée <renee@example.com>",)
    assert message.subject == "café crème"


def test_rfc2047_words_in_every_header() -> None:
    (message,) = parse(
        eml(
            "From: =?iso-8859-1?Q?Ren=E9e?= <renee@example.com>",
            "Subject: =?utf-8?B?w6dhIHZhIGJpZW4=?= =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=",
        )
    ).messages
    assert message.sender == "Renée <renee@example.com>"
    assert message.subject == "ça va bienこんにちは"


def test_iso_2022_jp_and_gb2312_bodies() -> None:
    japanese = "お世話になっております。ｶﾀｶﾅ"  # half-width kana need the extended codec
    chinese = "你好，镕基"  # 镕 is in GBK but not in GB2312, as real "gb2312" mail often has
    (jp,) = parse(
        eml(
            "From: a@example.jp",
            "Content-Type: text/plain; charset=ISO-2022-JP",
            raw_body=japanese.encode("iso2022_jp_ext"),
        )
    ).messages
    (cn,) = parse(
        eml(
            "From: a@example.cn",
            "Content-Type: text/plain; charset=gb2312",
            raw_body=chinese.encode("gbk"),
        )
    ).messages
    assert jp.body == japanese
    assert cn.body == chinese


def test_uucp_bang_path_keeps_the_whole_address() -> None:
    (message,) = parse(
        eml("From: seismo!harvard!ucbvax!sam (Sam Taylor)", "To: decvax!mcvax!jo")
    ).messages
    assert message.sender == "Sam Taylor <seismo!harvard!ucbvax!sam>"
    assert message.recipients == ("decvax!mcvax!jo",)


def test_signed_message_reads_the_text_and_keeps_the_signature() -> None:
    body = (
        "--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI mean it.\r\n"
        "--sig\r\nContent-Type: application/pgp-signature; name=signature.asc\r\n\r\n"
        "-----BEGIN PGP SIGNATURE-----\r\nabc\r\n-----END PGP SIGNATURE-----\r\n--sig--\r\n"
    )
    export = parse(
        eml(
            "From: a@example.org",
            'Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary=sig',
            body=body,
        )
    )
    (message,) = export.messages
    assert message.body.strip() == "I mean it."
    assert message.attachments == ("signature.asc",)
    assert b"BEGIN PGP SIGNATURE" in export.attachments[0].data


def test_multipart_without_final_boundary_keeps_every_part() -> None:
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\n"
        "--b\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n"
        "\r\nJVBERi0=\r\n"
    )
    export = parse(
        eml("From: a@example.org", "Content-Type: multipart/mixed; boundary=b", body=body)
    )
    (message,) = export.messages
    assert message.body.strip() == "first"
    assert [a.name for a in export.attachments] == ["a.pdf"]
    assert export.attachments[0].data == b"%PDF-"


def test_false_multipart_is_read_as_its_text() -> None:
    export = parse(
        eml(
            "From: a@example.org",
            "Content-Type: multipart/mixed; boundary=nowhere",
            body="Just text.",
        )
    )
    (message,) = export.messages
    assert message.body.strip() == "Just text."
    assert export.attachments == []


def test_bzip2_attachment_becomes_an_exhibit_with_its_bytes() -> None:
    packed = bz2.compress(b"log line\n" * 100)
    import base64

    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nSee the log.\r\n--b\r\n"
        "Content-Type: application/x-bzip2\r\nContent-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="log.bz2"\r\n\r\n'
        + base64.encodebytes(packed).decode()
        + "--b--\r\n"
    )
    export = parse(
        eml("From: a@example.org", "Content-Type: multipart/mixed; boundary=b", body=body)
    )
    assert export.messages[0].body.strip() == "See the log."
    (attachment,) = export.attachments
    assert (attachment.name, attachment.media_type) == ("log.bz2", "application/x-bzip2")
    assert bz2.decompress(attachment.data) == b"log line\n" * 100


def test_huge_header_block_is_refused_naming_the_limit() -> None:
    data = (
        b"From: a@example.org\r\nX-Junk: " + b"a" * (limits.MAX_HEADER_BYTES + 10) + b"\r\n\r\nhi"
    )
    with pytest.raises(limits.TooLarge, match=r"header block larger than 1 MB.*nothing was added"):
        parse(data)
    mbox = (
        b"From x Tue Mar 12 2024\n"
        + eml("From: a@example.org")
        + b"\nFrom y Tue Mar 12 2024\n"
        + data
    )
    with pytest.raises(ImportFailed, match="message 2 has a header block"):
        parse(mbox, "mail.mbox")


def test_too_many_emails_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_MESSAGES", 2)
    one = b"From x Tue Mar 12 2024\n" + eml("From: a@example.org") + b"\n"
    with pytest.raises(limits.TooLarge, match="more than 2 emails"):
        parse(one * 3, "mail.mbox")


def test_offsets_are_kept() -> None:
    (message,) = parse(eml("From: a@b.c", "Date: Tue, 12 Mar 2024 21:30:00 +0530")).messages
    assert message.sent_at is not None
    assert message.sent_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert message.sent_at.tzinfo == timezone(timedelta(hours=5, minutes=30))


def _many_parts(count: int) -> bytes:
    parts = b"".join(
        b"--B\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="a%d.bin"\r\n\r\nx\r\n' % i
        for i in range(count)
    )
    head = eml("From: a@example.org", 'Content-Type: multipart/mixed; boundary="B"', body="")
    return head + parts + b"--B--\r\n"


def test_an_email_of_too_many_parts_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_EMAIL_PARTS", 50)
    assert len(parse(_many_parts(40)).attachments) == 40
    with pytest.raises(limits.TooLarge, match=r"message 1 has more than 50 parts.*nothing was"):
        parse(_many_parts(60))


def test_a_mailbox_of_too_many_attachments_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_MESSAGES", 100)
    one = b"From x Tue Mar 12 2024\n" + _many_parts(30) + b"\n"
    assert len(parse(one * 3, "mail.mbox").attachments) == 90
    with pytest.raises(limits.TooLarge, match="more than 100 attachments"):
        parse(one * 4, "mail.mbox")
