"""The court copy as the respondent reads it: the person's details, written in every form people
use and put in every place a diary holds (free text, file names, picture metadata, documents,
nested archives, the history), reach no byte of any file of a court copy or a bundle.

Each file is unzipped (nested zips and Word files too), every PDF read with pdftotext and its
raw objects searched, and every file's bytes searched as Latin-1 and UTF-16, after squashing out
case, spaces and punctuation; the full copy must hold each detail, so the search can fail.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pack_sample import exhibit, sample_input
from PIL import Image, PngImagePlugin

from diary.exporting import ExportChoices, export
from diary.pack.build import build_pack
from diary.pack.redact import Redactor
from diary.records import IncidentInput, PersonRef, ReportMade
from diary.records.court_types import (
    ConditionInput,
    LifeChangeInput,
    OrderInput,
    StatementInput,
    StatementParagraph,
)
from diary.records.profile import Address, Profile
from diary.records.service import Diary
from diary.records.types import MessageInput, PersonInput
from diary.timeutil import now
from diary.vault import Vault
from tests.conftest import require_tool

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))

PROFILE = Profile(
    name="Jane Smith",
    phones=("07700 900999", "0113 496 0123", "+33 6 12 34 56 78"),
    emails=("jane.smith@example.org", "JSmith1985@example.co.uk"),
    addresses=(
        Address("Flat 2, 14 Acacia Avenue, Leeds LS6 2AB"),
        Address("Unit 5, Kirkstall Business Park, Leeds LS5 3BT"),
        Address("9 Wharf St, Leeds LS2 7EQ"),
        Address("Harrow and Co, 3 Park Row, Leeds LS1 5HD"),
    ),
    other=("AB12 CDE", "St Mary's Primary School", "Lily Smith", "Harrow and Co"),
)
# Each detail as people write it.
FORMS = (
    "07700 900999",
    "07700900999",
    "+44 7700 900999",
    "+44 (0)7700-900-999",
    "07700.900.999",
    "0044 7700 900999",
    "077 00 90 09 99",
    "07700\n900999",
    "0113 496 0123",
    "(0113) 4960123",
    "+44 113 496 0123",
    "+33 6 12 34 56 78",
    "0033 612345678",
    "06 12 34 56 78",
    "+33 (0)6 12 34 56 78",
    "jane.smith@example.org",
    "JANE.SMITH@EXAMPLE.ORG",
    "mailto:jane.smith@example.org",
    "JSmith1985@example.co.uk",
    "14 Acacia Avenue",
    "14 Acacia Ave",
    "14 acacia ave.",
    "14, Acacia Avenue",
    "ACACIA AVE",
    "LS6 2AB",
    "LS62AB",
    "ls6 2ab",
    "14\nAcacia Avenue",
    "Acacia\nAvenue",
    "Kirkstall Business Park",
    "LS5 3BT",
    "9 Wharf Street",
    "Wharf Street",
    "3 Park Row",
    "AB12 CDE",
    "AB12CDE",
    "ab12 cde",
    "AB 12 CDE",
    "St Mary's Primary School",
    "St Mary\u2019s Primary School",
    "St. Mary's Primary School",
    "St Marys Primary",
    "Lily Smith",
    "LILY\nSMITH",
    "Harrow and Co",
    "Harrow & Co",
)
ALL = " | ".join(FORMS)
# What must never be found, squashed (lower case, letters and digits only).
NEEDLES = {
    "mobile": "7700900999",
    "landline": "1134960123",
    "French mobile": "612345678",
    "email": "janesmithexampleorg",
    "second email": "jsmith1985",
    "street": "acacia",
    "home postcode": "ls62ab",
    "work postcode": "ls53bt",
    "business park": "kirkstall",
    "second street": "wharf",
    "office street": "parkrow",
    "car": "ab12cde",
    "school": "marysprimary",
    "child": "lilysmith",
    "workplace": "harrow",
}


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


# -- what people write ------------------------------------------------------------------------


@pytest.mark.parametrize("written", FORMS)
def test_every_form_is_withheld(written: str) -> None:
    scrub = Redactor(
        phones=PROFILE.phones,
        emails=PROFILE.emails,
        addresses=tuple(a.text for a in PROFILE.addresses),
        other=PROFILE.other,
    )
    out = scrub(f"he wrote: {written}, then left")
    assert out.startswith("he wrote: ") and out.endswith("[withheld], then left"), out
    assert not _found([("", out)]), out


@pytest.mark.parametrize(
    "text",
    ["Lilywhite", "in Leeds town centre", "Unit 5", "St Mary's church", "High Street", "16 May"],
)
def test_what_is_not_the_persons_is_left(text: str) -> None:
    scrub = Redactor(
        phones=PROFILE.phones,
        emails=PROFILE.emails,
        addresses=(*(a.text for a in PROFILE.addresses), "1 High Street, Leeds"),
        other=PROFILE.other,
    )
    assert scrub(text) == text


def test_a_file_name_keeps_its_extension() -> None:
    data = sample_input("court")
    data = dataclasses.replace(
        data,
        owner_addresses=("14 Acacia Avenue, Leeds LS6 2AB",),
        exhibits=(
            exhibit("JS9", "letter Acacia Ave.txt", "text/plain", b"nothing here", "document"),
        ),
    )
    from diary.pack.redact import apply_profile

    out, _ = apply_profile(data)
    assert out.exhibits[0].original_name == "letter [withheld].txt"


# -- pictures ---------------------------------------------------------------------------------


def _jpeg(gps: bool) -> bytes:
    img = Image.new("RGB", (200, 150), (120, 160, 200))
    exif = img.getexif()
    exif[0x010E] = "Outside 14 Acacia Avenue LS6 2AB"  # ImageDescription
    exif[0x013B] = "Jane Smith 07700 900999"  # Artist
    exif[0x9C9C] = "Lily Smith at St Mary's Primary School".encode("utf-16-le") + b"\0\0"
    maker = exif.get_ifd(0x8769)
    maker[0x927C] = b"Apple iOS\0\0\x01MM owner 07700900999 Harrow and Co"  # MakerNote
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (53.0, 49.0, 10.0), 3: "W", 4: (1.0, 34.0, 5.0)})
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:description>Kirkstall Business Park</dc:description></rdf:Description>"
        b"</rdf:RDF></x:xmpmeta>"
    )
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, xmp=xmp, comment=b"JSmith1985@example.co.uk")
    return out.getvalue()


def _png() -> bytes:
    img = Image.new("RGB", (120, 90), (200, 100, 100))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "call 07700 900999")
    info.add_itxt("Description", "14 Acacia Avenue", lang="en", tkey="Description")
    info.add_text("Author", "jane.smith@example.org", zip=True)
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _webp() -> bytes:
    img = Image.new("RGB", (100, 80), (10, 200, 10))
    exif = img.getexif()
    exif[0x010E] = "AB12 CDE parked at LS6 2AB"
    out = io.BytesIO()
    img.save(out, "WEBP", exif=exif)
    return out.getvalue()


def _heic() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    img = Image.new("RGB", (64, 64), (50, 50, 50))
    exif = img.getexif()
    exif[0x010E] = "14 Acacia Avenue"
    out = io.BytesIO()
    img.save(out, "HEIF", exif=exif)
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=True)
    page.setAuthor("Jane Smith <jane.smith@example.org>")
    page.setTitle("Letter to 14 Acacia Avenue LS6 2AB")
    page.setSubject("07700 900999")
    page.drawString(72, 760, "Ms J Smith, Flat 2, 14 Acacia Avenue, Leeds LS6 2AB")
    page.showPage()
    page.save()
    return out.getvalue()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = "jane.smith@example.org"
    document.core_properties.title = "14 Acacia Avenue"
    paragraph = document.add_paragraph("I live at 14 Aca")
    paragraph.add_run("cia Avenue, LS6 2AB.")  # Word splits words across runs
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return out.getvalue()


FILES = {
    "IMG_07700900999.jpg": _jpeg(gps=True),
    "jane.smith@example.org photo.jpg": _jpeg(gps=False),
    "14 Acacia Avenue door.png": _png(),
    "car AB12CDE.webp": _webp(),
    "outside LS6 2AB.heic": _heic(),
    "letter Acacia Ave.pdf": _pdf(),
    "note for Lily Smith.docx": _docx(),
    "WhatsApp Chat with Mark.zip": _zip(
        {"chat.txt": b"01/03/2024, 21:30 - Mark: I know 14 Acacia Avenue\n"}
    ),
    "media only.zip": _zip(
        {"IMG-0001.jpg": _jpeg(gps=False), "inner.zip": _zip({"a.txt": b"07700 900999"})}
    ),
    "voicemail from 07700900999.m4a": b"\0\0\0\x18ftypM4A " + b"14 Acacia Avenue 07700900999",
    "notes.txt": "\n".join(FORMS).encode(),
}


def test_a_court_copy_carries_no_picture_metadata(tmp_path: Path) -> None:
    """Location, descriptions, authors, comments, maker notes, XMP and PNG text all go; the
    report's previews carry none either (not even in the full copy)."""
    data = sample_input("court")
    pictures = (
        exhibit("JS7", "a.jpg", "image/jpeg", FILES["jane.smith@example.org photo.jpg"], "photo"),
        exhibit("JS8", "b.png", "image/png", FILES["14 Acacia Avenue door.png"], "photo"),
        exhibit("JS9", "c.webp", "image/webp", FILES["car AB12CDE.webp"], "photo"),
    )
    for profile in ("court", "full"):
        data = dataclasses.replace(sample_input(profile), exhibits=(*data.exhibits[:1], *pictures))
        result = build_pack(data, KEY, tmp_path / f"{profile}.zip")
        with zipfile.ZipFile(result.path) as zf:
            files = {i.filename: zf.read(i) for i in zf.infolist()}
        report = files["report.pdf"]
        assert b"JSmith1985" not in report  # a JPEG comment copied into a preview
        if profile == "full":
            continue
        for ref in ("JS7", "JS8", "JS9"):
            names = [n for n in files if f"/{ref}-" in n]
            assert names == [next(n for n in names if n.startswith("exhibits-redacted/"))]
            with Image.open(io.BytesIO(files[names[0]])) as img:
                assert not len(img.getexif())
                assert set(img.info) <= {"dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density"}
            found = _found(_texts(names[0], files[names[0]]))
            assert not found, found


