"""Made-up but realistic diary data, for trying Daybook and for benchmarks. Every name is invented."""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta

from diary.records.service import Diary
from diary.records.types import IncidentInput, MessageInput, PersonInput, PersonRef, ReportMade

PERPETRATOR = "Mark Ellison"
PLACES = [
    ("Outside my flat, Elm Road", "home", True),
    ("Bus stop on Station Street", "public", False),
    ("Car park at work, Riverside Offices", "work", False),
    ("Greenway Gym", "public", False),
    ("Tesco Express, High Street", "public", False),
    ("Lily's school gates", "school", True),
    ("My mum's house", "other", True),
]
CHANNELS = [
    ("WhatsApp", "+44 7700 900123", "ST2.2"),
    ("Phone call", "+44 7700 900123", "ST2.1"),
    ("Instagram", "@mark.e.84", "ST2.4"),
    ("Email", "mark.ellison@example.com", "ST2.3"),
    ("Text from a new number", "+44 7700 900456", "ST2.8"),
]
IN_PERSON = [
    ("He was waiting outside when I got home and followed me to the door.", ["ST1", "OC1"]),
    ("I saw his car parked across the road for about an hour, watching the house.", ["ST7", "ST5"]),
    ("He walked past the gym window three times while I was inside.", ["ST5", "ST7"]),
    ("He came up to me at the bus stop and would not let me walk away.", ["OC1", "OC2"]),
    ("My tyre was flat again and there was a note under the wiper.", ["ST6", "ST2.5"]),
    ("He turned up at work and asked reception where I was.", ["OC1", "OC4"]),
    ("Flowers were left on my doorstep with no card.", ["ST2.6"]),
    ("My friend said he had been asking her where I live now.", ["ST2.7", "OC5"]),
]
AT_DISTANCE = [
    "He sent a string of messages late at night saying he knew where I was.",
    "He rang eleven times in a row and left a voicemail shouting.",
    "He posted photos of me on Instagram with my address in the comments.",
    "He emailed my manager saying I had been stealing.",
    "A message from a number I did not know said 'you can't block me forever'.",
]
WORDS = [
    "I know where you are.",
    "You can't hide from me.",
    "If I can't have you nobody will.",
    "Pick up the phone.",
    "I'll be waiting.",
    "You'll regret this.",
]
MESSAGES = [
    "Why are you ignoring me",
    "I saw you today",
    "Answer me",
    "I just want to talk",
    "You looked nice in that blue coat",
    "I know you're home, the light's on",
    "Don't make me come round",
    "Who was that man you were with",
    "I'm not going anywhere",
    "You owe me an explanation",
]


def _photo(rng: random.Random, taken: datetime) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (320, 240), (rng.randrange(60, 200), rng.randrange(60, 200), 120))
    exif = Image.Exif()
    exif[0x010F] = "Demo"
    exif[0x0110] = "Phone"
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, exif=exif)
    return out.getvalue()


