"""The court copy: private places, the person's contacts, witnesses' contacts and photo GPS are removed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pack_sample import OWNER_PHONE, SENSITIVE_PLACE, WITNESS_CONTACT, sample_input
from packtools import pdf_text
from PIL import Image

from diary.pack.model import PackResult


def test_redacted_photo_has_no_gps_and_original_stays_out(court_dir: Path) -> None:
    assert not list((court_dir / "exhibits").glob("JS1-*"))
    [redacted] = list((court_dir / "exhibits-redacted").iterdir())
    assert redacted.name.startswith("JS1-R")
    with Image.open(redacted) as img:
        exif = img.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0x8825 not in exif
        assert "exif" not in img.info
    manifest = json.loads((court_dir / "manifest.json").read_text("utf-8"))
    by_ref = {e["ref"]: e for e in manifest["exhibits"]}
    original = sample_input().exhibits[0]
    assert by_ref["JS1"]["sha256"] == original.sha256
    assert by_ref["JS1"]["path"] is None
    assert by_ref["JS1-R"]["derived_from"] == "JS1"
    assert by_ref["JS1-R"]["path"] == "exhibits-redacted/" + redacted.name
    assert by_ref["JS1"]["captured_place"] == ""


def test_full_copy_keeps_the_original_photo_with_gps(full_dir: Path) -> None:
    with Image.open(full_dir / "exhibits" / "JS1-IMG_2041.jpg") as img:
        assert img.getexif().get_ifd(0x8825)


def test_sensitive_place_and_contacts_appear_nowhere(court_dir: Path) -> None:
    text = pdf_text(court_dir / "report.pdf")
    csv_text = (court_dir / "chronology.csv").read_text("utf-8-sig")
    manifest = (court_dir / "manifest.json").read_text("utf-8")
    for secret in (
        SENSITIVE_PLACE,
        "Larkspur",
        OWNER_PHONE,
        "900123",
        "priya@example.org",
        "900456",
        "zoe@example.net",
    ):
        assert secret not in text, secret
        assert secret not in csv_text, secret
        assert secret not in manifest, secret
    assert WITNESS_CONTACT not in text


def test_their_words_and_identifiers_stay(court_dir: Path) -> None:
    text = pdf_text(court_dir / "report.pdf")
    assert "Я знаю, где ты живёшь" in text
    assert "+44 7700 900777" in text
    assert "@mark_watching_you" in text
    assert "silver Vauxhall Corsa AB12 CDE" in text


def test_cover_lists_what_was_withheld(
    court_pack: tuple[Path, PackResult], court_dir: Path
) -> None:
    pages = pdf_text(court_dir / "report.pdf")
    cover = pages[: pages.index("B. Summary")]
    assert "What this copy leaves out" in cover
    assert "Court copy" in cover
    assert "Location data and other metadata inside 1 photo (JS1)" in cover
    assert "Contact details of witnesses" in cover
    assert "The place of 1 incident" in cover
    whats = {w.what for w in court_pack[1].withheld}
    manifest = json.loads((court_dir / "manifest.json").read_text("utf-8"))
    assert {w["what"] for w in manifest["withheld"]} == whats
    readme = (court_dir / "README.txt").read_text("utf-8")
    assert "WHAT THIS COPY LEAVES OUT" in readme


def test_csv_has_one_row_per_incident(court_dir: Path) -> None:
    raw = (court_dir / "chronology.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["INC-0001", "INC-0002", "INC-0003"]
    assert rows[1][-1].startswith("D")
