"""build_pack's failure paths: a failed write or a changed exhibit leaves nothing behind."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pack_sample import sample_input

from diary.behaviours import BEHAVIOURS
from diary.errors import BadInput, VaultDamaged, WriteFailed
from diary.pack import signing
from diary.pack.build import build_pack, pack_file_name, safe_name
from diary.pack.chronology import chronology_csv

KEY = signing.load_private_key(bytes(range(32)))


def test_unwritable_folder_gives_write_failed(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(WriteFailed):
            build_pack(sample_input(), KEY, folder / "p.zip")
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o700)


def test_disk_full_midway_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from diary.pack import build

    real = build._Zip.add

    def add(self: build._Zip, name: str, data: bytes, compress: bool = True) -> str:
        if name == "manifest.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, name, data, compress)

    monkeypatch.setattr(build._Zip, "add", add)
    with pytest.raises(WriteFailed):
        build_pack(sample_input(), KEY, tmp_path / "p.zip")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_gives_write_failed(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed):
        build_pack(sample_input(), KEY, tmp_path / "no" / "such" / "p.zip")


def test_changed_exhibit_stops_the_export(tmp_path: Path) -> None:
    data = sample_input()
    bad = dataclasses.replace(data.exhibits[1], open_original=lambda: iter([b"not the chat"]))
    data = dataclasses.replace(data, exhibits=(data.exhibits[0], bad, data.exhibits[2]))
    with pytest.raises(VaultDamaged, match="JS2"):
        build_pack(data, KEY, tmp_path / "p.zip")
    assert list(tmp_path.iterdir()) == []


def test_naive_time_refused(tmp_path: Path) -> None:
    from datetime import datetime

    data = dataclasses.replace(sample_input(), created_at=datetime(2024, 1, 1))
    with pytest.raises(BadInput):
        build_pack(data, KEY, tmp_path / "p.zip")


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    build_pack(sample_input(), KEY, tmp_path / "p.zip", progress=lambda s, f: seen.append((s, f)))
    assert seen[-1] == ("Finishing", 1.0)
    assert all(0.0 <= f <= 1.0 for _, f in seen)


@pytest.mark.parametrize(
    ("ref", "name", "expected"),
    [
        ("JS1", "IMG_1.JPG", "JS1-IMG_1.jpg"),
        ("JS2", "../../etc/passwd", "JS2-passwd"),
        ("JS3", "C:\\Users\\x\\évidence ünïcode.png", "JS3-evidence-unicode.png"),
        ("JS4", "\x00\n\r.jpg", "JS4.jpg"),
        ("JS5", "свидетельство.txt", "JS5.txt"),
        ("JS6", "a" * 300 + ".tar.gz", "JS6-" + "a" * 60 + "-tar.gz"),
    ],
)
def test_safe_names(ref: str, name: str, expected: str) -> None:
    got = safe_name(ref, name)
    assert got.isascii() and "/" not in got and "\\" not in got and not got.startswith(".")
    assert len(got) <= 80
    if ref != "JS6":
        assert got == expected


def test_pack_file_name() -> None:
    assert pack_file_name(sample_input()) == "JS-evidence-pack-2024-04-10.zip"
    assert pack_file_name(sample_input("court")) == "JS-evidence-pack-2024-04-10-court-copy.zip"


def test_csv_defuses_formulas() -> None:
    data = sample_input()
    evil = dataclasses.replace(
        data.incidents[0], description='=HYPERLINK("http://x")', exact_words="+1 call me"
    )
    raw = chronology_csv((evil,), (), {})
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][11] == '\'=HYPERLINK("http://x")'
    assert rows[1][12] == "'+1 call me"


def test_behaviour_words() -> None:
    from diary.pack.fmt import code_words

    assert code_words("ST2.2") == "Texts or messaging apps (ST2.2)"
    assert code_words("XX9") == "XX9"
    assert len(BEHAVIOURS) == 24
    assert [c for c in BEHAVIOURS if c.startswith("OC")] == [f"OC{n}" for n in range(1, 10)]


def test_empty_input_still_makes_a_valid_pack(tmp_path: Path) -> None:
    from diary.pack.verify import verify_pack

    data = dataclasses.replace(
        sample_input(), incidents=(), exhibits=(), messages=(), audit=(), people=()
    )
    result = build_pack(data, KEY, tmp_path / "p.zip")
    verdict = verify_pack(result.path)
    assert verdict.ok, verdict.problems
    with zipfile.ZipFile(result.path) as zf:
        assert "report.pdf" in zf.namelist()


def test_broken_picture_is_carried_as_a_plain_file(tmp_path: Path) -> None:
    """In the full copy; a court copy leaves it out (what Daybook cannot read, it cannot clean)."""
    from pack_sample import exhibit

    from diary.pack.verify import verify_pack

    junk = exhibit(
        "JS4", "broken.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 not really a jpeg", "photo"
    )
    video = exhibit("JS5", "clip.mp4", "video/mp4", b"\x00\x00\x00\x18ftypmp42", "video")
    for profile in ("full", "court"):
        data = sample_input(profile)
        data = dataclasses.replace(data, exhibits=(*data.exhibits, junk, video))
        result = build_pack(data, KEY, tmp_path / f"{profile}.zip")
        assert verify_pack(result.path).ok
        with zipfile.ZipFile(result.path) as zf:
            names = zf.namelist()
        if profile == "full":
            assert "exhibits/JS4-broken.jpg" in names
            assert "exhibits/JS5-clip.mp4" in names
            continue
        # Left out of the court copy, and said so.
        assert not any("JS4" in n or "JS5" in n for n in names)
        assert any("JS4, JS5" in w.what for w in result.withheld)


def test_hostile_and_unusual_text_still_makes_a_pack(tmp_path: Path) -> None:
    from diary.pack.verify import verify_pack

    data = sample_input()
    weird = (
        "<b>not bold</b> &amp; <font size=99>x</font> \x00\x07\x1b[31m "
        + "A" * 5000
        + " 你好 مرحبا שלום 😀 "
        + ("word " * 4000)
    )
    incident = dataclasses.replace(
        data.incidents[0],
        description=weird,
        exact_words=weird[:3000],
        location="x" * 3000,
        witnesses=tuple(
            dataclasses.replace(w, name=weird[:500]) for w in data.incidents[0].witnesses
        ),
        behaviours=("ST2.2", "NOT-A-CODE"),
    )
    data = dataclasses.replace(
        data, incidents=(incident, *data.incidents[1:]), owner_name="<Jane & Co>"
    )
    result = build_pack(data, KEY, tmp_path / "p.zip")
    assert verify_pack(result.path).ok


def test_large_exhibit_is_streamed_not_held_in_memory(tmp_path: Path) -> None:
    import hashlib
    import tracemalloc

    from diary.pack.model import PackExhibit

    chunk = bytes(range(256)) * 4096  # 1 MiB
    count = 96
    digest = hashlib.sha256()
    for _ in range(count):
        digest.update(chunk)
    big = PackExhibit(
        ref="JS9",
        kind="video",
        original_name="doorbell.mp4",
        media_type="video/mp4",
        size=len(chunk) * count,
        sha256=digest.hexdigest(),
        imported_at=sample_input().created_at,
        open_original=lambda: (chunk for _ in range(count)),
    )
    data = dataclasses.replace(sample_input(), exhibits=(big,), incidents=(), messages=())
    tracemalloc.start()
    try:
        build_pack(data, KEY, tmp_path / "p.zip")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, peak  # far below the 96 MiB exhibit
    with zipfile.ZipFile(tmp_path / "p.zip") as zf:
        assert zf.getinfo("exhibits/JS9-doorbell.mp4").file_size == len(chunk) * count


def test_pack_is_private_to_the_person(tmp_path: Path) -> None:
    result = build_pack(sample_input(), KEY, tmp_path / "p.zip")
    assert result.path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda d: dataclasses.replace(d, incidents=(d.incidents[0], d.incidents[0])),
            "appears twice",
        ),
        (
            lambda d: dataclasses.replace(
                d, incidents=(dataclasses.replace(d.incidents[0], fear=11),)
            ),
            "0 to 10",
        ),
        (
            lambda d: dataclasses.replace(
                d, incidents=(dataclasses.replace(d.incidents[0], number="X1"),)
            ),
            "INC-0001",
        ),
        (
            lambda d: dataclasses.replace(
                d, exhibits=(dataclasses.replace(d.exhibits[0], sha256="x"),)
            ),
            "SHA-256",
        ),
        (
            lambda d: dataclasses.replace(
                d, exhibits=(dataclasses.replace(d.exhibits[0], ref="JS 1/x"),)
            ),
            "like JS1",
        ),
    ],
)
def test_bad_input_is_refused_plainly(tmp_path: Path, change: object, words: str) -> None:
    with pytest.raises(BadInput, match=words):
        build_pack(change(sample_input()), KEY, tmp_path / "p.zip")  # type: ignore[operator]
    assert list(tmp_path.iterdir()) == []


def test_naive_time_inside_a_record_is_refused(tmp_path: Path) -> None:
    from datetime import datetime

    data = sample_input()
    first = dataclasses.replace(data.incidents[0], written_at=datetime(2024, 3, 2, 22, 0))
    with pytest.raises(BadInput, match=r"incidents\[0\]\.written_at"):
        build_pack(dataclasses.replace(data, incidents=(first,)), KEY, tmp_path / "p.zip")


def test_message_and_capture_times_may_lack_a_zone(tmp_path: Path) -> None:
    from datetime import datetime

    from diary.pack.verify import verify_pack

    data = sample_input()
    messages = (
        dataclasses.replace(data.messages[0], sent_at=datetime(2024, 3, 2, 21, 30)),
        *data.messages[1:],
    )
    exhibits = (
        dataclasses.replace(data.exhibits[0], captured_at=datetime(2024, 3, 2, 21, 35)),
        *data.exhibits[1:],
    )
    result = build_pack(
        dataclasses.replace(data, messages=messages, exhibits=exhibits), KEY, tmp_path / "p.zip"
    )
    assert verify_pack(result.path).ok


def test_a_date_far_from_the_rest_does_not_grow_the_pack(tmp_path: Path) -> None:
    """An incident dated 9999-12-31 (a typo kept from before such dates were refused) once made
    an export take minutes and gigabytes, drawing every week up to it. The pack with it has the
    pages of the pack without it, and the one more incident's."""
    import re

    data = sample_input()
    far = dataclasses.replace(
        data.incidents[-1],
        number="INC-0099",
        occurred_start=datetime(9999, 12, 31, 12, tzinfo=UTC),
        occurred_end=None,
        written_at=datetime(9999, 12, 31, 12, tzinfo=UTC),
        revisions=(),
        exhibits=(),
        messages=(),
    )
    early = dataclasses.replace(
        far, number="INC-0098", occurred_start=datetime(1900, 1, 1, tzinfo=UTC)
    )
    plain = build_pack(data, KEY, tmp_path / "plain.zip")
    odd = build_pack(
        dataclasses.replace(data, incidents=(*data.incidents, far, early)),
        KEY,
        tmp_path / "odd.zip",
    )
    pages = []
    for result in (plain, odd):
        with zipfile.ZipFile(result.path) as zf:
            pages.append(len(re.findall(rb"/Type /Page\b", zf.read("report.pdf"))))
    assert pages[1] <= pages[0] + 3, pages