def test_a_court_copy_leaves_out_what_it_cannot_clean(tmp_path: Path) -> None:
    data = sample_input("court")
    others = tuple(
        exhibit(f"JS{n}", name, media, FILES[name], kind)
        for n, (name, media, kind) in enumerate(
            (
                ("letter Acacia Ave.pdf", "application/pdf", "document"),
                (
                    "note for Lily Smith.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "document",
                ),
                ("voicemail from 07700900999.m4a", "audio/mp4", "recording"),
                ("outside LS6 2AB.heic", "image/heic", "photo"),
                ("media only.zip", "application/zip", "chat export"),
            ),
            start=7,
        )
    )
    data = dataclasses.replace(data, exhibits=(*data.exhibits, *others))
    result = build_pack(data, KEY, tmp_path / "court.zip")
    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
    for ref in ("JS7", "JS8", "JS9", "JS10", "JS11"):
        assert not any(f"/{ref}-" in n for n in names), ref
    said = " ".join(w.what for w in result.withheld)
    assert "Exhibits JS7, JS8, JS9, JS10, JS11" in said


# -- the whole diary, end to end --------------------------------------------------------------


def _texts(name: str, data: bytes) -> list[tuple[str, str]]:
    """Every reading of a file in which a detail could be found."""
    out = [(f"{name} (name)", name)]
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            for info in inner.infolist():
                out += _texts(f"{name}!{info.filename}", inner.read(info))
    if data[:5] == b"%PDF-":
        text = subprocess.run(
            [require_tool("pdftotext"), "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            check=True,
        ).stdout
        out.append((f"{name} (pdftotext)", text.decode("utf-8", "replace")))
        raw = subprocess.run(
            [require_tool("qpdf"), "--qdf", "--object-streams=disable", "-", "-"],
            input=data,
            capture_output=True,
        ).stdout
        out.append((f"{name} (objects)", raw.decode("latin-1")))
        for hexed in re.findall(rb"<FEFF([0-9A-Fa-f]+)>", raw):
            text16 = bytes.fromhex(hexed.decode()).decode("utf-16-be", "replace")
            out.append((f"{name} (UTF-16 strings)", text16))
    out.append((f"{name} (bytes)", data.decode("latin-1")))
    for start in (0, 1):
        out.append((f"{name} (UTF-16LE)", data[start:].decode("utf-16-le", "replace")))
        out.append((f"{name} (UTF-16BE)", data[start:].decode("utf-16-be", "replace")))
    return out


def _found(texts: list[tuple[str, str]]) -> list[str]:
    found = []
    for where, text in texts:
        squashed = squash(text)
        for label, needle in NEEDLES.items():
            at = squashed.find(needle)
            if at >= 0:
                found.append(f"{label} in {where}: …{squashed[max(0, at - 30) : at + 30]}…")
    return found


def _respondents_diary(vault: Vault, files: Path) -> None:
    diary = Diary(vault)
    diary.save_profile(PROFILE)
    for name, role, note in (
        ("Mark Jones", "perpetrator", "He knows "),
        ("Sarah Brown", "witness", "Lives next to "),
    ):
        diary.add_person(
            PersonInput(
                name=name,
                role=role,
                relationship=f"{note}14 Acacia Avenue",
                phones=["07700 900123"] if role == "perpetrator" else ["07700 900999"],
                description=note + ALL,
                addresses=["14 Acacia Avenue, Leeds LS6 2AB"],
            )
        )
    when = now() - timedelta(days=40)
    first = diary.add_incident(
        IncidentInput(
            occurred_start=when,
            location="outside 14 Acacia Ave",
            location_kind="public",
            channel="text message",
            channel_account="+44 7700 900999",
            description=ALL,
            exact_words=ALL,
            threats=ALL,
            behaviours=["ST2.2", "OC2"],
            perpetrators=[PersonRef("Mark Jones", "known number or account")],
            witnesses=[PersonRef("Sarah Brown", "saw")],
            third_parties=ALL,
            impact_text=ALL,
            reports=[ReportMade("Police", "", "ref 07700900999 LS6 2AB", "PC at Acacia Avenue")],
            order_breached="NMO for 14 Acacia Avenue",
            order_condition=ALL,
            fear=8,
        )
    )
    second = diary.add_incident(
        IncidentInput(
            occurred_start=when + timedelta(days=2),
            location="My flat, 14 Acacia Avenue",
            location_kind="home",
            description="first version " + ALL,
        )
    )
    edited = diary.get_incident(second.number).incident
    edited.description = "He left a note through the door."
    edited.location, edited.location_kind = "Wharf Street, near work", "public"
    diary.edit_incident(second.number, edited)
    diary.add_addendum(first.number, ALL)
    diary.add_messages(
        [
            MessageInput(
                channel="SMS",
                direction="incoming",
                sent_at=when,
                sender="Mark Jones",
                recipients=["07700900999"],
                body=ALL,
            ),
            MessageInput(
                channel="SMS",
                direction="outgoing",
                sent_at=when + timedelta(minutes=5),
                sender="+447700900999",
                recipients=["Mark Jones"],
                body="leave me alone",
            ),
            MessageInput(
                channel="email",
                kind="email",
                direction="incoming",
                sent_at=when + timedelta(minutes=9),
                sender="mark@example.net",
                recipients=["Jane Smith <JANE.SMITH@example.org>"],
                body="not linked to an incident: " + ALL,
            ),
        ],
        person="Mark Jones",
    )
    diary.link_messages(first.number, [m.id for m in diary.list_messages()][:2])
    for name, body in FILES.items():
        (files / name).write_bytes(body)
        diary.attach_file(
            files / name,
            first.number,
            description=ALL,
            original_location="On my phone 07700 900999 at 14 Acacia Avenue",
        )
    letter = next(e for e in diary.list_exhibits() if e.original_name.endswith(".pdf"))
    diary.mark_attachment(letter.ref, "police-letter", "Letter to Kirkstall Business Park")
    diary.add_order(
        OrderInput(
            kind="non-molestation",
            court="Family Court at Leeds",
            made=(when - timedelta(days=100)).date(),
            reference="LS24F00123 / 07700900999",
            against="Mark Jones",
            conditions=[ConditionInput("Not to go to " + ALL, "prohibition")],
            notes=ALL,
        )
    )
    incident = diary.get_incident(first.number).incident
    incident.breaches = ["ORD-1/1"]
    diary.edit_incident(first.number, incident)
    diary.set_risk_answer("turning-up", "yes", ALL, [first.number])
    diary.add_life_change(LifeChangeInput(date.today() - timedelta(days=30), ALL, "moved"))
    diary.save_statement(
        StatementInput(
            case_title="IN THE FAMILY COURT AT LEEDS",
            witness="Jane Smith",
            respondent="Mark Jones",
            paragraphs=[StatementParagraph("I live at " + ALL, "opening")],
        )
    )
    diary.save_safety_section("contacts", ALL)


def test_nothing_of_the_person_reaches_a_court_copy_or_bundle(vault: Vault, tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    _respondents_diary(vault, files)
    texts: dict[str, list[tuple[str, str]]] = {}
    for profile in ("court", "bundle", "full"):
        out = tmp_path / f"{profile}.zip"
        export(
            vault,
            out,
            ExportChoices(profile=profile, for_whom="Family Court at Leeds re 14 Acacia Avenue"),
        )
        texts[profile] = _texts(out.name, out.read_bytes())
    for profile in ("court", "bundle"):
        found = _found(texts[profile])
        assert not found, "\n".join(found[:20])
    # The search can find each one: the full copy holds them all.
    in_full = {label for line in _found(texts["full"]) for label in [line.split(" in ")[0]]}
    assert in_full == set(NEEDLES)
    # The name stays (the respondent knows it), and so do his words around what went.
    court = dict(texts["court"])
    assert "Jane Smith" in court["court.zip!report.pdf (pdftotext)"]


def test_the_history_keeps_an_attachment_title_as_a_hash(vault: Vault, tmp_path: Path) -> None:
    """Events hold references and hashes, never the person's words: a court copy could only
    withhold a title that names a place it recognises."""
    diary = Diary(vault)
    letter = tmp_path / "letter.txt"
    letter.write_text("a letter")
    ref = diary.attach_file(letter).ref
    diary.mark_attachment(ref, "police-letter", "Letter to my flat by the canal")
    event = diary.audit_events()[-1]
    assert event.kind == "attachment marked"
    assert "canal" not in str(event.detail)
    assert set(event.detail) == {"attachment", "content"}
