"""Times check-this-pack.html in Chromium on a synthetic pack: seconds from choosing it to the verdict.

Run by hand: .venv/bin/python bench/check_page_bench.py --incidents 1000 --photos 200
Needs Debian's chromium and the playwright dev dependency (no browser is downloaded).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pack"))

from browser import CHROMIUM_FLAGS  # the same launch flags as the browser tests
from playwright.sync_api import sync_playwright

from bench.export_bench import synthetic
from diary.pack import signing
from diary.pack.build import build_pack
from diary.pack.checkpage import PAGE_NAME


def timed_check(context: object, page_file: Path, pack: Path, folder: bool) -> tuple[float, str]:
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(page_file.as_uri())
    t0 = time.perf_counter()
    page.set_input_files("#pick-folder" if folder else "#pick-zip", str(pack))
    page.wait_for_selector("#verdict:not([hidden])", timeout=300_000)
    elapsed = time.perf_counter() - t0
    title = page.inner_text("#verdict-title")
    t1 = time.perf_counter()
    page.fill("#search", "gate")
    search = time.perf_counter() - t1
    page.close()
    return elapsed, f"{title} (search {search * 1000:.0f} ms)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=200)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "pack.zip"
        build_pack(synthetic(args.incidents, args.photos), signing.generate_key(), pack)
        folder = Path(tmp) / "unzipped"
        with zipfile.ZipFile(pack) as zf:
            zf.extractall(folder)
            files = len(zf.namelist())
        profile = Path(tmp) / "profile"
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                str(profile),
                executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                headless=True,
                args=CHROMIUM_FLAGS,
            )
            page_file = folder / PAGE_NAME
            for mode in ("zip", "folder"):
                target = pack if mode == "zip" else folder
                seconds, words = timed_check(context, page_file, target, mode == "folder")
                print(
                    f"incidents={args.incidents} photos={args.photos} files={files} "
                    f"zip={pack.stat().st_size / 1e6:.0f}MB mode={mode} verdict_s={seconds:.2f} {words}"
                )
            context.close()


if __name__ == "__main__":
    main()
