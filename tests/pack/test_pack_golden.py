"""The committed golden packs (tests/golden/packs) must verify with every later version of Daybook."""

from __future__ import annotations

from pathlib import Path

import pytest

from diary.pack import signing
from diary.pack.verify import verify_pack

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "packs"
KEY_FP = signing.fingerprint(signing.load_private_key(bytes(range(32))).public_key())


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("profile", ["full", "court"])
def test_golden_pack_still_verifies(profile: str, version: int) -> None:
    verdict = verify_pack(GOLDEN / f"golden-v{version}-{profile}.zip")
    assert verdict.ok, verdict.problems
    assert verdict.pack_id == f"JS-GOLDEN-V{version}-{profile.upper()}"
    assert verdict.key_fingerprint == KEY_FP
    assert verdict.exported_at == "2024-04-10T12:00:00+01:00"
