"""Settings kept inside the vault: auto-lock, locking on minimise, quick exit, initials, passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.checkcode import history_code, key_check_code
from diary.errors import DaybookError, VaultLocked
from diary.pack.signing import fingerprint as ssh_fingerprint
from ui import errors, languages, workers
from ui.models import still_here
from ui.session import DEFAULT_AUTO_LOCK_MINUTES, Session
from ui.widgets import InlineMessage, PassphraseFields, busy_bar, label, scrolling, title

if TYPE_CHECKING:
    from diary.records.service import Diary
    from diary.vault import Vault


def minutes_suffix(spin: QSpinBox) -> None:
    """ "1 minute", "5 minutes": the suffix follows the number."""

    def update(value: int) -> None:
        spin.setSuffix(
            QCoreApplication.translate("SettingsPage", " minute")
            if value == 1
            else QCoreApplication.translate("SettingsPage", " minutes")
        )

    spin.valueChanged.connect(update)
    update(spin.value())


@dataclass(frozen=True)
class ReadCodes:
    """What the codes group shows, read on a worker. Each part is what was read, or the
    diary's error for that part alone (the other code can still be shown)."""

    check: tuple[str, str] | DaybookError  # the check code and the key's SSH fingerprint
    history: tuple[str, int] | DaybookError  # the newest event's hash and how many events


def read_codes(vault: Vault | None, diary: Diary) -> ReadCodes:
    """Read the signing key's check code and the history's head (runs on a worker)."""
    check: tuple[str, str] | DaybookError
    history: tuple[str, int] | DaybookError
    try:
        if vault is None:
            raise VaultLocked()
        public = vault.signing_key().public_key()
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        check = (key_check_code(raw), ssh_fingerprint(public))
    except DaybookError as error:
        check = error
    try:
        history = diary.history_head()
    except DaybookError as error:
        history = error
    return ReadCodes(check, history)


