"""Runs every importer over the shared real-world corpus and compares with expected results.

Prints a Markdown table per file; usage: bench/corpus_report.py [TESTDATA] [--json OUT.json]
[--store] (also imports every file into a throwaway vault, as `daybook import` does).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary.errors import AmbiguousDateOrder, ImportFailed  # noqa: E402
from diary.importers.detect import detect_format, parse_file  # noqa: E402
from diary.importers.model import ParsedExport, ParsedMessage  # noqa: E402
from diary.importers.photos import read_photo  # noqa: E402

SKIP_NAMES = {"SOURCES.md", "LICENSE.upstream", "README.md", "README.upstream.txt"}
# The date order written in each SOURCES.md note, used only when the file itself cannot tell
# and the importer (rightly) asks the person.
ORDER_FROM_SOURCES = {"chat-analytics/whatsapp/4A_11M.txt": "mdy"}
# Counts stated by the upstream projects (file names and SOURCES.md notes).
STATED_COUNTS = {
    "chat-analytics/whatsapp/1A_3M.txt": 3,
    "chat-analytics/whatsapp/4A_11M.txt": 11,
    "whatstk/lorem.txt": 500,
    "whatstk/lorem-2000.txt": 2000,
}


# Differences where we believe the expected result is wrong, with the reason. They are still
# listed in the report, but as explained rather than as failures.
EXPLAINED = {
    "message is 'Link:https://telegram.org/', expected 'Link: https://telegram.org/'": (
        "chat-miner joins text entities with a space; Telegram Desktop writes the space between "
        "entities as its own plain-text item, so joining adds spaces that were never sent. "
        "Daybook joins the items as written; this hand-made fixture simply has no space item."
    ),
}


@dataclass
class Row:
    path: str
    format: str = ""
    parsed: str = ""
    messages: int = 0
    first: str = ""
    last: str = ""
    expected: str = "none"
    mismatches: list[str] = field(default_factory=list)
    explained: list[str] = field(default_factory=list)
    # Ground truth message by message (chatcarve, chat-miner, mimekit): how many expected
    # messages were compared and how many of them Daybook got wrong (any field, or missing).
    truth: int = 0
    truth_wrong: int = 0
    truth_explained: int = 0


@dataclass
class Truth:
    """One message-by-message comparison: expected messages and the indices found wrong."""

    total: int
    wrong: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def _chatcarve_kind(m: ParsedMessage) -> tuple[str, Any, Any]:
    """Map our model onto chatcarve's record (kind, author, media)."""
    if m.kind == "system":
        return "system", None, None
    if m.kind == "call":
        return "system", None, None
    if m.event == "deleted":
        return "deleted", m.sender, None
    if m.attachments or m.media_omitted:
        media = {
            "filename": m.attachments[0] if m.attachments else None,
            "media_type": m.media_kind,
            "omitted": m.media_omitted,
        }
        return "media", m.sender, media
    return "text", m.sender, None


def compare_chatcarve(export: ParsedExport, expected_path: Path) -> Truth:
    want = [json.loads(line) for line in expected_path.read_text("utf-8").splitlines() if line]
    truth = Truth(len(want), set(range(len(export.messages), len(want))))
    problems = truth.problems
    if len(want) != len(export.messages):
        problems.append(f"{len(export.messages)} records, expected {len(want)}")
    for index, (m, w) in enumerate(zip(export.messages, want, strict=False)):
        kind, author, media = _chatcarve_kind(m)
        event = m.event if m.kind == "system" else None
        if m.kind == "call":
            event = m.event
        got = {
            "author": author,
            "index": index,
            "kind": kind,
            "line": m.position,
            "media": media,
            "raw_timestamp": m.raw_time,
            "system": {"event": event} if kind == "system" else None,
            "text": m.body,
            "timestamp": m.sent_at.isoformat() if m.sent_at else None,
        }
        for key in w:
            if got.get(key) != w[key]:
                problems.append(f"record {index}: {key} is {got.get(key)!r}, expected {w[key]!r}")
                truth.wrong.add(index)
    return truth


