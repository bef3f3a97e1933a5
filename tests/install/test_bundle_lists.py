"""The PyInstaller spec collects every resource and leaves out only Qt modules nobody imports."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
import bundle_lists  # noqa: E402

SPEC = ROOT / "packaging" / "pyinstaller" / "daybook.spec"


def test_the_spec_collects_every_file_under_resources_to_the_same_place() -> None:
    collected = {
        Path(source).resolve().relative_to(ROOT).as_posix(): target
        for source, target in bundle_lists.resource_datas()
    }
    expected = {
        path.relative_to(ROOT).as_posix(): path.parent.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.name != ".gitkeep"
    }
    assert collected == expected
    assert "resources/fonts/DejaVuSans.ttf" in collected
    assert "resource_datas()" in SPEC.read_text(encoding="utf-8")


def test_the_spec_carries_the_migration_scripts_alembic_reads_as_files() -> None:
    targets = {Path(source).name for source, _target in bundle_lists.migration_datas()}
    versions = {p.name for p in (ROOT / "diary" / "migrations" / "versions").glob("*.py")}
    assert versions <= targets
    assert {"env.py", "script.py.mako"} <= targets


def test_no_qt_module_the_code_imports_is_left_out() -> None:
    used = set(bundle_lists.qt_modules_used())
    left_out = set(bundle_lists.qt_modules_unused())
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert used.isdisjoint(left_out)
    assert "PySide6.QtNetwork" in left_out  # Daybook never goes on the network


def test_unused_qt_plugins_and_translations_are_dropped_and_the_rest_kept() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/translations/qtbase_pl.qm", "/x/qtbase_pl.qm", "DATA"),
        ("PySide6/Qt/translations/qtmultimedia_pl.qm", "/x/qtmultimedia_pl.qm", "DATA"),
        ("resources/style.qss", "/x/style.qss", "DATA"),
    ]
    kept = {entry[0] for entry in bundle_lists.without_unused_qt(toc)}  # type: ignore[arg-type]
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/translations/qtbase_pl.qm",
        "resources/style.qss",
    }
