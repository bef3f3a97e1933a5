"""Alembic migrations of the encrypted database, run on the open connection at unlock."""
