"""Daybook's PySide6 desktop app: windows, Qt models over the core, and workers."""
