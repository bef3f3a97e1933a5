"""Every page of the app, visited one after another, and what to check on each.

`every_view` drives a real window through first run, the diary (every tab and every view in
every stacked widget, generically, so new pages are visited without being listed here), the
unlock screen and the pack viewer. The checks read what a person (or a screen reader) gets:
visible words, cut-off labels, widgets outside their parent, unnamed focusable controls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from drive import create_diary
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from diary.records import IncidentInput, PersonRef
from ui.window import AppWindow

# What the person typed in the fixture diary: shown as written, never translated.
# (tests/ui/pages.py's sample diary has its own: a person, a witness, two entries.)
PERSON_WORDS = (
    "Zebedee",
    "Quentin Street",
    "He waited by the gate",
    "JS",
    "Mark Ellison",
    "Priya",
    "Outside work",
    "He was waiting by the car park",
    "Six texts from a new number",
    "car.png",
)
SMALL_SCREEN = (1024, 600)


def settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


def _stacks(root: QWidget) -> list[QStackedWidget | QTabWidget]:
    found: list[QStackedWidget | QTabWidget] = []
    for stack in root.findChildren(QStackedWidget) + root.findChildren(QTabWidget):
        if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
            continue  # a tab widget's own inner stack: the tab widget is walked instead
        if stack.isVisible() and stack.count() > 1:
            found.append(stack)
    return found


def walk(qtbot: QtBot, root: QWidget, name: str, seen: set[int]) -> Iterator[str]:
    """`name`, then every index of every visible stack under `root` not walked yet, depth
    first; each stack is put back where it was afterwards."""
    yield name
    for stack in _stacks(root):
        if id(stack) in seen or not stack.isVisible():
            continue
        seen.add(id(stack))
        before = stack.currentIndex()
        label = stack.objectName() or type(stack).__name__
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            settle(qtbot)
            yield from walk(qtbot, stack.currentWidget(), f"{name} > {label}[{index}]", seen)
        stack.setCurrentIndex(before)
        settle(qtbot)


def add_fixture_entry(window: AppWindow) -> None:
    window.session.diary.add_incident(
        IncidentInput(
            occurred_start=datetime(2024, 3, 1, 21, 30),
            location="Quentin Street",
            description="He waited by the gate",
            behaviours=["ST5"],
            perpetrators=[PersonRef("Zebedee")],
        )
    )


def every_view(
    qtbot: QtBot, window: AppWindow, size: tuple[int, int] = SMALL_SCREEN
) -> Iterator[str]:
    """Drives `window` (a new vault) through every page; yields a name for each view while it
    is on screen at `size` (1024×600 unless asked)."""
    window.resize(*size)
    settle(qtbot)
    seen: set[int] = set()
    yield from walk(qtbot, window.first_run, "first run", seen)
    window.first_run.steps.setCurrentIndex(0)
    create_diary(qtbot, window)
    add_fixture_entry(window)
    window.diary_page.timeline.mark_stale()
    window.show_diary()
    settle(qtbot)
    yield from walk(qtbot, window.diary_page, "diary", seen)
    window.session.lock()
    settle(qtbot)
    yield from walk(qtbot, window.unlock_page, "unlock", seen)
    window.show_pack_viewer()
    settle(qtbot)
    yield from walk(qtbot, window.pack_viewer, "pack viewer", seen)


def problems_on_every_page(
    qtbot: QtBot,
    window: AppWindow,
    checks: tuple[Callable[[QWidget], list[str]], ...],
    size: tuple[int, int] = SMALL_SCREEN,
) -> tuple[dict[str, list[str]], int]:
    """What `checks` found on each view of `every_view` (views with nothing found are left
    out), and how many views there were."""
    problems: dict[str, list[str]] = {}
    visited = 0
    for view in every_view(qtbot, window, size):
        visited += 1
        found = [problem for check in checks for problem in check(window)]
        if found:
            problems[view] = found
    return problems, visited


# --- what a person sees --------------------------------------------------------------------


def showing(widget: QWidget) -> bool:
    """Visible, and not scrolled or clipped wholly out of the window."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()).intersects(window.rect())


