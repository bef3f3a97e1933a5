"""Reading the earlier pack an update is made from, and checking it belongs to this diary.

An update pack (`export --since-pack`, or the export wizard's "what is new since the last pack
I sent") carries in full only what changed since an earlier pack. The earlier pack must check
out, be signed by this diary's key (or a key this diary's history hands over from), and its
history must be the start of this diary's history, or the update could not prove anything.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from diary import checkcode
from diary.errors import BadInput
from diary.pack import chain, signing
from diary.pack.model import PackSince
from diary.pack.verify import read_pack
from diary.records.service import Diary
from diary.vault.vault import Vault


def earlier_pack(vault: Vault, path: Path, passphrase: str | None = None) -> PackSince:
    """The earlier pack, checked against this diary; BadInput (one plain sentence) if it cannot
    be the base of an update."""
    checked = read_pack(Path(path), passphrase=passphrase)
    verdict, manifest = checked.verdict, checked.manifest
    name = Path(path).name
    if not verdict.ok or manifest is None or checked.sums_sha256 is None:
        problem = verdict.problems[0] if verdict.problems else "it could not be read"
        raise BadInput(
            f"The earlier pack {name} does not check out ({problem}), so an update cannot be "
            "made from it. No pack was written."
        )
    diary = Diary(vault)
    own = signing.public_key_raw(vault.signing_key().public_key())
    events = diary.audit_events()
    handed_over = {
        str(e.detail.get("from"))
        for e in events
        if e.kind == signing.KEY_CHANGE_EVENT and isinstance(e.detail.get("from"), str)
    }
    key = checked.public_key_raw
    if key is None or (key != own and key.hex() not in handed_over):
        raise BadInput(
            f"The earlier pack {name} was not signed by this diary's key, so it was not made "
            "from this diary. No pack was written."
        )
    history = manifest["audit"]
    mine = {e.seq: e.hash for e in events}
    for event in history:
        if mine.get(event["seq"]) != event["hash"]:
            raise BadInput(
                f"The history in the earlier pack {name} is not the start of this diary's "
                f"history (they part at {chain.describe(event)}), so an update from it would "
                "prove nothing. Run 'daybook check', and ask your advocate for help. No pack "
                "was written."
            )
    if manifest["format_version"] < 2:
        raise BadInput(
            f"The earlier pack {name} was made by an older Daybook that did not carry what "
            "an update needs; make a full pack instead. No pack was written."
        )
    head = manifest["audit_head"] or {"seq": 0, "hash": chain.GENESIS}
    return PackSince(
        pack_id=manifest["pack_id"],
        created_at=datetime.fromisoformat(manifest["created_at"]),
        sums_sha256=checked.sums_sha256,
        audit_head_seq=int(head["seq"]),
        audit_head_hash=str(head["hash"]),
        profile=str(manifest["profile"]),
        history_code=checkcode.history_code(str(head["hash"])),
        earlier=manifest,
    )
