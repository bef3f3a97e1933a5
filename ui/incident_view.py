"""One incident in full: when it happened against when it was written, versions, notes, files."""

from __future__ import annotations

import html
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError
from diary.records import IncidentDetail, IncidentInput
from ui import errors, text, vocab, workers
from ui.models import KEY_ROLE, ThumbnailModel, thumbnail
from ui.session import Session
from ui.widgets import InlineMessage, title


def _field_words() -> dict[str, str]:
    """Field names as the person reads them, for saying what a later version changed."""
    tr = QCoreApplication.translate
    return {
        "occurred_start": tr("IncidentView", "when it happened"),
        "occurred_end": tr("IncidentView", "when it ended"),
        "precision": tr("IncidentView", "how sure of the time"),
        "written_later": tr("IncidentView", "written later"),
        "location": tr("IncidentView", "where"),
        "location_kind": tr("IncidentView", "kind of place"),
        "location_sensitive": tr("IncidentView", "one of my own places"),
        "coordinates": tr("IncidentView", "map position"),
        "channel": tr("IncidentView", "contact by"),
        "channel_account": tr("IncidentView", "their number or account"),
        "description": tr("IncidentView", "what happened"),
        "exact_words": tr("IncidentView", "what they said"),
        "threats": tr("IncidentView", "threats"),
        "behaviours": tr("IncidentView", "what they did"),
        "perpetrators": tr("IncidentView", "who did it"),
        "witnesses": tr("IncidentView", "witnesses"),
        "third_parties": tr("IncidentView", "who I told"),
        "fear": tr("IncidentView", "how frightened"),
        "impact": tr("IncidentView", "effect on daily life"),
        "impact_text": tr("IncidentView", "more about the effect"),
        "told_to_stop": tr("IncidentView", "told to stop"),
        "reports": tr("IncidentView", "reported to"),
        "order_breached": tr("IncidentView", "order broken"),
        "order_condition": tr("IncidentView", "condition"),
        "private_note": tr("IncidentView", "private note"),
    }


def _e(value: object) -> str:
    return html.escape(str(value)).replace("\n", "<br>")


