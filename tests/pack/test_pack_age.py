"""age v1 with a passphrase: round trips, detects damage, and interoperates with the age tool both ways."""

from __future__ import annotations

import contextlib
import io
import os
import pty
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.errors import BadInput, PackInvalid, PackPassphraseWrong, WriteFailed
from diary.pack import age
from tests.conftest import require_tool

SIZES = [0, 1, age.CHUNK - 1, age.CHUNK, age.CHUNK + 1, 2 * age.CHUNK, 3 * age.CHUNK + 17]


def _enc(data: bytes, passphrase: str = "pass phrase") -> bytes:
    out = io.BytesIO()
    age.encrypt_stream(io.BytesIO(data), out, passphrase, work_factor=10)
    return out.getvalue()


def _dec(data: bytes, passphrase: str = "pass phrase") -> bytes:
    out = io.BytesIO()
    age.decrypt_stream(io.BytesIO(data), out, passphrase)
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    assert _dec(_enc(data)) == data


def test_wrong_passphrase() -> None:
    with pytest.raises(PackPassphraseWrong):
        _dec(_enc(b"secret"), "other")


def test_every_kind_of_damage_is_caught() -> None:
    enc = _enc(os.urandom(age.CHUNK + 100))
    header_end = enc.index(b"\n---") + 1
    for pos in [0, 30, header_end + 5, len(enc) - 1, len(enc) - age.CHUNK // 2]:
        damaged = enc[:pos] + bytes([enc[pos] ^ 0x20]) + enc[pos + 1 :]
        with pytest.raises((PackInvalid, PackPassphraseWrong)):
            _dec(damaged)
    for cut in [10, header_end + 10, len(enc) - 1, len(enc) - 200]:
        with pytest.raises(PackInvalid):
            _dec(enc[:cut])
    # Dropping the whole last chunk must not pass as a shorter file.
    with pytest.raises(PackInvalid):
        _dec(enc[: len(enc) - 116])


def test_hostile_work_factor_refused() -> None:
    enc = _enc(b"x").replace(b" 10\n", b" 40\n", 1)
    with pytest.raises(PackInvalid):
        _dec(enc)


def test_reader_seeks_anywhere() -> None:
    data = os.urandom(3 * age.CHUNK + 500)
    raw = age.AgeReader(io.BytesIO(_enc(data)), "pass phrase")
    assert raw.size == len(data)
    reader = io.BufferedReader(raw)
    for pos in [0, 5, age.CHUNK - 3, 2 * age.CHUNK + 7, len(data) - 10]:
        reader.seek(pos)
        assert reader.read(100) == data[pos : pos + 100]


def _age_tty(args: list[str], passphrase: str) -> tuple[int, bytes]:
    """Drive the real age, which reads passphrases only from a terminal, through a pseudo-terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp("age", ["age", *args])
    seen = b""
    answered = 0
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if seen.lower().count(b"passphrase") > answered:
            os.write(fd, passphrase.encode() + b"\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen


def test_age_tool_decrypts_ours(tmp_path: Path) -> None:
    require_tool("age")
    data = os.urandom(2 * age.CHUNK + 123)
    (tmp_path / "p.age").write_bytes(_enc(data, "tea and toast"))
    code, seen = _age_tty(
        ["-d", "-o", str(tmp_path / "out"), str(tmp_path / "p.age")], "tea and toast"
    )
    assert code == 0, seen
    assert (tmp_path / "out").read_bytes() == data


def test_we_decrypt_the_age_tool(tmp_path: Path) -> None:
    require_tool("age")
    data = os.urandom(age.CHUNK * 2)
    (tmp_path / "in").write_bytes(data)
    code, seen = _age_tty(
        ["-p", "-o", str(tmp_path / "p.age"), str(tmp_path / "in")], "tea and toast"
    )
    assert code == 0, seen
    age.decrypt_file(tmp_path / "p.age", tmp_path / "out", "tea and toast")
    assert (tmp_path / "out").read_bytes() == data


def test_encrypt_file_leaves_nothing_on_failure(tmp_path: Path) -> None:
    (tmp_path / "in").write_bytes(b"data")
    with pytest.raises(PackPassphraseWrong):
        age.encrypt_file(tmp_path / "in", tmp_path / "x.age", "")
    with pytest.raises(BadInput):
        age.encrypt_file(tmp_path / "missing", tmp_path / "x.age", "pw")
    with pytest.raises(WriteFailed):
        age.encrypt_file(tmp_path / "in", tmp_path / "no" / "x.age", "pw", work_factor=10)
    assert [p.name for p in tmp_path.iterdir()] == ["in"]


def test_pack_encrypted_as_it_is_built(tmp_path: Path) -> None:
    import zipfile

    from pack_sample import sample_input

    from diary.pack import signing
    from diary.pack.build import build_pack
    from diary.pack.verify import verify_pack

    key = signing.load_private_key(bytes(range(32)))
    out = tmp_path / "JS-pack.zip.age"
    result = build_pack(
        sample_input(), key, out, encrypt_passphrase="tea and toast", age_work_factor=10
    )
    assert [p.name for p in tmp_path.iterdir()] == ["JS-pack.zip.age"]
    assert age.is_age(out.read_bytes()[:64])
    verdict = verify_pack(out, passphrase="tea and toast")
    assert verdict.ok, verdict.problems
    assert verdict.pack_id == result.pack_id
    plain = io.BytesIO()
    with out.open("rb") as f:
        age.decrypt_stream(f, plain, "tea and toast")
    with zipfile.ZipFile(plain) as zf:
        assert zf.testzip() is None
        assert "report.pdf" in zf.namelist()
    require_tool("age")
    code, seen = _age_tty(["-d", "-o", str(tmp_path / "p.zip"), str(out)], "tea and toast")
    assert code == 0, seen
    assert (tmp_path / "p.zip").read_bytes() == plain.getvalue()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.integers(0, 3))
def test_damaged_input_only_raises_our_errors(junk: bytes, mode: int) -> None:
    good = _enc(b"evidence " * 50)
    cut = good[: min(len(junk), len(good) - 1)]
    data = [junk, cut, b"age-encryption.org/v1\n" + junk, good[:60] + junk][mode]
    with pytest.raises((PackInvalid, PackPassphraseWrong)):
        _dec(data)
    with contextlib.suppress(PackInvalid, PackPassphraseWrong):
        age.AgeReader(io.BytesIO(data), "pass phrase").read()


@pytest.mark.parametrize("work_factor", [1, 10, 14])
def test_the_scrypt_that_lets_the_window_run_gives_the_same_key(work_factor: int) -> None:
    # hashlib's scrypt (it lets the window run while it works) against cryptography's,
    # the one every pack was made with before.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt = bytes(range(16))
    expected = Scrypt(
        salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2**work_factor, r=8, p=1
    ).derive("pâssphrase".encode())
    assert age._scrypt_key("pâssphrase", salt, work_factor) == expected
