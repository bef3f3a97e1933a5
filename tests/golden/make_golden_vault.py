"""Makes the golden vault for the current format version: `python tests/golden/make_golden_vault.py`.

Run only when the vault format changes, into a new folder (vault-v2, …); never overwrite an old one.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from diary.records import IncidentInput, MessageInput, PersonInput, PersonRef, ReportMade
from diary.records.service import Diary
from diary.vault import Vault

PASSPHRASE = "golden vault passphrase"
HERE = Path(__file__).resolve().parent
BST = timezone(timedelta(hours=1))


def main(version: str = "v1") -> None:
    target = HERE / f"vault-{version}"
    if target.exists():
        raise SystemExit(f"{target} exists; golden files are never overwritten")
    vault, recovery = Vault.create(target, PASSPHRASE, initials="GV", insecure_fast_kdf=True)
    diary = Diary(vault)
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
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cfc000000301010018dd8db40000000049454e44ae426082"
    )
    exhibit = diary.attach_stream(
        "door.png", io.BytesIO(png), incident=first, media_type="image/png"
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
    expected = {
        "passphrase": PASSPHRASE,
        "recovery_key": recovery,
        "incidents": [first, second],
        "exhibit": {"ref": exhibit.ref, "sha256": exhibit.sha256},
        "fingerprint": diary.fingerprint(),
        "events": len(diary.audit_events()),
    }
    vault.lock()
    (HERE / f"vault-{version}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    )
    print(f"wrote {target}")


if __name__ == "__main__":
    main(*sys.argv[1:])
