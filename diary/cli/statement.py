"""`daybook statement`: the person's draft witness statement, written out as a .docx a solicitor
can edit (or printed as JSON). It is the one they last saved in the app, or a first draft built
from the diary when they have not saved one."""

from __future__ import annotations

import argparse

from diary.cli.context import Context
from diary.cli.options import (
    Command,
    add_force_option,
    add_json_option,
    check_output_file,
    output_file,
)
from diary.cli.output import print_json
from diary.errors import BadInput


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=output_file, metavar="FILE.docx", help="write the statement here")
    add_force_option(p, "the statement file")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="build a new draft from the diary, even if you have saved one",
    )
    p.add_argument(
        "--save",
        action="store_true",
        help="keep this draft in your diary as a new revision of your statement",
    )
    p.add_argument("--witness", metavar="NAME", help="your full name, for a fresh draft")
    add_json_option(p)


def cmd_statement(ctx: Context) -> int:
    from diary.statement import current_statement, draft_from_diary

    args = ctx.args
    if args.out is None and not args.json and not args.save:
        raise BadInput("Say where to write the statement with --out FILE.docx (or use --json).")
    if args.out is not None and args.out.suffix.lower() != ".docx":
        raise BadInput("The statement is written as a Word file: give a name ending in .docx.")
    if args.out is not None:
        check_output_file(args.out, force=args.force)
    with ctx.open_diary() as diary:
        witness = args.witness or ""
        statement = (
            draft_from_diary(diary, witness) if args.fresh else current_statement(diary, witness)
        )
        if args.witness:
            statement.witness = args.witness
        revision = diary.save_statement(statement) if args.save else None
    if args.out is not None:
        from diary.fsutil import atomic_write_bytes
        from diary.pack.statement_docx import statement_docx_bytes

        atomic_write_bytes(args.out, statement_docx_bytes(statement))
    if args.json:
        print_json(statement)
        return 0
    if revision is not None:
        print(f"Your statement is saved as revision {revision.revision_no}.")
    if args.out is not None:
        print(
            f"The draft statement ({len(statement.paragraphs)} paragraphs) is in {args.out}. "
            "It is a draft to review with your advocate or solicitor, and is not signed."
        )
    return 0


COMMANDS = (
    Command(
        "statement",
        "Write your draft witness statement as a Word file (.docx) to review with a solicitor.",
        cmd_statement,
        _options,
    ),
)
