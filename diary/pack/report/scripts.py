"""Text in every script a person writes in: a font for each character, shaped, in the right order.

DejaVu Sans draws Latin, Greek and Cyrillic, and reportlab's Paragraph lays such text out as
before. Any other text (Arabic, Urdu, Persian, Hebrew, Devanagari, Chinese, Japanese, Korean,
emoji) becomes a `ScriptParagraph`, laid out here:

- each character is drawn in the first embedded font that has it (DejaVu, then Noto Naskh Arabic
  or Noto Nastaliq Urdu, Noto Sans Hebrew, Noto Sans Devanagari, Noto Emoji, Droid Sans Fallback
  for Chinese and Japanese, NanumSquare for Korean);
- each run of one font is shaped by HarfBuzz (`uharfbuzz`): joined Arabic letters, Devanagari
  conjuncts, emoji sequences;
- lines are broken in logical order (at spaces, and between CJK characters), then each line is
  put in visual order with the Unicode bidirectional algorithm (`python-bidi`), word by word;
- every line is wrapped in a PDF `/ActualText` span, so copying or `pdftotext` gives back the
  text as it was written, not the shaped glyphs.

Poppler (`pdftotext`) treats a line's text as laid out left to right and then reverses each
right-to-left stretch itself (its `reorderText`: from a right-to-left letter up to the next
left-to-right letter or digit). A line's ActualText is therefore the written text with each
right-to-left stretch reversed in advance, and a left-to-right mark (U+200E, invisible) where a
stretch is followed by punctuation or a space, so that Poppler's reversal gives back exactly what
was written. (On a page where right-to-left letters outnumber left-to-right ones Poppler reads
the other way round; a report's pages always carry English headings and labels.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html import unescape
from typing import Any

import uharfbuzz
from bidi import algorithm as bidi
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from diary.resources import resource_path

# The base fonts (DejaVu, registered by styles.register_fonts) and, in order, the fallbacks:
# (name, regular file, bold file or None).
_FALLBACKS: tuple[tuple[str, str, str | None], ...] = (
    ("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("NotoEmoji", "NotoEmoji-Regular.ttf", "NotoEmoji-Bold.ttf"),
    ("DroidSansFallback", "DroidSansFallbackFull.ttf", None),
    # Droid Sans Fallback has Chinese and Japanese but only three Korean syllables.
    ("NanumSquare", "NanumSquareR.ttf", None),
)
# Urdu is written in Nastaliq; a word with a letter only Urdu uses is drawn in it.
_NASTALIQ = ("NotoNastaliqUrdu", "NotoNastaliqUrdu-Regular.ttf")
_URDU_LETTERS = set("ٹڈڑںھہۂۃیےۓ")
_BASE_REGULAR, _BASE_BOLD = "DejaVuSans", "DejaVuSans-Bold"
# Glyphs with no character of their own (a joined Arabic letter, a conjunct) are drawn through
# a private-use character derived from the glyph id, so every pack maps them the same way.
_PRIVATE_BASE = 0xF0000
# Scripts that need shaping or right-to-left order even where DejaVu has the letters.
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
    "\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufeff]"
)
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\uff00-\uffef\U00020000-\U0003ffff]"
)
# Han and kana have no spaces between words: a line may break before any of them (not Hangul,
# which is written with spaces).
_BREAK_ANYWHERE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u31f0-\u31ff\u3400-\u9fff\uf900-\ufaff\uff00-\uff60"
    "\U00020000-\U0003ffff]"
)
_IGNORABLE_CATEGORIES = {"Mn", "Me", "Mc", "Cf"}
_LRM = "\u200e"
_RTL_TYPES = {"R", "AL"}


@dataclass(frozen=True)
class _Face:
    """One embedded font: its reportlab name, HarfBuzz font and what it covers."""

    name: str
    font: Any  # reportlab TTFont
    hb: Any  # uharfbuzz.Font at units per em
    upem: int
    ascent: float  # in em
    descent: float  # in em, negative


def _load(name: str, file_name: str) -> _Face:
    path = resource_path("fonts", file_name)
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
    data = path.read_bytes()
    face = uharfbuzz.Face(uharfbuzz.Blob(data))
    hb = uharfbuzz.Font(face)
    upem = face.upem
    extents = hb.get_font_extents("ltr")
    return _Face(name, font, hb, upem, extents.ascender / upem, extents.descender / upem)


class FontBook:
    """The report's fonts, loaded on first use (the CJK font alone is 4 MB)."""

    def __init__(self) -> None:
        # The base fonts must be the very objects the report registered: glyphs added for
        # shaped text are added to them.
        from diary.pack.report.styles import register_fonts

        register_fonts()
        self._faces: dict[str, _Face] = {}

    def face(self, name: str) -> _Face:
        loaded = self._faces.get(name)
        if loaded is None:
            loaded = self._faces[name] = _load(name, _FILES[name])
        return loaded

    def covers(self, name: str, char: str) -> bool:
        return ord(char) in self.face(name).font.face.charToGlyph

    def font_for(self, char: str, bold: bool) -> str:
        """The first font, base first, that has a glyph for `char`."""
        base = _BASE_BOLD if bold else _BASE_REGULAR
        if self.covers(base, char) and not _COMPLEX.match(char):
            return base
        for name, _regular, bold_file in _FALLBACKS:
            wanted = f"{name}-Bold" if bold and bold_file else name
            if self.covers(wanted, char):
                return wanted
        return base


