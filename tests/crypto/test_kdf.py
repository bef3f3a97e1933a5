"""Argon2id derivation: the floor, the ceiling, Unicode normalisation and calibration."""

from __future__ import annotations

import pytest

from diary.crypto import kdf
from diary.crypto.kdf import INSECURE_FAST, MAXIMUM, MINIMUM, KdfParams

SALT = bytes(range(32))


def test_minimum_is_rfc9106_second_recommendation() -> None:
    assert KdfParams(65536, 3, 4) == MINIMUM


def test_derive_is_deterministic_and_32_bytes() -> None:
    a = kdf.derive_key("correct horse", SALT, INSECURE_FAST, insecure_ok=True)
    b = kdf.derive_key("correct horse", SALT, INSECURE_FAST, insecure_ok=True)
    assert a == b and len(a) == 32
    assert kdf.derive_key("correct horsf", SALT, INSECURE_FAST, insecure_ok=True) != a
    assert kdf.derive_key("correct horse", bytes(32), INSECURE_FAST, insecure_ok=True) != a


def test_passphrase_is_nfc_normalised() -> None:
    composed = "caf\u00e9 cr\u00e8me"
    decomposed = "cafe\u0301 cre\u0300me"
    assert composed != decomposed
    assert kdf.derive_key(composed, SALT, INSECURE_FAST, insecure_ok=True) == kdf.derive_key(
        decomposed, SALT, INSECURE_FAST, insecure_ok=True
    )


@pytest.mark.parametrize(
    "params",
    [
        INSECURE_FAST,
        KdfParams(MINIMUM.memory_kib - 1, MINIMUM.iterations, MINIMUM.lanes),
        KdfParams(MINIMUM.memory_kib, MINIMUM.iterations - 1, MINIMUM.lanes),
        KdfParams(MINIMUM.memory_kib, MINIMUM.iterations, MINIMUM.lanes - 1),
    ],
)
def test_refuses_below_minimum_unless_asked(params: KdfParams) -> None:
    with pytest.raises(ValueError):
        kdf.derive_key("pass", SALT, params)


def test_insecure_profile_allowed_by_name() -> None:
    assert len(kdf.derive_key("pass", SALT, INSECURE_FAST, insecure_ok=True)) == 32


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(MAXIMUM.memory_kib + 1, 3, 4),
        KdfParams(65536, MAXIMUM.iterations + 1, 4),
        KdfParams(65536, 3, MAXIMUM.lanes + 1),
        KdfParams(4, 1, 1),
        KdfParams(256, 0, 1),
    ],
)
def test_refuses_out_of_range_even_when_insecure_ok(params: KdfParams) -> None:
    with pytest.raises(ValueError):
        kdf.derive_key("pass", SALT, params, insecure_ok=True)


def test_refuses_short_salt() -> None:
    with pytest.raises(ValueError):
        kdf.derive_key("pass", b"short", INSECURE_FAST, insecure_ok=True)


def test_calibrate_never_below_minimum() -> None:
    # A tiny target forces the "machine is too slow" branch with one real measurement.
    params = kdf.calibrate(0.001)
    assert params.at_least(MINIMUM)
    assert params.within(MAXIMUM)


def _model(seconds_at_minimum: float) -> object:
    def fake(params: KdfParams, runs: int = 1) -> float:
        work = params.memory_kib * params.iterations
        return seconds_at_minimum * work / (MINIMUM.memory_kib * MINIMUM.iterations)

    return fake


def test_calibrate_scales_memory_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # Four times the minimum's time fits in the memory cap: memory grows, passes stay.
    monkeypatch.setattr(kdf, "_time_derivation", _model(0.25))
    params = kdf.calibrate(1.0)
    assert params.at_least(MINIMUM)
    assert params.memory_kib >= 3 * MINIMUM.memory_kib
    assert params.iterations == MINIMUM.iterations
    assert params.memory_kib % (4 * params.lanes) == 0