def visible_words(window: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every piece of interface text on screen now."""
    words: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not showing(widget):
            continue
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
            widget, QAbstractButton
        ):
            words.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            words.append((widget, widget.title()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            words.append((widget, widget.placeholderText()))
        elif isinstance(widget, QTabBar):
            words.extend((widget, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            words.append((widget, widget.currentText()))
        elif isinstance(widget, QListWidget):  # checklists: what they did, how it affected you
            words.extend((widget, widget.item(i).text()) for i in range(widget.count()))
    return [(widget, text) for widget, text in words if any(c.isalpha() for c in text)]


def is_persons_own(text: str) -> bool:
    """The person's own words, or a code (a recovery key, initials, a reference): no words."""
    return any(word in text for word in PERSON_WORDS) or not any(c.islower() for c in text)


def untranslated(window: QWidget, marker: str = "⟦") -> list[str]:
    return sorted(
        {
            f"{type(widget).__name__} {widget.objectName()!r}: {text!r}"
            for widget, text in visible_words(window)
            if marker not in text and not is_persons_own(text) and text != "Daybook"
        }
    )


def cut_off(window: QWidget) -> list[str]:
    """Labels and buttons given less room than their words need."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not showing(widget) or widget.inherits("QComboBoxPrivateContainer"):
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.contentsRect().width())
                short = needed > 0 and widget.contentsRect().height() + 2 < needed
            else:
                short = widget.width() + 2 < widget.minimumSizeHint().width()
            if short:
                problems.append(f"label {widget.text()[:60]!r} {widget.size().toTuple()}")
        elif (
            isinstance(widget, QAbstractButton) and widget.text() and not widget.inherits("QTabBar")
        ):
            if widget.width() + 2 < widget.minimumSizeHint().width():
                problems.append(f"button {widget.text()[:60]!r} {widget.size().toTuple()}")
    return problems


def too_big_for(window: QWidget, size: tuple[int, int] = SMALL_SCREEN) -> list[str]:
    if window.width() > size[0] or window.height() > size[1]:
        hint = window.minimumSizeHint().toTuple()
        return [f"the window needs {hint}, more than {size}"]
    return []


def outside_parent(window: QWidget) -> list[str]:
    """Widgets a layout put partly outside their parent (not scrolled content)."""
    problems = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or not showing(widget) or widget.isWindow():
            continue
        if isinstance(parent.parentWidget(), QAbstractScrollArea) or isinstance(
            parent, QAbstractScrollArea
        ):
            continue  # a scroll area's viewport or content may be larger: that is scrolling
        if parent.layout() is None or parent.layout().indexOf(widget) < 0:
            continue  # placed by hand or by Qt itself (tab bars, scroll bars)
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} {widget.geometry().getRect()}"
                f" outside {type(parent).__name__} {parent.rect().getRect()}"
            )
    return problems


INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
)


def _inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the name: Qt's accessibility interface, which also
    takes a label's buddy and a button's text into account."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_focusable(window: QWidget) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not showing(widget) or _inner_part(widget):
            continue
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        interactive = takes_focus or isinstance(widget, INTERACTIVE)
        if interactive and widget.isEnabled() and not accessible_name(widget):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return problems


def images_without_words(window: QWidget) -> list[str]:
    problems = []
    for label in window.findChildren(QLabel):
        described = label.accessibleName().strip() or label.accessibleDescription().strip()
        if showing(label) and not label.pixmap().isNull() and not described:
            problems.append(f"picture {label.objectName()!r}")
    return problems


def draws_itself(widget: QWidget) -> bool:
    """A chart or other drawing: one of Daybook's own widgets that paints itself."""
    return any(
        "paintEvent" in vars(cls)
        for cls in type(widget).__mro__
        if cls.__module__.startswith("ui.")
    )


def charts_without_a_table(window: QWidget) -> list[str]:
    """A drawing must say in words what it shows (its accessible description) and offer its
    numbers as a table (a `table_view` attribute holding an item view): a screen reader
    cannot read a drawing."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not showing(widget) or not draws_itself(widget):
            continue
        if not isinstance(getattr(widget, "table_view", None), QAbstractItemView):
            problems.append(f"drawing {type(widget).__name__} has no table view")
        if not widget.accessibleName().strip():
            problems.append(f"drawing {type(widget).__name__} has no name")
    return problems


def problems_on_registered_page(
    qtbot: QtBot,
    start_app: Any,
    sample: Path,
    folder: Path,
    page: Any,
    checks: tuple[Callable[[QWidget], list[str]], ...],
    size: tuple[int, int] = SMALL_SCREEN,
) -> dict[str, list[str]]:
    """The checks on one page of tests/ui/pages.py's registry (which reaches pages the stack
    walk cannot: help, dialogs), and on every view of the stacks inside it."""
    import pages

    app = pages.start_at(qtbot, start_app, sample, folder, page)
    app.window.resize(*size)
    widget = pages.reach(qtbot, app, page)
    settle(qtbot)
    problems: dict[str, list[str]] = {}
    for view in walk(qtbot, widget, page.name, set()):
        found = [problem for check in checks for problem in check(app.window)]
        for window in QApplication.topLevelWidgets():
            if window is not app.window and window.isVisible():
                found += [problem for check in checks for problem in check(window)]
        if found:
            problems[view] = found
    return problems


def headerless_columns(window: QWidget) -> list[str]:
    """Table columns shown without a heading (a column nobody can name)."""
    from PySide6.QtWidgets import QTableView

    problems = []
    for table in window.findChildren(QTableView):
        model = table.model()
        if not showing(table) or model is None or table.horizontalHeader().isHidden():
            continue
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            words = model.headerData(column, Qt.Orientation.Horizontal)
            if not str(words or "").strip():
                name = table.accessibleName() or type(model).__name__
                problems.append(f"{name}: column {column} has no heading")
    return problems


def cut_headings(window: QWidget) -> list[str]:
    """Table headings given less room than their words need."""
    from PySide6.QtWidgets import QTableView

    problems = []
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        model = table.model()
        if not showing(table) or model is None or header.isHidden():
            continue
        for column in range(header.count()):
            if table.isColumnHidden(column):
                continue
            words = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(words) + 2  # the words, whole
            if header.sectionSize(column) < needed:
                problems.append(
                    f"{table.accessibleName()}: {words!r} {header.sectionSize(column)} wide, "
                    f"needs {needed}"
                )
    return problems
