"""What Daybook says happened is what happened: a passphrase change, a recovery and a restore are
each one act (done, or not at all), and commands on one diary wait for each other."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diary.crypto import keyslots
from diary.errors import ExitCode
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.timeutil import now
from diary.vault import Vault
from tests.cliproc import ROOT, daybook, in_process

OLD = "old passphrase"
NEW = "new passphrase"


@pytest.fixture
def diary_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "diary"
    vault, _ = Vault.create(folder, OLD, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    return folder


def opens_with(folder: Path) -> set[str]:
    opened = set()
    for passphrase in (OLD, NEW):
        try:
            keyslots.unlock(folder, passphrase)
            opened.add(passphrase)
        except Exception:
            pass
    return opened


def history_kinds(folder: Path, passphrase: str) -> list[str]:
    vault = Vault.open(folder)
    vault.unlock(passphrase)
    try:
        return [e.kind for e in Diary(vault).audit_events()]
    finally:
        vault.lock()


def test_passwd_with_a_read_only_database_changes_nothing_and_says_so(diary_folder: Path) -> None:
    db = diary_folder / "data.db"
    os.chmod(db, 0o400)
    try:
        result = daybook(
            "passwd", "--allow-weak-passphrase", vault=diary_folder, stdin=f"{OLD}\n{NEW}\n"
        )
    finally:
        os.chmod(db, 0o600)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert "read-only" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert opens_with(diary_folder) == {OLD}
    assert "passphrase changed" not in history_kinds(diary_folder, OLD)


def test_passwd_in_a_read_only_folder_changes_nothing(diary_folder: Path) -> None:
    # The database can be written but the key file cannot be replaced.
    os.chmod(diary_folder, 0o500)
    try:
        result = daybook(
            "passwd", "--allow-weak-passphrase", vault=diary_folder, stdin=f"{OLD}\n{NEW}\n"
        )
    finally:
        os.chmod(diary_folder, 0o700)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert opens_with(diary_folder) == {OLD}
    assert "passphrase changed" not in history_kinds(diary_folder, OLD)


def test_recover_with_a_read_only_database_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    vault, recovery = Vault.create(folder, OLD, insecure_fast_kdf=True)
    vault.lock()
    os.chmod(folder / "data.db", 0o400)
    try:
        result = daybook(
            "recover", "--allow-weak-passphrase", vault=folder, stdin=f"{recovery}\n{NEW}\n"
        )
    finally:
        os.chmod(folder / "data.db", 0o600)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert opens_with(folder) == {OLD}


def test_a_passphrase_change_whose_history_cannot_be_written_afterwards_is_reported_done(
    diary_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The header is swapped, then the commit of the history entry fails (and its retry): the
    # change took, so Daybook must say it took, with a note.
    from sqlalchemy.orm import Session

    from diary.errors import WriteFailed

    def failing_commit(self: Session) -> None:
        raise WriteFailed()

    vault = Vault.open(diary_folder)
    vault.unlock(OLD)
    monkeypatch.setattr(Session, "commit", failing_commit)
    monkeypatch.setattr(Vault, "record_event", lambda self, kind, subject="": failing_commit(None))  # type: ignore[arg-type]
    try:
        note = vault.change_passphrase(OLD, NEW)
    finally:
        monkeypatch.undo()
        vault.lock()
    assert note is not None and "history could not note" in note
    assert opens_with(diary_folder) == {NEW}


WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from diary.records import IncidentInput
    from diary.records.service import Diary
    from diary.vault import Vault

    vault = Vault.open(Path(sys.argv[1]))
    vault.unlock(sys.argv[2])
    diary = Diary(vault)
    print("ready", flush=True)
    when = datetime(2024, 3, 1, 21, 30).astimezone()
    while True:
        diary.add_incident(IncidentInput(occurred_start=when, description="x" * 2000))
    """
)


