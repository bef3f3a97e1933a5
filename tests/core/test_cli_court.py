"""The court commands from the command line: orders and breaches, risk answers, the statement
and what is known about a person, each with --json and plain failures."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document

from diary.cli import run
from diary.errors import ExitCode

PASS = "a long passphrase"


def daybook(capsys: pytest.CaptureFixture[str], vault: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--vault", str(vault), "--passphrase-stdin", *args], stdin=io.StringIO(PASS + "\n"))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "v"
    code, _out, err = daybook(capsys, path, "init", "--initials", "JS", "--insecure-fast-kdf")
    assert code == 0, err
    return path


ORDER = [
    "order", "add", "--kind", "non-molestation", "--status", "in-force",
    "--court", "Family Court at Leeds", "--made", "2024-02-01", "--served", "2024-02-03",
    "--expires", "2025-02-01", "--ref", "LS24F00123", "--against", "Mark Ellison",
    "--condition", "Not to contact the applicant by any means",
    "--condition", "Not to come within 100 metres of her home",
]  # fmt: skip


def test_an_order_is_added_listed_shown_edited_and_ended(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = daybook(capsys, cli_vault, *ORDER)
    assert code == 0, err
    assert out.splitlines() == [
        "ORD-1",
        "ORD-1/1  Not to contact the applicant by any means",
        "ORD-1/2  Not to come within 100 metres of her home",
    ]
    code, out, _ = daybook(
        capsys, cli_vault, "add", "--occurred", "2024-03-05 21:30",
        "--description", "He stood at my gate", "--breach", "ord-1/2", "--breach", "ORD-1/1",
        "--reported-to", "Police;CAD 4411",
    )  # fmt: skip
    assert code == 0 and out.strip() == "INC-0001"
    code, out, _ = daybook(capsys, cli_vault, "show", "INC-0001")
    assert "Breach of:  ORD-1/2, ORD-1/1" in out
    code, out, _ = daybook(capsys, cli_vault, "order", "show", "ORD-1")
    assert code == 0
    assert "Family Court at Leeds" in out and "Against:    Mark Ellison" in out
    assert "Broken: INC-0001 5 Mar 2024 (Police CAD 4411)" in out
    code, out, _ = daybook(capsys, cli_vault, "order", "list")
    assert out.rstrip().endswith("2 conditions, 2 breaches")  # counted as words, not "(s)"
    code, out, _ = daybook(capsys, cli_vault, "order", "list", "--json")
    listed = json.loads(out)
    assert listed[0]["ref"] == "ORD-1"
    assert listed[0]["conditions"][1]["breaches"][0]["incident"] == "INC-0001"
    code, out, _ = daybook(
        capsys, cli_vault, "order", "edit", "ORD-1", "--condition-kind", "2=prohibition",
        "--reason", "2=INC-0001",
    )  # fmt: skip
    assert code == 0 and "revision 2" in out
    code, out, _ = daybook(capsys, cli_vault, "order", "show", "ORD-1", "--json")
    shown = json.loads(out)
    assert shown["conditions"][1]["kind"] == "prohibition"
    assert shown["conditions"][1]["reasons"] == ["INC-0001"]
    code, out, _ = daybook(capsys, cli_vault, "order", "end", "ORD-1", "--on", "2024-06-01")
    assert code == 0 and "ended on 1 Jun 2024" in out
    code, out, _ = daybook(capsys, cli_vault, "order", "list", "--status", "in-force")
    assert out.strip() == "No orders yet."
    # The edit without --breach keeps the breach; --no-breach clears it.
    code, out, _ = daybook(capsys, cli_vault, "edit", "INC-0001", "--fear", "8", "--json")
    assert json.loads(out)["incident"]["breaches"] == ["ORD-1/2", "ORD-1/1"]
    code, out, _ = daybook(capsys, cli_vault, "edit", "INC-0001", "--no-breach", "--json")
    assert json.loads(out)["incident"]["breaches"] == []


@pytest.mark.parametrize(
    ("args", "exit_code", "words"),
    [
        (["order", "show", "ORD-9"], ExitCode.NOT_FOUND, "no order ORD-9"),
        (["order", "show", "nine"], ExitCode.BAD_INPUT, "ORD-1"),
        (["order", "add", "--kind", "spo"], ExitCode.BAD_INPUT, "date it was made"),
        (["order", "add", "--kind", "asbo"], ExitCode.USAGE, "invalid choice"),
        (["order", "add", "--kind", "spo", "--made", "soon"], ExitCode.BAD_INPUT, "not a date"),
        (["order"], ExitCode.USAGE, "required"),
        (["add", "--occurred", "2024-03-05", "--breach", "ORD-1/1"], ExitCode.NOT_FOUND, "ORD-1/1"),
        (
            ["add", "--occurred", "2024-03-05", "--breach", "first one"],
            ExitCode.BAD_INPUT,
            "ORD-1/2",
        ),
        (["risk", "set", "fear", "maybe"], ExitCode.USAGE, "invalid choice"),
        (["statement"], ExitCode.BAD_INPUT, "--out"),
        (["statement", "--out", "x.pdf"], ExitCode.BAD_INPUT, ".docx"),
        (["person", "edit", "Nobody", "--phone", "1"], ExitCode.BAD_INPUT, "no one called"),
        (["person", "add", "X", "--told", "shoe:9=me"], ExitCode.USAGE, "not a kind of fact"),
    ],
)
def test_mistakes_are_one_plain_line(
    cli_vault: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    exit_code: int,
    words: str,
) -> None:
    code, _out, err = daybook(capsys, cli_vault, *args)
    assert code == exit_code, err
    assert words in err
    assert "Traceback" not in err
    lines = [
        line for line in err.strip().splitlines() if not line.startswith("Warning: this diary")
    ]
    assert len(lines) == 1


def test_an_order_in_force_may_end_in_the_future(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Most orders in force end some time ahead: --expires takes a day after today, while the
    day it was made or served cannot be in the future (a typing slip)."""
    ahead = (date.today() + timedelta(days=400)).isoformat()
    args = [*ORDER[: ORDER.index("--expires")], "--expires", ahead, *ORDER[ORDER.index("--ref") :]]
    code, out, err = daybook(capsys, cli_vault, *args)
    assert code == 0, err
    code, out, _ = daybook(capsys, cli_vault, "order", "show", "ORD-1", "--json")
    assert json.loads(out)["expires"] == ahead
    code, _out, err = daybook(capsys, cli_vault, "order", "edit", "ORD-1", "--served", ahead)
    assert code == ExitCode.BAD_INPUT and "in the future" in err
    code, _out, err = daybook(
        capsys, cli_vault, "order", "edit", "ORD-1", "--expires", "1066-10-14"
    )
    assert code == ExitCode.BAD_INPUT and "before 1900" in err


