"""The report's charts: incidents each week, time of day against weekday, fear by month."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta

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
from diary.words import plural


def code_group(code: str) -> str:
    """ST2.3 counts under ST2."""
    return code.split(".")[0]


def code_key(code: str) -> tuple[int, float]:
    m = re.match(r"(ST|OC)(\d+)", code)
    if not m:
        return (3, 0.0)
    return (0 if m.group(1) == "ST" else 1, float(m.group(2)))


MAX_WEEKS = 156  # beyond three years of weeks, months
MAX_YEARS = 20  # a chart covers at most twenty years; dates far from the rest are named instead


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _main_span(inc: list[PackIncident]) -> tuple[list[PackIncident], list[PackIncident]]:
    """The incidents inside the busiest window of MAX_YEARS, and those outside it (a date typed
    wrong, such as 9999), so no chart's size depends on how far apart the dates are."""
    ordered = sorted(inc, key=lambda i: i.occurred_start.date())
    best, best_start, j = 0, 0, 0
    for k, item in enumerate(ordered):
        limit = item.occurred_start.date().year - MAX_YEARS
        while ordered[j].occurred_start.date().year <= limit:
            j += 1
        if k - j + 1 > best:
            best, best_start = k - j + 1, j
    inside = ordered[best_start : best_start + best]
    chosen = {id(i) for i in inside}
    return inside, [i for i in ordered if id(i) not in chosen]


def buckets(
    inc: list[PackIncident],
) -> tuple[str, date, int, list[PackIncident], int, list[PackIncident]]:
    """How to count incidents over time: by "week" or "month", the first bucket's start, how
    many buckets, the incidents placed, how many have no week (known only to the month), and
    the incidents dated far outside the rest. Never more than MAX_YEARS of months."""
    inside, outliers = _main_span(inc)
    dated = [i for i in inside if i.precision != "month"]
    if dated:
        first = min(i.occurred_start.date() for i in dated)
        last = max(i.occurred_start.date() for i in dated)
        start = first - timedelta(days=first.weekday())
        weeks = (last - start).days // 7 + 1
        if weeks <= MAX_WEEKS:
            return "week", start, weeks, dated, len(inside) - len(dated), outliers
    first = min(i.occurred_start.date() for i in inside)
    last = max(i.occurred_start.date() for i in inside)
    months = _month_index(last) - _month_index(first) + 1
    return "month", first.replace(day=1), months, inside, 0, outliers


def bucket_of(unit: str, start: date, moment: date) -> int:
    if unit == "week":
        return (moment - start).days // 7
    if unit == "month":
        return _month_index(moment) - _month_index(start)
    return moment.year - start.year


def bucket_start(unit: str, start: date, k: int) -> date:
    if unit == "week":
        return start + timedelta(weeks=k)
    if unit == "month":
        index = _month_index(start) + k
        return date(index // 12, index % 12 + 1, 1)
    return date(start.year + k, 1, 1)


def bucket_end(unit: str, start: date, k: int) -> date:
    """The last day of bucket k."""
    return bucket_start(unit, start, k + 1) - timedelta(days=1)


def _bucket_label(unit: str, day: date) -> str:
    if unit == "week":
        return f"{day.day} {day:%b %Y}"
    if unit == "month":
        return f"{day:%b %Y}"
    return f"{day:%Y}"


def _paler(hex_colour: str) -> colors.Color:
    base = colors.HexColor(hex_colour)
    return colors.Color(*(c + (1 - c) * 0.6 for c in (base.red, base.green, base.blue)))


def week_chart(inc: list[PackIncident], until: date | None = None) -> Flowable:
    """Incidents each week (or month, or year, for a long span), stacked by each incident's
    first behaviour. `until` is the last day the pack covers: a last bucket that runs past it
    is partial, and is drawn and labelled so."""
    width, height = BODY_W, 80 * mm
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    if not inc:
        drawing.add(String(0, height / 2, "No incidents.", fontName=FONT, fontSize=9))
        return drawing
    unit, start, count, placed, unplaced, outliers = buckets(inc)
    if not placed:
        drawing.add(
            String(0, height / 2, "No incident has a known day.", fontName=FONT, fontSize=9)
        )
        return drawing
    last_day = max(i.occurred_start.date() for i in placed)
    until = until or last_day
    partial = bucket_end(unit, start, count - 1) > until
    groups = sorted(
        {code_group(i.behaviours[0]) if i.behaviours else "none" for i in placed}, key=code_key
    )
    series = {g: [0] * count for g in groups}
    for i in placed:
        k = bucket_of(unit, start, i.occurred_start.date())
        series[code_group(i.behaviours[0]) if i.behaviours else "none"][k] += 1
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
    chart.x, chart.y = 24, 50
    chart.width, chart.height = width - 30, height - 50 - legend_h
    chart.data = [series[g] for g in groups]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 1 if count < 60 else 0
    every = max(1, count // 12)
    names = [
        _bucket_label(unit, bucket_start(unit, start, k)) if k % every == 0 else ""
        for k in range(count)
    ]
    if partial:
        names[-1] = f"{_bucket_label(unit, bucket_start(unit, start, count - 1))} (partial)"
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max(sum(series[g][k] for g in groups) for k in range(count))
    chart.valueAxis.valueStep = max(1, (peak + 5) // 6)
    chart.valueAxis.strokeColor = MUTED
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.barLabels.fontName = FONT
    for n, _g in enumerate(groups):
        chart.bars[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
        if partial:
            # The partial bucket is drawn paler, so a short count is not read as a fall.
            chart.bars[(n, count - 1)].fillColor = _paler(PALETTE[n % len(PALETTE)])
    drawing.add(chart)
    notes = [f"Counted by {unit}."]
    if partial:
        notes.append(
            f"The last {unit} is partial: the pack runs only to {until.day} {until:%b %Y}."
        )
    if unplaced:
        notes.append(
            f"{unplaced} incident{'s' if unplaced != 1 else ''} known only to the month "
            f"{'are' if unplaced != 1 else 'is'} not in this chart."
        )
    if outliers:
        shown = ", ".join(f"{i.number} ({fmt.date(i.occurred_start)})" for i in outliers[:3])
        notes.append(
            f"Dated far from the rest, so not in this chart: {shown}"
            + (f" and {len(outliers) - 3} more." if len(outliers) > 3 else ".")
        )
    drawing.add(String(0, 2, " ".join(notes), fontName=FONT, fontSize=7, fillColor=MUTED))
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
            _timed_note(len(timed), len(inc) - len(timed)),
            fontName=FONT,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing


def _timed_note(timed: int, untimed: int) -> str:
    """ "1 incident with a known time; 2 incidents known only to the day or month are not shown"."""
    note = plural(timed, "incident") + " with a known time"
    if untimed:
        verb = "is" if untimed == 1 else "are"
        note += f"; {plural(untimed, 'incident')} known only to the day or month {verb} not shown"
    return note + "."


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
