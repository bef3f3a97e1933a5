"""Answers on the risk topics: yes, no, not sure or not said, the person's notes and the incidents
that show it, with what the diary itself suggests. Never a score.

The topics and their wording are Daybook's own (court_types.RISK_TOPICS); the official
questionnaires' questions are copyrighted and are not reproduced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit
from diary.records.codec import content_hash
from diary.records.court_types import (
    RISK_ANSWERS,
    RISK_TOPICS,
    RiskAnswer,
    RiskSuggestion,
    risk_topic,
)
from diary.records.models import IncidentRow, RevisionRow, RiskAnswerRow, RiskIncidentRow
from diary.records.rows import incident_row
from diary.records.store import RecordStore
from diary.timeutil import from_text, now, to_text

TURNING_UP = ("OC1",)
WEEK = timedelta(days=7)
TIMES_IN_A_WEEK = 4  # "more than three times in a week"
HIGH_FEAR = 7


@dataclass(frozen=True)
class IncidentFacts:
    """What the suggestions read of one incident."""

    number: str
    occurred: datetime
    behaviours: tuple[str, ...]
    fear: int | None = None
    threats: str = ""

    def has(self, *codes: str) -> bool:
        return any(b == c or b.startswith(c + ".") for b in self.behaviours for c in codes)


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def busy_weeks(items: Sequence[IncidentFacts]) -> list[list[IncidentFacts]]:
    """Every run of at least four incidents within seven days, earliest first, not overlapping."""
    ordered = sorted(items, key=lambda i: i.occurred)
    weeks: list[list[IncidentFacts]] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1].occurred - ordered[start].occurred < WEEK:
            end += 1
        if end - start + 1 >= TIMES_IN_A_WEEK:
            weeks.append(ordered[start : end + 1])
            start = end + 1
        else:
            start += 1
    return weeks


def suggest(items: Iterable[IncidentFacts]) -> dict[str, RiskSuggestion]:
    """What the diary shows on each topic it can speak to; topics it cannot are left out.

    Each reason states a count from the diary, not a judgement: the person decides the answer.
    """
    facts = list(items)
    out: dict[str, RiskSuggestion] = {}

    def by_codes(key: str, codes: tuple[str, ...], what: str) -> None:
        found = [f for f in facts if f.has(*codes)]
        if found:
            out[key] = RiskSuggestion(
                f"{_count(len(found), 'entry records', 'entries record')} {what}.",
                tuple(f.number for f in found),
            )

    afraid = [f for f in facts if f.fear is not None and f.fear >= HIGH_FEAR]
    if afraid:
        out["fear"] = RiskSuggestion(
            f"Fear is rated {HIGH_FEAR} or more out of 10 in "
            f"{_count(len(afraid), 'entry', 'entries')}.",
            tuple(f.number for f in afraid),
        )
    by_codes("property", ("ST6",), "interference with property")
    weeks = busy_weeks([f for f in facts if f.has(*TURNING_UP)])
    if weeks:
        first = weeks[0]
        reason = (
            f"Turned up or approached {len(first)} times within seven days, "
            f"{_day(first[0].occurred)} to {_day(first[-1].occurred)}"
        )
        if len(weeks) > 1:
            reason += f", and in {_count(len(weeks) - 1, 'other week', 'other weeks')}"
        out["turning-up"] = RiskSuggestion(
            reason + ".", tuple(f.number for week in weeks for f in week)
        )
    by_codes("loitering", ("ST5", "ST7"), "loitering, watching or waiting nearby")
    threatened = [f for f in facts if f.has("OC2") or f.threats.strip()]
    if threatened:
        out["threats"] = RiskSuggestion(
            f"{_count(len(threatened), 'entry records', 'entries record')} threats. Whether "
            "they were threats of physical or sexual harm is not something the diary can tell.",
            tuple(f.number for f in threatened),
        )
    by_codes("people-around-you", ("OC4", "ST2.7"), "contact with family, friends or colleagues")
    by_codes("violence", ("OC3",), "physical or sexual violence")
    by_codes("helpers", ("OC5",), "someone else helping them")
    return out


def incident_facts(session: Session) -> list[IncidentFacts]:
    rows = session.execute(
        select(
            IncidentRow.number, IncidentRow.occurred_start, IncidentRow.behaviours, RevisionRow.data
        )
        .join(RevisionRow, RevisionRow.incident_id == IncidentRow.id)
        .where(RevisionRow.revision_no == IncidentRow.revision_count)
        .order_by(IncidentRow.occurred_sort)
    )
    facts: list[IncidentFacts] = []
    for number, occurred, behaviours, data in rows:
        raw = json.loads(data)
        fear = raw.get("fear")
        facts.append(
            IncidentFacts(
                number=number,
                occurred=from_text(occurred),
                behaviours=tuple(behaviours.split()),
                fear=fear if isinstance(fear, int) else None,
                threats=str(raw.get("threats") or ""),
            )
        )
    return facts


def normalise_answer(text: str) -> str:
    answer = text.strip().lower().replace(" ", "-").replace("_", "-")
    if answer in ("not-said", "unanswered", "clear"):
        answer = ""
    if answer not in RISK_ANSWERS:
        raise BadInput("The answer is yes, no or not sure.")
    return answer


class RiskRecords(RecordStore):
    """The person's answers on the risk topics."""

    def risk_answers(self, *, with_suggestions: bool = True) -> list[RiskAnswer]:
        """Every topic in order, answered or not, with what the diary suggests on it."""
        with self._session() as session:
            rows = {r.topic: r for r in session.execute(select(RiskAnswerRow)).scalars()}
            links: dict[str, list[str]] = {}
            for topic, number in session.execute(
                select(RiskIncidentRow.topic, IncidentRow.number)
                .join(IncidentRow, IncidentRow.id == RiskIncidentRow.incident_id)
                .order_by(IncidentRow.occurred_sort)
            ):
                links.setdefault(topic, []).append(number)
            suggestions = suggest(incident_facts(session)) if with_suggestions else {}
        answers: list[RiskAnswer] = []
        for topic in RISK_TOPICS:
            row = rows.get(topic.key)
            answers.append(
                RiskAnswer(
                    topic=topic,
                    answer=row.answer if row else "",
                    note=row.note if row else "",
                    incidents=tuple(links.get(topic.key, [])),
                    updated_at=from_text(row.updated_at) if row else None,
                    suggestion=suggestions.get(topic.key),
                )
            )
        return answers

    def risk_answer(self, topic: str) -> RiskAnswer:
        known = risk_topic(topic)
        if known is None:
            raise BadInput(f"'{topic}' is not one of the risk topics (see 'daybook risk show').")
        return next(a for a in self.risk_answers() if a.topic.key == known.key)

    def set_risk_answer(
        self,
        topic: str,
        answer: str,
        note: str | None = None,
        incidents: list[str] | None = None,
    ) -> RiskAnswer:
        """Answer one topic; a note or incidents left as None keep what was there. Returns the
        answer with what the diary suggests on it (which reads every entry)."""
        key = self.save_risk_answer(topic, answer, note, incidents)
        return self.risk_answer(key)

    def save_risk_answer(
        self,
        topic: str,
        answer: str,
        note: str | None = None,
        incidents: list[str] | None = None,
    ) -> str:
        """set_risk_answer without reading the answer back: returns the topic's key. For a
        caller that reads every answer next anyway (the app), which would read every entry
        twice otherwise."""
        known = risk_topic(topic)
        if known is None:
            raise BadInput(f"'{topic}' is not one of the risk topics (see 'daybook risk show').")
        value = normalise_answer(answer)

        def work(session: Session) -> None:
            row = session.get(RiskAnswerRow, known.key)
            if row is None:
                row = RiskAnswerRow(topic=known.key, answer="", note="", updated_at="")
                session.add(row)
            row.answer = value
            if note is not None:
                row.note = note
            row.updated_at = to_text(now())
            session.flush()
            if incidents is not None:
                session.execute(delete(RiskIncidentRow).where(RiskIncidentRow.topic == known.key))
                for number in dict.fromkeys(n.strip().upper() for n in incidents if n.strip()):
                    incident = incident_row(session, number)
                    session.add(RiskIncidentRow(topic=known.key, incident_id=incident.id))
                session.flush()
            linked = sorted(
                session.execute(
                    select(IncidentRow.number)
                    .join(RiskIncidentRow, RiskIncidentRow.incident_id == IncidentRow.id)
                    .where(RiskIncidentRow.topic == known.key)
                ).scalars()
            )
            audit.append(
                session,
                "risk answer",
                known.key,
                content=content_hash({"answer": row.answer, "note": row.note, "incidents": linked}),
            )

        self._write(work)
        return known.key
