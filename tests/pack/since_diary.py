"""A diary with a history, for the tests of successive packs: entries, exhibits and messages,
a first pack, then changes of every kind (new, revised, addendum, deleted, new exhibit and
messages) and what those changes should be reported as."""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from diary.crypto import keyslots
from diary.exporting import ExportChoices, export
from diary.pack.model import PackResult, PackSince
from diary.records import IncidentInput, PersonRef
from diary.records.codec import canonical_json
from diary.records.profile import Profile
from diary.records.service import Diary
from diary.records.types import MessageInput
from diary.timeutil import now
from diary.vault import Vault

OWNER_PHONE = "07700 900999"


@dataclass(frozen=True)
class Changes:
    """What happened between the first pack and the second, as the comparison must report it."""

    new: str
    revised: str
    addendum: str
    deleted: str
    unchanged: tuple[str, ...]
    new_exhibit: str
    new_messages: int
    revision_words: str
    addendum_words: str


def first_diary(vault: Vault, folder: Path) -> Diary:
    """Four entries with exhibits and messages from the person doing this."""
    diary = Diary(vault)
    diary.save_profile(Profile(name="Jane Smith", phones=(OWNER_PHONE,)))
    start = now() - timedelta(days=40)
    for n, (words, place) in enumerate(
        [
            ("He followed me home from the station", "Station Road"),
            ("He was waiting at the bus stop", "Bus stop"),
            ("He sent flowers to my work", "Office"),
            ("He drove past the house three times", "Outside"),
        ]
    ):
        diary.add_incident(
            IncidentInput(
                start + timedelta(days=n * 3),
                description=words,
                location=place,
                perpetrators=[PersonRef("Mark Ellison", "saw")],
                behaviours=["ST1"],
            )
        )
    for n, name in enumerate(["note.txt", "screenshot.txt"], 1):
        path = folder / name
        path.write_text(f"exhibit {n}\n", encoding="utf-8")
        diary.attach_file(path, f"INC-000{n}")
    diary.add_messages(
        [
            MessageInput(
                "SMS", "incoming", start + timedelta(hours=k), f"first message {k}", sender="Mark"
            )
            for k in range(2)
        ],
        person="Mark Ellison",
    )
    return diary


def change_everything(diary: Diary, folder: Path) -> Changes:
    """One change of each kind after the first pack."""
    edited = diary.get_incident("INC-0002").incident
    edited.location = "Outside my flat"
    diary.edit_incident("INC-0002", edited)
    diary.add_addendum("INC-0001", "I found out later he had been there all evening.")
    diary.delete_incident("INC-0003")
    new = diary.add_incident(
        IncidentInput(
            now() - timedelta(days=2),
            description="He was at the school gates",
            perpetrators=[PersonRef("Mark Ellison", "saw")],
        )
    ).number
    path = folder / "gates.txt"
    path.write_text("a new exhibit\n", encoding="utf-8")
    exhibit = diary.attach_file(path, new).ref
    diary.add_messages(
        [
            MessageInput(
                "SMS", "incoming", now() - timedelta(days=1), f"new message {k}", sender="Mark"
            )
            for k in range(3)
        ],
        person="Mark Ellison",
    )
    return Changes(
        new=new,
        revised="INC-0002",
        addendum="INC-0001",
        deleted="INC-0003",
        unchanged=("INC-0004",),
        new_exhibit=exhibit,
        new_messages=3,
        revision_words="Where: Bus stop → Outside my flat",
        addendum_words="I found out later he had been there all evening.",
    )


def export_pack(
    vault: Vault,
    out: Path,
    profile: str = "full",
    *,
    since: PackSince | None = None,
    for_whom: str = "Stalking advocate",
    passphrase: str | None = None,
) -> PackResult:
    return export(
        vault,
        out,
        ExportChoices(profile=profile, for_whom=for_whom),
        since=since,
        encrypt_passphrase=passphrase,
    )


@contextlib.contextmanager
def raw_database(vault: Vault, passphrase: str) -> Iterator[Any]:
    """The diary's SQLCipher database opened with the vault's own key, bypassing Daybook (the
    vault is locked meanwhile and unlocked again after the changes are committed)."""
    path = vault.path
    vault.lock()
    db_key = keyslots.derive_subkey(keyslots.unlock(path, passphrase), "database")
    conn = sqlcipher3.dbapi2.connect(str(path / "data.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        yield conn
        conn.commit()
    finally:
        conn.close()
    vault.unlock(passphrase)


def rehash(conn: Any) -> None:
    """Recompute every hash of the history, as someone covering their tracks would."""
    rows = conn.execute(
        "SELECT seq, at, kind, subject, detail FROM audit_events ORDER BY seq"
    ).fetchall()
    prev = "0" * 64
    for number, at, kind, subject, detail in rows:
        body = canonical_json([number, at, kind, subject, json.loads(detail)])
        digest = hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()
        conn.execute(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, number)
        )
        prev = digest


def rewrite_history(vault: Vault, passphrase: str, seq: int, *, rehash_after: bool) -> None:
    """Change when one history entry happened, in the database itself; with `rehash_after`,
    also recompute every hash so the chain is consistent again."""
    with raw_database(vault, passphrase) as conn:
        at = conn.execute("SELECT at FROM audit_events WHERE seq = ?", (seq,)).fetchone()[0]
        conn.execute("UPDATE audit_events SET at = ? WHERE seq = ?", ("2020" + at[4:], seq))
        if rehash_after:
            rehash(conn)


def resign(pack: Path, out: Path, vault: Vault, change: Callable[[dict[str, Any]], None]) -> None:
    """The pack with its manifest changed and signed again with the diary's own key: what only
    someone holding the key could do."""
    from diary.pack import signing
    from diary.pack.build import sums_text

    with zipfile.ZipFile(pack) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    key = vault.signing_key()
    files = {n: (hashlib.sha256(d).hexdigest(), len(d)) for n, d in entries.items()}
    sums = sums_text(files)
    entries["SHA256SUMS"] = sums
    entries["SHA256SUMS.sig"] = key.sign(sums)
    entries["SHA256SUMS.sshsig"] = signing.sshsig_sign(key, sums).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
