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
from diary.pack import age, chain, signing
from diary.pack.manifest import schema_problems
from diary.pack.names import ALLOWED, KEY_PEM, KEY_PUB, SIG, SSHSIG, SUMS, UNLISTED
from diary.pack.zipshape import MAX_TOTAL, ZipRefused, check_zip_shape
from diary.words import plural

MAX_SMALL = 64 * 1024**2  # SHA256SUMS, keys, signatures, manifest.json
_CHUNK = 1024 * 1024
_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_FP_IN_PDF = re.compile(rb"signing-key (SHA256:[A-Za-z0-9+/]{43})")


# Said by every reader (daybook verify, the app's pack viewer, check-this-pack.html) in these
# same words, instead of any "checks out", when the files are as signed but the history inside
# does not recompute (C8). The viewer and the page keep their own copies; tests compare them.
HISTORY_NOT_OK = (
    "This pack does not check out: the diary's history inside it does not match its own "
    "hashes, so the diary was changed outside Daybook before the pack was made. Do not rely on "
    "what it shows without asking the person. (Its files have not changed since it was signed.)"
)
HISTORY_NOT_RECOMPUTED = (
    "This pack was made before packs carried what each history entry covers, so its history "
    "cannot be recomputed."
)


@dataclass
class Verdict:
    """What the check found. `ok` means the pack checks out: intact, signed by the key whose
    check code is given, and its history recomputes (C8). Whether that key is the person's is
    for the reader to compare (`key_matches_expected` when they gave the code they expect)."""

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
    # The history code of the pack's history head (checkcode.history_code), and how many
    # history entries it carries, of which a court copy withholds `history_withheld`.
    history_code: str | None = None
    history_events: int = 0
    history_withheld: int = 0
    # C8: where the history inside the pack does not recompute. Kept apart from `problems` (the
    # files may still be exactly as signed: `files_intact`), but the pack does not check out
    # (`ok` is false): the diary was changed outside Daybook before the pack was made.
    history_problems: list[str] = field(default_factory=list)
    # Whether the history was recomputed at all (format 2 and later carry what it covers).
    history_checked: bool = False
    # No problem with the files, signatures, manifest or report (rules A, Z, C1-C7): nothing
    # changed since the pack was signed. Never shown alone when the history does not recompute.
    files_intact: bool = False
    # Set when a history code noted earlier was given (--expect-chain): whether this pack's
    # history holds it, and the entry whose hash gives it (its number and time).
    chain_matches_expected: bool | None = None
    expected_chain_entry: int | None = None
    expected_chain_at: str | None = None


@dataclass
class CheckedPack:
    """A verdict with what a later check (comparing two packs) needs from the same reading."""

    verdict: Verdict
    # The manifest, only when the pack could be read and it follows its schema.
    manifest: dict[str, Any] | None = None
    sums_sha256: str | None = None  # SHA-256 of SHA256SUMS: what the export event records
    public_key_raw: bytes | None = None  # the signing key's 32 raw bytes


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


def expected_history(typed: str) -> str:
    """A history code as a person typed it, in its printed form; BadInput if it is not one."""
    code = checkcode.normalise(typed)
    if code is None:
        raise BadInput(
            "That is not a history code. A history code is five groups of four letters and "
            "digits, like K7Q2-MX9D-4HRT-Z8WE-3NPA; check the one you noted."
        )
    return code


@dataclass(frozen=True)
class _Expected:
    key: str | None = None
    chain: str | None = None


def verify_pack(
    path: Path,
    *,
    passphrase: str | None = None,
    expect_key: str | None = None,
    expect_chain: str | None = None,
) -> Verdict:
    """Check the zip's shape, every hash, the listing, both signatures, the manifest, the PDF
    and the history chain.

    With `expect_key` (a check code, or an older pack's `SHA256:` fingerprint, as typed), a pack
    signed by any other key does not check out. With `expect_chain` (a history code noted
    earlier), a pack whose history does not hold that code does not check out.
    """
    return read_pack(
        path, passphrase=passphrase, expect_key=expect_key, expect_chain=expect_chain
    ).verdict


def read_pack(
    path: Path,
    *,
    passphrase: str | None = None,
    expect_key: str | None = None,
    expect_chain: str | None = None,
) -> CheckedPack:
    """verify_pack, keeping the manifest and the hash of SHA256SUMS for a comparison."""
    expected = _Expected(
        expected_key(expect_key) if expect_key is not None else None,
        expected_history(expect_chain) if expect_chain is not None else None,
    )
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise NotFound(f"There is no file at {path}.") from exc
    except IsADirectoryError as exc:
        raise BadInput(f"{path} is a folder; please give the pack file inside it.") from exc
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
                return CheckedPack(
                    Verdict(ok=False, problems=[exc.message], contents_readable=False)
                )
            except OSError as exc:
                raise BadInput(f"{path.name} could not be read.") from exc
            if passphrase is None:
                raise PackPassphraseWrong(
                    "This evidence pack is encrypted: give its passphrase to check it."
                )
            try:
                raw = age.AgeReader(handle, passphrase)
            except PackInvalid as exc:
                return CheckedPack(
                    Verdict(ok=False, problems=[exc.message], contents_readable=False)
                )
            except OSError as exc:
                raise BadInput(f"{path.name} could not be read.") from exc
            stream: BinaryIO = io.BufferedReader(raw, buffer_size=256 * 1024)
            return _verify_stream(stream, path.name, expected)
        return _verify_stream(handle, path.name, expected)


