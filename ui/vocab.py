"""Plain words for the core's codes (behaviours, precision, places, impacts), ready for translation."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from diary.records.types import IMPACTS

# Used only until the core's table (diary.behaviours) is present on this branch.
_FALLBACK_BEHAVIOURS: dict[str, str] = {
    "ST1": "following",
    "ST2": "contacting or trying to",
    "ST2.1": "calls or voicemail",
    "ST2.2": "texts or messaging apps",
    "ST2.3": "email",
    "ST2.4": "social media",
    "ST2.5": "letters or notes",
    "ST2.6": "gifts or items left",
    "ST2.7": "contact through other people",
    "ST2.8": "new or fake numbers or accounts",
    "ST3": "publishing material about the person or pretending to be them",
    "ST4": "monitoring their phone, accounts or internet use",
    "ST5": "loitering",
    "ST6": "interfering with property",
    "ST7": "watching or spying",
    "OC1": "turning up or approaching",
    "OC2": "threats",
    "OC3": "physical or sexual violence",
    "OC4": "targeting family, friends or colleagues",
    "OC5": "getting others to help",
    "OC6": "spreading rumours",
    "OC7": "malicious reports or ordering things in their name",
    "OC8": "threats of self-harm",
    "OC9": "breach of an order or bail condition",
}


def _load_behaviours() -> dict[str, str]:
    try:
        module = importlib.import_module("diary.behaviours")
    except ImportError:
        return dict(_FALLBACK_BEHAVIOURS)
    return dict(module.BEHAVIOURS)


def behaviour_codes() -> list[str]:
    """Every code, parents before their children, in the design's order."""
    return list(BEHAVIOURS)


BEHAVIOURS: dict[str, str] = _load_behaviours()

# The ones a person reaches for most in "it happened again".
COMMON_BEHAVIOURS = ["OC1", "ST2.1", "ST2.2", "ST1", "ST5", "ST7", "ST2.4", "ST6"]


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


def behaviour_words(code: str) -> str:
    words = BEHAVIOURS.get(code)
    return _tr(words) if words else code


def precision_words() -> dict[str, str]:
    return {
        "exact": _tr("At this exact time"),
        "about": _tr("At about this time"),
        "day": _tr("Some time that day"),
        "month": _tr("Some time that month"),
    }


def location_kinds() -> dict[str, str]:
    return {
        "": _tr("Not said"),
        "home": _tr("Home"),
        "work": _tr("Work"),
        "school": _tr("School or college"),
        "public": _tr("A public place"),
        "online": _tr("Online or by phone"),
        "other": _tr("Somewhere else"),
    }


def identified_words() -> dict[str, str]:
    return {
        "": _tr("Not said"),
        "saw": _tr("I saw them"),
        "recognised voice": _tr("I recognised their voice"),
        "known number or account": _tr("Their number or account"),
        "suspected": _tr("I think it was them"),
    }


def impact_words() -> dict[str, str]:
    return {
        "changed_route": _tr("I changed my route or routine"),
        "missed_work": _tr("I missed work, school or college"),
        "moved": _tr("I moved, or stayed somewhere else"),
        "security": _tr("I fitted security (locks, cameras, alarm)"),
        "saw_gp": _tr("I saw a GP or counsellor"),
        "stopped_going_out": _tr("I stopped going out, or go out less"),
        "changed_number": _tr("I changed my number or accounts"),
        "sleep": _tr("I have trouble sleeping"),
        "fear_for_others": _tr("I am afraid for my family or friends"),
    }


def impact_choices() -> list[tuple[str, str]]:
    """The core's effects on daily life, each in the app's words where it has them."""
    words = impact_words()
    return [(key, words.get(key, _tr(text))) for key, text in IMPACTS.items()]


def channels() -> list[str]:
    return [
        _tr("In person"),
        _tr("Phone call or voicemail"),
        _tr("Text message"),
        _tr("WhatsApp"),
        _tr("Email"),
        _tr("Social media"),
        _tr("Letter or note"),
        _tr("Through someone else"),
    ]
