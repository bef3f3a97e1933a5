"""Redaction profiles: what the exported copy leaves out, applied to a copy of the input only.

The court copy is served on the person the diary is about, so it must never carry the person's
own details: their phone numbers (however written), emails (in any case), addresses (whole, by
postcode with or without its space, by house number and street, or by a distinctive street
alone) and other identifying details (a car registration, a child's school, a workplace). The
`Redactor` finds them in every text that reaches the court copy, including the other person's
words: his words stay, but her address inside them does not. Her name stays (he knows it).

Every removal is recorded as a PackWithheld, so the pack says what it withheld.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import phonenumbers

from diary.pack.model import (
    PackAuditEvent,
    PackExhibit,
    PackIncident,
    PackInput,
    PackPerson,
    PackWithheld,
)
from diary.records.profile import (
    POSTCODE,
    STREET_SUFFIXES,
    Address,
    address_parts,
    parse_address,
    street_suffix,
)
from diary.words import plural

WITHHELD = "[withheld]"
# Where the person lives, works or their children go to school is theirs to keep private.
PRIVATE_KINDS = frozenset({"home", "work", "school"})
# Fields that hold references, hashes and codes, never free text: left exactly as they are.
STRUCTURAL = frozenset(
    {
        "ref",
        "sha256",
        "hash",
        "number",
        "id",
        "media_type",
        "precision",
        "location_kind",
        "role",
        "direction",
        "derived_from",
        "owner_name",
        "owner_initials",
        "app_version",
        "profile",
        "diary_fingerprint",
        "how_identified",
        "behaviours",
        "exhibits",
        "messages",
        "incidents",
        "open_original",
        "owner_addresses",
        "owner_phones",
        "owner_emails",
        "owner_other",
        "owner_region",
        "what",
        "why",
        "prev_hash",
        "at_text",
        "subject",
        "detail",
        "since",
        "carried_in",
    }
)
# Street names so common that, without a house number, they say nothing about where someone lives.
COMMON_STREETS = frozenset(
    {
        "high street",
        "main street",
        "church street",
        "church road",
        "church lane",
        "station road",
        "park road",
        "park avenue",
        "london road",
        "victoria road",
        "green lane",
        "manor road",
        "mill lane",
        "new road",
        "school lane",
        "the avenue",
        "the crescent",
        "the green",
        "queens road",
        "kings road",
        "north street",
        "south street",
        "west street",
        "east street",
    }
)
# Parts of an address that name nothing on their own: "Flat 2", "Unit 5", "Apartment 3b".
_UNIT = re.compile(
    r"^(?:flat|apartment|apt|unit|suite|room|floor|block)\b[\s\w.-]*$", re.IGNORECASE
)
_APOSTROPHES = "'’‘`ʼ"
# Last words that people often leave out: "St Mary's Primary School" is "St Mary's Primary".
GENERIC_ENDINGS = frozenset(
    {"school", "academy", "college", "nursery", "ltd", "limited", "plc", "llp"}
)

T = TypeVar("T")


def _token(word: str) -> str:
    """One written word as people vary it: any case (the pattern ignores it), with or without a
    full stop after it ("St."), any apostrophe or none ("Mary's", "Mary’s", "Marys"), "&" for
    "and", "Saint" for "St"."""
    base = word.rstrip(".")
    low = base.lower()
    if low in ("and", "&"):
        return r"(?:and|&)"
    if low in ("st", "saint"):
        return r"(?:st|saint)\.?"
    if not base:
        return re.escape(word)
    parts = [f"[{_APOSTROPHES}]?" if c in _APOSTROPHES else re.escape(c) for c in base]
    return "".join(parts) + r"\.?"


_GAP = r"[\s,\-]*"  # between words: spaces, a line break, a comma, a hyphen or none


def _words(text: str) -> str:
    """A pattern for words however they are spaced, broken across lines or punctuated."""
    return _GAP.join(_token(w) for w in text.replace(",", " ").split())


def _bounded(pattern: str) -> str:
    """Whole words only: "Lily" must not match inside "Lilywhite"."""
    return r"(?<![^\W_])" + pattern + r"(?![^\W_])"


def _loose(text: str) -> str:
    """Letters and digits in order with any spaces or hyphens between: "AB12 CDE", "ab12cde"."""
    chars = [c for c in text if c.isalnum()]
    return r"[\s\-]*".join(re.escape(c) for c in chars)


def _street_pattern(street: str) -> str:
    """A street however its last word is written: "Wharf St" matches "Wharf Street" too."""
    words = street.split()
    if not words:
        return ""
    suffix = street_suffix(words[-1])
    if suffix and len(words) > 1:
        forms = sorted((suffix, *STREET_SUFFIXES[suffix]), key=len, reverse=True)
        return _words(" ".join(words[:-1])) + _GAP + r"(?:" + "|".join(forms) + r")\.?"
    return _words(street)


def _named_parts(address: Address) -> list[str]:
    """Parts of an address that name a place on their own ("Kirkstall Business Park", "Harrow
    and Co"), besides the house and street: not a flat or unit number, not the town."""
    found: list[str] = []
    for part in address_parts(address.text):
        if part in (address.town, address.street) or _UNIT.match(part):
            continue
        if address.house_number and part.startswith(address.house_number):
            continue
        letters = sum(c.isalpha() for c in part)
        if letters >= 4 and " ".join(part.lower().split()) not in COMMON_STREETS:
            found.append(part)
    return found


class Redactor:
    """Finds the person's own details in any text and replaces them with [withheld]."""

    def __init__(
        self,
        phones: tuple[str, ...] = (),
        emails: tuple[str, ...] = (),
        addresses: tuple[str, ...] = (),
        other: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
        region: str = "GB",
    ) -> None:
        self.region = region or "GB"
        self.numbers: set[tuple[int, int]] = set()
        patterns: list[str] = []
        for phone in phones:
            try:
                parsed = phonenumbers.parse(phone, self.region)
            except phonenumbers.NumberParseException:
                patterns.append(_loose(phone))
                continue
            self.numbers.add((parsed.country_code or 0, parsed.national_number or 0))
            # Digits however grouped, as a net under the matcher (it skips some odd layouts).
            national = str(parsed.national_number)
            sep = r"[\s\-().]*"
            prefix = r"(?:(?:\+|00)\d{1,3}" + sep + r")?(?:\(?0\)?" + sep + ")?"
            patterns.append(r"(?<![\w+])" + prefix + sep.join(national) + r"(?!\d)")
        for email in emails:
            if email.strip():
                patterns.append(r"(?<![\w.+-])" + re.escape(email.strip()) + r"(?![\w-])")
        for text in addresses:
            address = parse_address(text)
            if address.text:
                patterns.append(_bounded(_words(address.text)))
            postcode = POSTCODE.fullmatch(address.postcode)
            if postcode:
                patterns.append(
                    _bounded(_loose(postcode.group(1)) + r"\s*" + _loose(postcode.group(2)))
                )
            if address.street:
                street = _street_pattern(address.street)
                if address.house_number:
                    patterns.append(_bounded(re.escape(address.house_number) + r"[\s,]*" + street))
                if " ".join(address.street.lower().split()) not in COMMON_STREETS:
                    patterns.append(_bounded(street))
            patterns += [_bounded(_words(part)) for part in _named_parts(address)]
        for detail in other:
            detail = detail.strip()
            if len(detail) < 3:
                continue
            is_code = re.fullmatch(r"[A-Za-z0-9 \-]+", detail) and any(c.isdigit() for c in detail)
            if is_code:
                patterns.append(_loose(detail))
                continue
            patterns.append(_bounded(_words(detail)))
            words = detail.split()
            if len(words) > 2 and words[-1].lower().rstrip(".") in GENERIC_ENDINGS:
                # "St Mary's Primary School" is also written "St Mary's Primary".
                patterns.append(_bounded(_words(" ".join(words[:-1]))))
        for place in places:
            if len(place.strip()) >= 3:
                patterns.append(_bounded(_words(place.strip())))
        patterns = [p for p in dict.fromkeys(patterns) if p]
        # Longest first, so a whole address wins over the street inside it.
        patterns.sort(key=len, reverse=True)
        self._re = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        self.hits = 0

    def _phones(self, text: str) -> str:
        if not self.numbers or not any(c.isdigit() for c in text):
            return text
        out: list[str] = []
        last = 0
        for match in phonenumbers.PhoneNumberMatcher(
            text, self.region, leniency=phonenumbers.Leniency.POSSIBLE
        ):
            number = (match.number.country_code or 0, match.number.national_number or 0)
            if number in self.numbers:
                out.append(text[last : match.start])
                out.append(WITHHELD)
                last = match.end
                self.hits += 1
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def finds(self, text: str) -> bool:
        """Whether the text holds any of the person's details (counts nothing)."""
        hits = self.hits
        try:
            return bool(text) and self(text) != text
        finally:
            self.hits = hits

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = self._phones(text)
        if self._re is None:
            return text
        new, n = self._re.subn(WITHHELD, text)
        self.hits += n
        return new

    def walk(self, value: T) -> T:
        """The same records with every free-text field passed through the redactor."""
        walked: T = _walk(value, self)
        return walked


# Fields that hold a file's name: its extension stays, so the file still opens.
FILE_NAMES = frozenset({"original_name"})


def _file_name(name: str, scrub: Callable[[str], str]) -> str:
    """A file name with the person's details withheld from its stem only ("letter Acacia
    Ave.pdf" becomes "letter [withheld].pdf", never "letter [withheld]pdf")."""
    stem, dot, ext = name.rpartition(".")
    if dot and stem and re.fullmatch(r"[A-Za-z0-9]{1,10}", ext):
        return scrub(stem) + dot + ext
    return scrub(name)


def _is_record(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _walk(value: Any, scrub: Callable[[str], str], name: str = "") -> Any:
    # A structural name on plain values (refs, codes) is kept; on records (PackInput.incidents)
    # the records inside are walked.
    if name in STRUCTURAL and not (isinstance(value, tuple) and any(map(_is_record, value))):
        return value
    if isinstance(value, str):
        return _file_name(value, scrub) if name in FILE_NAMES else scrub(value)
    if isinstance(value, tuple):
        return tuple(_walk(v, scrub) for v in value)
    if isinstance(value, dict):
        return {k: _walk(v, scrub, str(k)) for k, v in value.items()}
    if _is_record(value):
        changes = {
            f.name: _walk(getattr(value, f.name), scrub, f.name)
            for f in dataclasses.fields(value)
            if f.name != "open_original"
        }
        return replace(value, **changes)
    return value


def private_notes(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """Private notes leave the pack unless the person chose to include them."""
    if data.include_private_notes:
        return data, []
    count = sum(1 for i in data.incidents if i.private_note.strip())
    if not count:
        return data, []
    incidents = tuple(replace(i, private_note="") for i in data.incidents)
    return replace(data, incidents=incidents), [
        PackWithheld(
            f"Private notes on {plural(count, 'incident')}",
            "The person chose not to include their private notes.",
        )
    ]


def is_private_place(i: PackIncident) -> bool:
    return bool(i.location) and (i.location_sensitive or i.location_kind in PRIVATE_KINDS)


def place_labels(incidents: tuple[PackIncident, ...]) -> dict[str, str]:
    """A distinct label for each distinct private place, in order of first appearance, so a
    court copy never makes different places look like one (place withheld 1, 2…)."""
    labels: dict[str, str] = {}
    for i in sorted(incidents, key=lambda i: (i.occurred_start.timestamp(), i.number)):
        if is_private_place(i):
            key = " ".join(i.location.casefold().split())
            labels.setdefault(key, f"[place withheld {len(labels) + 1}]")
    return labels


def redactor_for(data: PackInput) -> Redactor:
    """The redactor for this person: their profile, and the private places they recorded."""
    return Redactor(
        phones=data.owner_phones,
        emails=data.owner_emails,
        addresses=data.owner_addresses,
        other=data.owner_other,
        places=tuple(i.location for i in data.incidents if is_private_place(i)),
        region=data.owner_region,
    )


def court_copy(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """The court profile on the records; exhibit files are redacted separately in build.py."""
    withheld: list[PackWithheld] = []
    labels = place_labels(data.incidents)
    scrub = redactor_for(data)

    def place(i: PackIncident) -> PackIncident:
        if is_private_place(i):
            return replace(i, location=labels[" ".join(i.location.casefold().split())])
        return i

    witness_contacts = sum(1 for i in data.incidents for w in i.witnesses if w.contact)
    incidents = tuple(
        replace(place(i), witnesses=tuple(replace(w, contact="") for w in i.witnesses))
        for i in data.incidents
    )

    def person(p: PackPerson) -> PackPerson:
        if p.role == "perpetrator":
            return p  # their identifiers stay (the person's own details in them go, below)
        contact = ("phones", "emails", "addresses")
        return replace(
            p,
            phones=(),
            emails=(),
            addresses=(),
            sources=tuple(s for s in p.sources if s.kind not in contact),
        )

    people_contacts = sum(
        1 for p in data.people if p.role != "perpetrator" and (p.phones or p.emails or p.addresses)
    )
    people = tuple(person(p) for p in data.people)

    def exhibit(e: PackExhibit) -> PackExhibit:
        return replace(e, captured_place="")

    places_in_exhibits = sum(1 for e in data.exhibits if e.captured_place)
    exhibits = tuple(exhibit(e) for e in data.exhibits)
    out = replace(data, incidents=incidents, people=people, exhibits=exhibits)
    # Every text that reaches the court copy, the other person's words included.
    out = scrub.walk(out)
    audit, history_withheld = withhold_history(out.audit, redactor_for(data))
    out = replace(out, audit=audit)

    if labels:
        count = sum(1 for i in data.incidents if is_private_place(i))
        withheld.append(
            PackWithheld(
                f"The place of {plural(count, 'incident')} "
                f"({plural(len(labels), 'different place')}: the person's "
                "home, work, school or another place marked sensitive)",
                "Court copy: the person's own places are shown as 'place withheld 1', "
                "'place withheld 2'…, one number for each different place.",
            )
        )
    if witness_contacts or people_contacts:
        withheld.append(
            PackWithheld(
                "Contact details of witnesses and other people (not the person doing this)",
                "Court copy: witnesses' phone numbers, emails and addresses are not shown.",
            )
        )
    if places_in_exhibits:
        withheld.append(
            PackWithheld(
                f"Where {places_in_exhibits} exhibit{'s were' if places_in_exhibits != 1 else ' was'} captured",
                "Court copy: location data of photos is not shown.",
            )
        )
    if history_withheld:
        withheld.append(
            PackWithheld(
                f"What {plural(history_withheld, 'entry', 'entries')} of the "
                "diary's history record (they hold the person's own details)",
                "Court copy: each entry's hash is kept, so the history still links up and can "
                "be compared with other packs; the full copy shows what they record.",
            )
        )
    if scrub.hits:
        withheld.append(
            PackWithheld(
                "The person's own address, phone number, email or other identifying details "
                f"wherever they appeared ({plural(scrub.hits, 'place')}), "
                "including inside the other person's words",
                "Court copy: shown as [withheld].",
            )
        )
    return out, withheld


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(str(k)), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def withhold_history(
    audit: tuple[PackAuditEvent, ...], scrub: Redactor
) -> tuple[tuple[PackAuditEvent, ...], int]:
    """The history for a court copy: an entry whose subject or detail holds the person's own
    details (who a pack was for, say) keeps its hash but not what the hash covers."""
    out: list[PackAuditEvent] = []
    count = 0
    for event in audit:
        try:
            detail = json.loads(event.detail) if event.detail else None
        except ValueError:
            detail = event.detail
        texts = [event.subject, *_strings(detail)]
        if any(scrub.finds(text) for text in texts):
            out.append(replace(event, subject="", detail="", withheld=True))
            count += 1
        else:
            out.append(event)
    return tuple(out), count


def apply_profile(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """The input as the profile exports it, and the list of what was left out and why."""
    data, withheld = private_notes(data)
    if data.profile == "court":
        data, more = court_copy(data)
        withheld += more
    return data, withheld
