"""The `daybook` command line: parses arguments and maps core errors to plain lines and exit codes."""

from __future__ import annotations

import argparse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="daybook", description="A private diary.")
    return parser


def run(argv: list[str]) -> int:
    build_parser().parse_args(argv)
    return 0
