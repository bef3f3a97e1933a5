"""First run: what Daybook is, a passphrase, the recovery key shown once and checked, the initials."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary.crypto import kdf
from ui import errors, files, workers
from ui.session import Session
from ui.widgets import InlineMessage, PassphraseFields, StepPage, label

if TYPE_CHECKING:
    from diary.vault import Vault

try:  # Some Qt builds leave printing out; then only saving to a file is offered.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    CAN_PRINT = True
except ImportError:  # pragma: no cover - depends on the Qt build
    CAN_PRINT = False


def write_private_text(path: Path, text: str) -> None:
    """Write `text` readable by this user only (0600), even over a file that was there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        if hasattr(os, "fchmod"):
            os.fchmod(out.fileno(), 0o600)  # an existing file keeps its old mode otherwise
        out.write(text)


def last_group(recovery_key: str) -> str:
    groups = [g for g in re.split(r"[\s\-]+", recovery_key.strip()) if g]
    return groups[-1] if groups else ""


class FirstRunPage(QWidget):
    """Makes the diary. Emits `finished` once the recovery key has been written down."""

    finished = Signal()
    open_pack = Signal()  # an advocate opening an evidence pack needs no diary
    open_help = Signal()  # help and safety needs no diary either

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._vault: Vault | None = None
        self._recovery_key = ""
        self.steps = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self._build_welcome()
        self._build_choose()
        self._build_key()
        self._build_check()

    # -- step 1: what this is ------------------------------------------------------------------
    def _build_welcome(self) -> None:
        page = StepPage(self.tr("Welcome to Daybook"))
        for words in (
            self.tr(
                "Daybook is a private diary. Use it to write down what happens to you, "
                "when and where, in your own words, as soon as you can after it happens."
            ),
            self.tr(
                "Everything you write, and every photo or file you add, is locked with a "
                "passphrase that only you know and kept on this computer only. Nothing is "
                "sent anywhere. Without the passphrase, nobody can read it."
            ),
            self.tr(
                "When you are ready, Daybook can put your entries together for a support "
                "worker or the police. You decide if and when."
            ),
        ):
            page.body.addWidget(label(words))
        page.body.addWidget(
            label(
                self.tr(
                    "If you need to leave quickly, press Esc twice, or Ctrl+Q: Daybook closes "
                    "at once and keeps what you were writing. Once your diary is open there is "
                    "also a Quick exit button at the top of every page."
                ),
                "notice",
            )
        )
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start setting up your diary"))
        self.start_button.clicked.connect(lambda: self._go(1))
        self.open_pack_button = QPushButton(self.tr("Open an &evidence pack someone gave you…"))
        self.open_pack_button.setFlat(True)
        self.open_pack_button.setAccessibleName(self.tr("Open an evidence pack someone gave you"))
        self.open_pack_button.clicked.connect(self.open_pack.emit)
        self.help_button = QPushButton(self.tr("&Help and safety"))
        self.help_button.setFlat(True)
        self.help_button.setAccessibleName(self.tr("Help and safety: who to call"))
        self.help_button.clicked.connect(self.open_help.emit)
        page.add_buttons([self.open_pack_button, self.help_button], [self.start_button])
        self.steps.addWidget(page)

    # -- step 2: initials and passphrase -------------------------------------------------------
    def _build_choose(self) -> None:
        page = StepPage(
            self.tr("Choose your passphrase"),
            self.tr(
                "This opens your diary. Pick something you will remember but that the person "
                "you are writing about could not guess: not a name, birthday or pet."
            ),
        )
        self.choose_page = page
        self.initials = QLineEdit()
        self.initials.setMaxLength(4)
        self.initials.setMaximumWidth(120)
        self.initials.setAccessibleName(self.tr("Your initials"))
        self.initials.setPlaceholderText(self.tr("e.g. JS"))
        form = QFormLayout()
        form.addRow(label(self.tr("Your &initials"), buddy=self.initials), self.initials)
        form.addRow(
            "",
            label(
                self.tr("Used to label photos and files you add (JS1, JS2…), as the police do."),
                "hint",
            ),
        )
        page.body.addLayout(form)
        self.passphrase = PassphraseFields()
        page.body.addWidget(self.passphrase)
        self.create_error = page.error
        self.create_busy = page.busy
        self.create_progress = page.busy_words
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._go(0))
        self.create_button = QPushButton(self.tr("&Create my diary"))
        self.create_button.setObjectName("primary")
        self.create_button.setAccessibleName(self.tr("Create my diary"))
        self.create_button.clicked.connect(self.create_diary)
        page.add_buttons([self.back_button], [self.create_button])
        self.initials.textChanged.connect(self._update_create)
        self.passphrase.changed.connect(self._update_create)
        self.passphrase.confirm.returnPressed.connect(self.create_diary)
        self._update_create()
        self.steps.addWidget(page)

    def _initials_value(self) -> str:
        return self.initials.text().strip().upper()

    def _update_create(self) -> None:
        if self.choose_page.is_busy:
            return
        if not re.fullmatch(r"[A-Z]{1,4}", self._initials_value()):
            why = self.tr("To go on, type your initials (one to four letters).")
        else:
            why = self.passphrase.why_not()
        self.choose_page.explain(self.create_button, why)

    def create_diary(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.create_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.choose_page.set_busy(
            self.tr(
                "Setting up your diary. First Daybook measures how fast this computer is, "
                "to choose how strongly to lock it. This takes a few seconds."
            ),
            self.tr("Setting up your diary"),
        )
        path = self.session.vault_path
        passphrase = self.passphrase.value()
        initials = self._initials_value()
        fast = self.session.insecure_fast_kdf
        session = self.session

        def work(progress: workers.ProgressFn) -> Any:
            params = None if fast else kdf.calibrate()
            if session.leaving:
                return None  # quick exit while measuring: nothing has been written
            progress(1, 2)
            from diary.vault import Vault  # here: the database library loads on the worker
            from ui.window import load_the_rest

            made = Vault.create(
                path, passphrase, initials=initials, insecure_fast_kdf=fast, kdf_params=params
            )
            load_the_rest()  # the diary's pages, imported here rather than by the window
            return made

        workers.start(work, self._created, self._create_failed, self._create_step)

    def _create_step(self, done: int, _total: int) -> None:
        if done >= 1:
            self.create_progress.say(
                self.tr("Locking your new diary with your passphrase and making a recovery key…")
            )

    def _created(self, result: Any) -> None:
        self.choose_page.done_busy()
        if result is None:
            return
        vault, key = result
        if self.session.leaving:
            # Quick exit while it was being made: close it, show nothing. It opens with the
            # passphrase just chosen; the recovery key was never shown.
            vault.lock()
            return
        self._vault = vault
        self._recovery_key = str(key)
        self.passphrase.clear()
        self.key_label.setText(self._recovery_key)
        self._go(2)

    def _create_failed(self, error: BaseException) -> None:
        self.choose_page.done_busy()
        self.back_button.setEnabled(True)
        self._update_create()
        self.create_error.say(errors.describe(error))

    # -- step 3: the recovery key --------------------------------------------------------------
    def _build_key(self) -> None:
        page = StepPage(
            self.tr("Your recovery key"),
            self.tr(
                "If you ever forget your passphrase, this key is the only way back into your "
                "diary. It is shown only this once."
            ),
        )
        self.key_label = label("", "recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.body.addWidget(self.key_label)
        page.body.addWidget(
            label(
                self.tr(
                    "Write it on paper, or print it, and keep it somewhere safe away from this "
                    "computer, where the person you are writing about cannot find it."
                ),
                "notice",
            )
        )
        if not CAN_PRINT:
            page.body.addWidget(
                label(self.tr("Printing is not available on this computer."), "hint")
            )
        self.key_message = InlineMessage("hint")
        page.body.addWidget(self.key_message)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.print_button.setVisible(CAN_PRINT)
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(self.save_key)
        self.written_button = QPushButton(self.tr("I have &written it down"))
        self.written_button.setObjectName("primary")
        self.written_button.setAccessibleName(self.tr("I have written the recovery key down"))
        self.written_button.clicked.connect(lambda: self._go(3))
        page.add_buttons([self.print_button, self.save_button], [self.written_button])
        self.steps.addWidget(page)

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if not dialog.exec():
            return
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans Mono", 14))
        doc.setPlainText(self.tr("Recovery key\n\n{key}\n").format(key=self._recovery_key))
        doc.print_(printer)
        self.key_message.say(self.tr("Sent to the printer."))

    def save_key(self) -> None:
        path = files.save_file(self, self.tr("Save the recovery key"), "recovery-key.txt")
        if not path:
            return
        try:
            write_private_text(Path(path), self._recovery_key + "\n")
        except OSError as error:
            self.key_message.say(errors.describe(error))
            return
        self.key_message.say(
            self.tr("Saved. Keep that file somewhere safe, such as a USB stick you keep with you.")
        )

    # -- step 4: check it was written down -----------------------------------------------------
    def _build_check(self) -> None:
        page = StepPage(
            self.tr("Check your recovery key"),
            self.tr(
                "To make sure it was written down correctly, type the last group of "
                "letters and numbers from your recovery key."
            ),
        )
        self.check_field = QLineEdit()
        self.check_field.setAccessibleName(self.tr("Last group of the recovery key"))
        form = QFormLayout()
        form.addRow(label(self.tr("&Last group"), buddy=self.check_field), self.check_field)
        page.body.addLayout(form)
        self.check_error = page.error
        self.show_again = QPushButton(self.tr("Show the key &again"))
        self.show_again.setAccessibleName(self.tr("Show the recovery key again"))
        self.show_again.clicked.connect(lambda: self._go(2))
        self.done_button = QPushButton(self.tr("&Open my diary"))
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.tr("Open my diary"))
        self.done_button.clicked.connect(self.check)
        self.check_field.returnPressed.connect(self.check)
        page.add_buttons([self.show_again], [self.done_button])
        self.steps.addWidget(page)

    def check(self) -> None:
        typed = self.check_field.text().strip().replace(" ", "").upper()
        if not typed or typed != last_group(self._recovery_key).upper():
            self.check_error.say(
                self.tr("That is not the same as the last group. Please look again.")
            )
            return
        self.check_error.clear_message()
        vault = self._vault
        self._forget_key()
        assert vault is not None
        self._vault = None
        self.session.opened(vault, list[datetime]())
        self.finished.emit()

    def _forget_key(self) -> None:
        self._recovery_key = ""
        self.key_label.setText("")
        self.check_field.clear()

    # -- moving between steps ------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        first = {
            0: self.start_button,
            1: self.initials,
            2: self.written_button,
            3: self.check_field,
        }[step]
        first.setFocus()

    def focus_first(self) -> None:
        self._go(self.steps.currentIndex())
