"""Desktop app benchmark at case scale: unlock to a usable timeline, filters, search, memory.
Run by hand (see docs/benchmarks.md, "Desktop app"); never a timed test."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from diary.crypto import keyslots
from ui.app import build

PASSPHRASE = "quietly orange lantern beneath seven hills"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


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


def timed(app: QApplication, work: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in ms of `work` plus the event processing it causes."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    vault = args.vault or Path(tempfile.mkdtemp(prefix="daybook-bench-")) / "vault"
    if not (vault / "keyslots").exists():
        make_vault(vault, args.incidents, args.messages)

    started = time.perf_counter()
    keyslots.unlock(vault, PASSPHRASE)
    kdf_s = time.perf_counter() - started

    app = QApplication([sys.argv[0]])
    rss_before = rss_mb()
    session, window = build(vault)
    window.resize(1280, 800)
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    page.unlock()
    while window.pages.currentWidget() is not window.diary_page:
        app.processEvents()
        time.sleep(0.001)
    window.grab()  # paint the visible rows: "usable" means seen, not just loaded
    to_usable_s = time.perf_counter() - started
    timeline = window.diary_page.timeline
    rows = timeline.model.rowCount()
    rss_after = rss_mb()

    def scroll() -> None:
        bar = timeline.table.verticalScrollBar()
        for value in range(0, bar.maximum(), max(bar.maximum() // 50, 1)):
            bar.setValue(value)
            timeline.table.viewport().grab()

    scroll_ms = timed(app, scroll, 1) / 50

    behaviour_ms = (
        timed(
            app,
            lambda: (
                timeline.behaviour.setCurrentIndex(timeline.behaviour.findData("OC1")),
                timeline.behaviour.setCurrentIndex(0),
            ),
        )
        / 2
    )
    shown_after_behaviour = 0
    timeline.behaviour.setCurrentIndex(timeline.behaviour.findData("OC1"))
    shown_after_behaviour = timeline.proxy.rowCount()
    timeline.behaviour.setCurrentIndex(0)

    def search(words: str) -> Callable[[], object]:
        def run() -> None:
            timeline._searched = None  # no cached answer: every run asks the core again
            timeline.search.setText(words)
            timeline.apply_filters()
            while timeline.searching:  # the look-up runs on a worker; wait for the rows
                app.processEvents()
                time.sleep(0.001)

        return run

    search_ms = timed(app, search("bus stop"))
    shown_after_search = timeline.proxy.rowCount()
    search_rare_ms = timed(app, search("tyre"))
    timeline.search.setText("")
    timeline.apply_filters()
    sort_ms = timed(
        app,
        lambda: timeline.table.sortByColumn(
            2, timeline.table.horizontalHeader().sortIndicatorOrder()
        ),
    )

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
    rss_end = rss_mb()

    # Quick exit with an entry half-written: hide, save the draft, lock (checkpoint), leave.
    page_.new_entry()
    page_.editor.description.setPlainText("He was outside again " * 40)
    started = time.perf_counter()
    session.quick_exit()
    lock_ms = (time.perf_counter() - started) * 1000

    print(f"incidents in timeline:           {rows}")
    print(f"key derivation (Argon2id):       {kdf_s:.2f} s")
    print(f"passphrase to usable timeline:   {to_usable_s:.2f} s (includes key derivation)")
    print(f"  of which after key derivation: {to_usable_s - kdf_s:.2f} s")
    print(f"scroll, per screenful:           {scroll_ms:.1f} ms")
    print(f"behaviour filter:                {behaviour_ms:.1f} ms ({shown_after_behaviour} rows)")
    print(f"search 'bus stop':               {search_ms:.1f} ms ({shown_after_search} rows)")
    print(f"search 'tyre':                   {search_rare_ms:.1f} ms")
    print(f"sort by what happened:           {sort_ms:.1f} ms")
    print(f"messages tab, first page:        {messages_ms:.1f} ms")
    print(f"messages search:                 {message_search_ms:.1f} ms")
    print(f"memory before unlock:            {rss_before:.0f} MB")
    print(f"memory after unlock:             {rss_after:.0f} MB")
    print(f"memory after the above:          {rss_end:.0f} MB")
    print(f"quick exit (draft, lock, clear): {lock_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
