"""How hard a passphrase is to guess: one rule for the app and the command line.

zxcvbn's score (0-4) on the first 100 characters (it slows down sharply on longer input, and
100 characters judge a passphrase well enough); 3 is "safely unguessable: moderate protection
from an offline attack", which a pack or a diary that may be copied needs.
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_SCORE = 3
CHECK_CHARS = 100


def score(passphrase: str, user_inputs: Sequence[str] = ("daybook", "diary")) -> int:
    """zxcvbn's score for `passphrase`, 0 (very weak) to 4 (very strong)."""
    if not passphrase:
        return 0
    from zxcvbn import zxcvbn  # only when a passphrase is being judged: it loads word lists

    result = zxcvbn(passphrase[:CHECK_CHARS], user_inputs=list(user_inputs))
    return int(result["score"])


def strong_enough(passphrase: str, user_inputs: Sequence[str] = ("daybook", "diary")) -> bool:
    return score(passphrase, user_inputs) >= MIN_SCORE