def compare_chatminer(export: ParsedExport, target: Path, channel_kinds: set[str]) -> Truth:
    """chat-miner keeps only authored messages, newest first, newlines joined with spaces."""
    want = json.loads(target.read_text("utf-8"))
    got = [
        {
            "timestamp": (
                m.sent_at.astimezone(UTC).replace(tzinfo=None).isoformat()
                if m.sent_at and m.sent_at.tzinfo
                else (m.sent_at.isoformat() if m.sent_at else None)
            ),
            "author": m.sender,
            "message": m.body.replace("\n", " "),
        }
        for m in export.messages
        if m.kind in channel_kinds
    ]
    # chat-miner lists WhatsApp newest first and Telegram oldest first; follow the file.
    descending = len(want) > 1 and want[0]["timestamp"] > want[-1]["timestamp"]
    got.sort(key=lambda r: r["timestamp"] or "", reverse=descending)
    truth = Truth(len(want), set(range(len(got), len(want))))
    problems = truth.problems
    if len(got) != len(want):
        problems.append(f"{len(got)} messages, expected {len(want)}")
    for index, (g, w) in enumerate(zip(got, want, strict=False)):
        for key in w:
            if g.get(key) != w[key]:
                problems.append(f"message {index}: {key} is {g.get(key)!r}, expected {w[key]!r}")
                truth.wrong.add(index)
    return truth


def compare_mimekit_summary(export: ParsedExport, summary: Path) -> Truth:
    blocks = [b for b in summary.read_text("utf-8").split("\n\n") if b.strip()]
    truth = Truth(len(blocks), set(range(len(export.messages), len(blocks))))
    problems = truth.problems
    if len(blocks) != len(export.messages):
        problems.append(f"{len(export.messages)} emails, expected {len(blocks)}")
    for index, (block, m) in enumerate(zip(blocks, export.messages, strict=False)):
        fields = dict(
            line.split(": ", 1) for line in block.splitlines()[1:] if not line.startswith(" ")
        )
        if fields.get("Subject") != m.subject:
            problems.append(f"email {index + 1}: subject {m.subject!r}")
        if parseaddr(fields.get("From", "")) != parseaddr(m.sender):
            problems.append(f"email {index + 1}: sender {m.sender!r}")
        if [parseaddr(fields.get("To", ""))] != [parseaddr(r) for r in m.recipients]:
            problems.append(f"email {index + 1}: recipients {m.recipients!r}")
        want_date = datetime.strptime(fields["Date"], "%a, %d %b %Y %H:%M:%S %z")
        if m.sent_at != want_date:
            problems.append(f"email {index + 1}: date {m.sent_at}")
        zips = block.count("application/x-zip-compressed")
        if zips != len(m.attachments):
            problems.append(f"email {index + 1}: {len(m.attachments)} attachments, expected {zips}")
    truth.wrong |= {int(p.split(":")[0].split()[1]) - 1 for p in problems if p.startswith("email")}
    return truth


