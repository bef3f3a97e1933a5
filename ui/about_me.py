"""About me: the person's own details, which the court copy of a pack withholds wherever they appear.

A page of its own (`AboutMePage`), shown as a page of the diary (`AboutMeView`) from Settings. The
rules (what a phone number or an address is) live in the core, `diary.records.profile`; this
page only shows the fields and says the core's sentence when something is refused.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from diary.records.profile import Address, Profile
from ui import errors
from ui.session import Session
from ui.widgets import InlineMessage, label, scrolling, title


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())


def _list_box(accessible: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(64)
    return box


class AboutMePage(QWidget):
    """Name, phones, emails, addresses and other identifying details, one a line."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.addWidget(title(self.tr("About me")))
        outer.addWidget(
            label(
                self.tr(
                    "These details stay in your diary, encrypted. A court copy of your evidence "
                    "pack is given to the person you are afraid of, so Daybook takes out every "
                    "phone number, email address, address and other detail you list here, "
                    "wherever it appears, even inside their messages. Your name stays: they know "
                    "it. Write one on each line."
                ),
                "hint",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name, as the evidence pack should give it"))
        form.addRow(label(self.tr("Your na&me"), buddy=self.name), self.name)
        self.phones = _list_box(self.tr("Your phone numbers, one a line"), "07700 900123")
        form.addRow(label(self.tr("&Phone numbers"), buddy=self.phones), self.phones)
        self.emails = _list_box(self.tr("Your email addresses, one a line"), "me@example.org")
        form.addRow(label(self.tr("&Email addresses"), buddy=self.emails), self.emails)
        self.addresses = _list_box(
            self.tr("Your addresses: home, work, school, one a line"),
            self.tr("14 Acacia Avenue, Leeds LS6 2AB"),
        )
        form.addRow(label(self.tr("&Addresses"), buddy=self.addresses), self.addresses)
        self.other = _list_box(
            self.tr("Anything else that identifies you, one a line"),
            self.tr("Car registration, a child's name or school, your workplace"),
        )
        form.addRow(label(self.tr("&Other details"), buddy=self.other), self.other)
        self.region = QLineEdit()
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(60)
        self.region.setAccessibleName(
            self.tr("Your country, as two letters, for phone numbers written without one")
        )
        form.addRow(label(self.tr("&Country"), buddy=self.region), self.region)
        outer.addLayout(form)
        self.message = InlineMessage()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save my details"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addStretch(0)
        row.addWidget(self.save_button, 0)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        outer.addLayout(row)
        outer.addStretch(1)

    def reload(self) -> None:
        try:
            profile = self.session.diary.get_profile()
        except Exception as error:
            self.message.setObjectName("error")
            self.message.say(errors.describe(error))
            return
        self.name.setText(profile.name)
        self.phones.setPlainText("\n".join(profile.phones))
        self.emails.setPlainText("\n".join(profile.emails))
        self.addresses.setPlainText("\n".join(a.text for a in profile.addresses))
        self.other.setPlainText("\n".join(profile.other))
        self.region.setText(profile.region)
        self.message.clear_message()

    def profile(self) -> Profile:
        """What the page holds now, as the core's record."""
        return Profile(
            name=self.name.text(),
            phones=_lines(self.phones),
            emails=_lines(self.emails),
            addresses=tuple(Address(a) for a in _lines(self.addresses)),
            other=_lines(self.other),
            region=self.region.text().strip() or "GB",
        )

    def save(self) -> None:
        try:
            self.session.diary.save_profile(self.profile())
        except Exception as error:
            # Nothing was saved: the core checks everything before it writes.
            self.message.setObjectName("error")
            self.message.say(errors.describe(error))
            return
        self.reload()
        self.message.setObjectName("hint")
        self.message.say(self.tr("Saved."))
        self.saved.emit()

    def clear(self) -> None:
        for line in (self.name, self.region):
            line.clear()
        for box in (self.phones, self.emails, self.addresses, self.other):
            box.clear()
        self.message.clear_message()


class AboutMeView(QWidget):
    """About me as a page of the diary, opened from Settings: the diary's bar with Lock and
    Quick exit stays in view above it, and Back returns to Settings."""

    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = AboutMePage(session)
        self.page.setObjectName("page")  # the calm background, like every other page
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to Settings"))
        self.back_button.clicked.connect(self.closed.emit)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scrolling(self.page, self.tr("About me")), 1)
        # Locking forgets what was typed here, like every other page.
        session.locking.connect(self.page.clear)

    def start(self) -> None:
        self.page.reload()

    def focus_first(self) -> None:
        self.page.name.setFocus()
