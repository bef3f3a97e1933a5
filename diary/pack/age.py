"""The age v1 file format with a passphrase (scrypt recipient), streaming, so `age -d` opens our packs.

Spec: https://age-encryption.org/v1. Only the scrypt recipient is supported, as the pack needs no other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from diary.errors import BadInput, PackInvalid, PackPassphraseWrong, WriteFailed

VERSION_LINE = b"age-encryption.org/v1"
DEFAULT_WORK_FACTOR = 18
# age itself refuses more than 22 by default; a hostile header must not make us allocate gigabytes.
MAX_WORK_FACTOR = 22
CHUNK = 64 * 1024
_TAG = 16
_MAX_HEADER = 16 * 1024


def is_age(prefix: bytes) -> bool:
    return prefix.startswith(VERSION_LINE + b"\n")


def is_age_file(path: Path) -> bool:
    """Whether the file at `path` is age-encrypted (False when it cannot be read: the check that
    follows says what is wrong with it)."""
    try:
        with Path(path).open("rb") as handle:
            return is_age(handle.read(64))
    except OSError:
        return False


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    # age requires canonical unpadded base64; padding or stray characters are a damaged header.
    if b"=" in text or b"\r" in text:
        raise PackInvalid("The encrypted pack's header is damaged.")
    try:
        out = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError as exc:
        raise PackInvalid("The encrypted pack's header is damaged.") from exc
    if _b64(out) != text:
        raise PackInvalid("The encrypted pack's header is damaged.")
    return out


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


# hashlib's scrypt lets other threads run while it works; cryptography's holds the interpreter
# lock for the whole derivation (about 0.7 s at the default cost), which froze the app's window
# while a locked pack was made or opened. hashlib caps its memory below 2 GiB, so the largest
# work factors (21 and 22, which other age tools may use) still go through cryptography.
_HASHLIB_MAX_MEMORY = 2**31 - 1


def _scrypt_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    full_salt = b"age-encryption.org/v1/scrypt" + salt
    n = 2**work_factor
    if 128 * 8 * (n + 3) <= _HASHLIB_MAX_MEMORY:  # OpenSSL's need for r = 8, p = 1
        return hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=full_salt,
            n=n,
            r=8,
            p=1,
            maxmem=_HASHLIB_MAX_MEMORY,
            dklen=32,
        )
    return Scrypt(salt=full_salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _start(dst: BinaryIO, passphrase: str, work_factor: int) -> ChaCha20Poly1305:
    """Write the header and payload nonce; return the payload cipher."""
    if not passphrase:
        raise PackPassphraseWrong("The pack's passphrase must not be empty.")
    file_key = secrets.token_bytes(16)
    salt = secrets.token_bytes(16)
    wrap_key = _scrypt_key(passphrase, salt, work_factor)
    body = ChaCha20Poly1305(wrap_key).encrypt(b"\x00" * 12, file_key, None)
    header = (
        VERSION_LINE
        + b"\n-> scrypt "
        + _b64(salt)
        + b" "
        + str(work_factor).encode()
        + b"\n"
        + _b64(body)
        + b"\n---"
    )
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest()
    dst.write(header + b" " + _b64(mac) + b"\n")
    nonce = secrets.token_bytes(16)
    dst.write(nonce)
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def encrypt_stream(
    src: BinaryIO, dst: BinaryIO, passphrase: str, *, work_factor: int = DEFAULT_WORK_FACTOR
) -> None:
    """Encrypt `src` to `dst` in 64 KiB chunks; memory stays flat whatever the size."""
    aead = _start(dst, passphrase, work_factor)
    counter = 0
    chunk = _read_full(src, CHUNK)
    while True:
        # Look one chunk ahead: only the final chunk carries the last flag, and it may be short.
        following = _read_full(src, CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        dst.write(aead.encrypt(_nonce(counter, last), chunk, None))
        if last:
            return
        counter += 1
        chunk = following


def _read_full(src: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _read_header(src: BinaryIO) -> tuple[list[bytes], bytes, bytes]:
    """The header's lines (without the MAC line), the bytes the MAC covers, and the MAC."""
    lines: list[bytes] = []
    covered = b""
    while True:
        line = src.readline(_MAX_HEADER)
        covered += line
        if not line.endswith(b"\n") or len(covered) > _MAX_HEADER:
            raise PackInvalid("This is not an encrypted pack, or its header is damaged.")
        if line.startswith(b"--- "):
            mac_text = line[4:-1]
            return lines, covered[: -len(line)] + b"---", _unb64(mac_text)
        lines.append(line[:-1])


