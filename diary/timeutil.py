"""Times as the diary keeps them: aware datetimes in the API, ISO 8601 text in the database."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current local time, with its offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def to_text(moment: datetime) -> str:
    return moment.isoformat()


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def sort_key(moment: datetime) -> str:
    """A string that sorts in time order: UTC for aware times, local wall time taken as local."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_user_time(text: str) -> datetime:
    """A date or date and time typed by a person ("2024-03-01 21:30", "2024-03-01"), made aware.

    Raises ValueError with the text when it cannot be read.
    """
    cleaned = text.strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            moment = datetime.strptime(cleaned, fmt)
            break
        except ValueError:
            continue
    else:
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise ValueError(text) from None
    return moment if moment.tzinfo is not None else moment.astimezone()
