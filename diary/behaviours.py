"""Behaviour codes from the Protection from Harassment Act 1997 s.2A(3) and police and advocate practice.

The app shows the plain words; the evidence pack shows words and codes.
"""

from __future__ import annotations

BEHAVIOURS: dict[str, str] = {
    "ST1": "Following",
    "ST2": "Contacting or trying to contact",
    "ST2.1": "Calls or voicemail",
    "ST2.2": "Texts or messaging apps",
    "ST2.3": "Email",
    "ST2.4": "Social media",
    "ST2.5": "Letters or notes",
    "ST2.6": "Gifts or items left",
    "ST2.7": "Contact through other people",
    "ST2.8": "New or fake numbers or accounts",
    "ST3": "Publishing material about me or pretending to be me",
    "ST4": "Monitoring my phone, accounts or internet use",
    "ST5": "Loitering",
    "ST6": "Interfering with my property",
    "ST7": "Watching or spying",
    "OC1": "Turning up or approaching",
    "OC2": "Threats",
    "OC3": "Physical or sexual violence",
    "OC4": "Targeting family, friends or colleagues",
    "OC5": "Getting others to help",
    "OC6": "Spreading rumours",
    "OC7": "Malicious reports or ordering things in my name",
    "OC8": "Threats of self-harm",
    "OC9": "Breach of an order or bail condition",
}


def describe(code: str) -> str:
    """Plain words for a code, or the code itself if it is not one we know."""
    return BEHAVIOURS.get(code, code)


def normalise_code(text: str) -> str | None:
    """The canonical code for `text` ("st2.2", " OC1 "), or None if it is not a known code."""
    code = text.strip().upper()
    return code if code in BEHAVIOURS else None
