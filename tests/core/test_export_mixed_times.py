"""Packs from records whose times mix zones, precisions and sources (issue 8, section 7).

Chat exports record clock times without a zone, e-mail and SMS backups carry one; an
incident linked to both once crashed the export ("can't compare offset-naive and
offset-aware datetimes"). Every export path must order them together.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.exporting import ExportChoices, export
from diary.importing import import_file
from diary.pack.verify import verify_pack
from diary.records import Diary, IncidentInput, MessageInput
from diary.records.types import PRECISIONS
from diary.suggest import Suggestion, draft_incident
from diary.timeutil import order_key, parse_user_time
from diary.vault import Vault

CHAT = b"12/03/2024, 21:02 - Sam: Why are you ignoring me\n12/03/2024, 21:40 - Sam: Answer me\n"
EMAIL = (
    b"From: Sam <sam@example.org>\r\n"
    b"To: Jo <jo@example.com>\r\n"
    b"Subject: again\r\n"
    b"Date: Tue, 12 Mar 2024 21:30:00 +0000\r\n"
    b"Message-ID: <mixed@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"I saw you at the cafe.\r\n"
)


def test_an_incident_linked_to_email_and_whatsapp_messages_exports(
    vault: Vault, tmp_path: Path
) -> None:
    (tmp_path / "chat.txt").write_bytes(CHAT)
    (tmp_path / "mail.eml").write_bytes(EMAIL)
    # One date that reads the same number of days in order either way: the person says.
    import_file(Diary(vault), tmp_path / "chat.txt", person="Sam", date_order="dmy")
    import_file(Diary(vault), tmp_path / "mail.eml", person="Sam")
    messages = Diary(vault).list_messages()
    assert {m.sent_at.tzinfo is None for m in messages} == {True, False}
    number = (
        Diary(vault)
        .add_incident(
            IncidentInput(
                occurred_start=parse_user_time("2024-03-12 21:00"), description="All night"
            )
        )
        .number
    )
    Diary(vault).link_messages(number, [m.id for m in messages])
    for profile in ("full", "court"):
        pack = tmp_path / f"{profile}.zip"
        export(vault, pack, ExportChoices(profile=profile))
        assert verify_pack(pack).ok
        manifest = json.loads(zipfile.ZipFile(pack).read("manifest.json"))
        bodies = [m["body"] for m in manifest["messages"]]
        assert len(bodies) == 3
        times = [datetime.fromisoformat(m["sent_at"]) for m in manifest["messages"]]
        assert times == sorted(times, key=order_key)


def test_a_suggestion_whose_ends_differ_in_kind_makes_an_aware_incident() -> None:
    suggestion = Suggestion(
        day=date(2024, 3, 12),
        channel="whatsapp",
        first=datetime(2024, 3, 12, 21, 1, tzinfo=UTC),
        last=datetime(2024, 3, 12, 21, 30),
        message_ids=(1, 2),
        messages=2,
        calls=0,
        behaviours=("ST2.2",),
        person="Sam",
        sources=(),
    )
    draft = draft_incident(suggestion)
    assert draft.occurred_start.tzinfo is not None
    assert draft.occurred_end is not None and draft.occurred_end.tzinfo is not None


# -- Hypothesis: any mix of zones, precisions and sources ---------------------------------------

ZONES = st.sampled_from(
    [
        None,  # a clock time, as chat exports and photos record it
        UTC,
        ZoneInfo("Europe/London"),
        timezone(timedelta(hours=5, minutes=30)),
        timezone(timedelta(hours=-5)),
        timezone(timedelta(hours=14)),
    ]
)
SOURCES = st.sampled_from(["whatsapp", "email", "sms", "telegram", "call"])


@st.composite
def moments(draw: st.DrawFn, *, allow_naive: bool) -> datetime:
    clock = draw(st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2024, 12, 31)))
    zone = draw(ZONES)
    if zone is None:
        return clock if allow_naive else clock.astimezone()
    return clock.replace(tzinfo=zone, microsecond=0)


@st.composite
def records(draw: st.DrawFn) -> tuple[list[IncidentInput], list[list[MessageInput]]]:
    incidents, linked = [], []
    for n in range(draw(st.integers(1, 3))):
        incidents.append(
            IncidentInput(
                occurred_start=draw(moments(allow_naive=False)),
                precision=draw(st.sampled_from(PRECISIONS)),
                description=f"Incident {n}",
            )
        )
        linked.append(
            [
                MessageInput(
                    channel=draw(SOURCES),
                    direction=draw(st.sampled_from(["incoming", "outgoing"])),
                    sent_at=draw(moments(allow_naive=True)),
                    body=f"message {n}.{m}",
                    sender="Sam",
                    kind="message",
                )
                for m in range(draw(st.integers(0, 3)))
            ]
        )
    return incidents, linked


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(records(), st.sampled_from(["full", "court"]))
def test_packs_from_mixed_times_export_verify_and_keep_order(
    drawn: tuple[list[IncidentInput], list[list[MessageInput]]], profile: str
) -> None:
    incidents, linked = drawn
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(
            Path(folder) / "v", "a long enough passphrase", initials="JS", insecure_fast_kdf=True
        )
        try:
            diary = Diary(vault)
            for incident, messages in zip(incidents, linked, strict=True):
                number = diary.add_incident(incident).number
                before = {m.id for m in diary.list_messages()}
                diary.add_messages(messages, person="Sam")
                added = [m.id for m in diary.list_messages() if m.id not in before]
                diary.link_messages(number, added)
            pack = Path(folder) / "pack.zip"
            export(vault, pack, ExportChoices(profile=profile))
            verdict = verify_pack(pack)
            assert verdict.ok, verdict.problems
            manifest = json.loads(zipfile.ZipFile(pack).read("manifest.json"))
        finally:
            vault.lock()
    sent = [datetime.fromisoformat(m["sent_at"]) for m in manifest["messages"]]
    assert sent == sorted(sent, key=order_key)
    assert len(manifest["incidents"]) == len(incidents)
    assert len(sent) == sum(len(m) for m in linked)
