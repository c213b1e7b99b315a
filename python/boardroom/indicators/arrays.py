"""The indicator kernels over plain numpy arrays, for batch work without pandas.

Interval functions return ``(value, lower, upper)``: ``value`` has one element per row,
``lower`` and ``upper`` have shape ``(levels, rows)``. Missing inputs (NaN) give NaN outputs;
impossible inputs raise :class:`boardroom.errors.InputError` naming the row and field.

Each call is one pass over its rows, with the GIL released; inputs of 131,072 rows or more are
split across threads in fixed blocks, so results are the same to the last bit whatever
:func:`set_threads` says. ``out=(value, lower, upper)`` writes into the caller's float64
C-contiguous arrays of those shapes instead of new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_LABELS",
    "Intervals",
    "levels_of",
    "mean_intervals",
    "proportion_intervals",
    "rate_intervals",
    "set_threads",
    "threads",
]

#: Words for each comparison category code, e.g. ``CATEGORY_LABELS[code]`` -> "Worse".
CATEGORY_LABELS: tuple[str, ...] = tuple(_k.CATEGORY_LABELS)
#: Fingertips colour ("#rrggbb", or "" for quintiles) for each category code.
CATEGORY_COLOURS: tuple[str, ...] = tuple(_k.CATEGORY_COLOURS)

ArrayLike = npt.ArrayLike
FloatArray = npt.NDArray[np.float64]


class Intervals(NamedTuple):
    """Point estimates and limits: ``lower[k]``/``upper[k]`` are the limits at ``levels[k]``."""

    value: FloatArray
    lower: FloatArray
    upper: FloatArray
    levels: tuple[float, ...]


def levels_of(confidence: float | Iterable[float]) -> tuple[float, ...]:
    """Confidence levels as fractions.

    PHEindicatormethods accepts a level between 0.9 and 1 or between 90 and 100 ("confidence level
    must be between 90 and 100 or between 0.9 and 1"); boardroom accepts that and a documented
    superset: any fraction strictly between 0 and 1, or a percentage from 50 up to (not
    including) 100. Several levels may be given. A string ("0.95"), a boolean, a missing value or
    a level outside those ranges is an :class:`~boardroom.errors.InputError` on ``confidence``.
    """
    from ..errors import InputError

    if isinstance(confidence, (str, bytes)):
        raise InputError(f"confidence: give a number such as 0.95 or 95, not the text {confidence!r}",
                         field="confidence")
    values = [confidence] if isinstance(confidence, (int, float, np.integer, np.floating)) else list(confidence)
    if not values:
        raise InputError("confidence: give at least one level", field="confidence")
    levels = []
    for v in values:
        if isinstance(v, (str, bytes, bool, np.bool_)) or not isinstance(v, (int, float, np.integer, np.floating)):
            raise InputError(f"confidence: {v!r} is not a level; give numbers such as 0.95 or 95", field="confidence")
        level = float(v)
        if 50.0 <= level < 100.0:
            level /= 100.0
        if not 0.0 < level < 1.0:
            raise InputError(
                f"confidence: {v!r} is not a level (give 0.95 or 95, 0.998 or 99.8)", field="confidence"
            )
        levels.append(level)
    return tuple(levels)


def _float(a: ArrayLike) -> FloatArray:
    return np.ascontiguousarray(a, dtype=np.float64)


#: Caller-provided outputs: (value, lower, upper), float64 and C-contiguous.
Out = tuple[FloatArray, FloatArray, FloatArray]


def _outs(out: Out | None) -> dict[str, FloatArray]:
    if out is None:
        return {}
    if not isinstance(out, tuple) or len(out) != 3:
        from ..errors import InputError

        raise InputError("out: give a tuple of three arrays (value, lower, upper)", field="out")
    return {"value_out": out[0], "lower_out": out[1], "upper_out": out[2]}


def set_threads(count: int) -> None:
    """Threads the proportion, rate and mean kernels may use: 0 (the default) one per hardware
    thread, 1 the caller's alone. Results do not depend on it."""
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 0:
        from ..errors import InputError

        raise InputError(f"threads: give a whole number from 0, not {count!r}", field="threads")
    _k.set_threads(int(count))


def threads() -> int:
    """Threads the kernels may use now (see :func:`set_threads`)."""
    return int(_k.threads())


def proportion_intervals(
    x: ArrayLike,
    n: ArrayLike,
    confidence: float | Sequence[float] = 0.95,
    multiplier: float = 1.0,
    method: str = "wilson",
    *,
    out: Out | None = None,
) -> Intervals:
    """Proportions ``x / n * multiplier`` with Wilson score limits (Wilson 1927; Newcombe &
    Altman 2000), or exact Clopper-Pearson limits (Clopper & Pearson 1934) with
    ``method="clopper_pearson"``, as PHEindicatormethods ``phe_proportion``."""
    levels = levels_of(confidence)
    value, lower, upper = _k.proportion(_float(x), _float(n), list(levels), method, float(multiplier),
                                        **_outs(out))
    return Intervals(value, lower, upper, levels)


def rate_intervals(
    x: ArrayLike,
    n: ArrayLike,
    confidence: float | Sequence[float] = 0.95,
    multiplier: float = 100000.0,
    *,
    out: Out | None = None,
) -> tuple[Intervals, npt.NDArray[np.bool_]]:
    """Crude rates ``x / n * multiplier`` with exact Poisson limits for x < 10 (Armitage & Berry
    2002) and Byar's approximation from 10 up (Breslow & Day 1987), as PHEindicatormethods
    ``phe_rate``. Also returns, per row, whether the exact method was used."""
    levels = levels_of(confidence)
    value, lower, upper, exact = _k.rate(_float(x), _float(n), list(levels), float(multiplier), **_outs(out))
    return Intervals(value, lower, upper, levels), exact


def mean_intervals(
    values: ArrayLike,
    offsets: ArrayLike,
    confidence: float | Sequence[float] = 0.95,
    *,
    out: Out | None = None,
) -> tuple[Intervals, FloatArray, FloatArray, FloatArray]:
    """Means of groups of raw values with Student's t limits (as PHEindicatormethods
    ``phe_mean``); group g is ``values[offsets[g]:offsets[g+1]]``. Returns the intervals and
    each group's ``value_sum``, ``stdev`` and ``value_count``."""
    levels = levels_of(confidence)
    offs = np.ascontiguousarray(offsets, dtype=np.uintp)
    value, lower, upper, total, sd, count = _k.grouped_mean(_float(values), offs, list(levels), **_outs(out))
    return Intervals(value, lower, upper, levels), total, sd, count
