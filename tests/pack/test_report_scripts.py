"""Every script a person writes in is readable in the report (issue 8, section 4).

A sample line per script goes through the report's own paragraph helper into a PDF; the text
layer must give back exactly what was written (pdftotext), every font must be embedded, and no
character may be drawn as an empty box.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pack_sample import sample_input
from reportlab.platypus import SimpleDocTemplate, Table

from diary.pack.report import scripts
from diary.pack.report.styles import S_BODY, S_CELL, S_H2, esc, markup, para, register_fonts
from tests.conftest import require_tool

SAMPLES = {
    "Arabic": "قال لي: سأجدك أينما ذهبت. رأيته أمام المنزل الساعة 9 مساءً.",
    "Urdu": "اس نے کہا کہ وہ مجھے ڈھونڈ لے گا، میں بہت ڈری ہوئی ہوں۔",
    "Persian": "او گفت که همه جا دنبالم می‌آید و من می‌ترسم.",
    "Hebrew": "הוא אמר: אני אמצא אותך בכל מקום. זה קרה ב-3 במרץ.",
    "Polish": "Zażółć gęślą jaźń — powiedział, że mnie znajdzie.",
    "Turkish": "Işık, ğüşöç: seni her yerde bulacağım dedi.",
    "Vietnamese": "Anh ấy nói: tôi sẽ tìm thấy em ở bất cứ đâu.",
    "Greek": "Είπε ότι θα με βρει όπου κι αν πάω.",
    "Cyrillic": "Он сказал, что найдёт меня где угодно.",
    "Chinese": "他说无论我去哪里他都会找到我。",
    "Japanese": "彼はどこへ行っても私を見つけると言った。",
    "Korean": "그는 내가 어디에 가든 나를 찾을 거라고 말했다.",
    "Hindi": "उसने कहा कि वह मुझे कहीं भी ढूंढ लेगा। क्षत्रिय",
    "Emoji": "He sent 😡🔪 then ❤️ and 👨‍👩‍👧 at 23:05 👍🏽",
    "Mixed": "Mark wrote: «أنا أراك» at 21:30, then שלום and 你好 again.",
}
# Poppler marks right-to-left stretches with these invisible controls; they are not text.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A report page always carries English headings and labels; so does each test page, because
# Poppler reads a page's direction from the majority of its letters.
ENGLISH = ("What happened, in the person's own words, as they wrote it at the time. " * 3).strip()


def _text(pdf: Path) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return " ".join(_BIDI_CONTROLS.sub("", out).split())


def _build(path: Path, story: list[object]) -> None:
    register_fonts()
    SimpleDocTemplate(str(path), invariant=1).build(story)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripts") / "samples.pdf"
    story: list[object] = []
    for name, line in SAMPLES.items():
        story += [markup(f"<b>{esc(name)}</b>", S_H2), para(ENGLISH, S_BODY), para(line)]
    story.append(
        Table(
            [[para(SAMPLES["Arabic"], S_CELL), para(SAMPLES["Japanese"] * 2, S_CELL)]],
            colWidths=[150, 150],
        )
    )
    _build(path, story)
    return path


@pytest.mark.parametrize("script", list(SAMPLES))
def test_each_script_comes_back_from_the_text_layer_as_written(
    sample_pdf: Path, script: str
) -> None:
    line = SAMPLES[script]
    assert " ".join(line.split()) in _text(sample_pdf)


def test_every_font_is_embedded(sample_pdf: Path) -> None:
    out = subprocess.run(
        [require_tool("pdffonts"), str(sample_pdf)], capture_output=True, check=True, text=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    names = " ".join(row[0] for row in rows)
    for font in (
        "NotoNaskhArabic",
        "NotoNastaliqUrdu",
        "NotoSansHebrew",
        "NotoSansDevanagari",
        "DroidSansFallback",
        "NanumSquare",
        "NotoEmoji",
        "DejaVuSans",
    ):
        assert font in names, out
    # Every font the text uses is embedded as a subset: "emb" and "sub" are both "yes". (This
    # test page's template starts on Helvetica, which draws nothing; the report never does.)
    ours = [row for row in rows if row[0] != "Helvetica"]
    assert all(row[-5:-3] == ["yes", "yes"] for row in ours), out


@pytest.mark.parametrize("script", list(SAMPLES))
def test_no_character_is_drawn_as_an_empty_box(script: str) -> None:
    register_fonts()
    for span_runs in (scripts.runs_of(scripts.Span(SAMPLES[script]), 10),):
        for run in span_runs:
            face = scripts.font_book().face(run.font).font.face
            for glyph in run.glyphs:
                gid = face.charToGlyph.get(ord(glyph.char))
                assert gid not in (None, 0), (script, run.font, run.text)


def _drawn(text: str, rtl: bool) -> list[str]:
    """One line's pieces left to right as drawn, a space as " "."""
    line = scripts.words_of([scripts.Span(text)], 10)
    segments = scripts.visual_order(scripts.segments_of(line, rtl, 10))
    return ["".join(r.text for r in s.runs) if s.runs else " " for s in segments]


