"""A small hand-made PackInput for the pack tests and the golden pack: Unicode text, a photo with GPS."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

from PIL import Image, ImageDraw

from diary.pack.model import (
    PackAddendum,
    PackAuditEvent,
    PackChange,
    PackExhibit,
    PackIncident,
    PackInput,
    PackMessage,
    PackPerpetrator,
    PackPerson,
    PackReport,
    PackRevision,
    PackWitness,
    Profile,
)
from diary.records.audit import GENESIS, link_hash
from diary.records.codec import canonical_json

UK = timezone(timedelta(hours=0))
BST = timezone(timedelta(hours=1))
SENSITIVE_PLACE = "14 Larkspur Close, Didcot OX11 7QZ"
OWNER_PHONE = "07700 900123"
WITNESS_CONTACT = "07700 900456, priya@example.org"
GPS_LAT = (51.0, 36.0, 29.5)


def photo_with_gps(seed: int = 0, size: tuple[int, int] = (640, 480)) -> bytes:
    """A JPEG with EXIF capture time and GPS position, like a phone photo."""
    img = Image.new("RGB", size, (90 + seed * 20 % 120, 110, 140))
    draw = ImageDraw.Draw(img)
    for k in range(0, size[0], 40):
        draw.line([(k, 0), (size[0] - k, size[1])], fill=(230, 220, 200), width=3)
    draw.rectangle([40, 40, 200, 140], fill=(20, 30, 40))
    exif = Image.Exif()
    exif[0x0132] = "2024:03:02 21:35:00"
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: GPS_LAT, 3: "W", 4: (1.0, 14.0, 3.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, quality=85)
    return out.getvalue()


def screenshot_png() -> bytes:
    img = Image.new("RGB", (360, 640), (250, 250, 250))
    draw = ImageDraw.Draw(img)
    for k in range(8):
        draw.rounded_rectangle([20, 30 + k * 70, 300, 80 + k * 70], 10, fill=(200, 230, 200))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


CHAT = (
    "02/03/2024, 21:30 - Mark: Я знаю, где ты живёшь.\n"
    "02/03/2024, 21:31 - Mark: Answer me. I'm outside.\n"
    "02/03/2024, 21:40 - Jane: Please stop contacting me.\n"
    "05/03/2024, 07:02 - Mark: Σε βλέπω κάθε πρωί.\n"
).encode()


def _opener(data: bytes) -> Callable[[], Iterator[bytes]]:
    def open_original() -> Iterator[bytes]:
        for k in range(0, len(data), 4096):
            yield data[k : k + 4096]

    return open_original


def exhibit(ref: str, name: str, media: str, data: bytes, kind: str, **kw: object) -> PackExhibit:
    return PackExhibit(
        ref=ref,
        kind=kind,
        original_name=name,
        media_type=media,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        imported_at=datetime(2024, 3, 3, 9, 0, tzinfo=UK),
        open_original=_opener(data),
        **kw,  # type: ignore[arg-type]
    )


def _chain(t: datetime, events: list[tuple[str, str]]) -> tuple[PackAuditEvent, ...]:
    """A real hash chain, as the vault makes it, so the pack's chain script can check it."""
    out = []
    prev = GENESIS
    for n, (kind, subject) in enumerate(events):
        at = (t + timedelta(hours=n)).isoformat()
        detail = canonical_json({"content": hashlib.sha256(bytes([n])).hexdigest()})
        digest = link_hash(prev, n + 1, at, kind, subject, detail)
        out.append(
            PackAuditEvent(
                n + 1,
                datetime.fromisoformat(at),
                kind,
                f"{subject} {kind}",
                digest,
                prev_hash=prev,
                at_text=at,
                subject=subject,
                detail=detail,
            )
        )
        prev = digest
    return tuple(out)


