"""Open an evidence pack: check it on a worker and browse its chronology and exhibits, needing no
vault and importing nothing; pictures are decoded in memory, nothing is written to disk."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diary.errors import DaybookError, PackInvalid
from diary.pack import age
from diary.pack.verify import CheckedPack, Verdict, key_matches, read_pack
from ui import errors, files, text, workers
from ui.models import ROW_ROLE, RecordFilterProxy
from ui.pack_compare import ComparePanel
from ui.pack_models import (
    PackExhibitRow,
    PackExhibitsModel,
    PackIncidentRow,
    PackIncidentsModel,
)
from ui.widgets import (
    InlineMessage,
    busy_bar,
    centred_page,
    disclosure,
    fit_columns,
    label,
    plain_hint,
    record_table,
    title,
)

MAX_SHOWN_BYTES = 64 * 1024 * 1024  # a picture larger than this is not decoded for the screen


class OpenedPack:
    """A pack's zip, read in place (through the age decryption when it is encrypted)."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self._handle: BinaryIO = path.open("rb")
        try:
            head = self._handle.read(64)
            self._handle.seek(0)
            stream: BinaryIO = self._handle
            if age.is_age(head):
                raw = age.AgeReader(self._handle, passphrase or "")
                stream = io.BufferedReader(raw, buffer_size=256 * 1024)
            self.zip = zipfile.ZipFile(stream)
            self.manifest = self._manifest()
        except BaseException:
            self._handle.close()
            raise

    def _manifest(self) -> dict[str, Any]:
        try:
            info = self.zip.getinfo("manifest.json")
            if info.file_size > MAX_SHOWN_BYTES:
                return {}
            data = json.loads(self.zip.read(info).decode("utf-8"))
        except (KeyError, ValueError, OSError, zipfile.BadZipFile, RuntimeError):
            return {}
        return data if isinstance(data, dict) else {}

    def read(self, name: str) -> bytes | None:
        try:
            info = self.zip.getinfo(name)
            if info.file_size > MAX_SHOWN_BYTES:
                return None
            return self.zip.read(info)
        except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
            return None

    def close(self) -> None:
        try:
            self.zip.close()
        finally:
            self._handle.close()


def is_encrypted(path: Path) -> bool:
    return age.is_age_file(path)


def _age_header_refusal(path: Path) -> str:
    """Why an encrypted pack's header is refused before any passphrase is asked; "" if it is not."""
    try:
        with path.open("rb") as handle:
            age.check_header(handle)
    except PackInvalid as exc:
        return exc.message
    except OSError:
        return ""  # the check itself will say the file could not be read
    return ""


def check_and_open(path: Path, passphrase: str | None) -> tuple[Verdict, OpenedPack | None]:
    """The verdict, then the pack opened for browsing when it can be read (see read_and_open)."""
    checked, opened = read_and_open(path, passphrase)
    return checked.verdict, opened


def read_and_open(path: Path, passphrase: str | None) -> tuple[CheckedPack, OpenedPack | None]:
    """The worker's job: the verdict (with what a comparison needs), then the pack opened for
    browsing when it can be read.

    A zip refused for its shape or cost is never opened: another program could show different
    contents from the same file, and its verdict says so.
    """
    checked = read_pack(path, passphrase=passphrase)
    if not checked.verdict.contents_readable:
        return checked, None
    try:
        opened: OpenedPack | None = OpenedPack(path, passphrase)
    except (DaybookError, OSError, EOFError, ValueError, zipfile.BadZipFile):
        opened = None  # a damaged pack still gets its verdict; it just cannot be browsed
    return checked, opened


