"""Files written by the first version of the format must keep opening: the format is a promise."""

from __future__ import annotations

import shutil
from pathlib import Path

from diary.crypto import blobstream, keyslots
from diary.crypto.kdf import INSECURE_FAST

GOLDEN = Path(__file__).resolve().parent / "golden" / "v1"
PASSPHRASE = "golden passphrase"
RECOVERY = "T2AC-6EYG-8S16-V4R1-KJAD-0QGN-CK73-0G6D-RF60-PK6H-S2N1-J1KJ-SE4C-8RBR"
DEK = bytes.fromhex("0b1ff0f549248d521d391f90c2c6d815028b076dd6858acc2861250b3c3d4ee4")


def test_golden_keyslots_still_open(tmp_path: Path) -> None:
    # Work on a copy: a passphrase change must never touch the checked-in file.
    shutil.copy(GOLDEN / "keyslots", tmp_path / "keyslots")
    info = keyslots.read_header(tmp_path)
    assert (info.format_version, info.kdf, info.insecure_fast_kdf) == (1, INSECURE_FAST, True)
    assert keyslots.unlock(tmp_path, PASSPHRASE) == DEK
    assert keyslots.unlock_with_recovery(tmp_path, RECOVERY) == DEK
    keyslots.change_passphrase(tmp_path, PASSPHRASE, "new")
    assert keyslots.unlock(tmp_path, "new") == DEK


def test_golden_blob_still_decrypts() -> None:
    blob_key = keyslots.derive_subkey(DEK, "blobs")
    data = (GOLDEN / "blob").read_bytes()
    assert blobstream.decrypt_bytes(blob_key, data) == bytes(range(256)) * 300