def test_right_to_left_words_are_put_in_visual_order() -> None:
    register_fonts()
    # The two Arabic words swap places; the guillemets stay outside them, on the left-to-right side.
    assert _drawn("Mark wrote: «أنا أراك» at 21:30", False) == (
        ["Mark", " ", "wrote:", " ", "«", "أراك", " ", "أنا", "»", " ", "at", " ", "21:30"]
    )
    assert _drawn("אני ראיתי 3 מכוניות", True) == (["מכוניות", " ", "3", " ", "ראיתי", " ", "אני"])


def test_the_space_between_english_and_arabic_stays_between_them() -> None:
    """The space after "said:" belongs to neither direction: it is drawn between the two, not
    carried into the reversed Arabic (which left "said:" touching it and a gap before the
    full stop)."""
    register_fonts()
    assert _drawn("He said: أعرف أين تعيشين. Also wrote שלום, Zażółć", False) == [
        "He",
        " ",
        "said:",
        " ",
        "تعيشين",
        " ",
        "أين",
        " ",
        "أعرف",
        ".",
        " ",
        "Also",
        " ",
        "wrote",
        " ",
        "שלום",
        ",",
        " ",
        "Zażółć",
    ]
    # A space that ends a line is not drawn, so it cannot push a right-aligned line over.
    assert _drawn("שלום ", True) == ["שלום"]


def _poppler_reads(stored: str) -> str:
    """Poppler's reorderText for a left-to-right page, as in its TextOutputDev.cc."""
    kinds = [scripts._kind(c) for c in stored]
    out, i = [], 0
    while i < len(stored):
        j = i
        while j < len(stored) and kinds[j] != "R":
            j += 1
        out.append(stored[i:j])
        i = j
        while j < len(stored) and kinds[j] != "L":
            j += 1
        out.append(stored[i:j][::-1])
        i = j
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="אבגabc12 .,:«»()-؟عرب", max_size=40))
def test_what_is_stored_reads_back_as_written(written: str) -> None:
    stored = scripts.poppler_order(written)
    assert _poppler_reads(stored).replace("\u200e", "") == written


def test_a_long_paragraph_splits_across_pages(tmp_path: Path) -> None:
    long = " ".join([SAMPLES["Arabic"]] * 120)
    path = tmp_path / "long.pdf"
    _build(path, [para(ENGLISH * 4), para(long), para(ENGLISH * 4)])
    pages = subprocess.run(
        [require_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) >= 2  # type: ignore[union-attr]
    # Every line is drawn, on one page or the next. (These pages are mostly Arabic, so Poppler
    # reads them right to left; the words are all there either way.)
    assert _text(path).count("المنزل") == 120


def test_a_pack_report_in_many_scripts_extracts_as_written(key: object, tmp_path: Path) -> None:
    from diary.pack.build import build_pack

    data = sample_input()
    first = data.incidents[0]
    description = " ".join(SAMPLES[s] for s in ("Arabic", "Hindi", "Korean", "Emoji"))
    data = replace(data, incidents=(replace(first, description=description), *data.incidents[1:]))
    out = tmp_path / "JS.zip"
    build_pack(data, key, out)  # type: ignore[arg-type]
    import zipfile

    with zipfile.ZipFile(out) as zf:
        (tmp_path / "report.pdf").write_bytes(zf.read("report.pdf"))
    text = _text(tmp_path / "report.pdf")
    for script in ("Arabic", "Hindi", "Korean", "Emoji"):
        assert " ".join(SAMPLES[script].split()) in text, script


def test_text_needing_no_other_font_stays_an_ordinary_paragraph() -> None:
    register_fonts()
    assert not scripts.needs_script_layout("Zażółć gęślą jaźń, Είπε, сказал — 10:30")
    for script in ("Arabic", "Hebrew", "Chinese", "Hindi", "Emoji", "Korean"):
        assert scripts.needs_script_layout(SAMPLES[script]), script
    assert unicodedata.bidirectional("א") == "R"


def test_chinese_and_japanese_break_between_characters_but_not_before_a_full_stop() -> None:
    pieces = list(scripts._cjk_pieces("言った。「彼は」来た"))
    assert "".join(pieces) == "言った。「彼は」来た"
    assert all(p[0] not in "。」" for p in pieces[1:]) and len(pieces) > 4
    assert not any(p.endswith("「") for p in pieces)
    assert list(scripts._cjk_pieces("Hello")) == ["Hello"]
