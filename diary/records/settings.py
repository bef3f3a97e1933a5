"""Settings, unfinished drafts and the diary's secrets (the pack signing key), each a small keyed row."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from diary.errors import DraftDamaged
from diary.records.models import DraftRow, SecretRow, Setting
from diary.records.store import RecordStore
from diary.timeutil import now, to_text

DEFAULT_INITIALS = "DB"


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row else default


def write_setting(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=json.dumps(value)))


def read_secret(session: Session, name: str) -> bytes | None:
    row = session.get(SecretRow, name)
    return bytes(row.value) if row else None


def write_secret(session: Session, name: str, value: bytes) -> None:
    session.merge(SecretRow(name=name, value=value))


def read_initials(session: Session) -> str:
    """The initials exhibit references start with (JS1, JS2…)."""
    return str(read_setting(session, "initials", DEFAULT_INITIALS))


class SettingRecords(RecordStore):
    """Settings, drafts and secrets."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as session:
            return read_setting(session, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._write(lambda session: write_setting(session, key, value))

    def set_settings(self, values: dict[str, Any]) -> None:
        """Several settings in one write (each write is a commit, a few milliseconds each on
        a big diary, which the window waited for after "It happened again")."""

        def work(session: Session) -> None:
            for key, value in values.items():
                write_setting(session, key, value)

        self._write(work)

    @property
    def initials(self) -> str:
        with self._session() as session:
            return read_initials(session)

    def save_draft(self, key: str, data: dict[str, Any]) -> None:
        def work(session: Session) -> None:
            session.merge(DraftRow(key=key, saved_at=to_text(now()), data=json.dumps(data)))

        self._write(work)

    def load_draft(self, key: str) -> dict[str, Any] | None:
        """What was being written, or None; DraftDamaged (saying so) when it cannot be read."""
        with self._session() as session:
            row = session.get(DraftRow, key)
            if row is None:
                return None
            try:
                data = json.loads(row.data)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                raise DraftDamaged()
            return data

    def clear_draft(self, key: str) -> None:
        self._write(lambda s: s.execute(delete(DraftRow).where(DraftRow.key == key)))
