"""The person's own details ("About me"): name, phones, emails, addresses and other details.

Kept in the encrypted database like every record. The court copy of a pack uses them to find
and withhold the person's own details wherever they appear (diary/pack/redact.py); the full
copy uses the name to say who produced the exhibits. `Diary(vault).get_profile()` and
`.save_profile(profile)` (ProfileRecords, one of the Diary's kinds of record).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from diary.errors import BadInput
from diary.records import audit
from diary.records.models import ProfileRow
from diary.records.store import RecordStore
from diary.timeutil import now, to_text

DEFAULT_REGION = "GB"
# A UK postcode, with or without its space: "LS6 2AB", "ls62ab", "SW1A 1AA".
POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
# "14 Acacia Avenue", "Flat 2, 14a Acacia Avenue", "Unit 5 3 Park Row": one comma part.
_HOUSE_STREET = re.compile(
    r"^(?:(?:flat|apartment|apt|unit|suite)\s+\w+\s*,?\s*)?(\d+[A-Za-z]?)\s*,?\s+([^,\n]*[A-Za-z][^,\n]*)$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Address:
    """One of the person's addresses: as they wrote it, and the parts redaction matches on."""

    text: str
    house_number: str = ""
    street: str = ""
    town: str = ""
    postcode: str = ""  # normalised "LS6 2AB"


@dataclass(frozen=True)
class Profile:
    """Everything that identifies the person; every list may be empty."""

    name: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    other: tuple[str, ...] = ()  # car registration, child's name or school, workplace…
    region: str = DEFAULT_REGION  # how phone numbers without a country code are read

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phones or self.emails or self.addresses or self.other)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["phones"] = list(self.phones)
        out["emails"] = list(self.emails)
        out["other"] = list(self.other)
        out["addresses"] = [asdict(a) for a in self.addresses]
        return out


def normalise_postcode(text: str) -> str:
    match = POSTCODE.search(text)
    return f"{match.group(1)} {match.group(2)}".upper() if match else ""


# The words that end a street's name, each with the ways people shorten it ("Wharf St",
# "Acacia Ave."): redaction matches a street written in any of its forms.
STREET_SUFFIXES: dict[str, tuple[str, ...]] = {
    "street": ("st", "str"),
    "road": ("rd",),
    "avenue": ("ave", "av", "avn"),
    "lane": ("ln",),
    "drive": ("dr", "drv"),
    "close": ("cl",),
    "crescent": ("cres", "cresc", "cr"),
    "gardens": ("gdns", "gdn", "gardns"),
    "place": ("pl",),
    "court": ("ct",),
    "terrace": ("terr", "ter", "tce"),
    "square": ("sq",),
    "grove": ("gr", "gro", "grv"),
    "row": (),
    "way": (),
    "walk": ("wlk",),
    "hill": (),
    "mews": (),
    "rise": (),
    "view": (),
    "parade": ("pde",),
    "park": ("pk",),
    "green": ("grn",),
    "yard": ("yd",),
    "vale": (),
    "croft": (),
    "fold": (),
    "garth": (),
    "quay": (),
    "wharf": (),
    "boulevard": ("blvd",),
    "approach": ("appr",),
    "gate": (),
    "end": (),
    "side": (),
}
_SUFFIX_OF = {
    variant: name for name, short in STREET_SUFFIXES.items() for variant in (name, *short)
}


def street_suffix(word: str) -> str:
    """The street word a word stands for ("St." → "street"), or "" when it is not one."""
    return _SUFFIX_OF.get(word.lower().rstrip("."), "")


def address_parts(text: str) -> list[str]:
    """The comma-separated parts of an address, without its postcode: "Flat 2", "14 Acacia
    Avenue", "Leeds"."""
    cleaned = " ".join(text.split())
    rest = POSTCODE.sub("", cleaned) if normalise_postcode(cleaned) else cleaned
    return [p.strip() for p in rest.split(",") if p.strip()]


