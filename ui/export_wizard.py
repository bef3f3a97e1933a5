"""Make an evidence pack: what to include, a summary of what goes in and what is left out, where
to save it (optionally locked with a passphrase), the export on a worker, then how to check it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.exporting import (
    AppendixOffer,
    ExportChoices,
    appendix_offer,
    collect,
    export,
    let_go_of_pack,
)
from diary.pack.build import pack_file_name
from diary.pack.redact import apply_profile
from diary.pack.signing import check_code, fingerprint
from diary.pack.update import trim_to_update
from diary.pack.upload_words import UPLOAD_WORDS
from diary.since_export import earlier_pack
from diary.strength import MIN_SCORE
from diary.timeutil import end_of_day, localise
from ui import errors, files, text, workers
from ui.pack_models import WithheldModel, WithheldRow
from ui.session import Session
from ui.since_choice import SincePackChoice
from ui.widgets import (
    InlineMessage,
    PassphraseFields,
    busy_bar,
    disclosure,
    label,
    record_table,
    title,
)

CHOOSE, SUMMARY, SAVE, WORKING, DONE = range(5)

# Which entries the person has chosen: (from, to, entry numbers), as ExportChoices takes them.
Selection = tuple[datetime | None, datetime | None, tuple[str, ...]]


def upload_words(key: str) -> str:
    """The police upload's words, the same as `daybook export` says them (diary/pack/
    upload_words.py), in the person's language."""
    return QCoreApplication.translate("", UPLOAD_WORDS[key])


@dataclass(frozen=True)
class Summary:
    """What the chosen pack will hold, worked out before anything is written."""

    incidents: int
    exhibits: int
    pictures: int
    messages: int
    first: datetime | None
    last: datetime | None
    withheld: list[WithheldRow]
    suggested_name: str
    key_check_code: str
    appendix: int = 0  # messages not part of any entry, carried as an appendix
    update_of: str = ""  # an update: the earlier pack's id
    unchanged: int = 0  # an update: entries listed as unchanged


def summarise(
    vault: Any, choices: ExportChoices, update_of: tuple[Path, str | None] | None = None
) -> Summary:
    """Runs on a worker: the core's own collection and redaction, as the export will do them.
    With `update_of` (the earlier pack and its passphrase), an update to that pack."""
    since = earlier_pack(vault, *update_of) if update_of is not None else None
    data = collect(vault, choices, since)
    redacted, profile_withheld = apply_profile(data)
    # An update: what is carried in full, as the export will work it out.
    redacted, update_withheld = trim_to_update(redacted)
    profile_withheld += update_withheld
    # collect() and the profile can both note the private notes; say each thing once.
    said = [w.what for w in profile_withheld]
    earlier = [w for w in data.withheld if not any(s.startswith(w.what) for s in said)]
    withheld = [WithheldRow(for_you(w.what), for_you(w.why)) for w in (*earlier, *profile_withheld)]
    pictures = sum(
        1
        for e in redacted.exhibits
        if e.media_type.startswith(("image/", "video/")) and not e.carried_in
    )
    starts = [i.occurred_start for i in data.incidents]
    summary = Summary(
        incidents=len(redacted.incidents),
        exhibits=sum(1 for e in redacted.exhibits if not e.carried_in),
        pictures=pictures,
        messages=len(redacted.messages),
        appendix=len(redacted.appendix_messages),
        first=min(starts) if starts else None,
        last=max(starts) if starts else None,
        withheld=withheld,
        suggested_name=pack_file_name(data),
        key_check_code=check_code(vault.signing_key().public_key()),
        update_of=since.pack_id if since is not None else "",
        unchanged=len(redacted.since.unchanged) if redacted.since is not None else 0,
    )
    let_go_of_pack(data, redacted)  # a summary needs none of it; freed at once, it froze the window
    return summary


# The pack's own words about what it leaves out speak of "the person" (the reader is an advocate
# or a court); the wizard says the same things to the person themself.
_FOR_YOU = [
    (re.compile(r"\bThe person chose not to include their\b"), "You chose not to include your"),
    (re.compile(r"\bnot the person doing this\b"), "not the one doing this"),
    (re.compile(r"\bThe person's own\b"), "Your own"),
    (re.compile(r"\bthe person's own\b"), "your own"),
    (re.compile(r"\bThe person's\b"), "Your"),
    (re.compile(r"\bthe person's\b"), "your"),
    (re.compile(r"\bThe person\b"), "You"),
    (re.compile(r"\bthe person\b"), "you"),
    (re.compile(r"\bin their own words\b"), "in your own words"),
]


