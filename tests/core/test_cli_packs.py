"""`daybook export --encrypt` and `daybook verify` as a person uses them (issue 8, section 6)."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import pytest

from diary.cli import run
from diary.errors import ExitCode
from diary.pack import signing
from diary.records import Diary, IncidentInput
from diary.timeutil import parse_user_time
from diary.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def locked_vault(vault: Vault) -> Vault:
    Diary(vault).add_incident(
        IncidentInput(occurred_start=parse_user_time("2024-03-01 20:00"), description="Followed me")
    )
    vault.lock()
    return vault


def _check_code(vault_path: Path) -> str:
    vault = Vault.open(vault_path)
    vault.unlock(PASSPHRASE)
    try:
        return signing.check_code(vault.signing_key().public_key())
    finally:
        vault.lock()


def _export(vault_path: Path, out: Path, *extra: str, stdin: str) -> int:
    return run(
        ["--vault", str(vault_path), "--passphrase-stdin", "export", "--out", str(out), *extra],
        stdin=io.StringIO(stdin),
    )


def test_encrypt_writes_an_age_name_and_nothing_readable(
    locked_vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code = _export(
        vault_path, folder / "JS.zip", "--encrypt", stdin=f"{PASSPHRASE}\ngreen door twelve\n"
    )
    out = capsys.readouterr().out
    assert code == 0
    # The .age name, and no other file: the zip streamed straight into the encrypted file.
    assert [p.name for p in folder.iterdir()] == ["JS.zip.age"]
    data = (folder / "JS.zip.age").read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n") and b"PK\x03\x04" not in data
    assert "JS.zip.age" in out and _check_code(vault_path) in out


def test_a_weak_pack_passphrase_is_refused_unless_allowed(
    locked_vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "JS.zip.age"
    code = _export(vault_path, out, "--encrypt", stdin=f"{PASSPHRASE}\npack secret\n")
    err = capsys.readouterr().err
    assert code == ExitCode.BAD_INPUT and "could be guessed" in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    code = _export(
        vault_path,
        out,
        "--encrypt",
        "--allow-weak-passphrase",
        stdin=f"{PASSPHRASE}\npack secret\n",
    )
    assert code == 0 and out.exists()
    code = run(["--vault", str(vault_path), "export", "--out", "x.zip", "--allow-weak-passphrase"])
    assert code == ExitCode.BAD_INPUT


def test_verify_prints_the_check_code_and_what_a_signature_proves(
    locked_vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "JS.zip"
    assert _export(vault_path, pack, stdin=f"{PASSPHRASE}\n") == 0
    capsys.readouterr()
    code = _check_code(vault_path)
    assert run(["verify", str(pack)]) == 0
    out = capsys.readouterr().out
    assert code in out
    assert "shows only which Daybook signed a pack, not who made it" in out
    assert "the one the person gave you separately" in out
    # The SSH form is technical detail only.
    assert out.index("SHA256:") > out.index(code) and "Technical detail" in out

    typed = code.lower().replace("-", " ")
    assert run(["verify", str(pack), "--expect-key", typed]) == 0
    assert "That is the check code you expected" in capsys.readouterr().out
    assert run(["verify", str(pack), "--expect-key", "K7Q2-MX9D-4HRT-Z8WE-3NPA"]) == 7
    assert "signed by a different key from the one you expected" in capsys.readouterr().err
    fingerprint = signing.fingerprint(signing.load_private_key(bytes(32)).public_key())
    assert run(["verify", str(pack), "--expect-key", fingerprint]) == 7
    capsys.readouterr()
    assert run(["verify", str(pack), "--expect-key", "K7Q2"]) == ExitCode.BAD_INPUT
    assert "not a check code" in capsys.readouterr().err


def test_verify_refuses_a_glued_second_zip(
    locked_vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "JS.zip"
    assert _export(vault_path, pack, stdin=f"{PASSPHRASE}\n") == 0
    glued = tmp_path / "glued.zip"
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as zf:
        zf.writestr("report.pdf", b"another story")
    glued.write_bytes(pack.read_bytes() + (tmp_path / "other.zip").read_bytes())
    capsys.readouterr()
    assert run(["verify", str(glued)]) == ExitCode.PACK_TAMPERED
    err = capsys.readouterr().err
    assert "glued.zip is not one plain zip" in err and len(err.strip().splitlines()) == 1


def test_verify_refuses_too_much_scrypt_work_before_asking_the_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def b64(data: bytes) -> bytes:
        return base64.b64encode(data).rstrip(b"=")

    hostile = tmp_path / "JS.zip.age"
    hostile.write_bytes(
        b"age-encryption.org/v1\n-> scrypt " + b64(bytes(16)) + b" 30\n" + b64(bytes(32))
        + b"\n--- " + b64(bytes(32)) + b"\n" + bytes(100)
    )  # fmt: skip
    # No passphrase on standard input: it must not be asked for.
    code = run(["--passphrase-stdin", "verify", str(hostile)], stdin=io.StringIO(""))
    err = capsys.readouterr().err
    assert code == ExitCode.PACK_TAMPERED
    assert "far more work to open than a pack ever needs" in err