def test_calibrate_caps_memory_then_adds_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_time_derivation", _model(0.01))
    params = kdf.calibrate(5.0)
    assert params.memory_kib == kdf.CALIBRATION_MEMORY_CAP_KIB
    assert params.iterations > MINIMUM.iterations
    assert params.within(MAXIMUM)


def test_calibrate_slow_machine_gets_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_time_derivation", _model(3.0))
    assert kdf.calibrate(1.0) == MINIMUM


def test_params_helpers() -> None:
    a = KdfParams(100_000, 3, 4)
    b = KdfParams(65536, 5, 8)
    assert a.stronger_of(b) == KdfParams(100_000, 5, 8)
    assert not a.at_least(b) and not b.at_least(a)
    assert a.stronger_of(b).at_least(a) and a.stronger_of(b).at_least(b)


# -- argon2-cffi: the same keys as before, without holding the interpreter lock -----------------


@pytest.mark.parametrize(
    "params",
    [
        INSECURE_FAST,
        KdfParams(1024, 2, 2),
        MINIMUM,
        KdfParams(MINIMUM.memory_kib + 4 * 4, 4, 4),
    ],
)
def test_same_key_as_cryptography_argon2id(params: KdfParams) -> None:
    # Every vault made so far wrapped its key with cryptography's Argon2id; those must still open.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    for passphrase in ("correct horse", "caf\u00e9 \u0645\u0631\u062d\u0628\u0627 \U0001f511"):
        expected = Argon2id(
            salt=SALT,
            length=32,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(kdf.normalise_passphrase(passphrase))
        assert kdf.derive_key(passphrase, SALT, params, insecure_ok=True) == expected


def test_derivation_lets_other_python_threads_run() -> None:
    # The app derives on a worker thread; its window must keep running Python meanwhile.
    # Holding the interpreter lock for the whole derivation would leave this thread blocked
    # until the derivation had finished, so the worker would no longer be alive.
    import threading

    slow = KdfParams(MINIMUM.memory_kib, 12, MINIMUM.lanes)
    about_to_derive = threading.Event()

    def derive() -> None:
        about_to_derive.set()
        kdf.derive_key("pass", SALT, slow)

    worker = threading.Thread(target=derive)
    worker.start()
    about_to_derive.wait()
    total = sum(range(200_000))  # a few milliseconds of Python, next to a second of Argon2id
    still_deriving = worker.is_alive()
    worker.join()
    assert total > 0 and still_deriving


def test_memory_cap_is_within_the_agreed_range() -> None:
    assert 256 * 1024 <= kdf.CALIBRATION_MEMORY_CAP_KIB <= 512 * 1024
    assert MINIMUM.memory_kib <= kdf.CALIBRATION_MEMORY_CAP_KIB


def test_a_fast_machine_reaches_the_time_with_passes_not_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A machine where the minimum takes 20 ms would have chosen 3 GiB before the cap.
    monkeypatch.setattr(kdf, "_time_derivation", _model(0.02))
    params = kdf.calibrate(1.0)
    assert params.memory_kib == kdf.CALIBRATION_MEMORY_CAP_KIB
    assert params.iterations >= 12
    work = params.memory_kib * params.iterations
    assert work >= 0.8 * 50 * MINIMUM.memory_kib * MINIMUM.iterations


def test_renewed_costs_never_lower_the_work_of_a_guess() -> None:
    cap = kdf.CALIBRATION_MEMORY_CAP_KIB
    calibrated = KdfParams(cap, 4, 4)
    # Below the cap: the componentwise maximum, as before.
    small = KdfParams(MINIMUM.memory_kib, 6, 4)
    assert kdf.renewed(small, calibrated) == KdfParams(cap, 6, 4)
    # A vault made before the cap (780 MiB, 3 passes) comes down to the cap with more passes.
    big = KdfParams(780 * 1024, 3, 4)
    renewed = kdf.renewed(big, calibrated)
    assert renewed.memory_kib == cap
    assert renewed.memory_kib * renewed.iterations >= big.memory_kib * big.iterations
    assert renewed.lanes == 4 and renewed.within(MAXIMUM)
