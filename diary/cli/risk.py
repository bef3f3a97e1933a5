"""`daybook risk show|set`: the person's answers on the topics a stalking risk assessment asks
about, in Daybook's own words, with what the diary suggests. Never a score, never the official
form's questions."""

from __future__ import annotations

import argparse

from diary.cli.context import Context
from diary.cli.options import Command, add_actions, add_json_option
from diary.cli.output import print_json, visible
from diary.records.court_types import RISK_TOPIC_KEYS, RiskAnswer

NOT_A_FORM = (
    "Information for your risk assessment; this is not a completed S-DASH or DASH form, "
    "and there is no score."
)


def answer_text(answer: RiskAnswer) -> str:
    lines = [f"{answer.topic.key:<18} {answer.topic.title}: {answer.answer_label}"]
    lines.append(f"{'':<18} {answer.topic.prompt}")
    if answer.note:
        lines.append(f"{'':<18} Your note: {answer.note}")
    if answer.incidents:
        lines.append(f"{'':<18} Linked: {', '.join(answer.incidents)}")
    if answer.suggestion is not None:
        shown = ", ".join(answer.suggestion.incidents[:8])
        more = len(answer.suggestion.incidents) - 8
        lines.append(f"{'':<18} The diary shows: {answer.suggestion.reason}")
        if shown:
            lines.append(f"{'':<18} Entries: {shown}{f' and {more} more' if more > 0 else ''}")
    return "\n".join(lines)


def _show_options(p: argparse.ArgumentParser) -> None:
    add_json_option(p)


def cmd_show(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        answers = diary.risk_answers()
    if ctx.args.json:
        print_json({"note": NOT_A_FORM, "topics": answers})
        return 0
    print(NOT_A_FORM)
    for answer in answers:
        print()
        print(visible(answer_text(answer), lines=True))
    return 0


def _set_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "topic", choices=RISK_TOPIC_KEYS, metavar="TOPIC", help=", ".join(RISK_TOPIC_KEYS)
    )
    p.add_argument(
        "answer",
        choices=["yes", "no", "not-sure", "not-said"],
        metavar="ANSWER",
        help="yes, no, not-sure (or not-said to clear it)",
    )
    p.add_argument("--note", help="your note on this topic")
    p.add_argument(
        "--incident",
        action="append",
        metavar="INC-0001",
        help="an incident that shows it (repeatable; replaces the list)",
    )
    p.add_argument(
        "--use-suggestion",
        action="store_true",
        help="link the incidents the diary suggests for this topic",
    )
    add_json_option(p)


def cmd_set(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_diary() as diary:
        incidents = list(args.incident) if args.incident is not None else None
        if args.use_suggestion:
            suggestion = diary.risk_answer(args.topic).suggestion
            suggested = list(suggestion.incidents) if suggestion else []
            incidents = list(dict.fromkeys([*(incidents or []), *suggested]))
        answer = diary.set_risk_answer(args.topic, args.answer, args.note, incidents)
    if args.json:
        print_json(answer)
    else:
        print(visible(answer_text(answer), lines=True))
    return 0


RUN = {"show": cmd_show, "set": cmd_set}


def _options(p: argparse.ArgumentParser) -> None:
    add_actions(
        p,
        [
            ("show", "Show every topic, your answers and what the diary suggests.", _show_options),
            ("set", "Answer one topic: yes, no or not sure, with a note.", _set_options),
        ],
    )


def cmd_risk(ctx: Context) -> int:
    return RUN[ctx.args.action](ctx)


COMMANDS = (
    Command(
        "risk",
        "Information for a risk assessment: your answers on its topics (no score).",
        cmd_risk,
        _options,
    ),
)
