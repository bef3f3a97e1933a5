"""The court sections of a real pack from a real vault, read back as a reader would: pdftotext for
the report, python-docx for draft-statement.docx, qpdf for the page labels, pdfinfo for the
bundle's page count; and the police-upload folders file by file."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from diary.demo import fill_demo
from diary.exporting import ExportChoices, export
from diary.pack.bundle import page_spans
from diary.pack.checkpage import PAGE_NAME, page_bytes
from diary.pack.court_model import PackUpload
from diary.pack.police_upload import MAX_FILES, how_to_text, plan
from diary.records.profile import parse_address
from diary.records.service import Diary
from diary.vault import Vault
from tests.conftest import PASSPHRASE, require_tool

DRAFT = "DRAFT – to review with your advocate or solicitor"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("court") / "vault"
    vault, _key = Vault.create(path, PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    diary.update_profile(name="Jo Smith", addresses=(parse_address("12 Elm Road, Leeds LS6 2AB"),))
    fill_demo(diary, incidents=60, messages=20, photos=18, seed=5)
    # A condition that names the person's own street: the court copy must withhold it.
    order = diary.get_order("ORD-1").as_input()
    order.conditions[2].text = "The respondent must not go within 100 metres of 12 Elm Road."
    diary.edit_order("ORD-1", order)
    yield vault
    vault.lock()


def pdf_text(pdf: Path) -> str:
    tool = require_tool("pdftotext")
    return subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages_of(pdf: Path) -> int:
    tool = require_tool("pdfinfo")
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]


def unpack(pack: Path, into: Path) -> Path:
    with zipfile.ZipFile(pack) as zf:
        zf.extractall(into)
    return into


@pytest.fixture(scope="module")
def full(demo_vault: Vault, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("full")
    export(demo_vault, folder / "full.zip", ExportChoices(profile="full"))
    return unpack(folder / "full.zip", folder / "x")


def test_the_full_pack_has_every_court_section(full: Path) -> None:
    text = pdf_text(full / "report.pdf")
    for heading in (
        "G. Risk information",
        "H. Impact on daily life",
        "I. Draft statement",
        "J. Attachments",
        "K. Orders and breaches",
    ):
        assert heading in text, heading
    # Risk: the plain statement, the app's own wording, never a score.
    assert (
        "Information for your risk assessment; this is not a completed S-DASH or DASH form." in text
    )
    assert "Being afraid" in text and "score" not in text.replace("no answer is scored", "")
    # Orders: in force, asked for with reasons, a breach schedule per condition, every breach.
    assert "Breach schedule: ORD-1 Non-molestation order" in text
    assert "Conditions asked for" in text and "ORD-2/1" in text
    assert "Every breach, in date order" in text
    assert "ORD-1/2 (prohibition)" in text
    # Statement: heading block, numbered first-person paragraphs, truth unsigned, watermark.
    assert "1ST WITNESS STATEMENT OF JO SMITH" in text and "Witness: J Smith" in text
    assert "I believe that the facts stated in this witness statement are true." in text
    assert re.search(r"I refer to the (photograph|photographs|screenshot)s? marked JS\d+", text)
    statement_pages = [
        p for p in text.split("\f") if "I. Draft statement" in p or "· Draft statement" in p
    ]
    assert statement_pages and all(DRAFT in p for p in statement_pages)
    # Impact over time, attachments, continuity, facts in the summary, the chronology column.
    assert "Changes to daily life, with their dates" in text
    assert "Letter from PC Ahmed" in text
    assert "Entered the diary" in text and "Exported in:" in text
    assert "60 of 60 incidents involve the same" in text
    assert "Fixated" not in text
    assert "Order / condition" in text


def test_chronology_csv_names_the_conditions_broken(full: Path, demo_vault: Vault) -> None:
    """Beside the person's own words ("Order breached"), the conditions it is recorded as
    breaking, as the breach schedules name them."""
    import csv
    import io

    rows = list(
        csv.DictReader(io.StringIO((full / "chronology.csv").read_text(encoding="utf-8-sig")))
    )
    header = list(rows[0])
    assert header.index("Order / condition") == header.index("Order breached") + 1
    by_number = {r["No."]: r["Order / condition"] for r in rows}
    expected = {
        number: " ".join(
            c.ref
            for o in Diary(demo_vault).list_orders()
            for c in o.conditions
            if any(b.incident == number for b in c.breaches)
        )
        for number in by_number
    }
    assert by_number == expected
    assert any(re.fullmatch(r"ORD-1/\d( ORD-1/\d)*", v) for v in by_number.values())
    assert any(v == "" for v in by_number.values())


def test_the_summary_says_how_each_fact_about_them_is_known(
    full: Path, demo_vault: Vault, tmp_path: Path
) -> None:
    person = next(p for p in Diary(demo_vault).list_people() if p.role == "perpetrator")
    assert person.photo and person.sources
    for copy, folder in (("full", full), ("court", None)):
        if folder is None:
            export(demo_vault, tmp_path / "court.zip", ExportChoices(profile="court"))
            folder = unpack(tmp_path / "court.zip", tmp_path / "c")
        text = pdf_text(folder / "report.pdf")
        summary = " ".join(
            text.split("B. Summary")[1].split("First and latest incident")[0].split()
        )
        assert "Known addresses: 14 Carlton Street, Leeds (told by his sister)" in summary, copy
        assert f"— {person.relationship} (I know this)" in summary, copy
        assert f"{person.phones[0]} (I know this)" in summary, copy
        if len(person.phones) > 1:
            assert f"{person.phones[1]} (told by Priya Shah)" in summary, copy
        assert f"Photo: exhibit {person.photo} (I know this)" in summary, copy
        assert "how the person knows it" in summary, copy
        with zipfile.ZipFile(folder.parent / f"{copy}.zip") as zf:
            manifest = json.loads(zf.read("manifest.json"))
        # The photo goes with the summary, though no incident links it.
        assert person.photo in {e["ref"] for e in manifest["exhibits"]}, copy


def test_the_safety_plan_is_in_the_full_pack_only(demo_vault: Vault, tmp_path: Path) -> None:
    diary = Diary(demo_vault)
    diary.save_safety_section("places", "The corner shop on Hill Street has staff till late")
    export(demo_vault, tmp_path / "full.zip", ExportChoices(profile="full"))
    export(demo_vault, tmp_path / "court.zip", ExportChoices(profile="court"))
    full_text = pdf_text(unpack(tmp_path / "full.zip", tmp_path / "f") / "report.pdf")
    court_text = pdf_text(unpack(tmp_path / "court.zip", tmp_path / "c") / "report.pdf")
    assert "Safety plan" in full_text and "corner shop on Hill Street" in full_text
    assert "corner shop" not in court_text and "Safety plan" not in court_text


def test_page_labels_run_through_the_whole_pdf(full: Path) -> None:
    qpdf = require_tool("qpdf")
    out = subprocess.run([qpdf, "--json", str(full / "report.pdf")], capture_output=True, text=True)
    labels = [entry["label"].get("/P") for entry in json.loads(out.stdout)["pagelabels"]]
    # The safety plan and the appendix of unlinked messages, when there are any, follow.
    assert labels[:11] == [f"u:{letter}" for letter in "ABCDEFGHIJK"]
    assert labels == [f"u:{letter}" for letter in "ABCDEFGHIJKLMN"[: len(labels)]]


def test_the_draft_statement_docx_reads_back(full: Path) -> None:
    document = Document(str(full / "draft-statement.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Party: Applicant" in text and "Statement: 1st" in text
    assert "1ST WITNESS STATEMENT OF JO SMITH" in text
    assert re.search(r"^1\.\tMy name is Jo Smith", text, re.M)
    assert "I understand that proceedings for contempt of court" in text
    assert "Signed: ____" in text
    assert DRAFT in document.sections[0].header.paragraphs[0].text
    header_xml = document.sections[0].header._element.xml
    assert "PowerPlusWaterMarkObject" in header_xml and DRAFT in header_xml
    bold = [
        r.text
        for p in document.paragraphs
        for r in p.runs
        if r.bold and re.fullmatch(r"JS\d+", r.text)
    ]
    assert bold  # exhibit marks in bold, as the practice direction asks


def test_the_court_copy_withholds_the_statement_risk_and_the_address(
    demo_vault: Vault, tmp_path: Path
) -> None:
    export(demo_vault, tmp_path / "court.zip", ExportChoices(profile="court"))
    folder = unpack(tmp_path / "court.zip", tmp_path / "x")
    assert not (folder / "draft-statement.docx").exists()
    text = pdf_text(folder / "report.pdf")
    assert "WITNESS STATEMENT OF" not in text and "S-DASH" not in text
    assert "The draft statement" in text and "Information for the risk assessment" in text
    assert "Breach schedule: ORD-1" in text  # orders and breaches stay
    assert "12 Elm Road" not in text and "[withheld]" in text


def assert_carries_the_check_page(pack: Path) -> None:
    """Issue 16: every kind of pack carries check-this-pack.html, listed in SHA256SUMS."""
    with zipfile.ZipFile(pack) as zf:
        page = zf.read(PAGE_NAME)
        sums = zf.read("SHA256SUMS").decode()
    assert page == page_bytes()
    assert f"{hashlib.sha256(page).hexdigest()}  {PAGE_NAME}" in sums.splitlines()


def test_the_bundle_fits_its_page_limit_and_says_so(demo_vault: Vault, tmp_path: Path) -> None:
    export(demo_vault, tmp_path / "bundle.zip", ExportChoices(profile="bundle", max_pages=60))
    folder = unpack(tmp_path / "bundle.zip", tmp_path / "x")
    assert pages_of(folder / "report.pdf") <= 60
    text = pdf_text(folder / "report.pdf")
    assert "Court bundle, fitted to 60 pages." in text
    left = int(re.search(r"the full pages of (\d+) incidents", text).group(1))  # type: ignore[union-attr]
    assert left > 0
    assert text.count("full pack") >= left  # each left-out incident's chronology row says so
    chronology = text.split("C. Chronology")[1].split("D. Orders and breaches")[0]
    assert all(f"INC-{n:04d}" in chronology for n in range(1, 61))  # never a chronology row
    assert "12 Elm Road" not in text  # redacted like the court copy
    assert not (folder / "draft-statement.docx").exists()
    # In the order a court reads; the summary's headings state facts, as in every copy.
    order = [
        "B. Summary",
        "C. Chronology",
        "D. Orders and breaches",
        "E. Risk information",
        "F. Draft statement",
        "G. Incidents",
        "H. Exhibits",
    ]
    found = [re.search(rf"[\n\f]{re.escape(h)}\n", text) for h in order]
    assert all(found), [h for h, m in zip(order, found, strict=True) if not m]
    at = [m.start() for m in found if m]
    assert at == sorted(at)
    assert "60 of 60 incidents involve the same" in text and "Fixated" not in text
    # A bundle has no appendix of messages not linked to an incident: the cover says where
    # they are, never "in section )".
    cover = " ".join(text.split("\f")[0].split())
    assert "not linked to an incident, in the full pack and this pack's manifest.json)" in cover
    assert "in section )" not in cover and "Messages not linked to an incident" not in text
    assert "the messages not linked to an incident and everything left out are in the" in cover
    assert_carries_the_check_page(tmp_path / "bundle.zip")


def test_police_upload_folders_hold_the_packs_own_files(demo_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "upload"
    export(demo_vault, out, ExportChoices(profile="police-upload"))
    packs = list(out.glob("*.zip"))
    assert len(packs) == 1
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders[0] == "upload-1" and len(folders) >= 2  # 18 photos and more do not fit in 16
    first = sorted(p.name for p in (out / "upload-1").iterdir())
    assert "report.pdf" in first and "chronology.csv" in first
    with zipfile.ZipFile(packs[0]) as zf:
        sums = dict(
            reversed(line.split("  ", 1)) for line in zf.read("SHA256SUMS").decode().splitlines()
        )
        assert (out / "upload-1" / "report.pdf").read_bytes() == zf.read("report.pdf")
        report = zf.read("report.pdf")
    assert_carries_the_check_page(packs[0])
    seen = 0
    for folder in folders:
        files = list((out / folder).iterdir())
        assert len(files) <= MAX_FILES
        for f in files:
            if f.name in ("report.pdf", "chronology.csv"):
                continue
            assert re.fullmatch(r"JS\d+ \d{4}-\d{2}-\d{2} [a-z ]+\.[a-z0-9]+", f.name), f.name
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
            assert digest in sums.values()
            seen += 1
    assert seen >= 18
    how = (out / "how-to-upload.txt").read_text(encoding="utf-8")
    assert "upload-1" in how and "sha256" in how and packs[0].name in how
    (tmp_path / "r.pdf").write_bytes(report)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Files sent by upload" in text and "Also sent by upload." in text
    # A folder that already holds something is refused, and nothing is written in it.
    from diary.errors import BadInput

    with pytest.raises(BadInput, match="not empty"):
        export(demo_vault, out, ExportChoices(profile="police-upload"))


def test_an_upload_plan_keeps_within_every_limit() -> None:
    from datetime import UTC, datetime

    from diary.pack.model import PackExhibit

    gb = 1024**3
    when = datetime(2024, 3, 1, 12, tzinfo=UTC)
    sizes = [gb, gb, 3 * gb, *[100] * 20, int(1.9 * gb), *[int(1.9 * gb)] * 6]
    exhibits = [
        PackExhibit(f"JS{n}", "image", f"IMG_{n}.JPG", "image/jpeg", size, "0" * 64, when)
        for n, size in enumerate(sizes, 1)
    ]
    uploads = plan(exhibits, [])
    assert uploads[0] == PackUpload("upload-1", "report.pdf", "")
    assert "JS3" not in {u.ref for u in uploads}  # over 2 GB: cannot be uploaded
    by_folder: dict[str, list[PackUpload]] = {}
    for u in uploads:
        by_folder.setdefault(u.folder, []).append(u)
    for items in by_folder.values():
        assert len(items) <= MAX_FILES
        assert sum(u.size for u in items) <= 10 * gb
    assert next(u for u in uploads if u.ref == "JS1").name == "JS1 2024-03-01 photo.jpg"
    # A document the person attached is named with the date they gave it, not the day it
    # entered the diary: an order made on 28 August 2024 is "JS4 2024-08-28 document.pdf".
    from datetime import date

    from diary.pack.court_model import PackAttachment

    entered = datetime(2026, 12, 1, 9, tzinfo=UTC)
    letter = PackExhibit("JS4", "document", "order.pdf", "application/pdf", 100, "0" * 64, entered)
    named = plan([letter], [], [PackAttachment("JS4", "A court order", dated=date(2024, 8, 28))])
    assert named[-1].name == "JS4 2024-08-28 document.pdf"
    assert plan([letter], [])[-1].name == "JS4 2026-12-01 document.pdf"
    words = how_to_text("pack.zip", named, [])
    assert "into\n1 folder: upload-1." in words
    two = plan(exhibits, [])
    assert f"{len({u.folder for u in two})} folders: upload-1, upload-2" in how_to_text(
        "p.zip", two, []
    )


def test_page_spans_count_each_incidents_pages() -> None:
    assert page_spans({"INC-0001": "G1", "INC-0002": "G3", "INC-0003": "G4"}) == {
        "INC-0001": 2,
        "INC-0002": 1,
        "INC-0003": 1,
    }


CLOCK = re.compile(r"(?<![T\d:+-])(\d{2}:\d{2})(?::\d{2})?(?![\d:])")
ZONE = re.compile(r"\s*(GMT|BST|UTC|\(zone not recorded\))")


def test_every_time_in_the_report_names_its_zone(full: Path) -> None:
    """GMT, BST or UTC±hh:mm, wherever Daybook prints a time: the continuity of exhibits
    included. (The draft statement is the person's own prose, left as written.) A table cell
    may wrap the zone onto its next line, under the time (the text's next line, or the one after
    when a neighbouring cell is set smaller to keep an email address whole)."""
    bare = []
    for page in pdf_text(full / "report.pdf").split("\f"):
        if "· Draft statement" in page:
            continue
        lines = [*page.splitlines(), "", ""]
        for n, line in enumerate(lines[:-2]):
            if line.count(":00") >= 6:  # the hours along the time-of-day chart
                continue
            for m in CLOCK.finditer(line):
                below = " ".join(
                    lines[n + k][max(0, m.start() - 25) : m.end() + 12] for k in (1, 2)
                )
                if not ZONE.match(line, m.end()) and not ZONE.search(below):
                    bare.append(line.strip())
    assert not bare, "\n".join(bare)


def test_order_headings_stay_with_what_they_head(tmp_path: Path) -> None:
    """A page never ends on an order's or a condition's heading with its facts, its conditions
    or its breaches on the next page. The diary `daybook demo` makes, with a second order in
    force added: laid out without care, the heading of the order asked for fell at the foot of
    section K's first page."""
    from diary.records.court_types import ConditionInput, OrderInput

    vault, _key = Vault.create(tmp_path / "v", PASSPHRASE, initials="JS", insecure_fast_kdf=True)
    diary = Diary(vault)
    fill_demo(diary, incidents=60, messages=20, photos=10, seed=1)
    made = diary.get_order("ORD-1").made
    conditions = ["Not to contact me by any means", "Not to come within 100 m of my home"]
    diary.add_order(
        OrderInput(
            kind="spo",
            court="Leeds Magistrates' Court",
            made=made,
            reference="SPO/1",
            against="Mark Ellison",
            conditions=[ConditionInput(text=t) for t in conditions],
        )
    )
    when = diary.get_incident("INC-0045").incident.occurred_start
    breach_day = f"{when.day} {when:%b %Y}"
    export(vault, tmp_path / "full.zip", ExportChoices(profile="full"))
    vault.lock()
    text = pdf_text(unpack(tmp_path / "full.zip", tmp_path / "x") / "report.pdf")
    pages = [p for p in text.split("\f") if "· Orders and breaches" in p]
    assert len(pages) > 2
    heading = re.compile(
        r"(ORD-\d+ .*\(asked for\)|ORD-\d+/\d+ \(\w+\)|Conditions asked for"
        r"|The terms the person is asking for.*|Breach schedule: .*)"
    )
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()][:-1]  # the footer
        assert lines and not heading.fullmatch(lines[-1]), lines[-1]
    asked = next(p for p in pages if "ORD-2 Stalking Protection Order (asked for)" in p)
    assert "Why: the incidents" in asked and "Conditions asked for" in asked
    # The breach schedule gives, for each breach, its date, evidence and police reference.
    section = "\f".join(pages)
    schedule = section.split("Breach schedule: ORD-1")[1].split("Breach schedule: ORD-3")[0]
    assert "Evidence" in schedule and "Police reference" in schedule
    fourth = schedule.split("ORD-1/4 (prohibition)")[1]
    assert "INC-0045" in fourth and "JS9" in fourth and "CAD 9309/24Sep" in fourth
    assert breach_day in fourth


