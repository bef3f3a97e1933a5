"""Files Daybook writes outside the diary (packs, backups, the recovery key): checked before any
work, never replaced without --force, unfinished ones of our own swept, nothing plain on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diary import partfiles
from diary.errors import ExitCode
from diary.exporting import ExportChoices, export
from diary.records import Diary, IncidentInput
from diary.timeutil import parse_user_time
from diary.vault import Vault
from tests.cliproc import ROOT, in_process
from tests.conftest import PASSPHRASE


def daybook(vault: Path | str, *args: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    return in_process(vault, *args, stdin=stdin)


@pytest.fixture
def filled(vault: Vault, vault_path: Path) -> Path:
    Diary(vault).add_incident(
        IncidentInput(occurred_start=parse_user_time("2024-03-01 20:00"), description="Followed me")
    )
    vault.lock()
    return vault_path


KILLED_EXPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from diary.exporting import ExportChoices, export
    from diary.vault import Vault

    vault = Vault.open(Path(sys.argv[1]))
    vault.unlock(sys.argv[2])

    def stall(step, fraction):
        print("writing", flush=True)
        time.sleep(60)

    export(vault, Path(sys.argv[3]), ExportChoices(), progress=stall)
    """
)


def test_a_part_left_by_a_killed_export_is_removed_at_the_next_export_and_at_check(
    filled: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "packs"
    out_dir.mkdir()
    for _ in range(2):
        child = subprocess.Popen(
            [sys.executable, "-c", KILLED_EXPORT, str(filled), PASSPHRASE, str(out_dir / "JS.zip")],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"writing"
        child.send_signal(signal.SIGKILL)
        child.wait()
        parts = [p for p in out_dir.iterdir() if partfiles.PART.match(p.name)]
        assert len(parts) == 1, list(out_dir.iterdir())
        if _ == 0:
            code, out, err = daybook(filled, "check")
            assert code == 0, err
            assert "unfinished" in out and str(parts[0]) in out
        else:
            code, _out, err = daybook(filled, "export", "--out", str(out_dir / "Other.zip"))
            assert code == 0, err
        assert [p.name for p in out_dir.iterdir() if partfiles.PART.match(p.name)] == []


def test_a_part_being_written_by_another_daybook_is_left_alone(tmp_path: Path) -> None:
    path, fd = partfiles.create(tmp_path / "JS.zip")
    try:
        assert partfiles.sweep(tmp_path) == []
        assert path.exists()
    finally:
        os.close(fd)
    assert partfiles.sweep(tmp_path) == [path]
    # Files that only look a little like ours are never touched.
    for name in (".JS.zip.part", "JS.zip.1234abcd.part", ".notes.txt"):
        (tmp_path / name).write_text("keep")
    assert partfiles.sweep(tmp_path) == []


def test_an_encrypted_export_never_puts_plain_bytes_on_disk(filled: Path, tmp_path: Path) -> None:
    # Whatever is on disk at every step of the export is the age file's bytes, never a zip.
    vault = Vault.open(filled)
    vault.unlock(PASSPHRASE)
    seen: list[bytes] = []

    def look(_step: str, _fraction: float) -> None:
        for entry in tmp_path.iterdir():
            if entry.is_file():
                seen.append(entry.read_bytes())

    try:
        export(
            vault,
            tmp_path / "JS.zip.age",
            ExportChoices(),
            encrypt_passphrase="a long and unusual pack passphrase",
            progress=look,
        )
    finally:
        vault.lock()
    assert seen, "the export reported no progress"
    for data in [*seen, (tmp_path / "JS.zip.age").read_bytes()]:
        assert b"PK\x03\x04" not in data and b"Followed me" not in data
        assert data == b"" or data.startswith(b"age-encryption.org/v1\n")


@pytest.mark.parametrize("command", ["export", "backup"])
def test_an_existing_output_file_needs_force(filled: Path, tmp_path: Path, command: str) -> None:
    out = tmp_path / "there.zip"
    out.write_bytes(b"something precious")
    code, _, err = daybook(filled, command, "--out", str(out))
    assert code == ExitCode.BAD_INPUT
    assert "already there" in err and "--force" in err
    assert out.read_bytes() == b"something precious"
    code, _, err = daybook(filled, command, "--out", str(out), "--force")
    assert code == 0, err
    assert out.read_bytes() != b"something precious"


@pytest.mark.parametrize(
    ("out", "words", "exit_code"),
    [
        ("", "empty", ExitCode.BAD_INPUT),
        ("{tmp}", "is a folder", ExitCode.BAD_INPUT),
        ("{tmp}/missing/p.zip", "There is no folder", ExitCode.BAD_INPUT),
    ],
)
def test_bad_output_names_are_one_sentence(
    filled: Path, tmp_path: Path, out: str, words: str, exit_code: int
) -> None:
    for command in ("export", "backup"):
        code, stdout, err = daybook(filled, command, "--out", out.format(tmp=tmp_path))
        assert code == exit_code, err
        assert words in err and len(err.strip().splitlines()) == 1
        assert stdout == ""


def test_a_backup_inside_the_diary_folder_is_refused(filled: Path) -> None:
    code, _, err = daybook(filled, "backup", "--out", str(filled / "backup.zip"))
    assert code == ExitCode.BAD_INPUT and "outside the diary folder" in err
    assert not (filled / "backup.zip").exists()


def test_a_killed_backup_leaves_a_part_that_check_removes(filled: Path, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    stale = partfiles.part_path(tmp_path / "b" / "backup.zip")
    stale.write_bytes(b"half a backup")
    code, _, err = daybook(filled, "backup", "--out", str(tmp_path / "b" / "backup.zip"))
    assert code == 0, err
    assert not stale.exists()


def test_an_unwritable_output_folder_is_named(filled: Path, tmp_path: Path) -> None:
    from tests.cliproc import daybook as in_child

    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        result = in_child(
            "export", "--out", str(folder / "p.zip"), vault=filled, stdin=PASSPHRASE + "\n"
        )
    finally:
        os.chmod(folder, 0o700)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "words", "exit_code"),
    [
        (["restore", "{tmp}"], "is a folder", ExitCode.BAD_INPUT),
        (["restore", "{tmp}/none.zip"], "There is no backup file", ExitCode.NOT_FOUND),
        (["verify", "{tmp}"], "is a folder", ExitCode.BAD_INPUT),
        (["verify", "{tmp}/none.zip"], "There is no file", ExitCode.NOT_FOUND),
    ],
)
def test_files_read_that_are_folders_or_missing_are_named_as_such(
    filled: Path, tmp_path: Path, args: list[str], words: str, exit_code: int
) -> None:
    code, stdout, err = daybook(filled, *(arg.format(tmp=tmp_path) for arg in args))
    assert (code, stdout) == (exit_code, ""), err
    lines = [line for line in err.splitlines() if not line.startswith("Warning:")]
    assert len(lines) == 1 and words in lines[0] and str(tmp_path) in lines[0]


def test_a_backup_that_cannot_be_read_is_not_called_no_backup(filled: Path, tmp_path: Path) -> None:
    from tests.cliproc import daybook as in_child

    backup = tmp_path / "backup.zip"
    assert daybook(filled, "backup", "--out", str(backup))[0] == 0
    os.chmod(backup, 0)
    try:
        result = in_child("restore", str(backup), vault=tmp_path / "new", stdin=PASSPHRASE + "\n")
    finally:
        os.chmod(backup, 0o600)
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert "not allowed to read backup.zip" in result.stderr
    assert "not a Daybook backup" not in result.stderr
    assert not (tmp_path / "new").exists()