def fill_demo(
    diary: Diary,
    *,
    incidents: int,
    messages: int,
    photos: int = 0,
    seed: int = 1,
    court: bool = True,
) -> dict[str, int]:
    """Add made-up people, incidents, messages and photos to an unlocked diary; with `court`,
    also orders and their breaches, risk answers and a draft statement (demo_court.py)."""
    from diary.demo_court import CourtDemo

    rng = random.Random(seed)
    court_rng = random.Random(seed + 1_000_003)
    if diary.find_person(PERPETRATOR) is None:
        diary.add_person(
            PersonInput(
                name=PERPETRATOR,
                aliases=["Mark"],
                relationship="ex-partner",
                role="perpetrator",
                phones=["07700 900123", "07700 900456"],
                emails=["mark.ellison@example.com"],
                handles=["@mark.e.84"],
                vehicles=["AB12 CDE"],
                description="Tall, short dark hair, usually a grey hoodie.",
            )
        )
        diary.add_person(
            PersonInput(
                name="Priya Shah", relationship="neighbour", role="witness", phones=["07700 900789"]
            )
        )
        diary.add_person(PersonInput(name="Tom Reed", relationship="colleague", role="witness"))
    end = datetime(2024, 9, 30, 22, 0).astimezone()
    span_days = max(60, incidents // 3)
    start = end - timedelta(days=span_days)
    court_demo = CourtDemo.start(diary, start, end, PERPETRATOR) if court and incidents else None
    batch: list[IncidentInput] = []
    for i in range(incidents):
        # Later months are busier: escalation is the pattern courts look for.
        day = span_days * (1 - (1 - (i + rng.random()) / max(incidents, 1)) ** 1.6)
        when = (start + timedelta(days=day)).replace(
            hour=rng.choice([7, 8, 12, 17, 18, 19, 21, 22, 23]),
            minute=rng.randrange(60),
            second=0,
            microsecond=0,
        )
        if rng.random() < 0.5:
            text, codes = rng.choice(IN_PERSON)
            place, kind, sensitive = rng.choice(PLACES)
            data = IncidentInput(
                occurred_start=when,
                precision=rng.choice(["exact", "exact", "about"]),
                location=place,
                location_kind=kind,
                location_sensitive=sensitive,
                description=text,
                behaviours=list(codes),
                perpetrators=[PersonRef(PERPETRATOR, "saw")],
                witnesses=[PersonRef("Priya Shah")] if rng.random() < 0.2 else [],
            )
        else:
            channel, account, code = rng.choice(CHANNELS)
            data = IncidentInput(
                occurred_start=when,
                channel=channel,
                channel_account=account,
                location_kind="online",
                description=rng.choice(AT_DISTANCE),
                behaviours=["ST2", code] + (["OC2"] if rng.random() < 0.3 else []),
                perpetrators=[PersonRef(PERPETRATOR, "known number or account")],
            )
        if rng.random() < 0.4:
            data.exact_words = rng.choice(WORDS)
        data.fear = rng.randrange(3, 11)
        data.written_later = rng.random() < 0.3
        if rng.random() < 0.3:
            data.impact = rng.sample(
                ["changed_route", "missed_work", "security", "sleep", "stopped_going_out"], 2
            )
        if rng.random() < 0.1:
            data.reports = [
                ReportMade(
                    "Police",
                    when.strftime("%Y-%m-%d"),
                    f"CAD {rng.randrange(1000, 9999)}/{when:%d%b}",
                    "PC 4521 Ahmed",
                )
            ]
        data.told_to_stop = i > incidents // 4
        if court_demo is not None:
            data.breaches = court_demo.breaches_for(data, court_rng)
        batch.append(data)
        if len(batch) >= 1000:
            diary.add_incidents(batch)
            batch = []
    if batch:
        diary.add_incidents(batch)

    added_messages = 0
    if messages:
        lines: list[str] = []
        inputs: list[MessageInput] = []
        for i in range(messages):
            when = (start + timedelta(seconds=rng.randrange(span_days * 86400))).replace(
                microsecond=0
            )
            incoming = rng.random() < 0.85
            body = rng.choice(MESSAGES)
            sender = PERPETRATOR if incoming else "Me"
            lines.append(f"{when:%d/%m/%Y, %H:%M} - {sender}: {body} ({i})")
            inputs.append(
                MessageInput(
                    channel="whatsapp",
                    direction="incoming" if incoming else "outgoing",
                    sent_at=when,
                    body=f"{body} ({i})",
                    sender=sender,
                    sender_number="+447700900123" if incoming else None,
                    position=i + 1,
                    position_label=f"line {i + 1}",
                )
            )
        export = diary.attach_stream(
            "WhatsApp Chat with Mark.txt",
            io.BytesIO("\n".join(lines).encode()),
            media_type="text/plain",
            kind="chat export",
            capture_method="native export",
            description="WhatsApp chat export (made-up demo data)",
        )
        for item in inputs:
            item.source_ref = export.ref
        added_messages, _ = diary.add_messages(inputs, person=PERPETRATOR, audit_subject=export.ref)

    numbers = [s.number for s in diary.list_incidents()]
    for i in range(photos):
        taken = start + timedelta(days=rng.randrange(span_days), hours=rng.randrange(24))
        diary.attach_stream(
            f"IMG_{20240000 + i}.jpg",
            io.BytesIO(_photo(rng, taken)),
            incident=rng.choice(numbers) if numbers else None,
            media_type="image/jpeg",
            capture_method="photo taken at the time",
            captured_at=taken,
            description="Photo taken at the time",
        )
    if court_demo is not None:
        court_demo.finish(diary, court_rng, PERPETRATOR)
    return {"incidents": incidents, "messages": added_messages, "photos": photos}
