"""verify_pack finds every change: flipped bytes, added, missing and renamed files; never crashes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packtools import read_zip, write_zip

from diary.errors import DaybookError, NotFound, PackInvalid, PackPassphraseWrong
from diary.pack import age
from diary.pack.model import PackResult
from diary.pack.verify import verify_bytes, verify_pack


def _flip(data: bytes, pos: int) -> bytes:
    return data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1 :]


def test_fresh_pack_verifies(full_pack: tuple[Path, PackResult]) -> None:
    path, result = full_pack
    verdict = verify_pack(path)
    assert verdict.ok, verdict.problems
    assert verdict.pack_id == result.pack_id
    assert verdict.key_fingerprint and verdict.key_fingerprint.startswith("SHA256:")
    assert verdict.exported_at == "2024-04-10T12:00:00+01:00"


def test_court_pack_verifies(court_pack: tuple[Path, PackResult]) -> None:
    verdict = verify_pack(court_pack[0])
    assert verdict.ok, verdict.problems


@pytest.mark.parametrize("name", ["SHA256SUMS", "SHA256SUMS.sig"])
def test_every_byte_flip_in_sums_and_sig_fails(
    full_pack: tuple[Path, PackResult], name: str
) -> None:
    entries = read_zip(full_pack[0])
    original = entries[name]
    for pos in range(len(original)):
        entries[name] = _flip(original, pos)
        verdict = verify_bytes(write_zip(entries))
        assert not verdict.ok, f"flip at {pos} of {name} passed"
        assert any(name in p for p in verdict.problems) or any(
            "SHA256SUMS" in p for p in verdict.problems
        )


def test_every_byte_flip_in_signed_part_of_sshsig_fails(full_pack: tuple[Path, PackResult]) -> None:
    entries = read_zip(full_pack[0])
    original = entries["SHA256SUMS.sshsig"]
    body_start = original.index(b"\n") + 1
    body_end = original.index(b"-----END")
    for pos in range(body_start, body_end):
        if original[pos : pos + 1] == b"\n":
            continue  # line breaks of the armour are not signed
        entries["SHA256SUMS.sshsig"] = _flip(original, pos)
        verdict = verify_bytes(write_zip(entries))
        assert not verdict.ok, f"flip at {pos} passed"
        assert any("SHA256SUMS.sshsig" in p for p in verdict.problems)


@pytest.mark.parametrize(
    "name",
    [
        "exhibits/JS1-IMG_2041.jpg",
        "exhibits/JS2-WhatsApp-Chat-with-Mark.txt",
        "report.pdf",
        "chronology.csv",
        "manifest.json",
        "README.txt",
    ],
)
def test_flipped_byte_in_a_file_is_named(full_pack: tuple[Path, PackResult], name: str) -> None:
    entries = read_zip(full_pack[0])
    for pos in (0, len(entries[name]) // 2, len(entries[name]) - 1):
        changed = dict(entries)
        changed[name] = _flip(entries[name], pos)
        verdict = verify_bytes(write_zip(changed))
        assert not verdict.ok
        assert (
            f"{name} has been changed: its SHA-256 does not match SHA256SUMS." in verdict.problems
        )


def test_added_file_fails(full_pack: tuple[Path, PackResult]) -> None:
    entries = read_zip(full_pack[0])
    entries["exhibits/JS9-extra.jpg"] = b"planted"
    verdict = verify_bytes(write_zip(entries))
    assert not verdict.ok
    assert any(
        "exhibits/JS9-extra.jpg is in the pack but not listed" in p for p in verdict.problems
    )


def test_missing_file_fails(full_pack: tuple[Path, PackResult]) -> None:
    entries = read_zip(full_pack[0])
    del entries["exhibits/JS2-WhatsApp-Chat-with-Mark.txt"]
    verdict = verify_bytes(write_zip(entries))
    assert not verdict.ok
    assert any(
        "JS2-WhatsApp-Chat-with-Mark.txt is listed in SHA256SUMS but missing" in p
        for p in verdict.problems
    )


def test_renamed_file_fails(full_pack: tuple[Path, PackResult]) -> None:
    entries = read_zip(full_pack[0])
    entries["exhibits/JS1-renamed.jpg"] = entries.pop("exhibits/JS1-IMG_2041.jpg")
    verdict = verify_bytes(write_zip(entries))
    assert not verdict.ok
    assert any(
        "exhibits/JS1-renamed.jpg is exhibits/JS1-IMG_2041.jpg under a new name" in p
        for p in verdict.problems
    )


@pytest.mark.parametrize(
    "name",
    ["SHA256SUMS.sig", "SHA256SUMS.sshsig", "signing-key.pem", "manifest.json", "report.pdf"],
)
def test_missing_key_files_fail(full_pack: tuple[Path, PackResult], name: str) -> None:
    entries = read_zip(full_pack[0])
    del entries[name]
    verdict = verify_bytes(write_zip(entries))
    assert not verdict.ok
    assert any(name in p for p in verdict.problems)


def test_resigned_with_another_key_is_caught_by_fingerprint(
    full_pack: tuple[Path, PackResult],
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from diary.pack import signing

    entries = read_zip(full_pack[0])
    other = Ed25519PrivateKey.generate()
    pub = other.public_key()
    entries["signing-key.pem"] = signing.public_key_pem(pub)
    entries["signing-key.pub"] = (signing.public_key_openssh(pub) + "\n").encode()
    entries["allowed_signers"] = (signing.allowed_signers_line(pub) + "\n").encode()
    import hashlib

    from diary.pack.build import sums_text

    files = {n: (hashlib.sha256(d).hexdigest(), len(d)) for n, d in entries.items()}
    sums = sums_text(files)
    entries["SHA256SUMS"] = sums
    entries["SHA256SUMS.sig"] = other.sign(sums)
    entries["SHA256SUMS.sshsig"] = signing.sshsig_sign(other, sums).encode()
    verdict = verify_bytes(write_zip(entries))
    assert not verdict.ok
    assert any("report.pdf" in p for p in verdict.problems)
    assert any("manifest.json names a different signing key" in p for p in verdict.problems)


def test_encrypted_pack_verifies_and_wrong_passphrase_is_told(
    full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    enc = tmp_path / "pack.zip.age"
    age.encrypt_file(full_pack[0], enc, "correct horse", work_factor=10)
    verdict = verify_pack(enc, passphrase="correct horse")
    assert verdict.ok, verdict.problems
    with pytest.raises(PackPassphraseWrong):
        verify_pack(enc, passphrase="wrong")
    with pytest.raises(PackPassphraseWrong):
        verify_pack(enc)
    data = enc.read_bytes()
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(_flip(data, len(data) - 100))
    verdict = verify_pack(damaged, passphrase="correct horse")
    assert not verdict.ok and verdict.problems


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        verify_pack(tmp_path / "nope.zip")


def test_zip_bomb_is_refused_before_it_is_inflated() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("SHA256SUMS", b"")
        zf.writestr("exhibits/bomb.bin", b"\0" * 20_000_000)
    verdict = verify_bytes(buf.getvalue())
    assert not verdict.ok and not verdict.contents_readable
    assert any("squeezed far smaller than real files can be" in p for p in verdict.problems)


def test_inflated_bytes_are_counted_as_read_not_as_declared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diary.pack import verify

    monkeypatch.setattr(verify, "MAX_TOTAL", 1_000_000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("SHA256SUMS", b"")
        zf.writestr("exhibits/big.bin", bytes(range(256)) * 8000)
    verdict = verify_bytes(buf.getvalue())
    assert not verdict.ok
    assert any("more data than an evidence pack can" in p for p in verdict.problems)


def test_lying_declared_size_is_caught() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("SHA256SUMS", b"x" * 100)
    data = buf.getvalue()
    verdict = verify_bytes(data[: len(data) // 2])
    assert not verdict.ok


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        verdict = verify_bytes(data)
    except DaybookError:
        return
    assert not verdict.ok and verdict.problems


_PACK_CACHE: dict[str, bytes] = {}


def _pack_bytes() -> bytes:
    if "pack" not in _PACK_CACHE:
        import tempfile

        from pack_sample import sample_input

        from diary.pack import signing
        from diary.pack.build import build_pack

        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "p.zip"
            build_pack(sample_input(), signing.load_private_key(bytes(range(32))), out)
            _PACK_CACHE["pack"] = out.read_bytes()
    return _PACK_CACHE["pack"]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_truncated_or_damaged_zips_never_crash(data: st.DataObject) -> None:
    pack = _pack_bytes()
    cut = data.draw(st.integers(0, len(pack)))
    damaged = bytearray(pack[:cut])
    flips = data.draw(st.integers(0, 4))
    for _ in range(flips):
        if damaged:
            pos = data.draw(st.integers(0, len(damaged) - 1))
            damaged[pos] = data.draw(st.integers(0, 255))
    try:
        verdict = verify_bytes(bytes(damaged))
    except DaybookError:
        return
    # A flip in a field nothing reads (a local header's time) may rightly pass; a cut never does.
    if not flips and cut < len(pack):
        assert not verdict.ok and verdict.problems


def test_hostile_manifest_gives_a_verdict(full_pack: tuple[Path, PackResult]) -> None:
    entries = read_zip(full_pack[0])
    for manifest in (b"[" * 100_000, b'{"format": 1}', b"\xff\xfe", b"null", b'{"pack_id": []}'):
        entries["manifest.json"] = manifest
        verdict = verify_bytes(write_zip(entries))
        assert not verdict.ok
        assert any("manifest.json" in p for p in verdict.problems)


def test_the_verdict_gives_the_key_check_code_and_compares_an_expected_one(
    full_pack: tuple[Path, PackResult], key: object
) -> None:
    from diary.errors import BadInput
    from diary.pack import signing

    code = signing.check_code(key.public_key())  # type: ignore[attr-defined]
    verdict = verify_pack(full_pack[0])
    assert verdict.key_check_code == code and verdict.key_matches_expected is None
    typed = code.lower().replace("-", " ").replace("0", "o")
    assert verify_pack(full_pack[0], expect_key=typed).key_matches_expected is True
    # Older packs were compared by their SSH fingerprint; that form still works.
    assert verify_pack(full_pack[0], expect_key=verdict.key_fingerprint).ok
    other = verify_pack(full_pack[0], expect_key="K7Q2-MX9D-4HRT-Z8WE-3NPA")
    assert not other.ok and other.key_matches_expected is False
    assert other.problems == [
        f"This pack was signed by a different key from the one you expected: its check code is "
        f"{code}, not K7Q2-MX9D-4HRT-Z8WE-3NPA. It was not made by the Daybook whose code you "
        "were given."
    ]
    with pytest.raises(BadInput, match="not a check code"):
        verify_pack(full_pack[0], expect_key="K7Q2-MX9D")


def test_the_manifest_check_code_must_be_the_pack_key_s(full_pack: tuple[Path, PackResult]) -> None:
    import json

    entries = read_zip(full_pack[0])
    manifest = json.loads(entries["manifest.json"])
    manifest["signing_key"]["check_code"] = "K7Q2-MX9D-4HRT-Z8WE-3NPA"
    entries["manifest.json"] = json.dumps(manifest).encode()
    verdict = verify_bytes(write_zip(entries))
    assert "manifest.json gives a different check code from the pack's key." in verdict.problems


def _age_header(work_factor: int) -> bytes:
    import base64

    def b64(data: bytes) -> bytes:
        return base64.b64encode(data).rstrip(b"=")

    return (
        b"age-encryption.org/v1\n-> scrypt " + b64(bytes(16)) + b" %d\n" % work_factor
        + b64(bytes(32)) + b"\n--- " + b64(bytes(32)) + b"\n" + bytes(200)
    )  # fmt: skip


@pytest.mark.parametrize("work_factor", [23, 40, 999999999])
def test_too_much_scrypt_work_is_refused_before_any_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, work_factor: int
) -> None:
    def no_work(*_args: object) -> bytes:
        raise AssertionError("scrypt ran")

    monkeypatch.setattr(age, "_scrypt_key", no_work)
    hostile = tmp_path / "JS.zip.age"
    hostile.write_bytes(_age_header(work_factor))
    for passphrase in (None, "anything"):
        verdict = verify_pack(hostile, passphrase=passphrase)
        assert not verdict.ok and not verdict.contents_readable
        assert "far more work to open than a pack ever needs" in verdict.problems[0]
    with hostile.open("rb") as handle, pytest.raises(PackInvalid):
        age.check_header(handle)
