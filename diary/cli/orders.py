"""`daybook order add|list|show|edit|end`: court orders and bail conditions, their numbered
conditions (ORD-1/1, ORD-1/2…), and the incidents that broke each one."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from diary.cli.context import Context
from diary.cli.options import Command, add_actions, add_json_option, user_date, user_later_date
from diary.cli.output import print_items, print_json
from diary.errors import BadInput
from diary.records.court_types import (
    CONDITION_KINDS,
    ORDER_KINDS,
    ORDER_STATUSES,
    ConditionInput,
    Order,
    OrderInput,
)
from diary.words import plural


def day(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def order_line(order: Order) -> str:
    dates = "  ".join(
        part
        for part in (
            f"made {day(order.made)}" if order.made else "",
            f"served {day(order.served)}" if order.served else "",
            f"ends {day(order.expires)}" if order.expires else "",
            f"ended {day(order.ended)}" if order.ended else "",
        )
        if part
    )
    against = f"  against {order.against}" if order.against else ""
    breaches = sum(len(c.breaches) for c in order.conditions)
    return (
        f"{order.ref}  {order.kind_label} ({order.status_label.lower()}){against}"
        + (f"  {dates}" if dates else "")
        + f"  {plural(len(order.conditions), 'condition')}, {plural(breaches, 'breach', 'breaches')}"
    )


def order_text(order: Order) -> str:
    lines = [f"{order.ref}  {order.kind_label} ({order.status_label.lower()})"]

    def add(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label + ':':<11} {value}")

    add("Court", order.court)
    add("Made", day(order.made))
    add("Served", day(order.served))
    add("Ends", day(order.expires))
    add("Ended", day(order.ended))
    add("Reference", order.reference)
    add("Against", order.against)
    add("Copy", order.copy_exhibit or "")
    add("Notes", order.notes)
    if order.revision_count > 1:
        add("Revisions", str(order.revision_count))
    for condition in order.conditions:
        kind = f" [{CONDITION_KINDS[condition.kind].lower()}]" if condition.kind else ""
        lines.append(f"  {condition.ref}  {condition.text}{kind}")
        if condition.reasons:
            lines.append(f"      Why it is needed: {', '.join(condition.reasons)}")
        for breach in condition.breaches:
            extra = "; ".join(
                part
                for part in (
                    ", ".join(breach.exhibits) and "evidence " + ", ".join(breach.exhibits),
                    ", ".join(breach.police_references),
                )
                if part
            )
            lines.append(
                f"      Broken: {breach.incident} {day(breach.occurred_start.date())}"
                + (f" ({extra})" if extra else "")
            )
    return "\n".join(lines)


# -- options ------------------------------------------------------------------------------------


def _numbered(text: str) -> tuple[int, str]:
    number, sep, value = text.partition("=")
    if not sep or not number.strip().isdigit():
        raise argparse.ArgumentTypeError(f"write it as NUMBER=VALUE, e.g. 2={value or 'INC-0003'}")
    return int(number), value.strip()


def _order_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument(
        "--kind",
        choices=list(ORDER_KINDS),
        required=adding,
        help="spo, interim-spo, restraining, non-molestation, bail, dvpn, dvpo, injunction or other",
    )
    p.add_argument(
        "--status",
        choices=list(ORDER_STATUSES),
        help="asked-for, in-force (the default for a new order) or ended",
    )
    p.add_argument("--court", help="the court (or police station, for bail) that made it")
    p.add_argument("--made", type=user_date, metavar="DATE", help="the day it was made")
    p.add_argument("--served", type=user_date, metavar="DATE", help="the day it was served")
    p.add_argument(
        "--expires", type=user_later_date, metavar="DATE", help="the day it ends, if it says"
    )
    p.add_argument("--ref", help="the court's or police reference")
    p.add_argument("--against", metavar="NAME", help="the person it is against")
    p.add_argument(
        "--condition",
        action="append",
        metavar="TEXT",
        help="a condition in the order's own words (repeat in order: 1, 2…)"
        + ("" if adding else "; giving any replaces the list, keeping their numbers"),
    )
    p.add_argument(
        "--condition-kind",
        action="append",
        type=_numbered,
        metavar="N=KIND",
        help="whether condition N is a prohibition or a requirement",
    )
    p.add_argument(
        "--reason",
        action="append",
        type=_numbered,
        metavar="N=INC-0001",
        help="an incident that shows why condition N is needed (repeatable)",
    )
    p.add_argument("--copy", metavar="REF", help="the exhibit holding a copy of the order (JS3)")
    p.add_argument("--notes", help="anything else about the order")
    add_json_option(p)


def _apply(args: argparse.Namespace, data: OrderInput) -> OrderInput:
    def set_if(name: str, value: Any) -> None:
        if value is not None:
            setattr(data, name, value)

    set_if("kind", args.kind)
    set_if("status", args.status)
    set_if("court", args.court)
    set_if("made", args.made)
    set_if("served", args.served)
    set_if("expires", args.expires)
    set_if("reference", args.ref)
    set_if("against", args.against)
    set_if("copy_exhibit", args.copy)
    set_if("notes", args.notes)
    if args.condition is not None:
        old = data.conditions
        data.conditions = [
            ConditionInput(
                text,
                old[n].kind if n < len(old) else "",
                list(old[n].reasons) if n < len(old) else [],
            )
            for n, text in enumerate(args.condition)
        ]
    for number, kind in args.condition_kind or []:
        if not 1 <= number <= len(data.conditions):
            raise BadInput(f"The order has no condition {number}.")
        if kind not in CONDITION_KINDS or not kind:
            raise BadInput("A condition's kind is prohibition or requirement.")
        data.conditions[number - 1].kind = kind
    for number, incident in args.reason or []:
        if not 1 <= number <= len(data.conditions):
            raise BadInput(f"The order has no condition {number}.")
        data.conditions[number - 1].reasons.append(incident)
    return data


def _print_order(ctx: Context, order: Order, *, adding: bool = False) -> None:
    if ctx.args.json:
        print_json(order)
    elif adding:
        print(order.ref)
        for condition in order.conditions:
            print(f"{condition.ref}  {condition.text}")
    else:
        print(order_text(order))


def cmd_add(ctx: Context) -> int:
    data = _apply(ctx.args, OrderInput(kind=ctx.args.kind))
    with ctx.open_diary() as diary:
        order = diary.add_order(data)
    _print_order(ctx, order, adding=True)
    return 0


def _list_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", choices=list(ORDER_STATUSES), help="only orders with this status")
    add_json_option(p)


def cmd_list(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        orders = diary.list_orders(status=ctx.args.status)
    print_items(orders, as_json=ctx.args.json, line=order_line, nothing="No orders yet.")
    return 0


def _ref_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="ORD-1", help="the order")
    add_json_option(p)


def cmd_show(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        order = diary.get_order(ctx.args.ref)
    _print_order(ctx, order)
    return 0


def _edit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="ORD-1", help="the order")
    _order_options(p, adding=False)


def cmd_edit(ctx: Context) -> int:
    with ctx.open_diary() as diary:
        current = diary.get_order(ctx.args.ref)
        order = diary.edit_order(current.ref, _apply(ctx.args, current.as_input()))
    if ctx.args.json:
        print_json(order)
    elif order.revision_count > current.revision_count:
        print(f"{order.ref} saved as revision {order.revision_count}; earlier versions are kept.")
    else:
        print(f"{order.ref} was already like that; nothing changed.")
    return 0


def _end_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="ORD-1", help="the order")
    p.add_argument("--on", type=user_date, metavar="DATE", help="the day it ended (default: today)")
    add_json_option(p)


def cmd_end(ctx: Context) -> int:
    from diary.timeutil import now

    with ctx.open_diary() as diary:
        order = diary.end_order(ctx.args.ref, ctx.args.on or now().date())
    if ctx.args.json:
        print_json(order)
    else:
        print(f"{order.ref} is marked as ended on {day(order.ended)}; its breaches stay recorded.")
    return 0


RUN = {"add": cmd_add, "list": cmd_list, "show": cmd_show, "edit": cmd_edit, "end": cmd_end}


def _options(p: argparse.ArgumentParser) -> None:
    add_actions(
        p,
        [
            (
                "add",
                "Record an order (or one you are asking for).",
                lambda q: _order_options(q, adding=True),
            ),
            ("list", "List your orders.", _list_options),
            ("show", "Show one order, its conditions and every breach.", _ref_options),
            ("edit", "Change an order (the earlier version is kept).", _edit_options),
            ("end", "Mark an order as ended.", _end_options),
        ],
    )


def cmd_order(ctx: Context) -> int:
    return RUN[ctx.args.action](ctx)


COMMANDS = (
    Command(
        "order",
        "Court orders and bail conditions, their conditions and breaches.",
        cmd_order,
        _options,
    ),
)
