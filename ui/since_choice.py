"""The export wizard's "only what is new since a pack I sent before": the earlier pack's file and,
when it is locked, its passphrase. The core reads and checks it (diary/since_export.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from diary.pack import age
from ui import files
from ui.widgets import label, secret_field


class SincePackChoice(QWidget):
    """A tick box, then the earlier pack to make an update from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.locked = False  # the chosen pack is encrypted, so its passphrase is needed
        self.wanted = QCheckBox(self.tr("Only w&hat is new since a pack I sent before"))
        self.wanted.setAccessibleName(
            self.tr("Only what is new or changed since a pack I sent before")
        )
        self.wanted.toggled.connect(self._toggled)
        self.choose_button = QPushButton(self.tr("Choose that pac&k…"))
        self.choose_button.setAccessibleName(self.tr("Choose the pack you sent before"))
        self.choose_button.clicked.connect(self._choose)
        self.chosen = label("", "hint")
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        words = self.tr("That pack's passphrase")
        self.passphrase = secret_field(words, words)
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.chosen, 1)
        row.addWidget(self.passphrase)
        self.hint = label(
            self.tr(
                "New and changed entries go in full; the others are listed with a code that "
                "shows they are unchanged, so the update is small. Your advocate needs the "
                "earlier pack too, to check the two together."
            ),
            "hint",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wanted)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.hint.setVisible(on)
        self.passphrase.setVisible(on and self.locked)

    def _choose(self) -> None:
        chosen = files.open_files(self, self.tr("Choose the pack you sent before"))
        if chosen:
            self.set_path(Path(chosen[0]))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.locked = age.is_age_file(path)
        self.chosen.setText(path.name)
        self.passphrase.clear()
        self.wanted.setChecked(True)
        self._toggled(True)
        if self.locked:
            self.passphrase.setFocus()

    def problem(self) -> str:
        """Why the choice cannot be used yet; empty when it can (or is not wanted)."""
        if not self.wanted.isChecked():
            return ""
        if self.path is None:
            return self.tr("Please choose the pack you sent before.")
        if self.locked and not self.passphrase.text():
            return self.tr("Please type that pack's passphrase.")
        return ""

    def chosen_pack(self) -> tuple[Path, str | None] | None:
        """The earlier pack and its passphrase, or None when no update is wanted."""
        if not self.wanted.isChecked() or self.path is None:
            return None
        return self.path, (self.passphrase.text() if self.locked else None)

    def clear(self) -> None:
        self.path = None
        self.locked = False
        self.chosen.clear()
        self.passphrase.clear()
        self.wanted.setChecked(False)
        self._toggled(False)
