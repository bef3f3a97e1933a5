"""Creating, unlocking and locking a vault; passphrase changes, recovery, backup, restore and checks.

The vault holds the keys, the database and the blobs; it never builds the records service. Open the
records over an unlocked vault with `Diary(vault)` (diary/records/service.py). The few rows the
vault itself writes (first settings, the signing key, history events for its own acts) go through
the records' session-level helpers.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

from diary import interrupts, partfiles
from diary.crypto import keyslots
from diary.crypto.kdf import KdfParams
from diary.errors import (
    BadInput,
    DaybookError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WriteFailed,
    WrongPassphrase,
)
from diary.fsutil import atomic_write_bytes, ensure_private_dir, fsync_dir, write_failure
from diary.records import rules
from diary.timeutil import from_text, now, to_text
from diary.vault import database
from diary.vault.blobstore import BlobStore

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

T = TypeVar("T")

KEYSLOTS = "keyslots"
DATABASE = "data.db"
BLOBS = "blobs"
ATTEMPTS = "attempts"
BACKUP_MANIFEST = "daybook-backup.json"
BACKUP_FORMAT = 1
SIGNING_KEY = "signing_key"
ORPHAN_AGE_SECONDS = 600
BACKUP_DATABASE = ".backup.db"
SCRATCH = (DATABASE + "-wal", DATABASE + "-shm")
NOT_CONFIRMED = (
    "Daybook could not confirm that it reached the disk (the disk may be failing or full); "
    "check the disk."
)
HISTORY_NOT_NOTED = (
    "The diary's history could not note the change (its database could not be written just "
    "then); the change itself is done."
)


class Vault:
    """One vault folder. Locked until `unlock`; `Diary(vault)` gives the records while unlocked.

    Unlocking opens one plain connection to the database (enough to check its schema, and all
    that `write_plain` and `read_plain` need); the SQLAlchemy engine the records layer uses is
    made the first time it is asked for, so a command that needs no ORM never imports it.
    """

    def __init__(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise BadInput(f"{path} is a file, not a diary folder. Please give the diary's folder.")
        self.path = path
        # A sentence about the key file found at unlock ("" if none): its copy had to be used.
        self.key_file_note = ""
        self._header_key: bytes | None = None
        self._plain: Any = None
        self._engine: Engine | None = None
        self._writer: Engine | None = None
        # Guards making the engine (the app asks for it from several threads) and the plain
        # connection, which runs one transaction at a time.
        self._engine_lock = threading.Lock()
        self._plain_lock = threading.RLock()
        self._blobs: BlobStore | None = None
        self._db_key: bytes | None = None
        self.header = keyslots.read_header(path)

    # -- lifecycle --------------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        """Whether `path` holds a diary (its key file, or the key file's copy)."""
        return (path / KEYSLOTS).exists() or (path / keyslots.BACKUP_FILENAME).exists()

    @classmethod
    def open(cls, path: Path) -> Vault:
        """The vault at `path`, still locked; raises VaultNotFound or VaultDamaged."""
        return cls(path)

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        initials: str = "",
        insecure_fast_kdf: bool = False,
        kdf_params: KdfParams | None = None,
        save_recovery_key: Callable[[str], None] | None = None,
    ) -> tuple[Vault, str]:
        """A new vault, unlocked, and its recovery key (to show once).

        `kdf_params` are Argon2id costs already calibrated (the app calibrates first, so it can
        say what is happening and stop before anything is written); by default they are
        calibrated here. `save_recovery_key`, if given, is called with the key before the diary
        counts as made: if it raises, everything made is removed again, so there is never a
        diary whose key was neither shown nor saved.
        """
        if path.exists() and not path.is_dir():
            raise BadInput(f"{path} is a file, not a folder, so no diary was created there.")
        if cls.exists(path):
            raise VaultExists()
        if not passphrase:
            raise BadInput("Please choose a passphrase.")
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from diary.records import audit
        from diary.records.settings import write_secret, write_setting

        made_folder = not path.exists()
        before = set(path.iterdir()) if path.exists() else set()
        vault: Vault | None = None
        try:
            ensure_private_dir(path)
            ensure_private_dir(path / BLOBS)
            dek, recovery_key = keyslots.create_keyslots(
                path, passphrase, insecure_fast_kdf=insecure_fast_kdf, params=kdf_params
            )
            vault = cls(path)
            vault._open_with(dek, creating=True)
            with vault._transaction() as session:
                write_setting(session, "initials", clean_initials(initials))
                write_setting(session, "created_at", to_text(now()))
                write_setting(session, "insecure_fast_kdf", insecure_fast_kdf)
                write_secret(session, SIGNING_KEY, Ed25519PrivateKey.generate().private_bytes_raw())
                audit.append(session, "vault created")
            if save_recovery_key is not None:
                save_recovery_key(recovery_key)
        except BaseException:
            # Half a diary whose recovery key was never shown must not stay behind.
            if vault is not None:
                vault.lock()
            _remove_new_entries(path, before, made_folder)
            raise
        return vault, recovery_key

    @property
    def is_unlocked(self) -> bool:
        return self._plain is not None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over the database, made (and SQLAlchemy imported) on first use."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._db_key is None:
                    raise VaultLocked()
                if self._engine is None:
                    self._use_engine(database.open_engine(self.path / DATABASE, self._db_key))
                engine = self._engine
                assert engine is not None
        return engine

    def _use_engine(self, engine: Engine) -> None:
        self._writer = engine.execution_options(**{database.WRITE: True})
        self._engine = engine

    @property
    def writer(self) -> Engine:
        """The engine for transactions that write: they take the write lock as they begin."""
        self.engine  # noqa: B018 - made on first use
        writer = self._writer
        if writer is None:
            raise VaultLocked()
        return writer

    def write_plain(self, work: Callable[[database.PlainSql], T]) -> T:
        """Run `work` in one write transaction on the plain connection, without SQLAlchemy.

        The same rules as the records layer's writes (diary/records/rules.py): the write lock is
        taken as it begins, a diary kept busy is tried again, all of it or none of it is saved.
        """
        conn = self._plain_connection()
        with self._plain_lock:
            return rules.retrying_write(lambda: database.write_once(conn, self.path, work))

    def read_plain(self, work: Callable[[database.PlainSql], T]) -> T:
        """Run `work` in one read transaction on the plain connection, without SQLAlchemy."""
        conn = self._plain_connection()
        with self._plain_lock:
            return database.read(conn, self.path, work)

    def _plain_connection(self) -> Any:
        conn = self._plain
        if conn is None:
            raise VaultLocked()
        return conn

    @property
    def blobs(self) -> BlobStore:
        if self._blobs is None:
            raise VaultLocked()
        return self._blobs

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with Session(self.writer) as session, session.begin():
            yield session
        interrupts.note_saved()

    def record_event(self, kind: str, subject: str = "", **detail: Any) -> None:
        """Note in the diary's history something the vault did (a backup, a new passphrase)."""
        from diary.records import audit

        with self._transaction() as session:
            audit.append(session, kind, subject, **detail)

    def _blob_ids(self) -> set[str]:
        rows = self.read_plain(lambda sql: sql.execute("SELECT blob_id FROM exhibits").fetchall())
        return {str(row[0]) for row in rows}

    def unlock(self, passphrase: str) -> list[datetime]:
        """Open the vault; returns the times of failed attempts since the last success."""
        try:
            opened = keyslots.open_with_passphrase(self.path, passphrase)
        except WrongPassphrase:
            self._note_failed_attempt()
            raise
        self._open_with(opened.dek)
        self.key_file_note = keyslots.bring_copy_up_to_date(self.path, opened)
        return self._take_failed_attempts()

    def unlock_with_recovery(self, recovery_key: str) -> None:
        opened = keyslots.open_with_recovery(self.path, recovery_key)
        self._open_with(opened.dek)
        self.key_file_note = keyslots.bring_copy_up_to_date(self.path, opened)

    def _open_with(self, dek: bytes, *, creating: bool = False) -> None:
        db_key = keyslots.derive_subkey(dek, "database")
        blob_key = keyslots.derive_subkey(dek, "blobs")
        header_key = keyslots.header_key(dek)
        if not creating and not (self.path / DATABASE).exists():
            # SQLite would quietly make a new, empty one: the diary's entries would seem gone.
            raise VaultDamaged(
                f"The diary's database ({DATABASE}) is missing from {self.path}. Nothing has "
                "been changed; restore the diary from a backup or ask for help."
            )
        self._repair_modes()
        old_umask = os.umask(0o077)
        try:
            plain = database.open_plain(self.path / DATABASE, db_key)
            engine: Engine | None = None
            try:
                # An up-to-date diary (nearly always) is checked with plain SQL; only an upgrade
                # needs the engine and Alembic.
                if not database.schema_is_current(plain, self.path):
                    engine = database.open_engine(self.path / DATABASE, db_key)
                    database.upgrade(engine)
            except BaseException:
                if engine is not None:
                    engine.dispose()
                plain.close()
                raise
        finally:
            os.umask(old_umask)
        blobs = BlobStore(self.path / BLOBS, blob_key)
        if engine is not None:
            self._use_engine(engine)
        self._plain = plain
        self._db_key = db_key
        self._header_key = header_key
        self._blobs = blobs
        with contextlib.suppress(OSError, DaybookError):
            self._sweep_orphans(blobs, self._blob_ids())

    def _repair_modes(self) -> None:
        """Put our own files' modes right: nothing readable by others (a copy or a restore from
        another system can leave them so), and SQLite's scratch files writable again (a spell
        on a read-only disk can leave them read-only, and SQLite then cannot open the diary).
        A folder or file the person made read-only stays read-only."""
        for name in (".", BLOBS, KEYSLOTS, KEYSLOTS + ".bak", DATABASE, ATTEMPTS, *SCRATCH):
            path = self.path / name
            with contextlib.suppress(OSError):
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
                    continue
                mode = stat.S_IMODE(info.st_mode)
                wanted = 0o600 if name in SCRATCH else mode & 0o700
                if mode != wanted:
                    os.chmod(path, wanted)

    @staticmethod
    def _sweep_orphans(blobs: BlobStore, known: set[str]) -> None:
        """Remove blobs whose row never committed (a crash mid-attach).

        Only old ones: another Daybook process may be between writing a blob and committing its row.
        """
        cutoff = time.time() - ORPHAN_AGE_SECONDS
        for blob_id in blobs.all_ids() - known:
            with contextlib.suppress(OSError):
                if blobs.path_for(blob_id).stat().st_mtime < cutoff:
                    blobs.delete(blob_id)

    def lock(self) -> None:
        """Checkpoint and empty the write-ahead log, then forget the keys."""
        with self._engine_lock, self._plain_lock:
            engine, plain = self._engine, self._plain
            self._engine = None
            self._writer = None
            self._plain = None
            self._blobs = None
            self._db_key = None
            self._header_key = None
            if engine is not None:
                engine.dispose()
            if plain is not None:
                with contextlib.suppress(Exception):
                    database.checkpoint(plain, self.path)
                with contextlib.suppress(Exception):
                    plain.close()

    # -- failed attempts --------------------------------------------------------------------

    def _note_failed_attempt(self) -> None:
        times = self._read_attempts()
        times.append(to_text(now()))
        with contextlib.suppress(DaybookError):
            atomic_write_bytes(self.path / ATTEMPTS, json.dumps(times[-1000:]).encode())

    def _read_attempts(self) -> list[str]:
        try:
            data = json.loads((self.path / ATTEMPTS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [t for t in data if isinstance(t, str)] if isinstance(data, list) else []

    def _take_failed_attempts(self) -> list[datetime]:
        times = []
        for text_ in self._read_attempts():
            with contextlib.suppress(ValueError):
                times.append(from_text(text_))
        with contextlib.suppress(OSError):
            (self.path / ATTEMPTS).unlink()
        return times

    # -- passphrases ------------------------------------------------------------------------

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> str | None:
        """Change the passphrase as one act, noted in the diary's history.

        Raises (WriteFailed, WrongPassphrase…) only when nothing changed: the old passphrase
        still opens the diary. Returns None, or a sentence to show beside the success when the
        new passphrase is in use but something around it could not be finished.
        """
        if not new_passphrase:
            raise BadInput("Please choose a new passphrase.")
        pending = keyslots.prepare_change(self.path, old_passphrase, new_passphrase)
        return self._put_header_in_place(pending, "passphrase changed")

    def recover(self, recovery_key: str, new_passphrase: str) -> str | None:
        """Set a new passphrase with the recovery key, as one act; the vault is left unlocked.

        Raises only when nothing changed; returns None or a note, as `change_passphrase`.
        """
        if not new_passphrase:
            raise BadInput("Please choose a new passphrase.")
        if not self.is_unlocked:
            self.unlock_with_recovery(recovery_key)
        pending = keyslots.prepare_reset(self.path, recovery_key, new_passphrase)
        return self._put_header_in_place(pending, "passphrase reset with recovery key")

    def _put_header_in_place(self, pending: keyslots.NewHeader, event: str) -> str | None:
        """Swap the key file and note `event` in the history, so that both happen or neither.

        The history entry is written first, in a transaction that holds the write lock (so a
        read-only or busy database fails here, before anything changed); the header is swapped
        inside it and the transaction commits after. Only if that last commit fails is the
        change done without its history entry: then it is tried once more, and if it still
        fails the change is reported as done, with a note saying so.
        """
        if not self.is_unlocked:
            return keyslots.install(pending)
        from sqlalchemy.orm import Session

        from diary.records import audit

        with interrupts.deferred():
            session = Session(self.writer)
            try:
                session.begin()
                audit.append(session, event, "")
                session.flush()
                note = keyslots.install(pending)
            except BaseException:
                session.rollback()
                session.close()
                raise
            try:
                session.commit()
            except Exception:
                session.close()
                try:
                    self.record_event(event)
                except Exception:
                    return HISTORY_NOT_NOTED
            else:
                session.close()
            interrupts.note_saved()
        return note

    # -- signing key ------------------------------------------------------------------------

    def signing_key(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from sqlalchemy.orm import Session

        from diary.records.settings import read_secret

        with Session(self.engine) as session:
            raw = read_secret(session, SIGNING_KEY)
        if raw is None:
            raise VaultDamaged("The diary's signing key is missing; packs cannot be signed.")
        return Ed25519PrivateKey.from_private_bytes(raw)

    def change_signing_key(self) -> Ed25519PrivateKey:
        """Make a new signing key for packs (when the old one may have been copied), in one
        transaction with a history entry that the old key signs: later packs, signed by the new
        key, can then be compared with earlier ones."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from diary.pack.signing import KEY_CHANGE_EVENT, key_change_detail
        from diary.records import audit
        from diary.records.settings import write_secret

        old = self.signing_key()
        new = Ed25519PrivateKey.generate()
        with self._transaction() as session:
            write_secret(session, SIGNING_KEY, new.private_bytes_raw())
            audit.append(session, KEY_CHANGE_EVENT, "", **key_change_detail(old, new))
        return new

    # -- checks -----------------------------------------------------------------------------

    def check(self, progress: Callable[[str], None] | None = None) -> list[str]:
        """Every problem found, as plain sentences; an empty list means all is well."""
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        from diary.records import audit
        from diary.records.models import ExhibitRow

        problems: list[str] = []
        if progress:
            progress("key file")
        problems += keyslots.problems(self.path, self._key_for_header())
        if progress:
            progress("database")
        try:
            problems += database.integrity_problems(self.engine)
        except Exception:
            problems.append("The diary database could not be read all the way through.")
        if progress:
            progress("exhibits")
        try:
            with Session(self.engine) as session:
                exhibits = list(
                    session.execute(
                        select(
                            ExhibitRow.ref,
                            ExhibitRow.original_name,
                            ExhibitRow.sha256,
                            ExhibitRow.blob_id,
                        ).order_by(ExhibitRow.id)
                    ).tuples()
                )
        except Exception:
            exhibits = []
            problems.append("The list of exhibits could not be read.")
        for ref, name, sha256, blob_id in exhibits:
            if not self.blobs.exists(blob_id):
                problems.append(f"Exhibit {ref} ({name}) is missing.")
                continue
            try:
                digest = self.blobs.verify(blob_id)
            except WriteFailed:
                problems.append(
                    f"Exhibit {ref} ({name}) could not be checked: Daybook is not allowed to "
                    "read its file (its permissions were changed). Make the diary's files "
                    "readable by you and check again."
                )
                continue
            except DaybookError:
                problems.append(f"Exhibit {ref} ({name}) is damaged.")
                continue
            if digest != sha256:
                problems.append(
                    f"Exhibit {ref} ({name}) no longer matches "
                    "the fingerprint taken when it was added."
                )
        if progress:
            progress("history")
        try:
            with Session(self.engine) as session:
                problems += audit.problems(session)
        except Exception:
            problems.append("The diary's history could not be read.")
        return problems

    # -- files written outside the diary --------------------------------------------------

    def prepare_output(self, out: Path) -> list[Path]:
        """Before writing a pack or backup to `out`: remove unfinished ones a stopped Daybook
        left beside it, and remember the folder so that `tidy_outputs` looks there too."""
        from diary.records.settings import read_setting, write_setting

        removed = partfiles.sweep(out.parent)
        with self._transaction() as session:
            known = read_setting(session, partfiles.SETTING, []) or []
            write_setting(session, partfiles.SETTING, partfiles.remembered(known, out.parent))
        return removed

    def tidy_outputs(self) -> list[Path]:
        """Remove unfinished packs and backups left in every folder the diary has written to."""
        from sqlalchemy.orm import Session

        from diary.records.settings import read_setting

        with Session(self.engine) as session:
            known = read_setting(session, partfiles.SETTING, []) or []
        removed: list[Path] = []
        for folder in known:
            removed += partfiles.sweep(Path(folder))
        return removed

    # -- backup and restore -----------------------------------------------------------------

    def backup(self, out: Path) -> str | None:
        """One consistent, still-encrypted file of the whole vault, made while it is in use.

        Raises WriteFailed when no backup was made; returns None, or a sentence to show beside
        the success when the backup is there but something around it could not be finished.
        """
        self.prepare_output(out)
        blobs = self.blobs
        tmp_db = self.path / BACKUP_DATABASE
        with contextlib.suppress(OSError):
            tmp_db.unlink()
        try:
            tmp_out, fd = partfiles.create(out)
        except OSError as exc:
            raise write_failure(out.parent, exc.errno) from exc
        try:
            database.backup_to(self.engine, tmp_db, self._database_key())
            blob_ids = self._blob_ids()
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
                    manifest = {"format": BACKUP_FORMAT, "created": to_text(now())}
                    archive.writestr(BACKUP_MANIFEST, json.dumps(manifest))
                    for name in (KEYSLOTS, KEYSLOTS + ".bak"):
                        if (self.path / name).exists():
                            archive.write(self.path / name, name)
                    archive.write(tmp_db, DATABASE)
                    for blob_id in sorted(blob_ids):
                        archive.write(blobs.path_for(blob_id), f"{BLOBS}/{blob_id[:2]}/{blob_id}")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_out, out)
            interrupts.note_saved()
        except BaseException as exc:
            with contextlib.suppress(OSError):
                tmp_out.unlink()
            if isinstance(exc, OSError):
                raise write_failure(out.parent, exc.errno) from exc
            raise
        finally:
            with contextlib.suppress(OSError):
                tmp_db.unlink()
        try:
            fsync_dir(out.parent)
        except OSError:
            return NOT_CONFIRMED
        try:
            self.record_event("backup made")
        except DaybookError:
            return HISTORY_NOT_NOTED
        return None

    def repair(self) -> list[str]:
        """Mend what `check` can mend (today: the key file or its copy from the other);
        returns what was done, as plain sentences."""
        done = keyslots.repair(self.path, self._key_for_header())
        if done:
            self.key_file_note = ""
            self.record_event("key file repaired")
        return done

    def _key_for_header(self) -> bytes:
        if self._header_key is None:
            raise VaultLocked()
        return self._header_key

    def _database_key(self) -> bytes:
        if self._db_key is None:
            raise VaultLocked()
        return self._db_key

    @staticmethod
    def restore(archive_path: Path, target: Path, passphrase: str) -> Restored:
        """Restore a backup into `target` as one act: checked first, noted in its history,
        then put in place, with any diary that was there kept beside it.

        Raises (nothing changed) when it cannot be restored; returns where an older diary was
        moved and any note to show beside the success.
        """
        if target.exists() and not target.is_dir():
            raise BadInput(f"{target} is a file, not a diary folder. Nothing was changed.")
        if target.is_dir() and not Vault.exists(target) and any(target.iterdir()):
            raise BadInput(
                f"{target} is not empty and is not a diary, so the backup was not restored "
                "there. Nothing was changed; choose an empty folder or a new one."
            )
        try:
            archive = zipfile.ZipFile(archive_path)
        except PermissionError as exc:
            # It may well be a backup: what stopped us is the file's permissions.
            raise BadInput(
                f"Daybook is not allowed to read {archive_path.name}. Nothing was changed; "
                "make the file readable (or copy it somewhere you can read it) and try again."
            ) from exc
        except (OSError, zipfile.BadZipFile) as exc:
            raise BadInput(f"{archive_path.name} is not a Daybook backup.") from exc
        parent = target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".daybook-restore-", dir=parent))
            os.chmod(staging, 0o700)
        except OSError as exc:
            archive.close()
            raise write_failure(parent, exc.errno) from exc
        try:
            with archive:
                created = _unpack_backup(archive, archive_path.name, staging)
            candidate = Vault.open(staging)
            candidate.unlock(passphrase)
            try:
                problems = candidate.check()
                if problems:
                    raise VaultDamaged(
                        "The backup is damaged, so nothing was restored: " + " ".join(problems)
                    )
                # The history first, in the copy about to be put in place: once it is in
                # place, the restore is done and noted, or it is not done at all.
                candidate.record_event("restored", "", backup_made=created)
            finally:
                candidate.lock()
            with interrupts.deferred():
                moved = _swap_in(staging, target)
                interrupts.note_saved()
            try:
                fsync_dir(parent)
            except OSError:
                return Restored(moved, NOT_CONFIRMED)
            return Restored(moved, None)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def _remove_new_entries(path: Path, before: set[Path], made_folder: bool) -> None:
    """Remove what an unfinished `create` made in `path` (and `path`, if it made it)."""
    if not path.is_dir():
        return
    for entry in set(path.iterdir()) - before:
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    if made_folder:
        with contextlib.suppress(OSError):
            path.rmdir()


@dataclass(frozen=True)
class Restored:
    """Where the diary that was there before went (None if there was none), and any note."""

    moved: Path | None
    note: str | None


def _unpack_backup(archive: zipfile.ZipFile, name: str, staging: Path) -> str:
    """Copy a backup's files into `staging`; returns when the backup was made.

    What cannot be read is the backup's fault (BadInput); what cannot be written is the disk's
    (WriteFailed, naming why).
    """
    not_a_backup = BadInput(f"{name} could not be read as a Daybook backup; nothing was changed.")
    try:
        names = archive.namelist()
        manifest = json.loads(archive.read(BACKUP_MANIFEST)) if BACKUP_MANIFEST in names else None
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise not_a_backup from exc
    if not isinstance(manifest, dict) or KEYSLOTS not in names:
        raise BadInput(f"{name} is not a Daybook backup.")
    for member in names:
        pure = PurePosixPath(member)
        if pure.is_absolute() or ".." in pure.parts or member == BACKUP_MANIFEST:
            continue
        dest = staging.joinpath(*pure.parts)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            out = open(dest, "wb")  # noqa: SIM115 - closed below, whichever side fails
        except OSError as exc:
            raise write_failure(staging, exc.errno) from exc
        with out:
            try:
                src = archive.open(member)
            except (OSError, zipfile.BadZipFile, KeyError) as exc:
                raise not_a_backup from exc
            with src:
                while True:
                    try:
                        chunk = src.read(1 << 20)
                    except (OSError, zipfile.BadZipFile, EOFError) as exc:
                        raise not_a_backup from exc
                    if not chunk:
                        break
                    try:
                        out.write(chunk)
                    except OSError as exc:
                        raise write_failure(staging, exc.errno) from exc
        os.chmod(dest, 0o600)
    try:
        (staging / BLOBS).mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise write_failure(staging, exc.errno) from exc
    return str(manifest.get("created", ""))


def _swap_in(staging: Path, target: Path) -> Path | None:
    """Put `staging` at `target`, moving a diary already there aside; returns where it went.

    Raises WriteFailed with everything as it was if the swap cannot be done.
    """
    moved: Path | None = None
    try:
        if target.exists() and any(target.iterdir()):
            stamp = now().strftime("%Y%m%d-%H%M%S")
            moved = target.with_name(f"{target.name}.before-restore-{stamp}")
            os.replace(target, moved)
        elif target.exists():
            target.rmdir()
    except OSError as exc:
        raise write_failure(target.parent, exc.errno) from exc
    try:
        os.replace(staging, target)
    except OSError as exc:
        if moved is not None:
            with contextlib.suppress(OSError):
                os.replace(moved, target)
        raise write_failure(target.parent, exc.errno) from exc
    return moved


def clean_initials(text_: str) -> str:
    letters = "".join(ch for ch in text_.upper() if ch.isalpha())[:4]
    return letters or "DB"