class PackViewer(QWidget):
    """Choose a pack, check it, then read it. Emits `closed` when the person is done."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._pack: OpenedPack | None = None
        self._verdict: Verdict | None = None
        self._working = False
        self._generation = 0
        self.steps = QStackedWidget()
        QVBoxLayout(self).addWidget(self.steps)
        self._build_choose()
        self._build_result()
        QShortcut(QKeySequence.StandardKey.Back, self, self.close_viewer)

    # -- step 1: choose ------------------------------------------------------------------------
    def _build_choose(self) -> None:
        page, layout = centred_page(self.tr("Open an evidence pack"))
        layout.addStretch(1)
        layout.addWidget(title(self.tr("Open an evidence pack")))
        layout.addWidget(
            label(
                self.tr(
                    "Choose an evidence pack made with Daybook (a .zip file, or .zip.age when it "
                    "is locked with a passphrase). Daybook checks that nothing in it was changed "
                    "after it was made, then lets you read it. Nothing is added to any diary."
                ),
                "subtitle",
            )
        )
        self.choose_button = QPushButton(self.tr("&Choose the pack…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setAccessibleName(self.tr("Choose the evidence pack to open"))
        self.choose_button.clicked.connect(self._choose)
        self.chosen = label("", "hint")
        # Everything from a pack (its file name, names, notes) is shown exactly as written.
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The pack's passphrase"))
        self.passphrase.returnPressed.connect(self.check)
        self.passphrase_row = QWidget()
        form = QFormLayout(self.passphrase_row)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            label(self.tr("The pack's &passphrase"), buddy=self.passphrase), self.passphrase
        )
        self.passphrase_row.hide()
        self.check_button = QPushButton(self.tr("Check and &open"))
        self.check_button.setAccessibleName(self.tr("Check the pack and open it"))
        self.check_button.clicked.connect(self.check)
        self.check_button.hide()
        self.error = InlineMessage()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = busy_bar(self.tr("Checking the pack"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.close_viewer)
        layout.addWidget(self.chosen)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        layout.addStretch(2)
        self.steps.addWidget(page)

    # -- step 2: the verdict and the pack ------------------------------------------------------
    def _build_result(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = title("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton(self.tr("&Close the pack"))
        self.done_button.setAccessibleName(self.tr("Close the pack"))
        self.done_button.clicked.connect(self.close_viewer)
        self.another_button = QPushButton(self.tr("Open &another…"))
        self.another_button.setAccessibleName(self.tr("Open another evidence pack"))
        self.another_button.clicked.connect(self._another)
        self.compare_button = QPushButton(self.tr("Compare &with an earlier pack…"))
        self.compare_button.setAccessibleName(
            self.tr("Compare this pack with an earlier one from the same person")
        )
        self.compare_button.clicked.connect(self._compare_earlier)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.compare_button)
        top.addWidget(self.another_button)
        top.addWidget(self.done_button)
        layout.addLayout(top)
        layout.addWidget(self._build_verdict_box())
        self.incidents = PackIncidentsModel(self)
        self.incidents_proxy = RecordFilterProxy(self)
        self.incidents_proxy.setSourceModel(self.incidents)
        self.incident_filter = QLineEdit()
        self.incident_filter.setClearButtonEnabled(True)
        self.incident_filter.setPlaceholderText(self.tr("Find in the chronology…"))
        self.incident_filter.setAccessibleName(self.tr("Find in the chronology"))
        self.incident_filter.textChanged.connect(self._filter_incidents)
        self.incident_table = record_table(self.incidents_proxy, self.tr("Chronology"))
        self.incident_table.setSortingEnabled(True)
        self.incident_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # oldest first
        self.incident_text = QPlainTextEdit()
        self.incident_text.setReadOnly(True)
        self.incident_text.setAccessibleName(self.tr("What happened, in full"))
        self.incident_text.setPlaceholderText(self.tr("Choose an entry to read it in full here."))
        self.incident_table.selectionModel().currentRowChanged.connect(self._incident_chosen)
        chronology = QWidget()
        c_layout = QVBoxLayout(chronology)
        c_layout.addWidget(self.incident_filter)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.incident_table)
        split.addWidget(self.incident_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        c_layout.addWidget(split, 1)

        self.exhibits = PackExhibitsModel(self)
        self.exhibits_proxy = RecordFilterProxy(self)
        self.exhibits_proxy.setSourceModel(self.exhibits)
        self.exhibit_filter = QLineEdit()
        self.exhibit_filter.setClearButtonEnabled(True)
        self.exhibit_filter.setPlaceholderText(self.tr("Find an exhibit…"))
        self.exhibit_filter.setAccessibleName(self.tr("Find an exhibit"))
        self.exhibit_filter.textChanged.connect(self._filter_exhibits)
        self.exhibit_table = record_table(self.exhibits_proxy, self.tr("Exhibits"))
        self.exhibit_table.setSortingEnabled(True)
        self.exhibit_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.exhibit_table.selectionModel().currentRowChanged.connect(self._exhibit_chosen)
        self.picture = QLabel()
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setAccessibleName(self.tr("The chosen exhibit"))
        self.picture_area = QScrollArea()
        self.picture_area.setWidgetResizable(True)
        self.picture_area.setWidget(self.picture)
        self.picture_area.setAccessibleName(self.tr("The chosen exhibit"))
        self.exhibit_about = plain_hint(self.tr("About the chosen exhibit"))
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.picture_area, 1)
        shown_layout.addWidget(self.exhibit_about)
        exhibits = QWidget()
        e_layout = QVBoxLayout(exhibits)
        e_layout.addWidget(self.exhibit_filter)
        e_split = QSplitter(Qt.Orientation.Horizontal)
        e_split.addWidget(self.exhibit_table)
        e_split.addWidget(shown)
        e_split.setStretchFactor(0, 1)
        e_split.setStretchFactor(1, 1)
        e_split.setSizes([560, 520])
        e_layout.addWidget(e_split, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the pack"))
        self.tabs.addTab(chronology, self.tr("C&hronology"))
        self.tabs.addTab(exhibits, self.tr("E&xhibits"))
        self.compare_panel = ComparePanel()
        self.compare_panel.seen_note.connect(self._show_seen_note)
        self.tabs.addTab(self.compare_panel, self.tr("Co&mpare"))
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)
        self.steps.addWidget(page)

    def _build_verdict_box(self) -> QFrame:
        """The verdict, the signing key's check code to compare, and the technical details."""
        self.verdict_box = QFrame()
        self.verdict_box.setObjectName("verdictOk")
        box = QVBoxLayout(self.verdict_box)
        # Room inside the box: the words must not touch its edge.
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Whether the pack is intact"))
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.verdict)
        # The automatic comparison with the last pack seen from the same person, when asked for.
        self.seen_note = QLabel()
        self.seen_note.setTextFormat(Qt.TextFormat.PlainText)
        self.seen_note.setWordWrap(True)
        self.seen_note.setAccessibleName(self.tr("Compared with the last pack you saw"))
        self.seen_note.hide()
        box.addWidget(self.seen_note)

        self.key_row = QWidget()
        key_layout = QVBoxLayout(self.key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.setSpacing(4)
        code_line = QHBoxLayout()
        self.key_intro = QLabel(self.tr("Signed by the Daybook with the check code"))
        self.key_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.check_code = QLabel()
        self.check_code.setObjectName("checkCode")
        self.check_code.setTextFormat(Qt.TextFormat.PlainText)
        self.check_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_code.setAccessibleName(self.tr("The check code of the key that signed the pack"))
        code_font = self.check_code.font()
        code_font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        code_font.setPointSizeF(code_font.pointSizeF() * 1.3)
        code_font.setBold(True)
        self.check_code.setFont(code_font)
        code_line.addWidget(self.key_intro)
        code_line.addWidget(self.check_code)
        code_line.addStretch(1)
        key_layout.addLayout(code_line)
        self.key_caveat = label(
            self.tr(
                "A signature shows only which Daybook signed this pack, not who made it: anyone "
                "can make a pack with their own Daybook. Compare this code with the one the "
                "person gave you separately (read out, on a card or by text). If the two differ, "
                "this pack was not made with their Daybook."
            ),
            "hint",
        )
        key_layout.addWidget(self.key_caveat)
        compare_line = QHBoxLayout()
        self.expected_code = QLineEdit()
        self.expected_code.setPlaceholderText("K7Q2-MX9D-4HRT-Z8WE-3NPA")
        self.expected_code.setAccessibleName(self.tr("The check code the person gave you"))
        self.expected_code.setMaxLength(80)
        self.expected_code.textChanged.connect(self._compare_code)
        room = self.expected_code.fontMetrics().horizontalAdvance("WWWW-WWWW-WWWW-WWWW-WWWW")
        self.expected_code.setMinimumWidth(room + 24)
        self.compare_result = QLabel()
        self.compare_result.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_result.setWordWrap(True)
        self.compare_result.setAccessibleName(self.tr("Whether the codes match"))
        self.compare_label = label(self.tr("The code they &gave you:"), buddy=self.expected_code)
        self.compare_label.setWordWrap(False)
        compare_line.addWidget(self.compare_label)
        compare_line.addWidget(self.expected_code)
        compare_line.addWidget(self.compare_result, 1)
        box.addWidget(self.key_row)

        self.details_button, self.details = disclosure(
            self.tr("&Details"), self.tr("Technical details of the pack")
        )
        compare_line.addWidget(self.details_button)
        box.addLayout(compare_line)
        box.addWidget(self.details)
        return self.verdict_box

    def _compare_code(self, typed: str) -> None:
        if not typed.strip() or self._verdict is None:
            self.compare_result.setText("")
            return
        matches = key_matches(self._verdict, typed)
        if matches is None:
            self.compare_result.setText(self.tr("Type all five groups of four letters and digits."))
        elif matches and not self._verdict.ok:
            # Never "signed by": a changed pack's signature does not hold, whatever key it names.
            self.compare_result.setText(
                self.tr(
                    "The codes match, but the pack does not check out (see above), so this does "
                    "not show that it comes from their Daybook unchanged."
                )
            )
        elif matches:
            self.compare_result.setText(
                self.tr("The codes match: this pack was signed by their Daybook.")
            )
        else:
            self.compare_result.setText(
                self.tr(
                    "The codes differ: this pack was NOT signed by the Daybook whose code you "
                    "were given. Do not rely on it; ask the person."
                )
            )

    # -- opening -------------------------------------------------------------------------------
    def start(self, path: Path | None = None) -> None:
        """Show the first step, empty; with a path, go straight on to checking it."""
        self.clear()
        if path is not None:
            self.open_path(path)
        self.focus_first()

    def focus_first(self) -> None:
        if self.steps.currentIndex() == 1:
            self.incident_table.setFocus()
        elif self.passphrase_row.isVisible():
            self.passphrase.setFocus()
        else:
            self.choose_button.setFocus()

    def _choose(self) -> None:
        chosen = files.open_files(self, self.tr("Choose the evidence pack"))
        if chosen:
            self.open_path(Path(chosen[0]))

    def _another(self) -> None:
        self.clear()
        self._choose()

    def open_path(self, path: Path) -> None:
        if self._working:
            return
        self._path = path
        self.error.clear_message()
        self.chosen.setText(self.tr("Chosen: {name}").format(name=path.name))
        if is_encrypted(path):
            refusal = _age_header_refusal(path)
            if refusal:
                # Refused before asking for a passphrase: opening it would cost too much.
                self.passphrase_row.hide()
                self.check_button.hide()
                self.error.say(refusal)
                return
            self.passphrase_row.show()
            self.check_button.show()
            self.error.say(
                self.tr(
                    "This pack is locked with a passphrase. The person who made it will have "
                    "given it to you separately. Type it here."
                )
            )
            self.passphrase.setFocus()
            return
        self.passphrase_row.hide()
        self.check_button.hide()
        self.check()

    def check(self) -> None:
        if self._working or self._path is None:
            return
        path = self._path
        passphrase: str | None = None
        if self.passphrase_row.isVisible():
            passphrase = self.passphrase.text()
            if not passphrase:
                self.error.say(self.tr("Please type the pack's passphrase."))
                return
        self._set_working(True)
        self.error.clear_message()
        generation = self._generation

        def done(result: Any) -> None:
            if generation != self._generation:
                _checked, opened_ = result
                if opened_ is not None:
                    opened_.close()
                return
            self._checked(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._check_failed(error)

        workers.start(lambda _p: read_and_open(path, passphrase), done, failed)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setVisible(working)
        for widget in (self.choose_button, self.check_button, self.passphrase, self.back_button):
            widget.setEnabled(not working)

    def _check_failed(self, error: BaseException) -> None:
        self._set_working(False)
        self.error.say(errors.describe(error))
        if self.passphrase_row.isVisible():
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _checked(self, result: Any) -> None:
        checked, opened = result
        verdict = checked.verdict
        self._set_working(False)
        self.passphrase.clear()
        self._pack = opened
        self.show_verdict(verdict)
        self.compare_button.setVisible(checked.manifest is not None)
        self.tabs.setTabVisible(2, checked.manifest is not None)
        self.compare_panel.set_pack(checked)
        manifest = opened.manifest if opened is not None else {}
        incidents = manifest.get("incidents") if isinstance(manifest, dict) else None
        exhibits = manifest.get("exhibits") if isinstance(manifest, dict) else None
        self.incidents.load(
            [PackIncidentRow.from_manifest(i) for i in incidents or [] if isinstance(i, dict)]
        )
        self.exhibits.load(
            [PackExhibitRow.from_manifest(e) for e in exhibits or [] if isinstance(e, dict)]
        )
        fit_columns(self.incident_table)
        fit_columns(self.exhibit_table)
        self.picture.setText(self.tr("Choose an exhibit to see it here."))
        self.steps.setCurrentIndex(1)
        self.tabs.setCurrentIndex(0)
        if self.incidents_proxy.rowCount():
            self.incident_table.selectRow(0)
        self.incident_table.setFocus()

    def show_verdict(self, verdict: Verdict) -> None:
        self._verdict = verdict
        name = self._path.name if self._path else ""
        self.heading.setText(name)
        if verdict.ok:
            self.verdict_box.setObjectName("verdictOk")
            words = self.tr(
                "Nothing in this pack has changed since it was signed: all {n} files are exactly "
                "as they were when it was made."
            ).format(n=verdict.files_checked)
            history = self._history_words(verdict)
            if history:
                words += " " + history
        elif verdict.contents_readable and not verdict.problems:
            # The files are as signed, but the diary's history inside was changed beforehand:
            # the verdict itself says so (never "nothing has changed" alone).
            self.verdict_box.setObjectName("verdictBad")
            words = self.tr(
                "This pack does not check out: the diary's history inside it does not match its "
                "own hashes, so the diary was changed outside Daybook before the pack was made. "
                "Do not rely on what it shows without asking the person. (Its files have not "
                "changed since it was signed.)"
            )
            words += "\n" + "\n".join(f"• {problem}" for problem in verdict.history_problems)
        elif not verdict.contents_readable:
            self.verdict_box.setObjectName("verdictBad")
            words = self.tr(
                "This file cannot be trusted, so nothing from inside it is shown: another "
                "program could show different contents from the same file. Ask the person for "
                "a new copy."
            )
            words += "\n" + "\n".join(f"• {problem}" for problem in verdict.problems)
        else:
            self.verdict_box.setObjectName("verdictBad")
            words = self.tr(
                "This pack does not check out. It may have been changed or damaged after it was "
                "made, so do not rely on what it shows without asking the person for a new copy."
            )
            problems = (*verdict.problems, *verdict.history_problems)
            words += "\n" + "\n".join(f"• {problem}" for problem in problems)
        self.verdict.setText(words)
        self.verdict.setAccessibleDescription(words)
        self.check_code.setText(verdict.key_check_code or "")
        for widget in (self.key_row, self.compare_label, self.expected_code):
            widget.setVisible(bool(verdict.key_check_code))
        self.expected_code.clear()
        self.compare_result.clear()
        self.details.setText(self._details_text(verdict))
        self.details_button.setChecked(False)
        self.tabs.setVisible(verdict.contents_readable)
        # The object name picks the style; re-polish so the new look applies.
        style = self.verdict_box.style()
        style.unpolish(self.verdict_box)
        style.polish(self.verdict_box)

    def _history_words(self, verdict: Verdict) -> str:
        """What the history shows, as `daybook verify` and the check page say it
        (diary.pack.verify.history_words)."""
        if not verdict.history_checked:
            if not verdict.history_events:
                return ""
            return self.tr(
                "This pack was made before packs carried what each history entry covers, so its "
                "history cannot be recomputed."
            )
        if verdict.history_problems or not verdict.history_code:
            return ""
        n = verdict.history_events
        words = (
            self.tr(
                "Its history of 1 entry checks out, and gives the diary's history code {code} "
                "when this pack was made."
            )
            if n == 1
            else self.tr(
                "Its history of {n} entries checks out, and gives the diary's history code "
                "{code} when this pack was made."
            )
        ).format(n=f"{n:,}", code=verdict.history_code)
        withheld = verdict.history_withheld
        if withheld == 1:
            words += " " + self.tr(
                "This copy withholds what 1 of those entries records, as it holds the person's "
                "own details; it is taken by its hash."
            )
        elif withheld:
            words += " " + self.tr(
                "This copy withholds what {n} of those entries record, as they hold the person's "
                "own details; they are taken by their hashes."
            ).format(n=f"{withheld:,}")
        return words

    def _details_text(self, verdict: Verdict) -> str:
        lines = []
        if verdict.pack_id:
            lines.append(self.tr("Pack: {id}").format(id=verdict.pack_id))
        if verdict.exported_at:
            try:
                made = text.stamp(datetime.fromisoformat(verdict.exported_at))
            except ValueError:
                made = verdict.exported_at
            lines.append(self.tr("Made: {when}").format(when=made))
        if verdict.files_checked:
            lines.append(self.tr("Files checked: {n}").format(n=verdict.files_checked))
        if verdict.key_fingerprint:
            lines.append(
                self.tr(
                    "Signing key fingerprint, for checking with standard tools (ssh-keygen -l): "
                    "{fp}"
                ).format(fp=verdict.key_fingerprint)
            )
        return "\n".join(lines)

    # -- browsing ------------------------------------------------------------------------------
    def _filter_incidents(self, words: str) -> None:
        wanted = words.casefold().strip()
        model = self.incidents
        self.incidents_proxy.set_predicate(
            (lambda row: wanted in (model.text_of(row) + row.details).casefold())
            if wanted
            else None
        )

    def _filter_exhibits(self, words: str) -> None:
        wanted = words.casefold().strip()
        model = self.exhibits
        self.exhibits_proxy.set_predicate(
            (lambda row: wanted in model.text_of(row).casefold()) if wanted else None
        )

    def _incident_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, PackIncidentRow):
            self.incident_text.clear()
            return
        self.incident_text.setPlainText(f"{row.number}\n{row.details}")

    def _exhibit_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, PackExhibitRow):
            self.picture.clear()
            return
        self.show_exhibit(row)

    def show_exhibit(self, row: PackExhibitRow) -> bool:
        """Show a picture exhibit from the pack, decoded in memory; True when one was shown."""
        self.picture.clear()
        about = self.tr("{ref}: {name}\nSHA-256 {sha}").format(
            ref=row.ref, name=row.name, sha=row.sha256
        )
        self.exhibit_about.setText(about)
        if row.path is None or self._pack is None:
            self.picture.setText(row.note or self.tr("This file is not in this copy."))
            return False
        if not row.media_type.startswith("image/"):
            self.picture.setText(
                self.tr("This file is in the pack as {path}; it is not a picture.").format(
                    path=row.path
                )
            )
            return False
        data = self._pack.read(row.path)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.picture.setText(self.tr("This picture could not be shown."))
            return False
        area = self.picture_area.viewport().size()
        pixmap = QPixmap.fromImage(image)
        if area.width() > 1 and area.height() > 1:
            # Fitted to the space, small pictures too: a phone screenshot should be readable.
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(pixmap)
        self.picture.setAccessibleDescription(about)
        return True

    # -- closing -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the pack: its rows, pictures and the open file."""
        self._generation += 1
        self._working = False
        self._set_working(False)
        if self._pack is not None:
            self._pack.close()
            self._pack = None
        self._path = None
        self.incidents.clear()
        self.exhibits.clear()
        self.incident_text.clear()
        self.picture.clear()
        self.exhibit_about.clear()
        self.passphrase.clear()
        self.passphrase_row.hide()
        self.check_button.hide()
        self.chosen.setText("")
        self.error.clear_message()
        self.verdict.clear()
        self._verdict = None
        self.check_code.clear()
        self.expected_code.clear()
        self.details.clear()
        self.incident_filter.clear()
        self.exhibit_filter.clear()
        self.seen_note.clear()
        self.seen_note.hide()
        self.compare_panel.set_pack(None)
        self.steps.setCurrentIndex(0)

    def close_viewer(self) -> None:
        if self._working:
            return
        self.clear()
        # The list of packs seen, if it was opened, is locked again: nothing stays in memory.
        self.compare_panel.forget_list()
        self.closed.emit()

    # -- comparing -----------------------------------------------------------------------------
    def _compare_earlier(self) -> None:
        self.tabs.setCurrentWidget(self.compare_panel)
        self.compare_panel.choose()

    def _show_seen_note(self, words: str) -> None:
        self.seen_note.setText(words)
        self.seen_note.setVisible(bool(words))