def verify_bytes(
    data: bytes,
    name: str = "pack.zip",
    *,
    expect_key: str | None = None,
    expect_chain: str | None = None,
) -> Verdict:
    """verify_pack for a pack already in memory (tests and the app's drag and drop)."""
    expected = _Expected(
        expected_key(expect_key) if expect_key is not None else None,
        expected_history(expect_chain) if expect_chain is not None else None,
    )
    return _verify_stream(io.BytesIO(data), name, expected).verdict


def _verify_stream(stream: BinaryIO, name: str, expected: _Expected | None = None) -> CheckedPack:
    verdict = Verdict(ok=False)
    checked = CheckedPack(verdict)
    expected = expected or _Expected()
    try:
        _verify(stream, name, checked)
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
    if expected.key is not None and verdict.key_check_code is not None:
        verdict.key_matches_expected = expected.key in (
            verdict.key_check_code,
            verdict.key_fingerprint,
        )
        if not verdict.key_matches_expected:
            verdict.problems.append(
                f"This pack was signed by a different key from the one you expected: its check "
                f"code is {verdict.key_check_code}, not {expected.key}. It was not made by "
                "the Daybook whose code you were given."
            )
    if expected.chain is not None and verdict.contents_readable:
        _check_expected_chain(checked, expected.chain)
    verdict.files_intact = not verdict.problems
    verdict.ok = not verdict.problems and not verdict.history_problems
    if not verdict.contents_readable:
        checked.manifest = None
    return checked


def _check_history(manifest: dict[str, Any], verdict: Verdict) -> None:
    """C8: the history chain recomputes from what each entry carries (format 2 and later)."""
    audit = manifest["audit"]
    verdict.history_events = len(audit)
    head = manifest["audit_head"]
    if head and isinstance(head.get("hash"), str) and len(head["hash"]) == 64:
        try:
            verdict.history_code = checkcode.history_code(head["hash"])
        except ValueError:
            verdict.history_code = None
    if manifest["format_version"] < 2:
        return
    found = chain.check_chain(audit, head)
    verdict.history_withheld = found.withheld
    verdict.history_problems = list(found.problems)
    verdict.history_checked = True


def history_words(verdict: Verdict) -> str:
    """What an intact pack's history shows, in the words every reader uses beside "Nothing in
    this pack has changed…": how many entries, how many a court copy withholds (taken by their
    hash), and the history code; or that it cannot be recomputed. "" when there is nothing to say.
    """
    if not verdict.history_checked:
        return HISTORY_NOT_RECOMPUTED if verdict.history_events else ""
    if verdict.history_problems or not verdict.history_code:
        return ""
    words = (
        f"Its history of {plural(verdict.history_events, 'entry', 'entries')} checks out, and "
        f"gives the diary's history code {verdict.history_code} when this pack was made."
    )
    withheld = verdict.history_withheld
    if withheld == 1:
        words += (
            " This copy withholds what 1 of those entries records, as it holds the person's own "
            "details; it is taken by its hash."
        )
    elif withheld:
        words += (
            f" This copy withholds what {withheld:,} of those entries record, as they hold the "
            "person's own details; they are taken by their hashes."
        )
    return words


def _check_expected_chain(checked: CheckedPack, code: str) -> None:
    """C9: the history holds the history code noted earlier (`--expect-chain`)."""
    verdict = checked.verdict
    manifest = checked.manifest
    if manifest is None:
        if not verdict.problems:
            verdict.problems.append("The pack's history could not be read.")
        return
    event = chain.find_history_code(manifest["audit"], code)
    verdict.chain_matches_expected = event is not None and not verdict.history_problems
    if event is not None and verdict.history_problems:
        verdict.problems.append(
            f"The history code you noted, {code}, is in this pack's history, but that history "
            "does not check out, so it cannot show that what existed then is unchanged."
        )
        return
    if event is None:
        verdict.problems.append(
            f"The history code you noted, {code}, is not in this pack's history: it was noted "
            "from another diary, or the history has been changed since it was noted."
        )
        return
    verdict.expected_chain_entry = int(event["seq"])
    verdict.expected_chain_at = str(event.get("at") or "")


def _verify(stream: BinaryIO, name: str, checked: CheckedPack) -> None:
    verdict = checked.verdict
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
        if key is not None:
            checked.public_key_raw = key.public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        _check_signatures(reader, entries, key, verdict)
        manifest = _check_manifest(reader, entries, verdict)
        _check_pdf(reader, entries, verdict)
        verdict.files_checked = len(entries)
        if manifest is not None:
            _check_manifest_files(manifest, reader, entries, verdict)
            _check_history(manifest, verdict)
            checked.manifest = manifest
            sums = _read_small(reader, entries, SUMS, [])
            checked.sums_sha256 = hashlib.sha256(sums).hexdigest() if sums is not None else None


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
