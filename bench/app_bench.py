"""Desktop app benchmark at case scale: launch to the unlock screen, unlock to a usable timeline
(and how long the window ever stops answering meanwhile), quick exit while unlocking, creating a
diary, then the timeline's filters, search and the messages. Wall and CPU time for each.
Run by hand (see docs/benchmarks.md, "Desktop app"); never a timed test."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from diary.crypto import kdf
from ui import workers
from ui.app import build

PASSPHRASE = "quietly orange lantern beneath seven hills"
HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s() -> float:
    """CPU time of this process so far, every thread (the key is derived on a worker)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def make_vault(path: Path, incidents: int, messages: int) -> None:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "diary",
            "--vault",
            str(path),
            "demo",
            "--incidents",
            str(incidents),
            "--messages",
            str(messages),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        text=True,
        check=True,
    )
    print(f"made the demo vault in {time.perf_counter() - started:.0f} s")


class StallMeter:
    """A timer that should tick every 10 ms; the longest gap between ticks is the longest time
    the event loop could not run (the window could not answer a key press)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


class KeyDerivationClock:
    """Notes when each Argon2id derivation ends, so the time after it can be told apart."""

    def __init__(self) -> None:
        self.ended: list[float] = []
        self.ended_cpu: list[float] = []
        self.took: list[float] = []
        original = kdf.hash_secret_raw

        def timed(*args: Any, **kwargs: Any) -> bytes:
            started = time.perf_counter()
            try:
                return bytes(original(*args, **kwargs))
            finally:
                self.took.append(time.perf_counter() - started)
                self.ended.append(time.perf_counter())
                self.ended_cpu.append(cpu_s())

        kdf.hash_secret_raw = timed  # type: ignore[assignment]


class FirstPaint(QObject):
    """Notes when a widget is first painted after `arm`."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__(widget)
        self.at: float | None = None
        self.cpu: float | None = None
        self._ready = ready
        self._armed = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.at = None
        self._armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint and self._ready():
            self.at, self.cpu = time.perf_counter(), cpu_s()
            self._armed = False
        return False


def wait_until(app: QApplication, done: Callable[[], bool], limit_s: float = 120) -> None:
    ends = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > ends:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def close(app: QApplication, session: Any, window: Any) -> None:
    QThreadPool.globalInstance().waitForDone(60_000)
    app.processEvents()
    session.lock()
    app.removeEventFilter(session)
    window.hide()
    window.deleteLater()
    session.deleteLater()
    app.processEvents()


