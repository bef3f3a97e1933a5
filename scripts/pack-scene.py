"""Opens the real app on the evidence pack and import screens, for screenshots under Xvfb:
`pack-scene.py SCENE VAULT PASSPHRASE [FILE]` with SCENE one of export-choose, export-summary,
export-done, pack (FILE: a pack to open; SCENE_COMPARE=EARLIER.zip compares it), import-preview and import-review (FILE: a chat export)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import style
from ui.app import build


def main() -> int:
    scene, vault, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    file = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Daybook")
    style.apply(app)
    _session, window = build(vault, insecure_fast_kdf=True)
    width, height = (int(n) for n in os.environ.get("SCENE_SIZE", "1180x760").split("x"))
    window.resize(width, height)
    window.move(20, 10)
    window.show()

    def wait_for(done: Callable[[], bool]) -> None:
        while not done():
            app.processEvents()
            time.sleep(0.02)

    if scene == "pack":
        # An advocate's view: from the unlock screen, no diary opened.
        window.unlock_page.open_pack_button.click()
        assert file is not None
        window.pack_viewer.open_path(file)
        wait_for(lambda: window.pack_viewer.steps.currentIndex() == 1)
        if os.environ.get("SCENE_COMPARE"):
            # Compared with an earlier pack (SCENE_COMPARE names it).
            viewer = window.pack_viewer
            viewer.tabs.setCurrentWidget(viewer.compare_panel)
            viewer.compare_panel.set_earlier(Path(os.environ["SCENE_COMPARE"]))
        if os.environ.get("SCENE_EXHIBITS"):
            viewer = window.pack_viewer
            viewer.tabs.setCurrentIndex(1)
            model = viewer.exhibits_proxy
            for row in range(model.rowCount()):
                if str(model.index(row, 2).data()).startswith("image/"):
                    QTimer.singleShot(300, lambda row=row: viewer.exhibit_table.selectRow(row))
                    break
    else:
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.unlock()
        wait_for(lambda: window.pages.currentWidget() is window.diary_page)
        extras = window.diary_page.extras
        if scene.startswith("export"):
            extras.start_export()
            wizard = extras.export_wizard
            if scene in ("export-summary", "export-done"):
                wizard.court.setChecked(True)
                wizard.for_whom.setText("Sam Patel, independent stalking advocate")
                wizard.go_next()
                wait_for(lambda: wizard._summary is not None)
            if scene == "export-done":
                wizard.go_next()
                out = Path(tempfile.mkdtemp()) / "JS-evidence-pack.zip"
                wizard.path.setText(str(out))
                wizard.go_next()
                wait_for(lambda: wizard.result is not None)
        elif scene.startswith("import"):
            assert file is not None
            extras.start_import()
            page = extras.import_page
            page.add_files([file])
            wait_for(lambda: page.steps.currentIndex() == 1 and not page._working)
            who = os.environ.get("SCENE_WHO", "")
            if who:
                page.who.setCurrentIndex(max(0, page.who.findData(who)))
            if scene == "import-review":
                page.start_import()
                wait_for(lambda: page.steps.currentIndex() == 3 and not page._working)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
