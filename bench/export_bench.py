"""Times build_pack on a synthetic PackInput of N incidents and M photos: seconds, pages/s, peak memory.

Run by hand: .venv/bin/python bench/export_bench.py --incidents 1000 --photos 200 --messages 20000
[--profile court] [--keep out.zip]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw

from diary.behaviours import BEHAVIOURS
from diary.pack import signing
from diary.pack.build import build_pack
from diary.pack.model import (
    PackAuditEvent,
    PackExhibit,
    PackIncident,
    PackInput,
    PackMessage,
    PackPerpetrator,
    PackPerson,
    PackReport,
    PackRevision,
    PackWitness,
)
from diary.records.audit import GENESIS, link_hash
from diary.records.codec import canonical_json

WORDS = [
    "he",
    "was",
    "outside",
    "again",
    "by",
    "the",
    "gate",
    "and",
    "watched",
    "the",
    "house",
    "for",
    "an",
    "hour",
    "then",
    "sent",
    "messages",
    "saying",
    "he",
    "knew",
    "where",
    "I",
    "had",
    "been",
    "today",
    "I",
    "felt",
    "sick",
    "and",
    "called",
    "my",
    "sister",
    "who",
    "came",
    "over",
    "the",
    "car",
    "was",
    "parked",
    "at",
    "the",
    "end",
    "of",
    "the",
    "road",
    "with",
    "the",
    "engine",
    "running",
    "I",
    "did",
    "not",
    "go",
    "out",
]


def _photo(rng: random.Random, n: int) -> bytes:
    # A phone-sized photo (12 MP would be slower still; 4000x3000 JPEG at quality 85 ~ 2-4 MB).
    img = Image.new(
        "RGB", (2000, 1500), (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    )
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.randrange(2000), rng.randrange(1500)
        draw.rectangle(
            [x, y, x + rng.randrange(400), y + rng.randrange(300)],
            fill=(rng.randrange(256), 120, 90),
        )
    exif = Image.Exif()
    exif[0x0132] = "2024:03:02 21:35:00"
    exif[0x8825] = {1: "N", 2: (51.0, 36.0, float(n % 60)), 3: "W", 4: (1.0, 14.0, 3.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def _opener(data: bytes) -> Callable[[], Iterator[bytes]]:
    def open_original() -> Iterator[bytes]:
        for k in range(0, len(data), 65536):
            yield data[k : k + 65536]

    return open_original


MESSAGE_TEXTS = [
    "Where are you? I can see your car.",
    "Answer me. I know you're in, the light's on.",
    "You can't ignore me forever",
    "I'll be at the station at 8, same as you",
    "Ring me back on this number or I'll come round",
]


def synthetic(incidents: int, photos: int, seed: int = 1, messages_total: int = 0) -> PackInput:
    rng = random.Random(seed)
    start = datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
    codes = list(BEHAVIOURS)
    # A handful of distinct photos reused under different refs keeps generation quick.
    pool = [_photo(rng, k) for k in range(12)]
    exhibits = []
    for k in range(photos):
        data = pool[k % len(pool)] + k.to_bytes(4, "big")  # unique bytes, still a valid JPEG
        exhibits.append(
            PackExhibit(
                ref=f"JS{k + 1}",
                kind="photo",
                original_name=f"IMG_{4000 + k}.jpg",
                media_type="image/jpeg",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                imported_at=start + timedelta(days=k),
                open_original=_opener(data),
                captured_at=start + timedelta(days=k),
                capture_method="original file from my phone",
                original_kept="On my phone",
                incidents=(f"INC-{k % max(1, incidents) + 1:04d}",),
            )
        )
    items = []
    messages = []
    for n in range(incidents):
        when = start + timedelta(hours=rng.randrange(24 * 700))
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(30, 160))).capitalize() + "."
        per = max(1, messages_total // max(1, incidents))
        mids = []
        for k in range(per):
            mid = f"m{n}-{k}"
            mids.append(mid)
            messages.append(
                PackMessage(
                    mid,
                    "WhatsApp",
                    "incoming",
                    "Mark (+44 7700 900777)",
                    when + timedelta(minutes=k),
                    rng.choice(MESSAGE_TEXTS),
                    ("07700 900123",),
                    "JS1",
                    f"line {len(messages) + 1}",
                    (f"INC-{n + 1:04d}",),
                )
            )
        items.append(
            PackIncident(
                number=f"INC-{n + 1:04d}",
                occurred_start=when,
                precision=rng.choice(["exact", "exact", "about", "day"]),
                written_at=when + timedelta(hours=rng.randrange(1, 72)),
                written_later=rng.random() < 0.3,
                location=rng.choice(["Outside home", "High Street", "Work car park", "Station"]),
                location_kind=rng.choice(["home", "public", "work", "public"]),
                description=text,
                exact_words="I'm not going anywhere." if rng.random() < 0.3 else "",
                behaviours=tuple(sorted(rng.sample(codes, rng.randrange(1, 4)))),
                perpetrators=(PackPerpetrator("Mark Ellison", "saw"),),
                witnesses=(PackWitness("Priya Shah", "07700 900456"),)
                if rng.random() < 0.2
                else (),
                fear=rng.randrange(3, 11),
                impact=tuple(
                    rng.sample(
                        ["changed route", "missed work", "did not sleep", "stayed in"],
                        rng.randrange(0, 3),
                    )
                ),
                reports=(PackReport("Police", when + timedelta(days=1), f"REF{n:06d}"),)
                if rng.random() < 0.1
                else (),
                exhibits=tuple(e.ref for e in exhibits if e.incidents[0] == f"INC-{n + 1:04d}"),
                messages=tuple(mids),
                revisions=(PackRevision(when + timedelta(hours=2), text[:80]),),
            )
        )
    # A real hash chain, as the vault makes it: verify and the check page recompute it, and a
    # made-up one would make every benchmark pack "not check out".
    audit_events = []
    previous = GENESIS
    for k in range(incidents):
        at = (start + timedelta(hours=k)).isoformat()
        subject = f"INC-{k + 1:04d}"
        detail = canonical_json({"content": hashlib.sha256(str(k).encode()).hexdigest()})
        digest = link_hash(previous, k + 1, at, "created", subject, detail)
        audit_events.append(
            PackAuditEvent(
                k + 1,
                datetime.fromisoformat(at),
                "created",
                f"{subject} created",
                digest,
                prev_hash=previous,
                at_text=at,
                subject=subject,
                detail=detail,
            )
        )
        previous = digest
    audit = tuple(audit_events)
    return PackInput(
        owner_name="Test Person",
        owner_initials="TP",
        for_whom="Benchmark",
        created_at=datetime(2025, 1, 1, 12, 0, tzinfo=UTC),
        period_from=None,
        period_to=None,
        diary_fingerprint="BENCH-0000",
        app_version="bench",
        incidents=tuple(items),
        people=(PackPerson("Mark Ellison", "perpetrator", relationship="ex-partner"),),
        exhibits=tuple(exhibits),
        messages=tuple(messages),
        audit=audit,
        # The person's own details, so a court copy has real redaction work to do.
        owner_phones=("07700 900123",),
        owner_emails=("test.person@example.org",),
        owner_addresses=("14 Acacia Avenue, Leeds LS6 2AB",),
        owner_other=("AB12 CDE",),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--messages", type=int, default=20000, help="linked messages in all")
    parser.add_argument("--profile", choices=["full", "court", "bundle"], default="full")
    parser.add_argument("--max-pages", type=int, default=350, help="for --profile bundle")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    # Load average matters on a shared machine: wall time above CPU time means waiting for a core.
    print(f"load average before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    data = synthetic(args.incidents, args.photos, messages_total=args.messages)
    if args.profile in ("court", "bundle"):
        from dataclasses import replace

        data = replace(data, profile="court")
    if args.profile == "bundle":
        from diary.pack.court_model import PackCourt

        data = replace(data, court=PackCourt(bundle_max_pages=args.max_pages))
    key = signing.generate_key()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "pack.zip"
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        c0 = time.process_time()
        result = build_pack(data, key, out)
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        import json
        import zipfile

        with zipfile.ZipFile(out) as zf:
            pages = json.loads(zf.read("manifest.json"))["report"]["pages"]
        size = out.stat().st_size
    print(
        f"incidents={args.incidents} photos={args.photos} messages={len(data.messages)} "
        f"profile={args.profile} "
        f"time={elapsed:.1f}s cpu={cpu:.1f}s pages={pages} pages_per_s={pages / elapsed:.0f} "
        f"peak_rss={peak / 1024:.0f}MiB (before build {before / 1024:.0f}MiB) zip={size / 1e6:.0f}MB "
        f"pack={result.pack_id}"
    )


if __name__ == "__main__":
    main()
