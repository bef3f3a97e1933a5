"""The `daybook` command line, driven as a person would: real vault, passphrases on standard input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from diary.cli import run
from diary.errors import ExitCode

PASS = "a long passphrase"


def daybook(
    capsys: pytest.CaptureFixture[str], vault: Path, *args: str, stdin: str = PASS + "\n"
) -> tuple[int, str, str]:
    code = run(["--vault", str(vault), "--passphrase-stdin", *args], stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "v"
    code, out, err = daybook(
        capsys,
        path,
        "init",
        "--initials",
        "jd",
        "--insecure-fast-kdf",
        "--allow-weak-passphrase",
        stdin=PASS + "\n",
    )
    assert code == 0, err
    assert "recovery key" in out.lower()
    assert "weak" in err
    return path


def test_init_shows_a_grouped_recovery_key_once(cli_vault: Path) -> None:
    assert (cli_vault / "keyslots").exists()


def test_init_can_write_the_recovery_key_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "key.txt"
    code, out, _ = daybook(
        capsys,
        tmp_path / "v2",
        "init",
        "--insecure-fast-kdf",
        "--allow-weak-passphrase",
        "--recovery-key-file",
        str(key_file),
    )
    assert code == 0
    key = key_file.read_text().strip()
    assert key not in out and "-" in key
    code, out, _ = daybook(
        capsys,
        tmp_path / "v2",
        "recover",
        "--allow-weak-passphrase",
        stdin=f"{key}\nnew passphrase\n",
    )
    assert code == 0, out
    code, _, _ = daybook(capsys, tmp_path / "v2", "list", stdin="new passphrase\n")
    assert code == 0


def test_add_show_edit_addendum_and_list(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = daybook(
        capsys,
        cli_vault,
        "add",
        "--occurred",
        "2024-03-01 21:30",
        "--ended",
        "2024-03-01 22:15",
        "--precision",
        "about",
        "--written-later",
        "--location",
        "Outside my flat",
        "--location-kind",
        "home",
        "--location-sensitive",
        "--coordinates",
        "51.5,-0.12",
        "--channel",
        "WhatsApp",
        "--account",
        "+44 7700 900123",
        "--behaviour",
        "st5",
        "--behaviour",
        "OC1",
        "--person",
        "Mark Ellison",
        "--how-identified",
        "saw",
        "--witness",
        "Priya Shah",
        "--description",
        "He waited outside for an hour",
        "--exact-words",
        "I'll be back",
        "--threats",
        "Said he would wait every night",
        "--third-parties",
        "Told my sister",
        "--fear",
        "8",
        "--impact",
        "missed_work",
        "--impact-text",
        "Stayed at mum's",
        "--told-to-stop",
        "--reported-to",
        "Police;CAD 123;PC Ahmed;2024-03-02",
        "--order-breached",
        "Non-molestation order",
        "--order-condition",
        "No contact",
        "--private-note",
        "I think he has a key",
    )
    assert (code, out.strip()) == (0, "INC-0001"), err
    code, out, _ = daybook(capsys, cli_vault, "show", "INC-0001", "--json")
    record = json.loads(out)["incident"]
    assert record["behaviours"] == ["ST5", "OC1"]
    assert record["perpetrators"] == [{"name": "Mark Ellison", "how_identified": "saw"}]
    assert record["reports"][0]["reference"] == "CAD 123"
    assert record["location_sensitive"] is True and record["written_later"] is True
    assert record["coordinates"] == [51.5, -0.12]

    code, out, _ = daybook(
        capsys, cli_vault, "edit", "INC-0001", "--description", "He waited two hours"
    )
    assert code == 0 and "revision 2" in out
    code, out, _ = daybook(capsys, cli_vault, "addendum", "INC-0001", "--text", "Neighbour saw him")
    assert code == 0
    code, out, _ = daybook(capsys, cli_vault, "show", "INC-0001")
    assert "He waited two hours" in out and "Neighbour saw him" in out and "Revisions:  2" in out
    code, out, _ = daybook(capsys, cli_vault, "list", "--search", "neighbour", "--json")
    assert [item["number"] for item in json.loads(out)] == ["INC-0001"]
    code, out, _ = daybook(capsys, cli_vault, "list", "--from", "2024-04-01")
    assert out.strip() == "No incidents match."

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg")
    code, out, _ = daybook(capsys, cli_vault, "attach", "INC-0001", str(photo), "--json")
    assert json.loads(out)[0]["ref"] == "JD1"
    code, out, _ = daybook(capsys, cli_vault, "check")
    assert code == 0 and "All is well" in out
    code, out, _ = daybook(capsys, cli_vault, "fingerprint", "--json")
    assert len(json.loads(out)["fingerprint"]) == 19


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["list"], "wrong\n", ExitCode.WRONG_PASSPHRASE),
        (["show", "INC-0099"], PASS + "\n", ExitCode.NOT_FOUND),
        (["add", "--occurred", "last tuesday"], PASS + "\n", ExitCode.BAD_INPUT),
        (["attach", "INC-0001", "/no/such/file"], PASS + "\n", ExitCode.BAD_INPUT),
        (["list"], "", ExitCode.BAD_INPUT),
        (
            ["init", "--insecure-fast-kdf", "--allow-weak-passphrase"],
            PASS + "\n",
            ExitCode.VAULT_EXISTS,
        ),
    ],
)
def test_failures_are_one_plain_line_with_a_distinct_code(
    cli_vault: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str,
    expected: int,
) -> None:
    code, _out, err = daybook(capsys, cli_vault, *args, stdin=stdin)
    assert code == expected
    lines = [line for line in err.splitlines() if not line.startswith("Warning:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err


def test_no_vault_has_its_own_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = daybook(capsys, tmp_path / "none", "list")
    assert code == ExitCode.NO_VAULT and "daybook init" in err


def test_a_damaged_header_is_not_called_a_wrong_passphrase(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = (cli_vault / "keyslots").read_bytes()
    (cli_vault / "keyslots").write_bytes(b"\x00" * 40)
    code, _, err = daybook(capsys, cli_vault, "list")
    assert code == 0, "a torn header should fall back to keyslots.bak"
    (cli_vault / "keyslots.bak").write_bytes(good[:100])
    code, _, err = daybook(capsys, cli_vault, "list")
    assert code == ExitCode.VAULT_DAMAGED, err
    assert "damaged" in err


def test_every_command_has_help() -> None:
    from diary.cli import COMMANDS

    for name in COMMANDS:
        result = subprocess.run(
            [sys.executable, "-m", "diary", name, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0, name
        assert "usage: daybook" in result.stdout


def test_every_option_and_argument_of_every_command_says_what_it_is() -> None:
    import argparse

    from diary.cli import build_parser

    silent: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{path} {name}")
            elif not action.help and not isinstance(action, argparse._HelpAction):
                silent.append(f"{path} {'/'.join(action.option_strings) or action.dest}")

    walk(build_parser(), "daybook")
    assert silent == []


def test_add_help_names_every_field() -> None:
    from diary.cli import build_parser

    text = build_parser()._subparsers._group_actions[0].choices["add"].format_help()  # type: ignore[union-attr]
    for option in [
        "--occurred", "--ended", "--precision", "--written-later", "--location",
        "--location-sensitive", "--channel", "--behaviour", "--person", "--witness",
        "--description", "--exact-words", "--fear", "--impact", "--reported-to", "--private-note",
    ]:  # fmt: skip
        assert option in text


def test_backup_and_restore_from_the_command_line(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-01", "--description", "kept")
    backup = tmp_path / "b.daybook"
    code, _, err = daybook(capsys, cli_vault, "backup", "--out", str(backup))
    assert code == 0, err
    target = tmp_path / "restored"
    code, out, err = daybook(capsys, target, "restore", str(backup))
    assert code == 0, err
    code, out, _ = daybook(capsys, target, "list")
    assert "kept" in out


def test_passwd_reads_old_then_new(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = daybook(
        capsys, cli_vault, "passwd", "--allow-weak-passphrase", stdin=f"{PASS}\nanother one\n"
    )
    assert code == 0, err
    assert daybook(capsys, cli_vault, "list")[0] == ExitCode.WRONG_PASSPHRASE
    assert daybook(capsys, cli_vault, "list", stdin="another one\n")[0] == 0


def test_demo_fills_a_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo"
    code, out, err = daybook(
        capsys, path, "demo", "--incidents", "30", "--messages", "50", "--photos", "2",
        "--insecure-fast-kdf",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = daybook(capsys, path, "list", "--json")
    items = json.loads(out)
    assert len(items) == 30
    assert len({code for item in items for code in item["behaviours"]}) >= 5
    months = {item["occurred_start"][:7] for item in items}
    assert len(months) >= 2


def test_import_and_messages(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("14/03/2024, 21:02 - Mark: Where are you\n14/03/2024, 21:09 - Mark: Answer\n")
    code, out, err = daybook(capsys, cli_vault, "import", str(chat), "--person", "Mark", "--json")
    assert code == 0, err
    (report,) = json.loads(out)
    assert (report["format"], report["added"], report["exhibit"]) == ("whatsapp", 2, "JD1")
    code, out, _ = daybook(capsys, cli_vault, "import", str(chat))
    assert "2 were already in your diary" in out
    code, out, _ = daybook(capsys, cli_vault, "messages", "--search", "answer", "--json")
    (message,) = json.loads(out)
    assert (message["source_ref"], message["position_label"], message["person"]) == (
        "JD1",
        "line 2",
        "Mark",
    )
    bad = tmp_path / "bad.xml"
    bad.write_text("<smses><sms address='1' date='zzz'")
    code, _, err = daybook(capsys, cli_vault, "import", str(bad))
    assert code == ExitCode.BAD_INPUT and "bad.xml" in err and "Traceback" not in err


def test_one_history_code_in_fingerprint_cover_readme_and_verify(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The diary's history code is one code: what `fingerprint` shows before an export is what
    the pack's cover and README.txt print and what `verify` works out from the pack's history."""
    import zipfile

    from tests.conftest import require_tool

    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-01 21:30", "--description", "x")
    code, out, err = daybook(capsys, cli_vault, "fingerprint", "--json")
    assert code == 0, err
    history = json.loads(out)["history_code"]
    pack = tmp_path / "p.zip"
    code, _out, err = daybook(capsys, cli_vault, "export", "--out", str(pack))
    assert code == 0, err
    with zipfile.ZipFile(pack) as zf:
        readme = zf.read("README.txt").decode()
        (tmp_path / "report.pdf").write_bytes(zf.read("report.pdf"))
    assert history in readme
    text = subprocess.run(
        [require_tool("pdftotext"), str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"History code {history}" in " ".join(text.split())
    code, out, err = daybook(capsys, cli_vault, "verify", str(pack))
    assert code == 0, err
    assert history in out
