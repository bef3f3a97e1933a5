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
    return QCoreApplication.translate("SafetyPlan", text)


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
        for section in SECTIONS:
            group = QGroupBox(_tr(section.title))
            group_layout = QVBoxLayout(group)
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setPlaceholderText(_tr(section.prompt))
            box.setAccessibleName(_tr(section.title))
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
        outer.addWidget(scrolling(body), 1)
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