def compare_chatminer_csv(export: ParsedExport, target: Path) -> Truth:
    """chat-miner's Instagram reading: Central European local time, author, and a word for media.

    chat-miner leaves out poll notices, so every row it lists must be among Daybook's
    messages, not the other way round.
    """
    import csv
    from zoneinfo import ZoneInfo

    cet = ZoneInfo("Europe/Berlin")  # the fixture's author ran it in CET/CEST
    words = {"image": "sentphoto", "video": "sentvideo", "audio": "sentaudio"}
    got = set()
    for m in export.messages:
        if m.sent_at is None:
            continue
        stamp = m.sent_at.astimezone(cet).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        if m.attachments:
            text = words.get(m.media_kind or "", "sentfile")
        elif "\nhttps://" in m.body or m.body.startswith("https://"):
            text = "sentshare"
        elif not m.body:
            text = "disappearingmessage"
        else:
            text = m.body
        got.add((stamp, m.sender if m.kind != "system" else m.body.split(" joined")[0], text))
    truth = Truth(0)
    with target.open(encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            truth.total += 1
            want = (row["datetime"], row["author"], row["message"])
            if want not in got:
                truth.problems.append(f"row {want} not found")
                truth.wrong.add(index)
    return truth


def _sms_count(data: bytes) -> int | None:
    found = re.search(rb"<(?:smses|calls)\s[^>]*count=\"(\d+)\"", data[:4096])
    return int(found.group(1)) if found else None


def _fmt(t: datetime | None) -> str:
    return t.isoformat(sep=" ") if t else ""


def run(testdata: Path) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(p for p in testdata.rglob("*") if p.is_file()):
        rel = path.relative_to(testdata).as_posix()
        if path.name in SKIP_NAMES or "/expected/" in rel or path.name == "target.json":
            continue
        if path.name.endswith(("-summary.txt", "_target.csv")):
            continue
        data = path.read_bytes()
        row = Row(rel)
        rows.append(row)
        row.format = detect_format(path.name, data, path=path)
        if row.format == "photo":
            info = read_photo(path.name, data)
            row.parsed = "yes"
            row.messages = 0
            row.first = _fmt(info.taken_at)
            row.expected = "none"
            bits = [info.make or "", info.model or ""]
            if info.latitude is not None:
                bits.append(f"GPS {info.latitude:.4f},{info.longitude:.4f}")
            row.mismatches = [" ".join(b for b in bits if b).strip()] if any(bits) else []
            continue
        options: dict[str, Any] = {}
        try:
            try:
                export = parse_file(path.name, path)
                row.parsed = "yes"
            except AmbiguousDateOrder:
                options["date_order"] = ORDER_FROM_SOURCES.get(rel, "dmy")
                export = parse_file(path.name, path, **options)
                row.parsed = f"asks day/month order ({options['date_order']} given)"
        except ImportFailed as exc:
            row.parsed = "no: " + exc.message
            continue
        if export.damage:
            row.parsed += f" (damage: {export.damage})"
        row.messages = len(export.messages)
        span = export.date_range
        if span:
            row.first, row.last = _fmt(span[0]), _fmt(span[1])
        checks: list[tuple[str, list[str]]] = []
        truths: list[tuple[str, Truth]] = []
        carve = path.parent / "expected" / (path.stem + ".jsonl")
        if carve.exists():
            truths.append(("chatcarve jsonl", compare_chatcarve(export, carve)))
        target = path.parent / "target.json"
        if target.exists() and "chat-miner" in rel:
            truths.append(
                ("chat-miner target.json", compare_chatminer(export, target, {"message"}))
            )
        target_csv = path.parent / (path.stem + "_target.csv")
        if target_csv.exists():
            truths.append(("chat-miner target csv", compare_chatminer_csv(export, target_csv)))
        summary = path.parent / (path.stem + "-summary.txt")
        if summary.exists():
            truths.append(("mimekit summary", compare_mimekit_summary(export, summary)))
        for name, truth in truths:
            checks.append((name, truth.problems))
            row.truth += truth.total
            explained = {
                i
                for i in truth.wrong
                if all(
                    any(p.endswith(known) for known in EXPLAINED)
                    for p in truth.problems
                    if p.split(":")[0].split()[-1] == str(i)
                )
            }
            row.truth_explained += len(explained)
            row.truth_wrong += len(truth.wrong - explained)
        count = _sms_count(data) if row.format == "sms" else None
        if count is not None:
            got = len(export.messages)
            checks.append(("count attribute", [] if count == got else [f"{got} != {count}"]))
        if rel in STATED_COUNTS:
            stated = STATED_COUNTS[rel]
            authored = sum(1 for m in export.messages if m.kind == "message")
            problems = [] if stated == authored else [f"{authored} messages, stated {stated}"]
            checks.append(("stated count", problems))
        if checks:
            row.expected = ", ".join(name for name, _ in checks)
            for _, found in checks:
                for problem in found:
                    if any(problem.endswith(known) for known in EXPLAINED):
                        row.explained.append(problem)
                    else:
                        row.mismatches.append(problem)
    return rows


def store_all(testdata: Path, rows: list[Row]) -> str:
    """Import every file with `diary.importing` into one throwaway vault: a real import.

    Photos are kept as exhibits with their times. The vault lives in a private temporary
    folder (fast key derivation, as the benchmarks use) and is removed afterwards.
    """
    import shutil
    import tempfile

    from diary.importing import import_file
    from diary.records.service import Diary
    from diary.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="corpus-vault-"))
    try:
        vault = Vault.create(folder / "vault", "bench", initials="JS", insecure_fast_kdf=True)[0]
        diary = Diary(vault)
        stored = 0
        failed: list[str] = []
        for row in rows:
            options: dict[str, Any] = {}
            if row.parsed.startswith("asks"):
                options["date_order"] = row.parsed.split("(")[1].split()[0]
            try:
                import_file(diary, testdata / row.path, **options)
                stored += 1
            except ImportFailed as exc:
                failed.append(f"{row.path}: {exc.message}")
        counted = (len(diary.list_exhibits()), diary.count_messages())
        vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    lines = [
        f"Stored with `import_file` into one vault: {stored} of {len(rows)} files "
        f"({stored / max(len(rows), 1):.0%}); the vault then held {counted[0]} exhibits and "
        f"{counted[1]} messages (files with the same content are kept once)."
    ]
    lines += [f"- not stored: {line}" for line in failed]
    return "\n".join(lines)


