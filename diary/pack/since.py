"""Compare an evidence pack with an earlier one from the same person: does the new pack prove that
nothing in the earlier one was changed, and what is new, revised or deleted since?

Continuity holds when both packs check out on their own, they were signed by the same key (or
the new pack's history records a change of key that the earlier key signed), and the new
pack's history extends the earlier pack's head: every entry of the earlier history is in the
new one, unchanged and in the same place. A pack made "since" an earlier one (`since` in its
manifest) lists its unchanged records as rows with the SHA-256 of each as the earlier pack
carries it; those hashes are checked against the earlier pack too.

Needs no vault and imports nothing heavy, like verify. docs/pack-format.md ("Comparing two
packs") states every rule here so it can be re-implemented.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from diary import checkcode
from diary.pack import chain
from diary.pack.signing import KEY_CHANGE_EVENT, key_change_message
from diary.pack.verify import CheckedPack, Verdict, read_pack
from diary.words import plural

# What each kind of history entry after the earlier pack means for a record.
REVISED, ADDENDUM, DELETED, CREATED = "revised", "addendum", "deleted", "created"
# Fields of an incident, in words, for a record that reads differently without a new revision.
_FIELD_WORDS = {
    "exhibits": "the exhibits linked to it",
    "messages": "the messages linked to it",
    "witnesses": "its witnesses' details",
    "location": "where (as this copy shows it)",
    "private_note": "the private note (included in one pack only)",
    "written_later": "whether it was written later",
}


def record_sha256(incident: dict[str, Any]) -> str:
    """The SHA-256 of an incident as a pack carries it, without where it falls in the report:
    canonical JSON (keys sorted, no spaces, UTF-8) of the manifest entry less `report_page`."""
    record = {k: v for k, v in incident.items() if k != "report_page"}
    return hashlib.sha256(chain.canonical(record).encode("utf-8")).hexdigest()


def _words(at: str | None) -> str:
    if not at:
        return ""
    from diary.pack import fmt

    try:
        return fmt.date_time(datetime.fromisoformat(at))
    except ValueError:
        return at


def _brief(text: Any, words: int = 16) -> str:
    parts = str(text or "").split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


@dataclass(frozen=True)
class Item:
    """One line of the report: what it is about, what happened, and when."""

    ref: str  # INC-0003, JS5, message 17
    words: str
    at: str | None = None  # ISO 8601

    def line(self) -> str:
        when = _words(self.at)
        return f"{self.ref}  {when + '  ' if when else ''}{self.words}".rstrip()


@dataclass
class Comparison:
    """What comparing a pack with an earlier one found; `ok` when continuity holds."""

    ok: bool
    problems: list[str]
    later: Verdict
    earlier: Verdict
    same_key: bool | None = None
    key_changes: list[str] = field(default_factory=list)
    parted_at: int | None = None  # the first history entry where the two packs part
    earlier_head: int = 0  # the earlier pack's last history entry
    earlier_history_code: str | None = None
    history_code: str | None = None
    entries_since: int = 0
    entries_since_words: str = ""
    earlier_export: str = ""  # whether the new history records making the earlier pack
    notes: list[str] = field(default_factory=list)
    new_incidents: list[Item] = field(default_factory=list)
    now_included: list[Item] = field(default_factory=list)  # in the diary before, not in that pack
    revised: list[Item] = field(default_factory=list)
    addenda: list[Item] = field(default_factory=list)
    shown_differently: list[Item] = field(default_factory=list)
    deleted: list[Item] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    listed_unchanged: int = 0  # of those, carried as rows with their hash (an update pack)
    not_in_new_pack: list[str] = field(default_factory=list)
    new_exhibits: list[Item] = field(default_factory=list)
    new_messages: list[Item] = field(default_factory=list)


def compare_packs(
    later_path: Path,
    earlier_path: Path,
    *,
    later_passphrase: str | None = None,
    earlier_passphrase: str | None = None,
    expect_key: str | None = None,
    expect_chain: str | None = None,
) -> Comparison:
    """Check both packs, then whether the later one continues the earlier one (see the module)."""
    later = read_pack(
        later_path, passphrase=later_passphrase, expect_key=expect_key, expect_chain=expect_chain
    )
    earlier = read_pack(earlier_path, passphrase=earlier_passphrase)
    return compare_checked(later, earlier)


def compare_checked(later: CheckedPack, earlier: CheckedPack) -> Comparison:
    """compare_packs for two packs already read (the app reads them on its worker)."""
    problems = [
        f"The new pack: {p}" for p in (*later.verdict.problems, *later.verdict.history_problems)
    ]
    problems += [
        f"The earlier pack: {p}"
        for p in (*earlier.verdict.problems, *earlier.verdict.history_problems)
    ]
    result = Comparison(ok=False, problems=problems, later=later.verdict, earlier=earlier.verdict)
    new, old = later.manifest, earlier.manifest
    if new is None or old is None:
        which = "the new pack" if new is None else "the earlier pack"
        problems.append(
            f"The two packs could not be compared, as {which} could not be read "
            "(see above). Ask the person for a new copy."
        )
        return result
    if new["pack_id"] == old["pack_id"]:
        problems.append("Both files are the same pack, so there is nothing to compare.")
    new_audit, old_audit = new["audit"], old["audit"]
    old_head = old["audit_head"]["seq"] if old["audit_head"] else 0
    result.earlier_head = int(old_head)
    result.earlier_history_code = earlier.verdict.history_code
    result.history_code = later.verdict.history_code
    if len(old_audit) > len(new_audit) and chain.parting(new_audit, old_audit) is None:
        problems.append(
            "The pack given as the earlier one is the newer of the two: its history goes on "
            "from the other's. Swap them round."
        )
        result.problems = problems
        return result

    _compare_keys(later, earlier, result)
    parted = chain.parting(old_audit, new_audit)
    if parted is not None:
        result.parted_at = parted.seq
        problems.append(parted.sentence)
    since = chain.events_after(new_audit, result.earlier_head) if parted is None else []
    result.entries_since = len(since)
    counts = Counter(str(e.get("kind")) for e in since)
    result.entries_since_words = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
    said = len(problems)
    _earlier_export(new_audit, old, earlier.sums_sha256, result)
    _compare_records(new, old, since, earlier.sums_sha256, result)
    _compare_exhibits(new, old, since, result)
    _compare_messages(new, old, result)
    if parted is not None:
        # Once the histories part, every difference after is a consequence: the first is named.
        del problems[said:]
    result.ok = not problems
    return result


def _compare_keys(later: CheckedPack, earlier: CheckedPack, result: Comparison) -> None:
    new_code, old_code = later.verdict.key_check_code, earlier.verdict.key_check_code
    if new_code is None or old_code is None:
        return
    if new_code == old_code:
        result.same_key = True
        return
    result.same_key = False
    current = earlier.public_key_raw
    target = later.public_key_raw
    assert later.manifest is not None
    for event in chain.events_after(later.manifest["audit"], _head(earlier)):
        if event.get("kind") != KEY_CHANGE_EVENT or current is None:
            continue
        detail = chain.detail_of(event)
        try:
            old_key = bytes.fromhex(str(detail.get("from", "")))
            new_key = bytes.fromhex(str(detail.get("to", "")))
            endorsement = bytes.fromhex(str(detail.get("endorsement", "")))
        except ValueError:
            continue
        if old_key != current or len(new_key) != 32:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(current).verify(
                endorsement, key_change_message(current, new_key)
            )
        except (InvalidSignature, ValueError):
            continue
        current = new_key
        result.key_changes.append(
            f"The diary changed its signing key on {_words(event.get('at'))} (history entry "
            f"{event.get('seq')}), and the earlier key signed the change: the new check code is "
            f"{checkcode.key_check_code(new_key)}. Confirm the new code with the person."
        )
    if current is None or target is None or current != target:
        result.key_changes.clear()
        result.problems.append(
            f"The new pack was signed by a different key (check code {new_code}) from the "
            f"earlier pack ({old_code}), and its history records no change of key signed by the "
            "earlier key: it may not have been made with the same Daybook."
        )


def _head(checked: CheckedPack) -> int:
    manifest = checked.manifest or {}
    head = manifest.get("audit_head")
    return int(head["seq"]) if isinstance(head, dict) else 0


def _earlier_export(
    new_audit: list[dict[str, Any]],
    old: dict[str, Any],
    old_sums: str | None,
    result: Comparison,
) -> None:
    for event in new_audit:
        if event.get("kind") != "exported" or event.get("subject") != old["pack_id"]:
            continue
        recorded = chain.detail_of(event).get("sums_sha256")
        if recorded and old_sums and recorded != old_sums:
            result.problems.append(
                f"The new pack's history records making pack {old['pack_id']}, but with "
                "different contents from the earlier pack you have: that file is not the pack "
                "the diary made."
            )
            return
        result.earlier_export = (
            f"The new pack's history records making the earlier pack (entry {event.get('seq')}, "
            f"{_words(event.get('at'))})."
        )
        return
    result.earlier_export = (
        "The new pack's history does not record making the earlier pack (it may have been "
        "made from a copy of the diary, or its history entry is withheld in this copy)."
    )


def _touched(since: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for event in since:
        subject = event.get("subject")
        if isinstance(subject, str) and subject:
            by_subject.setdefault(subject, []).append(event)
    return by_subject


def _compare_records(
    new: dict[str, Any],
    old: dict[str, Any],
    since: list[dict[str, Any]],
    old_sums: str | None,
    result: Comparison,
) -> None:
    same_profile = new["profile"] == old["profile"]
    if not same_profile:
        result.notes.append(
            f"The earlier pack is a {old['profile']} copy and the new one a {new['profile']} "
            "copy, so their wording differs where one withholds what the other shows; records "
            "are matched by their numbers and the history, not word for word."
        )
    touched = _touched(since)
    new_records = {i["number"]: i for i in new["incidents"]}
    old_records = {i["number"]: i for i in old["incidents"]}
    listed = _listed_unchanged(new, old, old_sums, touched, result)
    for number, record in sorted(new_records.items()):
        events = touched.get(number, [])
        if number not in old_records:
            when = record.get("occurred_start")
            if any(e.get("kind") == CREATED for e in events):
                result.new_incidents.append(Item(number, _brief(record.get("description")), when))
            else:
                result.now_included.append(
                    Item(
                        number,
                        "in the diary before the earlier pack was made, but not included in it",
                        when,
                    )
                )
            continue
        before = old_records[number]
        if record_sha256(before) == record_sha256(record):
            result.unchanged.append(number)
            continue
        _record_changes(number, before, record, events, same_profile, result)
    for number in sorted(old_records):
        if number in new_records or number in listed:
            continue
        tombstone = next((e for e in touched.get(number, []) if e.get("kind") == DELETED), None)
        if tombstone is None:
            result.not_in_new_pack.append(number)
    for event in since:
        if event.get("kind") == DELETED and isinstance(event.get("subject"), str):
            content = chain.detail_of(event).get("content")
            words = "deleted; the history keeps its tombstone"
            if isinstance(content, str) and content:
                words += f" (SHA-256 of what it held: {content[:16]}…)"
            if event["subject"] not in old_records:
                words += "; it was not in the earlier pack"
            result.deleted.append(Item(event["subject"], words, event.get("at")))
    result.unchanged.sort()


def _record_changes(
    number: str,
    before: dict[str, Any],
    record: dict[str, Any],
    events: list[dict[str, Any]],
    same_profile: bool,
    result: Comparison,
) -> None:
    old_revisions, new_revisions = before["revisions"], record["revisions"]
    old_addenda, new_addenda = before["addenda"], record["addenda"]
    if same_profile:
        for label, was, now in (
            ("revision", old_revisions, new_revisions),
            ("addendum", old_addenda, new_addenda),
        ):
            for n, item in enumerate(was):
                if n >= len(now) or now[n] != item:
                    which = (
                        "as first saved" if label == "revision" and n == 0 else f"{label} {n + 1}"
                    )
                    result.problems.append(
                        f"{number} {which}, which was in the earlier pack, reads differently or "
                        "is missing in the new pack: what was written before has been changed."
                    )
                    break
    added = new_revisions[len(old_revisions) :]
    recorded = sum(1 for e in events if e.get("kind") == REVISED)
    if same_profile and len(added) != recorded:
        result.problems.append(
            f"{number} shows {plural(len(added), 'new revision')} since the earlier pack, but the "
            f"history records {recorded}."
        )
    for revision in added:
        result.revised.append(
            Item(number, str(revision.get("text") or ""), revision.get("saved_at"))
        )
    for addendum in new_addenda[len(old_addenda) :]:
        result.addenda.append(
            Item(number, _brief(addendum.get("text"), 40), addendum.get("written_at"))
        )
    if not added and len(new_addenda) == len(old_addenda):
        differing = sorted(
            k
            for k in set(before) | set(record)
            if k != "report_page" and before.get(k) != record.get(k)
        )
        words = ", ".join(_FIELD_WORDS.get(k, k.replace("_", " ")) for k in differing)
        result.shown_differently.append(Item(number, f"no new revision; differs in {words}"))


def _listed_unchanged(
    new: dict[str, Any],
    old: dict[str, Any],
    old_sums: str | None,
    touched: dict[str, list[dict[str, Any]]],
    result: Comparison,
) -> set[str]:
    """The records an update pack lists only as rows: each must match the earlier pack."""
    since = new.get("since")
    if not isinstance(since, dict):
        return set()
    problems = result.problems
    if since.get("pack_id") != old["pack_id"]:
        problems.append(
            f"This pack is an update to pack {since.get('pack_id')}, not to {old['pack_id']}: "
            "compare it with that pack to check the records it only lists."
        )
        return set()
    if old_sums is not None and since.get("sums_sha256") != old_sums:
        problems.append(
            f"This pack is an update to pack {old['pack_id']}, but the file you gave as that "
            "pack has different contents from the one the update was made from."
        )
        return set()
    old_records = {i["number"]: i for i in old["incidents"]}
    listed: set[str] = set()
    for row in since.get("unchanged", []):
        number = row["number"]
        listed.add(number)
        before = old_records.get(number)
        if before is None or record_sha256(before) != row["record_sha256"]:
            problems.append(
                f"{number} is listed as unchanged since pack {old['pack_id']}, but its record "
                "there has a different SHA-256 (or is not there)."
            )
            continue
        changed = [
            e for e in touched.get(number, []) if e.get("kind") in (REVISED, ADDENDUM, DELETED)
        ]
        if changed:
            problems.append(
                f"{number} is listed as unchanged, but the history records that it was "
                f"{changed[0].get('kind')} on {_words(changed[0].get('at'))}."
            )
            continue
        result.unchanged.append(number)
        result.listed_unchanged += 1
    return listed


def _is_copy(exhibit: dict[str, Any]) -> bool:
    """A court copy's redacted file (JS1-R), made at export from an exhibit."""
    return (
        bool(exhibit.get("derived_from")) and exhibit.get("ref") == f"{exhibit['derived_from']}-R"
    )


