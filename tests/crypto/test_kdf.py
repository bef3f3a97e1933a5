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
    def fake(params: KdfParams) -> float:
        work = params.memory_kib * params.iterations
        return seconds_at_minimum * work / (MINIMUM.memory_kib * MINIMUM.iterations)

    return fake


def test_calibrate_scales_memory_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_time_derivation", _model(0.1))
    params = kdf.calibrate(1.0)
    assert params.at_least(MINIMUM)
    assert params.memory_kib >= 9 * MINIMUM.memory_kib
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
