"""WhatsApp parsing benchmark: a generated 100,000-message export, and whatstk as the peer.

Prints Markdown for docs/benchmarks.md; see that file for how to set up whatstk's own venv.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary.errors import AmbiguousDateOrder, ImportFailed  # noqa: E402
from diary.importers import whatsapp  # noqa: E402

ANDROID_HFORMAT = "%d/%m/%Y, %H:%M - %name:"
NAMES = ["Sam Taylor", "Jo", "+44 7700 900123", "Alex Morgan-Smith", "Priya 🌸"]
WORDS = [
    "where",
    "are",
    "you",
    "answer",
    "me",
    "I",
    "know",
    "you",
    "saw",
    "it",
    "outside",
    "again",
    "tonight",
    "please",
    "stop",
]

# Run inside the whatstk virtual environment: parse each file, report rows and CPU time.
WHATSTK_RUNNER = r"""
import json, sys, time
from whatstk import WhatsAppChat
jobs = json.loads(sys.stdin.read())
out = []
for job in jobs:
    best = None
    rows = None
    error = None
    for _ in range(job.get("repeat", 1)):
        start = time.process_time()
        try:
            chat = WhatsAppChat.from_source(filepath=job["path"], hformat=job.get("hformat"))
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:200]
            break
        took = time.process_time() - start
        best = took if best is None else min(best, took)
        if job.get("rows"):
            df = chat.df
            rows = [[d.isoformat(), u, m] for d, u, m in zip(df["date"], df["username"], df["message"])]
        else:
            rows = len(chat.df)
    out.append({"path": job["path"], "seconds": best, "rows": rows, "error": error})