def _compare_exhibits(
    new: dict[str, Any], old: dict[str, Any], since: list[dict[str, Any]], result: Comparison
) -> None:
    old_exhibits = {e["ref"]: e for e in old["exhibits"] if not _is_copy(e)}
    attached = {
        e.get("subject"): chain.detail_of(e).get("sha256")
        for e in new["audit"]
        if e.get("kind") == "attached"
    }
    new_since = {e.get("subject") for e in since if e.get("kind") == "attached"}
    for exhibit in new["exhibits"]:
        if _is_copy(exhibit):
            continue
        ref = exhibit["ref"]
        recorded = attached.get(ref)
        if isinstance(recorded, str) and recorded != exhibit["sha256"]:
            result.problems.append(
                f"Exhibit {ref}'s SHA-256 in the new pack is not the one the history recorded "
                "when it was added."
            )
        before = old_exhibits.get(ref)
        if before is None:
            words = f"{exhibit.get('kind')}: {exhibit.get('original_name')}"
            if ref not in new_since:
                words += " (in the diary before the earlier pack, but not in it)"
            result.new_exhibits.append(Item(ref, words, exhibit.get("imported_at")))
        elif before["sha256"] != exhibit["sha256"]:
            result.problems.append(
                f"Exhibit {ref} has a different SHA-256 in the two packs; an exhibit never "
                "changes once it is in the diary."
            )


