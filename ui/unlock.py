"""Opening the diary: the passphrase, or the recovery key and a new passphrase."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from ui import errors, workers
from ui.session import Session
from ui.widgets import InlineMessage, PassphraseFields, StepPage, label

if TYPE_CHECKING:
    from diary.vault import Vault


class UnlockPage(QWidget):
    """Emits `unlocked` once the session holds an open diary."""

    unlocked = Signal()
    open_pack = Signal()  # an advocate opening an evidence pack needs no diary
    open_help = Signal()  # help and safety needs no diary either

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._working = False
        self.steps = QStackedWidget()
        QVBoxLayout(self).addWidget(self.steps)
        self._build_unlock()
        self._build_recover()

    def _build_unlock(self) -> None:
        page = StepPage(self.tr("Daybook"))
        self.unlock_step = page
        self.reason = InlineMessage("notice")
        page.body.addWidget(self.reason)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        form = QFormLayout()
        form.addRow(label(self.tr("&Passphrase"), buddy=self.passphrase), self.passphrase)
        page.body.addLayout(form)
        self.error = page.error
        self.busy = page.busy
        self.checking = page.busy_words
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setAccessibleName(self.tr("Open the diary"))
        self.open_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(
            self.tr("&Forgotten your passphrase? Use your recovery key")
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(
            self.tr("Forgotten your passphrase? Use your recovery key")
        )
        self.forgot_button.clicked.connect(lambda: self._go(1))
        self.open_pack_button = QPushButton(self.tr("Open an &evidence pack someone gave you…"))
        self.open_pack_button.setFlat(True)
        self.open_pack_button.setAccessibleName(self.tr("Open an evidence pack someone gave you"))
        self.open_pack_button.clicked.connect(self.open_pack.emit)
        self.help_button = QPushButton(self.tr("&Help and safety"))
        self.help_button.setFlat(True)
        self.help_button.setAccessibleName(self.tr("Help and safety: who to call"))
        self.help_button.clicked.connect(self.open_help.emit)
        more = QVBoxLayout()
        for button in (self.forgot_button, self.open_pack_button, self.help_button):
            more.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        page.body.addLayout(more)
        page.add_buttons([], [self.open_button])
        self.steps.addWidget(page)

    def _build_recover(self) -> None:
        page = StepPage(
            self.tr("Use your recovery key"),
            self.tr(
                "Type the recovery key you wrote down when you set up Daybook, then choose a "
                "new passphrase. Everything in your diary stays as it is."
            ),
        )
        self.recover_step = page
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        form = QFormLayout()
        form.addRow(label(self.tr("&Recovery key"), buddy=self.recovery_key), self.recovery_key)
        page.body.addLayout(form)
        self.new_passphrase = PassphraseFields()
        page.body.addWidget(self.new_passphrase)
        self.recover_error = page.error
        self.recover_busy = page.busy
        self.recover_back = QPushButton(self.tr("&Back"))
        self.recover_back.setAccessibleName(self.tr("Back to the passphrase"))
        self.recover_back.clicked.connect(lambda: self._go(0))
        self.recover_button = QPushButton(self.tr("Set passphrase and &open"))
        self.recover_button.setObjectName("primary")
        self.recover_button.setAccessibleName(self.tr("Set the new passphrase and open the diary"))
        self.recover_button.clicked.connect(self.recover)
        self.new_passphrase.changed.connect(self._update_recover)
        self.recovery_key.textChanged.connect(self._update_recover)
        page.add_buttons([self.recover_back], [self.recover_button])
        self._update_recover()
        self.steps.addWidget(page)

    def _update_recover(self) -> None:
        if self.recover_step.is_busy:
            return
        if not self.recovery_key.text().strip():
            why = self.tr("To go on, type your recovery key.")
        else:
            why = self.new_passphrase.why_not()
        self.recover_step.explain(self.recover_button, why)

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        (self.passphrase if step == 0 else self.recovery_key).setFocus()

    def reset(self) -> None:
        """Back to a clean passphrase field (after locking)."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.error.clear_message()
        self.recover_error.clear_message()
        # Why it locked itself, when it did ("Locked after 5 minutes without use.").
        self.reason.say(self.session.lock_reason)
        self._go(0)

    @property
    def is_busy(self) -> bool:
        """A passphrase or recovery key is being checked."""
        return self._working

    def focus_first(self) -> None:
        self._go(self.steps.currentIndex())

    def _opener(self) -> Callable[[], Vault]:
        """Opens the vault on the worker: the database library it loads (a good part of a
        second on a slow computer) must not hold up the window."""
        known, path = self.session.vault, self.session.vault_path

        def open_vault() -> Vault:
            if known is not None:
                return known
            from diary.vault import Vault

            return Vault.open(path)

        return open_vault

    def _set_working(self, working: bool) -> None:
        self._working = working
        step = self.unlock_step if self.steps.currentIndex() == 0 else self.recover_step
        if working:
            words = (
                self.tr("Checking your passphrase…")
                if step is self.unlock_step
                else self.tr("Checking your recovery key and setting the new passphrase…")
            )
            step.set_busy(words, self.tr("Opening"))
        else:
            self.unlock_step.done_busy()
            self.recover_step.done_busy()
        for widget in (self.open_button, self.passphrase, self.forgot_button, self.recover_back):
            widget.setEnabled(not working)
        if working:
            self.recover_button.setEnabled(False)
        else:
            self._update_recover()

    def unlock(self) -> None:
        if self._working:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.say(self.tr("Please type your passphrase."))
            return
        self.error.clear_message()
        self._set_working(True)
        open_vault = self._opener()

        def work(_progress: workers.ProgressFn) -> Any:
            vault = open_vault()
            attempts = vault.unlock(passphrase)
            rows = _timeline_rows(vault)
            _load_the_rest()
            return vault, attempts, rows

        workers.start(work, self._unlocked, self._unlock_failed)

    def _unlocked(self, result: Any) -> None:
        vault, failed_attempts, rows = result
        self.session.vault = vault
        self._set_working(False)
        self.passphrase.clear()
        if self.session.leaving:
            # Quick exit while the key was being checked: close it again, show nothing.
            vault.lock()
            return
        self.reason.clear_message()
        self.session.opened(vault, list(failed_attempts or []), timeline=rows)
        self.unlocked.emit()

    def _unlock_failed(self, error: BaseException) -> None:
        vault = self.session.vault
        if vault is not None and vault.is_unlocked:
            vault.lock()  # failed after the key was accepted: nothing stays open unseen
        self._set_working(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.say(errors.describe(error))

    def recover(self) -> None:
        if self._working or not self.recover_button.isEnabled():
            return
        key = self.recovery_key.text().strip()
        new = self.new_passphrase.value()
        self.recover_error.clear_message()
        self._set_working(True)
        open_vault = self._opener()

        def work(_progress: workers.ProgressFn) -> Any:
            vault = open_vault()
            note = vault.recover(key, new)
            if note:  # done, but something around it was not: said once the diary opens
                vault.key_file_note = f"{vault.key_file_note} {note}".strip()
            attempts = [] if vault.is_unlocked else vault.unlock(new)
            rows = _timeline_rows(vault)
            _load_the_rest()
            return vault, attempts, rows

        workers.start(work, self._recovered, self._recover_failed)

    def _recovered(self, result: Any) -> None:
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self._go(0)
        self._unlocked(result)

    def _recover_failed(self, error: BaseException) -> None:
        self._set_working(False)
        self.recover_error.say(errors.describe(error))


def _load_the_rest() -> None:
    """The diary's pages are imported here, on the worker, before the window opens them."""
    from ui.window import load_the_rest

    load_the_rest()


def _timeline_rows(vault: Vault) -> list[Any] | None:
    """The timeline's first page (newest first), fetched on the worker too, so the window
    never waits for it; the rest comes a page at a time as the person scrolls."""
    from diary.records.service import Diary
    from ui.models import PAGE_ROWS

    try:
        return list(Diary(vault).incident_page(limit=PAGE_ROWS))
    except DaybookError:
        return None  # the timeline fetches again, and says what went wrong
    except BaseException:
        vault.lock()  # unforeseen: nothing stays open unseen, and the failure is said
        raise
