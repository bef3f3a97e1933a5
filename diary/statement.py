"""A first draft of the person's witness statement, built from the diary, for them to edit.

Numbered paragraphs in the first person, in date order: an opening, one paragraph an incident
("On Friday 1 March 2024 at about 21:30…", the words used, "I refer to the photograph marked
JS3", a breach, a report), and a paragraph on the effect on their life. When the diary is long,
the incidents that matter most keep a paragraph each and the rest are counted month by month,
so the draft stays something a person can read and edit.

This is never a police statement (MG11): the police take those. The heading block and the
statement of truth are added by whatever writes the statement out (the pack, the .docx).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from diary.behaviours import describe
from diary.records.court_types import (
    LifeChange,
    Order,
    StatementInput,
    StatementParagraph,
    order_kind_label,
)
from diary.records.types import IMPACTS, Exhibit, IncidentDetail, IncidentWithExhibits, Person

if TYPE_CHECKING:
    from diary.records.service import Diary

# An incident as the draft reads it: its latest revision and its exhibits (a whole
# IncidentDetail will do, as the court export passes).
Drafted = IncidentDetail | IncidentWithExhibits

# The effects recorded on incidents, as the end of "Because of what has happened I have …".
EFFECT_PHRASES = {
    "changed_route": "changed my route or routine",
    "missed_work": "missed work or school",
    "moved": "moved home or stayed elsewhere",
    "security": "fitted extra security",
    "saw_gp": "seen a GP or counsellor",
    "stopped_going_out": "stopped going out or seeing people",
    "changed_number": "changed my number or accounts",
    "sleep": "had trouble sleeping",
    "fear_for_others": "been afraid for my family or friends",
}

# Up to this many incidents each get their own paragraph; past it, the rest are counted by month.
OWN_PARAGRAPHS = 40

# The family courts' statement of truth for a witness statement (FPR PD17A para 2.2, as the
# President's memorandum on witness statements of November 2021 sets it out); see docs/court.md.
STATEMENT_OF_TRUTH_LINES = (
    "I understand that proceedings for contempt of court may be brought against anyone who "
    "makes, or causes to be made, a false statement in a document verified by a statement of "
    "truth without an honest belief in its truth.",
    "I believe that the facts stated in this witness statement are true.",
)
DRAFT_MARK = "DRAFT – to review with your advocate or solicitor"
NOT_A_POLICE_STATEMENT = (
    "This is a draft of the person's own witness statement for a family or civil court. It is "
    "not a police statement (MG11); the police take those themselves."
)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def long_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def when_words(start: datetime, precision: str) -> str:
    if precision == "month":
        return f"In {start:%B %Y}"
    if precision == "day":
        return f"On {long_day(start)}"
    about = "about " if precision == "about" else ""
    return f"On {long_day(start)} at {about}{start:%H:%M}"


def exhibit_noun(exhibit: Exhibit) -> str:
    media = exhibit.media_type.split("/")[0]
    method = exhibit.capture_method.lower()
    if media == "image":
        return "screenshot" if "screenshot" in method else "photograph"
    if media == "audio":
        return "recording"
    if media == "video":
        return "video"
    if "export" in method or exhibit.kind in ("chat export", "export"):
        return "export of messages"
    return "document"


def join_words(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def refer_to(exhibits: Sequence[Exhibit]) -> str:
    """ "I refer to the photograph marked JS3 and the screenshots marked JS4 and JS5."."""
    by_noun: dict[str, list[str]] = defaultdict(list)
    for exhibit in exhibits:
        by_noun[exhibit_noun(exhibit)].append(exhibit.ref)
    parts = []
    for noun, refs in by_noun.items():
        plural = noun + ("s" if len(refs) > 1 and not noun.endswith("messages") else "")
        if noun == "export of messages" and len(refs) > 1:
            plural = "exports of messages"
        parts.append(f"the {plural} marked {join_words(refs)}")
    return f"I refer to {join_words(parts)}." if parts else ""


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    return text if text[-1] in ".!?…”\"'" else text + "."


@dataclass(frozen=True)
class _Condition:
    order: Order
    number: int
    text: str


def _conditions(orders: Sequence[Order]) -> dict[str, _Condition]:
    return {c.ref: _Condition(o, c.number, c.text) for o in orders for c in o.conditions}


def incident_paragraph(detail: Drafted, conditions: dict[str, _Condition]) -> str:
    inc = detail.incident
    opening = when_words(inc.occurred_start, inc.precision)
    where = inc.location or inc.channel
    if where:
        opening += f" ({where})"
    sentences = [f"{opening}: {_sentence(inc.description)}" if inc.description.strip() else ""]
    names = join_words([p.name for p in inc.perpetrators]) or "They"
    if inc.exact_words.strip():
        sentences.append(f"{names} said: “{inc.exact_words.strip()}”")
    if inc.threats.strip():
        sentences.append(f"The threat was: {_sentence(inc.threats)}")
    for ref in inc.breaches:
        found = conditions.get(ref)
        if found is None:
            continue
        made = f" made on {short_day(found.order.made)}" if found.order.made else ""
        sentences.append(
            f"I believe this breached condition {found.number} of the "
            f"{order_kind_label(found.order.kind).lower()}{made} ({ref}), which says: "
            f"“{found.text}”"
        )
    for report in inc.reports:
        agency = report.agency or "the police"
        reference = f" (reference {report.reference})" if report.reference else ""
        sentences.append(f"I reported this to {agency}{reference}.")
    sentences.append(refer_to(detail.exhibits))
    if not sentences[0]:
        sentences[0] = f"{opening}: this is in my diary."
    return " ".join(s for s in sentences if s)


def weight(detail: Drafted) -> int:
    """How much an incident matters to a court, for choosing which get their own paragraph:
    breaches, violence and threats first, then evidence and reports."""
    inc = detail.incident
    score = 4 * bool(inc.breaches) + 4 * ("OC3" in inc.behaviours)
    score += 3 * bool("OC2" in inc.behaviours or inc.threats)
    score += 2 * bool(detail.exhibits) + bool(inc.reports) + ("OC1" in inc.behaviours)
    score += bool(inc.fear is not None and inc.fear >= 8)
    return score


def month_paragraph(month: date, details: Sequence[Drafted]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for detail in details:
        for code in detail.incident.behaviours:
            counts[describe(code).lower()] += 1
    what = join_words([f"{k} ({n})" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])])
    numbers = [d.incident.number for d in details]
    listed = (
        f" ({', '.join(numbers)})" if len(numbers) <= 10 else " (each is in my diary's chronology)"
    )
    text = (
        f"In {month:%B %Y} my diary records {len(details)} more "
        f"{'incident' if len(details) == 1 else 'incidents'} that I do not describe one by one "
        f"here{listed}"
    )
    return text + (f": {what}." if what else ".")


def effect_paragraph(details: Sequence[Drafted], changes: Sequence[LifeChange]) -> str | None:
    first: dict[str, datetime] = {}
    fears = []
    for detail in details:
        inc = detail.incident
        for key in inc.impact:
            if key not in first or inc.occurred_start < first[key]:
                first[key] = inc.occurred_start
        if inc.fear is not None:
            fears.append(inc.fear)
    sentences = []
    if first:
        effects = [
            f"{EFFECT_PHRASES.get(k, IMPACTS.get(k, k).lower())} (first in {when:%B %Y})"
            for k, when in sorted(first.items(), key=lambda kv: kv[1])
        ]
        sentences.append(f"Because of what has happened I have: {'; '.join(effects)}.")
    for change in changes:
        sentences.append(f"On {short_day(change.started)}: {_sentence(change.text)}")
    if fears:
        sentences.append(
            f"In my diary I rated how frightened I was at up to {max(fears)} out of 10."
        )
    if not sentences:
        return None
    return "This has affected my daily life. " + " ".join(sentences)


def draft_statement(
    details: Sequence[Drafted],
    *,
    people: Sequence[Person] = (),
    orders: Sequence[Order] = (),
    changes: Sequence[LifeChange] = (),
    witness: str = "",
    party: str = "Applicant",
) -> StatementInput:
    """A first draft from these incidents (any order), for the person to edit and save."""
    ordered = sorted(details, key=lambda d: (d.incident.occurred_start, d.incident.number))
    perpetrators = list(dict.fromkeys(p.name for d in ordered for p in d.incident.perpetrators))
    paragraphs = [
        StatementParagraph(
            f"My name is {witness or '[your full name]'}. I am the {party.lower()} in this case. "
            "[Add your occupation, and your address or that it is known to the court and kept "
            "from the respondent.]",
            kind="opening",
        ),
        StatementParagraph(
            "I make this statement about what "
            + (join_words(perpetrators) if perpetrators else "has been happening to me")
            + (" has done to me." if perpetrators else ".")
            + " I kept a diary of what happened, written at the time or soon after, and what I "
            "say here comes from my own knowledge and from that diary unless I say otherwise. "
            "The exhibits I refer to are marked with my initials and a number.",
            kind="opening",
        ),
    ]
    known = {p.name: p for p in people}
    for name in perpetrators:
        person = known.get(name)
        if person is not None and person.relationship:
            paragraphs.append(
                StatementParagraph(f"{name} is my {person.relationship}.", kind="opening")
            )
    conditions = _conditions(orders)
    if len(ordered) <= OWN_PARAGRAPHS:
        own = {d.incident.number for d in ordered}
    else:
        ranked = sorted(ordered, key=lambda d: (-weight(d), d.incident.occurred_start))
        own = {d.incident.number for d in ranked[:OWN_PARAGRAPHS]}
    by_month: dict[date, list[Drafted]] = defaultdict(list)
    items: list[tuple[datetime, StatementParagraph]] = []
    for detail in ordered:
        inc = detail.incident
        if inc.number in own:
            items.append(
                (
                    inc.occurred_start,
                    StatementParagraph(
                        incident_paragraph(detail, conditions),
                        kind="event",
                        incidents=[inc.number],
                        exhibits=[e.ref for e in detail.exhibits],
                    ),
                )
            )
        else:
            by_month[inc.occurred_start.date().replace(day=1)].append(detail)
    for month, group in by_month.items():
        # After the month's own paragraphs: the last moment of the group sorts it there.
        items.append(
            (
                group[-1].incident.occurred_start,
                StatementParagraph(
                    month_paragraph(month, group),
                    kind="event",
                    incidents=[d.incident.number for d in group],
                ),
            )
        )
    items.sort(key=lambda pair: pair[0])
    paragraphs += [p for _when, p in items]
    effect = effect_paragraph(ordered, changes)
    if effect:
        paragraphs.append(StatementParagraph(effect, kind="effect"))
    return StatementInput(
        witness=witness,
        party=party,
        respondent=perpetrators[0] if len(perpetrators) == 1 else "",
        paragraphs=paragraphs,
    )


def exhibits_referred_to(statement: StatementInput) -> list[str]:
    """Every exhibit the paragraphs name, in the order of their numbers (JS2 before JS10)."""
    refs = {ref for p in statement.paragraphs for ref in p.exhibits}

    def key(ref: str) -> tuple[str, int, str]:
        head = ref.rstrip("0123456789")
        tail = ref[len(head) :]
        return head, int(tail) if tail else 0, ref

    return sorted(refs, key=key)


def exhibits_label(refs: Sequence[str]) -> str:
    return ", ".join(refs) if refs else "none"


def initials_and_surname(name: str) -> str:
    """ "Jo Anne Smith" as "J A Smith", as the heading block asks for."""
    parts = name.split()
    if len(parts) < 2:
        return name.strip()
    return " ".join([*(p[0].upper() for p in parts[:-1]), parts[-1]])


def heading_block(statement: StatementInput) -> list[tuple[str, str]]:
    """The top-right block of the first page (FPR PD22A): party, witness, statement number,
    exhibits referred to and the date it was made; blanks say what is to be filled in."""
    return [
        ("Party", statement.party or "[on whose behalf]"),
        ("Witness", initials_and_surname(statement.witness) or "[your initials and surname]"),
        ("Statement", ordinal(statement.statement_number)),
        ("Exhibits", exhibits_label(exhibits_referred_to(statement))),
        ("Date", short_day(statement.made_on) if statement.made_on else "[the date you sign it]"),
    ]


def title_lines(statement: StatementInput) -> list[str]:
    """The title of the proceedings: the court, the case number and the parties."""
    lines = [
        statement.case_title or "IN THE FAMILY COURT",
    ]
    if statement.case_number:
        lines.append(f"Case number: {statement.case_number}")
    applicant = statement.witness if statement.party.lower() == "applicant" else ""
    lines.append(f"{applicant or '[Applicant]'} (Applicant)")
    lines.append("and")
    lines.append(f"{statement.respondent or '[Respondent]'} (Respondent)")
    return lines


def statement_heading(statement: StatementInput) -> str:
    return f"{ordinal(statement.statement_number).upper()} WITNESS STATEMENT OF {(statement.witness or '[your full name]').upper()}"


def draft_from_diary(diary: Diary, witness: str = "") -> StatementInput:
    """A fresh draft from every incident in the diary, in the name from "About me" unless
    another is given."""
    witness = witness or diary.get_profile().name
    return draft_statement(
        diary.incidents_with_exhibits(),
        people=diary.list_people(),
        orders=diary.list_orders(breaches=False),  # the draft quotes conditions, not breaches
        changes=diary.list_life_changes(),
        witness=witness,
    )


def current_statement(diary: Diary, witness: str = "") -> StatementInput:
    """What the person last saved, or a first draft when they have not saved one yet."""
    saved = diary.statement()
    return saved.data if saved is not None else draft_from_diary(diary, witness)
