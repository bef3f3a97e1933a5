"""The report's look: embedded fonts, colours, page geometry and paragraph styles.

Every text the report draws uses the embedded DejaVu fonts from the first character, so
reportlab's Helvetica is never used (it cannot be embedded).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from diary.resources import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
_FONTS = resource_path("fonts")

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8b8b8")
SHADE = colors.HexColor("#eef1f4")
ZEBRA = colors.HexColor("#f8f9fa")
ACCENT = colors.HexColor("#1f3a5f")

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FOOTER_H = 6 * mm
BODY_W = PAGE_W - 2 * MARGIN
# The chronology is a wide table: it reads better across a landscape page.
WIDE_W = PAGE_H - 2 * MARGIN

# Muted colours that stay distinct in print and for the commonest colour blindness.
PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAGS = re.compile(r"<[^>]*>")
# Longest text a table cell shows; the whole text is always in manifest.json.
CELL_MAX = 1200


@lru_cache(maxsize=1)
def register_fonts() -> None:
    # ASCII85 around compressed streams only makes the file a quarter larger and slower to write.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(_FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(_FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(MONO, str(_FONTS / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": FONT, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


S_BODY = style("body")
S_SMALL = style("small", fontSize=8, leading=10.5)
S_CELL = style("cell", fontSize=7.5, leading=9.5)
S_CELL_B = style("cellb", fontSize=7.5, leading=9.5, fontName=BOLD)
S_MONO = style("mono", fontName=MONO, fontSize=7, leading=9)
S_MUTED = style("muted", fontSize=8, leading=10.5, textColor=MUTED)
S_H1 = style("h1", fontName=BOLD, fontSize=17, leading=22, spaceAfter=8, textColor=ACCENT)
S_H2 = style("h2", fontName=BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
S_H3 = style("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
S_QUOTE = style(
    "quote",
    leftIndent=10,
    rightIndent=8,
    borderPadding=(4, 6, 4, 6),
    backColor=SHADE,
    # More than the border's padding, so the shaded box never covers the line above it.
    spaceBefore=7,
    spaceAfter=8,
)
S_TITLE = style("title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT)
S_NOTICE = style(
    "notice",
    fontSize=10,
    leading=14,
    borderColor=ACCENT,
    borderWidth=0.8,
    borderPadding=8,
    spaceBefore=10,
    spaceAfter=14,
)


def _clean(text: str, limit: int | None = None) -> str:
    text = _CONTROL.sub("", text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + " … (cut here; in full in manifest.json)"
    return text


def esc(text: str, limit: int | None = None) -> str:
    """User text made safe for reportlab's mini-markup; line breaks kept."""
    return escape(_clean(text, limit)).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle = S_BODY, limit: int | None = None) -> Flowable:
    """A paragraph of the person's (or anyone's) text: never read as markup.

    Text in a script DejaVu cannot draw, or that must be shaped or read right to left, is laid
    out by scripts.ScriptParagraph.
    """
    cleaned = _clean(text, limit)
    if needs_script_layout(cleaned):
        bold = "Bold" in str(style.fontName)
        return ScriptParagraph("", style, spans=[Span(cleaned, bold)])
    return Paragraph(escape(cleaned).replace("\n", "<br/>"), style)


def markup(text: str, style: ParagraphStyle = S_BODY) -> Flowable:
    """A paragraph of our own markup; every piece of user text in it must go through esc()."""
    if needs_script_layout(unescape(_TAGS.sub("", text))):
        return ScriptParagraph(text, style)
    return Paragraph(text, style)


# Imported last: scripts.py uses the fonts registered above.
from diary.pack.report.scripts import ScriptParagraph, Span, needs_script_layout  # noqa: E402
