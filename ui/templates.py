"""Templates for the incidents people record most: each fills the editor with the behaviours
and the prompts that matter to the police. Chosen from beside "New entry"; the plain editor stays
one click away. The prompts are text the person writes over; an untouched template is not kept
as a draft."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    behaviours: list[str]
    channel: str
    description: str


def templates() -> list[Template]:
    return [
        Template(
            "call",
            _tr("A phone call"),
            ["ST2.1"],
            "Phone call",
            _tr(
                'Time of the call:\nThe number it came from (or "withheld"):\n'
                "What 1471 said afterwards:\nHow long it lasted, and what was said:\n"
                "Did they leave a voicemail? Is it kept?\n"
            ),
        ),
        Template(
            "new_account",
            _tr("A message from a new number or account"),
            ["ST2.8"],
            "",
            _tr(
                "The new number or account, exactly as shown:\nWhere the message came (texts, "
                "WhatsApp, Instagram…):\nWhy you think it is them:\nWhat the message said, word "
                "for word (a screenshot helps):\n"
            ),
        ),
        Template(
            "left",
            _tr("Something left or sent"),
            ["ST2.6"],
            "",
            _tr(
                "What was left or sent, and where you found it:\nWhen you found it, and when it "
                "could have been left:\nKeep the envelope or packaging, and photograph it where "
                "you found it before you move it.\nWho else has touched it:\n"
            ),
        ),
        Template(
            "turned_up",
            _tr("He turned up"),
            ["OC1"],
            "",
            _tr(
                "Where he was, and for how long:\nThe vehicle, its colour and registration:\n"
                "What he was wearing:\nWhat he did or said:\nWho else saw him:\n"
                "CCTV or doorbell cameras nearby:\n"
            ),
        ),
        Template(
            "damage",
            _tr("Damage to property"),
            ["ST6"],
            "",
            _tr(
                "What was damaged, and where:\nWhen you noticed, and when it was last fine:\n"
                "Photograph the damage before anything is repaired.\nCost of repair, if known:\n"
                "Crime reference number, if reported:\n"
            ),
        ),
        Template(
            "others",
            _tr("Contact through other people"),
            ["ST2.7"],
            "",
            _tr(
                "Who they contacted (a friend, family, your work):\nWhat they asked or passed on, "
                "in the words you were told:\nWhen, and how you heard about it:\n"
                "Would that person write down what happened?\n"
            ),
        ),
    ]
