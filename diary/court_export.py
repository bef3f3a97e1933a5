"""Gathers the court records of an unlocked diary into the pack's input (diary/pack/court_model.py):
orders with the breaches and reasons among the incidents in this pack, risk answers, the draft
statement, changes to daily life, attachments, and each exhibit's continuity.

Only incidents that are in the pack are named: a breach or a reason outside the chosen period
is left out here, as the incident itself is.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from diary.pack import fmt
from diary.pack.court_model import (
    PackAttachment,
    PackCondition,
    PackCourt,
    PackExhibitHistory,
    PackLifeChange,
    PackOrder,
    PackRiskAnswer,
    PackStatement,
)
from diary.records.court_types import RISK_ANSWERS
from diary.records.service import Diary
from diary.records.types import IMPACTS, AuditEvent, Exhibit, IncidentDetail


def _orders(diary: Diary, numbers: Collection[str]) -> tuple[PackOrder, ...]:
    return tuple(
        PackOrder(
            ref=o.ref,
            kind=o.kind_label,
            status=o.status,
            court=o.court,
            made=o.made,
            served=o.served,
            expires=o.expires,
            ended=o.ended,
            reference=o.reference,
            against=o.against,
            conditions=tuple(
                PackCondition(
                    ref=c.ref,
                    number=c.number,
                    text=c.text,
                    kind=c.kind,
                    reasons=tuple(n for n in c.reasons if n in numbers),
                    breaches=tuple(b.incident for b in c.breaches if b.incident in numbers),
                )
                for c in o.conditions
            ),
            copy_exhibit=o.copy_exhibit or "",
        )
        for o in diary.list_orders()
    )


def _risk(diary: Diary, numbers: Collection[str]) -> tuple[PackRiskAnswer, ...]:
    answers = diary.risk_answers()
    if not any(a.answer or a.note or a.incidents for a in answers):
        return ()  # nothing answered: no section, rather than eleven "not said"
    return tuple(
        PackRiskAnswer(
            key=a.topic.key,
            title=a.topic.title,
            prompt=a.topic.prompt,
            answer=RISK_ANSWERS.get(a.answer, a.answer),
            note=a.note,
            incidents=tuple(n for n in a.incidents if n in numbers),
            suggestion=a.suggestion.reason if a.suggestion else "",
            suggested=tuple(n for n in a.suggestion.incidents if n in numbers)
            if a.suggestion
            else (),
        )
        for a in answers
    )


def _statement(
    diary: Diary, details: Sequence[IncidentDetail], witness: str
) -> PackStatement | None:
    saved = diary.statement()
    if saved is not None:
        return PackStatement.from_input(saved.data, saved.revision_no, saved.saved_at)
    if not details:
        return None
    from diary.statement import draft_statement

    draft = draft_statement(
        details,
        people=diary.list_people(),
        orders=diary.list_orders(),
        changes=diary.list_life_changes(),
        witness=witness,
    )
    return PackStatement.from_input(draft)


def _exhibit_history(
    exhibits: Sequence[Exhibit], events: Sequence[AuditEvent]
) -> tuple[PackExhibitHistory, ...]:
    exports = [e for e in events if e.kind == "exported"]
    out = []
    for exhibit in exhibits:
        entered = (
            f"{fmt.date_time(exhibit.imported_at)}: "
            f"{exhibit.capture_method}, from the file “{exhibit.original_name}”"
        )
        if exhibit.derived_from:
            entered += f"; a copy made from {exhibit.derived_from}"
        went: list[str] = []
        for event in exports:
            if event.at < exhibit.imported_at:
                continue
            listed = event.detail.get("exhibits")
            when = fmt.date_time(event.at)
            profile = str(event.detail.get("profile", ""))
            if isinstance(listed, list):
                if exhibit.ref in listed:
                    went.append(f"pack {event.subject} on {when} ({profile} copy)")
            else:
                went.append(
                    f"pack {event.subject} on {when} ({profile} copy; packs made before "
                    "Daybook listed their exhibits in its history may or may not have held it)"
                )
        out.append(PackExhibitHistory(exhibit.ref, entered, tuple(went)))
    return tuple(out)


def collect_court(
    diary: Diary,
    details: Sequence[IncidentDetail],
    exhibits: Sequence[Exhibit],
    *,
    witness: str = "",
) -> PackCourt:
    """The court records for a pack of these incidents and exhibits."""
    numbers = {d.incident.number for d in details}
    in_pack = {e.ref for e in exhibits}
    attachments = tuple(
        PackAttachment(a.exhibit, a.kind_label, a.title, a.dated)
        for a in diary.list_attachments()
        if a.exhibit in in_pack
    )
    return PackCourt(
        orders=_orders(diary, numbers),
        risk=_risk(diary, numbers),
        statement=_statement(diary, details, witness),
        life_changes=tuple(
            PackLifeChange(c.started, c.text, IMPACTS.get(c.impact, ""))
            for c in diary.list_life_changes()
        ),
        attachments=attachments,
        exhibit_history=_exhibit_history(exhibits, diary.audit_events()),
    )


def attachment_exhibits(diary: Diary) -> list[str]:
    """Exhibits a pack must carry for the court sections even when no incident links them:
    attachments and the copies of orders."""
    refs = [a.exhibit for a in diary.list_attachments()]
    refs += [o.copy_exhibit for o in diary.list_orders() if o.copy_exhibit]
    return list(dict.fromkeys(refs))