@dataclass(frozen=True)
class _Header:
    salt: bytes
    work_factor: int
    body: bytes
    covered: bytes
    mac: bytes


def _parse_header(src: BinaryIO, max_work_factor: int) -> _Header:
    """Read the header and refuse it, before any key derivation, if it asks for too much work."""
    lines, covered, mac = _read_header(src)
    if not lines or lines[0] != VERSION_LINE:
        raise PackInvalid("This is not an encrypted pack made with a passphrase.")
    stanzas: list[tuple[list[bytes], bytes]] = []
    i = 1
    while i < len(lines):
        if not lines[i].startswith(b"-> "):
            raise PackInvalid("The encrypted pack's header is damaged.")
        args = lines[i][3:].split(b" ")
        i += 1
        body_lines: list[bytes] = []
        while True:
            if i >= len(lines):
                raise PackInvalid("The encrypted pack's header is damaged.")
            body_lines.append(lines[i])
            i += 1
            if len(body_lines[-1]) < 64:
                break
        stanzas.append((args, b"".join(body_lines)))
    if len(stanzas) != 1 or stanzas[0][0][0] != b"scrypt":
        raise PackInvalid(
            "This pack was encrypted for a key, not with a passphrase; open it with age and that key."
        )
    args, body_text = stanzas[0]
    if len(args) != 3 or not args[2].isdigit() or args[2].startswith(b"0") or len(args[2]) > 9:
        raise PackInvalid("The encrypted pack's header is damaged.")
    salt = _unb64(args[1])
    work_factor = int(args[2])
    body = _unb64(body_text)
    if len(salt) != 16 or len(body) != 32 or work_factor < 1:
        raise PackInvalid("The encrypted pack's header is damaged.")
    if work_factor > max_work_factor:
        # Each step doubles the time and memory: 22 already takes 4 GiB and many seconds.
        raise PackInvalid(
            f"This encrypted pack asks for far more work to open than a pack ever needs "
            f"(work factor {work_factor}, at most {max_work_factor}), so it was not opened. "
            "Ask the person for a new copy."
        )
    return _Header(salt, work_factor, body, covered, mac)


def check_header(src: BinaryIO, *, max_work_factor: int = MAX_WORK_FACTOR) -> int:
    """The work factor of an age file's header, checked without a passphrase (PackInvalid if not).

    Lets a reader refuse a hostile file before asking for a passphrase or deriving any key.
    `src` is left at its start.
    """
    start = src.tell()
    try:
        return _parse_header(src, max_work_factor).work_factor
    finally:
        src.seek(start)


def _open(src: BinaryIO, passphrase: str, max_work_factor: int) -> ChaCha20Poly1305:
    """Read and check the header and the payload nonce; return the payload cipher."""
    header = _parse_header(src, max_work_factor)
    try:
        wrap_key = _scrypt_key(passphrase, header.salt, header.work_factor)
    except MemoryError as exc:
        raise PackInvalid(
            "This computer does not have enough free memory to open this encrypted pack. "
            "Close other programs and try again."
        ) from exc
    try:
        file_key = ChaCha20Poly1305(wrap_key).decrypt(b"\x00" * 12, header.body, None)
    except InvalidTag as exc:
        raise PackPassphraseWrong() from exc
    expected = hmac.new(_hkdf(file_key, b"", b"header"), header.covered, "sha256").digest()
    if not hmac.compare_digest(expected, header.mac):
        raise PackInvalid("The encrypted pack's header has been changed or damaged.")
    nonce = _read_full(src, 16)
    if len(nonce) != 16:
        raise PackInvalid("The encrypted pack is cut short.")
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def _open_chunk(aead: ChaCha20Poly1305, counter: int, last: bool, chunk: bytes) -> bytes:
    if len(chunk) < _TAG:
        raise PackInvalid("The encrypted pack is cut short.")
    try:
        plain = aead.decrypt(_nonce(counter, last), chunk, None)
    except InvalidTag as exc:
        raise PackInvalid("The encrypted pack has been changed, damaged or cut short.") from exc
    # An empty final chunk is allowed only when the whole file is empty (spec).
    if last and not plain and counter > 0:
        raise PackInvalid("The encrypted pack has been changed or damaged.")
    return plain


def decrypt_stream(
    src: BinaryIO, dst: BinaryIO, passphrase: str, *, max_work_factor: int = MAX_WORK_FACTOR
) -> None:
    """Decrypt an age file made with a passphrase; PackPassphraseWrong or PackInvalid on failure.

    Bytes are written to `dst` as each chunk authenticates; a caller must discard `dst` on error.
    """
    aead = _open(src, passphrase, max_work_factor)
    counter = 0
    chunk = _read_full(src, CHUNK + _TAG)
    while True:
        following = _read_full(src, CHUNK + _TAG) if len(chunk) == CHUNK + _TAG else b""
        last = not following
        dst.write(_open_chunk(aead, counter, last, chunk))
        if last:
            return
        counter += 1
        chunk = following


