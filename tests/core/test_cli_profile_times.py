"""The command line: `daybook profile`, `--to` as a whole day, the clock-change hours with
`--fold`, yes / no / not said, and "written at the time" by the one rule."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diary.cli.main import run

PASS = "a long passphrase"


def daybook(capsys: pytest.CaptureFixture[str], vault: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--vault", str(vault), "--passphrase-stdin", *args], stdin=io.StringIO(PASS + "\n"))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("TZ", "Europe/London")
    path = tmp_path / "v"
    assert daybook(capsys, path, "init", "--initials", "js", "--insecure-fast-kdf")[0] == 0
    return path


def test_profile_prints_sets_and_prints_as_json(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = daybook(capsys, cli_vault, "profile")
    assert code == 0 and "No details about you are kept yet" in out
    code, out, _ = daybook(
        capsys,
        cli_vault,
        "profile",
        "--name",
        "Jane Smith",
        "--phone",
        "07700 900999",
        "--phone",
        "+44 20 7946 0000",
        "--email",
        "jane@example.org",
        "--address",
        "14 Acacia Avenue, Leeds LS6 2AB",
        "--other",
        "AB12 CDE",
    )
    assert code == 0 and "Saved" in out and "07700 900999" in out
    code, out, _ = daybook(capsys, cli_vault, "profile", "--json")
    kept = json.loads(out)
    assert kept["name"] == "Jane Smith" and len(kept["phones"]) == 2
    assert kept["addresses"][0]["postcode"] == "LS6 2AB"
    code, _out, err = daybook(capsys, cli_vault, "profile", "--phone", "not a phone")
    assert code == 5 and "does not look like a phone number" in err
    assert (
        json.loads(daybook(capsys, cli_vault, "profile", "--json")[1])["phones"] == kept["phones"]
    )


def test_to_includes_the_whole_day(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-01 21:30", "--description", "late")
    code, out, _ = daybook(capsys, cli_vault, "list", "--to", "2024-03-01", "--json")
    assert code == 0 and len(json.loads(out)) == 1


def test_clock_change_hours(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = daybook(
        capsys, cli_vault, "add", "--occurred", "2024-03-31 01:30", "--description", "x"
    )
    assert code == 5 and "clocks went forward" in err
    code, _, err = daybook(
        capsys, cli_vault, "add", "--occurred", "2024-10-27 01:30", "--description", "x"
    )
    assert code == 5 and "--fold first" in err and "--fold second" in err
    code, _, _ = daybook(
        capsys,
        cli_vault,
        "add",
        "--occurred",
        "2024-10-27 01:30",
        "--fold",
        "second",
        "--description",
        "x",
    )
    assert code == 0
    out = daybook(capsys, cli_vault, "show", "INC-0001", "--json")[1]
    assert json.loads(out)["incident"]["occurred_start"].endswith("+00:00")


def test_dates_far_outside_reason_are_refused(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for when in ("1899-12-31", "9999-12-31"):
        code, _, err = daybook(capsys, cli_vault, "add", "--occurred", when, "--description", "x")
        assert code == 5 and ("before 1900" in err or "future" in err)


def test_told_to_stop_and_written_later(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    daybook(capsys, cli_vault, "add", "--occurred", "2023-01-10 20:00", "--description", "x")
    out = daybook(capsys, cli_vault, "show", "INC-0001")[1]
    assert "Told to stop: not said" in out
    assert "days later" in out and "at the time" not in out
    daybook(capsys, cli_vault, "edit", "INC-0001", "--told-to-stop", "no")
    assert "Told to stop: no" in daybook(capsys, cli_vault, "show", "INC-0001")[1]
    daybook(capsys, cli_vault, "edit", "INC-0001", "--told-to-stop")
    assert "Told to stop: yes" in daybook(capsys, cli_vault, "show", "INC-0001")[1]


def test_export_to_includes_the_whole_day(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import zipfile

    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-01 23:50", "--description", "late")
    daybook(capsys, cli_vault, "add", "--occurred", "2024-03-02 00:10", "--description", "next")
    out = tmp_path / "pack.zip"
    code, _, err = daybook(
        capsys, cli_vault, "export", "--out", str(out), "--from", "2024-03-01", "--to", "2024-03-01"
    )
    assert code == 0, err
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert [i["number"] for i in manifest["incidents"]] == ["INC-0001"]
    assert manifest["period"]["to"].startswith("2024-03-01T23:50")


def test_export_offers_the_unlinked_messages_appendix(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import zipfile
    from datetime import datetime

    from diary.records.service import Diary
    from diary.records.types import MessageInput
    from diary.timeutil import localise
    from diary.vault import Vault

    daybook(
        capsys,
        cli_vault,
        "add",
        "--occurred",
        "2024-03-01 20:00",
        "--person",
        "Mark",
        "--description",
        "x",
    )
    vault = Vault.open(cli_vault)
    vault.unlock(PASS)
    try:
        Diary(vault).add_messages(
            [
                MessageInput(
                    "SMS", "incoming", localise(datetime(2024, 3, 2, 9)), "hi", sender="Mark"
                )
            ],
            person="Mark",
        )
    finally:
        vault.lock()

    def appendix(*options: str) -> tuple[int, list[str]]:
        out = tmp_path / f"p{len(options)}{options[:1]}.zip"
        code, text, err = daybook(
            capsys, cli_vault, "export", "--out", str(out), "--json", *options
        )
        assert code == 0, err
        with zipfile.ZipFile(out) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        return manifest["counts"]["appendix_messages"], [
            w["what"] for w in json.loads(text)["withheld"]
        ]

    assert appendix()[0] == 1
    assert appendix("--unlinked-messages")[0] == 1
    count, left_out = appendix("--no-unlinked-messages")
    assert count == 0 and any("1 message from Mark not linked" in w for w in left_out)