def _compare_messages(new: dict[str, Any], old: dict[str, Any], result: Comparison) -> None:
    old_messages = {m["id"]: m for m in old["messages"]}
    same_profile = new["profile"] == old["profile"]
    for message in new["messages"]:
        before = old_messages.get(message["id"])
        if before is None:
            result.new_messages.append(
                Item(
                    f"message {message['id']}",
                    f"{message.get('sender')} ({message.get('channel')}): "
                    f"{_brief(message.get('body'))}",
                    message.get("sent_at"),
                )
            )
        elif same_profile and any(
            before.get(k) != message.get(k) for k in ("sender", "sent_at", "body", "channel")
        ):
            result.problems.append(
                f"Message {message['id']} reads differently in the two packs; a message never "
                "changes once it is in the diary."
            )


@dataclass(frozen=True)
class Continued:
    """Whether a pack's history goes on from a history head noted earlier (a pack seen before,
    or a history code), and what was recorded since, in words."""

    ok: bool
    sentence: str
    entries_since: int = 0
    entries_since_words: str = ""


def continues(manifest: dict[str, Any], head_hash: str, head_entry: int) -> Continued:
    """Whether this pack's history holds the entry `head_entry` with hash `head_hash`."""
    audit = manifest["audit"]
    event = next((e for e in audit if e.get("seq") == head_entry), None)
    if event is None or event.get("hash") != head_hash:
        return Continued(
            False,
            "This pack's history does not hold the history of that pack unchanged: something "
            "recorded before that pack was made has been changed or removed since, or the two "
            "packs are from different diaries.",
        )
    since = chain.events_after(audit, head_entry)
    counts = Counter(str(e.get("kind")) for e in since)
    words = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
    return Continued(
        True,
        f"This pack's history holds that pack's history unchanged (entry {head_entry}), so "
        "nothing that existed then has been changed since; "
        + (
            f"{len(since)} entries were recorded after it ({words})."
            if since
            else "nothing was recorded after it."
        ),
        len(since),
        words,
    )
