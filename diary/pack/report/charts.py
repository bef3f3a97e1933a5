"""The report's charts: incidents each week, time of day against weekday, fear by month."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from diary.behaviours import describe
from diary.pack import fmt
from diary.pack.model import PackIncident
from diary.pack.report.styles import ACCENT, BODY_W, FONT, INK, MUTED, PALETTE


def code_group(code: str) -> str:
    """ST2.3 counts under ST2."""
    return code.split(".")[0]


def code_key(code: str) -> tuple[int, float]:
    m = re.match(r"(ST|OC)(\d+)", code)
    if not m:
        return (3, 0.0)
    return (0 if m.group(1) == "ST" else 1, float(m.group(2)))


def week_chart(inc: list[PackIncident]) -> Flowable:
    """Incidents each week, stacked by each incident's first behaviour."""
    width, height = BODY_W, 80 * mm
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    if not inc:
        drawing.add(String(0, height / 2, "No incidents.", fontName=FONT, fontSize=9))
        return drawing
    start = inc[0].occurred_start.date() - timedelta(days=inc[0].occurred_start.weekday())
    end = inc[-1].occurred_start.date()
    n_weeks = (end - start).days // 7 + 1
    groups = sorted(
        {code_group(i.behaviours[0]) if i.behaviours else "none" for i in inc}, key=code_key
    )
    series = {g: [0] * n_weeks for g in groups}
    for i in inc:
        w = (i.occurred_start.date() - start).days // 7
        series[code_group(i.behaviours[0]) if i.behaviours else "none"][w] += 1
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


def time_grid(inc: list[PackIncident]) -> Flowable:
    """Time of day against weekday, counting only incidents with a known time."""
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


def fear_chart(months: list[tuple[str, list[PackIncident]]]) -> Flowable:
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
