"""The layout faults seen in earlier packs stay fixed: the exhibit stamp sits in a band above the
picture, never on it; a reference in a table cell is never split mid-token; no page of the
report is blank; the shaded box of a quoted message never covers its header; exhibits are
labelled "produced by" the person's name when they have given one, and by nothing else when
they have not."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pack_sample import exhibit, sample_input
from packtools import extract
from PIL import Image
from reportlab.platypus import Paragraph

from diary.pack.build import build_pack
from diary.pack.report.blocks import fitted
from diary.pack.report.styles import S_CELL, S_QUOTE, register_fonts
from tests.conftest import require_tool

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
RED = (220, 20, 20)


def _red_picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), RED).save(out, "PNG")
    return out.getvalue()


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        [require_tool("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\f")[:-1]


def _render(pdf: Path, page: int, into: Path) -> Image.Image:
    first_last = ["-f", str(page), "-l", str(page)]
    tool = require_tool("pdftoppm")
    subprocess.run(
        [tool, "-png", "-r", "60", *first_last, str(pdf), str(into / "page")], check=True
    )
    return Image.open(next(into.glob("page*.png"))).convert("RGB")


def _pack(tmp_path: Path, **changes: object) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    data = sample_input()
    picture = exhibit(
        "JS9", "screenshot.png", "image/png", _red_picture(), "screenshot", incidents=("INC-0001",)
    )
    data = dataclasses.replace(data, exhibits=(*data.exhibits, picture), **changes)
    result = build_pack(data, KEY, tmp_path / "pack.zip")
    return extract(result.path, tmp_path / "pack")


def test_the_exhibit_stamp_is_above_the_picture_not_on_it(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    pages = _pages(folder / "report.pdf")
    number = next(n for n, text in enumerate(pages, 1) if "Exhibit JS9, produced by" in text)
    image = _render(folder / "report.pdf", number, tmp_path)
    pixels = image.load()
    assert pixels is not None

    def red(x: int, y: int) -> bool:
        r, g, b = pixels[x, y]
        return r > 180 and g < 80 and b < 80

    inside = [(x, y) for y in range(image.height) for x in range(image.width) if red(x, y)]
    left = min(x for x, _ in inside)
    right = max(x for x, _ in inside)
    top = min(y for _, y in inside)
    bottom = max(y for _, y in inside)
    assert (right - left) > image.width / 2  # the picture itself, drawn large
    # Every pixel of the picture's rectangle is the picture: nothing is drawn over its corner.
    covered = [
        (x, y) for y in range(top + 1, bottom) for x in range(left + 1, right) if not red(x, y)
    ]
    assert not covered, covered[:10]
    # The stamp (dark text on a shaded band) is just above it.
    band = [
        (x, y)
        for y in range(max(0, top - 20), top)
        for x in range(left, left + 120)
        if sum(pixels[x, y]) < 300
    ]
    assert band, "no stamp above the picture"


def test_a_long_reference_in_a_cell_is_never_split_mid_token() -> None:
    """In the chronology's "Reported" column, as the chronology section lays it out."""
    from diary.pack.report.blocks import scaled
    from diary.pack.report.sections.chronology import HEAD, WIDTHS
    from diary.pack.report.styles import WIDE_W

    register_fonts()
    width = scaled(WIDTHS, WIDE_W)[HEAD.index("Reported")]
    text = "Thames Valley Police, 3 Mar 2024, ref. DP-2025-000123456, PC 1234 Hughes"
    cell = fitted(text, S_CELL, width)
    assert isinstance(cell, Paragraph)
    cell.wrap(width, 1000)
    lines = [" ".join(str(w) for w in line[1]) for line in cell.blPara.lines]
    assert any("DP-2025-000123456" in line for line in lines), lines
    # Ordinary words in a wide cell keep the style's own size.
    assert fitted("short words only", S_CELL, 200).style.fontSize == S_CELL.fontSize


def test_no_page_of_the_report_is_blank(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    for n, text in enumerate(_pages(folder / "report.pdf"), 1):
        body = [
            line for line in text.splitlines() if line.strip() and "Evidence pack JS-" not in line
        ]
        assert body, f"page {n} has nothing but its footer"


def test_a_quoted_message_box_never_covers_the_line_above() -> None:
    top_padding = S_QUOTE.borderPadding[0]
    assert S_QUOTE.spaceBefore > top_padding


def test_exhibits_are_produced_by_the_person_named_or_by_no_one(tmp_path: Path) -> None:
    named = _pages(_pack(tmp_path / "named") / "report.pdf")
    text = "\n".join(named)
    assert "Exhibit JS9, produced by Jane Smith" in text
    assert (
        "Exhibits JS1 to JS9, produced by Jane Smith" in text
        or "produced by Jane Smith" in (named[0])
    )
    unnamed = "\n".join(_pages(_pack(tmp_path / "unnamed", owner_name="JS") / "report.pdf"))
    assert "Exhibit JS9" in unnamed and "produced by" not in unnamed


def test_an_email_or_reference_in_a_breach_schedule_is_not_split_mid_token() -> None:
    """Seen on a breach schedule page: "Email (mark.ellison@ex / ample.com)"."""
    from diary.pack.report.sections import orders

    register_fonts()
    incident = dataclasses.replace(
        sample_input().incidents[0],
        channel="Email",
        account="mark.ellison@example.com",
        reports=(),
    )
    row = orders._breach_rows((incident.number,), {incident.number: incident})[0]
    where = row[orders.BREACH_HEAD.index("Where or how")]
    width = orders._WIDTHS[orders.BREACH_HEAD.index("Where or how")]
    where.wrap(width, 1000)
    lines = [" ".join(str(w) for w in line[1]) for line in where.blPara.lines]
    assert any("mark.ellison@example.com" in line for line in lines), lines
