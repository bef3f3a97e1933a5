"""Redaction profiles: what the exported copy leaves out, applied to a copy of the input only.

Every removal is recorded as a PackWithheld so the pack says what it withheld; the other person's
words (exact words, threats, their messages) and identifiers are never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

import phonenumbers

from diary.pack.model import (
    PackExhibit,
    PackIncident,
    PackInput,
    PackMessage,
    PackPerson,
    PackWithheld,
)

WITHHELD = "[withheld]"
PLACE_WITHHELD = "[place withheld in court copy]"
# Where the person lives, works or their children go to school is theirs to keep private.
PRIVATE_KINDS = frozenset({"home", "work", "school"})


_SEP = r"[\s\-().]*"


def _phone_pattern(phone: str) -> str | None:
    """A pattern for the number however it is written: spaced, bracketed, +44 or 0 in front."""
    digits = re.sub(r"\D", "", phone)
    try:
        parsed = phonenumbers.parse(phone, "GB")
        national = str(parsed.national_number)
    except phonenumbers.NumberParseException:
        national = digits.lstrip("0")
    if len(national) < 6:
        return None
    prefix = r"(?:(?:\+|00)\d{1,3}" + _SEP + r")?(?:\(?0\)?" + _SEP + ")?"
    return r"(?<!\d)" + prefix + _SEP.join(re.escape(d) for d in national) + r"(?!\d)"


class Scrubber:
    """Replaces the person's own places, numbers and addresses in free text they wrote."""

    def __init__(self, texts: list[str], phones: list[str]) -> None:
        parts = [re.escape(t.strip()) for t in texts if len(t.strip()) >= 3]
        parts += [p for p in (_phone_pattern(ph) for ph in phones) if p]
        # Longest first, so a full address wins over a street name inside it.
        parts.sort(key=len, reverse=True)
        self._re = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        self.hits = 0

    def __call__(self, text: str) -> str:
        if self._re is None or not text:
            return text
        new, n = self._re.subn(WITHHELD, text)
        self.hits += n
        return new


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
            f"Private notes on {count} incident{'s' if count != 1 else ''}",
            "The person chose not to include their private notes.",
        )
    ]


def court_copy(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """The court profile on the records; photo files are redacted separately in build.py."""
    withheld: list[PackWithheld] = []
    sensitive_places = [
        i.location
        for i in data.incidents
        if i.location and (i.location_sensitive or i.location_kind in PRIVATE_KINDS)
    ]
    scrub = Scrubber(
        list(data.owner_addresses) + list(data.owner_emails) + sensitive_places,
        list(data.owner_phones),
    )
    places = 0
    witness_contacts = 0

    def incident(i: PackIncident) -> PackIncident:
        nonlocal places, witness_contacts
        location = i.location
        if location and (i.location_sensitive or i.location_kind in PRIVATE_KINDS):
            location = PLACE_WITHHELD
            places += 1
        else:
            location = scrub(location)
        witnesses = []
        for w in i.witnesses:
            if w.contact:
                witness_contacts += 1
            witnesses.append(replace(w, name=scrub(w.name), contact=""))
        return replace(
            i,
            location=location,
            # The account is how they reached the person: it can be the person's own number.
            account=scrub(i.account),
            description=scrub(i.description),
            impact_text=scrub(i.impact_text),
            third_parties=tuple(scrub(t) for t in i.third_parties),
            witnesses=tuple(witnesses),
            private_note=scrub(i.private_note),
            revisions=tuple(replace(r, text=scrub(r.text)) for r in i.revisions),
            addenda=tuple(replace(a, text=scrub(a.text)) for a in i.addenda),
        )

    incidents = tuple(incident(i) for i in data.incidents)

    people_contacts = 0

    def person(p: PackPerson) -> PackPerson:
        nonlocal people_contacts
        if p.role == "perpetrator":
            return p
        if p.phones or p.emails:
            people_contacts += 1
        return replace(p, phones=(), emails=(), description=scrub(p.description))

    people = tuple(person(p) for p in data.people)

    def message(m: PackMessage) -> PackMessage:
        if m.direction == "incoming":
            # Their words and their identifiers stay; only the person's own number goes.
            return replace(m, recipients=tuple(scrub(r) for r in m.recipients))
        return replace(
            m,
            sender=scrub(m.sender),
            body=scrub(m.body),
            recipients=m.recipients,
        )

    messages = tuple(message(m) for m in data.messages)

    def exhibit(e: PackExhibit) -> PackExhibit:
        return replace(e, captured_place="", description=scrub(e.description))

    places_in_exhibits = sum(1 for e in data.exhibits if e.captured_place)
    exhibits = tuple(exhibit(e) for e in data.exhibits)

    if places:
        withheld.append(
            PackWithheld(
                f"The place of {places} incident{'s' if places != 1 else ''} "
                "(the person's home, work, school or another place marked sensitive)",
                "Court copy: the person's own places are not shown.",
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
    if scrub.hits:
        withheld.append(
            PackWithheld(
                "The person's own address, phone number or email where it appeared in their "
                "own words or messages",
                "Court copy: shown as [withheld].",
            )
        )
    out = replace(data, incidents=incidents, people=people, messages=messages, exhibits=exhibits)
    return out, withheld


def apply_profile(data: PackInput) -> tuple[PackInput, list[PackWithheld]]:
    """The input as the profile exports it, and the list of what was left out and why."""
    data, withheld = private_notes(data)
    if data.profile == "court":
        data, more = court_copy(data)
        withheld += more
    return data, withheld
