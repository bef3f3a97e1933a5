"""What a pack made from a real diary says about each record is true, in the report, the manifest
and chronology.csv alike: a changed record's first version and every change from and to; when
it was written ("written 566 days later"); a question never answered as "not said"; every time
with its zone; a month-only time never given a day; a phone number in the CSV as written; and
different withheld places never counted as one."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from packtools import extract, pdf_text

from diary.exporting import ExportChoices, collect, export
from diary.pack.redact import apply_profile
from diary.pack.report.sections.summary import pattern
from diary.records import IncidentInput, PersonRef
from diary.records.service import Diary
from diary.timeutil import localise, now
from diary.vault import Vault

HAPPENED = localise(datetime(2024, 3, 1, 21, 30))


def _changed_diary(vault: Vault) -> Diary:
    diary = Diary(vault)
    first = diary.add_incident(
        IncidentInput(
            occurred_start=HAPPENED,
            location="Bus stop on Hill Road",
            description="He stood at the bus stop and stared.",
            perpetrators=[PersonRef("Mark Jones")],
            fear=4,
            channel="in person",
            channel_account="+44 7700 900123",
        )
    )
    edited = diary.get_incident(first.number).incident
    edited.occurred_start = HAPPENED + timedelta(minutes=15)
    edited.location = "Outside the library"
    edited.fear = 8
    edited.perpetrators = [PersonRef("Mark Jones"), PersonRef("Dean Jones")]
    edited.told_to_stop = False
    diary.edit_incident(first.number, edited)
    month_only = diary.add_incident(
        IncidentInput(
            occurred_start=localise(datetime(2024, 2, 1)),
            precision="month",
            description="Flowers left on the step, some time in February.",
        )
    )
    again = diary.get_incident(month_only.number).incident
    again.description += " There was no card."
    diary.edit_incident(month_only.number, again)
    return diary


def _pack(vault: Vault, tmp_path: Path) -> tuple[dict[str, Any], list[dict[str, str]], str]:
    export(vault, tmp_path / "full.zip", ExportChoices(for_whom="Advocate"))
    folder = extract(tmp_path / "full.zip", tmp_path / "full")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    incidents = {i["number"]: i for i in manifest["incidents"]}
    rows = list(csv.DictReader(io.StringIO((folder / "chronology.csv").read_text("utf-8-sig"))))
    return incidents, rows, pdf_text(folder / "report.pdf")


def test_a_changed_record_shows_its_first_version_and_every_change_from_and_to(
    vault: Vault, tmp_path: Path
) -> None:
    _changed_diary(vault)
    incidents, rows, text = _pack(vault, tmp_path)
    first, change = incidents["INC-0001"]["revisions"]
    fields = {f["label"]: f["value"] for f in first["fields"]}
    assert fields["When"] == "Fri 1 Mar 2024, 21:30 GMT"
    assert fields["Where"] == "Bus stop on Hill Road"
    assert fields["What happened"] == "He stood at the bus stop and stared."
    assert fields["Fear"] == "4 out of 10"
    assert fields["Told to stop"] == "not said"
    moved = {c["label"]: (c["from"], c["to"]) for c in change["changes"]}
    assert moved == {
        "When": ("Fri 1 Mar 2024, 21:30 GMT", "Fri 1 Mar 2024, 21:45 GMT"),
        "Where": ("Bus stop on Hill Road", "Outside the library"),
        "Who": ("Mark Jones", "Mark Jones; Dean Jones"),
        "Fear": ("4 out of 10", "8 out of 10"),
        "Told to stop": ("not said", "no"),
    }
    for was, now_ in moved.values():
        assert was in text and now_ in text
    assert "As first saved" in text and "Bus stop on Hill Road" in text
    row = next(r for r in rows if r["No."] == "INC-0001")
    assert (
        "Where: Bus stop on Hill Road → Outside the library" in row["Changes since first written"]
    )
    assert "Fear: 4 out of 10 → 8 out of 10" in row["Changes since first written"]


def test_a_month_only_record_is_never_given_a_day_in_its_history(
    vault: Vault, tmp_path: Path
) -> None:
    _changed_diary(vault)
    incidents, _rows, text = _pack(vault, tmp_path)
    revisions = incidents["INC-0002"]["revisions"]
    words = json.dumps(
        [[f["value"] for f in r["fields"]] + [r["text"]] for r in revisions], ensure_ascii=False
    )
    assert "February 2024 (day not known)" in words
    assert "00:00" not in words and "Thu 1 Feb" not in words
    assert "Thu 1 Feb 2024" not in text


def test_when_it_was_written_and_what_was_not_said_are_told(vault: Vault, tmp_path: Path) -> None:
    diary = _changed_diary(vault)
    later = diary.add_incident(
        IncidentInput(occurred_start=now() - timedelta(days=566, minutes=5), description="Old")
    )
    incidents, rows, text = _pack(vault, tmp_path)
    assert "(written 566 days later)" in text
    row = next(r for r in rows if r["No."] == later.number)
    assert row["Written later"] == "yes" and row["Told to stop"] == "not said"
    assert incidents[later.number]["told_to_stop"] is None
    assert "Told to stop before not said" in text
    assert next(r for r in rows if r["No."] == "INC-0001")["Told to stop"] == "no"


ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?")
ZONED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)")


def test_every_time_in_the_manifest_and_csv_carries_its_offset(
    vault: Vault, tmp_path: Path
) -> None:
    _changed_diary(vault)
    folder = tmp_path / "f"
    export(vault, tmp_path / "full.zip", ExportChoices())
    extract(tmp_path / "full.zip", folder)
    for name in ("manifest.json", "chronology.csv"):
        written = (folder / name).read_text(encoding="utf-8-sig")
        times = ISO.findall(written)
        assert times, name
        bare = [m.group() for m in ISO.finditer(written) if not ZONED.match(written, m.start())]
        assert not bare, f"{name}: {bare[:5]}"


def test_a_phone_number_in_the_csv_is_written_as_it_is(vault: Vault, tmp_path: Path) -> None:
    _changed_diary(vault)
    _incidents, rows, _text = _pack(vault, tmp_path)
    assert next(r for r in rows if r["No."] == "INC-0001")["Account or number used"] == (
        "+44 7700 900123"
    )


def test_different_withheld_places_are_never_counted_as_the_same_place(vault: Vault) -> None:
    diary = Diary(vault)
    for n, place in enumerate(("My flat", "Mum's house", "The office", "My flat")):
        diary.add_incident(
            IncidentInput(
                occurred_start=HAPPENED + timedelta(days=n),
                description="He was waiting outside.",
                location=place,
                location_kind="home",
                location_sensitive=True,
            )
        )
    court, _ = apply_profile(collect(vault, ExportChoices(profile="court")))
    said = " ".join(f"{heading} {words}" for heading, words in pattern(court))
    assert "2 at or about the same place ([place withheld 1])" in said
    diary.delete_incident("INC-0004")
    court, _ = apply_profile(collect(vault, ExportChoices(profile="court")))
    said = " ".join(f"{heading} {words}" for heading, words in pattern(court))
    assert "same place" not in said


def test_a_month_only_incident_is_bookmarked_by_its_month(vault: Vault, tmp_path: Path) -> None:
    from packtools import run

    from tests.conftest import require_tool

    _changed_diary(vault)
    _pack(vault, tmp_path)
    out = run(
        [require_tool("qpdf"), "--json", "--json-key=outlines", "report.pdf"], cwd=tmp_path / "full"
    )
    outlines = json.loads(out.stdout)["outlines"]
    incidents = next(o for o in outlines if o["title"] == "D. Incidents")["kids"]
    titles = [" ".join(k["title"].split()) for k in incidents]
    assert titles == ["INC-0002 February 2024", "INC-0001 1 Mar 2024"]


def test_the_reports_metadata_has_its_real_date_and_title_and_nothing_private(
    vault: Vault, tmp_path: Path
) -> None:
    from packtools import run

    from tests.conftest import require_tool

    diary = _changed_diary(vault)
    diary.add_incident(
        IncidentInput(
            occurred_start=HAPPENED,
            description="Private words",
            location="Mum's house",
            location_sensitive=True,
        )
    )
    for profile in ("full", "court"):
        export(vault, tmp_path / f"{profile}.zip", ExportChoices(profile=profile, for_whom="Court"))
        folder = extract(tmp_path / f"{profile}.zip", tmp_path / profile)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        out = run([require_tool("pdfinfo"), "-isodates", str(folder / "report.pdf")])
        info = dict(
            (key.strip(), value.strip())
            for key, _, value in (line.partition(":") for line in out.stdout.decode().splitlines())
        )
        created = datetime.fromisoformat(manifest["created_at"])
        assert datetime.fromisoformat(info["CreationDate"].replace("Z", "+00:00")) == created
        assert abs(created - now()) < timedelta(hours=1)  # the real date, not reportlab's 2000
        assert info["Title"].startswith(f"Evidence pack {manifest['pack_id']}")
        assert profile == "full" or info["Title"].endswith("(court copy)")
        everything = " ".join(info.values())
        for private in ("Private words", "Mum", "Hill Road", "library", "Mark Jones"):
            assert private not in everything
