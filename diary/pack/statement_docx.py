"""draft-statement.docx: the person's draft witness statement as a Word file a solicitor can edit.

Laid out as a family-court witness statement (FPR PD22A): the title of the proceedings, the
heading block at the top right of the first page, numbered paragraphs with exhibit marks in
bold, and the statement of truth (FPR PD17A) left for the person to sign. Every page carries a
"DRAFT" watermark and header line, so it can never pass for a signed statement. The text comes
already redacted when the pack is a court copy; this module only lays it out.

Written to memory (`statement_docx_bytes`): nothing touches the disk unless the caller writes it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from diary.records.court_types import StatementInput
from diary.statement import (
    DRAFT_MARK,
    STATEMENT_OF_TRUTH_LINES,
    exhibits_referred_to,
    heading_block,
    statement_heading,
    title_lines,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "Arial"
GREY = RGBColor(0x80, 0x80, 0x80)

# Word's own text watermark: a WordArt shape behind the text of every page, set in the header.
_WATERMARK = """
<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:v="urn:schemas-microsoft-com:vml"
     xmlns:o="urn:schemas-microsoft-com:office:office">
 <w:pPr><w:pStyle w:val="Header"/></w:pPr>
 <w:r><w:pict>
  <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
      path="m@7,l@8,m@5,21600l@6,21600e">
   <v:formulas>
    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
    <v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
    <v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
    <v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
   </v:formulas>
   <v:path textpathok="t" o:connecttype="custom"
       o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
   <v:textpath on="t" fitshape="t"/>
   <o:lock v:ext="edit" text="t" shapetype="t"/>
  </v:shapetype>
  <v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136"
      style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:52pt;rotation:315;
             z-index:-251654144;mso-position-horizontal:center;
             mso-position-horizontal-relative:margin;mso-position-vertical:center;
             mso-position-vertical-relative:margin"
      o:allowincell="f" fillcolor="#c8c8c8" stroked="f">
   <v:fill opacity=".5"/>
   <v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{text}"/>
  </v:shape>
 </w:pict></w:r>
</w:p>
"""


# What a Word file (XML 1.0) cannot hold: most control characters and the non-characters. Text
# from the diary may hold them (typed, pasted or imported), and the statement is a copy made for
# reading, so each is shown as its code (\x1b), as the command line shows them, never dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _shown_as_code(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _word_safe(text: str) -> str:
    return _NOT_XML.sub(_shown_as_code, text)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the word processor fills in."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar xmlns:w="{W}" w:fldCharType="begin"/>'))
    run._r.append(
        parse_xml(f'<w:instrText xmlns:w="{W}" xml:space="preserve"> {instruction} </w:instrText>')
    )
    run._r.append(parse_xml(f'<w:fldChar xmlns:w="{W}" w:fldCharType="separate"/>'))
    run._r.append(parse_xml(f'<w:t xmlns:w="{W}">1</w:t>'))
    run._r.append(parse_xml(f'<w:fldChar xmlns:w="{W}" w:fldCharType="end"/>'))


def _bold_refs(paragraph: Paragraph, text: str, refs: Sequence[str]) -> None:
    """The text as runs, with each exhibit mark in bold (as the practice direction asks)."""
    text = _word_safe(text)
    if not refs:
        paragraph.add_run(text)
        return
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(r) for r in sorted(refs, key=len, reverse=True)) + r")\b"
    )
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()])
        paragraph.add_run(match.group(0)).bold = True
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def statement_docx_bytes(statement: StatementInput, *, created: datetime | None = None) -> bytes:
    """The statement as a .docx file's bytes."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.5

    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = Cm(3.5)
    section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)

    header = section.header
    line = header.paragraphs[0]
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark = line.add_run(DRAFT_MARK)
    mark.bold = True
    mark.font.size = Pt(10)
    mark.font.color.rgb = GREY
    header._element.append(parse_xml(_WATERMARK.replace("{text}", DRAFT_MARK)))

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")

    for label, value in heading_block(statement):
        block = document.add_paragraph()
        block.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        block.paragraph_format.space_after = Pt(0)
        block.paragraph_format.line_spacing = 1.0
        block.add_run(f"{label}: ").bold = True
        block.add_run(_word_safe(value))
    document.add_paragraph()
    for n, text in enumerate(title_lines(statement)):
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.space_after = Pt(0)
        run = title.add_run(_word_safe(text))
        run.bold = n == 0
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.space_before = Pt(12)
    heading.add_run(_word_safe(statement_heading(statement))).bold = True

    refs = exhibits_referred_to(statement)
    for number, item in enumerate(statement.paragraphs, start=1):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.0)
        paragraph.paragraph_format.first_line_indent = Cm(-1.0)
        paragraph.add_run(f"{number}.\t")
        _bold_refs(paragraph, item.text, refs)

    truth = document.add_paragraph()
    truth.paragraph_format.space_before = Pt(18)
    truth.paragraph_format.keep_with_next = True
    truth.add_run("Statement of truth").bold = True
    for sentence in STATEMENT_OF_TRUTH_LINES:
        kept = document.add_paragraph(sentence)
        kept.paragraph_format.keep_with_next = True
    for label in ("Signed", "Full name", "Date"):
        sign = document.add_paragraph(f"{label}: ")
        sign.paragraph_format.keep_with_next = label != "Date"
        sign.add_run("_" * 36)

    properties = document.core_properties
    properties.title = _word_safe(statement_heading(statement).title())
    properties.subject = DRAFT_MARK
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = "Made with Daybook from the person's diary. Not a police statement."
    if created is not None:
        properties.created = properties.modified = created.replace(tzinfo=None)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
