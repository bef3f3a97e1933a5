"""check-this-pack.html in a real browser: the verdict a reader sees on fresh and tampered packs.

Debian's Chromium, driven by Playwright (one browser for the module, small packs). The page's
problems are compared word for word with `daybook verify`'s, and its check code with
diary/checkcode.py's, on real packs.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from browser import Checked, choose, open_page, outside_requests, read_verdict, start_browser
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pack_sample import sample_input
from packtools import extract, read_zip, write_zip
from test_pack_chain_script import _script as chain_script
from test_pack_zipshape import ODD_ATTRIBUTES, UNSAFE_NAMES, Entry, RawZip

from diary import checkcode
from diary.exporting import ExportChoices, export
from diary.pack import age, signing
from diary.pack.build import build_pack
from diary.pack.checkpage import PAGE_NAME, page_bytes
from diary.pack.model import PackResult
from diary.pack.names import UNLISTED
from diary.pack.verify import HISTORY_NOT_OK, history_words, verify_bytes, verify_pack
from diary.records import IncidentInput
from diary.records.service import Diary
from diary.timeutil import now, zone_label
from diary.vault import Vault

CHAT = "exhibits/JS2-WhatsApp-Chat-with-Mark.txt"
PHOTO = "exhibits/JS1-IMG_2041.jpg"
INTACT = "Nothing has changed since this pack was signed"
UNTRUSTED = "This file cannot be trusted"
NOT_OK = "This pack does not check out"
# The app's pack viewer is built offscreen to compare its words with the page's.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# DAYBOOK_SHOTS=docs/screenshots keeps the screenshots for the docs.
SHOTS = os.environ.get("DAYBOOK_SHOTS")


# The page's CSP forbids eval, so Playwright's wait_for_function cannot run there: wait on the
# pictures' own decode() instead (the picture's src is set once its bytes are read).
PICTURES_SHOWN = """async () => {
  const imgs = [...document.querySelectorAll('#gallery img')];
  for (const img of imgs) {
    while (!img.src) await new Promise((r) => requestAnimationFrame(r));
    await img.decode();
  }
  return imgs.map((i) => [i.naturalWidth, i.src.slice(0, 5)]);
}"""


def raw_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from start_browser()


@pytest.fixture(scope="module")
def page_file(full_dir: Path) -> Path:
    return full_dir / PAGE_NAME


@pytest.fixture
def check(browser: Any, page_file: Path) -> Iterator[Any]:
    """check(pack, ...) -> Checked; every page is closed after the test and asked for nothing."""
    pages: list[Any] = []

    def run(
        pack: Path,
        *,
        folder: bool = False,
        query: str = "",
        typed: str | None = None,
        init_script: str | None = None,
    ) -> Checked:
        page = open_page(browser, page_file, query, init_script)
        pages.append(page)
        return choose(page, pack, folder=folder, typed=typed)

    yield run
    for page in pages:
        assert outside_requests(page.requests) == [], page.requests
        assert page.errors == [], page.errors
        page.close()


def rewrite(pack: Path, out: Path, change: dict[str, bytes | None]) -> Path:
    """The pack with some files replaced (bytes) or removed (None), all else byte for byte."""
    entries = read_zip(pack)
    for name, data in change.items():
        if data is None:
            entries.pop(name)
        else:
            entries[name] = data
    out.write_bytes(write_zip(entries))
    return out


def python_problems(path: Path) -> list[str]:
    """What `daybook verify` lists, in the page's order: the files' problems, then the history's."""
    verdict = verify_pack(path)
    return [*verdict.problems, *verdict.history_problems]


# --- the page itself -----------------------------------------------------------------------


def test_every_pack_carries_the_page_listed_in_sha256sums(
    full_pack: tuple[Path, PackResult], court_pack: tuple[Path, PackResult]
) -> None:
    for path, result in (full_pack, court_pack):
        entries = read_zip(path)
        assert PAGE_NAME in result.files
        assert entries[PAGE_NAME] == page_bytes()
        sums = entries["SHA256SUMS"].decode()
        assert re.search(rf"^[0-9a-f]{{64}}  {re.escape(PAGE_NAME)}$", sums, re.M)


def test_page_is_small_and_self_contained() -> None:
    page = page_bytes().decode("utf-8")
    assert len(page.encode()) < 150 * 1024
    # Nothing to load: no source, link or address outside the file.
    assert not re.search(r"<(script|link|img|iframe|object|embed)[^>]+(src|href)=", page, re.I)
    assert not re.search(r"(https?:|wss?:|ftp:)//", page)
    assert "innerHTML" not in page and "insertAdjacentHTML" not in page and "eval(" not in page


