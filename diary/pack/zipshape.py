"""The shape of a pack's zip, checked byte by byte before any file in it is read.

One file can be two archives at once: bytes glued before or after a zip, or an index that
points past some of its files, make 7-Zip show one archive and unzip another, while the
signatures check out on whichever Daybook reads. So a pack must be one zip and nothing else:
every byte belongs to exactly one file, the index (central directory) or the end record, in
that order, and every file is described the same way in its own header and in the index.
The cost limits (how many files, how large unpacked) are checked here too, from the index,
before anything is inflated.

Imports only the standard library; docs/pack-format.md lists these rules in the order they run
("Z1"...), for the browser check page to follow.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass
from typing import BinaryIO

# Cost limits for an evidence pack someone opens (docs/pack-format.md, "Limits").
MAX_ENTRIES = 200_000
MAX_ENTRY_SIZE = 16 * 1024**3  # one file, unpacked: a long video
MAX_TOTAL = 64 * 1024**3  # all files, unpacked
MAX_RATIO = 200  # unpacked size to packed size, for files over RATIO_FLOOR
RATIO_FLOOR = 1024**2
MAX_INDEX = 64 * 1024**2  # the central directory: 200,000 names fit in a fraction of this
MAX_NAME = 255

_EOCD = b"PK\x05\x06"
_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_MAX_COMMENT_SEARCH = 0xFFFF + 22

# General-purpose flags a pack may use: deflate options (1, 2), sizes after the data (3), UTF-8
# names (11). Encryption (0, 6, 13) and patched data (5) never appear in a pack.
_ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0008 | 0x0800
_STORED, _DEFLATED = 0, 8
# Extra fields that only add times, owners, sizes or padding. Anything else (for example
# Info-ZIP's Unicode path, which some tools show instead of the name) is refused.
_KNOWN_EXTRAS = {0x0001, 0x000A, 0x5455, 0x5855, 0x7855, 0x7875, 0xA220, 0xCAFE, 0xD935}
_ZIP64_EXTRA = 0x0001
# A name is ASCII letters, digits, ".", "_" and "-", in parts separated by "/".
_SAFE_NAME = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?")
# DOS attribute bits that a plain file or folder may carry: read-only, folder, archive, normal.
_PLAIN_DOS = 0x01 | 0x10 | 0x20 | 0x80
_S_IFMT, _S_IFREG, _S_IFDIR = 0o170000, 0o100000, 0o040000
_UNIX, _DOS, _NTFS, _MACOS = 3, 0, 11, 19


class ZipRefused(Exception):
    """The zip is not one plain archive, or would cost too much to open: `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ZipEntry:
    """One file as the index describes it, after the checks."""

    name: str
    offset: int
    packed_size: int
    size: int
    crc: int
    method: int
    flags: int
    is_dir: bool


def _read_at(stream: BinaryIO, offset: int, size: int) -> bytes:
    stream.seek(offset)
    data = b""
    while len(data) < size:
        part = stream.read(size - len(data))
        if not part:
            break
        data += part
    return data


def _extras(data: bytes) -> dict[int, bytes] | None:
    """Extra fields by id; None when they do not parse exactly or an id repeats."""
    found: dict[int, bytes] = {}
    pos = 0
    while pos < len(data):
        if pos + 4 > len(data):
            return None
        kind, size = struct.unpack_from("<HH", data, pos)
        if pos + 4 + size > len(data) or kind in found:
            return None
        found[kind] = data[pos + 4 : pos + 4 + size]
        pos += 4 + size
    return found


def _safe_name(name: str) -> bool:
    if not _SAFE_NAME.fullmatch(name):
        return False
    return all(part not in (".", "..") for part in name.rstrip("/").split("/"))


def _plain_attributes(system: int, external: int, is_dir: bool) -> bool:
    """Whether the entry is a plain file or folder: no link, device, hidden or system bits."""
    dos = external & 0xFFFF
    if dos & ~_PLAIN_DOS:
        return False
    if bool(dos & 0x10) and not is_dir:
        return False
    if system not in (_UNIX, _MACOS, _DOS, _NTFS):
        return False
    # The high half is a Unix mode (Python writes one on Windows too, with the DOS system).
    mode = external >> 16
    kind = mode & _S_IFMT
    if kind not in (0, _S_IFDIR if is_dir else _S_IFREG):
        return False  # a symbolic link, device, pipe or socket
    return not mode & 0o7000  # set-user-id, set-group-id, sticky


class _Shape:
    def __init__(self, stream: BinaryIO, size: int, name: str) -> None:
        self.stream = stream
        self.size = size
        self.name = name

    def refuse(self, sentence: str) -> ZipRefused:
        return ZipRefused(sentence)

    def broken(self) -> ZipRefused:
        return ZipRefused(
            f"{self.name} is damaged or is not an evidence pack (not a readable zip)."
        )

    def not_one_zip(self, what: str) -> ZipRefused:
        return ZipRefused(
            f"{self.name} is not one plain zip: {what}. Different programs could show different "
            "contents, so it cannot be trusted."
        )

    # Z1-Z4: the end record, the ZIP64 records and where the index lies.
    def end_records(self) -> tuple[int, int, int]:
        """(number of entries, index offset, index size); the index must end where they begin."""
        if self.size < 22:
            raise self.broken()
        end = _read_at(self.stream, self.size - 22, 22)
        if len(end) != 22 or end[:4] != _EOCD or end[20:22] != b"\x00\x00":
            tail_start = max(0, self.size - _MAX_COMMENT_SEARCH)
            tail = _read_at(self.stream, tail_start, self.size - tail_start)
            if _EOCD in tail:
                raise self.not_one_zip(
                    "something has been added after the end of the zip (a second archive or a "
                    "comment can hide there)"
                )
            raise self.broken()
        disk, cd_disk, here, total, cd_size, cd_offset = struct.unpack_from("<HHHHII", end, 4)
        records_start = self.size - 22
        has_locator = self.size >= 42 and _read_at(self.stream, self.size - 42, 4) == _LOCATOR
        if has_locator:
            locator = _read_at(self.stream, self.size - 42, 20)
            z_disk, z_offset, z_disks = struct.unpack_from("<IQI", locator, 4)
            record = _read_at(self.stream, z_offset, 56) if z_offset < self.size else b""
            if z_disk != 0 or z_disks != 1 or len(record) != 56 or record[:4] != _ZIP64_EOCD:
                raise self.broken()
            (rec_size, _made, _need, z_this, z_cd_disk, z_here, z_total, z_cd_size, z_cd_off) = (
                struct.unpack_from("<QHHIIQQQQ", record, 4)
            )
            if rec_size != 44 or z_offset + 56 != self.size - 42:
                raise self.not_one_zip("its end records are not where they belong")
            if z_this or z_cd_disk or z_here != z_total:
                raise self.broken()
            for small, big, marker in (
                (disk, z_this, 0xFFFF),
                (cd_disk, z_cd_disk, 0xFFFF),
                (here, z_here, 0xFFFF),
                (total, z_total, 0xFFFF),
                (cd_size, z_cd_size, 0xFFFFFFFF),
                (cd_offset, z_cd_off, 0xFFFFFFFF),
            ):
                if small not in (big, marker):
                    raise self.not_one_zip("its two end records disagree")
            disk, cd_disk, here, total = z_this, z_cd_disk, z_here, z_total
            cd_size, cd_offset = z_cd_size, z_cd_off
            records_start = z_offset
        elif 0xFFFF in (here, total) or 0xFFFFFFFF in (cd_size, cd_offset):
            raise self.broken()
        if disk or cd_disk or here != total:
            raise self.refuse(f"{self.name} is one part of a split zip, not a whole pack.")
        if cd_offset + cd_size != records_start:
            raise self.not_one_zip(
                "its index does not end where its end record begins, so some bytes belong to "
                "no file"
            )
        return total, cd_offset, cd_size

    # Z5-Z8: the index, entry by entry, then names and the cost limits.
    def index(self, count: int, cd_offset: int, cd_size: int) -> list[ZipEntry]:
        if count > MAX_ENTRIES:
            raise self.refuse(
                f"{self.name} holds {count:,} files, more than an evidence pack can "
                f"({MAX_ENTRIES:,} at most), so it was not opened."
            )
        if cd_size > MAX_INDEX:
            raise self.refuse(
                f"{self.name} has an index far larger than an evidence pack's, so it was not opened."
            )
        data = _read_at(self.stream, cd_offset, cd_size)
        if len(data) != cd_size:
            raise self.broken()
        entries: list[ZipEntry] = []
        pos = 0
        for _ in range(count):
            if data[pos : pos + 4] != _CENTRAL or pos + 46 > len(data):
                raise self.broken()
            (
                made_by,
                _need,
                flags,
                method,
                _time,
                _date,
                crc,
                packed,
                size,
                name_len,
                extra_len,
                comment_len,
                disk_start,
                _internal,
                external,
                offset,
            ) = struct.unpack_from("<HHHHHHIIIHHHHHII", data, pos + 4)
            end = pos + 46 + name_len + extra_len + comment_len
            if end > len(data):
                raise self.broken()
            raw_name = data[pos + 46 : pos + 46 + name_len]
            extra = _extras(data[pos + 46 + name_len : pos + 46 + name_len + extra_len])
            pos = end
            name = raw_name.decode("ascii", "replace")
            if len(raw_name) > MAX_NAME or not raw_name.isascii() or not _safe_name(name):
                raise self.refuse(
                    f"{self.name} holds a file with an unsafe name ({name!r}): a pack's names are "
                    "plain letters, digits, '.', '_' and '-' in folders, never absolute, never "
                    "'..', never a backslash or control character."
                )
            if extra is None or set(extra) - _KNOWN_EXTRAS:
                raise self.not_one_zip(f"{name} carries extra information packs never carry")
            if comment_len:
                raise self.not_one_zip(f"{name} carries a comment")
            if flags & ~_ALLOWED_FLAGS or method not in (_STORED, _DEFLATED):
                raise self.refuse(
                    f"{name} in {self.name} is encrypted or compressed in a way evidence packs "
                    "never are, so the pack was not opened."
                )
            size, packed, offset, disk_start = self._zip64_central(
                name, extra.get(_ZIP64_EXTRA), size, packed, offset, disk_start
            )
            if disk_start:
                raise self.refuse(f"{self.name} is one part of a split zip, not a whole pack.")
            is_dir = name.endswith("/")
            if not _plain_attributes(made_by >> 8, external, is_dir):
                raise self.not_one_zip(
                    f"{name} is a link, a device or a hidden or system file, not a plain file"
                )
            if (is_dir and (size or packed)) or (method == _STORED and size != packed):
                raise self.broken()
            entries.append(ZipEntry(name, offset, packed, size, crc, method, flags, is_dir))
        if pos != len(data):
            raise self.not_one_zip("its index holds more than its files")
        self.names(entries)
        self.limits(entries)
        return entries

    def _zip64_central(
        self, name: str, extra: bytes | None, size: int, packed: int, offset: int, disk: int
    ) -> tuple[int, int, int, int]:
        wanted = [size == 0xFFFFFFFF, packed == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        need = 8 * sum(wanted) + (4 if disk == 0xFFFF else 0)
        if extra is None:
            if need:
                raise self.broken()
            return size, packed, offset, disk
        # Exactly the fields whose short form is full, or readers could disagree on the size.
        if len(extra) != need or not need:
            raise self.not_one_zip(f"{name} gives its size in two different ways")
        values = list(struct.unpack_from("<" + "Q" * sum(wanted), extra))
        size = values.pop(0) if wanted[0] else size
        packed = values.pop(0) if wanted[1] else packed
        offset = values.pop(0) if wanted[2] else offset
        disk = struct.unpack_from("<I", extra, need - 4)[0] if disk == 0xFFFF else disk
        return size, packed, offset, disk

    def names(self, entries: list[ZipEntry]) -> None:
        seen: dict[str, str] = {}
        for entry in entries:
            folded = entry.name.rstrip("/").casefold()
            if folded in seen:
                other = seen[folded]
                if other == entry.name:
                    raise self.not_one_zip(f"{entry.name} appears twice")
                raise self.not_one_zip(
                    f"{other} and {entry.name} differ only in capital letters, so one would "
                    "replace the other when unzipped on Windows or a Mac"
                )
            seen[folded] = entry.name
        files = {e.name.casefold() for e in entries if not e.is_dir}
        for entry in entries:
            parts = entry.name.rstrip("/").split("/")
            for depth in range(1, len(parts)):
                folder = "/".join(parts[:depth]).casefold()
                if folder in files:
                    raise self.not_one_zip(f"{entry.name} is inside a name that is also a file")

    def limits(self, entries: list[ZipEntry]) -> None:
        total = 0
        for entry in entries:
            if entry.size > MAX_ENTRY_SIZE:
                raise self.refuse(
                    f"{entry.name} in {self.name} would be {_gb(entry.size)} unpacked, more than "
                    f"any file in an evidence pack can be ({_gb(MAX_ENTRY_SIZE)}), so the pack "
                    "was not opened."
                )
            if entry.size > RATIO_FLOOR and entry.size > MAX_RATIO * entry.packed_size:
                raise self.refuse(
                    f"{entry.name} in {self.name} is squeezed far smaller than real files can be "
                    "(a sign of a file built to fill the disk), so the pack was not opened."
                )
            total += entry.size
            if total > MAX_TOTAL:
                raise self.refuse(
                    f"{self.name} would be more than {_gb(MAX_TOTAL)} unpacked, more than an "
                    "evidence pack can be, so it was not opened."
                )

    # Z9: every file's own header, data and descriptor, back to back from the first byte.
    def locals(self, entries: list[ZipEntry], cd_offset: int) -> None:
        expected = 0
        for entry in sorted(entries, key=lambda e: e.offset):
            if entry.offset != expected:
                where = "before the first file" if expected == 0 else f"before {entry.name}"
                raise self.not_one_zip(
                    f"there are bytes {where} that belong to no file (a second archive can hide "
                    "there)"
                    if entry.offset > expected
                    else f"{entry.name} overlaps the file before it"
                )
            expected = self.local(entry)
        if expected != cd_offset:
            raise self.not_one_zip(
                "there are bytes after the last file that belong to no file (a second archive "
                "can hide there)"
                if expected < cd_offset
                else "its last file runs into its index"
            )

    def local(self, entry: ZipEntry) -> int:
        """Check one file's header against the index; return where the next file must start."""
        head = _read_at(self.stream, entry.offset, 30)
        if len(head) != 30 or head[:4] != _LOCAL:
            raise self.broken()
        (_need, flags, method, _time, _date, crc, packed, size, name_len, extra_len) = (
            struct.unpack_from("<HHHHHIIIHH", head, 4)
        )
        names = _read_at(self.stream, entry.offset + 30, name_len + extra_len)
        if len(names) != name_len + extra_len:
            raise self.broken()
        differs = self.not_one_zip(
            f"{entry.name} is described one way in the zip's index and another in its own header"
        )
        if names[:name_len] != entry.name.encode("ascii") or flags != entry.flags:
            raise differs
        if method != entry.method:
            raise differs
        extra = _extras(names[name_len:])
        if extra is None or set(extra) - _KNOWN_EXTRAS:
            raise self.not_one_zip(f"{entry.name} carries extra information packs never carry")
        zip64 = extra.get(_ZIP64_EXTRA)
        if zip64 is not None:
            if len(zip64) != 16 or (size, packed) != (0xFFFFFFFF, 0xFFFFFFFF):
                raise differs
            size, packed = struct.unpack("<QQ", zip64)
        elif 0xFFFFFFFF in (size, packed):
            raise self.broken()
        data_end: int = entry.offset + 30 + name_len + extra_len + entry.packed_size
        if not flags & 0x0008:
            if (crc, packed, size) != (entry.crc, entry.packed_size, entry.size):
                raise differs
            return data_end
        # Sizes after the data: the header may hold zeros, the descriptor must agree.
        if (crc, packed, size) not in ((0, 0, 0), (entry.crc, entry.packed_size, entry.size)):
            raise differs
        fields = "<IQQ" if zip64 is not None else "<III"
        width = struct.calcsize(fields)
        after = _read_at(self.stream, data_end, 4 + width)
        wanted = (entry.crc, entry.packed_size, entry.size)
        signed = after[:4] == _DESCRIPTOR and len(after) == 4 + width
        if signed and struct.unpack_from(fields, after, 4) == wanted:
            return data_end + 4 + width
        if len(after) >= width and struct.unpack_from(fields, after, 0) == wanted:
            return data_end + width
        raise differs


def _gb(size: int) -> str:
    return f"{size / 1024**3:,.0f} GB" if size >= 1024**3 else f"{size / 1024**2:,.0f} MB"


def check_zip_shape(stream: BinaryIO, name: str) -> list[ZipEntry]:
    """The entries of a zip that is exactly one plain archive within the limits; else ZipRefused.

    Reads only the end records, the index and each file's header (never its data), so a
    hostile file costs no more than its index to refuse.
    """
    size = stream.seek(0, io.SEEK_END)
    shape = _Shape(stream, size, name)
    count, cd_offset, cd_size = shape.end_records()
    entries = shape.index(count, cd_offset, cd_size)
    shape.locals(entries, cd_offset)
    stream.seek(0)
    return entries
