"""Writes the committed golden evidence packs that every later Daybook must still verify.

Run from the checkout: .venv/bin/python tests/golden/make_golden_pack.py (only when the format changes
on purpose, and say so in the commit). The signing key is fixed: seed bytes 0..31, never a real key.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent / "pack"))

import dataclasses  # noqa: E402
from datetime import timedelta  # noqa: E402

from pack_sample import sample_input  # noqa: E402

from diary.pack import signing  # noqa: E402
from diary.pack.build import build_pack  # noqa: E402
from diary.pack.manifest import FORMAT_VERSION  # noqa: E402
from diary.pack.model import PackInput, PackMessage  # noqa: E402

GOLDEN_SEED = bytes(range(32))


def golden_input(profile: str) -> PackInput:
    """The sample, with a message no incident links to (the appendix of format 2)."""
    data = sample_input(profile)  # type: ignore[arg-type]
    first = data.messages[0]
    stray = PackMessage(
        "m9",
        "WhatsApp",
        "incoming",
        "Mark (+44 7700 900777)",
        first.sent_at + timedelta(days=3),
        "Why won't you answer? Ring me on 07700 900123 — yes, I know your number.",
        ("07700 900123",),
        "JS2",
        "line 9",
        (),
    )
    return dataclasses.replace(data, appendix_messages=(stray,))


def main() -> None:
    """Writes the packs of the current format version; older versions' packs stay as they are."""
    key = signing.load_private_key(GOLDEN_SEED)
    out = HERE / "packs"
    out.mkdir(exist_ok=True)
    for profile in ("full", "court"):
        result = build_pack(
            golden_input(profile),
            key,
            out / f"golden-v{FORMAT_VERSION}-{profile}.zip",
            pack_id=f"JS-GOLDEN-V{FORMAT_VERSION}-{profile.upper()}",
        )
        print(result.path.relative_to(HERE.parent.parent), result.sums_sha256)


if __name__ == "__main__":
    main()
