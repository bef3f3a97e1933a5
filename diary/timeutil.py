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


def order_key(moment: datetime) -> datetime:
    """An aware UTC time to sort by, so times with and without a zone can be sorted together.

    Chat exports and photos record clock times without a zone, e-mail and SMS backups carry
    one; a time without a zone is taken as this computer's local time, as the diary's own
    lists are ordered (`sort_key`). Python refuses to compare the two kinds directly.
    """
    try:
        aware = moment if moment.tzinfo is not None else moment.astimezone()
        return aware.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        # At the very ends of the calendar an offset cannot be applied; the clock time still
        # sorts correctly against everything else there is.
        return moment.replace(tzinfo=UTC)


def sort_key(moment: datetime) -> str:
    """A string that sorts in time order: UTC for aware times, local wall time taken as local."""
    return order_key(moment).strftime("%Y-%m-%dT%H:%M:%S")


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
