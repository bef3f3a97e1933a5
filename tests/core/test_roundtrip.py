"""Hypothesis: whatever a person types into an incident comes back exactly, revisions included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.behaviours import BEHAVIOURS
from diary.records import IncidentInput, PersonRef, ReportMade
from diary.records.codec import incident_from_dict, incident_to_dict
from diary.records.service import Diary
from diary.vault import Vault

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
names = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=30
)
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda seconds, tz: datetime(2015, 1, 1, tzinfo=UTC).astimezone(tz)
    + timedelta(seconds=seconds),
    st.integers(0, 11 * 365 * 86400),  # refused more than a day ahead
    offsets,
)

incidents = st.builds(
    IncidentInput,
    occurred_start=moments,
    precision=st.sampled_from(["exact", "about", "day", "month"]),
    written_later=st.booleans(),
    location=text,
    location_kind=st.sampled_from(["", "home", "work", "online"]),
    location_sensitive=st.booleans(),
    channel=text,
    description=text,
    exact_words=text,
    behaviours=st.lists(st.sampled_from(sorted(BEHAVIOURS)), unique=True, max_size=5),
    perpetrators=st.lists(st.builds(PersonRef, names, st.sampled_from(["saw", ""])), max_size=2),
    fear=st.none() | st.integers(0, 10),
    told_to_stop=st.none() | st.booleans(),
    impact=st.lists(st.sampled_from(["sleep", "moved"]), unique=True),
    reports=st.lists(st.builds(ReportMade, text, text, text, text), max_size=2),
    private_note=text,
)


@given(incidents)
def test_codec_round_trip(data: IncidentInput) -> None:
    assert incident_from_dict(incident_to_dict(data)) == data


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=incidents, second=incidents)
def test_vault_round_trip_with_revisions(
    vault: Vault, first: IncidentInput, second: IncidentInput
) -> None:
    number = Diary(vault).add_incident(first).number
    stored = Diary(vault).get_incident(number)
    assert incident_to_dict(stored.incident) == incident_to_dict(first)
    Diary(vault).edit_incident(number, second)
    detail = Diary(vault).get_incident(number)
    assert incident_to_dict(detail.revisions[0].data) == incident_to_dict(first)
    assert incident_to_dict(detail.incident) == incident_to_dict(second)
