"""The report's document: page templates, page labels by section (A1, B1…), footers, and the
few flowables that talk to the layout (section and incident marks, late page references).

Page totals and page references are PDF forms drawn where needed and filled in at the end, so
one layout pass is enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from diary.pack.model import ReportContext
from diary.pack.report.styles import (
    BODY_W,
    FONT,
    FOOTER_H,
    INK,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    WIDE_W,
)

PORTRAIT = "page"
LANDSCAPE = "landscape"


@dataclass
class Layout:
    """Where sections and incidents fell, learned while laying out."""

    section_start: dict[str, int] = field(default_factory=dict)
    section_of_page: dict[int, str] = field(default_factory=dict)
    incident_page: dict[str, str] = field(default_factory=dict)
    total: int = 0


class LateCanvas(Canvas):  # type: ignore[misc]
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


def draw_jpeg(
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


class PageRef(Flowable):  # type: ignore[misc]
    """The page label of an incident, filled in once the incident has been laid out."""

    def __init__(self, number: str) -> None:
        super().__init__()
        self.number = number

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return min(aw, 24), 9

    def draw(self) -> None:
        canv: LateCanvas = self.canv
        canv.late_text(f"pg{self.number}", 0, 2)


class LateValues(Flowable):  # type: ignore[misc]
    """Invisible: sets texts of late forms that no mark will (incident pages left out of a
    bundle read "full pack" wherever their page is referred to)."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self.values = values
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        for name, value in self.values.items():
            self.canv.late_values.setdefault(name, value)


class Mark(Flowable):  # type: ignore[misc]
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
        doc: ReportDoc = self.canv._doctemplate  # type: ignore[attr-defined]
        page = self.canv.getPageNumber()
        if self.section:
            doc.layout.section_start.setdefault(self.section, page)
            doc.current_section = self.section
        if self.incident:
            doc.layout.incident_page[self.incident] = doc.label(page)
            self.canv.late_values[f"pg{self.incident}"] = doc.label(page)
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level == 0)


def _frame(width: float, height: float, frame_id: str) -> Frame:
    return Frame(
        MARGIN,
        MARGIN + FOOTER_H,
        width,
        height - 2 * MARGIN - FOOTER_H,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages, portrait or landscape, each footed with the pack id, its label and the total."""

    def __init__(
        self,
        out: BinaryIO,
        ctx: ReportContext,
        titles: dict[str, str],
        watermarks: dict[str, str] | None = None,
    ) -> None:
        data = ctx.data
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_H,
            title=f"Evidence pack {ctx.pack_id}"
            + (" (court copy)" if data.profile == "court" else ""),
            author=data.owner_name,
            subject="A diary of incidents and the files kept with it",
            creator=f"Daybook {data.app_version}",
            # The fingerprint is also in the metadata so verify can compare it without text layout.
            keywords=f"daybook-evidence-pack; pack {ctx.pack_id}; signing-key {ctx.key_fingerprint}",
            initialFontName=FONT,
            initialFontSize=9.5,
            initialLeading=13,
            invariant=1,
        )
        self.ctx = ctx
        self.titles = titles
        self.watermarks = watermarks or {}  # section letter -> words across each of its pages
        self.labelled: set[str] = set()
        self.layout = Layout()
        self.current_section = next(iter(titles), "A")
        self.addPageTemplates(
            [
                PageTemplate(
                    PORTRAIT, [_frame(BODY_W, PAGE_H, "body")], onPageEnd=self._footer, pagesize=A4
                ),
                PageTemplate(
                    LANDSCAPE,
                    [_frame(WIDE_W, PAGE_W, "wide")],
                    onPageEnd=self._footer,
                    pagesize=landscape(A4),
                ),
            ]
        )

    def beforeDocument(self) -> None:
        # The real creation date (reportlab's invariant mode would print 2000-01-01), kept
        # deterministic: the pack's own creation time, with its offset.
        made = self.ctx.data.created_at
        offset = made.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds()) // 60
        stamp = (
            f"D:{made:%Y%m%d%H%M%S}{'+' if minutes >= 0 else '-'}"
            f"{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
        )
        self.canv._doc.info._dateFormatter = lambda *_parts: stamp

    def _watermark(self, canv: Canvas, text: str) -> None:
        """Large pale words across the page, behind which the text stays readable."""
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFillAlpha(0.13)
        canv.translate(width / 2, height / 2)
        canv.rotate(52)
        size = 30.0
        while size > 12 and canv.stringWidth(text, FONT, size) > height * 0.95:
            size -= 1
        canv.setFont(FONT, size)
        canv.drawCentredString(0, -size / 3, text)
        canv.restoreState()
        # Also said plainly at the top, for anyone reading the text rather than the page.
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawCentredString(width / 2, height - MARGIN / 2, text)
        canv.restoreState()

    def label(self, page: int) -> str:
        start = self.layout.section_start.get(self.current_section, page)
        return f"{self.current_section}{page - start + 1}"

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        page = canv.getPageNumber()
        self.layout.section_of_page[page] = self.current_section
        self.layout.total = page
        if self.current_section not in self.labelled:
            # The PDF's own page labels (A1, A2…, B1…), so a reader's page box shows the same
            # label as the footer and "go to page D4" works.
            self.labelled.add(self.current_section)
            start = self.layout.section_start.get(self.current_section, page)
            canv.addPageLabel(page - 1, "D", page - start + 1, self.current_section)
        mark = self.watermarks.get(self.current_section)
        if mark:
            self._watermark(canv, mark)
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
            width / 2, y, f"{self.label(page)} · {self.titles.get(self.current_section, '')}"
        )
        canv.late_values["pagetotal"] = str(page)
        right = width - MARGIN - 26
        canv.drawRightString(right, y, f"page {page} of")
        canv.late_text("pagetotal", right + 3, y)
        canv.restoreState()
