#!/usr/bin/env python3
"""Daybook's translations: extract the interface's words, build the files the app loads, and
make pseudo-translations for the tests.

    scripts/translations.py update    # ui/ sources -> resources/translations/daybook_LANG.ts
    scripts/translations.py release   # every .ts -> .qm beside it (the app loads these)
    scripts/translations.py pseudo DIR [--rtl]   # a pseudo-locale .qm in DIR, for tests
    scripts/translations.py check     # lists words in ui/ that a language has not translated

Uses pyside6-lupdate and pyside6-lrelease, which come with PySide6-Essentials. Words passed
to the small `_tr(...)` helpers (QCoreApplication.translate with the empty context) are
extracted through lupdate's `-tr-function-alias tr+=_tr`; words kept in tables and shown
through `_tr(variable)` are listed in WORD_LISTS below.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("cy", "pl")
PSEUDO = "en_XA"  # the conventional pseudo-locale names: accented and long, and right to left
PSEUDO_RTL = "ar_XB"
# Pieces of a source text that must come through a translation unchanged: format fields
# ({n}, {when:%H:%M}), Qt's %1 and %n, HTML tags and entities, and keyboard accelerators.
PROTECTED = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>|&[a-zA-Z#0-9]+;|&(?=\w)")
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
# Words the interface shows through `_tr(variable)`: kept in tables (in the core, or in ui/
# dictionaries), so lupdate cannot see them as calls. Each is "module:attribute", a dict (its
# values) or a list of records (their text fields but `key`); they are added to the sources
# lupdate reads as `_tr("…")` calls, in the empty context where `_tr` looks them up.
WORD_LISTS = (
    "diary.behaviours:BEHAVIOURS",
    "diary.records.types:IMPACTS",
    "diary.records.safety:SECTIONS",
    "diary.records.court_types:ORDER_KINDS",
    "diary.records.court_types:ORDER_STATUSES",
    "diary.records.court_types:CONDITION_KINDS",
    "diary.records.court_types:RISK_ANSWERS",
    "diary.records.court_types:RISK_TOPICS",
    "ui.pack_models:_CHANNELS",
    "ui.pack_models:_SPECIFIC_KINDS",
    "ui.pack_models:_KINDS",
    "ui.pack_models:_CHANGE_KINDS",
)


def tool(name: str) -> str:
    """The PySide6 tool beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: it comes with PySide6-Essentials (pip install).")
    return found


def source_files() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def listed_words() -> list[str]:
    """Every text in WORD_LISTS, in order, once."""
    sys.path.insert(0, str(ROOT))
    words: list[str] = []
    for entry in WORD_LISTS:
        module_name, _, attribute = entry.partition(":")
        table = getattr(importlib.import_module(module_name), attribute)
        items = table.values() if isinstance(table, dict) else table
        for item in items:
            if isinstance(item, str):
                found = [item]
            else:
                found = [v for k, v in vars(item).items() if k != "key" and isinstance(v, str)]
            words.extend(text for text in found if text and text not in words)
    return words


def words_file(folder: Path) -> Path:
    """A Python file lupdate reads: one `_tr("…")` call for each listed word."""
    path = folder / "listed_words.py"
    lines = [f"_tr({json.dumps(text, ensure_ascii=False)})" for text in listed_words()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(targets: list[Path], *, target_language: str | None = None) -> None:
    command = [tool("pyside6-lupdate"), "-silent", "-locations", "none"]
    command += ["-tr-function-alias", "tr+=_tr", "-source-language", "en_GB"]
    if target_language:
        command += ["-target-language", target_language]
    with tempfile.TemporaryDirectory() as scratch:
        words = words_file(Path(scratch))
        command += [*source_files(), str(words), "-ts", *(str(target) for target in targets)]
        subprocess.run(command, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate([FOLDER / f"daybook_{language}.ts"], target_language=language)


def release() -> None:
    for ts in sorted(FOLDER.glob("daybook_*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))


def untranslated(language: str) -> list[str]:
    """Source texts in the current ui/ sources with no finished translation in `language`."""
    done: set[tuple[str, str]] = set()
    tree = ET.parse(FOLDER / f"daybook_{language}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                done.add((name, message.findtext("source") or ""))
    missing = []
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "current.ts"
        lupdate([ts], target_language=language)
        for context in ET.parse(ts).iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if (name, source) not in done:
                    missing.append(f"{name or '(no context)'}: {source}")
    return missing


def _transform(text: str, change: object) -> str:
    """`change` applied to the words between the protected pieces."""
    assert callable(change)
    parts: list[str] = []
    last = 0
    for match in PROTECTED.finditer(text):
        parts.append(change(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(change(text[last:]))
    return "".join(parts)


def pseudo_text(text: str, *, rtl: bool = False) -> str:
    """⟦text made 40% longer⟧; with `rtl`, ⟦text in Arabic letters⟧, as long as it was (the
    right-to-left test is about mirroring; the long one is about length)."""
    if rtl:
        arabic = _transform(
            text,
            lambda words: "".join(
                ARABIC[(ord(ch.lower()) - 97) % len(ARABIC)] if "a" <= ch.lower() <= "z" else ch
                for ch in words
            ),
        )
        return f"⟦{arabic}⟧"
    padding = max(1, round(len(text) * 0.4))
    filler = (" ~~~~" * (padding // 5 + 1))[:padding]
    return f"⟦{text}{filler}⟧"


def pseudo(folder: Path, *, rtl: bool = False) -> Path:
    """A pseudo-locale made from the current sources: its .qm in `folder`, returned."""
    locale = PSEUDO_RTL if rtl else PSEUDO
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / f"daybook_{locale}.ts"
        lupdate([ts], target_language=locale)
        tree = ET.parse(ts)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo_text(source, rtl=rtl)
            else:
                translation.text = pseudo_text(source, rtl=rtl)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = folder / f"daybook_{locale}.qm"
        lrelease(ts, qm)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract the words into resources/translations/*.ts")
    sub.add_parser("release", help="build the .qm files the app loads")
    made = sub.add_parser("pseudo", help="a pseudo-locale .qm for tests")
    made.add_argument("folder", type=Path)
    made.add_argument("--rtl", action="store_true", help="right to left (Arabic letters)")
    sub.add_parser("check", help="list words not yet translated")
    args = parser.parse_args()
    if args.command == "check":
        missing = {language: untranslated(language) for language in LANGUAGES}
        for language, texts in missing.items():
            for text in texts:
                print(f"{language}\t{text}")
        return 1 if any(missing.values()) else 0
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    else:
        print(pseudo(args.folder, rtl=args.rtl))
    return 0


if __name__ == "__main__":
    sys.exit(main())
