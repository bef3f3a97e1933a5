"""The diary's history as a pack carries it: recompute the audit chain, find a history code in it,
and find where two packs' histories part.

Standard library only (and the check-code rule), so `daybook verify` stays light and the rules
here are the ones docs/pack-format.md states for anyone to re-implement.

Each audit event in a format 2 manifest carries exactly what its hash covers; its hash is
`sha256(prev_hash + "\\n" + body)` with body the canonical JSON of
`[seq, at_text, kind, subject, detail]`. A court copy may withhold what an event covers when it
holds the person's own details (`subject` and `detail` are then null): that event is taken by
its hash, which the next event's hash still covers, and is counted as withheld.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from diary import checkcode

GENESIS = "0" * 64
# What the hash of an event covers, besides its own hash: compared one by one between packs.
COVERED = ("seq", "prev_hash", "at_text", "kind", "subject", "detail")


def canonical(value: Any) -> str:
    """Keys sorted, no spaces, UTF-8 as written: the one JSON form every hash here is taken of."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    """The hash of one event, from what it covers (ValueError if its detail is not JSON)."""
    body = canonical(
        [
            event["seq"],
            event["at_text"],
            event["kind"],
            event["subject"],
            json.loads(event["detail"]),
        ]
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def is_withheld(event: dict[str, Any]) -> bool:
    """Whether a court copy withholds what this event's hash covers (it holds the person's details)."""
    return event.get("detail") is None or event.get("subject") is None


def has_hash_inputs(event: dict[str, Any]) -> bool:
    """Format 1 packs carry only each event's hash, not what it covers."""
    return all(name in event for name in ("prev_hash", "at_text", "subject", "detail"))


def describe(event: dict[str, Any]) -> str:
    """An event in a few words: "entry 12 (revised INC-0003, 2024-05-03T10:02:00+01:00)"."""
    what = " ".join(str(p) for p in (event.get("kind"), event.get("subject")) if p)
    when = event.get("at") or event.get("at_text") or ""
    return f"entry {event.get('seq')} ({what}{', ' + when if when else ''})"


@dataclass(frozen=True)
class ChainCheck:
    """What recomputing one pack's history found."""

    problems: tuple[str, ...]
    events: int
    withheld: int  # events a court copy withholds, taken by their hash
    head: str  # the last event's hash (GENESIS when there is none)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_chain(audit: list[dict[str, Any]], audit_head: dict[str, Any] | None) -> ChainCheck:
    """Recompute every event's hash in order; each problem is one plain sentence."""
    problems: list[str] = []
    prev = GENESIS
    withheld = 0
    expected_seq = 1
    for event in audit:
        if not has_hash_inputs(event):
            return ChainCheck(
                (
                    "This pack was made before packs carried what each history entry covers, so "
                    "its history cannot be recomputed.",
                ),
                len(audit),
                0,
                str(audit[-1].get("hash", GENESIS)) if audit else GENESIS,
            )
        if event["seq"] != expected_seq:
            problems.append(
                f"The history in this pack skips from entry {expected_seq - 1} to entry "
                f"{event['seq']}: entries are missing."
            )
        if event["prev_hash"] != prev:
            problems.append(
                f"History entry {event['seq']} does not follow the entry before it: the history "
                "was changed."
            )
        if is_withheld(event):
            withheld += 1
        else:
            try:
                digest = event_hash(prev, event)
            except (ValueError, TypeError, KeyError, RecursionError):
                digest = ""
            if digest != event["hash"]:
                problems.append(
                    f"History entry {event['seq']} does not match its hash: the history was changed."
                )
        prev = str(event["hash"])
        expected_seq = int(event["seq"]) + 1
        if len(problems) >= 5:
            break
    head = (audit_head or {}).get("hash", GENESIS) if audit_head else GENESIS
    if not problems and prev != head:
        problems.append("The last history entry is not the head this pack's manifest names.")
    return ChainCheck(tuple(problems), len(audit), withheld, prev)


def find_history_code(audit: list[dict[str, Any]], code: str) -> dict[str, Any] | None:
    """The event whose hash gives this history code (already normalised), or None."""
    for event in audit:
        digest = event.get("hash")
        if isinstance(digest, str) and len(digest) == 64:
            try:
                if checkcode.history_code(digest) == code:
                    return event
            except ValueError:
                continue
    return None


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same history entry in two packs: the same hash, and the same content where both show it."""
    if a.get("hash") != b.get("hash"):
        return False
    for name in COVERED:
        if name in ("subject", "detail") and (is_withheld(a) or is_withheld(b)):
            continue  # a court copy withholds it; the equal hash still covers it
        if a.get(name) != b.get(name):
            return False
    return True


@dataclass(frozen=True)
class Parting:
    """Where a later pack's history stops following an earlier pack's."""

    seq: int
    sentence: str
    earlier: dict[str, Any] | None = field(default=None, repr=False)
    later: dict[str, Any] | None = field(default=None, repr=False)


def parting(earlier: list[dict[str, Any]], later: list[dict[str, Any]]) -> Parting | None:
    """None when every event of `earlier` is in `later`, unchanged and in the same place."""
    for n, old in enumerate(earlier):
        if n >= len(later):
            return Parting(
                int(old.get("seq", n + 1)),
                f"The new pack's history ends at entry {n}, but the earlier pack's goes on to "
                f"entry {earlier[-1].get('seq')}: entries that were in the earlier pack are "
                "missing from the new one.",
                old,
                None,
            )
        new = later[n]
        if not same_event(old, new):
            return Parting(
                int(old.get("seq", n + 1)),
                f"The histories part at entry {old.get('seq')}: the earlier pack has "
                f"{describe(old)}, the new pack has {describe(new)}. Something recorded before "
                "the earlier pack was made has been changed or removed since.",
                old,
                new,
            )
    return None


def events_after(audit: list[dict[str, Any]], seq: int) -> list[dict[str, Any]]:
    """The events recorded after entry `seq` (the earlier pack's head), oldest first."""
    return [e for e in audit if isinstance(e.get("seq"), int) and e["seq"] > seq]


def detail_of(event: dict[str, Any]) -> dict[str, Any]:
    """An event's detail as a dict ({} when withheld or not JSON)."""
    raw = event.get("detail")
    if not isinstance(raw, str):
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
