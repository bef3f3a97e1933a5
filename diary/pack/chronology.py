"""chronology.csv: one row an incident, for police systems and spreadsheets.

UTF-8 with a byte-order mark and CRLF line ends, because Excel on Windows otherwise misreads
accented and Cyrillic text; times are ISO 8601 with their offset so systems can parse them.
"""

from __future__ import annotations

import csv
import io
import re

from diary.pack import fmt
from diary.pack.model import PackIncident, PackMessage

COLUMNS = (
    "No.",
    "Happened (start)",
    "Happened (end)",
    "Precision",
    "When (words)",
    "Written at",
    "Written later",
    "Where",
    "Place kind",
    "Channel",
    "Account or number used",
    "What happened",
    "Exact words",
    "Threats",
    "Behaviour codes",
    "Behaviours",
    "Who did it",
    "Witnesses",
    "Third parties",
    "Fear (0-10)",
    "Impact",
    "Told to stop",
    "Reported",
    "Order breached",
    "Exhibits",
    "Messages",
    "Changes since first written",
    "Addenda",
    "Report page",
)

# A spreadsheet runs a cell starting with these as a formula; a hostile message could use that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# A phone number is not a formula: "+44 7700 900999" stays exactly as written.
_PHONE = re.compile(r"\+[0-9][0-9 ()\-]{5,}")


def _cell(value: str) -> str:
    if value.startswith(_FORMULA_START) and not _PHONE.fullmatch(value):
        return "'" + value
    return value


def _revisions(i: PackIncident) -> str:
    """Every later change, from and to, with when it was saved; the first version is the row."""
    lines = []
    for r in i.revisions[1:]:
        lines.append(f"{fmt.date_time(r.saved_at)} ({fmt.iso(r.saved_at)}): {r.text}")
    return "\n".join(lines)


def _addenda(i: PackIncident) -> str:
    return "\n".join(
        f"{fmt.date_time(a.written_at)} ({fmt.iso(a.written_at)}): {a.text}" for a in i.addenda
    )


def incident_row(i: PackIncident, messages: dict[str, PackMessage], page: str) -> list[str]:
    people = "; ".join(
        f"{p.name} ({p.how_identified})" if p.how_identified else p.name for p in i.perpetrators
    )
    witnesses = "; ".join(f"{w.name} ({w.contact})" if w.contact else w.name for w in i.witnesses)
    msgs = "; ".join(
        f"{messages[m].exhibit} {messages[m].position}".strip() if m in messages else m
        for m in i.messages
    )
    order = f"{i.order_breached}: {i.order_condition}" if i.order_condition else i.order_breached
    impact = "; ".join(i.impact) + (f". {i.impact_text}" if i.impact_text else "")
    return [
        i.number,
        fmt.iso(i.occurred_start),
        fmt.iso(i.occurred_end),
        i.precision,
        fmt.when(i),
        fmt.iso(i.written_at),
        "yes" if i.written_later else "no",
        i.location,
        i.location_kind,
        i.channel,
        i.account,
        i.description,
        i.exact_words,
        i.threats,
        " ".join(i.behaviours),
        fmt.behaviours(i.behaviours),
        people,
        witnesses,
        "; ".join(i.third_parties),
        "" if i.fear is None else str(i.fear),
        impact,
        fmt.yes_no(i.told_to_stop),
        "; ".join(fmt.report(r) for r in i.reports),
        order,
        " ".join(i.exhibits),
        msgs,
        _revisions(i),
        _addenda(i),
        page,
    ]


def chronology_csv(
    incidents: tuple[PackIncident, ...],
    messages: tuple[PackMessage, ...],
    pages: dict[str, str],
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    by_id = {m.id: m for m in messages}
    for i in sorted(incidents, key=lambda i: i.occurred_start):
        writer.writerow([_cell(c) for c in incident_row(i, by_id, pages.get(i.number, ""))])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