def test_csp_is_strict_and_allows_only_the_pages_own_script() -> None:
    page = page_bytes().decode("utf-8")
    head = page[: page.index("<style>")]
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert m, "the CSP must come before any style or script"
    directives = dict(d.strip().split(" ", 1) for d in m.group(1).split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "blob:"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    assert directives["require-trusted-types-for"] == "'script'"
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", directives["script-src"])
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", directives["style-src"])
    assert "unsafe" not in m.group(1) and "connect-src" not in directives
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"


# --- verdicts ------------------------------------------------------------------------------


def test_fresh_pack_is_intact_with_the_keys_check_code(
    check: Any, full_pack: tuple[Path, PackResult], key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    seen = check(full_pack[0])
    assert seen.kind == "ok"
    assert seen.title == INTACT
    files = len(read_zip(full_pack[0]))
    verdict = verify_pack(full_pack[0])
    assert seen.text == (
        f"Nothing in this pack has changed since it was signed: all {files} files are exactly "
        f"as they were when it was made. {history_words(verdict)}"
    )
    assert history_words(verdict).startswith("Its history of ")
    assert seen.problems == []
    assert seen.code == checkcode.key_check_code(raw_key(key))
    assert "Compare this code with the one the person gave you separately" in seen.whole
    assert "a forged pack could carry a forged page" in seen.whole
    assert seen.details["Pack"] == full_pack[1].pack_id
    assert seen.details[
        "Signing key fingerprint, for checking with standard tools (ssh-keygen -l)"
    ] == (signing.fingerprint(key.public_key()))
    seen.page.fill("#expect", seen.code)
    assert read_verdict(seen.page).title == "Nothing has changed, and the check code matches"
    shot(seen.page, tmp_path, "check-page-verdict.png", "#verdict")


def test_chronology_sorts_searches_and_shows_an_incident_in_full(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    seen = check(full_pack[0])
    page = seen.page
    numbers = lambda: page.locator("#chronology tbody tr td:first-child").all_inner_texts()  # noqa: E731
    assert numbers() == ["INC-0001", "INC-0002", "INC-0003"]
    page.click("#chronology th:nth-child(6) button")  # fear, lowest first
    assert numbers() == ["INC-0002", "INC-0001", "INC-0003"]
    page.click("#chronology th:nth-child(6) button")
    assert numbers() == ["INC-0003", "INC-0001", "INC-0002"]
    page.fill("#search", "βλέπω")
    assert numbers() == ["INC-0002"]
    assert page.inner_text("#search-count") == "1 of 3 incidents shown"
    page.fill("#search", "corsa opposite")
    assert numbers() == ["INC-0001"]
    page.fill("#search", "")
    page.click("#chronology tbody tr:has-text('INC-0001')")
    detail = page.inner_text("#incident")
    for words in (
        "Я знаю, где ты живёшь. Answer me. I'm outside.",  # exact words
        "Texts or messaging apps (ST2.2)",
        "Mark Ellison (saw him and knew the car)",
        "Priya says she saw the car again at 23:10.",  # addendum
        "What happened: Mark outside the house.",  # the first version in full
        "Fear: 6 out of 10 → 8 out of 10",  # a change, from and to
        "Thames Valley Police",
        "line 2",  # the message's place in its exhibit
        "Told them to stop\nyes",
    ):
        assert words in detail
    shot(page, tmp_path, "check-page-chronology.png", "#reader")


def test_exhibits_show_hashes_and_pictures_from_the_packs_bytes(
    check: Any, full_pack: tuple[Path, PackResult]
) -> None:
    seen = check(full_pack[0])
    page = seen.page
    page.click("#tab-exhibits")
    rows = page.locator("#exhibits tbody tr").all_inner_texts()
    manifest_sha = read_zip(full_pack[0])
    assert len(rows) == 3
    sums = manifest_sha["SHA256SUMS"].decode()
    photo_sha = next(line.split()[0] for line in sums.splitlines() if line.endswith(PHOTO))
    assert photo_sha in rows[0] and "matches SHA256SUMS" in rows[0]
    page.click("#tab-pictures")
    sizes = page.evaluate(PICTURES_SHOWN)
    assert sizes == [[640, "blob:"], [360, "blob:"]]
    page.click("#gallery figure:first-child")
    page.wait_for_selector("#exhibit img")
    page.click("#tab-exhibits")
    page.click("#exhibits tbody tr:has-text('JS2')")
    page.wait_for_selector("#exhibit pre")
    assert "Σε βλέπω κάθε πρωί." in page.inner_text("#exhibit pre")


def test_unzipped_court_copy_folder_is_intact(
    check: Any, court_dir: Path, court_pack: tuple[Path, PackResult]
) -> None:
    seen = check(court_dir, folder=True)
    assert seen.title == INTACT, seen.problems
    assert f"all {len(court_pack[1].files)} files" in seen.text
    assert "an unzipped folder" in seen.details["Checked"]
    seen.page.click("#tab-about")
    assert "court copy" in seen.page.inner_text("#panel-about")


def test_changed_exhibit_is_named(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    bad = rewrite(full_pack[0], tmp_path / "changed.zip", {CHAT: b"Nothing happened.\n"})
    seen = check(bad)
    assert seen.kind == "bad" and seen.title == NOT_OK
    assert f"{CHAT} has been changed: its SHA-256 does not match SHA256SUMS." in seen.problems
    assert seen.problems == python_problems(bad)
    # The right code does not make a changed pack good.
    seen.page.fill("#expect", seen.code)
    again = read_verdict(seen.page)
    assert again.kind == "bad" and again.title == NOT_OK
    assert again.match.startswith("The codes match, but the pack does not check out")
    # The reader still opens, with a warning above it.
    assert seen.page.is_visible("#reader-warning")
    shot(seen.page, tmp_path, "check-page-changed.png", "#verdict")


def test_changed_sha256sums_breaks_the_signatures(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    entries = read_zip(full_pack[0])
    forged = b"Nothing happened.\n"
    sums = re.sub(
        rb"^[0-9a-f]{64}(  " + re.escape(CHAT.encode()) + rb")$",
        hashlib.sha256(forged).hexdigest().encode() + rb"\1",
        entries["SHA256SUMS"],
        flags=re.M,
    )
    bad = rewrite(full_pack[0], tmp_path / "sums.zip", {CHAT: forged, "SHA256SUMS": sums})
    seen = check(bad)
    assert seen.title == NOT_OK
    assert "SHA256SUMS.sig does not match SHA256SUMS: the signature is not valid." in seen.problems
    assert "SHA256SUMS.sshsig is not valid: The SSH signature does not match." in seen.problems
    assert seen.problems == python_problems(bad)


@pytest.mark.parametrize("where", ["after", "before", "junk"])
def test_glued_zip_is_refused_and_nothing_in_it_shown(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path, where: str
) -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("report.pdf", b"%PDF-1.4 a different story")
    honest = full_pack[0].read_bytes()
    glued = tmp_path / "glued.zip"
    glued.write_bytes(
        {
            "after": honest + other.getvalue(),
            "before": other.getvalue() + honest,
            "junk": honest + b"\0" * 100,
        }[where]
    )
    seen = check(glued)
    assert seen.kind == "bad" and seen.title == UNTRUSTED
    why = (
        "something has been added after the end of the zip (a second archive or a comment can "
        "hide there)"
        if where == "junk"
        else "its index does not end where its end record begins, so some bytes belong to no file"
    )
    assert seen.problems == [
        f"glued.zip is not one plain zip: {why}. Different programs could show different "
        "contents, so it cannot be trusted."
    ]
    assert seen.problems == python_problems(glued)
    assert seen.page.is_hidden("#reader")


def test_resigned_pack_with_the_original_code_typed_does_not_match(
    check: Any, key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    # A forger changes the story and signs it with their own key: everything checks out...
    forger = Ed25519PrivateKey.generate()
    forged_input = sample_input("full")
    first = forged_input.incidents[0]
    forged_input = dataclasses.replace(
        forged_input,
        incidents=(
            dataclasses.replace(first, description="Nothing happened."),
            *forged_input.incidents[1:],
        ),
    )
    forged = tmp_path / "forged.zip"
    build_pack(forged_input, forger, forged)
    original_code = checkcode.key_check_code(raw_key(key))
    seen = check(forged, typed=original_code.lower().replace("-", " "))
    # ...except the check code, which is the forger's.
    assert seen.code == checkcode.key_check_code(raw_key(forger))
    assert seen.kind == "bad"
    assert seen.title == "Not signed by the Daybook whose code you were given"
    assert seen.match.startswith("The codes differ: this pack was NOT signed by the Daybook")
    assert seen.problems == [
        "This pack was signed by a different key from the one you expected: its check code is "
        f"{seen.code}, not {original_code}. It was not made by the Daybook whose code you were given."
    ]
    assert seen.problems == verify_pack(forged, expect_key=original_code).problems
    assert seen.page.is_visible("#reader-warning")


def test_expect_in_the_address_makes_the_match_explicit(
    check: Any, full_pack: tuple[Path, PackResult], key: Ed25519PrivateKey
) -> None:
    code = checkcode.key_check_code(raw_key(key))
    typed = code.replace("-", "").lower().replace("0", "o").replace("1", "l")
    seen = check(full_pack[0], query=f"?expect={typed}")
    assert seen.kind == "ok"
    assert seen.title == "Nothing has changed, and the check code matches"
    assert seen.match == "The codes match: this pack was signed by their Daybook."
    other = checkcode.key_check_code(bytes(32))
    seen = check(full_pack[0], query=f"?expect={other}")
    assert seen.kind == "bad" and seen.match.startswith("The codes differ")
    assert seen.problems == verify_pack(full_pack[0], expect_key=other).problems
    seen = check(full_pack[0], query="?expect=hello")
    assert seen.kind == "ok" and seen.match == "Type all five groups of four letters and digits."
    # The SSH fingerprint is accepted too, as `verify --expect-key` does.
    fp = signing.fingerprint(key.public_key())
    seen = check(full_pack[0], typed=fp)
    assert seen.match == "The codes match: this pack was signed by their Daybook."


def test_html_in_names_and_text_is_shown_as_text(
    check: Any, key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    hostile = '<img src="http://127.0.0.1:9/x" onerror="window.pwned=1"><h1>Big</h1>'
    data = sample_input("full")
    chat = dataclasses.replace(
        data.exhibits[1], original_name=hostile + ".txt", description="<b>bold</b> " + hostile
    )
    first = dataclasses.replace(
        data.incidents[0], description="<script>window.pwned=2</script>" + hostile
    )
    data = dataclasses.replace(
        data,
        exhibits=(data.exhibits[0], chat, data.exhibits[2]),
        incidents=(first, *data.incidents[1:]),
    )
    pack = tmp_path / "hostile.zip"
    build_pack(data, key, pack)
    seen = check(pack)
    assert seen.title == INTACT, seen.problems
    page = seen.page
    page.click("#chronology tbody tr:has-text('INC-0001')")
    assert "<script>window.pwned=2</script>" in page.inner_text("#incident")
    page.click("#tab-exhibits")
    page.click("#exhibits tbody tr:has-text('JS2')")
    assert hostile + ".txt" in page.inner_text("#exhibits")
    assert "<b>bold</b>" in page.inner_text("#exhibit")
    made = page.evaluate(
        "() => [document.querySelectorAll('#reader h1, #reader b, #reader script, "
        "#reader img[src^=http]').length, window.pwned === undefined]"
    )
    assert made == [0, True]


def test_the_page_asks_for_nothing_and_runs_no_other_script(
    check: Any, full_pack: tuple[Path, PackResult]
) -> None:
    seen = check(full_pack[0])
    page = seen.page
    page.click("#tab-pictures")
    page.evaluate(PICTURES_SHOWN)
    blocked = page.evaluate(
        """async () => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        let fetched = 'sent';
        try { await fetch('http://127.0.0.1:9/leak'); } catch (e) { fetched = 'refused'; }
        let injected = 'ran';
        try {
          const s = document.createElement('script');
          s.textContent = 'window.injected = 1';
          document.body.append(s);
          injected = window.injected === 1 ? 'ran' : 'blocked';
        } catch (e) { injected = 'blocked'; }
        let html = 'parsed';
        try { document.body.insertAdjacentHTML('beforeend', '<b id=x>x</b>'); } catch (e) { html = 'refused'; }
        const img = new Image();
        img.src = 'http://127.0.0.1:9/pixel';
        await new Promise((r) => setTimeout(r, 200));
        return {fetched, injected, html, violations: violations.length > 0};
    }"""
    )
    assert blocked == {
        "fetched": "refused",
        "injected": "blocked",
        "html": "refused",
        "violations": True,
    }
    # The probe picture is announced to Playwright, then stopped by the CSP before it leaves.
    assert outside_requests(page.requests) == ["http://127.0.0.1:9/pixel"]
    assert page.failed["http://127.0.0.1:9/pixel"] == "csp"
    page.requests.clear()


def test_encrypted_pack_says_to_decrypt_it_first(
    check: Any, key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    pack = tmp_path / "JS-pack.zip.age"
    build_pack(
        sample_input("full"),
        key,
        pack,
        encrypt_passphrase="a long pack passphrase",
        age_work_factor=10,
    )
    seen = check(pack)
    assert seen.kind == "partial"
    assert seen.title == "This pack is locked with a passphrase"
    assert any("age -d -o pack.zip JS-pack.zip.age" in p for p in seen.problems)
    assert any("Decrypt it first" in p for p in seen.problems)


def test_not_a_pack_is_said_plainly(check: Any, tmp_path: Path) -> None:
    junk = tmp_path / "report.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(random.Random(1).randbytes(3000)))
    seen = check(junk)
    assert seen.problems == [
        "report.pdf is damaged or is not an evidence pack (not a readable zip)."
    ]
    assert seen.problems == python_problems(junk)


@pytest.mark.parametrize(
    "change",
    [
        "added",
        "removed",
        "renamed",
        "pub-key",
        "manifest",
        "photo-flipped",
    ],
)
def test_problems_are_word_for_word_those_of_daybook_verify(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path, change: str
) -> None:
    entries = read_zip(full_pack[0])
    edits: dict[str, bytes | None] = {}
    if change == "added":
        edits["exhibits/JS9-extra.txt"] = b"added later"
    elif change == "removed":
        edits[PHOTO] = None
    elif change == "renamed":
        edits[PHOTO] = None
        edits["exhibits/JS1-renamed.jpg"] = entries[PHOTO]
    elif change == "pub-key":
        other = Ed25519PrivateKey.generate().public_key()
        edits["signing-key.pub"] = (signing.public_key_openssh(other) + "\n").encode()
    elif change == "manifest":
        edits["manifest.json"] = entries["manifest.json"].replace(b'"JS-', b'"XX-', 1)
    else:
        photo = bytearray(entries[PHOTO])
        photo[len(photo) // 2] ^= 1
        edits[PHOTO] = bytes(photo)
    bad = rewrite(full_pack[0], tmp_path / f"{change}.zip", edits)
    seen = check(bad)
    assert seen.title == NOT_OK
    assert seen.problems == python_problems(bad)
    assert seen.problems


def test_unzipped_folder_with_an_added_file_fails_but_system_files_are_set_aside(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    folder = extract(full_pack[0], tmp_path / "JS-pack")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    seen = check(folder, folder=True)
    assert seen.title == INTACT, seen.problems
    seen.page.click("#verdict-details summary")
    assert ".DS_Store" in seen.page.inner_text("#details-list")
    (folder / "exhibits" / "JS9-extra.txt").write_bytes(b"added later")
    seen = check(folder, folder=True)
    assert seen.problems == [
        "exhibits/JS9-extra.txt is in the pack but not listed in SHA256SUMS (a file was added)."
    ]


LACKS_BOTH = """
delete window.DecompressionStream;
const importKey = SubtleCrypto.prototype.importKey;
SubtleCrypto.prototype.importKey = function (format, data, algorithm, ...rest) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
  if (name === 'Ed25519') return Promise.reject(new DOMException('no', 'NotSupportedError'));
  return importKey.call(this, format, data, algorithm, ...rest);
};
"""


def test_browser_without_ed25519_or_decompression_still_checks_the_hashes(
    check: Any, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    seen = check(full_pack[0], init_script=LACKS_BOTH)
    assert seen.kind == "partial"
    assert seen.title == "This browser could not check everything"
    assert seen.problems == [
        "This browser cannot check Ed25519 signatures, so the signatures were not checked. "
        "The files were still checked against SHA256SUMS."
    ]
    assert seen.code  # the code is still shown, to compare by eye
    seen.page.click("#verdict-details summary")
    assert "this browser lacks DecompressionStream" in seen.page.inner_text("#details-list")
    # The page's own inflate unpacks what the browser cannot: a change is still found.
    bad = rewrite(full_pack[0], tmp_path / "changed.zip", {CHAT: b"Nothing happened.\n"})
    with zipfile.ZipFile(full_pack[0]) as zf:
        assert zf.getinfo(CHAT).compress_type == zipfile.ZIP_DEFLATED
    deflated = tmp_path / "deflated.zip"
    with zipfile.ZipFile(bad) as src, zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    seen = check(deflated, init_script=LACKS_BOTH)
    assert seen.kind == "bad"
    assert f"{CHAT} has been changed: its SHA-256 does not match SHA256SUMS." in seen.problems


def test_check_code_and_typed_forms_agree_with_python(browser: Any, page_file: Path) -> None:
    rng = random.Random(16)
    keys = [bytes(32), bytes([255] * 32)] + [rng.randbytes(32) for _ in range(60)]
    page = open_page(browser, page_file)
    try:
        got = page.evaluate(
            "async (keys) => Promise.all(keys.map(k => daybookCheck.checkCode(new Uint8Array(k))))",
            [list(k) for k in keys],
        )
        assert got == [checkcode.key_check_code(k) for k in keys]
        typed = [
            "k7q2 mx9d 4hrt z8we 3npa",
            "K7Q2-MX9D-4HRT-Z8WE-3NPA",
            "o1l0-MX9D-4HRT-Z8WE-3NPA",
            "K7Q2—MX9D_4HRT.Z8WE:3NPA",
            "K7Q2-MX9D-4HRT-Z8WE-3NP",
            "K7Q2-MX9D-4HRT-Z8WE-3NPU",
            "",
            "SHA256:abc",
            "ｋ7Q2-MX9D-4HRT-Z8WE-3NPA",
        ]
        normalised = page.evaluate("(t) => t.map(daybookCheck.normaliseCode)", typed)
        assert normalised == [checkcode.normalise(t) for t in typed]
    finally:
        page.close()


def shot(page: Any, tmp_path: Path, name: str, selector: str) -> None:
    """A screenshot of what the reader sees (kept for the docs when DAYBOOK_SHOTS is set)."""
    for folder in filter(None, [str(tmp_path), SHOTS]):
        out = Path(folder) / name
        page.locator(selector).screenshot(path=str(out))
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reading_back_the_verdict_after_typing(
    check: Any, full_pack: tuple[Path, PackResult]
) -> None:
    seen = check(full_pack[0])
    seen.page.fill("#expect", "K7Q2")
    again = read_verdict(seen.page)
    assert again.match == "Type all five groups of four letters and digits."
    assert again.kind == "ok"


def test_golden_packs_of_earlier_versions_check_out(check: Any) -> None:
    golden = Path(__file__).resolve().parent.parent / "golden" / "packs"
    for pack in sorted(golden.glob("*.zip")):
        seen = check(pack)
        assert seen.title == INTACT, (pack.name, seen.problems)
        assert seen.code == checkcode.key_check_code(
            raw_key(signing.load_private_key(bytes(range(32))))
        )


def test_a_dropped_zip_is_checked(
    browser: Any, page_file: Path, full_pack: tuple[Path, PackResult]
) -> None:
    page = open_page(browser, page_file)
    try:
        page.evaluate(
            """(b64) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const data = new DataTransfer();
            data.items.add(new File([bytes], 'dropped.zip', {type: 'application/zip'}));
            document.body.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        }""",
            base64.b64encode(full_pack[0].read_bytes()).decode(),
        )
        page.wait_for_selector("#verdict:not([hidden])", timeout=60_000)
        assert read_verdict(page).title == INTACT
    finally:
        page.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_damaged_packs_never_pass_where_verify_fails(
    browser: Any, page_file: Path, small_pack: bytes, data: st.DataObject
) -> None:
    damage = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    at = data.draw(st.integers(0, len(small_pack) - 1))
    if damage == "flip":
        bad = (
            small_pack[:at]
            + bytes([small_pack[at] ^ data.draw(st.integers(1, 255))])
            + small_pack[at + 1 :]
        )
    elif damage == "cut":
        bad = small_pack[:at]
    else:
        bad = small_pack[:at] + data.draw(st.binary(min_size=1, max_size=40)) + small_pack[at:]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "damaged.zip"
        path.write_bytes(bad)
        page = open_page(browser, page_file)
        try:
            seen = choose(page, path)
            python_ok = verify_pack(path).ok
            # The page is at least as strict as verify, and never breaks on what it is given.
            assert seen.kind in ("ok", "bad")
            assert python_ok or seen.kind == "bad", seen.problems
            assert seen.errors == [] and outside_requests(seen.requests) == []
            if seen.kind == "bad":
                assert seen.problems
        finally:
            page.close()


@pytest.fixture(scope="module")
def small_pack(tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey) -> bytes:
    data = sample_input("full")
    small = dataclasses.replace(data, exhibits=data.exhibits[1:2], incidents=data.incidents[1:2])
    out = tmp_path_factory.mktemp("small") / "small.zip"
    build_pack(small, key, out)
    return out.read_bytes()


def test_a_decrypted_pack_with_data_descriptors_checks_out(
    check: Any, key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    # Written straight into age, the zip has sizes after each file's data (flag bit 3).
    encrypted = tmp_path / "JS.zip.age"
    build_pack(
        sample_input("full"), key, encrypted, encrypt_passphrase="pass phrase", age_work_factor=10
    )
    plain = tmp_path / "JS.zip"
    with encrypted.open("rb") as src, plain.open("wb") as dst:
        age.decrypt_stream(src, dst, "pass phrase")
    with zipfile.ZipFile(plain) as zf:
        assert all(info.flag_bits & 0x08 for info in zf.infolist())
    seen = check(plain)
    assert seen.title == INTACT, seen.problems


def test_keyboard_reaches_both_choices_with_a_visible_focus(browser: Any, page_file: Path) -> None:
    page = open_page(browser, page_file)
    try:
        page.keyboard.press("Tab")
        first = page.evaluate("() => document.activeElement.id")
        outline = page.evaluate(
            "() => getComputedStyle(document.querySelector('label[for=pick-zip]')).outlineStyle"
        )
        page.keyboard.press("Tab")
        second = page.evaluate("() => document.activeElement.id")
        assert (first, second, outline) == ("pick-zip", "pick-folder", "solid")
    finally:
        page.close()


def _hostile_zips(pack: bytes) -> dict[str, bytes]:
    """The hostile and unusual zips of test_pack_zipshape.py, and some well-formed ones."""
    other = RawZip([Entry("report.pdf", b"%PDF-1.4 a different story")]).build()
    good = RawZip([Entry("a.txt"), Entry("b.txt")]).build()
    cd = good.index(b"PK\x01\x02", 1)
    second = good.index(b"PK\x01\x02", cd + 1)
    overlapped = bytearray(good)
    overlapped[second + 42 : second + 46] = struct.pack("<I", 0)
    packed_differs = bytearray(RawZip([Entry("a.txt", b"x" * 50)]).build())
    packed_differs[18:22] = struct.pack("<I", 40)
    lzma = bytearray(RawZip([Entry("a.txt")]).build())
    lzma[8:10] = struct.pack("<H", 14)
    lzma_cd = lzma.index(b"PK\x01\x02")
    lzma[lzma_cd + 10 : lzma_cd + 12] = struct.pack("<H", 14)
    split = bytearray(RawZip([Entry("a.txt")]).build())
    split[-18:-16] = struct.pack("<H", 1)
    unicode_path = struct.pack("<HHB", 0x7075, 5 + 8, 1) + b"\0\0\0\0" + b"evil.exe"
    squeezed = io.BytesIO()
    with zipfile.ZipFile(squeezed, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("exhibits/a.txt", b"a" * 3_000_000)
    zip64 = io.BytesIO()
    windows = io.BytesIO()
    with zipfile.ZipFile(zip64, "w") as z64, zipfile.ZipFile(windows, "w") as win:
        for name, data in read_zip_bytes(pack).items():
            with z64.open(zipfile.ZipInfo(name), "w", force_zip64=True) as out:
                out.write(data)
            info = zipfile.ZipInfo(name)
            info.create_system = 0
            info.external_attr = 0x20
            win.writestr(info, data)
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as zf:
        for n in range(0x10000):
            zf.writestr(f"f/{n}", b"")
    cases = {
        "glued after": pack + other,
        "glued before": other + pack,
        "zeros after": pack + b"\0" * 10,
        "comment after": pack[:-2] + b"\x05\x00hello",
        "archive comment": RawZip([Entry("a.txt")], comment=b"hi").build(),
        "stub before": b"MZ" + b"\0" * 100 + pack,
        "junk before": RawZip([Entry("a.txt")], prefix=b"junk").build(),
        "gap": RawZip([Entry("a.txt"), Entry("b.txt")], gaps={1: b"hidden archive"}).build(),
        "before index": RawZip([Entry("a.txt")], before_index=b"PK\x03\x04 more").build(),
        "overlap": bytes(overlapped),
        "local name": RawZip([Entry("report.pdf", local_name="rEport.pdf")]).build(),
        "local size": bytes(packed_differs),
        "duplicate": RawZip([Entry("a.txt"), Entry("a.txt")]).build(),
        "capitals": RawZip([Entry("Report.pdf"), Entry("report.pdf")]).build(),
        "inside a file": RawZip([Entry("exhibits"), Entry("exhibits/JS1.jpg")]).build(),
        "unicode path": RawZip([Entry("a.txt", extra=unicode_path)]).build(),
        "entry comment": RawZip([Entry("a.txt", comment=b"look")]).build(),
        "encrypted": RawZip([Entry("a.txt", flags=0x01)]).build(),
        "lzma": bytes(lzma),
        "squeezed": squeezed.getvalue(),
        "split": bytes(split),
        "zip64 entries": zip64.getvalue(),
        "made on windows": windows.getvalue(),
        "zip64 end records": many.getvalue(),
        "plain": good,
    }
    for n, (external, system) in enumerate(ODD_ATTRIBUTES):
        cases[f"attributes {n}"] = RawZip(
            [Entry("a.txt", external=external, system=system)]
        ).build()
    names = [*UNSAFE_NAMES, 'it\'s "quoted"\\.txt']
    for n, name in enumerate(names):
        cases[f"unsafe name {n}"] = RawZip([Entry(name)]).build()
    return cases


def read_zip_bytes(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_zip_shape_problems_are_word_for_word_those_of_daybook_verify(
    browser: Any, page_file: Path, full_pack: tuple[Path, PackResult]
) -> None:
    cases = _hostile_zips(full_pack[0].read_bytes())
    page = open_page(browser, page_file)
    try:
        for what, data in cases.items():
            seen = page.evaluate(
                """async ([b64, name]) => daybookCheck.problemsOf(
                    Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)), name)""",
                [base64.b64encode(data).decode(), "pack.zip"],
            )
            verdict = verify_bytes(data, "pack.zip")
            assert (what, seen["problems"]) == (what, verdict.problems)
            assert (what, seen["contentsReadable"]) == (what, verdict.contents_readable)
        assert page.errors == []
    finally:
        page.close()


@pytest.mark.parametrize("change", ["none", "exhibit", "glued"])
def test_the_verdict_is_in_the_apps_own_words(
    qtbot: Any,
    check: Any,
    full_pack: tuple[Path, PackResult],
    tmp_path: Path,
    change: str,
) -> None:
    from ui.pack_viewer import PackViewer

    pack = full_pack[0]
    if change == "exhibit":
        pack = rewrite(pack, tmp_path / "changed.zip", {CHAT: b"Nothing happened.\n"})
    elif change == "glued":
        pack = tmp_path / "glued.zip"
        pack.write_bytes(full_pack[0].read_bytes() + b"\0" * 10)
    seen = check(pack)
    viewer = PackViewer()
    qtbot.addWidget(viewer)
    viewer.show_verdict(verify_pack(pack))
    page_words = "\n".join([seen.text, *(f"• {p}" for p in seen.problems)])
    assert viewer.verdict.text() == page_words
    if seen.code:
        assert viewer.check_code.text() == seen.code
        caveat = " ".join(seen.page.inner_text("#code-box p:nth-of-type(3)").split())
        assert viewer.key_caveat.text() == caveat
        for typed in (seen.code, checkcode.key_check_code(bytes(32)), "K7Q2"):
            viewer.expected_code.setText(typed)
            again = read_verdict_after_typing(seen.page, typed)
            # Matching codes on a pack that does not check out never say "signed by".
            assert viewer.compare_result.text() == again


def read_verdict_after_typing(page: Any, typed: str) -> str:
    page.fill("#expect", typed)
    return read_verdict(page).match


def resign(pack: Path, out: Path, edits: dict[str, bytes], key: Ed25519PrivateKey) -> Path:
    """The pack with some files changed and signed again with `key`, as a forger with it would."""
    entries = read_zip(pack)
    entries.update(edits)
    listed = {n: d for n, d in entries.items() if n not in UNLISTED}
    sums = "".join(f"{hashlib.sha256(listed[n]).hexdigest()}  {n}\n" for n in sorted(listed))
    entries["SHA256SUMS"] = sums.encode()
    entries["SHA256SUMS.sig"] = key.sign(entries["SHA256SUMS"])
    entries["SHA256SUMS.sshsig"] = signing.sshsig_sign(key, entries["SHA256SUMS"]).encode()
    out.write_bytes(write_zip(entries))
    return out


def test_the_diarys_history_is_recomputed_and_a_noted_code_found(
    check: Any, full_pack: tuple[Path, PackResult], key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    manifest = json.loads(read_zip(full_pack[0])["manifest.json"])
    audit = manifest["audit"]
    seen = check(full_pack[0])
    page = seen.page
    page.click("#tab-audit")
    head_code = checkcode.history_code(audit[-1]["hash"])
    assert (
        page.inner_text("#history")
        == history_words(verify_pack(full_pack[0]))
        == (
            f"Its history of {len(audit)} entries checks out, and gives the diary's history code "
            f"{head_code} when this pack was made."
        )
    )
    page.fill("#history-code", checkcode.history_code(audit[2]["hash"]).lower())
    assert page.inner_text("#history-match").startswith(
        "That code is entry 3 of this history (Sat 2 Mar 2024, 23:30 GMT): every entry up "
        "to it is unchanged"
    )
    page.fill("#history-code", checkcode.history_code("ab" * 32))
    assert page.inner_text("#history-match").startswith("No entry of this history has that code")


def forge_history(pack: Path, out: Path, key: Ed25519PrivateKey, edit: Any) -> Path:
    """The pack with its manifest's history edited by `edit(audit)` and signed again with the
    same key: every file checks out, but the history does not recompute."""
    manifest = json.loads(read_zip(pack)["manifest.json"])
    edit(manifest["audit"])
    forged = json.dumps(manifest, ensure_ascii=False, indent=2).encode() + b"\n"
    return resign(pack, out, {"manifest.json": forged}, key)


def _change_detail(audit: list[dict[str, Any]]) -> None:
    audit[1]["detail"] = audit[1]["detail"].replace('"', '"x', 1)


def _drop_entry(audit: list[dict[str, Any]]) -> None:
    del audit[2]


def _relink(audit: list[dict[str, Any]]) -> None:
    audit[3]["prev_hash"] = "0" * 64


@pytest.mark.parametrize("edit", [_change_detail, _drop_entry, _relink])
def test_a_history_that_does_not_recompute_is_the_verdict_in_every_reader(
    qtbot: Any,
    check: Any,
    full_pack: tuple[Path, PackResult],
    key: Ed25519PrivateKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edit: Any,
) -> None:
    """The files are exactly as signed, but the history inside does not recompute: no reader
    may say the pack checks out without saying, as prominently, that its history does not."""
    from diary.cli import run
    from ui.pack_viewer import PackViewer

    bad = forge_history(full_pack[0], tmp_path / "history.zip", key, edit)
    verdict = verify_pack(bad)
    assert verdict.files_intact and not verdict.ok and verdict.problems == []
    assert verdict.history_problems
    # The page: the verdict itself, in verify's words; the same sentences, the warning above.
    seen = check(bad)
    assert (seen.kind, seen.title, seen.text) == ("bad", NOT_OK, HISTORY_NOT_OK)
    assert seen.problems == verdict.history_problems
    assert INTACT not in seen.whole and "checks out," not in seen.whole
    assert seen.page.inner_text("#reader-warning").startswith("This pack did not check out")
    if edit is _change_detail:
        shot(seen.page, tmp_path, "check-page-history.png", "#verdict")
    seen.page.click("#tab-audit")
    assert seen.page.inner_text("#history") == " ".join(verdict.history_problems)
    seen.page.fill("#expect", seen.code)
    assert read_verdict(seen.page).match.startswith("The codes match, but the pack does not")
    # The app's viewer: the same words, in red.
    viewer = PackViewer()
    qtbot.addWidget(viewer)
    viewer.show_verdict(verdict)
    assert viewer.verdict.text() == "\n".join([seen.text, *(f"• {p}" for p in seen.problems)])
    assert viewer.verdict_box.objectName() == "verdictBad"
    viewer.expected_code.setText(seen.code)
    assert viewer.compare_result.text() == read_verdict(seen.page).match
    # daybook verify: the same sentence as its verdict, nothing "intact" anywhere, exit 7.
    assert run(["verify", str(bad)]) == 7
    said = capsys.readouterr()
    assert said.err.splitlines()[0] == HISTORY_NOT_OK
    assert "intact" not in said.out + said.err and "checks out," not in said.out + said.err
    assert run(["verify", "--json", str(bad)]) == 7
    printed = json.loads(capsys.readouterr().out)
    assert printed["ok"] is False and printed["files_intact"] is True


def test_a_court_copy_that_withholds_history_details_says_how_many(
    check: Any, vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A court copy withholds the history entries that hold the person's own details (here the
    earlier packs made for someone named with the person's number): the page takes them by their
    hash, as verify does, and says how many in verify's words."""
    from diary.cli import run

    diary = Diary(vault)
    diary.update_profile(phones=("07700 900777",))
    diary.add_incident(IncidentInput(now(), description="He followed me to the bus stop."))
    export(vault, tmp_path / "a.zip", ExportChoices(for_whom="Mum, call 07700 900777"))
    one = tmp_path / "one.zip"
    export(vault, one, ExportChoices(profile="court"))
    single = history_words(verify_pack(one))
    assert single.endswith(
        "This copy withholds what 1 of those entries records, as it holds the person's own "
        "details; it is taken by its hash."
    )
    assert check(one).text.endswith(single)
    export(vault, tmp_path / "b.zip", ExportChoices(for_whom="Me (07700900777)"))
    court = tmp_path / "court.zip"
    export(vault, court, ExportChoices(profile="court"))
    audit = json.loads(read_zip(court)["manifest.json"])["audit"]
    assert sum(e["detail"] is None for e in audit) == 2
    verdict = verify_pack(court)
    assert verdict.ok and verdict.history_withheld == 2
    words = history_words(verdict)
    assert words.endswith(
        "This copy withholds what 2 of those entries record, as they hold the person's own "
        "details; they are taken by their hashes."
    )
    seen = check(court)
    assert seen.kind == "ok" and seen.text.endswith(words)
    seen.page.click("#tab-audit")
    assert seen.page.inner_text("#history") == words
    # A code noted before the withheld entries is still found.
    seen.page.fill("#history-code", checkcode.history_code(audit[0]["hash"]))
    assert seen.page.inner_text("#history-match").startswith("That code is entry 1")
    assert run(["verify", str(court)]) == 0
    assert words in " ".join(capsys.readouterr().out.split("\n"))
    # A history changed around the withheld entries still fails, in verify's words.
    bad = forge_history(court, tmp_path / "bad.zip", Ed25519PrivateKey.generate(), _relink)
    seen = check(bad)
    assert seen.kind == "bad" and seen.problems == python_problems(bad) != []


def test_older_packs_say_their_history_cannot_be_recomputed(check: Any) -> None:
    golden = Path(__file__).resolve().parent.parent / "golden" / "packs" / "golden-v1-full.zip"
    verdict = verify_pack(golden)
    assert verdict.ok and not verdict.history_checked
    seen = check(golden)
    assert seen.text.endswith(" " + history_words(verdict))
    assert history_words(verdict).startswith("This pack was made before packs carried")
    seen.page.click("#tab-audit")
    assert seen.page.inner_text("#history") == history_words(verdict)


def test_the_history_of_a_real_diary_checks_out_as_the_documented_script_says(
    check: Any, vault: Vault, tmp_path: Path
) -> None:
    diary = Diary(vault)
    number = diary.add_incident(IncidentInput(now(), description="Он был снаружи — «again»")).number
    edited = diary.get_incident(number).incident
    edited.description = "He was outside again, with a friend 👀"
    diary.edit_incident(number, edited)
    diary.add_addendum(number, "I saw him later too.")
    export(vault, tmp_path / "first.zip", ExportChoices(for_whom='PC Jones "Ops" <team>'))
    pack = tmp_path / "pack.zip"
    export(vault, pack, ExportChoices(for_whom="Stalking advocate"))
    documented = subprocess.run(
        [sys.executable, str(chain_script(tmp_path)), str(pack)], capture_output=True, text=True
    )
    assert documented.returncode == 0, documented.stderr
    seen = check(pack)
    seen.page.click("#tab-audit")
    assert seen.page.inner_text("#history") == history_words(verify_pack(pack))
    assert "checks out" in history_words(verify_pack(pack))


def test_zones_are_named_as_the_report_names_them(browser: Any, page_file: Path) -> None:
    times = [
        "2024-03-02T21:30:00+00:00",
        "2024-04-10T12:00:00+01:00",
        "2024-07-01T12:00:00+00:00",
        "2024-01-01T12:00:00+01:00",
        "2024-01-01T12:00:00+05:30",
        "2024-01-01T12:00:00-04:00",
        "1970-01-01T12:00:00+01:00",
        "2024-03-31T00:30:00+00:00",
        "2024-03-31T01:30:00+01:00",
        "2024-10-27T01:30:00+01:00",
        "2024-10-27T01:30:00+00:00",
    ]
    page = open_page(browser, page_file)
    try:
        got = page.evaluate(
            "(ts) => ts.map((t) => daybookCheck.zoneLabel(t.slice(19), Date.parse(t)))", times
        )
    finally:
        page.close()
    assert got == [zone_label(datetime.fromisoformat(t)) for t in times]


def _version_99(manifest: dict[str, Any]) -> None:
    manifest["format_version"] = 99


def _no_pack_id(manifest: dict[str, Any]) -> None:
    del manifest["pack_id"]


def _other_exhibit_hash(manifest: dict[str, Any]) -> None:
    manifest["exhibits"][0]["sha256"] = "0" * 64


def _other_key(manifest: dict[str, Any]) -> None:
    other = Ed25519PrivateKey.generate().public_key()
    manifest["signing_key"]["fingerprint"] = signing.fingerprint(other)


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            _version_99,
            "manifest.json does not follow its schema at format_version: this page knows "
            "versions 1, 2 only.",
        ),
        (_no_pack_id, "manifest.json does not follow its schema at pack_id: it should be text."),
        (_other_exhibit_hash, "The SHA-256 of exhibit JS1 in manifest.json does not match {path}."),
        (_other_key, "manifest.json names a different signing key from the one in the pack."),
    ],
)
def test_a_manifest_without_its_essentials_fails_though_its_signatures_hold(
    check: Any,
    full_pack: tuple[Path, PackResult],
    key: Ed25519PrivateKey,
    tmp_path: Path,
    edit: Any,
    problem: str,
) -> None:
    # Signed again with the person's own key: every hash and signature holds, and only the
    # manifest's essentials (C4) can tell.
    manifest = json.loads(read_zip(full_pack[0])["manifest.json"])
    path = manifest["exhibits"][0]["path"]
    edit(manifest)
    changed = json.dumps(manifest, ensure_ascii=False, indent=2).encode() + b"\n"
    bad = resign(full_pack[0], tmp_path / "manifest.zip", {"manifest.json": changed}, key)
    seen = check(bad)
    assert seen.kind == "bad"
    assert seen.title == NOT_OK
    assert problem.format(path=path) in seen.problems
    assert not verify_pack(bad).ok  # daybook verify refuses it too