class AgeWriter(io.RawIOBase):
    """A write-only stream that encrypts into `dst` as it goes; `close()` writes the last chunk.

    It cannot seek, so a zip written into it uses data descriptors: the pack is encrypted as it
    is made and no readable copy ever touches the disk. `dst` is left open.
    """

    def __init__(
        self, dst: BinaryIO, passphrase: str, *, work_factor: int = DEFAULT_WORK_FACTOR
    ) -> None:
        super().__init__()
        self._dst = dst
        self._aead = _start(dst, passphrase, work_factor)
        self._buffer = bytearray()
        self._counter = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.closed:
            raise ValueError("write to a closed AgeWriter")
        view = memoryview(data).cast("B")
        self._buffer += view
        # A chunk is sent only once more data follows it: only the final chunk may be short.
        while len(self._buffer) > CHUNK:
            block = bytes(self._buffer[:CHUNK])
            del self._buffer[:CHUNK]
            self._dst.write(self._aead.encrypt(_nonce(self._counter, False), block, None))
            self._counter += 1
        return len(view)

    def close(self) -> None:
        # Closed by garbage collection after a failed export, the file may already be gone.
        if not self.closed and not getattr(self._dst, "closed", False):
            final = bytes(self._buffer)
            self._buffer.clear()
            self._dst.write(self._aead.encrypt(_nonce(self._counter, True), final, None))
        super().close()


class AgeReader(io.RawIOBase):
    """A seekable, read-only view of an age file's plaintext, decrypting one chunk at a time.

    STREAM chunks have a fixed size, so any position maps to one chunk: a zip inside can be read
    in place, with no decrypted copy on disk and only one chunk in memory.
    """

    def __init__(
        self, src: BinaryIO, passphrase: str, *, max_work_factor: int = MAX_WORK_FACTOR
    ) -> None:
        super().__init__()
        self._src = src
        self._aead = _open(src, passphrase, max_work_factor)
        self._start = src.tell()
        end = src.seek(0, io.SEEK_END)
        enc = end - self._start
        if enc < _TAG:
            raise PackInvalid("The encrypted pack is cut short.")
        self._chunks = -(-enc // (CHUNK + _TAG))
        last_len = enc - (self._chunks - 1) * (CHUNK + _TAG)
        if last_len < _TAG or (last_len == _TAG and self._chunks > 1):
            raise PackInvalid("The encrypted pack is cut short or damaged.")
        self.size = enc - self._chunks * _TAG
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if self._cached and self._cached[0] == index:
            return self._cached[1]
        self._src.seek(self._start + index * (CHUNK + _TAG))
        data = _read_full(self._src, CHUNK + _TAG)
        plain = _open_chunk(self._aead, index, index == self._chunks - 1, data)
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._pos >= self.size or not len(view):
            return 0
        index, offset = divmod(self._pos, CHUNK)
        plain = self._chunk(index)
        n = min(len(view), len(plain) - offset)
        view[:n] = plain[offset : offset + n]
        self._pos += n
        return n


def encrypt_file(
    src: Path, dst: Path, passphrase: str, *, work_factor: int = DEFAULT_WORK_FACTOR
) -> None:
    """Encrypt a file to `dst` through a temporary file, so a failure leaves nothing half-written."""
    if not passphrase:
        raise PackPassphraseWrong("The pack's passphrase must not be empty.")
    try:
        fin = src.open("rb")
    except OSError as exc:
        raise BadInput(f"{src.name} could not be read.") from exc
    tmp = dst.with_name(dst.name + ".part")
    try:
        with fin, tmp.open("wb") as fout:
            encrypt_stream(fin, fout, passphrase, work_factor=work_factor)
            fout.flush()
            os.fsync(fout.fileno())
        tmp.replace(dst)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed() from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def decrypt_file(
    src: Path, dst: Path, passphrase: str, *, max_work_factor: int = MAX_WORK_FACTOR
) -> None:
    try:
        fin = src.open("rb")
    except OSError as exc:
        raise BadInput(f"{src.name} could not be read.") from exc
    tmp = dst.with_name(dst.name + ".part")
    try:
        with fin, tmp.open("wb") as fout:
            decrypt_stream(fin, fout, passphrase, max_work_factor=max_work_factor)
        tmp.replace(dst)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed() from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