_FILES: dict[str, str] = {
    _BASE_REGULAR: "DejaVuSans.ttf",
    _BASE_BOLD: "DejaVuSans-Bold.ttf",
    _NASTALIQ[0]: _NASTALIQ[1],
}
for _name, _regular, _bold in _FALLBACKS:
    _FILES[_name] = _regular
    if _bold:
        _FILES[f"{_name}-Bold"] = _bold


@lru_cache(maxsize=1)
def font_book() -> FontBook:
    return FontBook()


def needs_script_layout(text: str) -> bool:
    """Whether `text` needs this module: any character DejaVu lacks, or one that must be shaped
    or ordered right to left. Plain Latin, Greek and Cyrillic text does not."""
    if _COMPLEX.search(text) or _CJK.search(text):
        return True
    book = font_book()
    return any(not book.covers(_BASE_REGULAR, c) for c in set(text) if c not in "\n\t")


# -- markup: the small subset the report's own markup uses -------------------------------------


@dataclass(frozen=True)
class Span:
    """A piece of text in one style: bold or not, and its colour."""

    text: str
    bold: bool = False
    color: Any = None


_TAG = re.compile(r"<(/?)(b|br|font)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"(\w+)\s*=\s*['\"]([^'\"]*)['\"]")


def parse_markup(markup: str, bold_base: bool = False) -> list[Span]:
    """The report's markup (`<b>`, `<br/>`, `<font name=… color=…>`, entities) as spans."""
    spans: list[Span] = []
    bold = [bold_base]
    color: list[Any] = [None]
    fonts: list[tuple[bool, Any]] = []
    pos = 0
    for match in _TAG.finditer(markup):
        if match.start() > pos:
            spans.append(Span(unescape(markup[pos : match.start()]), bold[-1], color[-1]))
        pos = match.end()
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if tag == "br":
            spans.append(Span("\n", bold[-1], color[-1]))
        elif tag == "b":
            if closing:
                if len(bold) > 1:
                    bold.pop()
            else:
                bold.append(True)
        elif closing:
            if fonts:
                was_bold, was_color = fonts.pop()
                bold.append(was_bold)
                color.append(was_color)
        else:
            fonts.append((bold[-1], color[-1]))
            found = dict(_ATTR.findall(attrs))
            name = found.get("name", "")
            bold.append(bold[-1] or "Bold" in name)
            color.append(colors.toColor(found["color"]) if "color" in found else color[-1])
    if pos < len(markup):
        spans.append(Span(unescape(markup[pos:]), bold[-1], color[-1]))
    return [s for s in spans if s.text]


# -- shaping ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    char: str  # the character reportlab draws for this glyph (a private-use one if it has none)
    x: float  # offset from the run's start, in points
    y: float


@dataclass
class Run:
    """Characters in one font and style, shaped: glyphs in visual order, and the width."""

    text: str
    font: str
    size: float
    bold: bool
    color: Any
    glyphs: list[Glyph] = field(default_factory=list)
    width: float = 0.0


def _drawable(face: _Face, gid: int, advance: int) -> str:
    """The character reportlab should draw for glyph `gid` of this font."""
    ttf = face.font.face
    chars = ttf.glyphToChar.get(gid)
    if chars:
        return chr(min(chars))
    code = _PRIVATE_BASE + gid
    if code not in ttf.charToGlyph:
        ttf.charToGlyph[code] = gid
        ttf.glyphToChar.setdefault(gid, []).append(code)
        ttf.charWidths[code] = advance * 1000 / face.upem
    return chr(code)


def shape(run: Run, direction: str | None = None) -> Run:
    """Shape a run; `direction` ("ltr"/"rtl", from its bidi level) mirrors brackets in a
    right-to-left run; without it HarfBuzz guesses from the letters."""
    face = font_book().face(run.font)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(run.text)
    buffer.guess_segment_properties()
    if direction:
        buffer.direction = direction
    uharfbuzz.shape(face.hb, buffer, {"kern": True, "liga": True})
    scale = run.size / face.upem
    x = 0.0
    glyphs = []
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        if info.codepoint == 0 and pos.x_advance == 0:
            continue  # a default-ignorable character this font leaves out
        char = _drawable(face, info.codepoint, pos.x_advance)
        glyphs.append(Glyph(char, x + pos.x_offset * scale, pos.y_offset * scale))
        x += pos.x_advance * scale
    run.glyphs = glyphs
    run.width = x
    return run


def _attaches(char: str) -> bool:
    """Marks, joiners and selectors belong with the character before them."""
    return unicodedata.category(char) in _IGNORABLE_CATEGORIES or (0x1F3FB <= ord(char) <= 0x1F3FF)


def is_urdu(text: str) -> bool:
    """Whether Arabic-script text is Urdu (it uses a letter only Urdu has): drawn in Nastaliq."""
    return any(c in _URDU_LETTERS for c in text)


def runs_of(
    span: Span, size: float, direction: str | None = None, urdu: bool | None = None
) -> list[Run]:
    """A span's text cut where the font changes, in logical order, each shaped. `urdu` is
    decided for a whole paragraph, so one Urdu sentence is all in Nastaliq."""
    book = font_book()
    urdu = is_urdu(span.text) if urdu is None else urdu
    out: list[Run] = []
    current: str | None = None
    start = 0
    for i, char in enumerate(span.text):
        if current is not None and _attaches(char):
            continue
        font = book.font_for(char, span.bold)
        if urdu and font.startswith("NotoNaskhArabic"):
            font = _NASTALIQ[0]
        if font != current:
            if current is not None:
                out.append(Run(span.text[start:i], current, size, span.bold, span.color))
            current, start = font, i
    if current is not None:
        out.append(Run(span.text[start:], current, size, span.bold, span.color))
    return [shape(r, direction) for r in out]


# -- words and lines -----------------------------------------------------------------------------


@dataclass
class Word:
    """Text between break opportunities, in logical order: its styled pieces, and the shaped
    runs that measure it for line breaking."""

    text: str
    spans: list[Span]
    runs: list[Run]
    space_after: bool = False

    @property
    def width(self) -> float:
        return sum(r.width for r in self.runs)


@dataclass
class Segment:
    """Part of a word at one bidi level, shaped in that direction: the unit of visual order. A
    space between words is a segment of its own (no runs, only `gap`) at the space's own bidi
    level, so that it lands where UAX #9 puts it: between "said:" and the Arabic after it, not
    inside the reversed right-to-left words."""

    runs: list[Run]
    level: int
    gap: float = 0.0

    @property
    def width(self) -> float:
        return sum(r.width for r in self.runs) + self.gap


_BREAK = re.compile(r"( +|\n)")


# Chinese and Japanese line-breaking rules (kinsoku), simplified: no line starts with closing
# punctuation or a small kana, and none ends with opening punctuation.
_NO_BREAK_BEFORE = set(
    "。、，．・：；？！）」』】〕〉》ーゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥〜～,.!?:;)"
)
_NO_BREAK_AFTER = set("（「『【〔〈《“‘(")


def _pieces(text: str) -> Iterator[str]:
    """The unbreakable pieces of `text` in order; " " is a space, "\\n" a hard break."""
    for part in _BREAK.split(text):
        if not part:
            continue
        if part == "\n":
            yield "\n"
        elif part.startswith(" "):
            yield " "
        else:
            yield from _cjk_pieces(part)


def _cjk_pieces(part: str) -> Iterator[str]:
    """Text without spaces cut where a line may break: before Chinese and Japanese characters."""
    pieces: list[str] = []
    start = 0
    for m in _BREAK_ANYWHERE.finditer(part):
        if m.start() > start:
            pieces.append(part[start : m.start()])
        pieces.append(m.group())
        start = m.end()
    if start < len(part):
        pieces.append(part[start:])
    merged: list[str] = []
    for piece in pieces:
        joins = merged and (
            _attaches(piece[0])
            or piece[0] in _NO_BREAK_BEFORE
            or merged[-1][-1] in _NO_BREAK_AFTER
            or not (_BREAK_ANYWHERE.match(piece[0]) or _BREAK_ANYWHERE.match(merged[-1][-1]))
        )
        if joins:
            merged[-1] += piece
        else:
            merged.append(piece)
    yield from merged


def words_of(spans: Sequence[Span], size: float, urdu: bool = False) -> list[Word]:
    words: list[Word] = []
    for span in spans:
        first = True
        for piece in _pieces(span.text):
            if piece == "\n":
                words.append(Word("\n", [], []))
            elif piece == " ":
                if words:
                    words[-1].space_after = True
            else:
                sub = replace(span, text=piece)
                runs = runs_of(sub, size, urdu=urdu)
                previous = words[-1] if words else None
                if (
                    first
                    and previous is not None
                    and previous.text != "\n"
                    and not previous.space_after
                    and not _BREAK_ANYWHERE.match(piece[0])
                    and not _BREAK_ANYWHERE.match(previous.text[-1])
                ):
                    # The same word goes on in another style (bold inside a word).
                    previous.text += piece
                    previous.spans.append(sub)
                    previous.runs += runs
                else:
                    words.append(Word(piece, [sub], runs))
            first = False
    return words


def _base_rtl(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_TYPES:
            return True
        if kind == "L":
            return False
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi embedding level of each character of one line (UAX #9, up to I2)."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    kept = iter(c["level"] for c in storage["chars"])
    levels: list[int] = []
    for char in text:
        if unicodedata.bidirectional(char) in bidi.X9_REMOVED:
            levels.append(levels[-1] if levels else storage["base_level"])
        else:
            levels.append(next(kept, storage["base_level"]))
    return levels


def segments_of(line: list[Word], rtl: bool, size: float, urdu: bool = False) -> list[Segment]:
    """The line cut where the bidi level changes, each part shaped in its own direction."""
    written = "".join(w.text + (" " if w.space_after else "") for w in line)
    levels = _levels(written, rtl)
    space = pdfmetrics.stringWidth(" ", _BASE_REGULAR, size)
    out: list[Segment] = []
    pos = 0
    for n, word in enumerate(line):
        pieces: list[tuple[Span, int]] = []
        for span in word.spans:
            for char in span.text:
                level = levels[pos]
                pos += 1
                if (
                    pieces
                    and pieces[-1][1] == level
                    and pieces[-1][0].bold == span.bold
                    and (pieces[-1][0].color == span.color)
                ):
                    pieces[-1] = (replace(pieces[-1][0], text=pieces[-1][0].text + char), level)
                else:
                    pieces.append((replace(span, text=char), level))
        merged: list[Segment] = []
        for span, level in pieces:
            runs = runs_of(span, size, "rtl" if level % 2 else "ltr", urdu)
            if merged and merged[-1].level == level:
                merged[-1].runs += runs
            else:
                merged.append(Segment(runs, level))
        out += merged
        if word.space_after:
            # A space ending the line is not drawn (UAX #9 L1 puts it at the line's end).
            if n < len(line) - 1:
                out.append(Segment([], levels[pos], gap=space))
            pos += 1
    return out


def visual_order(segments: list[Segment]) -> list[Segment]:
    """The segments of one line left to right (UAX #9 rule L2)."""
    order = list(segments)
    if not order:
        return order
    highest = max(s.level for s in order)
    lowest_odd = min((s.level for s in order if s.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@dataclass
class Line:
    words: list[Word]  # logical order
    height: float


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph in any script: wraps, splits across pages and draws like reportlab's."""

    def __init__(self, markup: str, style: ParagraphStyle, *, spans: list[Span] | None = None):
        super().__init__()
        self.style = style
        bold = "Bold" in str(style.fontName)
        self.spans = spans if spans is not None else parse_markup(markup, bold)
        self.text = "".join(s.text for s in self.spans)
        self.rtl = _base_rtl(self.text)
        self.urdu = is_urdu(self.text)
        self._words: list[Word] | None = None
        self._lines: list[Line] = []
        self._width = 0.0

    # Flowable interface
    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def _inner(self, avail_width: float) -> float:
        return float(max(1.0, avail_width - self.style.leftIndent - self.style.rightIndent))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        self._lines = self._break(self._inner(avail_width))
        self.height = sum(line.height for line in self._lines)
        self.width = avail_width
        return avail_width, self.height

    def _line_height(self, words: list[Word]) -> float:
        size = self.style.fontSize
        leading = float(self.style.leading)
        book = font_book()
        deepest = 0.0
        for word in words:
            for run in word.runs:
                face = book.face(run.font)
                deepest = max(deepest, (face.ascent - face.descent) * size)
        return float(max(leading, deepest * 1.05))

    def _break(self, width: float) -> list[Line]:
        if self._words is None:
            self._words = words_of(self.spans, self.style.fontSize, self.urdu)
        space = pdfmetrics.stringWidth(" ", _BASE_REGULAR, self.style.fontSize)
        lines: list[Line] = []
        current: list[Word] = []
        used = 0.0
        for word in self._words:
            if word.text == "\n":
                lines.append(Line(current, self._line_height(current)))
                current, used = [], 0.0
                continue
            gap = space if current and current[-1].space_after else 0.0
            if current and used + gap + word.width > width:
                lines.append(Line(current, self._line_height(current)))
                current, used, gap = [], 0.0, 0.0
            current.append(word)
            used += gap + word.width
        if current or not lines:
            lines.append(Line(current, self._line_height(current)))
        return lines

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._break(self._inner(avail_width))
        used = 0.0
        count = 0
        for line in lines:
            if used + line.height > avail_height:
                break
            used += line.height
            count += 1
        if count == 0 or count == len(lines):
            return [] if count == 0 else [self]
        first = _Lines(self, lines[:count])
        rest = _Lines(self, lines[count:])
        return [first, rest]

    def draw(self) -> None:
        self._draw_lines(self._lines)

    def _draw_lines(self, lines: list[Line]) -> None:
        canvas = self.canv
        style = self.style
        inner = self._inner(self._width)
        if style.backColor is not None:
            pad = style.borderPadding
            left, bottom, right, top = (
                (pad, pad, pad, pad) if isinstance(pad, (int, float)) else (*pad, *pad)[:4]
            )
            canvas.saveState()
            canvas.setFillColor(style.backColor)
            canvas.rect(
                style.leftIndent - left,
                -bottom,
                inner + left + right,
                sum(line.height for line in lines) + top + bottom,
                stroke=0,
                fill=1,
            )
            canvas.restoreState()
        y = sum(line.height for line in lines)
        for line in lines:
            baseline = y - line.height + (line.height - style.fontSize) / 2 + style.fontSize * 0.2
            y -= line.height
            segments = segments_of(line.words, self.rtl, style.fontSize, self.urdu)
            ordered = visual_order(segments)
            total = sum(seg.width for seg in ordered)
            x = style.leftIndent
            alignment = style.alignment
            if alignment == TA_JUSTIFY:
                alignment = TA_RIGHT if self.rtl else 0
            if alignment == TA_RIGHT or (self.rtl and alignment != TA_CENTER):
                x += inner - total
            elif alignment == TA_CENTER:
                x += (inner - total) / 2
            written = "".join(w.text + (" " if w.space_after else "") for w in line.words)
            actual = _pdf_text(poppler_order(written.rstrip()))
            canvas.addLiteral(f"/Span <</ActualText {actual}>> BDC")
            for segment in ordered:
                self._draw_segment(segment, x, baseline)
                x += segment.width
            canvas.addLiteral("EMC")

    def _draw_segment(self, segment: Segment, x: float, baseline: float) -> None:
        canvas = self.canv
        runs = segment.runs[::-1] if segment.level % 2 else segment.runs
        for run in runs:
            text = canvas.beginText()
            text.setFont(run.font, run.size)
            text.setFillColor(run.color or self.style.textColor)
            for glyph in run.glyphs:
                text.setTextOrigin(x + glyph.x, baseline + glyph.y)
                text.textOut(glyph.char)
            canvas.drawText(text)
            x += run.width


class _Lines(ScriptParagraph):
    """Some of a ScriptParagraph's lines, as it splits across pages."""

    def __init__(self, whole: ScriptParagraph, lines: list[Line]) -> None:
        super().__init__("", whole.style, spans=whole.spans)
        self._given = lines

    def _break(self, width: float) -> list[Line]:
        return self._given


def _kind(char: str) -> str:
    """Poppler's three kinds: "R" (right to left), "L" (a left-to-right letter, or a digit or
    the separators and signs that go with numbers, which Poppler counts with digits), "N"."""
    kind = unicodedata.bidirectional(char)
    if kind in _RTL_TYPES:
        return "R"
    if kind in ("L", "EN", "AN", "ES", "ET", "CS"):
        return "L"
    return "N"


def poppler_order(written: str) -> str:
    """The text to store so that Poppler's reading gives back `written` (see the docstring).

    Each stretch that starts and ends with a right-to-left letter and holds no left-to-right
    letter or digit is reversed; a left-to-right mark follows it unless the next character is a
    left-to-right letter or digit already.
    """
    kinds = [_kind(c) for c in written]
    out: list[str] = []
    i = 0
    while i < len(written):
        if kinds[i] != "R":
            out.append(written[i])
            i += 1
            continue
        end = i
        j = i
        while j < len(written) and kinds[j] != "L":
            if kinds[j] == "R":
                end = j
            j += 1
        out.append(written[i : end + 1][::-1])
        i = end + 1
        if i < len(written) and kinds[i] != "L":
            out.append(_LRM)
    return "".join(out)


def _pdf_text(text: str) -> str:
    """A PDF text string in UTF-16BE with its byte-order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"
