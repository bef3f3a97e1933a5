"""report.pdf: the readable evidence pack (sections A to G), laid out with reportlab in one pass.

Page totals and page references are PDF forms drawn where needed and filled in at the end.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from diary.behaviours import describe
from diary.pack import fmt
from diary.pack.model import PackExhibit, PackIncident, PackInput, PackMessage, PackWithheld
from diary.resources import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
_FONTS = resource_path("fonts")

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8b8b8")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1f3a5f")

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
# The chronology is a wide table: it reads better across a landscape page.
WIDE_W = PAGE_H - 2 * MARGIN

SECTIONS = {
    "A": "Cover",
    "B": "Summary",
    "C": "Chronology",
    "D": "Incidents",
    "E": "Exhibits",
    "F": "Audit log",
    "G": "Impact on daily life",
}

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
_CELL_MAX = 1200


@lru_cache(maxsize=1)
def register_fonts() -> None:
    # ASCII85 around compressed streams only makes the file a quarter larger and slower to write.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(_FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(_FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(MONO, str(_FONTS / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": FONT, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


S_BODY = _style("body")
S_SMALL = _style("small", fontSize=8, leading=10.5)
S_CELL = _style("cell", fontSize=7.5, leading=9.5)
S_CELL_B = _style("cellb", fontSize=7.5, leading=9.5, fontName=BOLD)
S_MONO = _style("mono", fontName=MONO, fontSize=7, leading=9)
S_MUTED = _style("muted", fontSize=8, leading=10.5, textColor=MUTED)
S_H1 = _style("h1", fontName=BOLD, fontSize=17, leading=22, spaceAfter=8, textColor=ACCENT)
S_H2 = _style("h2", fontName=BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
S_H3 = _style("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
S_QUOTE = _style(
    "quote",
    leftIndent=10,
    rightIndent=8,
    borderPadding=(4, 6, 4, 6),
    backColor=SHADE,
    spaceBefore=2,
    spaceAfter=6,
)
S_TITLE = _style("title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT)
S_NOTICE = _style(
    "notice",
    fontSize=10,
    leading=14,
    borderColor=ACCENT,
    borderWidth=0.8,
    borderPadding=8,
    spaceBefore=10,
    spaceAfter=14,
)


def esc(text: str, limit: int | None = None) -> str:
    """User text made safe for reportlab's mini-markup; line breaks kept."""
    text = _CONTROL.sub("", text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + " … (cut here; in full in manifest.json)"
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle = S_BODY, limit: int | None = None) -> Paragraph:
    return Paragraph(esc(text, limit), style)


def markup(text: str, style: ParagraphStyle = S_BODY) -> Paragraph:
    return Paragraph(text, style)


@dataclass(frozen=True)
class ExhibitView:
    """An exhibit as this pack carries it: the original, a redacted copy, or neither."""

    exhibit: PackExhibit
    path: str | None  # in the zip, None when the original is not in this pack
    redacted_ref: str = ""
    redacted_path: str = ""
    redacted_sha256: str = ""
    redacted_size: int = 0
    note: str = ""  # why the original is not here, or what was removed from the copy
    preview: bytes | None = field(default=None, repr=False)  # small JPEG without metadata
    preview_size: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class ReportContext:
    data: PackInput  # already redacted for the profile
    pack_id: str
    key_fingerprint: str
    withheld: tuple[PackWithheld, ...]
    exhibits: tuple[ExhibitView, ...]


@dataclass
class _Layout:
    """Where sections and incidents fell, learned while laying out."""

    section_start: dict[str, int] = field(default_factory=dict)
    section_of_page: dict[int, str] = field(default_factory=dict)
    incident_page: dict[str, str] = field(default_factory=dict)
    total: int = 0


