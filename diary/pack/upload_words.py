"""The police-upload profile in plain words, shared by `daybook export` and the app's export
wizard so that both say the same thing (the app shows them through tr(), and
scripts/translations.py lists UPLOAD_WORDS for translation).

No imports: the command line reads this at start-up for its help.
"""

from __future__ import annotations

UPLOAD_WORDS: dict[str, str] = {
    # What the profile makes (the CLI's --profile help, the wizard's choice).
    "what": (
        "The full pack plus folders of files for a police upload link (at most 16 files in "
        "each folder, every file named with its reference and date) and how-to-upload.txt."
    ),
    # Where it goes (the CLI's --out help, the wizard's save step).
    "where": "A new or empty folder, into which the signed pack and the upload folders are written.",
    # Said once it is made.
    "done": (
        "The upload folders are in {folder}, with how-to-upload.txt. They are not protected "
        "by a passphrase: delete them once they are uploaded."
    ),
    # A passphrase asked for with an upload.
    "no_passphrase": (
        "A police upload cannot be locked with a passphrase: the upload link takes the files "
        "themselves. Make it without --encrypt, or make a locked full pack instead. Nothing "
        "was written."
    ),
}


def lower_first(text: str) -> str:
    """A sentence as the tail of another ("police-upload: the full pack…")."""
    return text[:1].lower() + text[1:]