print(json.dumps(out))
"""


def generate(count: int, seed: int = 7) -> bytes:
    """An Android-style export with multi-line messages, media and system lines."""
    rng = random.Random(seed)
    when = datetime(2023, 1, 1, 8, 0)
    lines = ["01/01/2023, 08:00 - Messages and calls are end-to-end encrypted. Tap to learn more."]
    for i in range(count - 1):
        when += timedelta(seconds=rng.randint(5, 600))
        stamp = f"{when:%d/%m/%Y, %H:%M}"
        roll = rng.random()
        name = rng.choice(NAMES)
        if roll < 0.02:
            lines.append(f"{stamp} - {name} added Jo")
            continue
        if roll < 0.05:
            body = "<Media omitted>"
        elif roll < 0.07:
            body = f"IMG-{when:%Y%m%d}-WA{i % 10000:04d}.jpg (file attached)"
        elif roll < 0.12:
            body = " ".join(rng.choices(WORDS, k=8)) + "\n" + " ".join(rng.choices(WORDS, k=5))
        else:
            body = " ".join(rng.choices(WORDS, k=rng.randint(2, 14)))
        lines.append(f"{stamp} - {name}: {body}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def time_daybook(data: bytes, repeat: int) -> tuple[float, int]:
    # CPU time, best of several runs: wall-clock time on a shared machine is mostly noise.
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.process_time()
        export = whatsapp.parse("bench.txt", data)
        best = min(best, time.process_time() - start)
        count = len(export.messages)
    return best, count


def peak_memory(data: bytes) -> tuple[float, float]:
    """Peak Python allocation during one parse (tracemalloc) and the process's peak RSS."""
    tracemalloc.start()
    whatsapp.parse("bench.txt", data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20, rss_kib / 1024


def run_whatstk(python: str, jobs: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    if not Path(python).exists():
        return None
    done = subprocess.run(
        [python, "-c", WHATSTK_RUNNER],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


def expected_authored(testdata: Path, path: Path) -> list[tuple[str, str, str]] | int | None:
    """Authored messages the corpus says a file holds: (time, author, text) or just a count."""
    rel = path.relative_to(testdata).as_posix()
    carve = path.parent / "expected" / (path.stem + ".jsonl")
    if carve.exists():
        rows = [json.loads(x) for x in carve.read_text("utf-8").splitlines() if x]
        return sorted((r["timestamp"], r["author"], r["text"]) for r in rows if r["author"])
    target = path.parent / "target.json"
    if "chat-miner/whatsapp" in rel and target.exists():
        rows = json.loads(target.read_text("utf-8"))
        return sorted((r["timestamp"], r["author"], r["message"]) for r in rows)
    stated = {
        "chat-analytics/whatsapp/1A_3M.txt": 3,
        "chat-analytics/whatsapp/4A_11M.txt": 11,
        "whatstk/lorem.txt": 500,
        "whatstk/lorem-2000.txt": 2000,
    }
    return stated.get(rel)


def _matches(
    expected: list[tuple[str, str, str]] | int,
    got: list[tuple[str, str, str]],
    miner: bool,
    lenient: bool = False,
) -> bool:
    """Strict: every authored message's time, author and text exactly. Lenient: the same, but
    trailing whitespace of the text is ignored (whatstk keeps a stray newline before system
    lines)."""
    if isinstance(expected, int):
        return len(got) == expected
    if miner:
        got = [(t, a, b.replace("\n", " ")) for t, a, b in got]
    if lenient:
        got = [(t, a, b.rstrip()) for t, a, b in got]
        expected = [(t, a, b.rstrip()) for t, a, b in expected]
    return sorted(got) == sorted(expected)


def corpus_comparison(testdata: Path, python: str) -> tuple[list[str], int, int, int, int]:
    files = sorted(
        p
        for p in testdata.rglob("*.txt")
        if p.name not in ("SOURCES.md", "README.upstream.txt")
        and not p.name.endswith("-summary.txt")
        and "signal" not in p.parts
        and p.parent.name != "expected"
    )
    peer = run_whatstk(python, [{"path": str(p), "rows": True} for p in files]) or []
    peer_by_path = {r["path"]: r for r in peer}
    lines = [
        "| file | expected | Daybook | whatstk |",
        "|---|---|---|---|",
    ]
    ours_ok = theirs_ok = ours_parsed = theirs_parsed = ours_lenient = theirs_lenient = 0
    for path in files:
        rel = path.relative_to(testdata).as_posix()
        expected = expected_authored(testdata, path)
        miner = "chat-miner" in rel
        data = path.read_bytes()
        try:
            try:
                export = whatsapp.parse(path.name, data)
                note = ""
            except AmbiguousDateOrder:
                export = whatsapp.parse(path.name, data, date_order="mdy")
                note = " (asked for date order)"
            ours = [
                (m.sent_at.isoformat() if m.sent_at else "", m.sender, m.body)
                for m in export.messages
                if m.kind == "message"
            ]
            ours_parsed += 1
        except ImportFailed as exc:
            ours, note = [], f" failed: {exc.message}"
        result = peer_by_path.get(str(path), {})
        if result.get("error") or not result:
            theirs: list[tuple[str, str, str]] = []
            their_note = "error: " + str(result.get("error", "not run"))[:80]
        else:
            theirs = [(t, u, m) for t, u, m in result["rows"]]
            theirs_parsed += 1
            their_note = f"{len(theirs)} rows"
        if expected is None:
            lines.append(f"| {rel} | none | {len(ours)} messages{note} | {their_note} |")
            continue
        ok_ours = _matches(expected, ours, miner)
        ok_theirs = bool(theirs) and _matches(expected, theirs, miner)
        ours_ok += ok_ours
        theirs_ok += ok_theirs
        ours_lenient += _matches(expected, ours, miner, lenient=True)
        theirs_lenient += bool(theirs) and _matches(expected, theirs, miner, lenient=True)
        want = expected if isinstance(expected, int) else len(expected)
        lines.append(
            f"| {rel} | {want} authored | {'correct' if ok_ours else 'WRONG'}{note} | "
            f"{'correct' if ok_theirs else 'wrong'} ({their_note}) |"
        )
    checked = sum(1 for p in files if expected_authored(testdata, p) is not None)
    lines.append("")
    lines.append(
        f"Of {len(files)} WhatsApp text files: Daybook parsed {ours_parsed}, whatstk "
        f"{theirs_parsed}. Of the {checked} with expected results, Daybook is correct on "
        f"{ours_ok} and whatstk on {theirs_ok}; ignoring trailing whitespace in message "
        f"text, Daybook {ours_lenient} and whatstk {theirs_lenient}."
    )
    return lines, ours_ok, theirs_ok, ours_parsed, theirs_parsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    # whatstk lives in its own virtual environment, never in the project's .venv.
    parser.add_argument("--whatstk-python", default="/tmp/whatstk-venv/bin/python")
    parser.add_argument("--testdata", default=str(ROOT.parent / "shared" / "testdata"))
    args = parser.parse_args()

    data = generate(args.messages)
    ours, count = time_daybook(data, args.repeat)
    traced, rss = peak_memory(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.txt"
        path.write_bytes(data)
        peer = run_whatstk(
            args.whatstk_python,
            [
                {"path": str(path), "repeat": args.repeat},
                {"path": str(path), "repeat": args.repeat, "hformat": ANDROID_HFORMAT},
            ],
        )
    print(f"Generated export: {args.messages:,} messages, {len(data) / 2**20:.1f} MiB.\n")
    print(f"| parser | CPU seconds (best of {args.repeat}) | messages |")
    print("|---|---|---|")
    print(f"| Daybook `whatsapp.parse` | {ours:.2f} | {count:,} |")
    if peer:
        auto, given = peer
        for label, row in (("whatstk, format detected", auto), ("whatstk, format given", given)):
            if row["error"]:
                print(f"| {label} | failed: {row['error']} | |")
            else:
                speed = row["seconds"] / ours
                print(
                    f"| {label} | {row['seconds']:.2f} ({speed:.1f}x Daybook) | {row['rows']:,} |"
                )
    else:
        print("| whatstk | not run (no virtual environment) | |")
    print(f"\nPeak memory while parsing: {traced:.0f} MiB traced by tracemalloc; ")
    print(f"peak resident set of the whole benchmark process: {rss:.0f} MiB.\n")
    testdata = Path(args.testdata)
    if testdata.exists():
        lines, *_ = corpus_comparison(testdata, args.whatstk_python)
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
