"""An update pack: what is new or changed since an earlier pack, in full; the rest as rows.

Applied to the input after its profile (a court copy's records are compared as a court copy
shows them), so a record counts as unchanged only when this pack would carry it exactly as the
earlier pack did. Unchanged incidents become rows with the SHA-256 of their record as the
earlier pack carries it (`since.record_sha256`); exhibit files the earlier pack carries with
the same SHA-256 are listed but not carried again; messages it carries unchanged are left out
unless a changed incident links them. Everything left out is said, in `withheld`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diary.errors import BadInput
from diary.pack.manifest import incident_record, message_record
from diary.pack.model import PackExhibit, PackInput, PackMessage, PackUnchanged, PackWithheld
from diary.pack.since import record_sha256
from diary.words import plural


def _carried_files(earlier: dict[str, Any]) -> dict[str, str]:
    """Each exhibit whose file (or court copy of it) the earlier pack carries: ref -> SHA-256."""
    found: dict[str, str] = {}
    by_ref = {e["ref"]: e for e in earlier["exhibits"]}
    for ref, exhibit in by_ref.items():
        copy = by_ref.get(f"{ref}-R")
        if exhibit.get("path") or (copy is not None and copy.get("path")):
            found[ref] = exhibit["sha256"]
    return found


def trim_to_update(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """The input as an update to `data.since`, and what that leaves out (BadInput if nothing
    has changed since)."""
    since = data.since
    if since is None:
        return data, []
    earlier = since.earlier
    old_incidents = {i["number"]: i for i in earlier["incidents"]}
    kept = []
    rows: list[PackUnchanged] = []
    for incident in data.incidents:
        before = old_incidents.get(incident.number)
        if before is not None and record_sha256(before) == record_sha256(incident_record(incident)):
            rows.append(
                PackUnchanged(
                    incident.number,
                    incident.occurred_start,
                    incident.occurred_end,
                    incident.precision,
                    record_sha256(before),
                    str(before.get("report_page") or ""),
                )
            )
        else:
            kept.append(incident)
    if not kept:
        raise BadInput(
            f"None of the chosen entries has changed since the pack {since.pack_id}, so an "
            "update would hold nothing new. No pack was written."
        )
    kept_numbers = {i.number for i in kept}
    old_messages = {m["id"]: m for m in earlier["messages"]}

    def needed(message: PackMessage) -> bool:
        if kept_numbers.intersection(message.incidents):
            return True  # a changed incident is carried with every message it links
        return old_messages.get(message.id) != message_record(message)

    messages = tuple(m for m in data.messages if needed(m))
    appendix = tuple(m for m in data.appendix_messages if needed(m))
    dropped = len(data.messages) + len(data.appendix_messages) - len(messages) - len(appendix)

    carried = _carried_files(earlier)
    exhibits: list[PackExhibit] = []
    not_again: list[str] = []
    for exhibit in data.exhibits:
        if carried.get(exhibit.ref) == exhibit.sha256.lower():
            exhibits.append(replace(exhibit, carried_in=since.pack_id))
            not_again.append(exhibit.ref)
        else:
            exhibits.append(exhibit)

    made = since.created_at.strftime("%d %b %Y").lstrip("0")
    withheld = (
        [
            PackWithheld(
                f"{plural(len(rows), 'incident')} unchanged since the earlier pack "
                f"{since.pack_id} of {made}",
                "This pack is an update: each is listed, with the SHA-256 of its record as that "
                "pack carries it, in the section 'Unchanged since the earlier pack'; it is in full "
                "in that pack. Comparing the two packs checks every one of them.",
            )
        ]
        if rows
        else []
    )
    if not_again:
        withheld.append(
            PackWithheld(
                f"The files of {plural(len(not_again), 'exhibit')} already in pack "
                f"{since.pack_id} ({', '.join(not_again[:20])}{'…' if len(not_again) > 20 else ''})",
                "Unchanged (the same SHA-256), so not carried again; this pack lists each with "
                "its SHA-256.",
            )
        )
    if dropped:
        withheld.append(
            PackWithheld(
                f"{plural(dropped, 'message')} already in pack {since.pack_id}, unchanged",
                "Not carried again: no changed incident links them.",
            )
        )
    trimmed = replace(
        data,
        incidents=tuple(kept),
        messages=messages,
        appendix_messages=appendix,
        exhibits=tuple(exhibits),
        since=replace(since, unchanged=tuple(rows)),
    )
    return trimmed, withheld
