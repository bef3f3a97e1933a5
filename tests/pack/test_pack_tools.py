"""A fresh pack checks out with standard tools alone: sha256sum, openssl, ssh-keygen, qpdf, pdffonts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pack_sample import sample_input
from packtools import pdf_text, run

from diary.pack import signing
from diary.pack.model import PackResult
from diary.pack.names import UNLISTED
from tests.conftest import require_tool


@pytest.mark.parametrize("folder", ["full_dir", "court_dir"])
def test_sha256sum_strict(folder: str, request: pytest.FixtureRequest) -> None:
    where: Path = request.getfixturevalue(folder)
    out = run([require_tool("sha256sum"), "-c", "--strict", "SHA256SUMS"], cwd=where)
    assert out.returncode == 0, out.stdout + out.stderr
    out = run(
        [
            require_tool("openssl"),
            *("pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pem", "-rawin"),
            *("-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig"),
        ],
        cwd=where,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_listing_matches_every_file_but_the_signatures(full_dir: Path) -> None:
    listed = {line[66:] for line in (full_dir / "SHA256SUMS").read_text("utf-8").splitlines()}
    present = {p.relative_to(full_dir).as_posix() for p in full_dir.rglob("*") if p.is_file()}
    assert present - listed == set(UNLISTED)
    assert listed <= present
    lines = (full_dir / "SHA256SUMS").read_bytes().decode().splitlines()
    assert lines == sorted(lines, key=lambda line: line[66:])


def test_openssl_verifies_raw_signature(full_dir: Path) -> None:
    out = run(
        [
            require_tool("openssl"),
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "signing-key.pem",
            "-rawin",
            "-in",
            "SHA256SUMS",
            "-sigfile",
            "SHA256SUMS.sig",
        ],
        cwd=full_dir,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert b"Signature Verified Successfully" in out.stdout


def test_ssh_keygen_verifies_sshsig(full_dir: Path) -> None:
    out = run(
        [
            require_tool("ssh-keygen"),
            "-Y",
            "verify",
            "-f",
            "allowed_signers",
            "-I",
            "daybook",
            "-n",
            "daybook-evidence-pack",
            "-s",
            "SHA256SUMS.sshsig",
        ],
        cwd=full_dir,
        stdin=(full_dir / "SHA256SUMS").read_bytes(),
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_fingerprint_matches_ssh_keygen(full_dir: Path, full_pack: tuple[Path, PackResult]) -> None:
    out = run([require_tool("ssh-keygen"), "-l", "-f", "signing-key.pub"], cwd=full_dir)
    assert out.returncode == 0
    fp = out.stdout.decode().split()[1]
    manifest = json.loads((full_dir / "manifest.json").read_text("utf-8"))
    assert manifest["signing_key"]["fingerprint"] == fp
    assert fp in pdf_text(full_dir / "report.pdf")


def test_readme_computes_the_check_code_from_the_key_file_and_never_prints_one(
    full_dir: Path, full_pack: tuple[Path, PackResult]
) -> None:
    """README.txt is inside the pack: a code printed there proves nothing, so it shows how to
    work the code out from signing-key.pub with standard tools instead."""
    readme = (full_dir / "README.txt").read_text("utf-8")
    code = full_pack[1].key_check_code
    manifest = json.loads((full_dir / "manifest.json").read_text("utf-8"))
    assert manifest["signing_key"]["check_code"] == code
    assert code not in readme and manifest["signing_key"]["fingerprint"] not in readme
    (command,) = [
        line.strip() for line in readme.splitlines() if line.strip().startswith("python3")
    ]
    out = run([require_tool("sh"), "-c", command], cwd=full_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode().strip() == code
    assert "daybook verify --expect-key CODE" in readme


def test_exhibits_are_byte_exact_with_safe_names(full_dir: Path) -> None:
    data = sample_input()
    names = sorted(p.name for p in (full_dir / "exhibits").iterdir())
    assert names == [
        "JS1-IMG_2041.jpg",
        "JS2-WhatsApp-Chat-with-Mark.txt",
        "JS3-evil-name-script.png",
    ]
    for e in data.exhibits:
        [path] = (full_dir / "exhibits").glob(f"{e.ref}-*")
        assert path.read_bytes() == b"".join(e.open_original())
    assert not (full_dir / "exhibits-redacted").exists()


def test_qpdf_check(full_dir: Path) -> None:
    out = run([require_tool("qpdf"), "--check", "report.pdf"], cwd=full_dir)
    assert out.returncode == 0, out.stdout + out.stderr


def test_fonts_embedded_and_no_helvetica(full_dir: Path, court_dir: Path) -> None:
    for folder in (full_dir, court_dir):
        out = run([require_tool("pdffonts"), "report.pdf"], cwd=folder)
        rows = out.stdout.decode().splitlines()[2:]
        assert rows, "no fonts"
        for row in rows:
            assert "Helvetica" not in row and "Times" not in row, row
            assert row.split()[-5] == "yes", row  # emb column
        assert any("DejaVuSans" in r for r in rows)


def test_report_text_has_every_description_and_hash(full_dir: Path) -> None:
    text = pdf_text(full_dir / "report.pdf")
    data = sample_input()
    for i in data.incidents:
        assert " ".join(i.description.split()) in text, i.number
    for e in data.exhibits:
        assert e.sha256 in text, e.ref
    for section in (
        "A. Cover",
        "B. Summary",
        "C. Chronology",
        "D. Incidents",
        "E. Exhibits",
        "F. Audit log",
        "G. Impact on daily life",
    ):
        assert section in text or section.split(". ")[1] in text
    assert "Я знаю, где ты живёшь" in text and "Σε βλέπω κάθε πρωί" in text
    assert "Kept by the person; not a police statement" in text
    assert "source: JS2, line 1" in text  # messages carry their source reference


def test_report_pages_are_labelled_by_section(full_dir: Path) -> None:
    require_tool("pdftotext")
    pages = (
        run(["pdftotext", "-enc", "UTF-8", str(full_dir / "report.pdf"), "-"])
        .stdout.decode()
        .split("\f")
    )
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert "A1 · Cover" in pages[0] and f"page 1 of {total}" in pages[0]
    assert "B1 · Summary" in pages[1]
    assert all(f"of {total}" in p and "Evidence pack JS-" in p for p in pages)


def test_report_has_bookmarks(full_dir: Path) -> None:
    out = run([require_tool("qpdf"), "--json", "--json-key=outlines", "report.pdf"], cwd=full_dir)
    outlines = json.loads(out.stdout)["outlines"]
    titles = [o["title"] for o in outlines]
    assert titles[:3] == ["A. Cover", "B. Summary", "C. Chronology"]
    incidents = next(o for o in outlines if o["title"] == "D. Incidents")["kids"]
    assert [k["title"].split()[0] for k in incidents] == ["INC-0001", "INC-0002", "INC-0003"]


def test_private_notes_left_out_and_said(full_dir: Path) -> None:
    text = pdf_text(full_dir / "report.pdf")
    assert "my sister told him" not in text
    assert "Private notes on 1 incident" in text
    assert "my sister" not in (full_dir / "manifest.json").read_text("utf-8")


def test_zip_is_deterministic_in_order_and_times(
    full_pack: tuple[Path, PackResult], tmp_path: Path
) -> None:
    from diary.pack.build import build_pack

    key = signing.load_private_key(bytes(range(32)))
    a = build_pack(sample_input(), key, tmp_path / "a.zip", pack_id="JS-X")
    b = build_pack(sample_input(), key, tmp_path / "b.zip", pack_id="JS-X")
    with zipfile.ZipFile(a.path) as za, zipfile.ZipFile(b.path) as zb:
        assert [i.filename for i in za.infolist()] == [i.filename for i in zb.infolist()]
        assert {i.date_time for i in za.infolist()} == {(2024, 4, 10, 11, 0, 0)}
        for i in za.infolist():
            assert za.read(i) == zb.read(i.filename), i.filename
    assert a.sums_sha256 == b.sums_sha256


def test_readme_listing_check_works_and_catches_an_added_file(
    court_dir: Path, tmp_path: Path
) -> None:
    import shutil

    bash = require_tool("bash")
    readme = (court_dir / "README.txt").read_text("utf-8").replace("\r\n", "\n")
    start = readme.index("diff <(")
    command = readme[start : readme.index("\n\n", start)].replace("\\\n", " ")
    out = run([bash, "-c", command], cwd=court_dir)
    assert out.returncode == 0 and out.stdout == b"", out.stdout
    copy = tmp_path / "copy"
    shutil.copytree(court_dir, copy)
    (copy / "exhibits-redacted" / "planted.jpg").write_bytes(b"x")
    out = run([bash, "-c", command], cwd=copy)
    assert out.returncode != 0 and b"planted.jpg" in out.stdout
