"""Daybook's core: the encrypted vault, the records, importers, evidence packs and the CLI.

This package never imports Qt; the desktop app in `ui/` is built on top of it.
"""

__version__ = "0.1.0"
