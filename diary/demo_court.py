"""The court side of the made-up demo diary: an order in force and its breaches, an order asked
for with the incidents that show why, risk answers, changes to daily life, attachments, what is
known about the person doing it, and a saved draft statement. Every name and place is invented.

Made with its own random generator, so the rest of the demo stays the same for a given seed.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diary.records.court_types import (
    ConditionInput,
    FactSource,
    LifeChangeInput,
    OrderInput,
    fact_key,
)
from diary.records.service import Diary
from diary.records.types import IncidentInput, PersonInput

WITNESS = "Jo Smith"
ORDER_CONDITIONS = [
    (
        "The respondent must not use or threaten violence against the applicant, and must not "
        "instruct, encourage or in any way suggest that any other person should do so.",
        "prohibition",
    ),
    (
        "The respondent must not contact the applicant by any means, directly or through anyone "
        "else, including by telephone, text message, email or social media.",
        "prohibition",
    ),
    ("The respondent must not go within 100 metres of the applicant's home.", "prohibition"),
    ("The respondent must not go to the applicant's place of work.", "prohibition"),
]
ASKED_FOR = [
    ("Not to come within 100 metres of my home or my mum's house", ("OC1", "ST5", "ST7")),
    ("Not to contact me by any means, or ask anyone else to", ("ST2",)),
    ("Not to post anything about me online", ("ST3", "ST2.4")),
]


def _pdf(title: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 770, title)
    page.setFont("Helvetica", 10)
    y = 740
    for line in lines:
        page.drawString(72, y, line)
        y -= 16
    page.showPage()
    page.save()
    return out.getvalue()


@dataclass
class CourtDemo:
    """What the incident loop needs to know to mark breaches of the order in force."""

    served: date | None

    @classmethod
    def start(cls, diary: Diary, start: datetime, end: datetime, perpetrator: str) -> CourtDemo:
        """Add the order in force (served about half way through), unless the diary has orders."""
        if diary.list_orders():
            return cls(served=None)
        made = (start + (end - start) * 0.45).date()
        copy = diary.attach_stream(
            "Non-molestation order (made-up).pdf",
            io.BytesIO(
                _pdf(
                    "NON-MOLESTATION ORDER (made-up demo document)",
                    [f"Made on {made:%d %B %Y} at the Family Court at Leeds."]
                    + [f"{n}. {text[:90]}" for n, (text, _k) in enumerate(ORDER_CONDITIONS, 1)],
                )
            ),
            media_type="application/pdf",
            kind="document",
            capture_method="copy of the sealed order",
            description="The non-molestation order (made-up demo document)",
        )
        diary.mark_attachment(copy.ref, "order", "Non-molestation order", made)
        diary.add_order(
            OrderInput(
                kind="non-molestation",
                status="in-force",
                court="Family Court at Leeds",
                made=made,
                served=made + timedelta(days=2),
                expires=made + timedelta(days=365),
                reference="LS24F00123",
                against=perpetrator,
                conditions=[ConditionInput(text, kind) for text, kind in ORDER_CONDITIONS],
                copy_exhibit=copy.ref,
            )
        )
        return cls(served=made + timedelta(days=2))

    def breaches_for(self, data: IncidentInput, rng: random.Random) -> list[str]:
        """The conditions a made-up incident broke, if it came after the order was served."""
        if self.served is None or data.occurred_start.date() < self.served:
            return []
        codes = set(data.behaviours)
        found: list[str] = []
        if "ST2" in codes and rng.random() < 0.9:
            found.append("ORD-1/2")
        if data.location_kind == "home" and codes & {"OC1", "ST5", "ST7"}:
            found.append("ORD-1/3")
        if data.location_kind == "work" and "OC1" in codes:
            found.append("ORD-1/4")
        if "OC2" in codes and rng.random() < 0.5:
            found.append("ORD-1/1")
        if found and "OC9" not in data.behaviours:
            data.behaviours.append("OC9")
        return found

    def finish(self, diary: Diary, rng: random.Random, perpetrator: str) -> None:
        """Everything that needs the incidents: the order asked for, risk answers, life
        changes, facts about the person, a police letter and the saved draft statement."""
        if self.served is None:
            return
        if not diary.get_profile().name:
            diary.update_profile(name=WITNESS)  # so the cover and the statement agree
        summaries = diary.list_incidents()
        conditions = []
        for text, codes in ASKED_FOR:
            matching = [
                s.number
                for s in summaries
                if any(b == c or b.startswith(c + ".") for b in s.behaviours for c in codes)
            ]
            conditions.append(ConditionInput(text, "prohibition", matching[-5:]))
        diary.add_order(
            OrderInput(
                kind="spo",
                status="asked-for",
                against=perpetrator,
                conditions=conditions,
                notes="Asked for with the help of my stalking advocate.",
            )
        )
        answers = {a.topic.key: a for a in diary.risk_answers()}
        for topic, answer, note in (
            ("fear", "yes", "I am frightened every time I leave the house."),
            ("turning-up", "yes", "He comes to the flat and to work."),
            ("threats", "yes", "He said nobody else would have me."),
            ("people-around-you", "yes", "He has been asking my friends where I live."),
            ("drink-drugs", "not-sure", "He drank a lot when we were together."),
            ("violence", "no", ""),
        ):
            suggestion = answers[topic].suggestion
            linked = list(suggestion.incidents[:10]) if suggestion and answer == "yes" else []
            diary.set_risk_answer(topic, answer, note, linked)
        first = summaries[0].occurred_start.date() if summaries else date(2024, 1, 1)
        for days, text, impact in (
            (
                20,
                "I started taking a different route to work and leave at different times.",
                "changed_route",
            ),
            (45, "I had a video doorbell and extra locks fitted.", "security"),
            (
                70,
                "I moved in with my mum for three weeks because I did not feel safe at home.",
                "moved",
            ),
            (
                90,
                "I stopped going to the gym and rarely go out in the evening.",
                "stopped_going_out",
            ),
        ):
            diary.add_life_change(LifeChangeInput(first + timedelta(days=days), text, impact))
        person = diary.find_person(perpetrator)
        if person is not None:
            photo = diary.attach_stream(
                "Photo of Mark (made-up).jpg",
                io.BytesIO(_portrait(rng)),
                media_type="image/jpeg",
                capture_method="photo from his public profile",
                description="A photo of the person (made-up demo data)",
            )
            data = PersonInput(**{k: getattr(person, k) for k in PersonInput.__dataclass_fields__})
            data.addresses = ["14 Carlton Street, Leeds"]
            data.photo = photo.ref
            data.sources = {
                fact_key("relationship"): FactSource(),
                **{fact_key("phones", p): FactSource() for p in person.phones[:1]},
                **{fact_key("phones", p): FactSource("Priya Shah") for p in person.phones[1:]},
                **{fact_key("vehicles", v): FactSource() for v in person.vehicles},
                fact_key("addresses", "14 Carlton Street, Leeds"): FactSource("his sister"),
                fact_key("photo"): FactSource(),
            }
            diary.edit_person(person.name, data)
        letter = diary.attach_stream(
            "Letter from the police (made-up).pdf",
            io.BytesIO(
                _pdf(
                    "West Yorkshire Police (made-up demo document)",
                    ["Your report has been recorded.", "Reference: 13240099999", "PC 4521 Ahmed"],
                )
            ),
            media_type="application/pdf",
            kind="document",
            capture_method="letter received by post",
            description="Letter from the police about my report (made-up)",
        )
        diary.mark_attachment(letter.ref, "police-letter", "Letter from PC Ahmed", self.served)
        from diary.statement import draft_from_diary

        draft = draft_from_diary(diary, WITNESS)
        draft.case_title = "IN THE FAMILY COURT SITTING AT LEEDS"
        draft.case_number = "LS24F00123"
        diary.save_statement(draft)


def _portrait(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 300), (rng.randrange(150, 220), 190, 170))
    draw = ImageDraw.Draw(image)
    draw.ellipse((70, 50, 170, 170), fill=(120, 90, 70))
    draw.rectangle((50, 180, 190, 300), fill=(90, 90, 100))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()
