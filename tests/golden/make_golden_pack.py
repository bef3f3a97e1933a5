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

from pack_sample import sample_input  # noqa: E402

from diary.pack import signing  # noqa: E402
from diary.pack.build import build_pack  # noqa: E402

GOLDEN_SEED = bytes(range(32))


def main() -> None:
    key = signing.load_private_key(GOLDEN_SEED)
    out = HERE / "packs"
    out.mkdir(exist_ok=True)
    for profile in ("full", "court"):
        result = build_pack(
            sample_input(profile),
            key,
            out / f"golden-v1-{profile}.zip",
            pack_id=f"JS-GOLDEN-V1-{profile.upper()}",
        )
        print(result.path.relative_to(HERE.parent.parent), result.sums_sha256)


if __name__ == "__main__":
    main()