def for_you(words: str) -> str:
    """A sentence about "the person" said to the person: "your own places", "You chose"."""
    for pattern, replacement in _FOR_YOU:
        words = pattern.sub(replacement, words)
    return words


def _start_of(day: QDate) -> datetime:
    return localise(datetime.combine(day.toPython(), time.min), fold="first")  # type: ignore[arg-type]


def _end_of(day: QDate) -> datetime:
    """The whole of the last day chosen, as `--to` on the command line."""
    return localise(end_of_day(datetime.combine(day.toPython(), time.min)), fold="second")  # type: ignore[arg-type]


class ExportWizard(QWidget):
    """Five short steps on one page of the window; emits `closed` when the person leaves."""

    closed = Signal()
    exported = Signal(str)  # the pack id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._working = False
        self._generation = 0
        self._summary: Summary | None = None
        self.result: Any = None
        # The unlinked-messages appendix: what the core counted for which selection, and
        # whether the person has ticked or unticked the box themself.
        self._offer: AppendixOffer | None = None
        self._offer_for: Selection | None = None
        self._offer_generation = 0
        self._unlinked_chosen = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(300)  # a pause in typing, not every key
        self._count_timer.timeout.connect(self._count_unlinked)
        self.heading = title(self.tr("Make an evidence pack"))
        self.steps = QStackedWidget()
        self.error = InlineMessage()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the step before"))
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel making the pack"))
        self.cancel_button.clicked.connect(self.close_wizard)
        self.next_button = QPushButton(self.tr("Nex&t"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.clicked.connect(self.go_next)
        bar = QHBoxLayout()
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)
        self._build_choose()
        self._build_summary()
        self._build_save()
        self._build_working()
        self._build_done()
        QShortcut(QKeySequence.StandardKey.Back, self, self.go_back)
        session.locking.connect(self.clear)

    # -- step 1: what goes in ------------------------------------------------------------------
    def _build_choose(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            label(
                self.tr(
                    "An evidence pack is one file for your stalking advocate or the police: a "
                    "readable report, your entries in date order, the original photos and files, "
                    "and a way for them to check nothing was changed. Your diary stays as it is."
                ),
                "subtitle",
            )
        )
        which = QGroupBox(self.tr("Which entries"))
        which.setAccessibleName(self.tr("Which entries"))
        w_layout = QVBoxLayout(which)
        self.every = QRadioButton(self.tr("&Every entry"))
        self.every.setAccessibleName(self.tr("Every entry in the diary"))
        self.period = QRadioButton(self.tr("Entries in a &period"))
        self.period.setAccessibleName(self.tr("Entries in a period"))
        self.chosen = QRadioButton(self.tr("Only &some entries"))
        self.chosen.setAccessibleName(self.tr("Only the entries I list"))
        self.which = QButtonGroup(self)
        for button in (self.every, self.period, self.chosen):
            self.which.addButton(button)
        self.every.setChecked(True)
        self.date_from = QDateEdit()
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat("d MMM yyyy")
        self.date_from.setAccessibleName(self.tr("From this day"))
        self.date_to = QDateEdit()
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat("d MMM yyyy")
        self.date_to.setAccessibleName(self.tr("To this day"))
        period_row = QHBoxLayout()
        period_row.addSpacing(24)
        period_row.addWidget(label(self.tr("&From"), buddy=self.date_from))
        period_row.addWidget(self.date_from)
        period_row.addWidget(label(self.tr("T&o"), buddy=self.date_to))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        self.numbers = QLineEdit()
        self.numbers.setAccessibleName(self.tr("Entry numbers to include"))
        self.numbers.setPlaceholderText(self.tr("e.g. INC-0003, INC-0007 or 3, 7"))
        numbers_row = QHBoxLayout()
        numbers_row.addSpacing(24)
        numbers_row.addWidget(self.numbers, 1)
        w_layout.addWidget(self.every)
        w_layout.addWidget(self.period)
        w_layout.addLayout(period_row)
        w_layout.addWidget(self.chosen)
        w_layout.addLayout(numbers_row)
        self.since = SincePackChoice()
        w_layout.addWidget(self.since)
        self.date_from.dateChanged.connect(lambda _d: self.period.setChecked(True))
        self.date_to.dateChanged.connect(lambda _d: self.period.setChecked(True))
        self.numbers.textEdited.connect(lambda _t: self.chosen.setChecked(True))
        # Other entries can name other people: count their unlinked messages again.
        self.which.buttonToggled.connect(lambda _b, _on: self._recount_unlinked())
        self.date_from.dateChanged.connect(lambda _d: self._recount_unlinked())
        self.date_to.dateChanged.connect(lambda _d: self._recount_unlinked())
        self.numbers.textChanged.connect(lambda _t: self._recount_unlinked())
        layout.addWidget(which)

        kind = QGroupBox(self.tr("Which copy"))
        kind.setAccessibleName(self.tr("Which copy"))
        k_layout = QVBoxLayout(kind)
        self.full = QRadioButton(self.tr("A f&ull copy, for your advocate and the police"))
        self.full.setAccessibleName(self.tr("Full copy, for your advocate and the police"))
        self.court = QRadioButton(self.tr("A cou&rt copy, which may be shown to the other side"))
        self.court.setAccessibleName(self.tr("Court copy, which may be shown to the other side"))
        self.bundle = QRadioButton(self.tr("A court &bundle, kept within 350 pages"))
        self.bundle.setAccessibleName(self.tr("Court bundle, kept within 350 pages"))
        self.upload = QRadioButton(self.tr("Files for a police uploa&d link"))
        self.upload.setAccessibleName(self.tr("Files for a police upload link"))
        self.full.setChecked(True)
        self.profile = QButtonGroup(self)
        self.profile.addButton(self.full)
        self.profile.addButton(self.court)
        self.profile.addButton(self.bundle)
        self.profile.addButton(self.upload)
        k_layout.addWidget(self.full)
        k_layout.addWidget(
            label(
                self.tr(
                    "Everything you wrote, with the original photos and files. Only your private "
                    "notes are left out, unless you choose to include them."
                ),
                "hint",
            )
        )
        k_layout.addWidget(self.court)
        k_layout.addWidget(
            label(
                self.tr(
                    "Leaves out your own address, phone number and email, places you marked as "
                    "sensitive, witnesses' contact details and where your photos were taken. "
                    "Their words and details are never removed."
                ),
                "hint",
            )
        )
        k_layout.addWidget(self.bundle)
        k_layout.addWidget(
            label(
                self.tr(
                    "A court copy with your orders and breaches, risk information and draft "
                    "statement, within the family courts' 350-page limit: the least relevant "
                    "entries' full pages are left out (never their line in the chronology), and "
                    "the cover says so."
                ),
                "hint",
            )
        )
        k_layout.addWidget(self.upload)
        k_layout.addWidget(label(upload_words("what"), "hint"))
        layout.addWidget(kind)

        self.private_notes = QCheckBox(self.tr("Include my pr&ivate notes"))
        self.private_notes.setAccessibleName(self.tr("Include my private notes"))
        # Shown once the core has counted them for the entries chosen (_count_unlinked).
        self.unlinked = QCheckBox()
        self.unlinked.setChecked(True)
        self.unlinked.clicked.connect(self._unlinked_clicked)
        self.unlinked_hint = label("", "hint")
        self.unlinked_hint.setTextFormat(Qt.TextFormat.PlainText)  # people's names
        self.unlinked_offer = QWidget()
        offer_layout = QVBoxLayout(self.unlinked_offer)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        offer_layout.setSpacing(2)
        offer_layout.addWidget(self.unlinked)
        hint_row = QHBoxLayout()
        hint_row.addSpacing(24)  # under the box's words, not its tick
        hint_row.addWidget(self.unlinked_hint, 1)
        offer_layout.addLayout(hint_row)
        self.unlinked_offer.hide()
        self.for_whom = QLineEdit()
        self.for_whom.setAccessibleName(self.tr("Who the pack is for"))
        self.for_whom.setPlaceholderText(self.tr("e.g. my stalking advocate, PC Smith"))
        # Outside the form: a form row gives a wrapped hint the wrong height.
        layout.addWidget(self.private_notes)
        layout.addWidget(self.unlinked_offer)
        form = QFormLayout()
        form.addRow(label(self.tr("&Who it is for"), buddy=self.for_whom), self.for_whom)
        layout.addLayout(form)
        self.key_hint = label("", "hint")
        self.key_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_hint)
        layout.addStretch(1)
        self.steps.addWidget(page)

    # -- step 2: the summary -------------------------------------------------------------------
    def _build_summary(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary_text.setObjectName("notice")
        self.summary_text.setAccessibleName(self.tr("What the pack will hold"))
        self.summary_busy = busy_bar(self.tr("Working out what goes in"))
        self.withheld = WithheldModel(self)
        self.withheld_heading = label(self.tr("What this copy leaves out, and why"))
        self.withheld_table = record_table(self.withheld, self.tr("What this copy leaves out"))
        self.withheld_table.setWordWrap(True)
        header = self.withheld_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.withheld_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.withheld_none = label(self.tr("Nothing is left out of this copy."), "hint")
        layout.addWidget(self.summary_busy)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.withheld_heading)
        layout.addWidget(self.withheld_none)
        layout.addWidget(self.withheld_table, 1)
        layout.addWidget(
            label(
                self.tr(
                    "The same list is printed on the pack's cover, so nothing is left out "
                    "without saying so."
                ),
                "hint",
            )
        )
        self.steps.addWidget(page)

    # -- step 3: where, and a passphrase -------------------------------------------------------
    def _build_save(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Where to save the pack"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the pack"))
        self.browse_button.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        self.path_label = label(self.tr("&Save as"), buddy=self.path)
        form.addRow(self.path_label, path_row)
        layout.addLayout(form)
        self.folder_hint = label(upload_words("where"), "hint")
        self.folder_hint.hide()
        layout.addWidget(self.folder_hint)
        layout.addWidget(
            label(
                self.tr(
                    "Save it somewhere the person doing this cannot see, such as a USB stick "
                    "you keep safe, and delete it from this computer once it has been handed over."
                ),
                "hint",
            )
        )
        self.encrypt = QCheckBox(self.tr("Lock the pack with a pass&phrase"))
        self._upload_target = False  # whether the save step asks for a folder
        self.encrypt.setAccessibleName(self.tr("Lock the pack with a passphrase"))
        self.encrypt.toggled.connect(self._encrypt_toggled)
        layout.addWidget(self.encrypt)
        self.lock_box = QWidget()
        lock_layout = QVBoxLayout(self.lock_box)
        lock_layout.setContentsMargins(0, 0, 0, 0)
        # The same strength rule as the diary's passphrase: a pack travels, by email or on a USB
        # stick, and whoever finds it can try passphrases for as long as they like.
        self.pack_fields = PassphraseFields(
            self.lock_box,
            user_inputs=["daybook", "diary", "evidence", "pack"],
            labels=(self.tr("Passphrase for the pac&k"), self.tr("T&ype it again")),
        )
        self.pack_passphrase = self.pack_fields.passphrase
        self.pack_confirm = self.pack_fields.confirm
        self.pack_passphrase.setAccessibleName(self.tr("Passphrase for the pack"))
        self.pack_confirm.setAccessibleName(self.tr("The pack's passphrase again"))
        lock_layout.addWidget(self.pack_fields)
        lock_layout.addWidget(
            label(
                self.tr(
                    "Use a different passphrase from your diary's. Tell it to the person you give "
                    "the pack to separately, for example by phone, never in the same email. "
                    "They open it with Daybook (\u201cOpen an evidence pack\u201d)."
                ),
                "hint",
            )
        )
        self.lock_box.hide()
        layout.addWidget(self.lock_box)
        layout.addStretch(1)
        self.steps.addWidget(page)

    # -- step 4: working -----------------------------------------------------------------------
    def _build_working(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.stage = label(self.tr("Making the pack…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Making the pack"))
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        self.steps.addWidget(page)

    # -- step 5: done --------------------------------------------------------------------------
    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setObjectName("notice")
        self.done_text.setAccessibleName(self.tr("The pack is made"))
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setAccessibleName(self.tr("Your check code"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tell_text = QLabel()
        self.tell_text.setWordWrap(True)
        self.tell_text.setAccessibleName(self.tr("What to tell your advocate"))
        # Alt+D is Done.
        self.details_button, self.details = disclosure(
            self.tr("D&etails"), self.tr("Technical details of the pack")
        )
        layout.addWidget(self.done_text)
        layout.addWidget(label(self.tr("Your check code")))
        layout.addWidget(self.key_label)
        layout.addWidget(self.tell_text)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.steps.addWidget(page)

    # -- moving between steps ------------------------------------------------------------------
    def start(self, numbers: list[str] | None = None) -> None:
        """Begin again at the first step; `numbers` are entries chosen in the timeline."""
        self.clear()
        try:
            # Only the oldest entry, for the first day of the period: reading every entry
            # held the window for 150 ms at 10,000 entries.
            rows = self.session.diary.list_incidents(limit=1)
        except Exception as error:
            self.error.say(errors.describe(error))
            rows = []
        today = QDate.currentDate()
        first = text.local(rows[0].occurred_start).date() if rows else None
        self.date_from.blockSignals(True)
        self.date_to.blockSignals(True)
        self.date_from.setDate(
            QDate(first.year, first.month, first.day) if first else today.addMonths(-6)
        )
        self.date_to.setDate(today)
        self.date_from.blockSignals(False)
        self.date_to.blockSignals(False)
        if numbers:
            self.numbers.setText(", ".join(numbers))
        try:
            self.for_whom.setText(str(self.session.diary.get_setting("pack_for_whom", "") or ""))
        except (DaybookError, ValueError):  # only last time's answer: start empty instead
            self.for_whom.clear()
        try:
            vault = self.session.vault
            assert vault is not None
            code = check_code(vault.signing_key().public_key())
            self.key_hint.setText(
                self.tr(
                    "Your Daybook signs every pack it makes. Its check code is {code}: give this "
                    "code to whoever receives a pack, separately from the pack, so they can see "
                    "it came from you."
                ).format(code=code)
            )
        except Exception as error:
            self.key_hint.setText(errors.describe(error))
        self._go(CHOOSE)
        self.every.setFocus()
        self._recount_unlinked()

    def focus_first(self) -> None:
        self.every.setFocus()

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.error.clear_message()
        self.back_button.setVisible(step in (SUMMARY, SAVE))
        self.cancel_button.setVisible(step != DONE)
        self.cancel_button.setEnabled(step != WORKING)
        self.next_button.setEnabled(step != WORKING)
        self.next_button.setText(
            {
                CHOOSE: self.tr("Nex&t"),
                SUMMARY: self.tr("Nex&t"),
                SAVE: self.tr("&Make the pack"),
                WORKING: self.tr("Nex&t"),
                DONE: self.tr("&Done"),
            }[step]
        )
        self.next_button.setAccessibleName(
            self.tr("Make the pack")
            if step == SAVE
            else self.tr("Done")
            if step == DONE
            else self.tr("Next step")
        )
        self.heading.setText(
            {
                CHOOSE: self.tr("Make an evidence pack: what to include"),
                SUMMARY: self.tr("Make an evidence pack: what it will hold"),
                SAVE: self.tr("Make an evidence pack: where to save it"),
                WORKING: self.tr("Making the evidence pack"),
                DONE: self.tr("Your evidence pack is ready"),
            }[step]
        )

    def go_next(self) -> None:
        step = self.steps.currentIndex()
        if self._working:
            return
        if step == CHOOSE:
            self._make_summary()
        elif step == SUMMARY:
            if self._summary is None:
                return
            self._go(SAVE)
            self._ask_for_folder(self.upload.isChecked())
            if not self.path.text().strip():
                name = self._summary.suggested_name
                if self._upload_target:
                    # The folder the upload is written into, named like the pack inside it.
                    name = name.removesuffix(".zip") + "-police-upload"
                self.path.setText(str(Path.home() / name))
            self.path.setFocus()
        elif step == SAVE:
            self._export()
        elif step == DONE:
            self.close_wizard()

    def go_back(self) -> None:
        step = self.steps.currentIndex()
        if self._working or not self.isVisible():
            return
        if step == SUMMARY:
            self._go(CHOOSE)
            self.every.setFocus()
        elif step == SAVE:
            self._go(SUMMARY)
            self.next_button.setFocus()

    def _selection(self, say: bool = True) -> Selection | None:
        """Which entries are chosen, or None when something needs fixing (said if `say`)."""
        date_from = date_to = None
        numbers: tuple[str, ...] = ()
        if self.period.isChecked():
            if self.date_from.date() > self.date_to.date():
                if say:
                    self.error.say(
                        self.tr("The first day is after the last day. Please check them.")
                    )
                return None
            date_from = _start_of(self.date_from.date())
            date_to = _end_of(self.date_to.date())
        elif self.chosen.isChecked():
            parts = [p.strip().upper() for p in self.numbers.text().replace(";", ",").split(",")]
            parts = [f"INC-{int(p):04d}" if p.isdigit() else p for p in parts if p]
            if not parts:
                if say:
                    self.error.say(self.tr("Please write the numbers of the entries to include."))
                    self.numbers.setFocus()
                return None
            numbers = tuple(dict.fromkeys(parts))
        return date_from, date_to, numbers

    def choices(self) -> ExportChoices | None:
        """The person's choices, or None (with a word said) when something needs fixing."""
        selection = self._selection()
        if selection is None:
            return None
        date_from, date_to, numbers = selection
        return ExportChoices(
            date_from=date_from,
            date_to=date_to,
            incidents=numbers,
            profile="bundle"
            if self.bundle.isChecked()
            else "court"
            if self.court.isChecked()
            else "police-upload"
            if self.upload.isChecked()
            else "full",
            include_private_notes=self.private_notes.isChecked(),
            for_whom=self.for_whom.text().strip(),
            include_unlinked=self._include_unlinked(selection),
        )

    def _include_unlinked(self, selection: Selection) -> bool | None:
        """The box as the person sees it, once they have ticked it or seen the count for these
        entries; before that (still counting), None: the core's own rule, the one the box
        will show."""
        if self._unlinked_chosen or (self._offer is not None and self._offer_for == selection):
            return self.unlinked.isChecked()
        return None

    # -- the unlinked-messages appendix --------------------------------------------------------
    def _unlinked_clicked(self, _checked: bool) -> None:
        self._unlinked_chosen = True

    def _recount_unlinked(self) -> None:
        """Count again after a pause: until then the count shown may be for other entries."""
        self._offer_generation += 1
        self._offer = None
        self._offer_for = None
        self.unlinked.setEnabled(False)
        if self.unlinked_offer.isVisibleTo(self):  # never a count that is for other entries
            self.unlinked_hint.setText(
                self.tr("Counting their messages that are not part of any entry…")
            )
        self._count_timer.start()

    def _count_unlinked(self) -> None:
        """The core counts, on a worker, the messages the appendix would hold for these
        entries; the box then says how many and, unless the person has chosen, follows the
        rule (ticked when there are fewer than 500)."""
        selection = self._selection(say=False)
        vault = self.session.vault
        if selection is None or vault is None or not self.session.is_unlocked:
            self.unlinked_offer.hide()
            return
        date_from, date_to, numbers = selection
        choices = ExportChoices(date_from=date_from, date_to=date_to, incidents=numbers)
        generation = (self._generation, self._offer_generation)

        def done(offer: Any) -> None:
            if generation == (self._generation, self._offer_generation):
                self._counted(offer, selection)

        def failed(_error: BaseException) -> None:
            # An entry number not in the diary, say: the summary step will say what is wrong.
            if generation == (self._generation, self._offer_generation):
                self.unlinked_offer.hide()

        workers.start(lambda _p: appendix_offer(vault, choices), done, failed)

    def _counted(self, offer: AppendixOffer, selection: Selection) -> None:
        self._offer = offer
        self._offer_for = selection
        self.unlinked.setEnabled(True)
        if not self._unlinked_chosen:
            self.unlinked.setChecked(offer.by_default)
        # No such messages: nothing to offer (the summary still lists any others left out).
        self.unlinked_offer.setVisible(offer.count > 0)
        if not offer.count:
            return
        people = ", ".join(offer.people[:-1])
        people = (
            self.tr("{some} and {last}").format(some=people, last=offer.people[-1])
            if people
            else offer.people[-1]
        )
        self.unlinked.setText(
            self.tr("Add the &message that is not part of any entry, as an appendix")
            if offer.count == 1
            else self.tr(
                "Add the {n} &messages that are not part of any entry, as an appendix"
            ).format(n=offer.count)
        )
        count = (
            self.tr("1 message from {people} is not part of any entry.")
            if offer.count == 1
            else self.tr("{n} messages from {people} are not part of any entry.")
        ).format(n=offer.count, people=people)
        why = (
            self.tr(
                "As there are 500 or more, they are left out unless you tick the box: the pack "
                "says so on its cover, and they stay in your diary."
            )
            if not offer.by_default
            else self.tr(
                "The appendix goes at the end of the pack, with its own page numbers. Untick the "
                "box to leave it out: the pack then says so on its cover."
            )
        )
        self.unlinked_hint.setText(f"{count} {why}")
        self.unlinked.setAccessibleName(self.unlinked.text().replace("&", ""))
        self.unlinked.setAccessibleDescription(count)

    def _make_summary(self) -> None:
        choices = self.choices()
        if choices is None or not self.session.is_unlocked:
            return
        if self.since.problem():
            self.error.say(self.since.problem())
            return
        earlier = self.since.chosen_pack()
        vault = self.session.vault
        self._summary = None
        self._set_working(True)
        self.withheld.clear()
        self.summary_text.clear()
        self.summary_text.hide()
        self.summary_busy.show()
        self._go(SUMMARY)
        self.next_button.setEnabled(False)
        generation = self._generation

        def done(summary: Any) -> None:
            if generation == self._generation:
                self._summarised(summary)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_working(False)
                self._go(CHOOSE)
                self.error.say(errors.describe(error))

        workers.start(lambda _p: summarise(vault, choices, earlier), done, failed)

    def _summarised(self, summary: Summary) -> None:
        self._set_working(False)
        self._summary = summary
        self.summary_busy.hide()
        court = self.court.isChecked() or self.bundle.isChecked()
        period = ""
        if summary.first and summary.last:
            period = self.tr("from {first} to {last}").format(
                first=text.day(text.local(summary.first).date()),
                last=text.day(text.local(summary.last).date()),
            )
        copy = (
            self.tr("court bundle")
            if self.bundle.isChecked()
            else self.tr("court copy")
            if court
            else self.tr("full copy, with folders for a police upload,")
            if self.upload.isChecked()
            else self.tr("full copy")
        )
        lines = [
            self.tr("This {copy} will hold:").format(copy=copy)
            if not summary.update_of
            else self.tr("This {copy}, an update to the pack {id}, will hold:").format(
                copy=copy, id=summary.update_of
            ),
            "• "
            + (
                self.tr("Entries: {n} {period}").format(n=summary.incidents, period=period)
                if not summary.update_of
                else self.tr("New or changed entries, in full: {n}").format(n=summary.incidents)
            ),
            "• " + self.tr("Photos and files: {n}").format(n=summary.exhibits),
            "• " + self.tr("Messages linked to those entries: {n}").format(n=summary.messages),
        ]
        if summary.appendix:
            lines.append(
                "• "
                + self.tr("Messages not part of any entry, in an appendix: {n}").format(
                    n=summary.appendix
                )
            )
        if summary.update_of:
            lines.append(
                "• "
                + self.tr("Unchanged entries, listed with a code that proves it: {n}").format(
                    n=summary.unchanged
                )
            )
        if self.private_notes.isChecked():
            lines.append("• " + self.tr("Your private notes, as you chose"))
        words = "\n".join(lines)
        self.summary_text.setText(words)
        self.summary_text.setAccessibleDescription(words)
        self.summary_text.show()
        rows = list(summary.withheld)
        if court and summary.pictures:
            rows.append(
                WithheldRow(
                    (
                        self.tr("Any location or other hidden details inside the photo or video")
                        if summary.pictures == 1
                        else self.tr(
                            "Any location or other hidden details inside the {n} photos or videos"
                        ).format(n=summary.pictures)
                    ),
                    self.tr(
                        "Court copy: a photo that holds them is included as a copy without "
                        "them; a video, which Daybook cannot clean, stays in the full copy only."
                    ),
                )
            )
        self.withheld.load(rows)
        self.withheld_table.setVisible(bool(rows))
        self.withheld_none.setVisible(not rows)
        self.withheld_table.resizeRowsToContents()
        self._go(SUMMARY)
        self.next_button.setFocus()

    def _encrypt_toggled(self, on: bool) -> None:
        self.lock_box.setVisible(on)
        if on:
            self.pack_passphrase.setFocus()
        else:
            self.pack_passphrase.clear()
            self.pack_confirm.clear()

    def _ask_for_folder(self, folder: bool) -> None:
        """The save step asks for a file (a pack) or a folder (a police upload); a path typed
        for the other kind is cleared, so a suggestion of the right kind is made."""
        if folder != self._upload_target:
            self.path.clear()
        self._upload_target = folder
        self.path_label.setText(self.tr("&Save into") if folder else self.tr("&Save as"))
        self.path.setAccessibleName(
            self.tr("The folder to save the upload into")
            if folder
            else self.tr("Where to save the pack")
        )
        self.browse_button.setAccessibleName(
            self.tr("Choose the folder to save the upload into")
            if folder
            else self.tr("Choose where to save the pack")
        )
        self.folder_hint.setVisible(folder)
        # The upload link takes the files themselves: they cannot be locked (the CLI refuses it).
        self.encrypt.setChecked(False)
        self.encrypt.setVisible(not folder)

    def _choose_path(self) -> None:
        if self._upload_target:
            current = Path(self.path.text().strip() or "evidence-pack-police-upload")
            chosen = files.open_folder(self, self.tr("Choose the folder to save the upload into"))
            if chosen:
                folder = Path(chosen)
                # A folder that holds something already gets a new folder inside it.
                if any(folder.iterdir()):
                    folder = folder / current.name
                self.path.setText(str(folder))
            return
        suggested = Path(self.path.text().strip() or "evidence-pack.zip").name
        chosen = files.save_file(self, self.tr("Save the evidence pack as"), suggested)
        if chosen:
            self.path.setText(chosen)

    def _target(self) -> Path | None:
        raw = self.path.text().strip()
        if not raw:
            self.error.say(self.tr("Please choose where to save the pack."))
            self.path.setFocus()
            return None
        target = Path(raw).expanduser()
        if self.encrypt.isChecked() and not target.name.endswith(".age"):
            target = target.with_name(target.name + ".age")
        if not target.parent.is_dir():
            self.error.say(self.tr("That folder does not exist. Please choose another place."))
            return None
        # A pack is a new file; a police upload goes into a new or empty folder (the export
        # itself refuses one that holds anything, in the command line's words).
        if target.exists() and not (self._upload_target and target.is_dir()):
            self.error.say(
                self.tr(
                    "There is already a file called {name} there. Please choose another name."
                ).format(name=target.name)
            )
            return None
        return target

    def _export(self) -> None:
        target = self._target()
        if target is None or not self.session.is_unlocked:
            return
        passphrase: str | None = None
        if self.encrypt.isChecked():
            passphrase = self.pack_fields.value()
            if not passphrase:
                self.error.say(self.tr("Please choose a passphrase for the pack."))
                self.pack_passphrase.setFocus()
                return
            if self.pack_fields.score() < MIN_SCORE:
                self.error.say(
                    self.tr(
                        "That passphrase could be guessed. The pack may travel by email or on a "
                        "USB stick, where whoever finds it can keep trying: please make it a "
                        "little longer or less predictable."
                    )
                )
                self.pack_passphrase.setFocus()
                return
            if passphrase != self.pack_confirm.text():
                self.error.say(self.tr("The two passphrases are not the same yet."))
                self.pack_confirm.setFocus()
                return
        choices = self.choices()
        if choices is None:
            return
        earlier = self.since.chosen_pack()
        vault = self.session.vault
        assert vault is not None
        self._set_working(True)
        self.progress.setValue(0)
        self.stage.setText(self.tr("Making the pack…"))
        self._go(WORKING)
        generation = self._generation

        def work(progress: workers.ProgressFn) -> Any:
            def report(_stage: str, fraction: float) -> None:
                progress(int(max(0.0, min(1.0, fraction)) * 100), 100)

            since = earlier_pack(vault, *earlier) if earlier is not None else None
            result = export(
                vault,
                target,
                choices,
                encrypt_passphrase=passphrase,
                progress=report,
                since=since,
            )
            public = vault.signing_key().public_key()
            return result, check_code(public), fingerprint(public)

        def done(result: Any) -> None:
            if generation == self._generation:
                self._exported(result, target, passphrase is not None)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._set_working(False)
                self._go(SAVE)
                self.error.say(errors.describe(error))

        def progressed(done_: int, total: int) -> None:
            if generation == self._generation:
                self.progress.setRange(0, total)
                self.progress.setValue(done_)

        workers.start(work, done, failed, progressed)

    def _exported(self, outcome: Any, target: Path, encrypted: bool) -> None:
        result, code, key_fp = outcome
        self._set_working(False)
        self.result = result
        self.pack_fields.clear()
        words = self.tr("Evidence pack {id} is saved as {path}.").format(
            id=result.pack_id, path=result.path
        )
        if self._upload_target:
            words += " " + upload_words("done").format(folder=target)
        if result.withheld:
            words += " " + self.tr("It says on its cover what it leaves out: {items}.").format(
                items="; ".join(for_you(w.what) for w in result.withheld)
            )
        self.done_text.setText(words)
        self.done_text.setAccessibleDescription(words)
        self.key_label.setText(code)
        tell = self.tr(
            "Give this check code to your advocate or officer separately from the pack: read it "
            "out, write it on a card or send it by text. When they open the pack in Daybook, it "
            "shows the check code of the Daybook that signed it. If the two codes are the same "
            "and the pack checks out, it came from your Daybook and nothing in it has changed."
        )
        if encrypted:
            tell += " " + self.tr(
                "The pack is locked with the passphrase you chose: tell it to them separately too."
            )
        self.tell_text.setText(tell)
        self.details.setText(
            self.tr(
                "Pack: {id}\nSigning key fingerprint, for checking with standard tools "
                "(ssh-keygen -l): {fp}"
            ).format(id=result.pack_id, fp=key_fp)
        )
        self.details_button.setChecked(False)
        self._go(DONE)
        self.next_button.setFocus()
        self.exported.emit(str(result.pack_id))

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (self.back_button, self.cancel_button, self.next_button):
            widget.setEnabled(not working)

    # -- closing -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything: choices, summary, passphrases (on lock and when closed)."""
        self._generation += 1
        self._set_working(False)
        self._summary = None
        self.result = None
        self.withheld.clear()
        self.summary_text.clear()
        self.numbers.clear()
        self.for_whom.clear()
        self.path.clear()
        self.encrypt.setChecked(False)
        self._ask_for_folder(False)
        self.pack_passphrase.clear()
        self.pack_confirm.clear()
        self.private_notes.setChecked(False)
        self.since.clear()
        self.every.setChecked(True)
        self._count_timer.stop()
        self._offer = None
        self._offer_for = None
        self._unlinked_chosen = False
        self.unlinked.setChecked(True)
        self.unlinked_offer.hide()
        self.full.setChecked(True)
        self.done_text.clear()
        self.key_label.clear()
        self.key_hint.clear()
        self.tell_text.clear()
        self.error.clear_message()
        self._go(CHOOSE)

    def close_wizard(self) -> None:
        if self._working:
            return
        self.clear()
        self.closed.emit()
