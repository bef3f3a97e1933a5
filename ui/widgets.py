"""Small shared pieces: page titles, inline messages, the passphrase fields with a strength meter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
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
    # A field's label stays on one line: wrapped, "Lock when not used / for" reads wrongly.
    widget.setWordWrap(buddy is None)
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


def secret_field(name: str, placeholder: str = "") -> QLineEdit:
    """A passphrase box: what is typed is never shown; `name` is what a screen reader says."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


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
        # Room for the longest tips, kept from the start, so nothing moves as they change.
        self.feedback.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.match = QLabel()
        self.match.setObjectName("hint")
        self.match.setAccessibleName(self.tr("Whether the two passphrases match"))
        self.match.setMinimumHeight(self.fontMetrics().lineSpacing())

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

    def why_not(self) -> str:
        """Why the passphrase cannot be used yet, in words; empty when it can."""
        text = self.passphrase.text()
        if not text:
            return self.tr("To go on, choose a passphrase and type it twice.")
        if self._score < MIN_SCORE:
            return self.tr("To go on, the passphrase needs to be stronger: see the tips above.")
        if text != self.confirm.text():
            return self.tr("To go on, type the same passphrase again in the second box.")
        return ""

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.show_text.setChecked(False)


def record_table(model: Any, name: str) -> QTableView:
    """A read-only table of records: whole rows chosen, one at a time, fixed row heights (cheap at
    ten thousand rows), column widths measured from a few rows only."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(40)
    # Until rows come (and whatever the page does then), each column is as wide as its heading:
    # an empty table's default widths cut headings such as "Words of the order".
    table.horizontalHeader().ensurePolished()
    fit_columns(table)
    return table


def fit_columns(table: QTableView) -> None:
    """Size each column to its header and first rows, within reason."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().averageCharWidth() * 40
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), limit))


COLUMN_WIDTH = 640  # one readable column on the calm full-window steps
NOTICE_SECONDS = 20  # how long a passing notice ("Saved as INC-0002") stays


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """`content` in a frameless scroll area: a page taller or wider than the window scrolls as a
    whole instead of pushing controls out of reach (small screens, large text, 2x scaling).
    `name` is what a screen reader calls it (the page's title), never just "scroll pane"."""
    area = QScrollArea()
    # The area takes keyboard focus (to scroll); a screen reader then says its name.
    area.setAccessibleName(name or QCoreApplication.translate("", "This page"))
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def _centred(column: QWidget) -> QWidget:
    holder = QWidget()
    holder.setObjectName("page")
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(column, 4)
    row.addStretch(1)
    return holder


def _column() -> tuple[QWidget, QVBoxLayout]:
    column = QWidget()
    # About 80 characters: measured in the text's own size, so large text gets a wider column.
    column.setMaximumWidth(max(COLUMN_WIDTH, column.fontMetrics().averageCharWidth() * 80))
    layout = QVBoxLayout(column)
    layout.setSpacing(12)
    return column, layout


def centred_page(name: str) -> tuple[QWidget, QVBoxLayout]:
    """A page with one readable column in the middle, for the calm full-window steps; the
    column scrolls as a whole when the window is too small for it."""
    page = QWidget()
    page.setObjectName("page")
    column, layout = _column()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(_centred(column), name))
    return page, layout


def busy_bar(accessible_name: str = "") -> QProgressBar:
    """A moving bar for work of unknown length, hidden until the work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    if accessible_name:
        bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


def fill_button_row(row: QHBoxLayout, left: list[QWidget], right: list[QWidget]) -> None:
    """A step's buttons: going back or aside on the left, the way on at the right."""
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)


def button_row(left: list[QWidget], right: list[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    fill_button_row(row, left, right)
    return row


class StepPage(QWidget):
    """One calm full-window step (first run, unlock, import): a readable column that scrolls
    when the window is small, and under it, always in view, what is happening (an error, or a
    busy bar with words) and the row of buttons.

    The column starts at a fixed distance from the top rather than being centred, so nothing
    in it moves when something lower down grows (the passphrase tips)."""

    def __init__(self, heading: str = "", intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        column, column_layout = _column()
        column_layout.addSpacing(column.fontMetrics().lineSpacing() * 2)
        self.heading = title(heading)
        self.heading.setVisible(bool(heading))
        column_layout.addWidget(self.heading)
        self.intro = label(intro, "subtitle")
        self.intro.setVisible(bool(intro))
        column_layout.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        column_layout.addLayout(self.body)
        column_layout.addStretch(1)
        footer, footer_layout = _column()
        footer_layout.setContentsMargins(footer_layout.contentsMargins().left(), 4, 0, 0)
        footer_layout.setSpacing(6)
        self.error = InlineMessage()
        self.busy = busy_bar()
        self.busy_words = InlineMessage("hint")
        self.why = InlineMessage("hint")  # why the main button cannot be used yet
        # Its room is kept when it goes, so the buttons do not jump as the main one turns on.
        kept = self.why.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.why.setSizePolicy(kept)
        self.buttons = QHBoxLayout()
        for widget in (self.error, self.busy, self.busy_words, self.why):
            footer_layout.addWidget(widget)
        footer_layout.addLayout(self.buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(_centred(column), heading or intro), 1)
        outer.addWidget(_centred(footer))

    def add_buttons(self, left: list[QWidget], right: list[QWidget]) -> None:
        fill_button_row(self.buttons, left, right)

    def explain(self, button: QWidget, why: str) -> None:
        """Enable `button` when `why` is empty; otherwise disable it and say why, beside it."""
        button.setEnabled(not why)
        button.setToolTip(why)
        self.why.say(why)

    def set_busy(self, words: str, accessible_name: str = "") -> None:
        """Say at once that something is happening: the earlier error goes, a bar moves."""
        self.error.clear_message()
        self.busy.setAccessibleName(accessible_name or words)
        self.busy.show()
        self.busy_words.say(words)

    def done_busy(self) -> None:
        self.busy.hide()
        self.busy_words.clear_message()

    @property
    def is_busy(self) -> bool:
        return not self.busy.isHidden()


class Notice(QWidget):
    """A passing notice at the top of a page ("Saved as INC-0002", failed attempts): it can be
    dismissed, goes away on its own after a while, and takes only the room its words need."""

    def __init__(self, kind: str = "notice", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName(kind)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("\u00d7")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this message"))
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.clear_message)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def say(self, text: str, seconds: float = NOTICE_SECONDS) -> None:
        """Show `text` for `seconds` (0: until dismissed or replaced)."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.setVisible(bool(text))
        self._timer.stop()
        if text and seconds > 0:
            self._timer.start(int(seconds * 1000))

    def text(self) -> str:
        return self.message.text()

    def clear_message(self) -> None:
        self._timer.stop()
        self.message.clear()
        self.hide()


def press_focused_button(watched: QObject, event: QKeyEvent) -> bool:
    """Enter (or Return) on a focused button presses it, as Space does: people expect it, and
    Qt leaves it to a dialog's default button, so on a page it did nothing. Called by the
    session's one application-wide key watcher; True when it pressed one."""
    if (
        not isinstance(watched, QPushButton | QToolButton)
        or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        or not (watched.hasFocus() and watched.isEnabled())
    ):
        return False
    if isinstance(watched, QToolButton) and watched.menu() is not None:
        watched.showMenu()
    else:
        watched.click()
    return True
