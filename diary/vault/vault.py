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
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

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
from diary.fsutil import atomic_write_bytes, ensure_private_dir, fsync_dir
from diary.records import audit
from diary.records.models import ExhibitRow
from diary.records.settings import read_secret, write_secret, write_setting
from diary.timeutil import from_text, now, to_text
from diary.vault import database
from diary.vault.blobstore import BlobStore

KEYSLOTS = "keyslots"
DATABASE = "data.db"
BLOBS = "blobs"
ATTEMPTS = "attempts"
BACKUP_MANIFEST = "daybook-backup.json"
BACKUP_FORMAT = 1
SIGNING_KEY = "signing_key"
ORPHAN_AGE_SECONDS = 600


class Vault:
    """One vault folder. Locked until `unlock`; `Diary(vault)` gives the records while unlocked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._blobs: BlobStore | None = None
        self._db_key: bytes | None = None
        self.header = keyslots.read_header(path)

    # -- lifecycle --------------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        return (path / KEYSLOTS).exists()

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
    ) -> tuple[Vault, str]:
        """A new vault, unlocked, and its recovery key (to show once).

        `kdf_params` are Argon2id costs already calibrated (the app calibrates first, so it can
        say what is happening and stop before anything is written); by default they are
        calibrated here."""
        if cls.exists(path):
            raise VaultExists()
        if not passphrase:
            raise BadInput("Please choose a passphrase.")
        try:
            ensure_private_dir(path)
            ensure_private_dir(path / BLOBS)
        except OSError as exc:
            raise WriteFailed(f"Daybook could not create the folder {path}.") from exc
        dek, recovery_key = keyslots.create_keyslots(
            path, passphrase, insecure_fast_kdf=insecure_fast_kdf, params=kdf_params
        )
        vault = cls(path)
        vault._open_with(dek)
        with vault._transaction() as session:
            write_setting(session, "initials", clean_initials(initials))
            write_setting(session, "created_at", to_text(now()))
            write_setting(session, "insecure_fast_kdf", insecure_fast_kdf)
            write_secret(session, SIGNING_KEY, Ed25519PrivateKey.generate().private_bytes_raw())
        vault.record_event("vault created")
        return vault, recovery_key

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @property
    def blobs(self) -> BlobStore:
        if self._blobs is None:
            raise VaultLocked()
        return self._blobs

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Session]:
        with Session(self.engine) as session, session.begin():
            yield session

    def record_event(self, kind: str, subject: str = "") -> None:
        """Note in the diary's history something the vault did (a backup, a new passphrase)."""
        with self._transaction() as session:
            audit.append(session, kind, subject)

    def _blob_ids(self) -> set[str]:
        with Session(self.engine) as session:
            return set(session.execute(select(ExhibitRow.blob_id)).scalars())

    def unlock(self, passphrase: str) -> list[datetime]:
        """Open the vault; returns the times of failed attempts since the last success."""
        try:
            dek = keyslots.unlock(self.path, passphrase)
        except WrongPassphrase:
            self._note_failed_attempt()
            raise
        self._open_with(dek)
        return self._take_failed_attempts()

    def unlock_with_recovery(self, recovery_key: str) -> None:
        self._open_with(keyslots.unlock_with_recovery(self.path, recovery_key))

    def _open_with(self, dek: bytes) -> None:
        db_key = keyslots.derive_subkey(dek, "database")
        blob_key = keyslots.derive_subkey(dek, "blobs")
        old_umask = os.umask(0o077)
        try:
            engine = database.open_engine(self.path / DATABASE, db_key)
            try:
                database.migrate(engine)
            except DaybookError:
                engine.dispose()
                raise
        finally:
            os.umask(old_umask)
        blobs = BlobStore(self.path / BLOBS, blob_key)
        self._engine = engine
        self._db_key = db_key
        self._blobs = blobs
        with contextlib.suppress(OSError, DaybookError):
            self._sweep_orphans(blobs, self._blob_ids())

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
        if self._engine is not None:
            with contextlib.suppress(Exception):
                database.checkpoint(self._engine)
            self._engine.dispose()
        self._engine = None
        self._blobs = None
        self._db_key = None

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

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        if not new_passphrase:
            raise BadInput("Please choose a new passphrase.")
        keyslots.change_passphrase(self.path, old_passphrase, new_passphrase)
        if self.is_unlocked:
            self.record_event("passphrase changed")

    def recover(self, recovery_key: str, new_passphrase: str) -> None:
        """Set a new passphrase with the recovery key; the vault is left unlocked."""
        if not new_passphrase:
            raise BadInput("Please choose a new passphrase.")
        keyslots.reset_passphrase(self.path, recovery_key, new_passphrase)
        self.unlock_with_recovery(recovery_key)
        self.record_event("passphrase reset with recovery key")

    # -- signing key ------------------------------------------------------------------------

    def signing_key(self) -> Ed25519PrivateKey:
        with Session(self.engine) as session:
            raw = read_secret(session, SIGNING_KEY)
        if raw is None:
            raise VaultDamaged("The diary's signing key is missing; packs cannot be signed.")
        return Ed25519PrivateKey.from_private_bytes(raw)

    # -- checks -----------------------------------------------------------------------------

    def check(self, progress: Callable[[str], None] | None = None) -> list[str]:
        """Every problem found, as plain sentences; an empty list means all is well."""
        problems: list[str] = []
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

    # -- backup and restore -----------------------------------------------------------------

    def backup(self, out: Path) -> None:
        """One consistent, still-encrypted file of the whole vault, made while it is in use."""
        blobs = self.blobs
        tmp_db = self.path / ".backup.db"
        tmp_out = out.with_name(f".{out.name}.partial")
        try:
            database.backup_to(self.engine, tmp_db, self._database_key())
            blob_ids = self._blob_ids()
            with zipfile.ZipFile(tmp_out, "w", zipfile.ZIP_STORED) as archive:
                manifest = {"format": BACKUP_FORMAT, "created": to_text(now())}
                archive.writestr(BACKUP_MANIFEST, json.dumps(manifest))
                for name in (KEYSLOTS, KEYSLOTS + ".bak"):
                    if (self.path / name).exists():
                        archive.write(self.path / name, name)
                archive.write(tmp_db, DATABASE)
                for blob_id in sorted(blob_ids):
                    archive.write(blobs.path_for(blob_id), f"{BLOBS}/{blob_id[:2]}/{blob_id}")
            with open(tmp_out, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp_out, out)
            fsync_dir(out.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp_out.unlink()
            raise WriteFailed(
                f"Daybook could not write the backup to {out}. Nothing was changed; "
                "check there is space there and try again."
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                tmp_db.unlink()
        self.record_event("backup made")

    def _database_key(self) -> bytes:
        if self._db_key is None:
            raise VaultLocked()
        return self._db_key

    @staticmethod
    def restore(archive_path: Path, target: Path, passphrase: str) -> Path | None:
        """Restore a backup into `target`, checked first; returns where any old vault was moved."""
        try:
            archive = zipfile.ZipFile(archive_path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise BadInput(f"{archive_path.name} is not a Daybook backup.") from exc
        parent = target.parent
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".daybook-restore-", dir=parent))
        os.chmod(staging, 0o700)
        try:
            with archive:
                names = archive.namelist()
                if BACKUP_MANIFEST not in names or KEYSLOTS not in names:
                    raise BadInput(f"{archive_path.name} is not a Daybook backup.")
                for name in names:
                    pure = PurePosixPath(name)
                    if pure.is_absolute() or ".." in pure.parts or name == BACKUP_MANIFEST:
                        continue
                    dest = staging.joinpath(*pure.parts)
                    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    with archive.open(name) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out)
                    os.chmod(dest, 0o600)
            (staging / BLOBS).mkdir(exist_ok=True, mode=0o700)
            candidate = Vault.open(staging)
            candidate.unlock(passphrase)
            try:
                problems = candidate.check()
            finally:
                candidate.lock()
            if problems:
                raise VaultDamaged(
                    "The backup is damaged, so nothing was restored: " + " ".join(problems)
                )
            moved: Path | None = None
            if target.exists() and any(target.iterdir()):
                stamp = now().strftime("%Y%m%d-%H%M%S")
                moved = target.with_name(f"{target.name}.before-restore-{stamp}")
                os.replace(target, moved)
            elif target.exists():
                target.rmdir()
            os.replace(staging, target)
            fsync_dir(parent)
            return moved
        except (OSError, zipfile.BadZipFile, KeyError) as exc:
            raise BadInput(
                f"{archive_path.name} could not be read as a Daybook backup; nothing was changed."
            ) from exc
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def clean_initials(text_: str) -> str:
    letters = "".join(ch for ch in text_.upper() if ch.isalpha())[:4]
    return letters or "DB"
