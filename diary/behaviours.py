"""Behaviour codes used to describe stalking (PHA 1997 s.2A(3) and police/advocate practice).

The app shows the plain words; the evidence pack shows words and codes together.
"""

from __future__ import annotations

BEHAVIOURS: dict[str, str] = {
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


def describe(code: str) -> str:
    """Plain words for a code, with the code, e.g. "texts or messaging apps (ST2.2)".

    Unknown codes are shown as they are rather than dropped, so nothing the person chose vanishes.
    """
    words = BEHAVIOURS.get(code)
    return f"{words} ({code})" if words else code


def words(code: str) -> str:
    """Only the plain words for a code, or the code itself when it is not known."""
    return BEHAVIOURS.get(code, code)