def test_risk_answers_show_no_score_and_say_what_they_are(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for day in ("01", "02", "03", "05"):
        daybook(
            capsys, cli_vault, "add", "--occurred", f"2024-03-{day} 08:00", "--behaviour", "OC1"
        )
    code, out, _ = daybook(capsys, cli_vault, "risk", "show")
    assert code == 0
    assert out.startswith(
        "Information for your risk assessment; this is not a completed S-DASH or DASH form"
    )
    assert "turning-up" in out and "4 times within seven days" in out
    assert "score" not in out.replace("there is no score", "")
    code, out, _ = daybook(
        capsys, cli_vault, "risk", "set", "turning-up", "yes", "--note", "Most mornings",
        "--use-suggestion",
    )  # fmt: skip
    assert code == 0 and "Yes" in out and "Linked: INC-0001, INC-0002, INC-0003, INC-0004" in out
    code, out, _ = daybook(capsys, cli_vault, "risk", "show", "--json")
    shown = json.loads(out)
    assert "not a completed S-DASH" in shown["note"]
    topic = next(t for t in shown["topics"] if t["topic"]["key"] == "turning-up")
    assert topic["answer"] == "yes" and topic["note"] == "Most mornings"
    assert len(shown["topics"]) == 11
    code, out, _ = daybook(capsys, cli_vault, "risk", "set", "turning-up", "not-said")
    assert "Not said" in out and "Most mornings" in out


def test_the_statement_is_written_as_a_docx(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    daybook(
        capsys, cli_vault, "add", "--occurred", "2024-03-01 21:30", "--person", "Mark Ellison",
        "--description", "He waited outside my flat", "--exact-words", "I'll be back",
    )  # fmt: skip
    out_file = tmp_path / "statement.docx"
    code, out, err = daybook(
        capsys, cli_vault, "statement", "--out", str(out_file), "--witness", "Jo Smith", "--save"
    )
    assert code == 0, err
    assert "revision 1" in out and "not signed" in out
    document = Document(str(out_file))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Witness: J Smith" in text
    assert "1ST WITNESS STATEMENT OF JO SMITH" in text
    assert "On Friday 1 March 2024 at 21:30: He waited outside my flat." in text
    assert "Mark Ellison said: “I'll be back”" in text
    assert "I believe that the facts stated in this witness statement are true." in text
    header = document.sections[0].header
    assert "DRAFT – to review with your advocate or solicitor" in header.paragraphs[0].text
    # The saved statement comes back, and --json prints it.
    code, out, _ = daybook(capsys, cli_vault, "statement", "--json")
    assert json.loads(out)["witness"] == "Jo Smith"


def test_facts_about_a_person_and_how_they_are_known(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = daybook(
        capsys, cli_vault, "person", "add", "Mark Ellison", "--role", "perpetrator",
        "--relationship", "ex-partner", "--phone", "07700 900123", "--vehicle", "ab12 cde",
        "--address", "4 Hill Street, Leeds", "--known", "phone:07700 900123",
        "--known", "relationship", "--told", "vehicle:ab12 cde=his sister",
    )  # fmt: skip
    assert code == 0, err
    assert "Relationship: ex-partner  [I know this]" in out
    assert "Phone numbers: +447700900123  [I know this]" in out
    assert "Vehicles: ab12 cde  [told by his sister]" in out
    assert "Known addresses: 4 Hill Street, Leeds" in out
    code, out, _ = daybook(
        capsys, cli_vault, "person", "edit", "Mark Ellison", "--alias", "Marky", "--json"
    )
    edited = json.loads(out)
    assert edited["aliases"] == ["Marky"] and edited["vehicles"] == ["ab12 cde"]
    assert edited["sources"]["vehicles:ab12 cde"] == {"told_by": "his sister"}
    code, out, _ = daybook(capsys, cli_vault, "person", "show", "marky")
    assert out.startswith("Mark Ellison  (perpetrator)")
    code, _out, err = daybook(capsys, cli_vault, "person", "add", "Mark Ellison")
    assert code == ExitCode.BAD_INPUT and "already" in err


def test_police_upload_from_the_command_line_says_the_shared_words(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from diary.pack.upload_words import UPLOAD_WORDS, lower_first

    code, out, _ = daybook(capsys, cli_vault, "export", "--help")
    # As printed, joined up again where argparse wrapped a line (at a space or after a hyphen).
    help_text = re.sub(r"-\s+", "-", " ".join(out.split()))
    assert "police-upload: " + lower_first(UPLOAD_WORDS["what"]) in help_text
    assert "(for police-upload: " + lower_first(UPLOAD_WORDS["where"]).rstrip(".") in help_text
    code, _out, err = daybook(
        capsys, cli_vault, "add", "--occurred", "2024-03-05 21:30", "--description", "At my gate"
    )
    assert code == 0, err
    folder = tmp_path / "upload"
    code, out, err = daybook(
        capsys, cli_vault, "export", "--profile", "police-upload", "--out", str(folder)
    )
    assert code == 0, err
    assert UPLOAD_WORDS["done"].format(folder=folder) in " ".join(out.split("\n"))
    assert (folder / "upload-1").is_dir() and (folder / "how-to-upload.txt").exists()


def test_police_upload_cannot_be_locked_and_nothing_is_written(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-05 21:30", "--description", "Gate")
    folder = tmp_path / "upload"
    code, _out, err = run(
        ["--vault", str(cli_vault), "--passphrase-stdin", "export", "--profile", "police-upload",
         "--out", str(folder), "--encrypt"],
        stdin=io.StringIO(PASS + "\nanother long pack passphrase\nanother long pack passphrase\n"),
    ), *capsys.readouterr()  # fmt: skip
    assert code == ExitCode.BAD_INPUT
    assert "cannot be locked with a passphrase" in err and "Traceback" not in err
    assert not folder.exists() and not folder.with_name("upload.age").exists()


def test_every_court_command_answers_in_json(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json everywhere: each court command prints one JSON document and nothing else."""
    steps = [
        [*ORDER, "--json"],
        ["order", "edit", "ORD-1", "--court", "Family Court at Bradford", "--json"],
        ["order", "list", "--json"],
        ["order", "show", "ORD-1", "--json"],
        ["order", "end", "ORD-1", "--on", "2025-01-01", "--json"],
        ["risk", "set", "fear", "yes", "--note", "Every day", "--json"],
        ["risk", "show", "--json"],
        ["person", "add", "Sam Jones", "--phone", "07700 900111", "--json"],
        ["person", "show", "Sam Jones", "--json"],
    ]
    said = []
    for args in steps:
        code, out, err = daybook(capsys, cli_vault, *args)
        assert code == 0, (args, err)
        said.append(json.loads(out))
    assert said[0]["ref"] == "ORD-1" and [c["ref"] for c in said[0]["conditions"]] == [
        "ORD-1/1",
        "ORD-1/2",
    ]
    assert said[1]["court"] == "Family Court at Bradford"
    assert said[4]["status"] == "ended" and said[4]["ended"] == "2025-01-01"
    assert said[8]["phones"] == ["+447700900111"]  # kept in one form, as typed numbers match
