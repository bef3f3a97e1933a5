"""Damage, permissions, full disks and wrong input told apart: each named as what it is, with its
documented exit code, and a restore suggested only when something is damaged."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from diary import fsutil
from diary.errors import ExitCode
from diary.vault import Vault
from tests.cliproc import daybook as in_child
from tests.cliproc import in_process

PASS = "a long passphrase here"


def daybook(vault: Path | str, *args: str, stdin: str = PASS + "\n") -> tuple[int, str, str]:
    return in_process(vault, *args, stdin=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "diary"
    vault, _ = Vault.create(path, PASS, insecure_fast_kdf=True)
    vault.lock()
    return path


def test_a_vault_that_is_a_file_is_bad_input_not_damage(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("hello")
    for args in (["list"], ["init", "--insecure-fast-kdf", "--allow-weak-passphrase"], ["check"]):
        code, _, err = daybook(a_file, *args)
        assert code == ExitCode.BAD_INPUT, err
        assert "is a file, not a diary folder" in err
        assert "restore" not in err and "damaged" not in err
    assert a_file.read_text() == "hello"


def test_a_vault_inside_a_file_is_bad_input_not_a_disk_error(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("hello")
    for args in (["list"], ["init", "--insecure-fast-kdf", "--allow-weak-passphrase"], ["check"]):
        code, _, err = daybook(a_file / "diary", *args)
        assert code == ExitCode.BAD_INPUT, err
        assert f"{a_file} is a file, not a folder" in err
        assert "disk" not in err and "no diary here" not in err
    assert a_file.read_text() == "hello"


def test_an_empty_vault_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = daybook("", "init", "--insecure-fast-kdf", "--allow-weak-passphrase")
    assert code == ExitCode.BAD_INPUT and "--vault is empty" in err
    assert list(tmp_path.iterdir()) == []


def test_init_into_a_folder_of_other_things_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "holiday.jpg").write_bytes(b"jpeg")
    code, _, err = daybook(
        tmp_path / "photos", "init", "--insecure-fast-kdf", "--allow-weak-passphrase"
    )
    assert code == ExitCode.BAD_INPUT and "not a diary" in err
    assert [p.name for p in (tmp_path / "photos").iterdir()] == ["holiday.jpg"]
    # An empty folder is fine.
    (tmp_path / "empty").mkdir()
    code, _, err = daybook(
        tmp_path / "empty", "init", "--insecure-fast-kdf", "--allow-weak-passphrase"
    )
    assert code == 0, err


@pytest.mark.parametrize("where", ["folder", "missing folder", "existing file", "inside"])
def test_an_unusable_recovery_key_file_creates_nothing(tmp_path: Path, where: str) -> None:
    target = tmp_path / "diary"
    key_file = {
        "folder": tmp_path,
        "missing folder": tmp_path / "nowhere" / "key.txt",
        "existing file": tmp_path / "key.txt",
        "inside": target / "key.txt",
    }[where]
    if where == "existing file":
        key_file.write_text("an older key")
    code, out, err = daybook(
        target,
        "init",
        "--insecure-fast-kdf",
        "--allow-weak-passphrase",
        "--recovery-key-file",
        str(key_file),
    )
    assert code == ExitCode.BAD_INPUT, err
    assert not target.exists(), "a diary was made whose recovery key was never saved"
    assert "ready" not in out
    if where == "existing file":
        assert key_file.read_text() == "an older key"


def test_a_recovery_key_file_that_fails_late_takes_the_new_diary_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checks passed, but the disk filled up as the key was written: no half-made diary.
    real = fsutil.atomic_write_bytes
    key_file = tmp_path / "key.txt"

    def full_for_the_key(path: Path, data: bytes, *, mode: int = 0o600) -> None:
        if path == key_file:
            raise fsutil.write_failure(tmp_path, errno.ENOSPC)
        real(path, data, mode=mode)

    monkeypatch.setattr(fsutil, "atomic_write_bytes", full_for_the_key)
    code, _out, err = daybook(
        tmp_path / "diary",
        "init",
        "--insecure-fast-kdf",
        "--allow-weak-passphrase",
        "--recovery-key-file",
        str(key_file),
    )
    assert code == ExitCode.WRITE_FAILED and "disk is full" in err
    assert not (tmp_path / "diary").exists() and not key_file.exists()


def test_our_own_file_modes_are_repaired_on_open(folder: Path) -> None:
    # A read-only spell left SQLite's scratch file read-only; a copy left the key file readable.
    code, _, err = daybook(folder, "add", "--occurred", "2024-03-01 21:30", "--description", "x")
    assert code == 0, err
    shm = folder / "data.db-shm"
    shm.touch()
    os.chmod(shm, 0o400)
    os.chmod(folder / "keyslots", 0o644)
    result = in_child("list", vault=folder, stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((folder / "keyslots").stat().st_mode) == 0o600
    if shm.exists():
        assert stat.S_IMODE(shm.stat().st_mode) == 0o600


def test_a_missing_database_is_damage_and_says_which_file(folder: Path) -> None:
    (folder / "data.db").unlink()
    code, _, err = daybook(folder, "list")
    assert code == ExitCode.VAULT_DAMAGED
    assert "data.db" in err and "missing" in err
    assert not (folder / "data.db").exists(), "an empty database was made in its place"


def test_a_read_only_diary_is_named_and_suggests_no_restore(folder: Path) -> None:
    os.chmod(folder / "data.db", 0o400)
    try:
        result = in_child(
            "add",
            "--occurred",
            "2024-03-01 21:30",
            "--description",
            "x",
            vault=folder,
            stdin=PASS + "\n",
        )
    finally:
        os.chmod(folder / "data.db", 0o600)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert "read-only" in result.stderr
    assert "restore" not in result.stderr and "damaged" not in result.stderr


@pytest.mark.parametrize(
    "names",
    [
        ["."],  # the diary's folder itself
        ["data.db"],
        ["keyslots"],
        ["keyslots", "keyslots.bak"],
    ],
)
def test_files_of_ours_we_may_not_read_are_named_not_called_damaged(
    folder: Path, names: list[str]
) -> None:
    for name in names:
        os.chmod(folder / name, 0)
    try:
        result = in_child("list", vault=folder, stdin=PASS + "\n")
    finally:
        for name in names:
            os.chmod(folder / name, 0o700 if name == "." else 0o600)
    said = [line for line in result.stderr.splitlines() if not line.startswith("Warning")]
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert len(said) == 1 and "not allowed to read the diary's files" in said[0]
    assert "restore" not in said[0] and "damaged" not in said[0]
    assert daybook(folder, "list")[0] == 0  # and, made readable again, it opens as it was


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk is full"),
        (errno.EROFS, "it is read-only"),
        (errno.EACCES, "it is read-only"),
        (errno.EIO, "the disk reported an error"),
    ],
)
def test_write_failures_name_their_cause(tmp_path: Path, code: int, words: str) -> None:
    failure = fsutil.write_failure(tmp_path, code)
    assert failure.exit_code == ExitCode.WRITE_FAILED
    assert words in failure.message and str(tmp_path) in failure.message
    assert "damaged" not in failure.message and "restore" not in failure.message


def test_a_nearly_full_disk_is_named_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fsutil, "_free_bytes", lambda folder: (4096, False))
    assert "the disk is full" in fsutil.write_failure(tmp_path).message
    monkeypatch.setattr(fsutil, "_free_bytes", lambda folder: (10**9, True))
    assert "read-only" in fsutil.write_failure(tmp_path).message


def test_sqlite_errors_are_told_apart(tmp_path: Path) -> None:
    import sqlcipher3

    from diary.errors import DiaryBusy, VaultDamaged, WriteFailed
    from diary.vault.database import translate_error

    error = sqlcipher3.dbapi2.DatabaseError
    assert isinstance(translate_error(error("file is not a database"), tmp_path), VaultDamaged)
    assert isinstance(
        translate_error(error("database disk image is malformed"), tmp_path), VaultDamaged
    )
    full = translate_error(error("database or disk is full"), tmp_path)
    assert isinstance(full, WriteFailed) and "full" in full.message
    read_only = translate_error(error("attempt to write a readonly database"), tmp_path)
    assert isinstance(read_only, WriteFailed) and "read-only" in read_only.message
    assert isinstance(translate_error(error("database is locked"), tmp_path), DiaryBusy)


def test_a_diary_from_a_newer_daybook_is_said_so(folder: Path) -> None:
    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        with vault.writer.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
    finally:
        vault.lock()
    code, _, err = daybook(folder, "list")
    assert code == ExitCode.VAULT_DAMAGED
    assert "newer version of Daybook" in err and "Traceback" not in err


def test_an_exhibit_we_may_not_read_is_named_not_called_damaged(
    folder: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"not really a photo")
    assert daybook(folder, "add", "--occurred", "2024-03-01")[0] == 0
    code, _, err = daybook(folder, "attach", "INC-0001", str(picture))
    assert code == 0, err
    (blob,) = list((folder / "blobs").glob("??/*"))
    os.chmod(blob, 0)
    try:
        checked = in_child("check", vault=folder, stdin=PASS + "\n")
        out = tmp_path / "p.zip"
        exported = in_child("export", "--out", str(out), vault=folder, stdin=PASS + "\n")
    finally:
        os.chmod(blob, 0o600)
    assert checked.returncode == ExitCode.VAULT_DAMAGED  # check found a problem
    assert "not allowed to read its file" in checked.stderr and "damaged" not in checked.stderr
    assert exported.returncode == ExitCode.WRITE_FAILED, exported.stderr
    assert "not allowed" in exported.stderr
    assert "damaged" not in exported.stderr and "restore" not in exported.stderr
    assert not out.exists()


def test_a_diary_we_may_read_but_not_write_is_read_only_not_forbidden(folder: Path) -> None:
    """A read-only disk or file (SQLite: "unable to open" when it cannot make its scratch
    files) is "read-only"; only a file we may not read is "not allowed to read"."""
    import subprocess
    import sys

    from tests.cliproc import ROOT, obey_file_permissions

    os.chmod(folder / "data.db", 0o400)
    code = (
        "import sys, sqlcipher3\n"
        "from pathlib import Path\n"
        "from diary.vault.database import translate_error\n"
        "folder = Path(sys.argv[1])\n"
        "error = sqlcipher3.dbapi2.OperationalError('unable to open database file')\n"
        "print(translate_error(error, folder, folder / 'data.db'))\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            preexec_fn=obey_file_permissions,
            check=True,
        )
    finally:
        os.chmod(folder / "data.db", 0o600)
    assert "not allowed to read" not in result.stdout
    assert "Daybook could not write in" in result.stdout