def markdown(rows: list[Row]) -> str:
    out = [
        "| file | format | parsed | messages | first | last | expected | result |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r.expected == "none":
            result = "; ".join(r.mismatches)
        elif r.mismatches:
            result = "MISMATCH: " + "; ".join(r.mismatches[:5])
        elif r.explained:
            result = "matches except (expectation wrong, see docs): " + "; ".join(r.explained)
        else:
            result = "matches"
        out.append(
            f"| {r.path} | {r.format} | {r.parsed} | {r.messages} | {r.first} | {r.last} "
            f"| {r.expected} | {result} |"
        )
    with_expected = [r for r in rows if r.expected != "none"]
    matched = sum(1 for r in with_expected if not r.mismatches and not r.explained)
    explained = sum(1 for r in with_expected if not r.mismatches and r.explained)
    parsed = sum(1 for r in rows if not r.parsed.startswith("no"))
    truth = sum(r.truth for r in rows)
    wrong = sum(r.truth_wrong for r in rows)
    truth_explained = sum(r.truth_explained for r in rows)
    out.append("")
    out.append(
        f"{len(rows)} files; {parsed} parsed ({parsed / max(len(rows), 1):.0%}); "
        f"{len(with_expected)} with expected results, "
        f"{matched} of them match exactly, {explained} differ only where the expectation is "
        "wrong (explained in docs/importers.md)."
    )
    out.append(
        f"Ground truth message by message: {truth} expected messages compared, "
        f"{truth - wrong - truth_explained} right, {wrong} wrong, {truth_explained} differ only "
        "where the expectation is wrong."
    )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    # The corpus sits beside the worktrees (../shared/testdata); it is never copied in.
    default = ROOT.parent / "shared" / "testdata"
    if not default.exists():  # a worktree under /work/wt sits one level deeper
        default = ROOT.parent.parent / "shared" / "testdata"
    parser.add_argument("testdata", nargs="?", default=str(default))
    parser.add_argument("--json", help="also write the rows as JSON to this file")
    parser.add_argument(
        "--store",
        action="store_true",
        help="also import every file into a throwaway vault, as `daybook import` does",
    )
    args = parser.parse_args()
    rows = run(Path(args.testdata))
    print(markdown(rows))
    if args.store:
        print()
        print(store_all(Path(args.testdata), rows))
    if args.json:
        Path(args.json).write_text(
            json.dumps([r.__dict__ for r in rows], indent=1, ensure_ascii=False), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