def parse_address(text: str) -> Address:
    """An address line as the person wrote it, with its parts found where they can be: the
    house number and street from whichever part has them ("Harrow and Co, 3 Park Row")."""
    cleaned = " ".join(text.split())
    postcode = normalise_postcode(cleaned)
    parts = address_parts(cleaned)
    number = street = ""
    street_part = -1
    for n, part in enumerate(parts):
        match = _HOUSE_STREET.match(part)
        if match:
            number, street, street_part = match.group(1), match.group(2).strip(" ,"), n
            # "14a Acacia Avenue Leeds": the street ends at its street word.
            words = street.split()
            for end, word in enumerate(words[1:-1], start=2):
                if street_suffix(word) and not street_suffix(words[end]):
                    street = " ".join(words[:end])
                    break
            break
    town = ""
    if len(parts) > 1 and street_part != len(parts) - 1:
        last = parts[-1]
        if not any(c.isdigit() for c in last):
            town = last
    return Address(cleaned, number, street, town, postcode)


def _checked(profile: Profile) -> Profile:
    # Here, not at the top: phonenumbers takes a tenth of a second to load, and every command
    # loads this module (issue 15: add and search must start quickly).
    import phonenumbers

    region = (profile.region or DEFAULT_REGION).strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise BadInput(
            f"'{profile.region}' is not a country code Daybook knows; use two letters, like GB."
        )
    phones: list[str] = []
    for phone in profile.phones:
        phone = phone.strip()
        if not phone:
            continue
        try:
            parsed = phonenumbers.parse(phone, region)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_possible_number(parsed):
            raise BadInput(f"'{phone}' does not look like a phone number. Please check it.")
        if phone not in phones:
            phones.append(phone)
    emails: list[str] = []
    for email in profile.emails:
        email = email.strip()
        if not email:
            continue
        if not _EMAIL.match(email):
            raise BadInput(f"'{email}' does not look like an email address. Please check it.")
        if email.casefold() not in (e.casefold() for e in emails):
            emails.append(email)
    addresses = []
    for address in profile.addresses:
        if address.text.strip():
            # Parts are found again from the text, so what is stored always matches it.
            addresses.append(parse_address(address.text))
    other = [o.strip() for o in profile.other if o.strip()]
    return Profile(
        name=" ".join(profile.name.split()),
        phones=tuple(phones),
        emails=tuple(emails),
        addresses=tuple(addresses),
        other=tuple(dict.fromkeys(other)),
        region=region,
    )


def _from_row(row: ProfileRow | None) -> Profile:
    if row is None:
        return Profile()
    addresses = []
    for raw in json.loads(row.addresses or "[]"):
        text = str(raw.get("text", "")) if isinstance(raw, dict) else str(raw)
        addresses.append(parse_address(text))
    return Profile(
        name=row.name,
        phones=tuple(json.loads(row.phones or "[]")),
        emails=tuple(json.loads(row.emails or "[]")),
        addresses=tuple(addresses),
        other=tuple(json.loads(row.other or "[]")),
        region=row.region or DEFAULT_REGION,
    )


class ProfileRecords(RecordStore):
    """The person's one profile: `diary.get_profile()`, `diary.save_profile(profile)`."""

    def get_profile(self) -> Profile:
        with self._session() as session:
            return _from_row(session.get(ProfileRow, 1))

    def save_profile(self, profile: Profile) -> Profile:
        """Check and store the profile; returns it as kept. BadInput names what is wrong."""
        checked = _checked(profile)

        def work(session: Session) -> None:
            row = session.get(ProfileRow, 1)
            if row is None:
                row = ProfileRow(id=1)
                session.add(row)
            row.name = checked.name
            row.phones = json.dumps(list(checked.phones), ensure_ascii=False)
            row.emails = json.dumps(list(checked.emails), ensure_ascii=False)
            row.addresses = json.dumps([{"text": a.text} for a in checked.addresses])
            row.other = json.dumps(list(checked.other), ensure_ascii=False)
            row.region = checked.region
            row.updated_at = to_text(now())
            # No hash of the details: phone numbers are few enough to guess from a hash.
            audit.append(session, "profile changed", "about me")

        self._write(work)
        return checked

    def update_profile(self, **changes: Any) -> Profile:
        """Change some fields and keep the rest: `update_profile(phones=(...))`."""
        return self.save_profile(replace(self.get_profile(), **changes))
