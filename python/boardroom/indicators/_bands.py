"""Age bands as keys: standard and reference populations matched to rows by band, never by position.

A band is known by its first and last age: "0-4", "00-04", "Age 5 to 9", "90+", "90 and over",
"<1" ... A bare number (``0``, ``5``, ``"90"``) is a band known by its first age only, as
PHEindicatormethods reads ``startage`` in ``phe_life_expectancy``. The European Standard
Population 2013 (Eurostat 2013, table 1; PHEindicatormethods' ``esp2013``) is keyed by its 19
bands 0-4, 5-9, ..., 85-89, 90+, and its life-table form by the 20 bands 0, 1-4, 5-9, ..., 90+.

A row whose band is not a band of the standard, a band given twice in a group, or a band of the
standard missing from a group is an :class:`~boardroom.errors.InputError` naming the group and
the band: the silent alternative (matching by row order) gives a wrong rate when rows are
shuffled or sorted by label.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k
from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

FloatArray = npt.NDArray[np.float64]


class Band(NamedTuple):
    """Ages ``start`` to ``end`` inclusive; ``end`` is inf for an open band ("90+") and NaN when unknown."""

    start: float
    end: float

    def label(self) -> str:
        if math.isnan(self.end):
            return f"{self.start:g}"
        if math.isinf(self.end):
            return f"{self.start:g}+"
        if self.end == self.start:
            return f"{self.start:g}"
        return f"{self.start:g}-{self.end:g}"


def parse_band(label: Any) -> Band | None:
    """The band a label names, or None when it names none (text read by the compiled
    ``parse_age_band`` of ``boardroom/indicators/age_bands.hpp``)."""
    if isinstance(label, (bool, np.bool_)) or label is None:
        return None
    if isinstance(label, (int, float, np.integer, np.floating)):
        value = float(label)
        return Band(value, math.nan) if math.isfinite(value) and value >= 0 else None
    parsed = _k.parse_age_band(str(label))
    return None if parsed is None else Band(*parsed)


def _closed(starts: Sequence[float]) -> tuple[Band, ...]:
    return tuple(Band(float(a), float(b) - 1) for a, b in zip(starts[:-1], starts[1:])) + (
        Band(float(starts[-1]), math.inf),
    )


#: The 19 bands of ESP 2013: 0-4, 5-9, ..., 85-89, 90+.
ESP2013_BANDS: tuple[Band, ...] = _closed([*range(0, 95, 5)])
#: The 20 life-table bands of ESP 2013: 0, 1-4, 5-9, ..., 85-89, 90+.
ESP2013_20_BANDS: tuple[Band, ...] = _closed([0, 1, *range(5, 95, 5)])


class Standard(NamedTuple):
    """Values of a standard (or reference) population keyed by band; ``name`` for messages."""

    bands: tuple[Band, ...]
    values: FloatArray
    name: str

    def find(self, band: Band) -> int:
        """Position of ``band`` among the standard's bands, -1 when it is none of them."""
        for k, known in enumerate(self.bands):
            if band.start == known.start and (math.isnan(band.end) or band.end == known.end):
                return k
        return -1


def standard_from_mapping(values: Mapping[Any, float] | pd.Series, name: str) -> Standard:
    """A standard keyed by the labels of a mapping or of a Series' index."""
    items = list(values.items())
    bands: list[Band] = []
    for label, _ in items:
        band = parse_band(label)
        if band is None:
            raise InputError(f"{name}: {label!r} is not an age band", field=name, reason=f"{label!r} is not an age band")
        if any(band.start == b.start for b in bands):
            raise InputError(f"{name}: the band starting at {band.start:g} is given twice", field=name,
                             reason=f"the band starting at {band.start:g} is given twice")
        bands.append(band)
    return Standard(tuple(bands), np.asarray([float(v) for _, v in items], dtype=np.float64), name)


def esp2013_for(row_bands: Sequence[Band | None], esp19: Sequence[float], esp20: Sequence[float]) -> Standard:
    """ESP 2013 in 19 bands, or in its 20 life-table bands when the rows use 0 and 1-4."""
    nineteen = Standard(ESP2013_BANDS, np.asarray(esp19, dtype=np.float64), "ESP 2013")
    twenty = Standard(ESP2013_20_BANDS, np.asarray(esp20, dtype=np.float64), "ESP 2013 (20 bands)")
    known = [b for b in row_bands if b is not None]
    if known and any(nineteen.find(b) < 0 for b in known) and all(twenty.find(b) >= 0 for b in known):
        return twenty
    return nineteen


class Matched(NamedTuple):
    """Each row's position in the standard (group order) and the standard's value there."""

    position: npt.NDArray[np.intp]
    values: FloatArray


