"""Reading zip exports within stated limits: read from disk member by member, never unpacked whole.

A zip bomb (a small file unpacking to gigabytes) is refused from what the zip declares, and
again from what it really unpacks to, so a zip that lies about its sizes is caught too.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from diary.errors import ImportFailed
from diary.importers import limits
from diary.importers.text import fail

_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
    EOFError,
    zlib.error,
)


def safe_member_name(name: str) -> str | None:
    """The plain file name of a zip member, or None if its path tries to leave the folder."""
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return None
    parts = [p for p in normal.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    base = parts[-1]
    if any(ord(c) < 32 for c in base):
        return None
    return base


class _CheckedReader(io.RawIOBase):
    """A member's bytes, refused part-way if it unpacks beyond its limit or ratio."""

    def __init__(self, owner: SafeZip, info: zipfile.ZipInfo, limit: int) -> None:
        super().__init__()
        self._owner = owner
        self._info = info
        self._limit = limit
        try:
            self._handle: IO[bytes] = owner.zip.open(info)
        except _ZIP_ERRORS:
            raise self._damaged() from None
        self._read = 0

    def _damaged(self) -> ImportFailed:
        return fail(
            self._owner.source,
            None,
            f"the file {safe_member_name(self._info.filename)} inside this zip is damaged.",
        )

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            chunk = self._handle.read(len(buffer))
        except _ZIP_ERRORS:
            raise self._damaged() from None
        self._read += len(chunk)
        self._owner.check_unpacked(self._info, self._read, self._limit)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._handle.close()
        super().close()


class SafeZip:
    """A zip export opened for reading within the limits in `diary.importers.limits`."""

    def __init__(self, source: str, data: bytes | Path, *, what: str = "export") -> None:
        self.source = source
        self._total = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
            self.infos = self.zip.infolist()
        except _ZIP_ERRORS:
            raise fail(source, None, "this zip file is damaged and could not be opened.") from None
        if len(self.infos) > limits.MAX_ZIP_MEMBERS:
            raise limits.too_big(
                source,
                f"this zip holds more than {limits.MAX_ZIP_MEMBERS:,} files, more than any "
                f"{what} Daybook reads",
            )
        declared = 0
        for info in self.infos:
            self.check_declared(info)
            declared += info.file_size
        if declared > limits.MAX_ZIP_TOTAL_BYTES:
            raise limits.too_big(
                source,
                f"this zip unpacks to more than {limits.size_words(limits.MAX_ZIP_TOTAL_BYTES)}, "
                "the most Daybook unpacks from one file",
            )

    def _ratio_words(self) -> str:
        return (
            f"a file inside this zip unpacks to more than {limits.MAX_COMPRESSION_RATIO} times "
            "its packed size, which is how zip bombs are made"
        )

    def check_declared(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > limits.MAX_MEMBER_BYTES:
            raise limits.too_big(
                self.source,
                f"a file inside this zip is larger than "
                f"{limits.size_words(limits.MAX_MEMBER_BYTES)}",
            )
        if (
            info.file_size > limits.RATIO_FLOOR_BYTES
            and info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise limits.too_big(self.source, self._ratio_words())

    def check_unpacked(self, info: zipfile.ZipInfo, unpacked: int, limit: int) -> None:
        """Called as bytes come out: the real size, not the declared one, is what counts."""
        if unpacked > limit:
            raise limits.too_big(
                self.source,
                f"the file {safe_member_name(info.filename)} inside this zip is larger than "
                f"{limits.size_words(limit)} when unpacked",
            )
        if unpacked > limits.RATIO_FLOOR_BYTES and unpacked > limits.MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise limits.too_big(self.source, self._ratio_words())

    def members(self) -> Iterator[tuple[zipfile.ZipInfo, str | None]]:
        """Every file (not folder) with its safe plain name, or None when the name is unsafe."""
        for info in self.infos:
            if not info.is_dir():
                yield info, safe_member_name(info.filename)

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """A member's bytes, refused (ImportFailed) beyond `limit` or the compression ratio."""
        if info.flag_bits & 0x1:
            raise fail(self.source, None, f"the file {info.filename} inside this zip is locked.")
        out = bytearray()
        with _CheckedReader(self, info, limit) as reader:
            while chunk := reader.read(1 << 20):
                out += chunk
        return bytes(out)

    def opener(self, info: zipfile.ZipInfo) -> Callable[[], BinaryIO]:
        """A function that opens the member as a checked stream, for storing it later."""

        def open_member() -> BinaryIO:
            return io.BufferedReader(_CheckedReader(self, info, limits.MAX_MEMBER_BYTES))

        return open_member

    def readable(self, info: zipfile.ZipInfo) -> str | None:
        """Why a member cannot be read (locked), or None."""
        if info.flag_bits & 0x1:
            return "this file in the zip is password-protected"
        return None


def base_name(path: str) -> str:
    return posixpath.basename(path.replace("\\", "/"))


__all__ = ["ImportFailed", "SafeZip", "base_name", "safe_member_name"]
