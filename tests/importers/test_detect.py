"""Format detection and the parse_file entry point."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from diary.errors import AmbiguousDateOrder, ImportFailed
from diary.importers.detect import detect_format, parse_file

from .helpers import CALLS_XML, EML_PLAIN, SMS_XML, TELEGRAM_ACCOUNT, chat, make_zip

WA = chat("13/03/2024, 21:30 - Sam: hi")


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("chat.txt", WA, "whatsapp"),
        ("anything", WA, "whatsapp"),
        ("chat.txt", "13/03/2024, 21:30 - Sam: hi\n".encode("utf-16"), "whatsapp"),
        ("WhatsApp Chat.zip", make_zip({"_chat.txt": WA}), "whatsapp"),
        ("sms.xml", SMS_XML, "sms"),
        ("backup", CALLS_XML, "sms"),
        ("mail.eml", EML_PLAIN, "email"),
        ("noname", EML_PLAIN, "email"),
        ("box", b"From a@b Tue Mar 12 2024\nFrom: a@b\n\nhi\n", "email"),
        ("result.json", TELEGRAM_ACCOUNT, "telegram"),
        ("x", _png(), "photo"),
        ("mystery.bin", b"\x00\x01\x02", "unknown"),
        ("notes.md", b"# Notes\n", "unknown"),
    ],
)
def test_detect_format(name: str, data: bytes, fmt: str) -> None:
    assert detect_format(name, data) == fmt


def test_parse_file_dispatches_and_filters_options() -> None:
    export = parse_file("chat.txt", WA, me="Sam", chat_ids=["1"], region="GB")
    assert export.format == "whatsapp"
    assert export.messages[0].direction == "outgoing"
    assert parse_file("sms.xml", SMS_XML).format == "sms"
    assert parse_file("result.json", TELEGRAM_ACCOUNT, chat_ids=["1"]).format == "telegram"
    assert parse_file("mail.eml", EML_PLAIN).format == "email"
    photo = parse_file("p.png", _png())
    assert photo.format == "photo" and photo.photo is not None
    assert photo.attachments[0].media_type == "image/png"


def test_parse_file_with_explicit_format_that_is_wrong() -> None:
    with pytest.raises(ImportFailed, match=r"^sms\.xml: this is not an SMS Backup"):
        parse_file("sms.xml", WA, format="sms")
    with pytest.raises(ImportFailed, match=r"^chat\.txt, line 1: this does not look like"):
        parse_file("chat.txt", SMS_XML, format="whatsapp")


def test_unknown_file() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_file("mystery.bin", b"\x00\x01\x02")
    assert caught.value.message == "mystery.bin: Daybook does not recognise this kind of file."


def test_ambiguous_date_order_passes_through() -> None:
    with pytest.raises(AmbiguousDateOrder):
        parse_file("chat.txt", chat("1/2/24, 10:00 - Sam: a", "1/3/24, 10:00 - Sam: b"))


@pytest.mark.parametrize("name", ["Threat.msg", "saved-email"])
def test_an_outlook_msg_file_is_refused_saying_how_to_get_an_eml(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(ImportFailed, match=r"Outlook \.msg file.*save it as an \.eml file"):
        parse_file(path.name, path)


def test_telegram_html_export_is_refused_saying_to_choose_json(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'/><title>Exported Data</title></head>"
        '<body><div class="history"><div class="message default clearfix" id="message1">'
        '<div class="body"><div class="pull_right date details" title="12.03.2024 21:30:00">'
        '21:30</div><div class="from_name">Sam</div><div class="text">hi</div></div></div>'
        "</div></body></html>"
    )
    path = tmp_path / "messages.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"Telegram's HTML export.*Machine-readable JSON"):
        parse_file(path.name, path)
