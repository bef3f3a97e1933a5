"""The pack viewer's Compare tab: compare the open pack with an earlier one from the same person
(diary.pack.since), and, only when asked, keep a small encrypted list of packs seen
(diary.seen_packs) so the next pack from the same person is compared automatically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.errors import PackInvalid
from diary.pack import age
from diary.pack.since import Comparison, compare_checked, continues
from diary.pack.verify import CheckedPack, Verdict, read_pack
from diary.seen_packs import SeenPack, SeenPacks, today
from ui import errors, files, workers
from ui.pack_models import ChangesModel, change_rows
from ui.widgets import (
    InlineMessage,
    busy_bar,
    fit_columns,
    label,
    record_table,
    scrolling,
    secret_field,
)


def read_earlier(path: Path, passphrase: str | None) -> CheckedPack:
    """The worker's job: the earlier pack checked, refused before any passphrase is used when its
    encrypted header asks for too much work."""
    if age.is_age_file(path):
        try:
            with path.open("rb") as handle:
                age.check_header(handle)
        except PackInvalid as exc:
            return CheckedPack(Verdict(ok=False, problems=[exc.message], contents_readable=False))
        except OSError:
            pass
    return read_pack(path, passphrase=passphrase)


def _trusted(verdict: Verdict) -> bool:
    """The pack checks out, its history included."""
    return verdict.ok and not verdict.history_problems


def _set_look(frame: QFrame, good: bool) -> None:
    frame.setObjectName("verdictOk" if good else "verdictBad")
    style = frame.style()
    style.unpolish(frame)
    style.polish(frame)


class ComparePanel(QWidget):
    """Compare with an earlier pack, and the packs-seen list. `seen_note` carries the automatic
    comparison with the last pack seen from the same person, for the viewer's verdict."""

    seen_note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checked: CheckedPack | None = None
        self._earlier: Path | None = None
        self._locked = False  # the earlier pack is encrypted
        self._seen: SeenPacks | None = None  # unlocked for as long as the viewer stays open
        self._working = False
        self._generation = 0
        self.comparison: Comparison | None = None
        # The tab scrolls as a whole: at 1024x600 the result, the list and the packs-seen box
        # cannot all be squeezed into the space under the verdict.
        content = QWidget()
        layout = QVBoxLayout(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self.tr("Compare with an earlier pack")))
        layout.addWidget(
            label(
                self.tr(
                    "Compare this pack with an earlier one from the same person: Daybook checks "
                    "that nothing in the earlier pack has been changed since, and lists what is "
                    "new, revised or deleted."
                ),
                "hint",
            )
        )
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose the &earlier pack…"))
        self.choose_button.setAccessibleName(self.tr("Choose the earlier pack to compare with"))
        self.choose_button.clicked.connect(self.choose)
        self.earlier_name = label("", "hint")
        self.earlier_name.setTextFormat(Qt.TextFormat.PlainText)
        words = self.tr("The earlier pack's passphrase")
        self.passphrase = secret_field(words, words)
        self.passphrase.returnPressed.connect(self.compare)
        self.passphrase.hide()
        self.compare_button = QPushButton(self.tr("Com&pare"))
        self.compare_button.setAccessibleName(self.tr("Compare the two packs"))
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.hide()
        row.addWidget(self.choose_button)
        row.addWidget(self.earlier_name, 1)
        row.addWidget(self.passphrase)
        row.addWidget(self.compare_button)
        layout.addLayout(row)
        self.busy = busy_bar(self.tr("Comparing the packs"))
        layout.addWidget(self.busy)
        self.error = InlineMessage()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.error)

        self.result_box = QFrame()
        self.result_box.setObjectName("verdictOk")
        box = QVBoxLayout(self.result_box)
        box.setContentsMargins(14, 10, 14, 10)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(
            self.tr("Whether the new pack follows on from the earlier one")
        )
        box.addWidget(self.result)
        self.result_box.hide()
        layout.addWidget(self.result_box)
        self.changes = ChangesModel(self)
        self.changes_table = record_table(
            self.changes, self.tr("What changed since the earlier pack")
        )
        self.changes_table.setWordWrap(True)
        self.changes_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.changes_table.hide()
        layout.addWidget(self.changes_table, 1)
        layout.addWidget(self._build_seen())
        layout.addStretch(0)
        self._show_seen_state()

    # -- the list of packs seen ----------------------------------------------------------------
    def _build_seen(self) -> QGroupBox:
        group = QGroupBox(self.tr("Packs you have seen"))
        group.setAccessibleName(self.tr("Packs you have seen"))
        g_layout = QVBoxLayout(group)
        self.seen_text = label("", "hint")
        g_layout.addWidget(self.seen_text)
        row = QHBoxLayout()
        self.seen_passphrase = secret_field(
            self.tr("The passphrase of your list"), self.tr("Passphrase of the list")
        )
        self.seen_passphrase.returnPressed.connect(self.seen_action)
        self.seen_confirm = secret_field(
            self.tr("The list's passphrase again"), self.tr("The same again")
        )
        self.seen_confirm.returnPressed.connect(self.seen_action)
        self.seen_button = QPushButton()
        self.seen_button.clicked.connect(self.seen_action)
        row.addWidget(self.seen_passphrase, 1)
        row.addWidget(self.seen_confirm, 1)
        row.addWidget(self.seen_button)
        g_layout.addLayout(row)
        self.seen_result = QLabel()
        self.seen_result.setTextFormat(Qt.TextFormat.PlainText)
        self.seen_result.setWordWrap(True)
        self.seen_result.setAccessibleName(self.tr("Compared with the last pack you saw"))
        g_layout.addWidget(self.seen_result)
        return group

    def _show_seen_state(self) -> None:
        exists = SeenPacks.exists()
        unlocked = self._seen is not None
        pack_ok = self._checked is not None and _trusted(self._checked.verdict)
        if unlocked:
            self.seen_text.setText(
                self.tr(
                    "Your list is open: each pack you open now is compared with the last one you "
                    "saw from the same person. It stays locked on this computer."
                )
            )
            self.seen_button.setText(self.tr("&Remember this pack"))
        elif exists:
            self.seen_text.setText(
                self.tr(
                    "You keep a list of packs you have seen on this computer. Type its passphrase "
                    "to compare this pack with the last one from the same person."
                )
            )
            self.seen_button.setText(self.tr("&Open my list"))
        else:
            self.seen_text.setText(
                self.tr(
                    "Daybook keeps nothing about the packs you open. If you wish, it can keep a "
                    "short list on this computer (the person's initials, the check code, the "
                    "history code and the date you received it), locked with a passphrase you "
                    "choose, so the next pack from the same person is compared with this one."
                )
            )
            self.seen_button.setText(self.tr("&Remember this pack"))
        self.seen_button.setAccessibleName(self.seen_button.text().replace("&", ""))
        self.seen_passphrase.setVisible(not unlocked)
        self.seen_confirm.setVisible(not unlocked and not exists)
        remembering = unlocked or not exists
        self.seen_button.setEnabled(not self._working and (pack_ok or not remembering))

    def seen_action(self) -> None:
        if self._working:
            return
        if self._seen is not None:
            self._remember()
            return
        passphrase = self.seen_passphrase.text()
        if not passphrase:
            self.seen_result.setText(self.tr("Please type the list's passphrase."))
            self.seen_passphrase.setFocus()
            return
        creating = not SeenPacks.exists()
        if creating and passphrase != self.seen_confirm.text():
            self.seen_result.setText(self.tr("The two passphrases are not the same yet."))
            self.seen_confirm.setFocus()
            return
        generation = self._generation

        def work(_progress: Any) -> SeenPacks:
            # Argon2id takes a moment: on a worker, so the window keeps answering.
            return SeenPacks.create(passphrase) if creating else SeenPacks.open(passphrase)

        def done(seen: Any) -> None:
            self._set_working(False)
            self.seen_passphrase.clear()
            self.seen_confirm.clear()
            self._seen = seen
            if generation != self._generation:
                self._show_seen_state()
                return
            if creating:
                self._remember()
            else:
                self.compare_with_seen()
            self._show_seen_state()

        def failed(error: BaseException) -> None:
            self._set_working(False)
            self.seen_result.setText(errors.describe(error))
            self.seen_passphrase.selectAll()
            self.seen_passphrase.setFocus()

        self._set_working(True)
        workers.start(work, done, failed)

    def _remember(self) -> None:
        checked, seen = self._checked, self._seen
        if checked is None or seen is None or checked.manifest is None:
            return
        if not _trusted(checked.verdict):
            self.seen_result.setText(
                self.tr("A pack that does not check out is not added to your list.")
            )
            return
        manifest = checked.manifest
        head = manifest["audit_head"] or {"seq": 0, "hash": "0" * 64}
        seen.remember(
            SeenPack(
                initials=str(manifest["owner"]["initials"]),
                key_check_code=checked.verdict.key_check_code or "",
                history_head=str(head["hash"]),
                head_entry=int(head["seq"]),
                pack_id=str(manifest["pack_id"]),
                received=today(),
            )
        )
        try:
            seen.save()
        except Exception as error:
            self.seen_result.setText(errors.describe(error))
            return
        self.seen_result.setText(
            self.tr(
                "This pack is in your list: the next pack from the same person will be compared "
                "with it when you open your list."
            )
        )
        self._show_seen_state()

    def compare_with_seen(self) -> None:
        """The automatic comparison: this pack against the last one seen with the same key."""
        checked, seen = self._checked, self._seen
        if checked is None or seen is None or checked.manifest is None:
            return
        code = checked.verdict.key_check_code or ""
        last = seen.last_from(code, other_than=str(checked.manifest["pack_id"]))
        if last is None:
            words = self.tr(
                "You have not seen a pack signed with this check code before, so there is "
                "nothing to compare it with."
            )
        else:
            found = continues(checked.manifest, last.history_head, last.head_entry)
            result = (
                found.sentence
                if _trusted(checked.verdict)
                else self.tr("This pack does not check out, so it cannot show that. {why}").format(
                    why=found.sentence
                )
            )
            words = self.tr(
                "Compared with the last pack you saw from {initials} ({id}, received {day}): "
                "{result}"
            ).format(initials=last.initials, id=last.pack_id, day=last.received, result=result)
        self.seen_result.setText(words)
        self.seen_note.emit(words)

    # -- comparing with an earlier pack ----------------------------------------------------------
    def set_pack(self, checked: CheckedPack | None) -> None:
        """The pack now open (None when closed); compared automatically when the list is open."""
        self._generation += 1
        self._checked = checked
        self._earlier = None
        self._locked = False
        self.comparison = None
        self.earlier_name.clear()
        self.passphrase.clear()
        self.passphrase.hide()
        self.compare_button.hide()
        self.error.clear_message()
        self.result_box.hide()
        self.changes.clear()
        self.changes_table.hide()
        self.seen_result.clear()
        self._set_working(False)
        if checked is not None and self._seen is not None:
            self.compare_with_seen()
        self._show_seen_state()

    def choose(self) -> None:
        chosen = files.open_files(self, self.tr("Choose the earlier pack"))
        if chosen:
            self.set_earlier(Path(chosen[0]))

    def set_earlier(self, path: Path) -> None:
        if self._working:
            return
        self._earlier = path
        self.earlier_name.setText(self.tr("Earlier pack: {name}").format(name=path.name))
        self.error.clear_message()
        encrypted = self._locked = age.is_age_file(path)
        self.passphrase.setVisible(encrypted)
        self.compare_button.setVisible(encrypted)
        if encrypted:
            self.error.say(
                self.tr("The earlier pack is locked with a passphrase. Type it, then Compare.")
            )
            self.passphrase.setFocus()
            return
        self.compare()

    def compare(self) -> None:
        if self._working or self._earlier is None or self._checked is None:
            return
        earlier = self._earlier
        later = self._checked
        passphrase = self.passphrase.text() if self._locked else None
        if self._locked and not passphrase:
            self.error.say(self.tr("Please type the earlier pack's passphrase."))
            return
        generation = self._generation

        def work(_progress: Any) -> Comparison:
            return compare_checked(later, read_earlier(earlier, passphrase))

        def done(result: Any) -> None:
            self._set_working(False)
            if generation == self._generation:
                self.passphrase.clear()
                self.show_comparison(result)

        def failed(error: BaseException) -> None:
            self._set_working(False)
            if generation == self._generation:
                self.error.say(errors.describe(error))
                self.passphrase.selectAll()

        self.error.clear_message()
        self._set_working(True)
        workers.start(work, done, failed)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        earlier, later = comparison.earlier, comparison.later
        if comparison.ok:
            lines = [
                self.tr(
                    "Continuity holds: everything in the earlier pack {old} is unchanged in this "
                    "pack, and its history goes on from there."
                ).format(old=earlier.pack_id)
            ]
        else:
            lines = [
                self.tr(
                    "Continuity does NOT hold: this pack does not show that the earlier one is "
                    "unchanged. Do not rely on it without asking the person."
                )
            ]
            lines += [f"• {p}" for p in comparison.problems]
        if comparison.same_key:
            lines.append(
                self.tr("Both packs were signed by the Daybook with the check code {code}.").format(
                    code=later.key_check_code
                )
            )
        lines += comparison.key_changes
        if comparison.parted_at is None and comparison.earlier_history_code:
            lines.append(
                self.tr(
                    "{n} history entries were recorded since the earlier pack ({words}). History "
                    "code then: {old}; now: {new}."
                ).format(
                    n=comparison.entries_since,
                    words=comparison.entries_since_words or self.tr("none"),
                    old=comparison.earlier_history_code,
                    new=comparison.history_code,
                )
            )
        if comparison.earlier_export:
            lines.append(comparison.earlier_export)
        lines += comparison.notes
        lines.append(
            self.tr(
                "New entries: {new}; revisions: {revised}; addenda: {addenda}; deleted: "
                "{deleted}; unchanged: {unchanged}."
            ).format(
                new=len(comparison.new_incidents),
                revised=len(comparison.revised),
                addenda=len(comparison.addenda),
                deleted=len(comparison.deleted),
                unchanged=len(comparison.unchanged),
            )
        )
        words = "\n".join(lines)
        self.result.setText(words)
        self.result.setAccessibleDescription(words)
        _set_look(self.result_box, comparison.ok)
        self.result_box.show()
        self.changes.load(change_rows(comparison))
        self.changes_table.setVisible(bool(self.changes.rowCount()))
        fit_columns(self.changes_table)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setVisible(working)
        self.choose_button.setEnabled(not working)
        self.compare_button.setEnabled(not working)
        self._show_seen_state()

    def forget_list(self) -> None:
        """Lock the list again (the viewer is closing): its key leaves memory with it."""
        if self._seen is not None:
            self._seen.forget()
        self._seen = None
        self.seen_passphrase.clear()
        self.seen_confirm.clear()
        self.seen_result.clear()
        self._show_seen_state()
