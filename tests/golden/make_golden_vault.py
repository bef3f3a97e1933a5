"""Makes the golden vault of the current schema: `python tests/golden/make_golden_vault.py v2`.

Run only when the vault format changes, into a new folder (vault-v3, …) named in
docs/vault-format.md with its schema; never overwrite an old one. Each golden vault holds at
least one record of every kind its schema has, and `vault-vN.json` what it must read back as
(tests/golden/vault_content.py reads it; tests/golden/test_golden_vaults.py compares).

- vault-v1 (schema 0001) was made by the first version of this script: `add_first_records`.
- vault-v2 (schema 0005) holds the same first records and every kind added since.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from vault_content import read_content

from diary.checkcode import key_check_code
from diary.records import IncidentInput, MessageInput, PersonInput, PersonRef, ReportMade
from diary.records.court_types import (
    ConditionInput,
    FactSource,
    LifeChangeInput,
    OrderInput,
    StatementParagraph,
    fact_key,
)
from diary.records.service import Diary
from diary.vault import Vault
from diary.vault.database import HEAD_REVISION

PASSPHRASE = "golden vault passphrase"
HERE = Path(__file__).resolve().parent
BST = timezone(timedelta(hours=1))
GMT = UTC
# Each golden version and the schema (the newest migration) its vault is at.
SCHEMAS = {"v1": "0001", "v2": "0005"}
CURRENT = "v2"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc000000301010018dd8db40000000049454e44ae426082"
)


def add_first_records(diary: Diary) -> dict[str, object]:
    """What vault-v1 holds: a person, two incidents (a revision, an addendum), a picture, a
    chat export and a message linked to an incident."""
    diary.add_person(
        PersonInput(
            name="Dan Whitlock",
            relationship="ex-partner",
            role="perpetrator",
            phones=["07700 900001"],
        )
    )
    first = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 5, 4, 22, 10, tzinfo=BST),
            location="Outside my flat",
            location_kind="home",
            location_sensitive=True,
            description="He knocked on my door and shouted through the letterbox.",
            exact_words="Let me in, Zoë, I know you're there",
            behaviours=["OC1", "OC2"],
            perpetrators=[PersonRef("Dan Whitlock", "recognised voice")],
            fear=9,
            reports=[ReportMade("Police", "2024-05-05", "CAD 5521", "PC Novak")],
        )
    ).number
    revised = diary.get_incident(first).incident
    revised.description += " It went on for twenty minutes."
    diary.edit_incident(first, revised)
    diary.add_addendum(first, "My neighbour Ωmega heard it too.")
    second = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 5, 6, 8, 0, tzinfo=BST),
            precision="about",
            channel="WhatsApp",
            description="Twelve messages before work.",
            behaviours=["ST2.2"],
            perpetrators=[PersonRef("Dan Whitlock", "known number or account")],
        )
    ).number
    exhibit = diary.attach_stream(
        "door.png", io.BytesIO(PNG), incident=first, media_type="image/png"
    )
    chat = diary.attach_stream("chat.txt", io.BytesIO(b"06/05/2024, 07:58 - Dan: answer me\n"))
    diary.add_messages(
        [
            MessageInput(
                "whatsapp",
                "incoming",
                datetime(2024, 5, 6, 7, 58, tzinfo=BST),
                body="answer me",
                sender="Dan",
                source_ref=chat.ref,
                position=1,
                position_label="line 1",
            )
        ],
        person="Dan Whitlock",
        audit_subject=chat.ref,
    )
    diary.link_messages(second, [m.id for m in diary.list_messages()])
    return {"incidents": [first, second], "exhibit": {"ref": exhibit.ref, "sha256": exhibit.sha256}}


def _photo_saved_not_taken() -> bytes:
    """A JPEG whose EXIF says only when a program last saved it (DateTime), not when taken."""
    from PIL import Image

    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0132] = "2024:05:20 18:45:00"  # DateTime
    exif[0x010F] = "Golden"  # Make
    Image.new("RGB", (8, 6), (200, 40, 40)).save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


UNDATED_EMAIL = (
    b"From: Dan Whitlock <dan@example.org>\r\n"
    b"To: Zoe <zoe@example.com>\r\n"
    b"Subject: you cannot ignore me\r\n"
    b"Message-ID: <golden-1@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"I will be outside your work on Monday.\r\n"
)

TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def add_later_records(diary: Diary, vault: Vault, scratch: Path) -> dict[str, object]:
    """Every kind of record added since schema 0001, at least one of each."""
    from diary.exporting import ExportChoices, export
    from diary.importing import import_file
    from diary.statement import draft_from_diary

    # Profile (0002) and the safety plan with a local service (0003).
    diary.update_profile(
        name="Zoë Golden",
        phones=("07700 900777",),
        emails=("zoe@example.com",),
        other=("AB12 CDE",),
    )
    from diary.records.profile import parse_address

    diary.update_profile(addresses=(parse_address("12 Acacia Avenue, Leeds LS6 2AB"),))
    diary.save_safety_section("contacts", "Mum on 07700 900222; code word 'blue kettle'.")
    diary.save_safety_section("places", "The 24-hour garage on Otley Road.")
    diary.add_local_service(
        "Leeds stalking advocacy", "0113 000 0000", "9–5 weekdays", "Ask for Sam"
    )

    # A photo that says only when it was saved (0004), and an email with no time known.
    photo_path = scratch / "IMG_2024.jpg"
    photo_path.write_bytes(_photo_saved_not_taken())
    photo = import_file(diary, photo_path).exhibit
    email_path = scratch / "undated.eml"
    email_path.write_bytes(UNDATED_EMAIL)
    email = import_file(diary, email_path, person="Dan Whitlock").exhibit

    # People with facts and how each is known (0005), and a witness.
    dan = diary.find_person("Dan Whitlock")
    assert dan is not None
    diary.edit_person(
        "Dan Whitlock",
        PersonInput(
            name="Dan Whitlock",
            aliases=["Danny W"],
            relationship="ex-partner",
            role="perpetrator",
            phones=["07700 900001", "07700 900002"],
            emails=["dan@example.org"],
            handles=["@danw"],
            vehicles=["Blue Ford Focus YX19 ABC"],
            description="Tall, short dark hair.",
            addresses=["3 Mill Lane, Bradford BD1 1AA"],
            photo=photo,
            sources={
                fact_key("relationship"): FactSource(),
                fact_key("phones", "07700 900001"): FactSource(),
                fact_key("phones", "07700 900002"): FactSource("his sister Amy"),
                fact_key("vehicles", "Blue Ford Focus YX19 ABC"): FactSource(),
                fact_key("addresses", "3 Mill Lane, Bradford BD1 1AA"): FactSource("Amy"),
                fact_key("photo"): FactSource(),
            },
        ),
    )
    diary.add_person(PersonInput(name="Priya Shah", role="witness", phones=["07700 900333"]))

    # Orders: one in force (with a copy, edited once), one asked for, one ended.
    copy = diary.attach_stream(
        "order.pdf", io.BytesIO(TINY_PDF), media_type="application/pdf", kind="document"
    )
    order = diary.add_order(
        OrderInput(
            kind="non-molestation",
            status="in-force",
            court="Family Court at Leeds",
            made=date(2024, 6, 1),
            served=date(2024, 6, 3),
            expires=date(2025, 6, 1),
            against="Dan Whitlock",
            conditions=[
                ConditionInput("Not to contact the applicant by any means.", "prohibition"),
                ConditionInput("Not to go within 100 metres of 12 Acacia Avenue.", "prohibition"),
            ],
            copy_exhibit=copy.ref,
        )
    )
    edited = order.as_input()
    edited.reference = "LS24F00999"
    diary.edit_order(order.ref, edited)
    diary.add_order(
        OrderInput(
            kind="bail",
            status="in-force",
            court="Leeds Magistrates' Court",
            made=date(2024, 5, 8),
            against="Dan Whitlock",
            conditions=[ConditionInput("Not to enter Headingley.", "prohibition")],
        )
    )
    diary.end_order("ORD-2", date(2024, 6, 2))

    # Incidents that break conditions, one revised to add a breach, one with a witness, a
    # month-only one, and one deleted.
    breach = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 6, 10, 19, 30, tzinfo=BST),
            location="Outside 12 Acacia Avenue",
            location_kind="home",
            description="He stood across the road for an hour.",
            behaviours=["OC1", "OC9"],
            perpetrators=[PersonRef("Dan Whitlock", "saw")],
            witnesses=[PersonRef("Priya Shah")],
            told_to_stop=True,
            impact=["sleep", "security"],
            impact_text="I could not sleep that night.",
            fear=8,
            breaches=["ORD-1/2"],
            reports=[ReportMade("Police", "2024-06-10", "CAD 7781", "")],
            private_note="Do not tell Mum yet.",
        )
    ).number
    again = diary.get_incident(breach).incident
    again.breaches = ["ORD-1/2", "ORD-1/1"]
    again.exact_words = "You can't stop me standing here"
    diary.edit_incident(breach, again)
    diary.link_exhibits(breach, [photo])
    month = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 1, tzinfo=GMT),
            precision="month",
            written_later=True,
            channel="Instagram",
            channel_account="@danw",
            description="He followed my friends' accounts.",
            behaviours=["ST3"],
            perpetrators=[PersonRef("Dan Whitlock", "suspected")],
            told_to_stop=False,
        )
    ).number
    gone = diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 6, 12, 9, 0, tzinfo=BST),
            description="Written twice by mistake.",
        )
    ).number
    diary.delete_incident(gone)
    diary.add_order(
        OrderInput(
            kind="spo",
            status="asked-for",
            against="Dan Whitlock",
            conditions=[
                ConditionInput("Not to come to my street.", "prohibition", ["INC-0001", breach]),
                ConditionInput("To stay off social media about me.", "requirement", [month]),
            ],
            notes="With my advocate.",
        )
    )

    # Risk answers, life changes, attachments, the statement (two saves).
    diary.set_risk_answer("fear", "yes", "Every time I go out.", ["INC-0001", breach])
    diary.set_risk_answer("threats", "not-sure", "He hinted.")
    diary.set_risk_answer("violence", "no")
    diary.add_life_change(
        LifeChangeInput(date(2024, 6, 15), "I changed my route to work.", "changed_route")
    )
    diary.add_life_change(LifeChangeInput(date(2024, 7, 1), "I stopped going to choir."))
    letter = diary.attach_stream(
        "police letter.pdf", io.BytesIO(TINY_PDF + b"% letter\n"), media_type="application/pdf"
    )
    diary.mark_attachment(copy.ref, "order", "Non-molestation order", date(2024, 6, 1))
    diary.mark_attachment(letter.ref, "police-letter", "Letter from PC Novak", date(2024, 6, 11))
    draft = draft_from_diary(diary, "Zoë Golden")
    draft.case_title = "IN THE FAMILY COURT SITTING AT LEEDS"
    diary.save_statement(draft)
    draft.paragraphs.append(StatementParagraph("I want this to stop.", "other"))
    diary.save_statement(draft)

    # Settings and drafts the app keeps.
    diary.set_setting("language", "cy")
    diary.set_setting("auto_lock_minutes", 7)
    diary.set_setting("lock_on_minimise", True)
    diary.set_setting("quick_exit_opens_page", False)
    diary.set_setting("quick_add_behaviour", "OC1")
    diary.set_setting("quick_add_location", "Outside 12 Acacia Avenue")
    diary.set_setting("quick_add_person", "Dan Whitlock")
    diary.set_setting("quick_add_breaches", ["ORD-1/2"])
    diary.save_draft("editor", {"description": "Half-written entry", "fear": 4})
    diary.save_draft("note:INC-0001", {"text": "an addendum not yet saved"})

    # A pack made, so the history holds an export with its continuity.
    result = export(vault, scratch / "pack.zip", ExportChoices(for_whom="PC Novak"))
    return {
        "photo": photo,
        "undated_email": email,
        "breach_incident": breach,
        "deleted_incident": gone,
        "pack_id": result.pack_id,
    }


def main(version: str = CURRENT) -> None:
    if version != CURRENT:
        raise SystemExit(
            f"this script makes only the current golden vault ({CURRENT}); {version} exists"
        )
    if SCHEMAS[version] != HEAD_REVISION:
        raise SystemExit(
            f"{version} is schema {SCHEMAS[version]}, but the code is at {HEAD_REVISION}"
        )
    target = HERE / f"vault-{version}"
    if target.exists():
        raise SystemExit(f"{target} exists; golden files are never overwritten")
    vault, recovery = Vault.create(target, PASSPHRASE, initials="GV", insecure_fast_kdf=True)
    diary = Diary(vault)
    made = add_first_records(diary)
    with tempfile.TemporaryDirectory() as scratch:
        made |= add_later_records(diary, vault, Path(scratch))
    expected = {
        "passphrase": PASSPHRASE,
        "recovery_key": recovery,
        "schema": SCHEMAS[version],
        "made": made,
        "check_code": key_check_code(vault.signing_key().public_key().public_bytes_raw()),
        "content": read_content(diary),
    }
    vault.lock()
    (HERE / f"vault-{version}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    )
    print(f"wrote {target}")


if __name__ == "__main__":
    main(*sys.argv[1:])
