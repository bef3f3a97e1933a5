"""Dates and times as people write them on the command line: the forms read, the day-first
order, a date alone as a day, bad dates as bad input (5), report dates checked, and the zone
shown when it is not the diary's own."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.cli import run
from diary.errors import ExitCode
from diary.timeutil import now, read_typed
from diary.vault import Vault
from tests.cliproc import in_process

PASS = "a long passphrase here"


@pytest.fixture(autouse=True)
def _london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    monkeypatch.delenv("DAYBOOK_DATE_ORDER", raising=False)


def daybook(vault: Path | str, *args: str, stdin: str = PASS + "\n") -> tuple[int, str, str]:
    return in_process(vault, *args, stdin=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "d"
    Vault.create(path, PASS, insecure_fast_kdf=True)[0].lock()
    return path


def added(folder: Path, *args: str) -> dict[str, object]:
    code, out, err = daybook(folder, "add", "--json", *args)
    assert code == 0, err
    incident = json.loads(out)["incident"]
    assert isinstance(incident, dict)
    return incident


@pytest.mark.parametrize(
    ("typed", "day", "clock"),
    [
        ("2024-03-01 21:30", date(2024, 3, 1), "21:30"),
        ("5 March 2024 20:15", date(2024, 3, 5), "20:15"),
        ("March 5, 2024 8:15pm", date(2024, 3, 5), "20:15"),
        ("5/3/24 9pm", date(2024, 3, 5), "21:00"),
        ("Tue 5th Mar 2024 at 9.30pm", date(2024, 3, 5), "21:30"),
    ],
)
def test_the_forms_people_write(folder: Path, typed: str, day: date, clock: str) -> None:
    incident = added(folder, "--occurred", typed)
    start = datetime.fromisoformat(str(incident["occurred_start"]))
    assert (start.date(), f"{start:%H:%M}") == (day, clock)
    assert incident["precision"] == "exact"


def test_relative_days_and_times(folder: Path) -> None:
    today = now().date()
    for typed, day, clock in (
        ("today 00:05", today, "00:05"),
        ("yesterday 9pm", today - timedelta(days=1), "21:00"),
        ("yesterday at 21:15", today - timedelta(days=1), "21:15"),
    ):
        start = datetime.fromisoformat(str(added(folder, "--occurred", typed)["occurred_start"]))
        assert (start.date(), f"{start:%H:%M}") == (day, clock), typed
    start = datetime.fromisoformat(str(added(folder, "--occurred", "now")["occurred_start"]))
    assert abs(start - now()) < timedelta(minutes=1)


def test_a_date_alone_is_a_day_not_midnight(folder: Path) -> None:
    assert added(folder, "--occurred", "2024-03-01")["precision"] == "day"
    assert added(folder, "--occurred", "1 March 2024")["precision"] == "day"
    assert added(folder, "--occurred", "2024-03-01", "--precision", "about")["precision"] == "about"
    _, out, _ = daybook(folder, "show", "INC-0001")
    assert "Fri 01 Mar 2024" in out and "00:00" not in out


def test_numeric_dates_are_day_first_unless_told(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = added(folder, "--occurred", "5/3/24 10:00")["occurred_start"]
    assert str(start).startswith("2024-03-05")
    start = added(folder, "--occurred", "5/3/24 10:00", "--date-order", "mdy")["occurred_start"]
    assert str(start).startswith("2024-05-03")
    monkeypatch.setenv("DAYBOOK_DATE_ORDER", "mdy")
    assert str(added(folder, "--occurred", "5/3/24 10:00")["occurred_start"]).startswith(
        "2024-05-03"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--occurred", "last tuesday"],
        ["add", "--occurred", "31/02/2024"],
        ["add", "--occurred", "1850-01-01"],
        ["add", "--occurred", "2999-01-01 10:00"],
        ["add", "--occurred", "2024-03-01", "--fear", "11"],
        ["add", "--occurred", "2024-03-01", "--coordinates", "north"],
        ["add", "--occurred", "2024-03-01", "--behaviour", "XX9"],
        ["add", "--occurred", "2024-03-01", "--reported-to", "Police;CAD 1;PC A;next week"],
        ["add", "--occurred", "2024-03-01", "--reported-to", "Police;CAD 1;PC A;2999-01-01"],
        ["add", "--occurred", "2024-03-01", "--reported-to", ";;;"],
        ["add", "--occurred", "2024-03-01", "--reported-to", " ;CAD 1"],
        ["list", "--from", "yesterdayish"],
        ["list", "--to", "1066-10-14"],
        ["messages", "--from", "32/13/2024"],
        ["export", "--out", "x.zip", "--from", "soon"],
    ],
)
def test_bad_dates_and_values_are_bad_input(folder: Path, args: list[str]) -> None:
    code, out, err = daybook(folder, *args)
    assert code == ExitCode.BAD_INPUT, err
    said = [line for line in err.strip().splitlines() if not line.startswith("Warning:")]
    assert len(said) == 1 and "Traceback" not in err
    assert out == ""


def test_report_dates_are_kept_as_days(folder: Path) -> None:
    incident = added(
        folder, "--occurred", "2024-03-01 21:30", "--reported-to", "Police;CAD 123;PC Ahmed;2/3/24"
    )
    assert incident["reports"] == [
        {"agency": "Police", "reference": "CAD 123", "officer": "PC Ahmed", "date": "2024-03-02"}
    ]


def test_the_add_help_lists_the_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["add", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for form in ("5 March 2024 20:15", "5/3/24", "yesterday 9pm", "8:15pm", "now", "--fold"):
        assert form in out


def test_the_zone_is_shown_only_when_it_is_not_the_diarys_own(folder: Path) -> None:
    added(folder, "--occurred", "2024-07-01T21:30:00+01:00")  # BST: London's own in July
    added(folder, "--occurred", "2024-07-02T21:30:00+02:00")  # on holiday in Spain
    _, out, _ = daybook(folder, "list")
    first, second = out.strip().splitlines()
    assert "UTC" not in first and "BST" not in first
    assert "21:30 (UTC+02:00)" in second
    _, out, _ = daybook(folder, "show", "INC-0002")
    assert "(UTC+02:00)" in out


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_every_written_form_reads_back_the_same_moment(day: date, hour: int, minute: int) -> None:
    want = datetime(day.year, day.month, day.day, hour, minute)
    half = "am" if hour < 12 else "pm"
    twelve = hour % 12 or 12
    for text, order in (
        (f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}", None),
        (f"{day.day} {day:%B %Y} {hour}:{minute:02d}", None),
        (f"{day:%B} {day.day}, {day.year} {twelve}:{minute:02d}{half}", None),
        (f"{day.day}/{day.month}/{day.year} {hour:02d}:{minute:02d}", "dmy"),
        (f"{day.month}/{day.day}/{day.year} {hour:02d}:{minute:02d}", "mdy"),
    ):
        assert read_typed(text, order) == (want, True), text  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_anything_typed_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        moment, has_time = read_typed(text)
    except ValueError:
        return
    assert isinstance(moment, datetime) and isinstance(has_time, bool)