class CodeBox(QWidget):
    """One code a person reads out (the check code, the history code): its plain name, what it
    is for, the code in groups, Copy, and a "Details" disclosure for the technical form."""

    copy_requested = Signal(str)

    def __init__(self, name: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(f"<b>{name}</b>"))
        layout.addWidget(label(explanation, "hint"))
        self.code = QLabel()
        self.code.setObjectName("recoveryKey")
        self.code.setAccessibleName(name)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the {name}").format(name=name.lower()))
        self.copy_button.setToolTip(self.tr("Copied privately, and cleared after 30 seconds"))
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.code.text()))
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAccessibleName(
            self.tr("Details of the {name}, for an advocate").format(name=name.lower())
        )
        self.details = label("", "hint")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.details_button.toggled.connect(self._toggle)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)

    def _toggle(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(shown)

    def show_code(self, code: str, details: str, *, copyable: bool = True) -> None:
        """Show the code, or (not `copyable`) a sentence saying why it could not be read."""
        self.code.setText(code)
        self.details.setText(details)
        self.details_button.setVisible(bool(details))
        self.copy_button.setEnabled(copyable)

    def clear(self) -> None:
        self.code.clear()
        self.details.clear()
        self.details_button.setChecked(False)
        self.copy_button.setEnabled(False)  # nothing to copy until a code is shown


class SettingsPage(QWidget):
    about_me_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, self.tr("Settings")))
        layout.addWidget(title(self.tr("Settings")))
        # Other pages reached from here (help and safety, about me…): `add_link` adds one.
        self.links = QHBoxLayout()
        self.links.addStretch(1)
        layout.addLayout(self.links)

        safety = QGroupBox(self.tr("Keeping it private"))
        form = QFormLayout(safety)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 120)
        minutes_suffix(self.auto_lock)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        # As wide as its longest value, not the whole form: a long box for a small number.
        widest = self.auto_lock.textFromValue(120) + self.auto_lock.suffix()
        self.auto_lock.setMaximumWidth(
            self.auto_lock.fontMetrics().horizontalAdvance(widest)
            + self.auto_lock.fontMetrics().averageCharWidth() * 8
        )
        form.addRow(label(self.tr("Lock when not used &for"), buddy=self.auto_lock), self.auto_lock)
        self.lock_on_minimise = QCheckBox(self.tr("Lock when I minimise the window"))
        self.lock_on_minimise.setAccessibleName(self.tr("Lock when the window is minimised"))
        form.addRow("", self.lock_on_minimise)
        self.exit_page = QCheckBox(
            self.tr("Quick exit also opens a weather page in the web browser")
        )
        self.exit_page.setAccessibleName(self.tr("Quick exit also opens a weather page"))
        form.addRow("", self.exit_page)
        self.initials = QLineEdit()
        self.initials.setMaxLength(4)
        self.initials.setMaximumWidth(120)
        self.initials.setAccessibleName(self.tr("Your initials, for labelling files"))
        form.addRow(label(self.tr("Your &initials"), buddy=self.initials), self.initials)
        self.language = QComboBox()
        for language, name in languages.choices():
            self.language.addItem(name, language)
        self.language.setAccessibleName(self.tr("The language Daybook uses"))
        form.addRow(label(self.tr("L&anguage"), buddy=self.language), self.language)
        self.save_button = QPushButton(self.tr("Sav&e settings"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.saved = InlineMessage("hint")
        row = QHBoxLayout()
        row.addWidget(self.saved)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout.addWidget(safety)

        # Your own details live on their own page (ui/about_me.py); Settings only opens it.
        self.about_me_button = QPushButton(
            self.tr("A&bout me: your details, kept out of a court copy…")
        )
        self.about_me_button.setAccessibleName(self.tr("Open About me"))
        self.about_me_button.clicked.connect(self.open_about_me)
        layout.addWidget(self.about_me_button)

        codes = QGroupBox(self.tr("Codes to give your support worker"))
        codes_layout = QVBoxLayout(codes)
        self.check_code = CodeBox(
            self.tr("Check code"),
            self.tr(
                "Shows which Daybook signed a pack: yours. Give it to your support worker "
                "separately from any pack (read it out, write it on a card, or text it). A pack "
                "that shows the same check code was signed by this diary."
            ),
        )
        self.history_code = CodeBox(
            self.tr("History code"),
            self.tr(
                "The code for your diary's history as it is now. Send it to your support worker "
                "now and then: a later pack proves that every entry that existed when you sent "
                "it is unchanged."
            ),
        )
        # The codes are read on a worker (the history's count and newest event, the signing
        # key): meanwhile the group says it is reading, and the window keeps answering.
        self.codes_busy = busy_bar(self.tr("Reading your diary"))
        self.codes_reading = label(self.tr("Reading your diary…"), "hint")
        self.codes_reading.hide()
        codes_layout.addWidget(self.codes_reading)
        codes_layout.addWidget(self.codes_busy)
        for box in (self.check_code, self.history_code):
            box.copy_requested.connect(self.copy_code)
            codes_layout.addWidget(box)
        self.copy_message = InlineMessage("hint")
        codes_layout.addWidget(self.copy_message)
        layout.addWidget(codes)

        change = QGroupBox(self.tr("Change your passphrase"))
        change_form = QFormLayout(change)
        self.old_passphrase = QLineEdit()
        self.old_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_passphrase.setAccessibleName(self.tr("Current passphrase"))
        change_form.addRow(
            label(self.tr("C&urrent passphrase"), buddy=self.old_passphrase), self.old_passphrase
        )
        self.new_passphrase = PassphraseFields(
            labels=(self.tr("Ne&w passphrase"), self.tr("&Type it again"))
        )
        change_form.addRow(self.new_passphrase)
        self.change_busy = busy_bar(self.tr("Changing the passphrase"))
        self.change_message = InlineMessage()
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.new_passphrase.changed.connect(self._update_change)
        self.old_passphrase.textChanged.connect(self._update_change)
        change_form.addRow(self.change_busy)
        change_form.addRow(self.change_message)
        self.change_why = InlineMessage("hint")
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_why, 1)
        change_row.addWidget(self.change_button)
        change_form.addRow(change_row)
        layout.addWidget(change)
        layout.addStretch(1)
        self._update_change()
        self._generation = 0  # moves on at each reading and at every lock: late answers are dropped

    def reload(self) -> None:
        diary = self.session.diary
        self.auto_lock.setValue(
            int(diary.get_setting("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES))
        )
        self.lock_on_minimise.setChecked(bool(diary.get_setting("lock_on_minimise", False)))
        self.exit_page.setChecked(bool(diary.get_setting("quick_exit_opens_page", False)))
        self.initials.setText(str(diary.get_setting("initials", "")))
        chosen = diary.get_setting(languages.SETTING, languages.SYSTEM)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self._show_codes()
        self.saved.clear_message()
        self.copy_message.clear_message()

    def _show_codes(self) -> None:
        """Read the two codes on a worker and show them when they come; the boxes are empty and
        the group says it is reading meanwhile."""
        self._generation += 1
        generation = self._generation
        vault, diary = self.session.vault, self.session.diary
        for box in (self.check_code, self.history_code):
            box.clear()
        self.codes_reading.show()
        self.codes_busy.show()

        def work(_progress: workers.ProgressFn) -> Any:
            return read_codes(vault, diary)

        def current() -> bool:
            return still_here(self) and generation == self._generation and self.session.is_unlocked

        def done(codes: Any) -> None:
            if current():
                self._codes_read()
                self._show_read_codes(codes)

        def failed(error: BaseException) -> None:
            if current():
                self._codes_read()
                for box in (self.check_code, self.history_code):
                    box.show_code(errors.describe(error), "", copyable=False)

        workers.start(work, done, failed)

    def _codes_read(self) -> None:
        self.codes_reading.hide()
        self.codes_busy.hide()

    def _show_read_codes(self, codes: ReadCodes) -> None:
        if isinstance(codes.check, BaseException):
            self.check_code.show_code(errors.describe(codes.check), "", copyable=False)
        else:
            code, fingerprint = codes.check
            self.check_code.show_code(
                code,
                self.tr(
                    "For an advocate: the same key's SSH fingerprint is {fingerprint} "
                    "(what ssh-keygen -l shows for the pack's signing-key.pub)."
                ).format(fingerprint=fingerprint),
            )
        if isinstance(codes.history, BaseException):
            self.history_code.show_code(errors.describe(codes.history), "", copyable=False)
        else:
            head, events = codes.history
            self.history_code.show_code(
                history_code(head),
                (
                    self.tr(
                        "For an advocate: the diary's history so far has 1 event; its SHA-256 "
                        "is {head}."
                    )
                    if events == 1
                    else self.tr(
                        "For an advocate: the diary's history so far has {n} events; the newest "
                        "one's SHA-256 is {head}."
                    )
                ).format(n=events, head=head),
            )

    def add_link(self, button: QWidget) -> None:
        """A button at the top of Settings that opens another page (help, about me)."""
        self.links.insertWidget(self.links.count() - 1, button)

    def clear(self) -> None:
        self._generation += 1  # a reading still on its way is not shown once locked
        self._codes_read()
        self.check_code.clear()
        self.history_code.clear()
        self.initials.clear()
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.change_message.clear_message()

    def save(self) -> None:
        initials = "".join(ch for ch in self.initials.text().upper() if ch.isalpha())[:4]
        if not initials:
            self.saved.say(self.tr("Please keep at least one initial."))
            return
        diary = self.session.diary
        try:
            diary.set_setting("auto_lock_minutes", self.auto_lock.value())
            diary.set_setting("lock_on_minimise", self.lock_on_minimise.isChecked())
            diary.set_setting("quick_exit_opens_page", self.exit_page.isChecked())
            diary.set_setting("initials", initials)
            diary.set_setting(languages.SETTING, self.language.currentData())
        except Exception as error:
            self.saved.say(errors.describe(error))
            return
        languages.chosen_language_changed(self.language.currentData())
        self.session.set_auto_lock_minutes(self.auto_lock.value())
        self.session.lock_on_minimise = self.lock_on_minimise.isChecked()
        self.session.quick_exit_opens_page = self.exit_page.isChecked()
        self.saved.say(self.tr("Saved."))

    def copy_code(self, code: str) -> None:
        self.session.clipboard.copy(code)
        self.copy_message.say(
            self.tr("Copied. It will be cleared from the clipboard in 30 seconds.")
        )

    def _update_change(self) -> None:
        if not self.old_passphrase.text():
            why = self.tr("To change it, first type your current passphrase.")
        else:
            why = self.new_passphrase.why_not()
        self.change_button.setEnabled(not why)
        self.change_button.setToolTip(why)
        self.change_why.say(why)

    def change_passphrase(self) -> None:
        vault = self.session.vault
        if vault is None or not self.change_button.isEnabled():
            return
        old, new = self.old_passphrase.text(), self.new_passphrase.value()
        self.change_busy.show()
        self.change_button.setEnabled(False)
        self.change_message.clear_message()

        def work(_progress: workers.ProgressFn) -> Any:
            # A note when the change took but something around it could not be finished
            # (the key file's copy, the history): said beside the success, never dropped.
            return vault.change_passphrase(old, new)

        workers.start(work, self._changed, self._change_failed)

    def _changed(self, note: Any) -> None:
        self.change_busy.hide()
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.change_message.setObjectName("hint")
        done = self.tr("Your passphrase is changed. Use the new one from now on.")
        self.change_message.say(f"{done} {note}" if note else done)

    def _change_failed(self, error: BaseException) -> None:
        self.change_busy.hide()
        self._update_change()
        self.change_message.setObjectName("error")
        self.change_message.say(errors.describe(error))

    def open_about_me(self) -> None:
        self.about_me_requested.emit()  # the diary shows it as one of its pages

    def focus_first(self) -> None:
        self.auto_lock.setFocus()
