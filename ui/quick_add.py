"""'It happened again': one behaviour, now, here, saved in a few seconds to complete later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.records import IncidentInput, PersonRef
from ui import errors, vocab
from ui.breach_picker import BreachPicker
from ui.session import Session
from ui.widgets import InlineMessage, centred_page, label, title

QUICK_DRAFT = "quick"


class QuickAddPage(QWidget):
    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        page, layout = centred_page(self.tr("It happened again"))
        QVBoxLayout(self).addWidget(page)
        layout.addStretch(1)
        layout.addWidget(title(self.tr("It happened again")))
        layout.addWidget(
            label(
                self.tr(
                    "Save it as happening now, with what they did and where you are. "
                    "You can add the details later."
                ),
                "subtitle",
            )
        )
        self.behaviour = QComboBox()
        self.behaviour.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.behaviour.setMinimumContentsLength(12)
        self.behaviour.setAccessibleName(self.tr("What they did"))
        codes = vocab.COMMON_BEHAVIOURS + [
            c for c in vocab.behaviour_codes() if c not in vocab.COMMON_BEHAVIOURS
        ]
        for code in codes:
            self.behaviour.addItem(vocab.behaviour_words(code), code)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setAccessibleName(self.tr("Who it was"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Where you are"))
        self.location.setPlaceholderText(self.tr("Where you are now"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("A few words"))
        self.note.setPlaceholderText(self.tr("A few words, if you can (optional)"))
        form = QFormLayout()
        form.addRow(label(self.tr("&What they did"), buddy=self.behaviour), self.behaviour)
        form.addRow(label(self.tr("W&ho"), buddy=self.person), self.person)
        form.addRow(label(self.tr("Whe&re"), buddy=self.location), self.location)
        form.addRow(label(self.tr("N&ote"), buddy=self.note), self.note)
        # Again is usually a breach of the same condition as last time: it stays ticked.
        self.breaches = BreachPicker(session)
        self.breaches_label = label(self.tr("&Broke a condition"), buddy=self.breaches.view)
        form.addRow(self.breaches_label, self.breaches)
        layout.addLayout(form)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel, save nothing"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.save_button = QPushButton(self.tr("&Save now"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save now"))
        self.save_button.clicked.connect(self.save)
        for field in (self.location, self.note):
            field.returnPressed.connect(self.save)
        session.locking.connect(self._keep_typed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(2)

    def _keep_typed(self) -> None:
        # Locked half-way through: what was typed waits as a draft for next time.
        if not self.isHidden() and self.note.text().strip() and self.session.is_unlocked:
            self.session.diary.save_draft(
                QUICK_DRAFT, {"note": self.note.text(), "location": self.location.text()}
            )

    def start(self) -> None:
        """Fill in what was used last time, so saving can be one key press."""
        diary = self.session.diary
        self.error.clear_message()
        self.note.clear()
        kept = diary.load_draft(QUICK_DRAFT)
        last_code = str(diary.get_setting("quick_add_behaviour", vocab.COMMON_BEHAVIOURS[0]))
        self.behaviour.setCurrentIndex(max(self.behaviour.findData(last_code), 0))
        self.location.setText(str(diary.get_setting("quick_add_location", "")))
        self.person.clear()
        try:
            people = [p.name for p in diary.list_people() if p.role == "perpetrator"]
        except DaybookError:  # only suggestions: the box still takes any name
            people = []
        self.person.addItem("")
        self.person.addItems(people)
        # "Again" is usually the same person: last time's choice, else the one recorded.
        last_person = diary.get_setting("quick_add_person", None)
        if last_person is None and len(people) == 1:
            last_person = people[0]
        self.person.setEditText(str(last_person or ""))
        self.breaches.reset()
        self.breaches.set_day(datetime.now().astimezone().date())
        last_breaches = diary.get_setting("quick_add_breaches", []) or []
        offered = set(self.breaches.model.keys())
        self.breaches.set_chosen([ref for ref in last_breaches if ref in offered])
        self.breaches_label.setVisible(bool(offered))
        self.breaches.setVisible(bool(offered))
        if kept:
            self.note.setText(str(kept.get("note", "")))
            self.location.setText(str(kept.get("location", "")))
        self.save_button.setFocus()

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        diary = self.session.diary
        code = str(self.behaviour.currentData())
        person = self.person.currentText().strip()
        place = self.location.text().strip()
        data = IncidentInput(
            occurred_start=datetime.now().astimezone(),
            precision="exact",
            location=place,
            behaviours=[code],
            perpetrators=[PersonRef(person, "")] if person else [],
            description=self.note.text().strip(),
            breaches=self.breaches.chosen(),
        )
        try:
            incident: Any = diary.add_incident(data)
            diary.set_settings(
                {
                    "quick_add_behaviour": code,
                    "quick_add_location": place,
                    "quick_add_person": person,
                    "quick_add_breaches": data.breaches,
                }
            )
            diary.clear_draft(QUICK_DRAFT)
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.saved.emit(str(incident.number))

    def clear(self) -> None:
        self.note.clear()
        self.location.clear()
        self.person.clear()

    def focus_first(self) -> None:
        self.save_button.setFocus()
