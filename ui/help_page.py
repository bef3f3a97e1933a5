"""Help and safety: what to do in an emergency and who to call, from the confirmed list in
resources/helplines.json, and the person's own local services (kept in the vault). Reachable
without a diary; nothing here opens a link or reaches the network."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.helplines import Helpline, load_helplines
from ui import errors, text
from ui.session import Session
from ui.widgets import InlineMessage, label, scrolling, title

if TYPE_CHECKING:
    from diary.records.safety import LocalService


def _line_text(line: Helpline | LocalService, hours: str | None, about: str) -> str:
    parts = [f"<b>{html.escape(line.name)}</b>", f"<big><b>{html.escape(line.number)}</b></big>"]
    if hours:
        parts.append(html.escape(hours))
    if about:
        parts.append(html.escape(about))
    return "<br>".join(parts)


def _checked_day(checked: str) -> str:
    """ "1 Dec 2026" for the file's ISO date, as every other day in the app reads."""
    try:
        return text.day(date.fromisoformat(checked))
    except ValueError:
        return checked


class HelpPage(QWidget):
    """Emits `closed` to go back, `open_plan` to show the safety plan (diary open only)."""

    closed = Signal()
    open_plan = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        body = QWidget()
        body.setObjectName("page")
        self.body = QVBoxLayout(body)
        self.body.addWidget(title(self.tr("Help and safety")))
        self.body.addWidget(
            label(
                self.tr(
                    "If you are in danger now, call 999. If you cannot speak on a mobile, stay on "
                    "the line: when a recorded message asks, press 55 and the police will ask "
                    "questions you can answer by tapping or coughing. Pressing 55 does not tell "
                    "them where you are."
                ),
                "notice",
            )
        )
        self.lines = QVBoxLayout()
        self.body.addLayout(self.lines)
        self._show_helplines()
        self.local = QGroupBox(self.tr("Your local services"))
        local_layout = QVBoxLayout(self.local)
        local_layout.addWidget(
            label(
                self.tr(
                    "You or your advocate can add a service near you, such as your area's "
                    "stalking advocacy service. It is kept locked inside your diary."
                ),
                "hint",
            )
        )
        self.services = QVBoxLayout()
        local_layout.addLayout(self.services)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("The service's name"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("The service's phone number"))
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("When it is open"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Notes about the service"))
        form = QFormLayout()
        form.addRow(label(self.tr("Na&me"), buddy=self.name), self.name)
        form.addRow(label(self.tr("Phone n&umber"), buddy=self.number), self.number)
        form.addRow(label(self.tr("&When it is open"), buddy=self.hours), self.hours)
        form.addRow(label(self.tr("N&otes"), buddy=self.notes), self.notes)
        local_layout.addLayout(form)
        self.add_button = QPushButton(self.tr("&Add this service"))
        self.add_button.setAccessibleName(self.tr("Add this local service"))
        self.add_button.clicked.connect(self.add_service)
        self.local_message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.local_message, 1)
        row.addWidget(self.add_button)
        local_layout.addLayout(row)
        self.body.addWidget(self.local)
        self.locked_note = label(
            self.tr("Open your diary to see or add your local services and your safety plan."),
            "hint",
        )
        self.body.addWidget(self.locked_note)
        self.body.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.closed.emit)
        self.plan_button = QPushButton(self.tr("Your safety &plan"))
        self.plan_button.setAccessibleName(self.tr("Open your safety plan"))
        self.plan_button.clicked.connect(self.open_plan.emit)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.plan_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self.tr("Help and safety")), 1)
        outer.addLayout(bar)
        session.locked.connect(self.refresh)

    def _show_helplines(self) -> None:
        try:
            lines = load_helplines()
        except (OSError, ValueError):
            self.lines.addWidget(
                label(self.tr("The list of helplines could not be read."), "error")
            )
            return
        for line in lines.helplines:
            hours = line.hours or self.tr("Opening hours: ask when you call.")
            checked = self.tr("Number checked on {date} on the organisation's own website.").format(
                date=_checked_day(line.checked)
            )
            shown = label(_line_text(line, hours, line.what) + "<br><small>" + checked + "</small>")
            shown.setAccessibleName(line.name)
            self.lines.addWidget(shown)

    def refresh(self) -> None:
        """Show the local services when the diary is open; nothing of them when locked."""
        while self.services.count():
            item = self.services.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        unlocked = self.session.is_unlocked
        self.local.setVisible(unlocked)
        self.plan_button.setVisible(unlocked)
        self.locked_note.setVisible(not unlocked)
        if not unlocked:
            for field in (self.name, self.number, self.hours, self.notes):
                field.clear()
            return
        try:
            services = self.session.diary.local_services()
        except DaybookError as error:
            self.local_message.say(errors.describe(error))
            return
        for service in services:
            self.services.addWidget(label(_line_text(service, service.hours, service.notes)))

    def add_service(self) -> None:
        if not self.session.is_unlocked:
            return
        try:
            self.session.diary.add_local_service(
                self.name.text(), self.number.text(), self.hours.text(), self.notes.text()
            )
        except DaybookError as error:
            self.local_message.say(errors.describe(error))
            return
        self.local_message.clear_message()
        for field in (self.name, self.number, self.hours, self.notes):
            field.clear()
        self.refresh()

    def focus_first(self) -> None:
        self.back_button.setFocus()
