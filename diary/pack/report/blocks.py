"""Building blocks the sections share: tables in the embedded font, key-value lists, plurals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from diary import words
from diary.pack.report.styles import (
    BODY_W,
    CELL_MAX,
    FONT,
    INK,
    RULE,
    S_CELL,
    S_CELL_B,
    SHADE,
    ZEBRA,
    para,
)
from diary.timeutil import order_key


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's cell default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def table(
    rows: list[list[Any]], widths: list[float], header: bool = True, zebra: bool = True
) -> Table:
    """A ruled table; the header row repeats on every page it runs onto."""
    out = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    if zebra:
        for r in range(2 if header else 1, len(rows), 2):
            style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    out.setStyle(table_style(style))
    return out


def scaled(widths: Sequence[float], total: float) -> list[float]:
    """Column widths given as proportions, scaled to fill `total`."""
    scale = total / sum(widths)
    return [w * scale for w in widths]


def key_values(
    rows: list[tuple[str, str]], key_w: float = 42 * mm, width: float = BODY_W
) -> Flowable:
    """Labelled facts, one a row; rows with nothing to say are left out."""
    data = [[para(k, S_CELL_B), para(v, S_CELL, CELL_MAX)] for k, v in rows if v]
    if not data:
        return Spacer(1, 1)
    out = Table(data, colWidths=[key_w, width - key_w], splitInRow=1)
    out.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return out


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 incident`, `2 incidents`, `1,000 incidents`; `many` for words that do not just take an
    s. The one rule is diary.words.plural, shared with the command line."""
    return words.plural(count, word, many)


def clock(dt: datetime) -> datetime:
    """A sort key that orders times with and without a zone together (imports may lack one),
    the same way as the manifest and the diary's own lists (`timeutil.order_key`)."""
    return order_key(dt)


def fitted(text: str, style: ParagraphStyle, width: float, limit: int | None = None) -> Paragraph:
    """A cell paragraph whose longest word (a reference, a number) fits the column unbroken:
    the font shrinks as far as 6 pt before a word would be split mid-token."""
    longest = max((w for w in text.split()), key=len, default="")
    size = style.fontSize
    room = width - 6  # the cell's padding
    while size > 6 and pdfmetrics.stringWidth(longest, style.fontName, size) > room:
        size -= 0.5
    if size == style.fontSize:
        return para(text, style, limit)
    smaller = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size + 2)
    return para(text, smaller, limit)
