"""Argon2id key derivation from the passphrase, with a floor, a ceiling and per-machine calibration.

The derivation runs in argon2-cffi's C code, which lets go of Python's interpreter lock while it
works: the app derives keys on a worker thread, and its window must keep answering (quick exit
above all) during the second or so that takes. It gives the same bytes as Argon2id (version
0x13) anywhere else, `cryptography`'s included; tests/crypto/test_kdf.py checks that.
"""

from __future__ import annotations

import math
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

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
# The most a diary's header may ask before its passphrase is tried: at most 2 GiB, and no more
# work (memory times passes, which is what one derivation's time grows with) than 2 GiB over 20
# passes. Daybook never writes more (calibration stays within it), so more can only mean an
# edited header, which must not make opening take minutes and gigabytes (docs/vault-format.md).
OPEN_MAXIMUM = KdfParams(memory_kib=2 * 1024 * 1024, iterations=64, lanes=16)
OPEN_MAXIMUM_WORK = 2 * 1024 * 1024 * 20


def openable(params: KdfParams) -> bool:
    """Whether costs read from a header are within what Daybook will spend to try a passphrase."""
    return (
        params.within(OPEN_MAXIMUM) and params.memory_kib * params.iterations <= OPEN_MAXIMUM_WORK
    )


def _most_passes(memory_kib: int) -> int:
    return min(OPEN_MAXIMUM.iterations, OPEN_MAXIMUM_WORK // memory_kib)


# Only for tests and demos; refused unless a caller names it with insecure_ok / insecure flags.
INSECURE_FAST = KdfParams(memory_kib=256, iterations=1, lanes=1)

# Calibration stops growing memory here and adds passes instead: every unlock (the app's and
# every command's) needs this much memory at once, and a 4 GB laptop with a browser open must
# not swap or fail. docs/vault-format.md says why 256 MiB.
CALIBRATION_MEMORY_CAP_KIB = 256 * 1024
ARGON2_VERSION = 0x13


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
    return hash_secret_raw(
        normalise_passphrase(passphrase),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_SIZE,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def _time_derivation(params: KdfParams, runs: int = 1) -> float:
    """The fastest of `runs` derivations: on a busy machine the fastest is the least disturbed."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        derive_key("calibration", b"\x00" * 16, params)
        best = min(best, time.perf_counter() - start)
    return best


def renewed(current: KdfParams, calibrated: KdfParams) -> KdfParams:
    """Costs for a passphrase change: never lower than the current ones, except memory above
    CALIBRATION_MEMORY_CAP_KIB (a vault made before the cap), which comes down to the cap with
    enough passes that memory times passes, the work each guess costs, is at least what it was."""
    stronger = current.stronger_of(calibrated)
    if stronger.memory_kib <= CALIBRATION_MEMORY_CAP_KIB:
        return stronger
    memory = max(CALIBRATION_MEMORY_CAP_KIB, MINIMUM.memory_kib)
    passes = math.ceil(current.memory_kib * current.iterations / memory)
    iterations = min(max(stronger.iterations, passes), _most_passes(memory))
    return KdfParams(memory, iterations, stronger.lanes)


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Pick Argon2id costs so one derivation takes about `target_seconds` here, never below MINIMUM.

    Memory grows first (it is what makes guessing on graphics cards expensive), up to
    CALIBRATION_MEMORY_CAP_KIB, then passes. Costs about two derivations' time.
    """
    base = _time_derivation(MINIMUM, runs=3)
    if base <= 0 or base >= target_seconds:
        return MINIMUM
    factor = target_seconds / base
    memory = min(int(MINIMUM.memory_kib * factor), CALIBRATION_MEMORY_CAP_KIB)
    # Argon2 needs memory in whole blocks per lane; round down to a multiple of 4 * lanes KiB.
    memory -= memory % (4 * MINIMUM.lanes)
    memory = max(memory, MINIMUM.memory_kib)
    remaining = factor * MINIMUM.memory_kib / memory
    iterations = max(MINIMUM.iterations, int(MINIMUM.iterations * remaining))
    candidate = KdfParams(memory, min(iterations, _most_passes(memory)), MINIMUM.lanes)
    # Time does not scale perfectly with memory (caches, page faults), so measure once more
    # and trim passes if we overshot by a lot.
    measured = _time_derivation(candidate)
    if measured > target_seconds * 1.5 and candidate.iterations > MINIMUM.iterations:
        scaled = int(candidate.iterations * target_seconds / measured)
        candidate = KdfParams(
            candidate.memory_kib, max(MINIMUM.iterations, scaled), candidate.lanes
        )
    return candidate
