"""Settings kept inside the vault: auto-lock, locking on minimise, quick exit, initials, passphrase."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import errors, languages, workers
from ui.session import DEFAULT_AUTO_LOCK_MINUTES, Session
from ui.widgets import InlineMessage, PassphraseFields, label, title


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Settings")))

        safety = QGroupBox(self.tr("Keeping it private"))
        form = QFormLayout(safety)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        form.addRow(label(self.tr("&Lock when not used for"), buddy=self.auto_lock), self.auto_lock)
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
        form.addRow(label(self.tr("Lan&guage"), buddy=self.language), self.language)
        self.save_button = QPushButton(self.tr("&Save settings"))
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

        code = QGroupBox(self.tr("Your diary's check code"))
        code_layout = QVBoxLayout(code)
        code_layout.addWidget(
            label(
                self.tr(
                    "Send this code to your support worker now and then. Later it proves "
                    "which entries were already in your diary when you sent it."
                ),
                "hint",
            )
        )
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("recoveryKey")
        self.fingerprint.setAccessibleName(self.tr("Check code"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the check code"))
        self.copy_button.setToolTip(self.tr("Copied privately, and cleared after 30 seconds"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        code_row = QHBoxLayout()
        code_row.addWidget(self.fingerprint, 1)
        code_row.addWidget(self.copy_button)
        code_layout.addLayout(code_row)
        layout.addWidget(code)

        change = QGroupBox(self.tr("Change your passphrase"))
        change_form = QFormLayout(change)
        self.old_passphrase = QLineEdit()
        self.old_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_passphrase.setAccessibleName(self.tr("Current passphrase"))
        change_form.addRow(
            label(self.tr("C&urrent passphrase"), buddy=self.old_passphrase), self.old_passphrase
        )
        self.new_passphrase = PassphraseFields()
        change_form.addRow(self.new_passphrase)
        self.change_busy = QProgressBar()
        self.change_busy.setRange(0, 0)
        self.change_busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.change_busy.hide()
        self.change_message = InlineMessage()
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.new_passphrase.changed.connect(self._update_change)
        self.old_passphrase.textChanged.connect(self._update_change)
        change_form.addRow(self.change_busy)
        change_form.addRow(self.change_message)
        change_row = QHBoxLayout()
        change_row.addStretch(1)
        change_row.addWidget(self.change_button)
        change_form.addRow(change_row)
        layout.addWidget(change)
        layout.addStretch(1)
        self._update_change()

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
        try:
            self.fingerprint.setText(str(diary.fingerprint()))
        except Exception as error:
            self.fingerprint.setText(errors.describe(error))
        self.saved.clear_message()

    def clear(self) -> None:
        self.fingerprint.clear()
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

    def copy_fingerprint(self) -> None:
        self.session.clipboard.copy(self.fingerprint.text())
        self.saved.say(self.tr("Copied. It will be cleared from the clipboard in 30 seconds."))

    def _update_change(self) -> None:
        self.change_button.setEnabled(
            bool(self.old_passphrase.text()) and self.new_passphrase.is_acceptable()
        )

    def change_passphrase(self) -> None:
        vault = self.session.vault
        if vault is None or not self.change_button.isEnabled():
            return
        old, new = self.old_passphrase.text(), self.new_passphrase.value()
        self.change_busy.show()
        self.change_button.setEnabled(False)
        self.change_message.clear_message()

        def work(_progress: workers.ProgressFn) -> Any:
            vault.change_passphrase(old, new)

        workers.start(work, self._changed, self._change_failed)

    def _changed(self, _result: Any) -> None:
        self.change_busy.hide()
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.change_message.setObjectName("hint")
        self.change_message.say(self.tr("Your passphrase is changed. Use the new one from now on."))

    def _change_failed(self, error: BaseException) -> None:
        self.change_busy.hide()
        self._update_change()
        self.change_message.setObjectName("error")
        self.change_message.say(errors.describe(error))

    def focus_first(self) -> None:
        self.auto_lock.setFocus()
