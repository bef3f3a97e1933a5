"""verify_pack: checks an evidence pack (.zip or .age) with no vault, and says in plain words what fails.

Any input, however damaged or hostile, gives a Verdict or one of Daybook's own errors. The zip's
shape and cost are checked first (zipshape.py), before any file in it is read; sizes are capped
so a zip bomb cannot exhaust memory or disk. A valid signature proves only which key signed the
pack: the verdict carries that key's check code for the reader to compare with the code the
person gave them separately. docs/pack-format.md lists every check in order.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from diary import checkcode
from diary.errors import BadInput, DaybookError, NotFound, PackInvalid, PackPassphraseWrong
from diary.pack import age, signing
from diary.pack.manifest import schema_problems
from diary.pack.names import ALLOWED, KEY_PEM, KEY_PUB, SIG, SSHSIG, SUMS, UNLISTED
from diary.pack.zipshape import MAX_TOTAL, ZipRefused, check_zip_shape

MAX_SMALL = 64 * 1024**2  # SHA256SUMS, keys, signatures, manifest.json
_CHUNK = 1024 * 1024
_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_FP_IN_PDF = re.compile(rb"signing-key (SHA256:[A-Za-z0-9+/]{43})")


@dataclass
class Verdict:
    """What the check found. `ok` means intact and signed by the key whose check code is given;
    whether that key is the person's is for the reader to compare (`key_matches_expected` when
    they gave the code they expect)."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    key_fingerprint: str | None = None  # SSH form (`SHA256:…`), technical detail only
    key_check_code: str | None = None  # the code the person reads out: checkcode.key_check_code
    exported_at: str | None = None
    pack_id: str | None = None
    files_checked: int = 0
    # False when the zip itself was refused (not one plain archive, or too costly to open):
    # nothing in it may then be shown, as another program could show something else.
    contents_readable: bool = True
    # Set when an expected code was given: whether the pack's key is that one.
    key_matches_expected: bool | None = None


class _TooBig(Exception):
    pass


