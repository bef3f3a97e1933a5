"""Opens the real app in one named state for screenshots under Xvfb: `app-scene.py SCENE VAULT
[PASSPHRASE]`; the scenes are listed in docs/app.md."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QApplication

from ui import style
from ui.app import build


def main() -> int:
    scene, vault = sys.argv[1], Path(sys.argv[2])
    passphrase = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("DAYBOOK_PASSPHRASE", "")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Daybook")
    style.apply(app)
    session, window = build(vault, insecure_fast_kdf=True)
    width, height = (int(n) for n in os.environ.get("SCENE_SIZE", "1180x760").split("x"))
    window.resize(width, height)
    window.move(20, 10)

    def wait_for(done: object) -> None:
        while not done():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.02)

    first = window.first_run
    if scene in ("passphrase", "recovery"):
        first.start_button.click()
        first.initials.setText("JS")
        first.passphrase.passphrase.setText("quietly orange lantern")
        if scene == "recovery":
            first.passphrase.passphrase.setText("quietly orange lantern beneath seven hills")
            first.passphrase.confirm.setText("quietly orange lantern beneath seven hills")
            first.create_diary()
            wait_for(lambda: first.steps.currentIndex() == 2)
    elif scene in ("wrong",):
        window.unlock_page.passphrase.setText("guess")
        window.unlock_page.unlock()
        wait_for(lambda: not window.unlock_page._working)
    elif scene in (
        "timeline",
        "entry",
        "editor",
        "quick",
        "people",
        "files",
        "messages",
        "settings",
        "viewer",
    ):
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.unlock()
        wait_for(lambda: window.pages.currentWidget() is window.diary_page)
        page = window.diary_page
        if scene == "entry":
            # An entry with a photo, to show the thumbnails made in memory.
            rows = page.timeline.model.rows()
            chosen = next((r for r in rows if r.exhibit_count), rows[0])
            page.open_incident(chosen.number)
        elif scene == "editor":
            page.new_entry()
            editor = page.editor
            editor.start.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
            editor.description.setPlainText(
                "I came out of work at half five and he was across the road by the bus "
                "shelter again. He didn't say anything, just watched me until the bus came."
            )
            editor.exact_words.setPlainText("")
            editor.location.setText("Bus shelter opposite work")
            for code in ("OC1", "ST5", "ST7"):
                index = editor.behaviours.index(editor.behaviours.row_of(code))
                editor.behaviours.setData(index, 2, 10)
            if os.environ.get("SCENE_SCROLL"):
                # Further down the form: who, where, the effect, reports and files.
                QTimer.singleShot(
                    500, lambda: editor.scroller.ensureWidgetVisible(editor.location, 50, 300)
                )
        elif scene == "quick":
            page.happened_again()
        elif scene in ("people", "files", "messages", "settings"):
            tab = {
                "people": page.people,
                "files": page.exhibits,
                "messages": page.messages,
                "settings": page.settings,
            }[scene]
            page.tabs.setCurrentWidget(tab)
        elif scene == "viewer":
            ref = session.diary.list_exhibits()[0].ref
            page.open_exhibit(ref)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