def test_passwd_beside_a_busy_writer_is_one_act_every_time(diary_folder: Path) -> None:
    # The app is open and saving all the time while the command line changes the passphrase.
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(diary_folder), OLD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == b"ready"
        current, other = OLD, NEW
        for _ in range(10):
            code, out, err = in_process(
                diary_folder, "passwd", "--allow-weak-passphrase", stdin=f"{current}\n{other}\n"
            )
            assert code == 0, err
            assert "has been changed" in out and "Note" not in err
            assert opens_with(diary_folder) == {other}
            current, other = other, current
    finally:
        writer.kill()
        writer.wait()
    kinds = history_kinds(diary_folder, current)
    assert kinds.count("passphrase changed") == 10
    assert kinds.count("created") > 0


ADDER = textwrap.dedent(
    """
    import io, sys
    from diary.cli import run

    codes = []
    for i in range(int(sys.argv[3])):
        codes.append(run(
            ["--vault", sys.argv[1], "--passphrase-stdin", "add", "--occurred", "2024-03-01 21:30",
             "--description", f"{sys.argv[2]} {i}"],
            stdin=io.StringIO(sys.argv[4] + "\\n"),
        ))
    print("codes", *codes, flush=True)
    """
)


def test_two_times_fifty_concurrent_adds_all_land_with_unique_numbers(diary_folder: Path) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(diary_folder), name, "50", OLD],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for name in ("first", "second")
    ]
    outputs = [w.communicate(timeout=600) for w in workers]
    for (out, err), worker in zip(outputs, workers, strict=True):
        assert worker.returncode == 0, err
        assert out.splitlines()[-1].split() == ["codes"] + ["0"] * 50, err
        assert "locked" not in err
    vault = Vault.open(diary_folder)
    vault.unlock(OLD)
    try:
        items = Diary(vault).list_incidents()
    finally:
        vault.lock()
    numbers = [item.number for item in items]
    assert len(numbers) == 100 == len(set(numbers))
    assert sorted(numbers) == [f"INC-{n:04d}" for n in range(1, 101)]
    assert sorted(item.summary for item in items) == sorted(
        f"{name} {i}" for name in ("first", "second") for i in range(50)
    )


def test_a_change_waits_for_a_write_in_progress(diary_folder: Path) -> None:
    # Another process holds the write lock for a second; the command waits, then lands.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys, time
                from pathlib import Path
                from diary.vault import Vault
                vault = Vault.open(Path(sys.argv[1]))
                vault.unlock(sys.argv[2])
                with vault.writer.connect() as conn:
                    conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('x', '1')")
                    print("holding", flush=True)
                    time.sleep(1.5)
                    conn.commit()
                """
            ),
            str(diary_folder),
            OLD,
        ],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == b"holding"
    code, out, err = in_process(
        diary_folder,
        "add",
        "--occurred",
        "2024-03-01 21:30",
        "--description",
        "waited",
        stdin=OLD + "\n",
    )
    holder.wait()
    assert holder.returncode == 0
    assert (code, out.strip()) == (0, "INC-0001"), err


def test_a_restore_is_noted_in_the_restored_history_and_is_one_act(
    diary_folder: Path, tmp_path: Path
) -> None:
    vault = Vault.open(diary_folder)
    vault.unlock(OLD)
    Diary(vault).add_incident(IncidentInput(occurred_start=now(), description="in the backup"))
    vault.backup(tmp_path / "backup.zip")
    vault.lock()

    # The folder the restore must replace cannot be renamed: nothing changes, and it says so.
    parent = tmp_path / "locked"
    parent.mkdir()
    target = parent / "diary"
    Vault.create(target, NEW, insecure_fast_kdf=True)[0].lock()
    before = sorted(p.name for p in target.iterdir())
    os.chmod(parent, 0o500)
    try:
        result = daybook("restore", str(tmp_path / "backup.zip"), vault=target, stdin=f"{OLD}\n")
    finally:
        os.chmod(parent, 0o700)
    assert result.returncode == ExitCode.WRITE_FAILED, result.stderr
    assert "read-only" in result.stderr
    assert sorted(p.name for p in target.iterdir()) == before
    assert [p.name for p in parent.iterdir()] == ["diary"]
    keyslots.unlock(target, NEW)

    # Allowed, it is done, the old diary is kept aside, and the history says so.
    code, out, err = in_process(target, "restore", str(tmp_path / "backup.zip"), stdin=f"{OLD}\n")
    assert code == 0, err
    assert "kept in" in out
    assert history_kinds(target, OLD)[-1] == "restored"