class _Reader:
    """Reads entries of an open zip with caps on every size, hashing as it goes."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.total = 0

    def _chunks(self, info: zipfile.ZipInfo, cap: int) -> Any:
        got = 0
        with self.zf.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    return
                got += len(chunk)
                self.total += len(chunk)
                # The declared size can lie; what is actually inflated is what counts.
                if got > cap or got > info.file_size or self.total > MAX_TOTAL:
                    raise _TooBig()
                yield chunk

    def digest(self, info: zipfile.ZipInfo) -> str:
        hasher = hashlib.sha256()
        for chunk in self._chunks(info, MAX_TOTAL):
            hasher.update(chunk)
        return hasher.hexdigest()

    def small(self, info: zipfile.ZipInfo) -> bytes:
        return b"".join(self._chunks(info, MAX_SMALL))

    def search(self, info: zipfile.ZipInfo, pattern: re.Pattern[bytes]) -> list[bytes]:
        """All matches of `pattern` in the entry, read in chunks with an overlap."""
        found: list[bytes] = []
        tail = b""
        for chunk in self._chunks(info, MAX_TOTAL):
            window = tail + chunk
            found += [m.group(1) for m in pattern.finditer(window)]
            tail = window[-200:]
        return list(dict.fromkeys(found))


_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    KeyError,
    OverflowError,
    UnicodeDecodeError,
)


_SSH_FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")


def expected_key(typed: str) -> str:
    """What a person typed as the key they expect, in the form to compare: a check code (any
    case, spaces or dashes) or, for older packs, an SSH `SHA256:` fingerprint. BadInput if neither.
    """
    code = checkcode.normalise(typed)
    if code is not None:
        return code
    cleaned = typed.strip()
    if _SSH_FINGERPRINT.fullmatch(cleaned):
        return cleaned
    raise BadInput(
        "That is not a check code. A check code is five groups of four letters and digits, "
        "like K7Q2-MX9D-4HRT-Z8WE-3NPA; ask the person to read theirs out again."
    )


def key_matches(verdict: Verdict, typed: str) -> bool | None:
    """Whether what a person typed names the key that signed the pack; None when it is not a
    check code (or an older pack's fingerprint) at all, so the caller can say so instead."""
    try:
        expected = expected_key(typed)
    except BadInput:
        return None
    return expected in (verdict.key_check_code, verdict.key_fingerprint)


def verify_pack(
    path: Path, *, passphrase: str | None = None, expect_key: str | None = None
) -> Verdict:
    """Check the zip's shape, every hash, the listing, both signatures, the manifest and the PDF.

    With `expect_key` (a check code, or an older pack's `SHA256:` fingerprint, as typed), a pack
    signed by any other key does not check out.
    """
    expected = expected_key(expect_key) if expect_key is not None else None
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise NotFound(f"There is no file at {path}.") from exc
    except OSError as exc:
        raise BadInput(f"{path.name} could not be opened: {exc.strerror or 'unreadable'}.") from exc
    with handle:
        try:
            head = handle.read(64)
            handle.seek(0)
        except OSError as exc:
            raise BadInput(f"{path.name} could not be read.") from exc
        if age.is_age(head):
            try:
                # Refused before asking for the passphrase or deriving any key.
                age.check_header(handle)
            except PackInvalid as exc:
                return Verdict(ok=False, problems=[exc.message], contents_readable=False)
            except OSError as exc:
                raise BadInput(f"{path.name} could not be read.") from exc
            if passphrase is None:
                raise PackPassphraseWrong(
                    "This evidence pack is encrypted: give its passphrase to check it."
                )
            try:
                raw = age.AgeReader(handle, passphrase)
            except PackInvalid as exc:
                return Verdict(ok=False, problems=[exc.message], contents_readable=False)
            except OSError as exc:
                raise BadInput(f"{path.name} could not be read.") from exc
            stream: BinaryIO = io.BufferedReader(raw, buffer_size=256 * 1024)
            return _verify_stream(stream, path.name, expected)
        return _verify_stream(handle, path.name, expected)


def verify_bytes(data: bytes, name: str = "pack.zip", *, expect_key: str | None = None) -> Verdict:
    """verify_pack for a pack already in memory (tests and the app's drag and drop)."""
    expected = expected_key(expect_key) if expect_key is not None else None
    return _verify_stream(io.BytesIO(data), name, expected)


def _verify_stream(stream: BinaryIO, name: str, expected: str | None = None) -> Verdict:
    verdict = Verdict(ok=False)
    try:
        _verify(stream, name, verdict)
    except _TooBig:
        verdict.problems.append(
            f"{name} holds more data than an evidence pack can, so checking stopped "
            "(it may be a damaged or deliberately oversized file)."
        )
    except PackInvalid as exc:
        # Raised by the AgeReader when the encrypted wrapper itself was changed.
        verdict.problems.append(exc.message)
        verdict.contents_readable = False
    except DaybookError:
        raise
    except _READ_ERRORS:
        verdict.problems.append(
            f"{name} is damaged or is not an evidence pack (not a readable zip)."
        )
    except (RecursionError, MemoryError, TypeError, AttributeError, IndexError):
        # A last guard for hostile input we did not foresee: still a verdict, never a traceback.
        verdict.problems.append(f"{name} is damaged in a way that stopped the check.")
    if expected is not None and verdict.key_check_code is not None:
        verdict.key_matches_expected = expected in (verdict.key_check_code, verdict.key_fingerprint)
        if not verdict.key_matches_expected:
            verdict.problems.append(
                f"This pack was signed by a different key from the one you expected: its check "
                f"code is {verdict.key_check_code}, not {expected}. It was not made by "
                "the Daybook whose code you were given."
            )
    verdict.ok = not verdict.problems
    return verdict


def _verify(stream: BinaryIO, name: str, verdict: Verdict) -> None:
    problems = verdict.problems
    try:
        shape = check_zip_shape(stream, name)
    except ZipRefused as exc:
        # Nothing inside is read: another program could show other contents from the same file.
        problems.append(exc.message)
        verdict.contents_readable = False
        return
    try:
        zf = zipfile.ZipFile(stream)
    except _READ_ERRORS:
        problems.append(f"{name} is damaged or is not an evidence pack (not a readable zip).")
        verdict.contents_readable = False
        return
    with zf:
        infos = zf.infolist()
        # zipfile must see exactly the files the shape check saw, where it saw them.
        seen = [(i.filename, i.header_offset, i.file_size, i.compress_size) for i in infos]
        if seen != [(e.name, e.offset, e.size, e.packed_size) for e in shape]:
            problems.append(f"{name} is damaged or is not an evidence pack (not a readable zip).")
            verdict.contents_readable = False
            return
        entries = {info.filename: info for info in infos if not info.is_dir()}
        reader = _Reader(zf)
        _check_sums(reader, entries, verdict)
        key = _check_keys(reader, entries, verdict)
        _check_signatures(reader, entries, key, verdict)
        manifest = _check_manifest(reader, entries, verdict)
        _check_pdf(reader, entries, verdict)
        verdict.files_checked = len(entries)
        if manifest is not None:
            _check_manifest_files(manifest, reader, entries, verdict)


def _read_small(
    reader: _Reader, entries: dict[str, zipfile.ZipInfo], n: str, problems: list[str]
) -> bytes | None:
    info = entries.get(n)
    if info is None:
        problems.append(f"{n} is missing from the pack.")
        return None
    try:
        return reader.small(info)
    except _TooBig:
        problems.append(f"{n} is far larger than it can be.")
    except _READ_ERRORS:
        problems.append(f"{n} is damaged inside the zip and could not be read.")
    return None


def _check_sums(reader: _Reader, entries: dict[str, zipfile.ZipInfo], verdict: Verdict) -> None:
    problems = verdict.problems
    sums = _read_small(reader, entries, SUMS, problems)
    listed: dict[str, str] = {}
    if sums is not None:
        try:
            text = sums.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{SUMS} is not readable text: it has been changed or damaged.")
            text = ""
        for number, line in enumerate(text.split("\n"), 1):
            if not line and number == len(text.split("\n")):
                continue
            m = _SUM_LINE.match(line)
            if not m:
                problems.append(f"Line {number} of {SUMS} is not a valid checksum line.")
                continue
            if m.group(2) in listed:
                problems.append(f"{SUMS} lists {m.group(2)} twice.")
            listed[m.group(2)] = m.group(1)
    actual: dict[str, str] = {}
    for n, info in entries.items():
        if n in UNLISTED:
            continue
        try:
            actual[n] = reader.digest(info)
        except _TooBig:
            raise
        except _READ_ERRORS:
            problems.append(f"{n} is damaged inside the zip and could not be read.")
            actual[n] = ""
    if sums is None:
        return
    missing = {n: h for n, h in listed.items() if n not in actual}
    added = {n: h for n, h in actual.items() if n not in listed}
    renamed_from = {h: n for n, h in missing.items()}
    for n, h in sorted(added.items()):
        if h and h in renamed_from:
            problems.append(f"{n} is {renamed_from.pop(h)} under a new name (a file was renamed).")
        else:
            problems.append(f"{n} is in the pack but not listed in {SUMS} (a file was added).")
    for n in sorted(renamed_from.values()):
        problems.append(f"{n} is listed in {SUMS} but missing from the pack.")
    for n, h in sorted(listed.items()):
        if n in actual and actual[n] and actual[n] != h:
            problems.append(f"{n} has been changed: its SHA-256 does not match {SUMS}.")


def _check_keys(
    reader: _Reader, entries: dict[str, zipfile.ZipInfo], verdict: Verdict
) -> Ed25519PublicKey | None:
    problems = verdict.problems
    pem = _read_small(reader, entries, KEY_PEM, problems)
    if pem is None:
        return None
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnicodeDecodeError):
        problems.append(f"{KEY_PEM} is not a readable public key.")
        return None
    except Exception:  # cryptography raises assorted errors for hostile DER; any means "unreadable"
        problems.append(f"{KEY_PEM} is not a readable public key.")
        return None
    if not isinstance(key, Ed25519PublicKey):
        problems.append(f"{KEY_PEM} is not an Ed25519 key.")
        return None
    verdict.key_fingerprint = signing.fingerprint(key)
    verdict.key_check_code = signing.check_code(key)
    pub = _read_small(reader, entries, KEY_PUB, problems)
    if (
        pub is not None
        and pub.decode("ascii", "replace").split()[:2]
        != signing.public_key_openssh(key).split()[:2]
    ):
        problems.append(f"{KEY_PUB} is not the same key as {KEY_PEM}.")
    allowed = _read_small(reader, entries, ALLOWED, problems)
    if allowed is not None and allowed.decode(
        "ascii", "replace"
    ).strip() != signing.allowed_signers_line(key):
        problems.append(f"{ALLOWED} does not name the same key as {KEY_PEM}.")
    return key


