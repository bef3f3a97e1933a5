"""End to end: the person's own details, written every way people write them, reach no file of a
court copy (unzipped, the report's text, manifest, CSV), while the full copy keeps them."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from packtools import extract, pdf_text

from diary.exporting import ExportChoices, export
from diary.records import IncidentInput, PersonRef, ReportMade
from diary.records.profile import Address, Profile
from diary.records.service import Diary
from diary.records.types import MessageInput
from diary.timeutil import now
from diary.vault import Vault

PHONE_FORMS = ("07700 900999", "07700900999", "+44 7700 900999", "+44 (0)7700-900-999")
EMAIL = "jane.smith@example.org"
# What must never be found in the court copy, compared without case or spacing.
NEEDLES = (
    "07700900999",
    "7700900999",
    EMAIL,
    "acacia",
    "ls62ab",
    "ab12cde",
    "stmarysprimary",
    "lilysmith",
)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z@.]", "", text.casefold().replace("’", "'").replace("'", ""))


def _diary(vault: Vault, tmp_path: Path) -> None:
    diary = Diary(vault)
    diary.save_profile(
        Profile(
            name="Jane Smith",
            phones=("07700 900999",),
            emails=(EMAIL,),
            addresses=(Address("Flat 2, 14 Acacia Avenue, Leeds LS6 2AB"),),
            other=("AB12 CDE", "St Mary's Primary School", "Lily Smith"),
        )
    )
    when = now() - timedelta(days=30)
    words = " / ".join(PHONE_FORMS)
    first = diary.add_incident(
        IncidentInput(
            occurred_start=when,
            location="outside 14 Acacia Ave",
            location_kind="public",
            channel="text message",
            channel_account="+44 7700 900999",
            description=f"He texted me on {words}, then emailed JANE.SMITH@EXAMPLE.ORG. "
            "He waited at ls62ab and then by Acacia Avenue, LS6 2AB, near my car AB12CDE.",
            exact_words="I know you live at 14 acacia avenue and Lily Smith goes to St Mary's "
            "Primary School",
            threats=f"I'll ring 07700-900-999 every night and write to {EMAIL}",
            behaviours=["ST2.2", "OC2"],
            perpetrators=[PersonRef("Mark Jones", "known number or account")],
            third_parties=f"Told my sister; she called me on {PHONE_FORMS[2]}",
            order_breached="Non-molestation order",
            order_condition="Not to go to 14 Acacia Avenue or LS6 2AB",
            reports=[ReportMade("Police", "", "ref for 07700900999", "PC Hughes")],
        )
    )
    second = diary.add_incident(
        IncidentInput(
            occurred_start=when + timedelta(days=2),
            location="My flat, 14 Acacia Avenue",
            location_kind="home",
            description="He left a note through the door.",
        )
    )
    edited = diary.get_incident(second.number).incident
    edited.description += f" It had my number, {PHONE_FORMS[3]}, written on it."
    diary.edit_incident(second.number, edited)
    diary.add_addendum(first.number, f"My email {EMAIL.upper()} was also used.")
    diary.add_messages(
        [
            MessageInput(
                channel="SMS",
                direction="incoming",
                sent_at=when,
                sender="Mark Jones",
                recipients=["07700900999"],
                body=f"see you at 14 Acacia Avenue, {EMAIL}",
            ),
            MessageInput(
                channel="SMS",
                direction="outgoing",
                sent_at=when + timedelta(minutes=5),
                sender="+447700900999",
                recipients=["Mark Jones"],
                body="leave me alone",
            ),
        ],
        person="Mark Jones",
    )
    ids = [m.id for m in diary.list_messages()]
    diary.link_messages(first.number, ids)
    note = tmp_path / f"notes {EMAIL}.txt"
    note.write_text(f"Call me on {PHONE_FORMS[1]}\nHome: 14 Acacia Avenue LS6 2AB\n")
    diary.attach_file(note, first.number)


def _files(zip_path: Path, into: Path) -> dict[str, str]:
    folder = extract(zip_path, into)
    texts = {"(file names)": " ".join(str(p.relative_to(folder)) for p in folder.rglob("*"))}
    for path in folder.rglob("*"):
        if path.is_file():
            texts[path.name] = path.read_bytes().decode("utf-8", "replace")
    texts["report.pdf (text)"] = pdf_text(folder / "report.pdf")
    return texts


def test_no_variant_of_the_persons_details_reaches_the_court_copy(
    vault: Vault, tmp_path: Path
) -> None:
    _diary(vault, tmp_path)
    export(vault, tmp_path / "court.zip", ExportChoices(profile="court", for_whom="Court"))
    export(vault, tmp_path / "full.zip", ExportChoices(profile="full", for_whom="Advocate"))
    court = _files(tmp_path / "court.zip", tmp_path / "court")
    full = _files(tmp_path / "full.zip", tmp_path / "full")
    for name, text in court.items():
        squashed = _squash(text)
        for needle in NEEDLES:
            assert _squash(needle) not in squashed, f"{needle!r} found in {name} of the court copy"
    everything = _squash(" ".join(full.values()))
    for needle in NEEDLES:
        assert _squash(needle) in everything, f"{needle!r} missing from the full copy"
    # The court copy keeps the name (the respondent knows it), and his words around what went.
    assert "Jane Smith" in court["report.pdf (text)"]
    assert "I know you live at [withheld]" in court["manifest.json"]
    assert "[place withheld 1]" in court["manifest.json"]


@pytest.mark.parametrize("written", PHONE_FORMS)
def test_each_phone_form_alone(written: str) -> None:
    from diary.pack.redact import Redactor

    scrub = Redactor(phones=("07700 900999",))
    assert scrub(f"call {written} now") == "call [withheld] now"