class _Canvas(Canvas):  # type: ignore[misc]
    """A canvas that can print text known only later (page totals, page references) as forms.

    A PDF form can be used on a page before it is defined, so one layout pass is enough.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.late: dict[str, str] = {}
        self.used: set[str] = set()
        self.late_values: dict[str, str] = {}

    def late_text(self, name: str, x: float, y: float, size: float = 7.5) -> None:
        self.used.add(name)
        self.saveState()
        self.translate(x, y)
        self.doForm(f"{name}-{size}")
        self.restoreState()
        self.late.setdefault(f"{name}-{size}", "")

    def save(self) -> None:
        for key in sorted(self.late):
            name, _, size = key.rpartition("-")
            self.beginForm(key)
            self.setFont(FONT, float(size))
            self.setFillColor(MUTED if name == "pagetotal" else INK)
            self.drawString(0, 0, self.late_values.get(name, "?"))
            self.endForm()
        super().save()


def _draw_jpeg(
    c: Canvas, key: str, jpeg: bytes, size: tuple[int, int], box: tuple[float, float, float, float]
) -> None:
    """Embed a JPEG as it is (DCTDecode), once per document, however often it is drawn.

    reportlab's drawImage would decode it to raw pixels and deflate them again: slow and large.
    """
    name = f"exhibit-{key}"
    reg = c._doc.getXObjectName(name)
    if not c._doc.idToObject.get(reg):
        obj = pdfdoc.PDFImageXObject(name)
        obj.width, obj.height = size
        obj.bitsPerComponent = 8
        obj.colorSpace = "DeviceRGB"
        obj.streamContent = jpeg
        obj._filters = ("DCTDecode",)
        obj.mask = None
        obj.name = name
        c._setXObjects(obj)
        c._doc.Reference(obj, reg)
        c._doc.addForm(name, obj)
    x, y, w, h = box
    c.saveState()
    c.translate(x, y)
    c.scale(w, h)
    c._code.append(f"/{reg} Do")
    c.restoreState()
    c._formsinuse.append(name)
    c._currentPageHasImages = 1


class _PageRef(Flowable):  # type: ignore[misc]
    """The page label of an incident, filled in once the incident has been laid out."""

    def __init__(self, number: str) -> None:
        super().__init__()
        self.number = number

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return min(aw, 24), 9

    def draw(self) -> None:
        canv: _Canvas = self.canv
        canv.late_text(f"pg{self.number}", 0, 2)


class _Mark(Flowable):  # type: ignore[misc]
    """Invisible: records a section or incident start, its bookmark and outline entry."""

    def __init__(self, key: str, title: str, level: int, section: str = "", incident: str = ""):
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.section = section
        self.incident = incident
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc: _Doc = self.canv._doctemplate  # type: ignore[attr-defined]
        page = self.canv.getPageNumber()
        if self.section:
            doc.layout.section_start.setdefault(self.section, page)
            doc.current_section = self.section
        if self.incident:
            doc.layout.incident_page[self.incident] = doc.label(page)
            self.canv.late_values[f"pg{self.incident}"] = doc.label(page)
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level == 0)


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BinaryIO, ctx: ReportContext) -> None:
        data = ctx.data
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=f"Evidence pack {ctx.pack_id}",
            author="Daybook",
            subject=f"Diary kept by {data.owner_name}",
            creator=f"Daybook {data.app_version}",
            # The fingerprint is also in the metadata so verify can compare it without text layout.
            keywords=f"daybook-evidence-pack; pack {ctx.pack_id}; signing-key {ctx.key_fingerprint}",
            initialFontName=FONT,
            initialFontSize=9.5,
            initialLeading=13,
            invariant=1,
        )
        self.ctx = ctx
        self.layout = _Layout()
        self.current_section = "A"
        frame = Frame(
            MARGIN,
            MARGIN + 6 * mm,
            BODY_W,
            PAGE_H - 2 * MARGIN - 6 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        wide = Frame(
            MARGIN,
            MARGIN + 6 * mm,
            WIDE_W,
            PAGE_W - 2 * MARGIN - 6 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="wide",
        )
        self.addPageTemplates(
            [
                PageTemplate("page", [frame], onPageEnd=self._footer, pagesize=A4),
                PageTemplate("landscape", [wide], onPageEnd=self._footer, pagesize=landscape(A4)),
            ]
        )

    def label(self, page: int) -> str:
        start = self.layout.section_start.get(self.current_section, page)
        return f"{self.current_section}{page - start + 1}"

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        page = canv.getPageNumber()
        self.layout.section_of_page[page] = self.current_section
        self.layout.total = page
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        width = canv._pagesize[0]
        canv.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        y = MARGIN - 10
        canv.drawString(MARGIN, y, f"Evidence pack {self.ctx.pack_id}")
        canv.drawCentredString(
            width / 2, y, f"{self.label(page)} · {SECTIONS.get(self.current_section, '')}"
        )
        canv.late_values["pagetotal"] = str(page)
        right = width - MARGIN - 26
        canv.drawRightString(right, y, f"page {page} of")
        canv.late_text("pagetotal", right + 3, y)
        canv.restoreState()


def _ts(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's cell default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _table(
    rows: list[list[Any]], widths: list[float], header: bool = True, zebra: bool = True
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
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
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f8f9fa")))
    table.setStyle(_ts(style))
    return table


def _kv(rows: list[tuple[str, str]], key_w: float = 42 * mm) -> Flowable:
    data = [[para(k, S_CELL_B), para(v, S_CELL, _CELL_MAX)] for k, v in rows if v]
    if not data:
        return Spacer(1, 1)
    table = Table(data, colWidths=[key_w, BODY_W - key_w], splitInRow=1)
    table.setStyle(
        _ts(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _section(letter: str, title: str | None = None) -> list[Flowable]:
    title = title or SECTIONS[letter]
    return [
        _Mark(f"sec-{letter}", f"{letter}. {title}", 0, section=letter),
        para(f"{letter}. {title}", S_H1),
    ]


def _period(data: PackInput) -> str:
    incidents = data.incidents
    start = data.period_from or (min(i.occurred_start for i in incidents) if incidents else None)
    end = data.period_to or (max(i.occurred_start for i in incidents) if incidents else None)
    if not start or not end:
        return "no incidents"
    return f"{fmt.date(start)} to {fmt.date(end)}"


# ---- A: cover -------------------------------------------------------------------------------


def _cover(ctx: ReportContext) -> list[Flowable]:
    data = ctx.data
    profile = (
        "Court copy: the person's private places and contact details are left out"
        if data.profile == "court"
        else "Full copy, for the stalking advocate and the police"
    )
    images = sum(1 for e in ctx.exhibits if e.preview)
    out: list[Flowable] = [
        _Mark("sec-A", "A. Cover", 0, section="A"),
        Spacer(1, 18 * mm),
        para("Evidence pack", S_TITLE),
        Spacer(1, 3 * mm),
        para(
            f"A diary of incidents kept by {data.owner_name}",
            _style("sub", fontSize=14, leading=19),
        ),
        Spacer(1, 8 * mm),
        _kv(
            [
                ("Prepared for", data.for_whom),
                ("Period covered", _period(data)),
                (
                    "What it holds",
                    f"{len(data.incidents)} incidents, {len(ctx.exhibits)} exhibits "
                    f"({images} pictures), {len(data.messages)} messages, "
                    f"{len(data.people)} people, {len(data.audit)} audit entries",
                ),
                ("Copy", profile),
                ("Pack id", ctx.pack_id),
                ("Made", fmt.date_time(data.created_at) + f" ({fmt.iso(data.created_at)})"),
                ("Made with", f"Daybook {data.app_version}"),
            ],
            key_w=38 * mm,
        ),
        Spacer(1, 4 * mm),
        para("Fingerprints", S_H3),
        _kv(
            [
                ("Signing key", ctx.key_fingerprint),
                ("Diary", data.diary_fingerprint),
            ],
            key_w=38 * mm,
        ),
        para(
            "The signing key's fingerprint must match the one shown in the person's Daybook app "
            "and printed by the checks in README.txt. The diary fingerprint is the head of the "
            "diary's audit chain when this pack was made.",
            S_MUTED,
        ),
        markup(
            "<b>Kept by the person; not a police statement.</b> This is a diary written by "
            f"{esc(data.owner_name)} at the times shown, with the files they kept. It is not a "
            "witness statement and has not been checked by the police. Each record shows when it "
            "was written and every later change to it.",
            S_NOTICE,
        ),
        para("What this copy leaves out", S_H3),
    ]
    if ctx.withheld:
        rows = [[para("What", S_CELL_B), para("Why", S_CELL_B)]]
        rows += [[para(w.what, S_CELL), para(w.why, S_CELL)] for w in ctx.withheld]
        out.append(_table(rows, [BODY_W * 0.55, BODY_W * 0.45], zebra=False))
    else:
        out.append(para("Nothing: every record in the period is included in full.", S_BODY))
    out.append(PageBreak())
    return out


# ---- B: summary -----------------------------------------------------------------------------


def _clock(dt: datetime) -> datetime:
    """A sort key that orders times with and without a zone together (imports may lack one)."""
    return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo else dt


def _n(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _perpetrators(data: PackInput) -> list[str]:
    lines = []
    for p in data.people:
        if p.role != "perpetrator":
            continue
        bits = [f"<b>{esc(p.name)}</b>"]
        if p.aliases:
            bits.append("also known as " + esc(", ".join(p.aliases)))
        if p.relationship:
            bits.append("— " + esc(p.relationship))
        ids = list(p.phones) + list(p.emails) + list(p.handles) + list(p.vehicles)
        text = " ".join(bits)
        if ids:
            text += "<br/>" + esc("; ".join(ids))
        lines.append(text)
    return lines


def _pattern(data: PackInput) -> list[tuple[str, str]]:
    """Facts behind each of the four words of the FOUR pattern, only from what was recorded."""
    inc = sorted(data.incidents, key=lambda i: i.occurred_start)
    if not inc:
        return []
    first, last = inc[0].occurred_start, inc[-1].occurred_start
    days = max(1, (last - first).days + 1)
    names = Counter(p.name for i in inc for p in i.perpetrators)
    channels = {i.channel for i in inc if i.channel}
    places = Counter(i.location for i in inc if i.location)
    night = sum(
        1
        for i in inc
        if i.precision in ("exact", "about")
        and (i.occurred_start.hour >= 22 or i.occurred_start.hour < 6)
    )
    told = sum(1 for i in inc if i.told_to_stop)
    reported = sum(1 for i in inc if i.reports)
    breaches = sum(1 for i in inc if i.order_breached)
    fears = [i.fear for i in inc if i.fear is not None]
    weeks = Counter(
        (i.occurred_start - timedelta(days=i.occurred_start.weekday())).date() for i in inc
    )
    busiest = weeks.most_common(1)[0] if weeks else None
    half = first + (last - first) / 2
    early = sum(1 for i in inc if i.occurred_start <= half)
    late = len(inc) - early

    fixated = []
    if names:
        name, count = names.most_common(1)[0]
        fixated.append(f"{count} of {len(inc)} incidents name {name}")
    fixated.append(f"over {days} days ({fmt.date(first)} to {fmt.date(last)})")
    if places:
        place, count = places.most_common(1)[0]
        if count > 1:
            fixated.append(f"{count} at or about the same place ({place})")
    obsessive = [
        f"{len(channels)} different ways of making contact ({', '.join(sorted(channels))})"
        if channels
        else ""
    ]
    if night:
        obsessive.append(f"{_n(night, 'incident')} between 10 pm and 6 am")
    if busiest and busiest[1] > 1:
        obsessive.append(
            f"{busiest[1]} incidents in the week of {fmt.date(datetime.combine(busiest[0], datetime.min.time()))}"
        )
    unwanted = []
    if told:
        unwanted.append(f"{_n(told, 'incident')} after they had been told to stop")
    if reported:
        unwanted.append(f"{_n(reported, 'incident')} reported")
    if breaches:
        unwanted.append(f"{_n(breaches, 'incident')} recorded as breaking an order")
    if fears:
        unwanted.append(
            f"fear recorded as {max(fears)} out of 10 at its highest, {sum(fears) / len(fears):.1f} on average"
        )
    repeated = [f"{len(inc)} incidents in {days} days, about {len(inc) / (days / 7):.1f} a week"]
    if len(inc) > 3:
        trend = (
            "more often"
            if late > early * 1.2
            else "less often"
            if late * 1.2 < early
            else "about as often"
        )
        repeated.append(
            f"{early} in the first half of the period and {late} in the second ({trend})"
        )
    return [
        ("Fixated", "; ".join(x for x in fixated if x) or "nothing recorded"),
        ("Obsessive", "; ".join(x for x in obsessive if x) or "nothing recorded"),
        ("Unwanted", "; ".join(x for x in unwanted if x) or "nothing recorded"),
        ("Repeated", "; ".join(x for x in repeated if x)),
    ]


def _summary(ctx: ReportContext) -> list[Flowable]:
    data = ctx.data
    inc = sorted(data.incidents, key=lambda i: i.occurred_start)
    out = _section("B")
    who = _perpetrators(data)
    out.append(para("Who is doing this", S_H3))
    out += [markup(w, S_BODY) for w in who] or [para("No one is named as doing this.", S_BODY)]
    if inc:
        out.append(para("First and latest incident", S_H3))
        out.append(
            _kv(
                [
                    (
                        f"First: {inc[0].number}",
                        f"{fmt.when(inc[0])}. {fmt.brief(inc[0].description, 30)}",
                    ),
                    (
                        f"Latest: {inc[-1].number}",
                        f"{fmt.when(inc[-1])}. {fmt.brief(inc[-1].description, 30)}",
                    ),
                ],
                key_w=32 * mm,
            )
        )
    refs = []
    for i in inc:
        for r in i.reports:
            refs.append(f"{fmt.report(r)} ({i.number})")
        if i.order_breached:
            refs.append(
                f"Order: {i.order_breached}"
                + (f", {i.order_condition}" if i.order_condition else "")
                + f" ({i.number})"
            )
    out.append(para("Police and court references", S_H3))
    refs = list(dict.fromkeys(refs))
    shown = refs[:8]
    out.append(
        para(
            "; ".join(shown) + (f"; and {len(refs) - 8} more in section C" if len(refs) > 8 else "")
            if refs
            else "None recorded.",
            S_SMALL,
        )
    )
    out.append(para("The pattern (fixated, obsessive, unwanted, repeated)", S_H3))
    out.append(_kv(_pattern(data), key_w=24 * mm))
    months = Counter(f"{i.occurred_start:%Y-%m}" for i in inc)
    # Each incident counts once under a heading, however many of its sub-codes it carries.
    behaviours = Counter(
        code
        for i in inc
        for code in {c.split(".")[0] if c.startswith("ST2") else c for c in i.behaviours}
    )
    month_rows = [[para("Month", S_CELL_B), para("Incidents", S_CELL_B)]]
    month_items = sorted(months.items())
    if len(month_items) > 14:
        # One page: older months are folded together rather than pushed overleaf.
        old = month_items[:-13]
        first_m = datetime.strptime(old[0][0], "%Y-%m").strftime("%b %Y")
        last_m = datetime.strptime(old[-1][0], "%Y-%m").strftime("%b %Y")
        month_rows.append(
            [
                para(f"{first_m} to {last_m}", S_CELL),
                para(str(sum(n for _, n in old)), S_CELL),
            ]
        )
        month_items = month_items[-13:]
    for m, n in month_items:
        month_rows.append(
            [para(datetime.strptime(m, "%Y-%m").strftime("%B %Y"), S_CELL), para(str(n), S_CELL)]
        )
    beh_rows = [[para("Behaviour", S_CELL_B), para("Incidents", S_CELL_B)]]
    for code, n in sorted(behaviours.items(), key=lambda kv: (-kv[1], kv[0]))[:14]:
        beh_rows.append([para(fmt.code_words(code), S_CELL), para(str(n), S_CELL)])
    left = _table(month_rows, [40 * mm, 18 * mm])
    right = _table(beh_rows, [78 * mm, 18 * mm])
    grid = Table([[left, right]], colWidths=[64 * mm, BODY_W - 64 * mm])
    grid.setStyle(_ts([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(para("Incidents by month and by behaviour", S_H3))
    out.append(grid)
    out.append(PageBreak())
    out.append(para("The pattern over time", S_H2))
    out.append(para("Incidents each week, by their first behaviour", S_H3))
    out.append(_week_chart(inc))
    out.append(Spacer(1, 6 * mm))
    out.append(para("When incidents happened: time of day against day of the week", S_H3))
    out.append(_time_grid(inc))
    out.append(PageBreak())
    return out


def _group(code: str) -> str:
    return code.split(".")[0]


def _week_chart(inc: list[PackIncident]) -> Flowable:
    width, height = BODY_W, 80 * mm
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    if not inc:
        drawing.add(String(0, height / 2, "No incidents.", fontName=FONT, fontSize=9))
        return drawing
    start = inc[0].occurred_start.date() - timedelta(days=inc[0].occurred_start.weekday())
    end = inc[-1].occurred_start.date()
    n_weeks = (end - start).days // 7 + 1
    groups = sorted(
        {_group(i.behaviours[0]) if i.behaviours else "none" for i in inc}, key=_code_key
    )
    series = {g: [0] * n_weeks for g in groups}
    for i in inc:
        w = (i.occurred_start.date() - start).days // 7
        series[_group(i.behaviours[0]) if i.behaviours else "none"][w] += 1
    # A legend of our own, above the chart, in the embedded font.
    items: list[tuple[float, float, str, int]] = []
    x, row = 0.0, 0
    for n, g in enumerate(groups):
        label = f"{g} {describe(g)}" if g != "none" else "no behaviour recorded"
        label = label if len(label) < 40 else label[:38] + "…"
        w = pdfmetrics.stringWidth(label, FONT, 7) + 18
        if x + w > width:
            x, row = 0.0, row + 1
        items.append((x, row, label, n))
        x += w
    for lx, lrow, label, n in items:
        y = height - 9 - lrow * 11
        colour = colors.HexColor(PALETTE[n % len(PALETTE)])
        drawing.add(Rect(lx, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(lx + 11, y + 1, label, fontName=FONT, fontSize=7, fillColor=INK))
    legend_h = (row + 1) * 11 + 8
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 40
    chart.width, chart.height = width - 30, height - 40 - legend_h
    chart.data = [series[g] for g in groups]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 1 if n_weeks < 60 else 0
    every = max(1, n_weeks // 12)
    chart.categoryAxis.categoryNames = [
        fmt.date(datetime.combine(start + timedelta(weeks=k), datetime.min.time()))
        if k % every == 0
        else ""
        for k in range(n_weeks)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max(sum(series[g][k] for g in groups) for k in range(n_weeks))
    chart.valueAxis.valueStep = max(1, (peak + 5) // 6)
    chart.valueAxis.strokeColor = MUTED
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.barLabels.fontName = FONT
    for n, _g in enumerate(groups):
        chart.bars[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
    drawing.add(chart)
    return drawing


def _code_key(code: str) -> tuple[int, float]:
    m = re.match(r"(ST|OC)(\d+)", code)
    if not m:
        return (3, 0.0)
    return (0 if m.group(1) == "ST" else 1, float(m.group(2)))


def _time_grid(inc: list[PackIncident]) -> Flowable:
    timed = [i for i in inc if i.precision in ("exact", "about")]
    counts = Counter((i.occurred_start.weekday(), i.occurred_start.hour) for i in timed)
    peak = max(counts.values(), default=1)
    cell_w = (BODY_W - 34) / 24
    cell_h = 12.0
    height = cell_h * 7 + 40
    drawing = Drawing(BODY_W, height, initialFontName=FONT, initialFontSize=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for d in range(7):
        y = height - 14 - (d + 1) * cell_h
        drawing.add(String(0, y + 3, days[d], fontName=FONT, fontSize=7, fillColor=INK))
        for h in range(24):
            n = counts.get((d, h), 0)
            shade = colors.Color(0.12, 0.23, 0.37, alpha=1) if n else colors.HexColor("#f3f4f6")
            if n:
                t = 0.25 + 0.75 * n / peak
                shade = colors.Color(1 - t * 0.88, 1 - t * 0.77, 1 - t * 0.63)
            drawing.add(
                Rect(34 + h * cell_w, y, cell_w - 1, cell_h - 1, fillColor=shade, strokeColor=None)
            )
            if n:
                drawing.add(
                    String(
                        34 + h * cell_w + cell_w / 2 - 0.5,
                        y + 3,
                        str(n),
                        fontName=FONT,
                        fontSize=6,
                        textAnchor="middle",
                        fillColor=colors.white if n / peak > 0.45 else INK,
                    )
                )
    for h in range(0, 24, 2):
        drawing.add(
            String(
                34 + h * cell_w,
                height - 12,
                f"{h:02d}:00",
                fontName=FONT,
                fontSize=6,
                fillColor=MUTED,
            )
        )
    drawing.add(
        String(
            0,
            2,
            f"{len(timed)} incidents with a known time; {len(inc) - len(timed)} with only a day or month are not shown.",
            fontName=FONT,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing


# ---- C: chronology --------------------------------------------------------------------------


def _chronology(ctx: ReportContext) -> list[Flowable]:
    out = _section("C")
    out.append(
        para(
            "One line for each incident, oldest first. ‘When’ says how sure the person is of the "
            "time. ‘Page’ is where the full record is in section D.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    head = [
        "No.",
        "When",
        "Where or how",
        "What happened",
        "Codes",
        "Witnesses",
        "Reported",
        "Exhibits",
        "Page",
    ]
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in head]]
    for i in sorted(ctx.data.incidents, key=lambda i: i.occurred_start):
        rows.append(
            [
                para(i.number, S_CELL),
                para(fmt.when(i) + (" (written later)" if i.written_later else ""), S_CELL),
                para(fmt.where(i), S_CELL, 300),
                para(fmt.brief(i.description), S_CELL, 400),
                para(" ".join(i.behaviours), S_CELL),
                para("; ".join(w.name for w in i.witnesses), S_CELL, 200),
                para("; ".join(fmt.report(r) for r in i.reports), S_CELL, 300),
                para(" ".join(i.exhibits), S_CELL, 200),
                _PageRef(i.number),
            ]
        )
    widths = [15, 24, 26, 80, 12, 20, 24, 14, 9]
    scale = WIDE_W / sum(widths)
    out.append(_table(rows, [w * scale for w in widths]))
    out.append(NextPageTemplate("page"))
    out.append(PageBreak())
    return out


# ---- D: incidents ---------------------------------------------------------------------------


def _written(i: PackIncident) -> str:
    gap = i.written_at - i.occurred_start
    if gap < timedelta(0):
        rel = "before the time given for the incident"
    elif gap < timedelta(hours=1):
        rel = "within the hour"
    elif gap < timedelta(days=1):
        rel = f"{_n(gap.seconds // 3600, 'hour')} after"
    else:
        rel = f"{_n(gap.days, 'day')} after"
    later = "marked as written later" if i.written_later else "marked as written at the time"
    if rel.endswith("after"):
        rel += " the incident"
    return f"{fmt.date_time(i.written_at)} ({rel}; {later})"


class _Thumb(Flowable):  # type: ignore[misc]
    """An exhibit picture with its reference stamped under it."""

    def __init__(self, view: ExhibitView, box_w: float, box_h: float) -> None:
        super().__init__()
        self.view = view
        self.box_w, self.box_h = box_w, box_h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.box_w, self.box_h + 20

    def draw(self) -> None:
        c = self.canv
        v = self.view
        w, h = v.preview_size
        if v.preview and w and h:
            scale = min(self.box_w / w, self.box_h / h)
            dw, dh = w * scale, h * scale
            _draw_jpeg(c, v.exhibit.ref, v.preview, v.preview_size, (0, 20, dw, dh))
        c.setFont(BOLD, 7.5)
        c.setFillColor(INK)
        ref = v.redacted_ref or v.exhibit.ref
        c.drawString(0, 10, ref)
        c.setFont(MONO, 6)
        c.setFillColor(MUTED)
        c.drawString(0, 2, (v.redacted_sha256 or v.exhibit.sha256)[:16] + "…")


def _incident(
    ctx: ReportContext, i: PackIncident, views: dict[str, ExhibitView], msgs: dict[str, PackMessage]
) -> list[Flowable]:
    out: list[Flowable] = [
        _Mark(f"inc-{i.number}", f"{i.number}  {fmt.date(i.occurred_start)}", 1, incident=i.number),
        para(f"{i.number} · {fmt.when(i)}", S_H2),
    ]
    rows = [
        ("Happened", fmt.when(i)),
        ("Written", _written(i)),
        ("Where", i.location + (f" ({i.location_kind})" if i.location_kind else "")),
        ("How (at a distance)", f"{i.channel}" + (f", from {i.account}" if i.account else "")),
        (
            "Who did it",
            "; ".join(
                f"{p.name} (how known: {p.how_identified})" if p.how_identified else p.name
                for p in i.perpetrators
            ),
        ),
        ("Behaviours", fmt.behaviours(i.behaviours)),
        (
            "Witnesses",
            "; ".join(f"{w.name} ({w.contact})" if w.contact else w.name for w in i.witnesses),
        ),
        ("Others contacted", "; ".join(i.third_parties)),
        ("How frightened", "" if i.fear is None else f"{i.fear} out of 10"),
        ("Effect on daily life", "; ".join(i.impact)),
        ("Told to stop before", fmt.yes_no(i.told_to_stop)),
        ("Reported", "; ".join(fmt.report(r) for r in i.reports)),
        (
            "Order broken",
            i.order_breached + (f": {i.order_condition}" if i.order_condition else ""),
        ),
        ("Exhibits", " ".join(i.exhibits)),
    ]
    out.append(_kv(rows))
    out.append(para("What happened, in the person's words", S_H3))
    out.append(para(i.description))
    if i.exact_words:
        out.append(para("The exact words used", S_H3))
        out.append(para(i.exact_words, S_QUOTE))
    if i.threats:
        out.append(para("Threats", S_H3))
        out.append(para(i.threats, S_QUOTE))
    if i.impact_text:
        out.append(para("Effect on the person", S_H3))
        out.append(para(i.impact_text))
    if i.private_note:
        out.append(para("Private note (included by the person's choice)", S_H3))
        out.append(para(i.private_note))
    linked = [msgs[m] for m in i.messages if m in msgs]
    if linked:
        out.append(para("Messages", S_H3))
        for m in sorted(linked, key=lambda m: _clock(m.sent_at)):
            source = f"{m.exhibit}, {m.position}" if m.position else m.exhibit
            to = f" to {', '.join(m.recipients)}" if m.recipients else ""
            out.append(
                markup(
                    f"<font name='{BOLD}'>{esc(fmt.date_time(m.sent_at))}</font> · {esc(m.channel)} · "
                    f"{esc(m.direction)} · from {esc(m.sender)}{esc(to)}"
                    + (f" · <font color='#555555'>source: {esc(source)}</font>" if source else ""),
                    S_SMALL,
                )
            )
            out.append(para(m.body, S_QUOTE))
    out.append(para("History of this record", S_H3))
    hist = [f"First written {fmt.date_time(i.written_at)}."]
    if len(i.revisions) <= 1:
        hist.append("Not changed since.")
    out.append(para(" ".join(hist), S_SMALL))
    for n, r in enumerate(i.revisions):
        label = "As first saved" if n == 0 else f"Changed {fmt.date_time(r.saved_at)}"
        if n == 0:
            label += f" ({fmt.date_time(r.saved_at)})"
        out.append(markup(f"<b>{esc(label)}</b>", S_SMALL))
        out.append(
            para(r.text, _style("rev", fontSize=8, leading=10.5, leftIndent=10, textColor=MUTED))
        )
    for a in i.addenda:
        out.append(markup(f"<b>Addendum written {esc(fmt.date_time(a.written_at))}</b>", S_SMALL))
        out.append(para(a.text, _style("add", fontSize=8.5, leading=11, leftIndent=10)))
    thumbs = [
        _Thumb(views[r], 36 * mm, 30 * mm) for r in i.exhibits if r in views and views[r].preview
    ]
    if thumbs:
        out.append(para("Exhibit pictures", S_H3))
        per_row = 4
        grid = [thumbs[k : k + per_row] for k in range(0, len(thumbs), per_row)]
        grid[-1] += [Spacer(1, 1)] * (per_row - len(grid[-1]))
        table = Table(grid, colWidths=[BODY_W / per_row] * per_row)
        table.setStyle(
            _ts([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        out.append(table)
    others = [r for r in i.exhibits if r in views and not views[r].preview]
    if others:
        out.append(
            para(
                "Other exhibits: "
                + ", ".join(f"{r} ({views[r].exhibit.original_name})" for r in others),
                S_SMALL,
            )
        )
    out.append(PageBreak())
    return out


# ---- E: exhibits ----------------------------------------------------------------------------


class _ExhibitPage(Flowable):  # type: ignore[misc]
    """A picture exhibit on its own page, stamped with its reference and the start of its hash."""

    def __init__(self, view: ExhibitView, max_w: float, max_h: float) -> None:
        super().__init__()
        self.view = view
        w, h = view.preview_size
        scale = min(max_w / w, max_h / h) if w and h else 1
        self.draw_w, self.draw_h = w * scale, h * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.draw_w, self.draw_h + 4

    def draw(self) -> None:
        v = self.view
        c = self.canv
        assert v.preview is not None
        _draw_jpeg(c, v.exhibit.ref, v.preview, v.preview_size, (0, 4, self.draw_w, self.draw_h))
        ref = v.redacted_ref or v.exhibit.ref
        digest = v.redacted_sha256 or v.exhibit.sha256
        stamp = f"{ref}   SHA-256 {digest[:16]}…"
        c.setFont(BOLD, 9)
        tw = pdfmetrics.stringWidth(stamp, BOLD, 9)
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        c.rect(6, self.draw_h - 18, tw + 10, 16, stroke=0, fill=1)
        c.setFillColor(INK)
        c.drawString(11, self.draw_h - 13, stamp)


def _exhibits(ctx: ReportContext) -> list[Flowable]:
    out = _section("E")
    out.append(
        para(
            "Each exhibit is in the folder ‘exhibits’ of this pack exactly as the person imported it "
            "(or, in a court copy, as a redacted copy in ‘exhibits-redacted’). The SHA-256 is the "
            "file's fingerprint: any change to the file changes it.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    head = ["Ref.", "What it is", "How captured", "Captured", "Original kept", "Incidents"]
    rows: list[list[Any]] = [[para(h, S_CELL_B) for h in head]]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    for v in ctx.exhibits:
        e = v.exhibit
        what = f"{e.description}\n" if e.description else ""
        what += f"{e.kind}: {e.original_name} ({e.media_type}, {fmt.size(e.size)})"
        if v.note:
            what += f"\n{v.note}"
        rows.append(
            [
                para(e.ref, S_CELL_B),
                para(what, S_CELL, 600),
                para(e.capture_method, S_CELL, 200),
                para(
                    "\n".join(x for x in (fmt.date_time(e.captured_at), e.captured_place) if x),
                    S_CELL,
                    200,
                ),
                para(e.original_kept, S_CELL, 200),
                para(" ".join(e.incidents), S_CELL, 300),
            ]
        )
        # The full hash on a line of its own, unbroken, so it can be read out or searched for.
        digest = f"SHA-256 of the original: {e.sha256}"
        if v.redacted_sha256:
            digest += f"<br/>SHA-256 of {esc(v.redacted_ref)}: {v.redacted_sha256}"
        rows.append(["", markup(digest, S_MONO), "", "", "", ""])
        r = len(rows) - 1
        style += [
            ("SPAN", (1, r), (-1, r)),
            ("LINEBELOW", (0, r), (-1, r), 0.25, RULE),
            # An exhibit and its hash stay on the same page.
            ("NOSPLIT", (0, r - 1), (-1, r)),
        ]
    widths = [12, 50, 26, 28, 26, 22]
    scale = BODY_W / sum(widths)
    table = Table(rows, colWidths=[w * scale for w in widths], repeatRows=1, splitInRow=1)
    table.setStyle(_ts(style))
    out.append(table)
    for v in ctx.exhibits:
        if not v.preview:
            continue
        e = v.exhibit
        ref = v.redacted_ref or e.ref
        out.append(PageBreak())
        out.append(_Mark(f"exh-{e.ref}", f"Exhibit {ref}", 1))
        out.append(para(f"Exhibit {ref}", S_H2))
        facts = f"{e.original_name} · {e.kind} · captured {fmt.date_time(e.captured_at) or 'time not known'}"
        out.append(para(facts, S_SMALL, 300))
        digest = v.redacted_sha256 or e.sha256
        out.append(markup(f"SHA-256 {digest}", S_MONO))
        if v.note:
            out.append(para(v.note, S_MUTED))
        out.append(Spacer(1, 3 * mm))
        out.append(_ExhibitPage(v, BODY_W, PAGE_H - 2 * MARGIN - 70 * mm))
    out.append(PageBreak())
    return out


# ---- F: audit -------------------------------------------------------------------------------


def _audit(ctx: ReportContext) -> list[Flowable]:
    out = _section("F")
    out.append(
        para(
            "Every entry, change, addendum, import and export the diary recorded, in order. Each "
            "entry's hash covers the one before it, so none can be removed or changed unnoticed; "
            f"the last hash is the diary fingerprint {ctx.data.diary_fingerprint}.",
            S_MUTED,
        )
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [
        [para(h, S_CELL_B) for h in ("No.", "When", "What", "Details", "Hash")]
    ]
    for a in ctx.data.audit:
        rows.append(
            [
                para(str(a.seq), S_CELL),
                para(fmt.date_time(a.at), S_CELL),
                para(a.kind, S_CELL),
                para(a.summary, S_CELL, 300),
                para(a.hash[:20] + ("…" if len(a.hash) > 20 else ""), S_MONO),
            ]
        )
    if len(rows) == 1:
        out.append(para("No audit entries were included.", S_BODY))
    else:
        widths = [10, 30, 18, 70, 36]
        scale = BODY_W / sum(widths)
        out.append(_table(rows, [w * scale for w in widths]))
    out.append(PageBreak())
    return out


# ---- G: impact ------------------------------------------------------------------------------


def _fear_chart(months: list[tuple[str, list[PackIncident]]]) -> Flowable:
    """Highest and average fear each month, as grouped bars on a fixed 0 to 10 scale."""
    width, height = BODY_W, 55 * mm
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    highest: list[float] = []
    average: list[float] = []
    for _m, items in months:
        fears = [i.fear for i in items if i.fear is not None]
        highest.append(max(fears) if fears else 0)
        average.append(sum(fears) / len(fears) if fears else 0)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 30
    chart.width, chart.height = width - 30, height - 48
    chart.data = [highest, average]
    chart.barSpacing = 0
    chart.groupSpacing = 2 if len(months) < 40 else 0.5
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor("#c9d3df")
    chart.bars[1].fillColor = ACCENT
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 10, 2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    every = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [
        datetime.strptime(m, "%Y-%m").strftime("%b %Y") if k % every == 0 else ""
        for k, (m, _items) in enumerate(months)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = MUTED
    chart.barLabels.fontName = FONT
    drawing.add(chart)
    for n, (label, colour) in enumerate(
        [("highest that month", colors.HexColor("#c9d3df")), ("average", ACCENT)]
    ):
        x = n * 110.0
        drawing.add(Rect(x, height - 9, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, height - 8, label, fontName=FONT, fontSize=7, fillColor=INK))
    return drawing


def _impact(ctx: ReportContext) -> list[Flowable]:
    out = _section("G")
    inc = sorted(ctx.data.incidents, key=lambda i: i.occurred_start)
    by_month: dict[str, list[PackIncident]] = defaultdict(list)
    for i in inc:
        by_month[f"{i.occurred_start:%Y-%m}"].append(i)
    out.append(
        para("How the person's daily life changed, month by month, as they recorded it.", S_MUTED)
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [
        [
            para(h, S_CELL_B)
            for h in ("Month", "Incidents", "Fear (highest / average)", "Effects recorded")
        ]
    ]
    for month, items in sorted(by_month.items()):
        fears = [i.fear for i in items if i.fear is not None]
        effects = Counter(e for i in items for e in i.impact)
        rows.append(
            [
                para(datetime.strptime(month, "%Y-%m").strftime("%B %Y"), S_CELL),
                para(str(len(items)), S_CELL),
                para(f"{max(fears)} / {sum(fears) / len(fears):.1f}" if fears else "", S_CELL),
                para(
                    "; ".join(f"{k} ×{n}" if n > 1 else k for k, n in effects.most_common()),
                    S_CELL,
                    600,
                ),
            ]
        )
    if by_month:
        out.append(para("How frightened, month by month (0 to 10)", S_H3))
        out.append(_fear_chart(sorted(by_month.items())))
        out.append(Spacer(1, 3 * mm))
    widths = [26, 16, 26, 90]
    scale = BODY_W / sum(widths)
    out.append(_table(rows, [w * scale for w in widths]))
    texts = [(i, i.impact_text) for i in inc if i.impact_text]
    if texts:
        out.append(para("In the person's words", S_H3))
        for i, text in texts:
            out.append(
                markup(f"<b>{esc(fmt.date(i.occurred_start))} ({esc(i.number)})</b>", S_SMALL)
            )
            out.append(
                para(text, _style("imp", fontSize=8.5, leading=11, leftIndent=10, spaceAfter=3))
            )
    return out


def _story(ctx: ReportContext, progress: Callable[[float], None]) -> list[Flowable]:
    views = {v.exhibit.ref: v for v in ctx.exhibits}
    msgs = {m.id: m for m in ctx.data.messages}
    story: list[Flowable] = []
    story += _cover(ctx)
    story += _summary(ctx)
    story.insert(len(story) - 1, NextPageTemplate("landscape"))
    story += _chronology(ctx)
    story += _section("D")
    story.append(
        para(
            "Each incident in full, as the person recorded it, with when it was written, every "
            "later change and every addendum.",
            S_MUTED,
        )
    )
    story.append(PageBreak())
    incidents = sorted(ctx.data.incidents, key=lambda i: i.occurred_start)
    for n, i in enumerate(incidents):
        story += _incident(ctx, i, views, msgs)
        if n % 50 == 0:
            progress(n / max(1, len(incidents)))
    story += _exhibits(ctx)
    story += _audit(ctx)
    story += _impact(ctx)
    return story


def render_report(
    ctx: ReportContext, out: BinaryIO, progress: Callable[[str, float], None] | None = None
) -> tuple[dict[str, str], int]:
    """Write report.pdf to `out`; return each incident's page label (e.g. "D4") and the page count."""
    register_fonts()
    report = progress or (lambda _s, _f: None)
    doc = _Doc(out, ctx)

    doc.build(_story(ctx, lambda f: report("Writing the report", f)), canvasmaker=_Canvas)
    return doc.layout.incident_page, doc.layout.total
