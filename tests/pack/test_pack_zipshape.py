"""A pack is one plain zip and nothing else, within stated costs (issue 8, section 6).

Each test builds the hostile file byte by byte, so it shows exactly what is refused: bytes
glued before or after, a second archive, gaps, an index that disagrees with a file's own
header, links, odd attributes, unsafe or clashing names, and files that cost too much to open.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packtools import read_zip

from diary.pack import age, zipshape
from diary.pack.model import PackResult
from diary.pack.verify import verify_bytes, verify_pack
from diary.pack.zipshape import ZipRefused, check_zip_shape

# Shared with the check page's parity test (tests/pack/test_check_page.py).
ODD_ATTRIBUTES = [
    (0o120777 << 16, 3),  # a symbolic link
    (0o020644 << 16, 3),  # a character device
    (0o104755 << 16, 3),  # set-user-id
    (0x02, 0),  # hidden (Windows)
    (0x04, 0),  # system (Windows)
    (0x400, 0),  # a reparse point (a Windows link)
    (0o100644 << 16, 7),  # made on a system whose attributes we cannot read
]
UNSAFE_NAMES = [
    "/etc/passwd",
    "../outside.txt",
    "exhibits/../../x",
    "exhibits\\JS1.jpg",
    "C:/Windows/x",
    "a\x01b.txt",
    "a\x7fb.txt",
    "exhibits//JS1.jpg",
    "./report.pdf",
    "report.pdf ",
    "r\u00e9port.pdf",
    "report\u202efdp.exe",
    "x" * 300,
    "",
]


@dataclass
class Entry:
    name: str
    data: bytes = b"hello"
    local_name: str | None = None
    external: int = 0o100644 << 16
    system: int = 3
    extra: bytes = b""
    flags: int = 0
    comment: bytes = b""


@dataclass
class RawZip:
    """A stored-only zip writer with every field in reach."""

    entries: list[Entry]
    prefix: bytes = b""
    gaps: dict[int, bytes] = field(default_factory=dict)  # before entry i
    before_index: bytes = b""
    comment: bytes = b""

    def build(self) -> bytes:
        out = bytearray(self.prefix)
        central = bytearray()
        for i, e in enumerate(self.entries):
            out += self.gaps.get(i, b"")
            offset = len(out)
            crc = zlib.crc32(e.data)
            name = e.name.encode("utf-8", "surrogateescape")
            local = (e.local_name or e.name).encode("utf-8")
            out += struct.pack(
                "<4sHHHHHIIIHH", b"PK\x03\x04", 20, e.flags, 0, 0, 0x21, crc,
                len(e.data), len(e.data), len(local), len(e.extra),
            )  # fmt: skip
            out += local + e.extra + e.data
            central += struct.pack(
                "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", (e.system << 8) | 20, 20, e.flags, 0, 0,
                0x21, crc, len(e.data), len(e.data), len(name), len(e.extra), len(e.comment),
                0, 0, e.external, offset,
            )  # fmt: skip
            central += name + e.extra + e.comment
        out += self.before_index
        cd_offset = len(out)
        out += central
        n = len(self.entries)
        out += struct.pack(
            "<4sHHHHIIH", b"PK\x05\x06", 0, 0, n, n, len(central), cd_offset, len(self.comment)
        )
        return bytes(out + self.comment)


def refused(data: bytes) -> str:
    with pytest.raises(ZipRefused) as caught:
        check_zip_shape(io.BytesIO(data), "pack.zip")
    verdict = verify_bytes(data)
    assert not verdict.ok and not verdict.contents_readable
    assert verdict.problems == [caught.value.message]
    return caught.value.message


def test_a_plain_zip_has_the_right_shape() -> None:
    entries = check_zip_shape(io.BytesIO(RawZip([Entry("a.txt"), Entry("b/c.txt")]).build()), "x")
    assert [(e.name, e.offset) for e in entries] == [("a.txt", 0), ("b/c.txt", 40)]


def test_our_packs_plain_encrypted_and_golden_have_the_right_shape(
    full_pack: tuple[Path, PackResult], court_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    golden = Path(__file__).resolve().parent.parent / "golden" / "packs"
    for path in (full_pack[0], court_pack[0], *golden.glob("*.zip")):
        with path.open("rb") as handle:
            assert check_zip_shape(handle, path.name)
    encrypted = tmp_path / "p.zip.age"
    age.encrypt_file(full_pack[0], encrypted, "pass phrase", work_factor=10)
    assert verify_pack(encrypted, passphrase="pass phrase").ok


def test_a_pack_written_straight_into_age_uses_data_descriptors_and_still_checks_out(
    key: object, tmp_path: Path
) -> None:
    from pack_sample import sample_input

    from diary.pack.build import build_pack

    out = tmp_path / "JS.zip.age"
    build_pack(sample_input(), key, out, encrypt_passphrase="pass phrase", age_work_factor=10)  # type: ignore[arg-type]
    plain = io.BytesIO()
    with out.open("rb") as handle:
        age.decrypt_stream(handle, plain, "pass phrase")
    with zipfile.ZipFile(plain) as zf:
        assert all(info.flag_bits & 0x08 for info in zf.infolist())
    verdict = verify_pack(out, passphrase="pass phrase")
    assert verdict.ok, verdict.problems


def test_zip64_entries_are_understood(full_pack: tuple[Path, PackResult]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in read_zip(full_pack[0]).items():
            with zf.open(zipfile.ZipInfo(name), "w", force_zip64=True) as out:
                out.write(data)
    verdict = verify_bytes(buf.getvalue())
    assert verdict.ok, verdict.problems


def test_zip64_end_records_are_understood() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in range(0x10000):
            zf.writestr(f"f/{n}", b"")
    data = buf.getvalue()
    assert b"PK\x06\x06" in data[-200:]
    assert len(check_zip_shape(io.BytesIO(data), "many.zip")) == 0x10000


def test_a_zip_made_on_windows_is_a_plain_zip(full_pack: tuple[Path, PackResult]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in read_zip(full_pack[0]).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 0
            info.external_attr = 0x20  # archive
            zf.writestr(info, data)
    assert verify_bytes(buf.getvalue()).ok


def test_a_second_zip_glued_on_after_the_pack_is_refused(
    full_pack: tuple[Path, PackResult],
) -> None:
    pack = full_pack[0].read_bytes()
    other = RawZip([Entry("report.pdf", b"%PDF-1.4 a different story")]).build()
    message = refused(pack + other)
    assert "not one plain zip" in message and "belong to no file" in message
    # 7-Zip reads the front archive, unzip the back one; Python's zipfile reads the back one.
    with zipfile.ZipFile(io.BytesIO(pack + other)) as zf:
        assert zf.read("report.pdf").startswith(b"%PDF-1.4 a different")


def test_bytes_after_the_end_record_are_refused(full_pack: tuple[Path, PackResult]) -> None:
    pack = full_pack[0].read_bytes()
    assert "added after the end of the zip" in refused(pack + b"\0" * 10)
    assert "added after the end of the zip" in refused(pack[:-2] + b"\x05\x00hello")
    assert "comment" in refused(RawZip([Entry("a.txt")], comment=b"hi").build())


def test_bytes_before_the_first_file_are_refused(full_pack: tuple[Path, PackResult]) -> None:
    # Python's zipfile reads this happily (it allows for a self-extractor's stub).
    prefixed = b"MZ" + b"\0" * 100 + full_pack[0].read_bytes()
    with zipfile.ZipFile(io.BytesIO(prefixed)) as zf:
        assert zf.testzip() is None
    assert "belong to no file" in refused(prefixed)
    assert "before the first file" in refused(RawZip([Entry("a.txt")], prefix=b"junk").build())


def test_gaps_and_overlaps_between_files_are_refused() -> None:
    gap = RawZip([Entry("a.txt"), Entry("b.txt")], gaps={1: b"hidden archive"}).build()
    assert "before b.txt that belong to no file" in refused(gap)
    tail = RawZip([Entry("a.txt")], before_index=b"PK\x03\x04 more").build()
    assert "after the last file" in refused(tail)
    # Two index entries pointing at one file's bytes (the overlapping "zip bomb").
    good = RawZip([Entry("a.txt"), Entry("b.txt")]).build()
    cd = good.index(b"PK\x01\x02", 1)
    second = good.index(b"PK\x01\x02", cd + 1)
    overlapped = bytearray(good)
    overlapped[second + 42 : second + 46] = struct.pack("<I", 0)
    assert "not one plain zip" in refused(bytes(overlapped))


def test_a_file_described_differently_in_its_own_header_is_refused() -> None:
    message = refused(RawZip([Entry("report.pdf", local_name="rEport.pdf")]).build())
    assert "described one way in the zip's index and another in its own header" in message
    good = bytearray(RawZip([Entry("a.txt", b"x" * 50)]).build())
    good[18:22] = struct.pack("<I", 40)  # the local header's packed size
    assert "another in its own header" in refused(bytes(good))


@pytest.mark.parametrize(("external", "system"), ODD_ATTRIBUTES)
def test_links_devices_and_unusual_attributes_are_refused(external: int, system: int) -> None:
    message = refused(RawZip([Entry("a.txt", external=external, system=system)]).build())
    assert "a.txt is a link, a device or a hidden or system file" in message


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_names_are_refused(name: str) -> None:
    assert "unsafe name" in refused(RawZip([Entry(name)]).build())


def test_names_must_be_unique_even_ignoring_capitals() -> None:
    assert "a.txt appears twice" in refused(RawZip([Entry("a.txt"), Entry("a.txt")]).build())
    clash = RawZip([Entry("Report.pdf"), Entry("report.pdf")]).build()
    assert "differ only in capital letters" in refused(clash)
    inside = RawZip([Entry("exhibits"), Entry("exhibits/JS1.jpg")]).build()
    assert "inside a name that is also a file" in refused(inside)


def test_unusual_extras_comments_encryption_and_methods_are_refused() -> None:
    unicode_path = struct.pack("<HHB", 0x7075, 5 + 8, 1) + b"\0\0\0\0" + b"evil.exe"
    assert "extra information" in refused(RawZip([Entry("a.txt", extra=unicode_path)]).build())
    assert "comment" in refused(RawZip([Entry("a.txt", comment=b"look")]).build())
    assert "encrypted or compressed" in refused(RawZip([Entry("a.txt", flags=0x01)]).build())
    lzma = bytearray(RawZip([Entry("a.txt")]).build())
    lzma[8:10] = struct.pack("<H", 14)
    cd = lzma.index(b"PK\x01\x02")
    lzma[cd + 10 : cd + 12] = struct.pack("<H", 14)
    assert "encrypted or compressed" in refused(bytes(lzma))


def test_costs_are_refused_before_anything_is_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    many = RawZip([Entry(f"f{i}.txt") for i in range(11)]).build()
    monkeypatch.setattr(zipshape, "MAX_ENTRIES", 10)
    assert "holds 11 files, more than an evidence pack can (10 at most)" in refused(many)
    monkeypatch.setattr(zipshape, "MAX_ENTRY_SIZE", 4)
    assert "more than any file in an evidence pack can be" in refused(
        RawZip([Entry("a.txt")]).build()
    )
    monkeypatch.setattr(zipshape, "MAX_ENTRY_SIZE", 100)
    monkeypatch.setattr(zipshape, "MAX_TOTAL", 8)
    assert "more than an evidence pack can be" in refused(
        RawZip([Entry("a.txt"), Entry("b.txt")]).build()
    )


def test_a_very_squeezed_file_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("exhibits/a.txt", b"a" * 3_000_000)
    assert "squeezed far smaller" in refused(buf.getvalue())


def test_a_split_zip_part_is_refused() -> None:
    data = bytearray(RawZip([Entry("a.txt")]).build())
    data[-18:-16] = struct.pack("<H", 1)  # number of this disk
    assert "split zip" in refused(bytes(data))


def test_the_viewer_opens_nothing_from_a_refused_zip(
    full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    from ui.pack_viewer import check_and_open

    glued = tmp_path / "glued.zip"
    glued.write_bytes(full_pack[0].read_bytes() + RawZip([Entry("report.pdf")]).build())
    verdict, opened = check_and_open(glued, None)
    assert not verdict.ok and opened is None


_SMALL_PACK: dict[str, bytes] = {}


def _small_pack() -> bytes:
    if "zip" not in _SMALL_PACK:
        _SMALL_PACK["zip"] = RawZip(
            [Entry("README.txt", b"read me"), Entry("exhibits/JS1-a.txt", b"x" * 300)]
        ).build()
    return _SMALL_PACK["zip"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_change_to_the_headers_is_refused_or_read_without_a_crash(data: st.DataObject) -> None:
    """Flip bytes in the headers, the index and the end record: the shape check must answer with
    its entries or ZipRefused, never anything else; a refusal is a plain sentence."""
    pack = bytearray(_small_pack())
    header_bytes = [*range(0, 60), *range(len(pack) - 150, len(pack))]
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.sampled_from(header_bytes))
        pack[pos] = data.draw(st.integers(0, 255))
    try:
        entries = check_zip_shape(io.BytesIO(bytes(pack)), "pack.zip")
    except ZipRefused as refusal:
        assert refusal.message.endswith(".") and "\n" not in refusal.message
        return
    assert all(e.offset + e.packed_size <= len(pack) for e in entries)