def _check_signatures(
    reader: _Reader,
    entries: dict[str, zipfile.ZipInfo],
    key: Ed25519PublicKey | None,
    verdict: Verdict,
) -> None:
    problems = verdict.problems
    sums = _read_small(reader, entries, SUMS, [])
    sig = _read_small(reader, entries, SIG, problems)
    sshsig = _read_small(reader, entries, SSHSIG, problems)
    if key is None or sums is None:
        problems.append("The signatures could not be checked, as the key or SHA256SUMS is missing.")
        return
    if sig is not None:
        try:
            key.verify(sig, sums)
        except InvalidSignature:
            problems.append(f"{SIG} does not match {SUMS}: the signature is not valid.")
    if sshsig is not None:
        try:
            signing.sshsig_verify(key, sums, sshsig)
        except BadInput as exc:
            problems.append(f"{SSHSIG} is not valid: {exc.message}")


def _check_manifest(
    reader: _Reader, entries: dict[str, zipfile.ZipInfo], verdict: Verdict
) -> dict[str, Any] | None:
    problems = verdict.problems
    raw = _read_small(reader, entries, "manifest.json", problems)
    if raw is None:
        return None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        problems.append("manifest.json is not valid JSON.")
        return None
    schema_errors = schema_problems(manifest)
    problems += schema_errors
    if schema_errors or not isinstance(manifest, dict):
        return None
    verdict.pack_id = manifest["pack_id"]
    verdict.exported_at = manifest["created_at"]
    named = manifest["signing_key"]
    if verdict.key_fingerprint and named["fingerprint"] != verdict.key_fingerprint:
        problems.append("manifest.json names a different signing key from the one in the pack.")
    elif verdict.key_check_code and named.get("check_code", verdict.key_check_code) != (
        verdict.key_check_code
    ):
        problems.append("manifest.json gives a different check code from the pack's key.")
    return manifest