def match_bands(
    labels: pd.Series,
    column: str,
    group_of_row: npt.NDArray[np.intp],
    group_count: int,
    group_label: Callable[[int], str],
    standard: Standard | None,
    values: Sequence[float] | None = None,
    repeats: bool = False,
) -> Matched:
    """Match rows (in group order) to a standard population by band.

    ``standard``: keyed bands. ``values`` (with ``standard=None``): a plain sequence, one value per
    band, matched to each group's bands in order of first age (so row order never matters; every
    group needs exactly that many bands). Raises InputError naming the group and band for a missing
    label, a label that is no band of the standard, a band twice in a group (unless ``repeats``: rows
    of one band per event frequency) or a band missing.
    """
    import pandas as pd

    codes, uniques = pd.factorize(labels, use_na_sentinel=True)
    codes = np.asarray(codes, dtype=np.intp)
    if (codes < 0).any():
        g = int(group_of_row[int(np.flatnonzero(codes < 0)[0])])
        _fail(group_label(g), column, "an age band is missing (empty)")
    parsed = [parse_band(u) for u in uniques]
    if standard is None:
        assert values is not None
        return _by_age_order(parsed, list(uniques), codes, column, group_of_row, group_count, group_label, values,
                             repeats)
    found = np.asarray([-1 if b is None else standard.find(b) for b in parsed], dtype=np.intp)
    position = found[codes]
    if (position < 0).any():
        row = int(np.flatnonzero(position < 0)[0])
        shown = ", ".join(b.label() for b in standard.bands)
        _fail(group_label(int(group_of_row[row])), column,
              f"age band {_shown(uniques[codes[row]])} is not a band of the standard population ({standard.name}: {shown})")
    size = len(standard.bands)
    _check_complete(position, size, group_of_row, group_count, group_label, column,
                    lambda k: standard.bands[k].label(), repeats)
    return Matched(position, np.ascontiguousarray(standard.values[position]))


def _by_age_order(
    parsed: list[Band | None], uniques: list[Any], codes: npt.NDArray[np.intp], column: str,
    group_of_row: npt.NDArray[np.intp], group_count: int, group_label: Callable[[int], str],
    values: Sequence[float], repeats: bool,
) -> Matched:
    standard = np.asarray(values, dtype=np.float64)
    for k, band in enumerate(parsed):
        if band is None:
            row = int(np.flatnonzero(codes == k)[0])
            _fail(group_label(int(group_of_row[row])), column,
                  f"age band {_shown(uniques[k])} does not start with an age, so the standard population cannot be "
                  "matched to it; give the standard population as a column or as a mapping from band to value")
    starts = np.asarray([b.start for b in parsed if b is not None], dtype=np.float64)[codes]
    # Rank of each row's band among its group's distinct bands, by first age.
    pairs, inverse = np.unique(np.column_stack([group_of_row, starts]), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    first = np.searchsorted(pairs[:, 0], np.arange(group_count))
    rank = (inverse - first[group_of_row]).astype(np.intp)
    counts = np.bincount(group_of_row, minlength=group_count)
    distinct = np.bincount(pairs[:, 0].astype(np.intp), minlength=group_count)
    for g in range(group_count):
        if counts[g] and distinct[g] != len(standard):
            _fail(group_label(g), column,
                  f"the group has {distinct[g]} age bands but the standard population has {len(standard)} values "
                  "(one per band, in order of first age)")
    _check_complete(rank, len(standard), group_of_row, group_count, group_label, column,
                    lambda k: f"band {k + 1}", repeats)
    return Matched(rank, np.ascontiguousarray(standard[rank]))


def _check_complete(
    position: npt.NDArray[np.intp], size: int, group_of_row: npt.NDArray[np.intp], group_count: int,
    group_label: Callable[[int], str], column: str, band_name: Callable[[int], str], repeats: bool = False,
) -> None:
    """Every group with rows has each band exactly once (at least once with ``repeats``)."""
    # One bincount over (group, band) cells: linear, unlike np.add.at.
    cells = group_of_row * size
    cells += position
    seen = np.bincount(cells, minlength=group_count * size).reshape(group_count, size)
    # Whole-table checks first (one pass each, no index arrays); the offending cell is looked
    # for only when there is one.
    if not repeats and seen.max(initial=0) > 1:
        g, k = (int(v) for v in np.argwhere(seen > 1)[0])
        _fail(group_label(g), column, f"age band {band_name(k)} appears {int(seen[g, k])} times")
    fewest = seen.min(axis=1, initial=np.iinfo(np.int64).max)
    if (fewest == 0).any():
        present = seen.sum(axis=1) > 0
        absent = np.argwhere((seen == 0) & present[:, None])
        if len(absent):
            g, k = (int(v) for v in absent[0])
            _fail(group_label(g), column, f"age band {band_name(k)} of the standard population is missing")


def _shown(label: Any) -> str:
    """A label as the user wrote it: strings quoted, numbers plain."""
    if isinstance(label, (int, float, np.integer, np.floating)) and not isinstance(label, bool):
        return f"{float(label):g}"
    return repr(str(label))


def _fail(record: str, column: str, reason: str) -> None:
    raise InputError(f"{record}: field {column!r}: {reason}", field=column, record=record, reason=reason)
