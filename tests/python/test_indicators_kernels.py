"""The fused, threaded proportion, rate and mean kernels: the same bits as before they were fused
(digests of their outputs on fixed random rows, recorded from the per-row kernels), the same bits on
any number of threads, and ``out=`` arrays."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
import pytest

from boardroom import errors
from boardroom.indicators import arrays

Floats = npt.NDArray[np.float64]
LEVELS = (0.95, 0.998)


def _inputs(rows: int = 200_000, seed: int = 16) -> tuple[Floats, Floats, Floats, Floats, Floats, Floats]:
    """Proportion rows (x, n), rate rows (x, n), raw values and group offsets: missing values, zeros,
    x = n, non-integer counts, counts under 10 and groups of one included. Also used by
    benchmarks/bench_kernels.py to check 1e7 rows."""
    rng = np.random.default_rng(seed)
    n = rng.integers(1, 5000, rows).astype(float)
    n[::7] += 0.5
    x = np.minimum(np.floor(rng.random(rows) * (n + 1)), n)
    x[::11] = 0.0
    x[::13] = n[::13]
    x[::17] += 0.25
    x = np.minimum(x, n)
    x[::101] = np.nan
    n[::103] = np.nan
    rx = rng.integers(0, 300, rows).astype(float)
    rx[::3] = rng.integers(0, 10, len(rx[::3]))
    rx[::29] += 0.5
    rx[::97] = np.nan
    rn = rng.uniform(50.0, 1e6, rows)
    rn[::89] = np.nan
    values = rng.normal(50.0, 12.0, rows)
    values[::5003] = np.nan
    sizes = rng.integers(0, 40, rows // 20)
    sizes[: rows // 20 // 4] = 1
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    offsets = offsets[offsets <= rows]
    offsets = np.append(offsets, rows) if offsets[-1] != rows else offsets
    return x, n, rx, rn, values, offsets.astype(float)


def _digest(*outputs: npt.NDArray[np.generic]) -> str:
    """SHA-256 of the outputs' bits, every NaN written as the same NaN."""
    h = hashlib.sha256()
    for a in outputs:
        floats = np.ascontiguousarray(a, dtype=np.float64)
        h.update(np.where(np.isnan(floats), np.nan, floats).tobytes())
    return h.hexdigest()


def _digests(rows: int, seed: int) -> dict[str, str]:
    x, n, rx, rn, values, offsets = _inputs(rows, seed)
    p = arrays.proportion_intervals(x, n, LEVELS, 100.0)
    r, exact = arrays.rate_intervals(rx, rn, LEVELS)
    m, total, sd, count = arrays.mean_intervals(values, offsets, LEVELS)
    return {
        "wilson": _digest(p.value, p.lower, p.upper),
        "rate": _digest(r.value, r.lower, r.upper, exact),
        "mean": _digest(m.value, m.lower, m.upper, total, sd, count),
    }


#: Outputs of the per-row kernels (before fusing) on _inputs(200_000, 16).
BEFORE = {
    "wilson": "6f4955805a557d8f0ef0c13c57d5874aa1c651c16f6657146a9b5ac81e386b7d",
    "rate": "acd29bffb86a347c20ad49e5b0695df8f14b894e57d86cb058dd1c6cb645f91f",
    "mean": "42f1e1e07fd6b0229c26771f51ba07d6b08629ebc9936c3463779b981c443eb3",
}


@pytest.fixture
def threads() -> Iterator[None]:
    yield
    arrays.set_threads(0)


@pytest.mark.parametrize("count", [1, 2, 3, 8])
def test_fused_kernels_give_the_bits_of_the_per_row_kernels_on_any_threads(count: int, threads: None) -> None:
    arrays.set_threads(count)
    assert arrays.threads() == count
    assert _digests(200_000, 16) == BEFORE


