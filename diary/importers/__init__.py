"""Importers: parse exports (WhatsApp, SMS Backup & Restore, email, Telegram, photos) to a model.

Start with `detect.parse_file`; see docs/importers.md.
"""