def sample_input(profile: Profile = "full", include_private_notes: bool = False) -> PackInput:
    t = datetime(2024, 3, 2, 21, 30, tzinfo=UK)
    photo = photo_with_gps()
    exhibits = (
        exhibit(
            "JS1",
            "IMG_2041.jpg",
            "image/jpeg",
            photo,
            "photo",
            description="Mark's car parked opposite the house",
            captured_at=datetime(2024, 3, 2, 21, 35, tzinfo=UK),
            captured_place="51.6082 N, 1.2342 W",
            capture_method="original file from my phone",
            original_kept="On my phone and in Daybook",
            incidents=("INC-0001",),
        ),
        exhibit(
            "JS2",
            "WhatsApp Chat with Mark.txt",
            "text/plain",
            CHAT,
            "chat export",
            description="WhatsApp export of messages from Mark",
            capture_method="native export (WhatsApp 'Export chat')",
            original_kept="On my phone",
            incidents=("INC-0001", "INC-0002"),
        ),
        exhibit(
            "JS3",
            "../../evil\nname<script>.png",
            "image/png",
            screenshot_png(),
            "screenshot",
            description="Screenshot of the Instagram account",
            capture_method="screenshot",
            original_kept="Laptop",
            incidents=("INC-0003",),
        ),
    )
    incidents = (
        PackIncident(
            number="INC-0001",
            occurred_start=t,
            occurred_end=t + timedelta(minutes=40),
            precision="exact",
            written_at=t + timedelta(hours=1, minutes=5),
            written_later=False,
            location=SENSITIVE_PLACE,
            location_kind="home",
            location_sensitive=True,
            channel="WhatsApp",
            account="+44 7700 900777",
            description=(
                "Mark sent messages saying he knew where I live, then I saw his silver Corsa "
                f"parked opposite {SENSITIVE_PLACE} for forty minutes. My phone {OWNER_PHONE} "
                "kept buzzing."
            ),
            exact_words="Я знаю, где ты живёшь. Answer me. I'm outside.",
            threats="",
            behaviours=("ST2.2", "ST5", "OC1"),
            perpetrators=(PackPerpetrator("Mark Ellison", "saw him and knew the car"),),
            witnesses=(PackWitness("Priya Shah (neighbour)", WITNESS_CONTACT),),
            fear=8,
            impact=("did not sleep", "changed route"),
            impact_text="I could not sleep and kept checking the window.",
            told_to_stop=True,
            reports=(
                PackReport(
                    "Thames Valley Police",
                    datetime(2024, 3, 3, 10, 0, tzinfo=UK),
                    "43240098765",
                    "PC 1234 Hughes",
                ),
            ),
            exhibits=("JS1", "JS2"),
            messages=("m1", "m2"),
            private_note="I think my sister told him the address.",
            revisions=(
                PackRevision(
                    t + timedelta(hours=1, minutes=5),
                    "What happened: Mark outside the house.",
                    fields=(("What happened", "Mark outside the house."), ("Fear", "6 out of 10")),
                ),
                PackRevision(
                    t + timedelta(days=1),
                    "What happened: Mark outside the house. → Mark sent messages saying he knew "
                    "where I live, then parked opposite.\nFear: 6 out of 10 → 8 out of 10",
                    changes=(
                        PackChange(
                            "description",
                            "What happened",
                            "Mark outside the house.",
                            "Mark sent messages saying he knew where I live, then parked opposite.",
                        ),
                        PackChange("fear", "Fear", "6 out of 10", "8 out of 10"),
                    ),
                ),
            ),
            addenda=(
                PackAddendum(t + timedelta(days=2), "Priya says she saw the car again at 23:10."),
            ),
        ),
        PackIncident(
            number="INC-0002",
            occurred_start=datetime(2024, 3, 5, 7, 0, tzinfo=UK),
            precision="about",
            written_at=datetime(2024, 3, 5, 19, 0, tzinfo=UK),
            written_later=True,
            location="Didcot Parkway station, platform 1",
            location_kind="public",
            channel="WhatsApp",
            account="+44 7700 900777",
            description=(
                "Σε βλέπω κάθε πρωί — the message arrived while I waited for the train. "
                "Then Mark was on the platform, staring at me. Café owner Zoë saw him."
            ),
            exact_words="Σε βλέπω κάθε πρωί.",
            threats="",
            behaviours=("ST1", "ST2.2", "ST7"),
            perpetrators=(PackPerpetrator("Mark Ellison", "saw"),),
            witnesses=(PackWitness("Zoë Brennan", "zoe@example.net"),),
            fear=7,
            impact=("missed work",),
            told_to_stop=True,
            exhibits=("JS2",),
            messages=("m3",),
            revisions=(
                PackRevision(datetime(2024, 3, 5, 19, 0, tzinfo=UK), "Message and platform."),
            ),
        ),
        PackIncident(
            number="INC-0003",
            occurred_start=datetime(2024, 4, 1, tzinfo=BST),
            precision="day",
            written_at=datetime(2024, 4, 2, 8, 0, tzinfo=BST),
            written_later=True,
            channel="Instagram",
            account="@mark_watching_you",
            description=(
                "A new Instagram account @mark_watching_you started following me and my friends; "
                "it posted photos of my front door."
            ),
            threats="Caption: 'Nice door. Be a shame if something happened to it.'",
            behaviours=("ST2.8", "ST3", "OC2", "OC4"),
            perpetrators=(PackPerpetrator("Mark Ellison", "suspected"),),
            third_parties=("my friend Olena", "my manager"),
            fear=9,
            impact=("security fitted",),
            impact_text="I had a doorbell camera fitted and stopped going out alone.",
            order_breached="Non-molestation order, Oxford Family Court, 20 Mar 2024",
            order_condition="no contact, direct or indirect",
            exhibits=("JS3",),
        ),
    )
    messages = (
        PackMessage(
            "m1",
            "WhatsApp",
            "incoming",
            "Mark (+44 7700 900777)",
            t,
            "Я знаю, где ты живёшь.",
            (OWNER_PHONE,),
            "JS2",
            "line 1",
            ("INC-0001",),
        ),
        PackMessage(
            "m2",
            "WhatsApp",
            "incoming",
            "Mark (+44 7700 900777)",
            t + timedelta(minutes=1),
            "Answer me. I'm outside.",
            (OWNER_PHONE,),
            "JS2",
            "line 2",
            ("INC-0001",),
        ),
        PackMessage(
            "m3",
            "WhatsApp",
            "incoming",
            "Mark (+44 7700 900777)",
            datetime(2024, 3, 5, 7, 2, tzinfo=UK),
            "Σε βλέπω κάθε πρωί.",
            (),
            "JS2",
            "line 4",
            ("INC-0002",),
        ),
    )
    people = (
        PackPerson(
            "Mark Ellison",
            "perpetrator",
            aliases=("Marky", "@mark_watching_you"),
            relationship="ex-partner (together 2019 to 2023)",
            phones=("+44 7700 900777",),
            emails=("mark.e@example.com",),
            handles=("@mark_watching_you",),
            vehicles=("silver Vauxhall Corsa AB12 CDE",),
        ),
        PackPerson("Priya Shah", "witness", relationship="neighbour", phones=("07700 900456",)),
    )
    audit = _chain(
        t,
        [
            ("created", "INC-0001"),
            ("imported", "JS2"),
            ("revised", "INC-0001"),
            ("created", "INC-0002"),
            ("addendum", "INC-0001"),
            ("created", "INC-0003"),
        ],
    )
    return PackInput(
        owner_name="Jane Smith",
        owner_initials="JS",
        for_whom="Stalking advocate, Safe Haven Trust (Ms Ana Ortiz)",
        created_at=datetime(2024, 4, 10, 12, 0, tzinfo=BST),
        period_from=datetime(2024, 3, 1, tzinfo=UK),
        period_to=datetime(2024, 4, 10, tzinfo=BST),
        diary_fingerprint="DB7K-Q2MX-9FHT",
        app_version="0.1.0",
        profile=profile,
        include_private_notes=include_private_notes,
        incidents=incidents,
        people=people,
        exhibits=exhibits,
        messages=messages,
        audit=audit,
        owner_addresses=(SENSITIVE_PLACE,),
        owner_phones=(OWNER_PHONE,),
        owner_emails=("jane.smith@example.org",),
    )
