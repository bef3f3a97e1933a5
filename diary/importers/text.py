"""Shared helpers for importers: decoding bytes to text, phone numbers and plain error wording."""

from __future__ import annotations

import codecs
import contextvars
import functools
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import phonenumbers

from diary.errors import ImportFailed

# Bidirectional marks WhatsApp scatters through lines; they carry no meaning for us.
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_STRIP_BIDI = str.maketrans("", "", BIDI_MARKS + "\ufeff")
_PHONE_SHAPE = re.compile(r"^\+?[0-9][0-9 \-().\u00a0\u202f]{4,24}$")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a parser builds many small objects.

    None of those objects form cycles, yet the collector would walk them again and again;
    pausing it makes a 100,000-message chat about a quarter faster.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def strip_bidi(text: str) -> str:
    """Remove direction marks and stray byte order marks."""
    return text.translate(_STRIP_BIDI)


def fail(source: str, where: str | None, what: str) -> ImportFailed:
    """Build the one plain sentence every importer error uses: file, place, what went wrong."""
    place = f"{source}, {where}: " if where else f"{source}: "
    return ImportFailed(place + what)


class DecodedText(NamedTuple):
    """Text decoded from bytes, the encoding used, and how many lines had bytes replaced."""

    text: str
    encoding: str
    repaired_lines: int


_bad_offsets: contextvars.ContextVar[list[int]] = contextvars.ContextVar("bad_offsets")


def _note_and_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    offsets = _bad_offsets.get(None)
    if offsets is not None:
        offsets.append(error.start)
    return "\ufffd", error.end


codecs.register_error("daybook-replace-and-count", _note_and_replace)


def _utf8_with_repairs(data: bytes) -> tuple[str, int, int]:
    """UTF-8 with each invalid byte replaced by U+FFFD: (text, lines repaired, good non-ASCII).

    Only what is invalid is replaced, so one bad byte never turns the rest of the file into
    mojibake; the lines holding replacements are counted so the person can be told.
    """
    offsets: list[int] = []
    token = _bad_offsets.set(offsets)
    try:
        text = data.decode("utf-8", errors="daybook-replace-and-count")
    finally:
        _bad_offsets.reset(token)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - len(offsets)
    if not offsets:
        return text, 0, good
    lines: set[int] = set()
    line, last = 0, 0
    for offset in offsets:
        line += data.count(b"\n", last, offset)
        last = offset
        lines.add(line)
    return text, len(lines), good


def decode_report(data: bytes) -> DecodedText:
    """Decode text of unknown encoding, saying which encoding and how many lines were repaired.

    Order: a byte order mark if present, then UTF-16 guessed from NUL bytes, then UTF-8. Text
    that is mostly valid UTF-8 with a few bad bytes stays UTF-8 with only those bytes replaced
    (and the lines counted); text with no valid UTF-8 beyond ASCII is cp1252, then latin-1,
    which accepts any bytes, so this never fails.
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            if enc == "utf-8":
                text, repaired, _ = _utf8_with_repairs(body)
                return DecodedText(text, enc, repaired)
            return DecodedText(body.decode(enc, errors="replace"), enc, 0)
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # Text with many NUL bytes is almost certainly UTF-16 without a mark.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        enc = "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"
        return DecodedText(data.decode(enc, errors="replace"), enc, 0)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    text, repaired, good = _utf8_with_repairs(data)
    if good > 0:
        return DecodedText(text, "utf-8", repaired)
    try:
        return DecodedText(data.decode("cp1252"), "cp1252", 0)
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "latin-1", 0)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding; returns (text, encoding used). See `decode_report`."""
    decoded = decode_report(data)
    return decoded.text, decoded.encoding


def repaired_note(lines: int) -> str | None:
    """The plain sentence for lines that had invalid bytes replaced, or None."""
    if not lines:
        return None
    which = "1 line" if lines == 1 else f"{lines:,} lines"
    return (
        f"{which} had bytes that were not valid text; only those bytes were replaced "
        "(shown as \ufffd), and the rest of each line was read as written."
    )


@functools.lru_cache(maxsize=8192)
def normalise_number(text: str, region: str | None = None) -> str | None:
    """E.164 form of a phone number, or None when the text is not one."""
    candidate = strip_bidi(text).strip()
    if not _PHONE_SHAPE.match(candidate):
        return None
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