def test_wilson_and_byar_rows_match_the_plain_formula_bit_for_bit() -> None:
    x, n, rx, rn, _, _ = _inputs(50_000, 5)
    z = 1.959963984540054
    p = arrays.proportion_intervals(x, n, 0.95)
    with np.errstate(invalid="ignore", divide="ignore"):
        root = z * np.sqrt(z * z + 4.0 * x * (1.0 - (x / n)))
        lower = (2.0 * x + z * z - root) / 2.0 / (n + z * z)
        upper = (2.0 * x + z * z + root) / 2.0 / (n + z * z)
    lower = np.where((x <= 0.0) | (lower < 0.0), 0.0, lower)
    upper = np.where((x >= n) | (upper > 1.0), 1.0, upper)
    np.testing.assert_array_equal(p.lower[0], lower)
    np.testing.assert_array_equal(p.upper[0], upper)
    r, exact = arrays.rate_intervals(rx, rn, 0.95)
    byar = ~exact & ~np.isnan(rx)
    xb, nb = rx[byar], rn[byar]
    a = 1.0 - 1.0 / (9.0 * xb) - z / (3.0 * np.sqrt(xb))
    b = 1.0 - 1.0 / (9.0 * (xb + 1.0)) + z / (3.0 * np.sqrt(xb + 1.0))
    np.testing.assert_array_equal(r.lower[0][byar], xb * (a * a * a) / nb * 100000.0)
    np.testing.assert_array_equal(r.upper[0][byar], (xb + 1.0) * (b * b * b) / nb * 100000.0)
    np.testing.assert_array_equal(exact, rx < 10)


def test_out_arrays_are_written_in_place() -> None:
    x, n, rx, rn, values, offsets = _inputs(1000, 2)
    value, lower, upper = np.empty(1000), np.empty((2, 1000)), np.empty((2, 1000))
    result = arrays.proportion_intervals(x, n, LEVELS, out=(value, lower, upper))
    assert result.value is value and result.lower is lower and result.upper is upper
    np.testing.assert_array_equal(lower, arrays.proportion_intervals(x, n, LEVELS).lower)
    rates, _ = arrays.rate_intervals(rx, rn, LEVELS, out=(value, lower, upper))
    assert rates.value is value
    np.testing.assert_array_equal(upper, arrays.rate_intervals(rx, rn, LEVELS)[0].upper)
    groups = len(offsets) - 1
    means = arrays.mean_intervals(values, offsets, 0.95, out=(np.empty(groups), np.empty((1, groups)),
                                                              np.empty((1, groups))))[0]
    np.testing.assert_array_equal(means.value, arrays.mean_intervals(values, offsets, 0.95)[0].value)


@pytest.mark.parametrize(
    "out",
    [
        (np.empty(10, dtype=np.float32), np.empty((1, 10)), np.empty((1, 10))),
        (np.empty(10), np.empty((2, 10)), np.empty((1, 10))),
        (np.empty(10), np.empty((1, 20))[:, ::2], np.empty((1, 10))),
        (np.empty(11), np.empty((1, 10)), np.empty((1, 10))),
    ],
)
def test_out_arrays_of_the_wrong_kind_are_refused(out: tuple[Floats, Floats, Floats]) -> None:
    with pytest.raises(errors.InputError, match="_out must be a writable C-contiguous float64 array of shape"):
        arrays.proportion_intervals(np.ones(10), np.full(10, 2.0), 0.95, out=out)


def test_threads_must_be_a_whole_number() -> None:
    with pytest.raises(errors.InputError, match="threads"):
        arrays.set_threads(-1)


def test_first_bad_row_is_named_on_many_threads(threads: None) -> None:
    x, n = np.zeros(400_000), np.ones(400_000)
    x[300_000], n[150_001] = -1.0, 0.0
    for count in (1, 4):
        arrays.set_threads(count)
        with pytest.raises(errors.InputError, match=r"row 150002") as error:
            arrays.proportion_intervals(x, n)
        assert error.value.field == "n"
