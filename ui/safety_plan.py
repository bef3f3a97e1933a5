"""The person's safety plan, in guided sections, kept locked inside the vault. It goes only into
the full pack for the advocate, never a court copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.records.safety import SECTIONS
from ui import errors
from ui.session import Session
from ui.widgets import InlineMessage, label, scrolling, title


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


def _section_words() -> dict[str, tuple[str, str]]:
    """Each section's title and prompt in the reader's language. Written out here, not read
    from the core, so that translators see every sentence (the core keeps the English for
    the pack)."""
    return {
        "contacts": (
            _tr("Safe contacts and code words"),
            _tr(
                "Who you can call at any hour, and a word or phrase that tells them you need help"
                " without saying so."
            ),
        ),
        "places": (
            _tr("Safe places"),
            _tr(
                "Places you can go if you feel unsafe: a friend's home, a shop or station with "
                "staff, a police station."
            ),
        ),
        "routines": (
            _tr("Routes and routines to vary"),
            _tr(
                "Journeys and habits they know about (the school run, the gym, your way to work) "
                "and how you could change them."
            ),
        ),
        "ready": (
            _tr("What to keep ready"),
            _tr(
                "Phone charged, money, keys, medicines, documents, a bag you could take at once, "
                "and where they are."
            ),
        ),
        "work": (
            _tr("Who at work or school knows"),
            _tr(
                "Who there knows what is happening, what they have agreed to do (screen calls, "
                "walk you to your car), and who to tell if something changes."
            ),
        ),
        "advocate": (
            _tr("Your advocate's details"),
            _tr(
                "Your advocate or support worker: name, service, number, when to reach them, and "
                "any police officer or reference number."
            ),
        ),
        "turns_up": (
            _tr("If he turns up"),
            _tr(
                "What you will do if he turns up at home, at work or somewhere else: where to go,"
                " who to call, what to say."
            ),
        ),
    }


class SafetyPlanPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.addWidget(title(self.tr("Your safety plan")))
        layout.addWidget(
            label(
                self.tr(
                    "Work through this with your advocate if you can, a bit at a time. It is kept "
                    "locked inside your diary. It goes only into a full pack for your advocate, "
                    "and never into a court copy."
                ),
                "subtitle",
            )
        )
        self.boxes: dict[str, QPlainTextEdit] = {}
        words = _section_words()
        for section in SECTIONS:
            title_words, prompt = words.get(section.key, (section.title, section.prompt))
            group = QGroupBox(title_words)
            group_layout = QVBoxLayout(group)
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setPlaceholderText(prompt)
            box.setAccessibleName(title_words)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(self._changed)
            group_layout.addWidget(box)
            self.boxes[section.key] = box
            layout.addWidget(group)
        layout.addStretch(1)
        self.message = InlineMessage("hint")
        self.save_button = QPushButton(self.tr("S&ave the plan"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the safety plan"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, self.tr("Your safety plan")), 1)
        outer.addLayout(bar)
        self._loading = False
        session.locking.connect(self._keep_on_lock)

    def _store(self) -> Any:
        return self.session.diary if self.session.is_unlocked else None

    def reload(self) -> None:
        store = self._store()
        if store is None:
            return
        try:
            plan = store.safety_plan()
        except DaybookError as error:
            self.message.say(errors.describe(error))
            return
        self._loading = True
        for section in plan.sections:
            self.boxes[section.key].setPlainText(section.text)
        self._loading = False
        self.message.clear_message()

    def _changed(self) -> None:
        if not self._loading:
            self.message.say(self.tr("Not saved yet."))

    def save(self) -> bool:
        store = self._store()
        if store is None:
            return False
        try:
            for key, box in self.boxes.items():
                store.save_safety_section(key, box.toPlainText().strip())
        except DaybookError as error:
            self.message.say(errors.describe(error))
            return False
        self.message.say(self.tr("Saved."))
        return True

    def _keep_on_lock(self) -> None:
        # Locking never loses what was typed here either.
        if self.message.text() == self.tr("Not saved yet."):
            self.save()
        self.clear()

    def clear(self) -> None:
        self._loading = True
        for box in self.boxes.values():
            box.clear()
        self._loading = False
        self.message.clear_message()

    def focus_first(self) -> None:
        self.boxes[SECTIONS[0].key].setFocus()
