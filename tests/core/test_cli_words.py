"""What the command line prints: safe on a terminal whatever was imported, plain words with the
right plurals, the codes explained, and attachments that are empty or already there said so."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from diary.cli.output import visible
from diary.errors import ExitCode
from diary.records import Diary, IncidentInput, MessageInput
from diary.vault import Vault
from diary.words import plural
from tests.cliproc import in_process

PASS = "a long passphrase here"
STRONG = "lantern orbit walrus quietly 1987"
NASTY = "hi\x1b]0;owned\x07 \x1b[2J\u202egpj.exe\x9b31m\rgone"


def daybook(vault: Path | str, *args: str, stdin: str = PASS + "\n") -> tuple[int, str, str]:
    return in_process(vault, *args, stdin=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "d"
    vault, _ = Vault.create(path, PASS, initials="JS", insecure_fast_kdf=True)
    vault.lock()
    return path


def fill(folder: Path) -> None:
    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        diary = Diary(vault)
        when = datetime(2024, 3, 1, 21, 30).astimezone()
        diary.add_incident(
            IncidentInput(
                occurred_start=when,
                description=NASTY,
                location=NASTY,
                coordinates=(51.501, -0.142),
            )
        )
        diary.add_messages(
            [
                MessageInput(
                    channel="sms", direction="incoming", sender=NASTY, sent_at=when, body=NASTY
                )
            ]
        )
    finally:
        vault.lock()


def dangerous(text: str) -> list[str]:
    return [c for c in text if c in "\x1b\x07\x9b\r\u202e"]


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "INC-0001"],
        ["messages"],
        ["people"],
        ["list", "--json"],
        ["messages", "--json"],
    ],
)
def test_imported_text_cannot_drive_the_terminal(folder: Path, args: list[str]) -> None:
    fill(folder)
    code, out, err = daybook(folder, *args)
    assert code == 0, err
    assert dangerous(out) == [] and dangerous(err) == []
    if "--json" not in args and args != ["people"]:
        assert "\\x1b" in out and "\\u202e" in out
    if "--json" in args:
        # The JSON still reads back to exactly what was stored.
        item = json.loads(out)[0]
        assert NASTY in (item.get("body"), item.get("location"))


def test_visible_keeps_ordinary_text_and_line_breaks() -> None:
    assert visible("Café — naïve 😀, 日本") == "Café — naïve 😀, 日本"
    assert visible("one\ntwo", lines=True) == "one\ntwo"
    assert visible("one\ntwo") == "one two"
    assert visible("a\x00b\x7fc\u2066d") == "a\\x00b\\x7fc\\u2066d"


def test_show_prints_the_map_position(folder: Path) -> None:
    fill(folder)
    code, out, _ = daybook(folder, "show", "INC-0001")
    assert code == 0 and "Map:" in out and "51.501000, -0.142000" in out


def test_an_empty_diary_says_it_is_empty(folder: Path) -> None:
    assert daybook(folder, "list")[1].strip().startswith("Your diary is empty")
    assert "no messages in your diary yet" in daybook(folder, "messages")[1]
    assert "no people in your diary yet" in daybook(folder, "people")[1]
    assert "No files are kept" in daybook(folder, "exhibits")[1]
    fill(folder)
    assert daybook(folder, "list", "--search", "zebra")[1].strip() == "No incidents match."


def test_a_blank_incident_number_is_asked_for_not_searched(folder: Path) -> None:
    code, _, err = daybook(folder, "show", " ")
    assert code == ExitCode.BAD_INPUT
    assert "  " not in err and "e.g. INC-0001" in err


def test_plurals() -> None:
    assert plural(1, "incident") == "1 incident"
    assert plural(2, "picture") == "2 pictures"
    assert plural(0, "person") == "0 people"
    assert plural(1, "entry", "entries") == "1 entry"
    assert plural(1200, "message") == "1,200 messages"


def test_one_failed_attempt_is_said_in_the_singular(folder: Path) -> None:
    assert daybook(folder, "list", stdin="wrong\n")[0] == ExitCode.WRONG_PASSPHRASE
    _, _, err = daybook(folder, "list")
    assert "1 unsuccessful attempt to open" in err and "(s)" not in err


def test_fingerprint_gives_both_codes_and_says_what_they_are_for(folder: Path) -> None:
    from diary import checkcode

    code, out, _ = daybook(folder, "fingerprint")
    assert code == 0
    assert "check code" in out and "history code" in out
    assert "separately" in out and "unchanged" in out
    data = json.loads(daybook(folder, "fingerprint", "--json")[1])
    assert checkcode.normalise(data["check_code"]) == data["check_code"]
    assert checkcode.normalise(data["history_code"]) == data["history_code"]
    assert data["check_code"] in out and data["history_code"] in out
    assert data["events"] >= 1 and data["fingerprint"]


def test_an_empty_file_is_kept_with_a_warning_and_the_same_file_twice_is_not_stored_again(
    folder: Path, tmp_path: Path
) -> None:
    fill(folder)
    empty = tmp_path / "blank.jpg"
    empty.write_bytes(b"")
    code, out, err = daybook(folder, "attach", "INC-0001", str(empty))
    assert code == 0 and "JS1" in out
    assert "empty (0 bytes)" in err
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 picture bytes")
    copy = tmp_path / "copy of photo.jpg"
    copy.write_bytes(photo.read_bytes())
    assert daybook(folder, "attach", "INC-0001", str(photo))[0] == 0
    code, out, err = daybook(folder, "attach", "INC-0001", str(copy))
    assert code == 0
    assert "already kept with INC-0001 as exhibit JS2" in err and out == ""
    exhibits = json.loads(daybook(folder, "exhibits", "--json")[1])
    assert [e["ref"] for e in exhibits] == ["JS1", "JS2"]
    vault = Vault.open(folder)
    vault.unlock(PASS)
    try:
        assert vault.check() == []  # the second copy's encrypted bytes were removed again
        assert len(vault.blobs.all_ids()) == 2
    finally:
        vault.lock()


@pytest.mark.parametrize("command", ["init", "passwd", "recover"])
def test_new_passphrases_follow_the_apps_strength_rule(
    tmp_path: Path, folder: Path, command: str
) -> None:
    target = tmp_path / "new" if command == "init" else folder
    if command == "recover":
        vault, key = Vault.create(tmp_path / "r", PASS, insecure_fast_kdf=True)
        vault.lock()
        target = tmp_path / "r"
        lines = [key]
    else:
        lines = [] if command == "init" else [PASS]
    extra = ["--insecure-fast-kdf"] if command == "init" else []
    weak_input = "\n".join([*lines, "password1"]) + "\n"
    code, _, err = daybook(target, command, *extra, stdin=weak_input)
    assert code == ExitCode.BAD_INPUT and "could be guessed" in err and "--allow-weak" in err
    if command == "init":
        assert not target.exists()
    code, _, err = daybook(target, command, *extra, "--allow-weak-passphrase", stdin=weak_input)
    assert code == 0, err
    assert "could be guessed" in err  # it says what it costs
    strong_input = "\n".join([*lines, STRONG]) + "\n"
    if command == "init":
        target = tmp_path / "another"
    elif command == "passwd":
        strong_input = f"password1\n{STRONG}\n"
    code, _, err = daybook(target, command, *extra, stdin=strong_input)
    assert code == 0, err
    assert "could be guessed" not in err


def test_a_folder_of_one_picture_is_counted_in_the_singular(folder: Path, tmp_path: Path) -> None:
    from PIL import Image

    pictures = tmp_path / "Screenshots"
    pictures.mkdir()
    Image.new("RGB", (8, 8), "red").save(pictures / "Screenshot_20240301-213015.png")
    code, out, err = daybook(folder, "import", str(pictures))
    assert code == 0, err
    assert "Screenshots: 1 picture kept, 0 were already in your diary." in out
    code, out, err = daybook(folder, "import", str(pictures))
    assert code == 0, err
    assert "Screenshots: 0 pictures kept, 1 was already in your diary." in out


def test_no_words_are_counted_with_brackets_anywhere() -> None:
    """ "1 condition(s)" reads as a machine talking: every count goes through diary.words.plural."""
    import ast
    import re

    root = Path(__file__).resolve().parents[2]
    bracketed = re.compile(r"[a-z]\((s|es)\)")
    found = []
    for path in [*(root / "diary").rglob("*.py"), *(root / "ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and bracketed.search(text):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {text!r}")
    assert found == []


def test_what_a_pack_holds_cannot_drive_the_terminal_of_whoever_verifies_it(
    folder: Path, tmp_path: Path
) -> None:
    """A pack is input too: whatever its maker wrote in it is shown, never obeyed."""
    fill(folder)
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    code, _, err = daybook(folder, "export", "--out", str(first))
    assert code == 0, err
    code, _, err = daybook(folder, "edit", "INC-0001", "--description", f"now {NASTY}")
    assert code == 0, err
    code, _, err = daybook(folder, "add", "--occurred", "2024-03-02", "--description", NASTY)
    assert code == 0, err
    assert daybook(folder, "export", "--out", str(second))[0] == 0
    code, out, err = daybook(folder, "verify", str(second), "--since", str(first))
    assert code == 0, err
    assert "Revised since" in out and "\\x1b" in out
    assert dangerous(out) == [] and dangerous(err) == []


def test_a_statement_holding_control_characters_is_still_written_and_shows_them() -> None:
    """A Word file cannot hold most control characters; text holding them (typed, pasted or
    imported) once made every export fail with 'Something unexpected'."""
    import io

    from docx import Document

    from diary.pack.statement_docx import statement_docx_bytes
    from diary.records.court_types import StatementInput, StatementParagraph

    statement = StatementInput(
        case_title="Case\x0c title",
        witness="Jo\x00 Smith",
        paragraphs=[StatementParagraph(text=f"He wrote {NASTY} JS1", exhibits=["JS1"])],
    )
    document = Document(io.BytesIO(statement_docx_bytes(statement)))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "He wrote hi\\x1b]0;owned\\x07 \\x1b[2J" in text
    assert "Jo\\x00 Smith" in text and "Case\\x0c title" in text


def test_what_was_typed_or_imported_about_people_orders_and_risk_is_shown_not_obeyed(
    folder: Path,
) -> None:
    steps = [
        ["person", "add", NASTY, "--alias", NASTY],
        ["person", "show", NASTY],
        ["order", "add", "--kind", "non-molestation", "--made", "2024-02-01", "--condition", NASTY],
        ["order", "edit", "ORD-1", "--notes", NASTY],
        ["order", "show", "ORD-1"],
        ["risk", "set", "turning-up", "yes", "--note", NASTY],
        ["risk", "show"],
        ["profile", "--name", NASTY],
    ]
    for args in steps:
        code, out, err = daybook(folder, *args)
        assert code == 0, (args, err)
        assert dangerous(out) == [] and dangerous(err) == [], args
        assert "\\x1b" in out or args[1] == "edit", args


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--occurred", NASTY],
        ["add", "--occurred", "2024-03-01", "--behaviour", NASTY],
        ["show", NASTY],
        ["export", "--out", f"/{NASTY}/p.zip"],
    ],
)
def test_bad_input_is_repeated_back_visibly(folder: Path, args: list[str]) -> None:
    code, out, err = daybook(folder, *args)
    assert code in (ExitCode.BAD_INPUT, ExitCode.NOT_FOUND), err
    assert dangerous(out) == [] and dangerous(err) == [] and "\\x1b" in err
