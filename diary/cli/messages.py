"""Commands for messages, calls and emails: import them from export files, list them, suggest incidents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from diary.cli.context import Context
from diary.cli.options import (
    Command,
    add_date_order_option,
    add_json_option,
    check_files,
    user_day_end,
    user_time,
)
from diary.cli.output import print_items, visible
from diary.errors import ExitCode
from diary.records.types import Message
from diary.words import plural

if TYPE_CHECKING:
    from diary.importing import FolderReport, ImportReport

MOST_SKIPPED_SHOWN = 10


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="export files, or a folder of screenshots",
    )
    p.add_argument(
        "--format",
        choices=[
            "whatsapp",
            "sms",
            "calls",
            "email",
            "telegram",
            "photos",
            "facebook",
            "instagram",
            "imessage",
        ],
        help="the kind of file (found out from the file if not given)",
    )
    p.add_argument(
        "--person",
        metavar="NAME",
        help="who in the chat is the person doing it (added to your people if new)",
    )
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy", "ymd"],
        help="day/month order, only if Daybook asks for it",
    )
    p.add_argument(
        "--chat",
        action="append",
        metavar="ID",
        help=(
            "for an export with many chats (Telegram, Facebook, Instagram, iMessage): a chat "
            "to import (repeatable)"
        ),
    )
    add_json_option(p)


def import_report_text(report: ImportReport | FolderReport) -> str:
    from diary.importing import FolderReport

    if isinstance(report, FolderReport):
        # A folder of screenshots: what was kept, and one suggested entry a day.
        lines = [
            f"{report.folder}: {plural(len(report.kept), 'picture')} kept, "
            f"{plural(len(report.already), 'was', 'were')} already in your diary."
        ]
        lines += [
            f"  Suggested entry: {day.summary} ({', '.join(day.refs)})." for day in report.days
        ]
        lines += [f"  {note}" for note in report.notes]
        lines += [f"  Not imported: {item['where']}: {item['why']}" for item in report.skipped]
        return "\n".join(lines)
    lines = [
        f"{report.file}: {report.format}, kept as exhibit {report.exhibit}.",
        f"  {report.added:,} added ({plural(report.messages, 'message')}, "
        f"{plural(report.calls, 'call')} in the file; {report.already:,} "
        f"{'was' if report.already == 1 else 'were'} already in your diary), "
        f"{plural(report.attachments, 'attachment')}.",
    ]
    if report.first and report.last:
        lines.append(
            f"  From {report.first[:16].replace('T', ' ')} to {report.last[:16].replace('T', ' ')}."
        )
    if report.damage:
        lines.append(f"  {report.damage}")
    lines += [f"  {note}" for note in report.notes]
    lines += [
        f"  Not imported: {item['where']}: {item['why']}"
        for item in report.skipped[:MOST_SKIPPED_SHOWN]
    ]
    if len(report.skipped) > MOST_SKIPPED_SHOWN:
        lines.append(
            f"  …and {len(report.skipped) - MOST_SKIPPED_SHOWN} more not imported (see --json)."
        )
    if report.suggested_incidents:
        lines.append(f"  Taken on the same day as {', '.join(report.suggested_incidents)}.")
    return "\n".join(lines)


def cmd_import(ctx: Context) -> int:
    from diary.importing import import_file, import_folder

    folders = [p for p in ctx.args.files if p.is_dir()]
    check_files([p for p in ctx.args.files if not p.is_dir()])
    from diary.errors import AmbiguousDateOrder, ImportFailed

    reports: list[ImportReport | FolderReport] = []
    failures: list[str] = []
    with ctx.open_diary() as diary:
        for path in ctx.args.files:
            try:
                if path in folders:
                    # A folder of screenshots: each kept with its time, grouped by day.
                    reports.append(import_folder(diary, path))
                    continue
                reports.append(
                    import_file(
                        diary,
                        path,
                        format=ctx.args.format,
                        person=ctx.args.person,
                        date_order=ctx.args.date_order,
                        chat_ids=ctx.args.chat,
                    )
                )
            except AmbiguousDateOrder as exc:
                failures.append(f"{exc.message} Add --date-order dmy or --date-order mdy.")
            except ImportFailed as exc:
                # One file that cannot be read must not stop the others; it adds nothing.
                failures.append(exc.message)
    for failure in failures:
        print(visible(failure), file=sys.stderr)
    print_items(reports, as_json=ctx.args.json, line=import_report_text)
    return ExitCode.BAD_INPUT if failures else 0


def message_line(message: Message) -> str:
    where = f"{message.source_ref} {message.position_label}".strip()
    arrow = {"incoming": "from", "outgoing": "to"}.get(message.direction, "")
    when = f"{message.sent_at:%d %b %Y %H:%M}" if message.sent_at else "time not known"
    if message.kind == "system":
        return f"{when}  {message.channel:<8} ({message.body})  [{where}]"
    who = (
        message.sender
        if message.direction != "outgoing"
        else ", ".join(message.recipients) or "them"
    )
    body = message.body.replace("\n", " ")
    if message.kind == "call":
        body = f"call ({message.direction}{f', {message.duration_seconds} s' if message.duration_seconds else ''})"
    return f"{when}  {message.channel:<8} {arrow} {who}: {body}  [{where}]"


def _messages_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from", dest="date_from", type=user_time, metavar="DATE", help="only from this date"
    )
    p.add_argument(
        "--to", dest="date_to", type=user_day_end, metavar="DATE", help="up to the end of this day"
    )
    p.add_argument("--search", help="words to look for (every word must appear)")
    p.add_argument("--person", metavar="NAME", help="only messages from or to this person")
    add_date_order_option(p)
    p.add_argument("--limit", type=int, help="at most this many")
    add_json_option(p)


def cmd_messages(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_diary() as diary:
        items = diary.list_messages(
            date_from=args.date_from,
            date_to=args.date_to,
            search=args.search,
            person=args.person,
            limit=args.limit,
        )
        empty = not items and diary.count_messages() == 0
    nothing = (
        "There are no messages in your diary yet. Bring them in with 'daybook import'."
        if empty
        else "No messages match."
    )
    print_items(items, as_json=args.json, nothing=nothing, line=message_line)
    return 0


def _suggest_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--person", required=True, metavar="NAME", help="the person doing it")
    p.add_argument(
        "--accept",
        action="store_true",
        help="create every suggested incident, with its messages linked",
    )
    add_json_option(p)


def cmd_suggest(ctx: Context) -> int:
    from diary.suggest import accept, suggest_incidents

    created: list[str] = []
    with ctx.open_diary() as diary:
        suggestions = suggest_incidents(diary, ctx.args.person)
        if ctx.args.accept:
            created = [accept(diary, s) for s in suggestions]
    print_items(
        list(enumerate(suggestions)),
        as_json=ctx.args.json,
        json_value=[
            {
                "summary": s.summary,
                "first": s.first,
                "last": s.last,
                "behaviours": list(s.behaviours),
                "message_ids": list(s.message_ids),
                "created": created[i] if created else None,
            }
            for i, s in enumerate(suggestions)
        ],
        nothing=f"No messages from {ctx.args.person} are waiting to be made into incidents.",
        line=lambda item: (
            f"{item[1].summary} [{', '.join(item[1].behaviours)}]"
            + (f"  -> {created[item[0]]}" if created else "")
        ),
    )
    if suggestions and not created and not ctx.args.json:
        print(
            "Run again with --accept to create these incidents, or make them one by one in the app."
        )
    return 0


COMMANDS = (
    Command(
        "import",
        "Import messages, calls, emails or photos from export files.",
        cmd_import,
        _import_options,
    ),
    Command(
        "messages",
        "List imported or typed-in messages, calls and emails.",
        cmd_messages,
        _messages_options,
    ),
    Command(
        "suggest",
        "Suggest incidents from imported messages (one a day and channel).",
        cmd_suggest,
        _suggest_options,
    ),
)
