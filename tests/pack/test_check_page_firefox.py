"""check-this-pack.html in a second browser engine: Debian's Firefox ESR (Gecko), driven
through Marionette (tests/pack/firefox.py). Issue 16 asks for Chrome/Edge, Firefox and
Safari; test_check_page.py covers Chromium in depth, and this checks the verdicts a reader
sees in Firefox on a fresh pack and on the tampered ones, word for word those of
`daybook verify`. (Safari needs a Mac: not tested here; docs/pack-format.md says so.)
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from firefox import Firefox, check_in_firefox, start_firefox
from test_check_page import (
    CHAT,
    INTACT,
    NOT_OK,
    SHOTS,
    UNTRUSTED,
    python_problems,
    raw_key,
    resign,
    rewrite,
)

from diary import checkcode
from diary.pack.checkpage import PAGE_NAME
from diary.pack.model import PackResult
from diary.pack.verify import history_words, verify_pack


@pytest.fixture(scope="module")
def firefox() -> Iterator[Firefox]:
    yield from start_firefox()


@pytest.fixture(scope="module")
def page_file(full_dir: Path) -> Path:
    return full_dir / PAGE_NAME


def only_the_page_and_its_pictures(seen: dict[str, Any]) -> None:
    asked = [u for u in seen["resources"] if not u.startswith(("file://", "blob:"))]
    assert asked == []


def test_fresh_pack_is_intact_in_firefox_with_the_check_code(
    firefox: Firefox,
    page_file: Path,
    full_pack: tuple[Path, PackResult],
    key: Ed25519PrivateKey,
    tmp_path: Path,
) -> None:
    seen = check_in_firefox(firefox, page_file, full_pack[0])
    # "ok", not "partial": Firefox checked the Ed25519 signatures itself (WebCrypto).
    assert seen["kind"] == "ok", (firefox.version, seen["problems"])
    assert seen["title"] == INTACT
    assert seen["problems"] == []
    assert seen["code"] == checkcode.key_check_code(raw_key(key))
    text = firefox.run("return document.querySelector('#verdict-text').textContent")
    assert text.endswith(history_words(verify_pack(full_pack[0])))
    only_the_page_and_its_pictures(seen)
    for folder in filter(None, [str(tmp_path), SHOTS]):
        out = Path(folder) / "check-page-verdict-firefox.png"
        firefox.screenshot("#verdict", out)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_expect_in_the_address_matches_in_firefox(
    firefox: Firefox, page_file: Path, full_pack: tuple[Path, PackResult], key: Ed25519PrivateKey
) -> None:
    code = checkcode.key_check_code(raw_key(key))
    seen = check_in_firefox(firefox, page_file, full_pack[0], f"?expect={code.lower()}")
    assert seen["kind"] == "ok"
    assert seen["match"] == "The codes match: this pack was signed by their Daybook."


def test_changed_exhibit_is_named_in_firefox(
    firefox: Firefox, page_file: Path, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    bad = rewrite(full_pack[0], tmp_path / "changed.zip", {CHAT: b"Nothing happened.\n"})
    seen = check_in_firefox(firefox, page_file, bad)
    assert seen["kind"] == "bad" and seen["title"] == NOT_OK
    assert f"{CHAT} has been changed: its SHA-256 does not match SHA256SUMS." in seen["problems"]
    assert seen["problems"] == python_problems(bad)


def test_glued_zip_is_refused_in_firefox(
    firefox: Firefox, page_file: Path, full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("report.pdf", b"%PDF-1.4 a different story")
    glued = tmp_path / "glued.zip"
    glued.write_bytes(full_pack[0].read_bytes() + other.getvalue())
    seen = check_in_firefox(firefox, page_file, glued)
    assert seen["kind"] == "bad" and seen["title"] == UNTRUSTED
    assert seen["problems"] == python_problems(glued)


def test_pack_resigned_with_another_key_does_not_match_the_code_given_in_firefox(
    firefox: Firefox,
    page_file: Path,
    full_pack: tuple[Path, PackResult],
    key: Ed25519PrivateKey,
    tmp_path: Path,
) -> None:
    # A forger with their own key changes a file and signs everything again: the hashes and
    # signatures hold, and only the check code tells.
    forger = Ed25519PrivateKey.generate()
    from diary.pack import signing

    public = forger.public_key()
    forged = resign(
        full_pack[0],
        tmp_path / "forged.zip",
        {
            CHAT: b"Nothing happened.\n",
            "signing-key.pub": (signing.public_key_openssh(public) + "\n").encode(),
            "signing-key.pem": signing.public_key_pem(public),
            "allowed_signers": (signing.allowed_signers_line(public) + "\n").encode(),
        },
        forger,
    )
    original = checkcode.key_check_code(raw_key(key))
    seen = check_in_firefox(firefox, page_file, forged, f"?expect={original}")
    assert seen["code"] == checkcode.key_check_code(raw_key(forger))
    assert seen["kind"] == "bad"
    assert seen["match"].startswith("The codes differ: this pack was NOT signed by the Daybook")
    assert seen["problems"] == verify_pack(forged, expect_key=original).problems
