"""Argon2id key derivation from the passphrase, with a floor, a ceiling and per-machine calibration."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_SIZE = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over memory, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def at_least(self, other: KdfParams) -> bool:
        """True if every cost is at least `other`'s."""
        return (
            self.memory_kib >= other.memory_kib
            and self.iterations >= other.iterations
            and self.lanes >= other.lanes
        )

    def within(self, cap: KdfParams) -> bool:
        """True if no cost exceeds `cap`'s."""
        return (
            self.memory_kib <= cap.memory_kib
            and self.iterations <= cap.iterations
            and self.lanes <= cap.lanes
        )

    def stronger_of(self, other: KdfParams) -> KdfParams:
        """The componentwise maximum, so re-wrapping never lowers any cost."""
        return KdfParams(
            max(self.memory_kib, other.memory_kib),
            max(self.iterations, other.iterations),
            max(self.lanes, other.lanes),
        )


# RFC 9106 section 4, second recommended option (64 MiB, t=3, p=4).
MINIMUM = KdfParams(memory_kib=65536, iterations=3, lanes=4)
# Checked on anything read from disk before a byte is allocated, so a damaged or hostile
# header cannot make us ask for terabytes.
MAXIMUM = KdfParams(memory_kib=4 * 1024 * 1024, iterations=100, lanes=64)
# Only for tests and demos; refused unless a caller names it with insecure_ok / insecure flags.
INSECURE_FAST = KdfParams(memory_kib=256, iterations=1, lanes=1)

# Calibration stops growing memory here: a diary must still open on a modest laptop.
CALIBRATION_MEMORY_CAP_KIB = 1024 * 1024


def _check_shape(params: KdfParams) -> None:
    if params.lanes < 1 or params.iterations < 1 or params.memory_kib < 8 * params.lanes:
        raise ValueError(f"invalid Argon2id parameters: {params}")
    if not params.within(MAXIMUM):
        raise ValueError(f"Argon2id parameters above the supported maximum: {params}")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC then UTF-8, so the same passphrase typed on another keyboard or OS gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(
    passphrase: str, salt: bytes, params: KdfParams, *, insecure_ok: bool = False
) -> bytes:
    """Derive a 32-byte key from `passphrase` with Argon2id.

    Raises ValueError (a programming error) for parameters below MINIMUM unless
    `insecure_ok` is set, or for parameters above MAXIMUM.
    """
    _check_shape(params)
    if not insecure_ok and not params.at_least(MINIMUM):
        raise ValueError(f"Argon2id parameters below the minimum {MINIMUM}: {params}")
    if len(salt) < 16:
        raise ValueError("salt must be at least 16 bytes")
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key("calibration", b"\x00" * 16, params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Pick Argon2id costs so one derivation takes about `target_seconds` here, never below MINIMUM.

    Memory grows first (it is what makes guessing on graphics cards expensive), up to
    CALIBRATION_MEMORY_CAP_KIB, then passes. Costs about two derivations' time.
    """
    base = _time_derivation(MINIMUM)
    if base <= 0 or base >= target_seconds:
        return MINIMUM
    factor = target_seconds / base
    memory = min(int(MINIMUM.memory_kib * factor), CALIBRATION_MEMORY_CAP_KIB)
    # Argon2 needs memory in whole blocks per lane; round down to a multiple of 4 * lanes KiB.
    memory -= memory % (4 * MINIMUM.lanes)
    memory = max(memory, MINIMUM.memory_kib)
    remaining = factor * MINIMUM.memory_kib / memory
    iterations = max(MINIMUM.iterations, int(MINIMUM.iterations * remaining))
    candidate = KdfParams(memory, min(iterations, MAXIMUM.iterations), MINIMUM.lanes)
    # Time does not scale perfectly with memory (caches, page faults), so measure once more
    # and trim passes if we overshot by a lot.
    measured = _time_derivation(candidate)
    if measured > target_seconds * 1.5 and candidate.iterations > MINIMUM.iterations:
        scaled = int(candidate.iterations * target_seconds / measured)
        candidate = KdfParams(
            candidate.memory_kib, max(MINIMUM.iterations, scaled), candidate.lanes
        )
    return candidate
