"""Small shared pieces: page titles, inline messages, the passphrase fields with a strength meter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from zxcvbn import zxcvbn

# One strength rule for the app and the command line.
from diary.strength import CHECK_CHARS as _CHECK_CHARS
from diary.strength import MIN_SCORE


def label(text: str, name: str = "", buddy: QWidget | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    if buddy is not None:
        widget.setBuddy(buddy)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def title(text: str) -> QLabel:
    widget = label(text, "title")  # screen readers read a label's own text
    # Set here as well as in the style sheet, which is left out in high contrast.
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    widget.setFont(font)
    return widget


def plain_hint(accessible_name: str) -> QLabel:
    """A small, selectable label for text from outside (a pack, a file): shown exactly as written,
    never read as HTML."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setObjectName("hint")
    widget.setAccessibleName(accessible_name)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def disclosure(text: str, accessible_name: str) -> tuple[QToolButton, QLabel]:
    """A "Details" button and the label it shows or hides: technical detail for the advocate,
    out of the way of the plain words. The label starts hidden."""
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)
    button.setAccessibleName(accessible_name)
    details = plain_hint(accessible_name)
    details.hide()

    def toggle(shown: bool) -> None:
        details.setVisible(shown)
        button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    button.toggled.connect(toggle)
    return button, details


class InlineMessage(QLabel):
    """A message said in place, next to what it is about; read out by screen readers."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.say("")


class PassphraseFields(QWidget):
    """A new passphrase, its confirmation and live strength feedback from zxcvbn."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        user_inputs: list[str] | None = None,
        labels: tuple[str, str] | None = None,
    ) -> None:
        """`labels` name the two fields (with their mnemonics) where the defaults would clash."""
        super().__init__(parent)
        self._user_inputs = user_inputs or ["daybook", "diary"]
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("The same passphrase again"))
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase as I type"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setMaximumHeight(12)
        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("How strong the passphrase is"))
        self.match = QLabel()
        self.match.setObjectName("hint")
        self.match.setAccessibleName(self.tr("Whether the two passphrases match"))

        form = QFormLayout()
        first, second = labels or (self.tr("&Passphrase"), self.tr("&Type it again"))
        form.addRow(label(first, buddy=self.passphrase), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.feedback)
        form.addRow(label(second, buddy=self.confirm), self.confirm)
        form.addRow("", self.match)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self._score = 0
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update_match)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._score = 0
            self.feedback.setText(
                self.tr(
                    "Choose a few unusual words that only you would put together, "
                    "like a short odd sentence. Longer is stronger."
                )
            )
        else:
            result: dict[str, Any] = zxcvbn(text[:_CHECK_CHARS], user_inputs=self._user_inputs)
            self._score = int(result["score"])
            words = [
                self.tr("Very weak"),
                self.tr("Weak"),
                self.tr("Could be guessed"),
                self.tr("Strong"),
                self.tr("Very strong"),
            ][self._score]
            tips = []
            feedback = result.get("feedback") or {}
            if feedback.get("warning"):
                tips.append(str(feedback["warning"]))
            tips.extend(str(s) for s in feedback.get("suggestions") or [])
            if self._score < MIN_SCORE:
                tips.append(self.tr("Please make it a little longer or less predictable."))
            self.feedback.setText(" ".join([words + ".", *tips]))
        self.meter.setValue(self._score)
        self._update_match()

    def _update_match(self) -> None:
        # Only the match is re-checked as the confirmation is typed; zxcvbn is not cheap.
        text = self.passphrase.text()
        confirm = self.confirm.text()
        if not confirm:
            self.match.setText("")
        elif confirm == text:
            self.match.setText(self.tr("They match."))
        else:
            self.match.setText(self.tr("They don't match yet."))
        self.changed.emit()

    def score(self) -> int:
        return self._score

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return bool(text) and self._score >= MIN_SCORE and text == self.confirm.text()

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.show_text.setChecked(False)


def centred_page() -> tuple[QWidget, QVBoxLayout]:
    """A page with one readable column in the middle, for the calm full-window steps."""
    page = QWidget()
    page.setObjectName("page")
    outer = QHBoxLayout(page)
    column = QWidget()
    column.setMaximumWidth(640)
    layout = QVBoxLayout(column)
    layout.setSpacing(12)
    outer.addStretch(1)
    outer.addWidget(column, 4)
    outer.addStretch(1)
    return page, layout
