"""The PyInstaller spec collects every resource and leaves out only Qt modules nobody imports."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

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


def test_qt_translations_are_kept_only_in_the_languages_daybook_speaks() -> None:
    toc = [
        (f"PySide6/Qt/translations/qtbase_{code}.qm", f"/x/qtbase_{code}.qm", "DATA")
        for code in ("en", "pl", "de", "ar", "zh_CN")
    ]
    kept = {entry[0] for entry in bundle_lists.without_unused_qt(toc)}  # type: ignore[arg-type]
    assert kept == {"PySide6/Qt/translations/qtbase_en.qm", "PySide6/Qt/translations/qtbase_pl.qm"}
    assert {"en", "cy", "pl"} <= bundle_lists.daybook_languages()


def test_no_code_imports_the_library_parts_the_bundle_leaves_out() -> None:
    for folder in bundle_lists.CODE_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for module in bundle_lists.LIBRARY_PARTS_UNUSED:
                package, leaf = module.rsplit(".", 1)
                assert module not in text, path
                assert not re.search(rf"from {re.escape(package)} import .*\b{leaf}\b", text), path
    assert set(bundle_lists.PHONENUMBERS_UNUSED) <= set(bundle_lists.LIBRARY_PARTS_UNUSED)


# Run in a child so the blocked modules stay blocked whatever the test process imported before.
_WITHOUT_UNUSED_PARTS = """
import sys
import types
blocked = set(sys.argv[1].split(","))

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in blocked):
            raise ImportError(f"left out of the bundle: {name}")
        return None

sys.meta_path.insert(0, Refuse())
import io
import phonenumbers
from diary.records.people import normalise_phone
import diary.pack.redact  # the court copy's finder of numbers

assert normalise_phone("07700 900999") == "+447700900999"
text = "Ring 07700 900999 or +48 601 234 567 now"
possible = phonenumbers.Leniency.POSSIBLE
found = [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=possible)]
assert found == ["07700 900999", "+48 601 234 567"], found

# The draft statement (python-docx on lxml.etree), written and read back.
import docx
from diary.pack.statement_docx import statement_docx_bytes
from diary.records.court_types import StatementInput
made = statement_docx_bytes(StatementInput(statement_number=1))
assert docx.Document(io.BytesIO(made)).paragraphs

# Photos: a JPEG drawn (as the demo's portraits are), read back and made smaller.
from PIL import Image, ImageDraw
from diary.importers.photos import read_photo
picture = Image.new("RGB", (240, 300), (200, 190, 170))
ImageDraw.Draw(picture).ellipse((70, 50, 170, 170), fill=(120, 90, 70))
jpeg = io.BytesIO()
picture.save(jpeg, "JPEG", quality=70)
Image.open(io.BytesIO(jpeg.getvalue())).thumbnail((64, 64))
read_photo("IMG_0001.jpg", jpeg.getvalue())

assert not any(name.startswith(tuple(blocked)) for name in sys.modules)
print("ok")
"""


def test_numbers_statements_and_photos_work_without_the_parts_the_bundle_leaves_out() -> None:
    import subprocess

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _WITHOUT_UNUSED_PARTS,
            ",".join(bundle_lists.LIBRARY_PARTS_UNUSED),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_qt_libraries_nothing_kept_links_to_are_dropped_with_their_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PyInstaller is in the build venv only: its library reader is stood in for by the links
    # the real bundle has (readelf -d on PySide6 6.10.1).
    links = {
        "/x/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libQt6Core.so.6"],
        "/x/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "/x/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/x/libQt6Core.so.6": ["libicuuc.so.73"],
        "/x/libicuuc.so.73": [],
        "/x/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/x/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb.so.1"],
        "/x/libxcb.so.1": [],
        "/x/libQt6Network.so.6": ["libQt6Core.so.6", "libgssapi_krb5.so.2"],
        "/x/libgssapi_krb5.so.2": [],
        "/x/libQt6EglFsKmsSupport.so.6": ["libQt6EglFSDeviceIntegration.so.6"],
        "/x/libQt6EglFSDeviceIntegration.so.6": ["libQt6Gui.so.6"],
    }
    fake = types.ModuleType("PyInstaller.depend.bindepend")
    fake.get_imports = lambda path: [(name, f"/x/{name}") for name in links[path]]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake)
    monkeypatch.setattr(sys, "platform", "linux")
    qt = "PySide6/Qt/lib/"
    toc = [
        ("PySide6/QtWidgets.abi3.so", "/x/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        *(
            (qt + name, f"/x/{name}", "BINARY")
            for name in (
                "libQt6Widgets.so.6",
                "libQt6Gui.so.6",
                "libQt6Core.so.6",
                "libicuuc.so.73",
                "libQt6XcbQpa.so.6",
                "libQt6Network.so.6",
                "libQt6EglFsKmsSupport.so.6",
                "libQt6EglFSDeviceIntegration.so.6",
            )
        ),
        ("libxcb.so.1", "/x/libxcb.so.1", "BINARY"),
        ("libgssapi_krb5.so.2", "/x/libgssapi_krb5.so.2", "BINARY"),
        ("libQt6Network.so.6", qt + "libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", qt + "libQt6Core.so.6", "SYMLINK"),
        ("resources/style.qss", "/x/style.qss", "DATA"),
    ]
    kept = {entry[0] for entry in bundle_lists.without_orphan_libraries(toc)}  # type: ignore[arg-type]
    dropped = {entry[0] for entry in toc} - kept
    assert dropped == {
        qt + "libQt6Network.so.6",
        qt + "libQt6EglFsKmsSupport.so.6",
        qt + "libQt6EglFSDeviceIntegration.so.6",
        "libgssapi_krb5.so.2",
        "libQt6Network.so.6",
    }