def _check_manifest_files(
    manifest: dict[str, Any],
    reader: _Reader,
    entries: dict[str, zipfile.ZipInfo],
    verdict: Verdict,
) -> None:
    # Hashes were checked against SHA256SUMS; here the manifest's own hashes must agree with it.
    sums = _read_small(reader, entries, SUMS, [])
    listed = {}
    for line in (sums or b"").decode("utf-8", "replace").splitlines():
        m = _SUM_LINE.match(line)
        if m:
            listed[m.group(2)] = m.group(1)
    for e in manifest["exhibits"]:
        p = e["path"]
        if p is None:
            continue
        if p not in entries:
            verdict.problems.append(
                f"manifest.json lists {p} for exhibit {e['ref']}, but it is not in the pack."
            )
        elif listed.get(p) and listed[p] != e["sha256"]:
            verdict.problems.append(
                f"The SHA-256 of exhibit {e['ref']} in manifest.json does not match {p}."
            )


def _check_pdf(reader: _Reader, entries: dict[str, zipfile.ZipInfo], verdict: Verdict) -> None:
    info = entries.get("report.pdf")
    if info is None:
        verdict.problems.append("report.pdf is missing from the pack.")
        return
    try:
        found = reader.search(info, _FP_IN_PDF)
    except _READ_ERRORS:
        verdict.problems.append("report.pdf is damaged inside the zip and could not be read.")
        return
    texts = [f.decode("ascii") for f in found]
    if not texts:
        verdict.problems.append("report.pdf does not carry the signing key's fingerprint.")
    elif verdict.key_fingerprint and any(t != verdict.key_fingerprint for t in texts):
        verdict.problems.append(
            "The fingerprint on report.pdf's cover is not the fingerprint of the pack's signing key."
        )