def timed(app: QApplication, work: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in ms of `work` plus the event processing it causes."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- launch ------------------------------------------------------------------------------------

LAUNCH_CHILD = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject
import ui.app as app_module

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            print("PAINTED", time.clock_gettime(time.CLOCK_MONOTONIC),
                  usage.ru_utime + usage.ru_stime, flush=True)
            os._exit(0)
        return False

built = app_module.build
def build(*args, **kwargs):
    session, window = built(*args, **kwargs)
    window.unlock_page.installEventFilter(Painted(window))
    return session, window
app_module.build = build
app_module.main(["--vault", sys.argv[1]])
"""


def launch_times(vault: Path, runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) from starting `daybook` to the unlock screen painted, in fresh processes."""
    results = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(runs):
        started = time.clock_gettime(time.CLOCK_MONOTONIC)
        run = subprocess.run(
            [sys.executable, "-c", LAUNCH_CHILD, str(vault)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        line = next(line for line in run.stdout.splitlines() if line.startswith("PAINTED"))
        _, at, cpu = line.split()
        results.append((float(at) - started, float(cpu)))
    return results


# -- unlock, quick exit while unlocking, create ------------------------------------------------


def settled(app: QApplication, window: Any) -> None:
    """Wait as a person typing a passphrase would: until the app has made all its pages
    (it makes them on idle turns after the first screen is up)."""
    wait_until(app, lambda: getattr(window, "_pack_viewer", True) is not None)


def unlock_to_timeline(app: QApplication, vault: Path, clock: KeyDerivationClock) -> dict[str, Any]:
    session, window = build(vault)
    window.resize(1280, 800)
    settled(app, window)
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    timeline = window.diary_page.timeline
    painted = FirstPaint(timeline.table.viewport(), lambda: timeline.model.rowCount() > 0)
    meter = StallMeter()
    app.processEvents()
    clock.ended.clear()
    clock.ended_cpu.clear()
    clock.took.clear()
    painted.arm()
    meter.start()
    started, started_cpu = time.perf_counter(), cpu_s()
    page.unlock()
    wait_until(app, lambda: window.pages.currentWidget() is window.diary_page)
    wait_until(app, lambda: painted.at is not None)
    stall = meter.stop()
    assert painted.at is not None and painted.cpu is not None
    kdf_end = clock.ended[-1]
    result = {
        "kdf_s": clock.took[-1],
        "to_usable_s": painted.at - started,
        "after_kdf_s": painted.at - kdf_end,
        "cpu_s": painted.cpu - started_cpu,
        "after_kdf_cpu_s": painted.cpu - clock.ended_cpu[-1],
        "stall_s": stall,
        "session": session,
        "window": window,
    }
    return result


def quick_exit_while_unlocking(app: QApplication, vault: Path) -> float:
    """Seconds from Esc Esc (pressed once the key is being derived) to every window hidden."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session, window = build(vault, quit_app=lambda: None)
    settled(app, window)
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    app.processEvents()
    time.sleep(0.2)  # well into the derivation
    app.processEvents()
    handle = window.windowHandle()
    started = time.perf_counter()
    for _ in range(2):
        QTest.keyClick(handle, Qt.Key.Key_Escape)
    wait_until(app, lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()))
    took = time.perf_counter() - started
    close(app, session, window)
    session.leaving = False
    return took


def create_diary(app: QApplication) -> dict[str, float]:
    """A new diary through the first screens with the real calibration; the longest stall."""
    folder = Path(tempfile.mkdtemp(prefix="daybook-bench-new-")) / "vault"
    session, window = build(folder)
    settled(app, window)
    first = window.first_run
    first._go(1)
    first.initials.setText("JS")
    first.passphrase.passphrase.setText(PASSPHRASE)
    first.passphrase.confirm.setText(PASSPHRASE)
    app.processEvents()
    meter = StallMeter()
    meter.start()
    started, started_cpu = time.perf_counter(), cpu_s()
    first.create_diary()
    wait_until(app, lambda: first.steps.currentIndex() == 2, 300)
    result = {
        "wall_s": time.perf_counter() - started,
        "cpu_s": cpu_s() - started_cpu,
        "stall_s": meter.stop(),
    }
    close(app, session, window)
    return result


def timeline_steps(app: QApplication, window: Any) -> dict[str, Any]:
    """Scrolling, filters, search, sort and the messages tab of an open diary, in ms."""
    timeline = window.diary_page.timeline

    def scroll() -> None:
        bar = timeline.table.verticalScrollBar()
        for value in range(0, bar.maximum(), max(bar.maximum() // 50, 1)):
            bar.setValue(value)
            timeline.table.viewport().grab()

    scroll_ms = timed(app, scroll, 1) / 50

    def settle() -> None:
        """The first page of what the filters ask for is fetched on a worker: wait for it."""
        while timeline.searching:
            app.processEvents()
            time.sleep(0.001)

    def counted() -> None:
        """The count beside the rows follows on a worker: wait for it (not timed)."""
        while timeline.count.text() == timeline.tr("Searching…"):
            app.processEvents()
            time.sleep(0.001)

    def shown() -> str:
        return timeline.count.text() or str(timeline.proxy.rowCount())

    def behaviour(code: str) -> Callable[[], object]:
        def run() -> None:
            timeline.behaviour.setCurrentIndex(timeline.behaviour.findData(code))
            timeline.apply_filters(again=True)
            settle()

        return run

    behaviour_ms = timed(app, behaviour("OC1"))
    counted()
    shown_after_behaviour = shown()
    behaviour("")()

    def search(words: str) -> Callable[[], object]:
        def run() -> None:
            timeline.search.setText(words)
            timeline.apply_filters(again=True)  # every run asks the core again
            settle()

        return run

    search_ms = timed(app, search("bus stop"))
    counted()
    shown_after_search = shown()
    search_rare_ms = timed(app, search("tyre"))
    search_common_ms = timed(app, search("he"))
    timeline.search.setText("")
    timeline.apply_filters(again=True)
    settle()

    def sort() -> None:
        order = timeline.table.horizontalHeader().sortIndicatorOrder()
        timeline.table.sortByColumn(2, order)
        settle()

    sort_ms = timed(app, sort)

    page_ = window.diary_page
    started = time.perf_counter()
    page_.tabs.setCurrentWidget(page_.messages)
    app.processEvents()
    messages_ms = (time.perf_counter() - started) * 1000
    message_search_ms = timed(
        app,
        lambda: (page_.messages.search.setText("tonight"), page_.messages.reload()),
        3,
    )

    opening = []
    for _ in range(5):
        started = time.perf_counter()
        page_.new_entry()  # the editor offers the conditions of orders in force today
        app.processEvents()
        opening.append((time.perf_counter() - started) * 1000)
        page_.editor.close_editor()
        app.processEvents()
    new_entry_ms = statistics.median(opening)
    return {
        "scroll, per screenful": f"{scroll_ms:.1f} ms",
        "behaviour filter": f"{behaviour_ms:.1f} ms ({shown_after_behaviour})",
        "search 'bus stop'": f"{search_ms:.1f} ms ({shown_after_search})",
        "search 'tyre'": f"{search_rare_ms:.1f} ms",
        "search 'he'": f"{search_common_ms:.1f} ms",
        "sort by what happened": f"{sort_ms:.1f} ms",
        "messages tab, first page": f"{messages_ms:.1f} ms",
        "messages search": f"{message_search_ms:.1f} ms",
        "new entry, editor ready": f"{new_entry_ms:.1f} ms",
    }


PARTS = ["people", "exhibits", "messages", "patterns", "court", "safety_plan", "settings"]


def part_stalls(app: QApplication, window: Any, wait_s: float = 2.5) -> dict[str, str]:
    """The longest stall from opening each part of the diary until its work is done (every part
    that reads the diary when shown, over the whole diary), and the same for the wizards."""
    page = window.diary_page

    def longest(action: Callable[[], object]) -> str:
        meter = StallMeter()
        meter.start()
        action()
        ends = time.perf_counter() + wait_s
        while time.perf_counter() < ends or workers.busy():
            app.processEvents()
            time.sleep(0.002)
        return f"{meter.stop() * 1000:.0f} ms longest stall"

    out = {
        f"opening {name.replace('_', ' ')}": longest(
            lambda n=name: page.tabs.setCurrentWidget(getattr(page, n))
        )
        for name in PARTS
    }
    page.tabs.setCurrentWidget(page.timeline)
    out["opening the export wizard"] = longest(page.extras.export_action.trigger)
    page.extras.export_wizard.close_wizard()
    out["opening the import page"] = longest(page.extras.import_action.trigger)
    page.extras.import_page.close_page()
    return out


def save_stalls(app: QApplication, window: Any, wait_s: float = 1.0) -> dict[str, str]:
    """The longest stall from saving in each part of "Going to court" until the saving and the
    reading after it are done: an order (a new revision of the first), a risk answer (a new
    note), building the statement's first draft again from the whole diary, and saving it."""
    page = window.diary_page
    page.tabs.setCurrentWidget(page.court)
    court = page.court

    def idle() -> None:
        while workers.busy():
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    def longest(action: Callable[[], object]) -> str:
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        action()
        while workers.busy():
            app.processEvents()
            time.sleep(0.002)
        took = time.perf_counter() - started
        ends = time.perf_counter() + wait_s
        while time.perf_counter() < ends:
            app.processEvents()
            time.sleep(0.002)
        return f"{meter.stop() * 1000:.0f} ms longest stall ({took:.1f} s until done)"

    stamp = f"bench {time.time():.0f}"
    out: dict[str, str] = {}
    court.show_part(court.orders)
    idle()
    court.orders.table.selectRow(0)
    court.orders.reference.setText(stamp)
    out["saving an order"] = longest(court.orders.save)
    assert not court.orders.error.text(), court.orders.error.text()
    assert court.orders.model.rows()[0].reference == stamp, "the order was not saved"
    court.show_part(court.risk)
    idle()
    court.risk.table.selectRow(0)
    court.risk.note.setText(stamp)
    out["saving a risk answer"] = longest(court.risk.save)
    assert not court.risk.error.text(), court.risk.error.text()
    assert court.risk.model.rows()[0].note == stamp, "the answer was not saved"
    court.show_part(court.statement)
    idle()
    out["statement: start again"] = longest(court.statement.start_fresh)
    assert not court.statement.error.text(), court.statement.error.text()
    out["saving the statement"] = longest(court.statement.save)
    assert not court.statement.error.text(), court.statement.error.text()
    return out


def action_stalls(app: QApplication, window: Any, wait_s: float = 1.0) -> dict[str, str]:
    """The longest stall of each everyday action at this size, from the click until its work is
    done and the page after it is shown: the export wizard's summary step, saving a new entry,
    saving an edit, "It happened again", accepting a suggested entry, opening an entry with
    photos and opening one of its photos."""
    from diary.suggest import suggest_incidents

    page = window.diary_page
    diary = window.diary_page.session.diary

    def longest(action: Callable[[], object], until: Callable[[], bool] = lambda: True) -> str:
        meter = StallMeter()
        app.processEvents()
        meter.start()
        started = finished = time.perf_counter()
        action()
        ends = time.perf_counter() + wait_s
        while time.perf_counter() < ends or workers.busy() or not until():
            if workers.busy() or not until():
                finished = time.perf_counter()
            app.processEvents()
            time.sleep(0.002)
        took = finished - started
        return f"{meter.stop() * 1000:.0f} ms longest stall ({took:.2f} s until done)"

    out = {}
    wizard = page.extras.export_wizard
    page.extras.export_action.trigger()
    wait_until(app, lambda: not workers.busy())
    wizard.every.setChecked(True)
    out["export wizard, summary step"] = longest(
        wizard._make_summary, lambda: wizard._summary is not None
    )
    wizard.close_wizard()

    page.new_entry()
    page.editor.description.setPlainText("He was waiting by the car park again.")
    out["saving a new entry"] = longest(page.editor.save)
    number = page.incident.number
    page.edit_incident(number)
    page.editor.description.setPlainText("He was waiting by the car park again, for an hour.")
    out["saving an edit"] = longest(page.editor.save)
    page.show_lists()

    page.happened_again()
    out["'It happened again', saving"] = longest(page.quick_add.save)

    review = page.extras.import_page
    person = next(p.name for p in diary.list_people() if p.role == "perpetrator")
    review.suggestions.load(suggest_incidents(diary, person))  # as after importing their chat
    review._review()
    out["accepting a suggested entry"] = longest(review.accept_chosen)
    review.close_page()

    photos = [e for e in diary.list_exhibits() if e.incidents and e.media_type.startswith("image/")]
    if not photos:  # the demo diary has none: add two photos of a street to the new entry
        from PySide6.QtGui import QColor, QImage

        with tempfile.TemporaryDirectory() as folder:
            for shade in ("darkgreen", "steelblue"):
                image = QImage(3000, 2000, QImage.Format.Format_RGB32)
                image.fill(QColor(shade))
                path = Path(folder) / f"street-{shade}.jpg"
                image.save(str(path))
                diary.attach_file(path, incident=number)
        photos = [e for e in diary.list_exhibits() if number in e.incidents]
    with_photo = photos[0]
    out["opening an entry with photos"] = longest(
        lambda: page.open_incident(with_photo.incidents[0])
    )
    out["opening one of its photos"] = longest(lambda: page.open_exhibit(with_photo.ref))
    page.show_lists()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--launches", type=int, default=6, help="fresh processes to time")
    parser.add_argument("--no-create", action="store_true", help="skip creating a diary")
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="launch, unlock, quick exit while unlocking and create only (no timeline steps)",
    )
    parser.add_argument(
        "--parts-only",
        action="store_true",
        help="unlock, then the longest stall opening each part of the diary",
    )
    parser.add_argument(
        "--saves-only",
        action="store_true",
        help="unlock, then the longest stall saving an order, a risk answer and a new draft",
    )
    parser.add_argument(
        "--actions-only",
        action="store_true",
        help="unlock, then the longest stall of each everyday action (saving, summary, opening)",
    )
    args = parser.parse_args()
    vault = args.vault or Path(tempfile.mkdtemp(prefix="daybook-bench-")) / "vault"
    if not (vault / "keyslots").exists():
        make_vault(vault, args.incidents, args.messages)

    only = {"parts": args.parts_only, "saves": args.saves_only, "actions": args.actions_only}
    measure = {"parts": part_stalls, "saves": save_stalls, "actions": action_stalls}
    for name, asked in only.items():
        if asked:
            app = QApplication([sys.argv[0]])
            window = unlock_to_timeline(app, vault, KeyDerivationClock())["window"]
            for what, value in measure[name](app, window).items():
                print(f"{what + ':':<33}{value}")
            return 0

    launches = launch_times(vault, args.launches)
    warm = launches[1:] or launches
    launch_wall = statistics.median(w for w, _ in warm)
    launch_cpu = statistics.median(c for _, c in warm)

    app = QApplication([sys.argv[0]])
    clock = KeyDerivationClock()
    rss_before = rss_mb()
    opened = unlock_to_timeline(app, vault, clock)
    session, window = opened["session"], opened["window"]
    rows = window.diary_page.timeline.model.rowCount()
    rss_after = rss_mb()

    steps = {} if args.startup_only else timeline_steps(app, window)
    if not args.startup_only:
        steps.update(part_stalls(app, window))
    rss_end = rss_mb()

    # Quick exit with an entry half-written: hide, save the draft, lock (checkpoint), leave.
    window.diary_page.new_entry()
    window.diary_page.editor.description.setPlainText("He was outside again " * 40)
    session._quit = lambda: None
    started = time.perf_counter()
    session.quick_exit()
    lock_ms = (time.perf_counter() - started) * 1000
    close(app, session, window)
    session.leaving = False
    QCoreApplication.processEvents()

    exit_while_unlocking = quick_exit_while_unlocking(app, vault)
    created = None if args.no_create else create_diary(app)

    print(f"load average at the end:         {os.getloadavg()[0]:.1f} (2 CPUs)")
    print(f"launch to the unlock screen:     {launch_wall:.2f} s wall, {launch_cpu:.2f} s CPU")
    print(f"  each launch (wall/CPU s):      {[(round(w, 2), round(c, 2)) for w, c in launches]}")
    print(f"rows shown at first:             {rows}")
    print(f"key derivation (Argon2id):       {opened['kdf_s']:.2f} s")
    print(f"passphrase to usable timeline:   {opened['to_usable_s']:.2f} s (key derivation in)")
    print(f"  after key derivation:          {opened['after_kdf_s']:.2f} s wall")
    print(f"  CPU, all threads:              {opened['cpu_s']:.2f} s (key derivation in)")
    print(f"  CPU after key derivation:      {opened['after_kdf_cpu_s']:.2f} s")
    print(f"longest stall while unlocking:   {opened['stall_s'] * 1000:.0f} ms")
    print(f"quick exit while unlocking:      {exit_while_unlocking * 1000:.0f} ms to hidden")
    if created:
        print(
            f"creating a diary:                {created['wall_s']:.2f} s wall, "
            f"{created['cpu_s']:.2f} s CPU, longest stall {created['stall_s'] * 1000:.0f} ms"
        )
    for what, value in steps.items():
        print(f"{what + ':':<33}{value}")
    print(f"memory before unlock:            {rss_before:.0f} MB")
    print(f"memory after unlock:             {rss_after:.0f} MB")
    print(f"memory after the above:          {rss_end:.0f} MB")
    print(f"quick exit (draft, lock, clear): {lock_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