TRUTH = (
    "I understand that proceedings for contempt of court may be brought against anyone who "
    "makes, or causes to be made, a false statement in a document verified by a statement of "
    "truth without an honest belief in its truth.",
    "I believe that the facts stated in this witness statement are true.",
)


def test_the_statement_of_truth_is_the_family_courts_form(full: Path) -> None:
    """Word for word, and in the family order (the understanding first, as FPR PD17A para 2.1
    puts it and the President's memorandum of 10 November 2021 gives it for a witness
    statement; the CPR's PD22 puts the belief first): see docs/court.md, Sources. Left
    unsigned, in the PDF's section I and in draft-statement.docx alike."""
    document = Document(str(full / "draft-statement.docx"))
    lines = [p.text.strip() for p in document.paragraphs]
    at = lines.index(TRUTH[0])
    assert lines[at + 1] == TRUTH[1]
    assert lines[at - 1] == "Statement of truth" and "Signed: ____" in "\n".join(lines[at:])
    # The watermark's letters fall between the lines, indented; the statement's start the line.
    page = pdf_text(full / "report.pdf").split("\nStatement of truth\n", 1)[1].split("\f")[0]
    statement = " ".join(line for line in page.splitlines() if line[:1].strip())
    assert statement.index(TRUTH[0]) < statement.index(TRUTH[1]) < statement.index("Signed:")


def test_each_exhibit_says_how_it_entered_and_every_pack_it_went_into(
    demo_vault: Vault, tmp_path: Path
) -> None:
    """Continuity: when and how each exhibit entered the diary (from which file), where the
    original is kept, and every earlier export it went into, by pack number, then this one."""
    export(demo_vault, tmp_path / "a.zip", ExportChoices(profile="full"))
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        first = json.loads(zf.read("manifest.json"))
    export(demo_vault, tmp_path / "b.zip", ExportChoices(profile="full"))
    text = " ".join(pdf_text(unpack(tmp_path / "b.zip", tmp_path / "b") / "report.pdf").split())
    exhibits = text.split("E. Exhibits", 1)[1]
    for exhibit in first["exhibits"]:
        ref = exhibit["ref"]
        block = exhibits.split(f" {ref} ", 1)[1].split("this pack.", 1)[0]
        assert "Entered the diary" in block and "from the file" in block, ref
        assert "Original kept: Kept encrypted, byte for byte" in block, ref
        went = block.split("Exported in:", 1)[1].replace("- ", "-")
        assert f"pack {first['pack_id']} on" in went, ref