class IncidentView(QWidget):
    """Read-only view; emits `edit_requested` and `back`, `open_exhibit(ref)` for a picture."""

    edit_requested = Signal(str)
    back = Signal()
    open_exhibit = Signal(str)
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.number: str | None = None
        self._generation = 0
        self.heading = title("")
        self.notice = InlineMessage("notice")
        self.back_button = QPushButton(self.tr("&Back to the diary"))
        self.back_button.setAccessibleName(self.tr("Back to the diary"))
        self.back_button.clicked.connect(self.back.emit)
        self.edit_button = QPushButton(self.tr("&Change this entry"))
        self.edit_button.setAccessibleName(self.tr("Change this entry"))
        self.edit_button.setToolTip(self.tr("Change this entry (Ctrl+E)"))
        self.edit_button.clicked.connect(self._edit)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setAccessibleName(self.tr("The full entry"))
        self.thumbnails = ThumbnailModel(self)
        self.thumb_view = QListView()
        self.thumb_view.setModel(self.thumbnails)
        self.thumb_view.setViewMode(QListView.ViewMode.IconMode)
        self.thumb_view.setIconSize(ThumbnailModel.SIZE)
        self.thumb_view.setGridSize(QSize(190, 170))
        self.thumb_view.setFlow(QListView.Flow.LeftToRight)
        self.thumb_view.setWrapping(False)
        self.thumb_view.setMaximumHeight(190)
        self.thumb_view.setAccessibleName(self.tr("Photos and files in this entry"))
        self.thumb_view.activated.connect(self._open_thumbnail)
        self.addendum = QPlainTextEdit()
        self.addendum.setTabChangesFocus(True)
        self.addendum.setAccessibleName(self.tr("A note to add to this entry"))
        self.addendum.setPlaceholderText(
            self.tr(
                "Remembered something else, or something happened because of this? "
                "Add a note: it is kept with today's date, and the entry stays as it was."
            )
        )
        self.addendum.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.addendum_button = QPushButton(self.tr("&Add note"))
        self.addendum_button.setAccessibleName(self.tr("Add the note to this entry"))
        self.addendum_button.clicked.connect(self.add_addendum)
        note_row = QHBoxLayout()
        note_row.addWidget(self.addendum, 1)
        note_row.addWidget(self.addendum_button)
        self.error = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.thumb_view)
        layout.addWidget(self.error)
        layout.addLayout(note_row)
        # A note being written is kept as an encrypted draft, like the editor's.
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(3000)
        self._note_timer.timeout.connect(self.save_note_draft)
        self.addendum.textChanged.connect(self._note_changed)
        session.locking.connect(self.save_note_draft)
        self._loading_note = False
        QShortcut(QKeySequence("Ctrl+E"), self, self._edit)
        QShortcut(QKeySequence.StandardKey.Back, self, self.back.emit)

    def show_incident(self, number: str, notice: str = "") -> None:
        self.number = number
        self.error.clear_message()
        self.notice.say(notice)
        try:
            detail = self.session.diary.get_incident(number)
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self.heading.setText(number)
        self.body.setHtml(self.render_html(detail))
        # The files' names at once; the pictures follow from a worker, as decrypting and
        # decoding a few camera photos froze the window for a tenth of a second or more.
        files: list[tuple[str, str, QImage | None]] = [
            (e.ref, e.original_name, None) for e in detail.exhibits
        ]
        self.thumbnails.show(files)
        self.thumb_view.setVisible(bool(files))
        self._generation += 1
        pictures = [e.ref for e in detail.exhibits if e.media_type.startswith("image/")]
        if pictures:
            self._make_thumbnails(number, files, pictures)
        self._loading_note = True
        try:
            kept = self.session.diary.load_draft(_note_key(number))
        except DaybookError as error:
            kept = None
            self.error.say(errors.describe(error))
        self.addendum.setPlainText(str(kept.get("text", "")) if kept else "")
        self._loading_note = False
        if kept and not notice:
            self.notice.say(self.tr("The note you had started is still here, below."))
        self.back_button.setFocus()

    def _make_thumbnails(
        self, number: str, files: list[tuple[str, str, QImage | None]], pictures: list[str]
    ) -> None:
        diary = self.session.diary
        generation = self._generation

        def work(_progress: workers.ProgressFn) -> dict[str, QImage | None]:
            made: dict[str, QImage | None] = {}
            for ref in pictures:
                try:
                    made[ref] = thumbnail(diary.read_exhibit(ref))
                except (DaybookError, OSError):  # no thumbnail; opening it says what is wrong
                    made[ref] = None
            return made

        def current() -> bool:
            return (
                generation == self._generation
                and self.number == number
                and self.session.is_unlocked
            )

        def done(made: Any) -> None:
            if current():
                self.thumbnails.show([(ref, name, made.get(ref)) for ref, name, _none in files])

        def failed(error: BaseException) -> None:
            if current():
                self.error.say(errors.describe(error))

        workers.start(work, done, failed)

    def _note_changed(self) -> None:
        if not self._loading_note and self.number:
            self._note_timer.start()

    def save_note_draft(self) -> None:
        self._note_timer.stop()
        text_ = self.addendum.toPlainText()
        if not self.number or not text_.strip() or not self.session.is_unlocked:
            return
        try:
            self.session.diary.save_draft(_note_key(self.number), {"text": text_})
        except Exception as error:
            self.error.say(errors.describe(error))

    def clear(self) -> None:
        self._note_timer.stop()
        self._generation += 1  # thumbnails still being made are not shown
        self.number = None
        self.body.clear()
        self.thumbnails.clear()
        self._loading_note = True
        self.addendum.clear()
        self._loading_note = False
        self.notice.clear_message()
        self.error.clear_message()
        self.heading.setText("")

    def _edit(self) -> None:
        if self.number and self.isVisible():
            self.edit_requested.emit(self.number)

    def _open_thumbnail(self, index: QModelIndex) -> None:
        ref = index.data(KEY_ROLE)
        if ref:
            self.open_exhibit.emit(str(ref))

    def add_addendum(self) -> None:
        words = self.addendum.toPlainText().strip()
        if not words or not self.number:
            return
        self._note_timer.stop()
        try:
            self.session.diary.add_addendum(self.number, words)
            self.session.diary.clear_draft(_note_key(self.number))
        except Exception as error:
            self.error.say(errors.describe(error))
            return
        self._loading_note = True
        self.addendum.clear()
        self._loading_note = False
        self.changed.emit()
        self.show_incident(self.number, self.tr("Your note was added, with today's date."))

    # -- the page itself -----------------------------------------------------------------------
    def render_html(self, detail: IncidentDetail) -> str:
        inc = detail.incident
        tr = self.tr
        parts: list[str] = []

        def row(name: str, value: Any) -> None:
            if value in (None, "", [], ()):
                return
            parts.append(
                f"<tr><th align='left' valign='top'>{_e(name)}</th><td>{_e(value)}</td></tr>"
            )

        happened = text.when(inc.occurred_start, inc.precision)
        if inc.occurred_end:
            happened += " " + tr("until {end}").format(end=text.when(inc.occurred_end, "exact"))
        written = text.stamp(inc.written_at)
        written += " · " + (tr("written later") if inc.written_later else tr("written at the time"))
        parts.append("<table cellspacing='6'>")
        row(tr("Happened"), happened)
        row(tr("Written"), written)
        if inc.revision_count > 1:
            row(
                tr("Last changed"),
                tr("{when} (version {n})").format(
                    when=text.stamp(inc.updated_at), n=inc.revision_count
                ),
            )
        row(tr("What they did"), ", ".join(vocab.behaviour_words(c) for c in inc.behaviours))
        where = inc.location
        if where and inc.location_kind:
            where += f" ({vocab.location_kinds().get(inc.location_kind, inc.location_kind)})"
        row(tr("Where"), where)
        if inc.location_sensitive:
            row("", tr("This is one of your own places; it is left out of a court copy."))
        contact = " · ".join(p for p in (inc.channel, inc.channel_account) if p)
        row(tr("Contact by"), contact)
        how = vocab.identified_words()
        row(
            tr("Who did it"),
            ", ".join(
                f"{p.name} ({how.get(p.how_identified, p.how_identified)})"
                if p.how_identified
                else p.name
                for p in inc.perpetrators
            ),
        )
        row(tr("Witnesses"), ", ".join(p.name for p in inc.witnesses))
        parts.append("</table>")

        def block(name: str, value: str) -> None:
            if value:
                parts.append(f"<h3>{_e(name)}</h3><p>{_e(value)}</p>")

        block(tr("What happened"), inc.description)
        block(tr("What they said"), inc.exact_words)
        block(tr("Threats"), inc.threats)
        block(tr("Who I told"), inc.third_parties)
        effect = []
        if inc.fear is not None:
            effect.append(tr("How frightened: {n} out of 10").format(n=inc.fear))
        impacts = dict(vocab.impact_choices())
        effect += [impacts.get(k, k) for k in inc.impact]
        if inc.impact_text:
            effect.append(inc.impact_text)
        if inc.told_to_stop is not None:
            effect.append(
                tr("They had been told to stop.")
                if inc.told_to_stop
                else tr("They had not been told to stop.")
            )
        block(tr("How it affected me"), "\n".join(effect))
        reports = [
            ", ".join(p for p in (r.agency, r.date, r.reference, r.officer) if p)
            for r in inc.reports
        ]
        block(tr("Reported to"), "\n".join(reports))
        order = " — ".join(p for p in (inc.order_breached, inc.order_condition) if p)
        block(tr("Order or condition broken"), order)
        block(tr("Private note (only for you)"), inc.private_note)

        if detail.exhibits:
            parts.append(f"<h3>{_e(tr('Photos and files'))}</h3><ul>")
            for ex in detail.exhibits:
                parts.append(
                    f"<li>{_e(ex.ref)}: {_e(ex.original_name)} · {_e(text.size(ex.size))} · "
                    f"{_e(tr('added'))} {_e(text.stamp(ex.imported_at))}</li>"
                )
            parts.append("</ul>")
        if detail.messages:
            parts.append(f"<h3>{_e(tr('Messages'))}</h3><ul>")
            for m in detail.messages:
                parts.append(
                    f"<li>{_e(text.stamp(m.sent_at) if m.sent_at else '?')} · {_e(m.channel)} · {_e(m.sender)}: "
                    f"{_e(text.brief(m.body, 300))}</li>"
                )
            parts.append("</ul>")
        if detail.addenda:
            parts.append(f"<h3>{_e(tr('Notes added later'))}</h3>")
            for note in detail.addenda:
                parts.append(f"<p><b>{_e(text.stamp(note.written_at))}</b><br>{_e(note.text)}</p>")
        if len(detail.revisions) > 1:
            parts.append(f"<h3>{_e(tr('Earlier versions'))}</h3>")
            first = detail.revisions[0]
            parts.append(
                f"<p><b>{_e(tr('First written {when}').format(when=text.stamp(first.saved_at)))}"
                "</b></p>"
            )
            previous = first.data
            for revision in detail.revisions[1:]:
                changed = _changes(previous, revision.data)
                names = _field_words()
                words = ", ".join(names.get(name, name) for name in changed) or tr("nothing")
                parts.append(
                    "<p>"
                    + _e(
                        tr("Version {n}, {when}: changed {what}").format(
                            n=revision.revision_no, when=text.stamp(revision.saved_at), what=words
                        )
                    )
                    + "</p>"
                )
                if "description" in changed:
                    parts.append(f"<p><i>{_e(tr('Before:'))}</i> {_e(previous.description)}</p>")
                previous = revision.data
        return "".join(parts)


def _note_key(number: str) -> str:
    return f"note:{number}"


def _changes(before: IncidentInput, after: IncidentInput) -> list[str]:
    return [
        f.name for f in fields(IncidentInput) if getattr(before, f.name) != getattr(after, f.name)
    ]
