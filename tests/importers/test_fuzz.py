"""Every parser, fed arbitrary bytes or a damaged valid file, parses or raises ImportFailed."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from diary.errors import ImportFailed
from diary.importers import email as email_importer
from diary.importers import imessage, meta, photos, smsbackup, telegram, whatsapp
from diary.importers.detect import parse_file

from .helpers import (
    CALLS_XML,
    EML_ATTACHMENT,
    EML_PLAIN,
    SMS_XML,
    TELEGRAM_ACCOUNT,
    TELEGRAM_SINGLE,
    chat,
    make_zip,
)
from .test_new_sources import LEGACY_HTML, MODERN_HTML, chat_db, meta_json

ANDROID = chat(
    "12/03/2024, 21:30 - Messages and calls are end-to-end encrypted.",
    "12/03/2024, 21:31 - Sam: Where are you?",
    "second line",
    "13/03/2024, 9:05 - Sam: <Media omitted>",
    "13/03/2024, 9:06 - Sam: IMG-20240313-WA0001.jpg (file attached)",
)
IOS = chat(
    "\u200e[3/12/24, 9:30:00 PM] Sam: \u200eimage omitted",
    "[3/13/24, 9:31:00\u202fAM] Sam: hello",
    "\u200e[3/14/24, 10:00:00 AM] Sam: \u200e<attached: 00000001-PHOTO-2024-03-14.jpg>",
)


def _jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Make"
    exif.get_ifd(0x8769)[0x9003] = "2024:03:12 21:30:15"
    exif.get_ifd(0x8825)[2] = (51.0, 30.0, 0.0)
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


MBOX = b"From a Tue Mar 12 2024\n" + EML_PLAIN + b"\nFrom b Tue Mar 12 2024\n" + EML_ATTACHMENT
ZIP = make_zip({"_chat.txt": IOS, "00000001-PHOTO-2024-03-14.jpg": b"\xff\xd8\xff"})

Parser = Callable[[str, bytes], object]
PARSERS: dict[str, Parser] = {
    "whatsapp": whatsapp.parse,
    "sms": smsbackup.parse,
    "email": email_importer.parse,
    "telegram": telegram.parse,
    "photo": photos.read_photo,
    "meta": meta.parse,
    "imessage": imessage.parse,
    "any": parse_file,
}
VALID: dict[str, list[bytes]] = {
    "whatsapp": [ANDROID, IOS, ZIP],
    "sms": [SMS_XML, CALLS_XML],
    "email": [EML_PLAIN, EML_ATTACHMENT, MBOX],
    "telegram": [TELEGRAM_SINGLE, TELEGRAM_ACCOUNT],
    "photo": [_jpeg()],
    "meta": [meta_json(), MODERN_HTML.encode(), LEGACY_HTML.encode()],
    "imessage": [chat_db()],
    "any": [ANDROID, SMS_XML, MBOX, TELEGRAM_ACCOUNT, ZIP, meta_json()],
}
FUZZ = settings(deadline=1000, max_examples=60, suppress_health_check=[HealthCheck.too_slow])


def _only_import_failed(parser: Parser, data: bytes) -> None:
    try:
        parser("input.bin", data)
    except ImportFailed as exc:
        assert exc.message.startswith("input.bin")
        assert "\n" not in exc.message


@st.composite
def damaged(draw: st.DrawFn, kind: str) -> bytes:
    data = bytearray(draw(st.sampled_from(VALID[kind])))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        if action == "flip":
            data[where] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[where:]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=20))
        else:
            del data[where : where + draw(st.integers(1, 50))]
    return bytes(data)


def _check_arbitrary(kind: str) -> None:
    @FUZZ
    @given(st.binary(max_size=2000))
    def run(data: bytes) -> None:
        _only_import_failed(PARSERS[kind], data)

    run()


def _check_damaged(kind: str) -> None:
    @FUZZ
    @given(damaged(kind))
    def run(data: bytes) -> None:
        _only_import_failed(PARSERS[kind], data)

    run()


def test_whatsapp_arbitrary() -> None:
    _check_arbitrary("whatsapp")


def test_whatsapp_damaged() -> None:
    _check_damaged("whatsapp")


def test_whatsapp_arbitrary_text() -> None:
    # Text that looks a bit like a chat reaches deeper than random bytes do.
    @FUZZ
    @given(
        st.lists(
            st.one_of(
                st.text(max_size=60),
                st.from_regex(
                    r"\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}[:.]\d{2}.{0,8}", fullmatch=True
                ),
            ),
            max_size=20,
        )
    )
    def run(lines: list[str]) -> None:
        _only_import_failed(whatsapp.parse, "\n".join(lines).encode("utf-8", "surrogatepass"))

    run()


def test_sms_arbitrary() -> None:
    _check_arbitrary("sms")


def test_sms_damaged() -> None:
    _check_damaged("sms")


def test_email_arbitrary() -> None:
    _check_arbitrary("email")


def test_email_damaged() -> None:
    _check_damaged("email")


def test_telegram_arbitrary() -> None:
    _check_arbitrary("telegram")


def test_telegram_damaged() -> None:
    _check_damaged("telegram")


def test_photo_arbitrary() -> None:
    _check_arbitrary("photo")


def test_photo_damaged() -> None:
    _check_damaged("photo")


def test_parse_file_arbitrary() -> None:
    _check_arbitrary("any")


def test_parse_file_damaged() -> None:
    _check_damaged("any")


TELEGRAM_KEYS = [
    "messages", "chats", "list", "left_chats", "type", "date", "date_unixtime", "from", "text",
    "actor", "action", "duration_seconds", "discard_reason", "photo", "file", "media_type",
    "id", "name",
]  # fmt: skip
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(TELEGRAM_KEYS), inner, max_size=6),
    max_leaves=30,
)


@FUZZ
@given(JSON_VALUES)
def test_telegram_odd_json_shapes(value: object) -> None:
    data = json.dumps(value).encode()
    _only_import_failed(telegram.parse, data)


def test_meta_arbitrary() -> None:
    _check_arbitrary("meta")


def test_meta_damaged() -> None:
    _check_damaged("meta")


def test_imessage_damaged() -> None:
    _check_damaged("imessage")


def test_streamed_sms_and_mailbox_damaged() -> None:
    # Files over the whole-file limit are read from disk in pieces: the same promise holds.
    import tempfile
    from pathlib import Path

    from diary.importers import limits

    @FUZZ
    @given(st.sampled_from(["sms", "email"]).flatmap(lambda k: st.tuples(st.just(k), damaged(k))))
    def run(case: tuple[str, bytes]) -> None:
        kind, data = case
        parser = PARSERS[kind]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "input.bin"
            path.write_bytes(data)
            saved = limits.MAX_FILE_BYTES
            limits.MAX_FILE_BYTES = 10
            try:
                streamed = parser("input.bin", path)  # type: ignore[arg-type]
            except ImportFailed as exc:
                assert exc.message.startswith("input.bin") and "\n" not in exc.message
                return
            finally:
                limits.MAX_FILE_BYTES = saved
        assert streamed is not None

    run()
