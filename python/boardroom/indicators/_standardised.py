"""DataFrame front ends of the standardisation and life expectancy kernels.

Arguments and output columns follow the R package PHEindicatormethods (``calculate_dsr``,
``calculate_ISRatio``, ``calculate_ISRate``, ``phe_life_expectancy``): DataFrame in, DataFrame
out, one row per group of ``by`` (one per band for life expectancy). Every group is computed in
one call into :mod:`boardroom._core.indicators` over group offsets, with the GIL released.
"""

from __future__ import annotations

import contextlib
import math
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Union

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k
from ..errors import InputError
from ._bands import ESP2013_20_BANDS, ESP2013_BANDS, Standard, esp2013_for, match_bands, parse_band, standard_from_mapping
from ._frames import (
    _relocated,
    By,
    Confidence,
    Frame,
    _by_list,
    _check_type,
    _ci_columns,
    _confidence_text,
    _constant,
    _floats,
    _interval_names,
    _present,
    _row_record,
    _typed,
    _ungroup,
)
from ._groups import _group, _Groups, _refuse_output_keys
from ._spine import plot_spine
from .arrays import levels_of

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ESP2013", "ESP2013_20", "ESP2013_20_LABELS", "ESP2013_LABELS", "LIFE_TABLE_AGES", "dsr", "israte", "isratio", "life_expectancy", "plot_spine"]

#: European Standard Population 2013, 19 bands 0-4, 5-9, ..., 85-89, 90+ (Eurostat 2013).
ESP2013: tuple[float, ...] = tuple(_k.ESP2013)
#: The same in the 20 life-table bands 0, 1-4, 5-9, ..., 90+ (0-4 split 1,000 / 4,000).
ESP2013_20: tuple[float, ...] = tuple(_k.ESP2013_20)
#: The band labels that key ESP2013: "0-4", "5-9", ..., "85-89", "90+".
ESP2013_LABELS: tuple[str, ...] = tuple(band.label() for band in ESP2013_BANDS)
#: The band labels that key ESP2013_20: "0", "1-4", "5-9", ..., "90+".
ESP2013_20_LABELS: tuple[str, ...] = tuple(band.label() for band in ESP2013_20_BANDS)
#: First ages of the abridged life table's 20 bands (phe_life_expectancy's age_contents).
LIFE_TABLE_AGES: tuple[float, ...] = tuple(_k.LIFE_TABLE_AGES)

FloatArray = npt.NDArray[np.float64]
Reference = Union[str, Sequence[float], npt.NDArray[np.float64], Mapping[Any, float], "pd.Series[float]"]

_LE_METHOD = "Chiang, using Silcocks et al for confidence limits"
_LE_STATUS = {
    1: "some age bands have missing deaths or populations; outputs have been suppressed to NAs",
    2: "some age bands have negative deaths; outputs have been suppressed to NAs",
    3: "some age bands have a zero or less population; outputs have been suppressed to NAs",
    4: "some age bands have more deaths than population; outputs have been suppressed to NAs",
    5: "some groups have a total population of less than 5,000; outputs have been suppressed to NAs",
}


def _located(groups: _Groups, index: pd.Index, fields: Mapping[str, str]) -> contextlib.AbstractContextManager[None]:
    """Re-raise kernel errors with the caller's column names, group keys and row labels."""

    def group(g: int) -> str:
        return f"group {g + 1} ({groups.label(g)})" if g < groups.group_count() else ""

    # Rows already in group order are their own positions: no index array is built for them.
    order = range(int(groups.offsets[-1])) if groups.in_order else groups.order
    return _relocated(index, fields, order=order, group=group)


def _column(data: pd.DataFrame, name: str, role: str) -> FloatArray:
    if name not in data.columns:
        raise InputError(f"{role}: no column {name!r} in the data; the columns are {_present(data)}", field=name)
    return _floats(data[name])


def _band_column(data: pd.DataFrame, ageband: str | None, function: str, needed: bool) -> str | None:
    """The column of age band labels: ``ageband``, else a column called "ageband" when there is one."""
    if ageband is not None:
        if ageband not in data.columns:
            raise InputError(f"ageband: no column {ageband!r} in the data; the columns are {_present(data)}",
                             field=ageband)
        return ageband
    if "ageband" in data.columns:
        return "ageband"
    if needed:
        raise InputError(
            f"{function}: the standard population is matched to the rows by age band, never by row order: give "
            "ageband= (the column of age band labels such as '0-4', '90+'), or the standard population as a column",
            field="ageband",
        )
    return None


def _labels(data: pd.DataFrame, groups: _Groups, band: str) -> pd.Series[Any]:
    """The band labels in group order; a categorical stays one (no text per row)."""
    import pandas as pd

    column = data[band]
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = groups.take(np.asarray(column.cat.codes))
        return pd.Series(pd.Categorical.from_codes(codes, dtype=column.dtype))
    return pd.Series(groups.take(column.to_numpy()))


def _group_of_row(groups: _Groups) -> npt.NDArray[np.intp]:
    return groups.group_of_row()


def _reordered(groups: _Groups, within: npt.NDArray[Any]) -> tuple[_Groups, npt.NDArray[np.intp]]:
    """``groups`` with each group's rows sorted by ``within`` (given in group order), and the permutation."""
    group = _group_of_row(groups)
    within = np.asarray(within)
    perm: npt.NDArray[np.intp] | None = None
    if within.dtype.kind in "iu" and len(within):
        # Small whole numbers (band positions): one combined key, usually already in order, else
        # a stable counting sort; the same permutation as the lexsort below.
        low = int(within.min())
        span = int(within.max()) - low + 1
        if span * groups.group_count() <= 4 * len(within) + 1024:
            key = group.astype(np.int64)
            key *= span
            key += within
            if low:
                key -= low
            if bool(np.all(key[1:] >= key[:-1])):
                perm = np.arange(len(key), dtype=np.intp)
            else:
                perm = _k.group_order(key, span * groups.group_count())[0].view(np.intp)
    if perm is None:
        perm = np.lexsort((within, group)).astype(np.intp)
    order = groups.order[perm]
    in_order = len(order) < 2 or bool((order[1:] > order[:-1]).all())
    return groups._replace(order=order, in_order=in_order), perm


def _standard_of(
    data: pd.DataFrame, groups: _Groups, band: str, spec: Any, default: tuple[Sequence[float], Sequence[float]] | None,
    name: str,
) -> tuple[_Groups, FloatArray]:
    """Per-row values of a standard population given per band, matched by the band in column ``band``.

    ``spec``: a mapping (or Series) from band label to value; a plain sequence, one value per band
    in order of first age; or None for ``default`` (ESP 2013, keyed by its band labels). Returns
    the groups with rows sorted by band within each group (so row order never changes a sum).
    """
    import pandas as pd

    labels_series = _labels(data, groups, band)
    standard: Standard | None
    values: Sequence[float] | None = None
    if spec is None:
        assert default is not None
        standard = esp2013_for([parse_band(u) for u in pd.unique(labels_series.dropna())], *default)
    elif isinstance(spec, (Mapping, pd.Series)):
        standard = standard_from_mapping(spec, name)
    else:
        standard = None
        values = list(np.asarray(spec, dtype=np.float64).reshape(-1))
    matched = match_bands(labels_series, band, _group_of_row(groups), groups.group_count(), lambda g: f"group {g + 1} ({groups.label(g)})",
                          standard, values)
    regrouped, perm = _reordered(groups, matched.position)
    return regrouped, np.ascontiguousarray(matched.values[perm])


class _Banded(NamedTuple):
    """The band column factorised once: each row's label code (in the column's own integer
    width), each label's band in the standard (-1: none of its bands), and the standard."""

    codes: npt.NDArray[np.integer[Any]]
    position: npt.NDArray[np.int32]
    standard: Standard


def _banded(data: pd.DataFrame, band: str, spec: Any, default: tuple[Sequence[float], Sequence[float]] | None,
            name: str) -> _Banded | None:
    """The rows' bands against a keyed standard (ESP 2013 by default, or a mapping or Series from
    band label to value), for the kernels' one pass; None for a plain sequence of values, which is
    matched by age order within each group (:func:`match_bands`)."""
    import pandas as pd

    if spec is None and default is None:
        return None
    if spec is not None and not isinstance(spec, (Mapping, pd.Series)):
        return None
    column = data[band]
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = np.asarray(column.array.codes)
        labels: list[Any] = list(column.cat.categories)
    else:
        factorised, uniques = pd.factorize(column, use_na_sentinel=True)
        codes, labels = np.asarray(factorised), list(uniques)
    parsed = [parse_band(label) for label in labels]
    if spec is None:
        assert default is not None
        present = parsed
        if any(b is not None and all(b != k for k in ESP2013_BANDS) for b in parsed) and \
                isinstance(column.dtype, pd.CategoricalDtype):
            # ESP 2013's 19 or 20 bands are chosen from the bands the rows use, not every category.
            seen = np.zeros(len(labels) + 1, dtype=bool)
            seen[codes] = True
            present = [b for b, used in zip(parsed, seen[:-1]) if used]
        standard = esp2013_for(present, *default)
    else:
        standard = standard_from_mapping(spec, name)
    position = np.asarray([-1 if b is None else standard.find(b) for b in parsed], dtype=np.int32)
    return _Banded(codes, position, standard)


def _order_of(groups: _Groups) -> npt.NDArray[np.uintp] | None:
    return None if groups.in_order else groups.order.view(np.uintp)


def _band_values(data: pd.DataFrame, groups: _Groups, band: str, spec: Any) -> FloatArray:
    """Per-row standard population (group order) for rows that repeat a band (one row per event frequency)."""
    import pandas as pd

    labels = _labels(data, groups, band)
    standard: Standard | None = None
    values: Sequence[float] | None = None
    if spec is None:
        standard = esp2013_for([parse_band(u) for u in pd.unique(labels.dropna())], ESP2013, ESP2013_20)
    elif isinstance(spec, (Mapping, pd.Series)):
        standard = standard_from_mapping(spec, "stdpop")
    else:
        values = list(np.asarray(spec, dtype=np.float64).reshape(-1))
    matched = match_bands(labels, band, _group_of_row(groups), groups.group_count(), lambda g: f"group {g + 1} ({groups.label(g)})", standard, values,
                          repeats=True)
    return matched.values


def _sorted_by_band_column(data: pd.DataFrame, groups: _Groups, band: str | None) -> _Groups:
    """Rows sorted by band label within each group, each band at most once per group (stdpop as a column)."""
    import pandas as pd

    if band is None:
        return groups
    labels = pd.Series(groups.take(data[band].to_numpy()))
    codes = np.asarray(pd.factorize(labels, sort=True, use_na_sentinel=True)[0], dtype=np.intp)
    group = _group_of_row(groups)
    if (codes < 0).any():
        g = int(group[int(np.flatnonzero(codes < 0)[0])])
        record = f"group {g + 1} ({groups.label(g)})"
        raise InputError(f"{record}: field {band!r}: an age band is missing (empty)", field=band, record=record,
                         reason="an age band is missing (empty)")
    regrouped, perm = _reordered(groups, codes)
    codes, group = codes[perm], group[perm]
    repeated = np.flatnonzero((codes[1:] == codes[:-1]) & (group[1:] == group[:-1]))
    if len(repeated):
        i = int(repeated[0]) + 1
        g = int(group[i])
        record = f"group {g + 1} ({groups.label(g)})"
        reason = f"age band {labels.iloc[int(perm[i])]!r} appears more than once"
        raise InputError(f"{record}: field {band!r}: {reason}", field=band, record=record, reason=reason)
    return regrouped


def _per(multiplier: float) -> str:
    """``multiplier`` as R's format(scientific = FALSE) prints it: 100000, 1000, 0.5."""
    return str(np.format_float_positional(float(multiplier), trim="-"))


def _frame(groups: _Groups, columns: Mapping[str, Any], levels: Sequence[float], value: FloatArray,
           lower: FloatArray, upper: FloatArray) -> pd.DataFrame:
    import pandas as pd

    # The key columns as they are (categories, Arrow text): no round trip through numpy objects.
    keys = groups.keys.reset_index(drop=True)
    built: dict[str, Any] = {name: keys[name] for name in keys.columns}
    for name, column in columns.items():
        if name == "value":
            built["value"] = value
            for k, (lo, up) in enumerate(_ci_columns(levels)):
                built[lo] = lower[k]
                built[up] = upper[k]
        else:
            built[name] = column
    built["confidence"] = _constant(_confidence_text(levels), len(value))
    return pd.DataFrame(built, copy=False)


def _two_texts(below_ten: npt.NDArray[np.bool_], small: str, large: str) -> Any:
    """A text column of two values, ``small`` where ``below_ten``, as a categorical: no strings per row."""
    import pandas as pd

    return pd.Categorical.from_codes(np.where(below_ten, 0, 1).astype(np.int8),
                                     dtype=pd.CategoricalDtype([small, large]))


def dsr(
    data: Frame,
    x: str,
    n: str,
    stdpop: Reference | None = None,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 100000,
    independent_events: bool = True,
    eventfreq: str | None = None,
    ageband: str | None = None,
    type: str = "full",
) -> pd.DataFrame:
    """Directly standardised rates with Dobson et al. (1991) limits, as PHEindicatormethods ``calculate_dsr``.

    One row per group of ``by`` with ``total_count``, ``total_pop``, ``value``, the limits,
    ``confidence``, ``statistic`` and ``method``. ``value = sum(x * stdpop / n) / sum(stdpop) *
    multiplier``; limits on Byar's limits of the total count (Breslow & Day 1987) by Dobson's
    method, as in the PHE technical guide "Confidence intervals". Groups with fewer than 10 events
    have no value or limits ("dsr NA for total count < 10"). Missing ``x`` counts as 0.

    ``stdpop`` is matched to the rows by age band, never by row order (a shuffled frame gives the
    same answer to the last bit): ``None`` for the European Standard Population 2013 keyed by its
    19 bands ("0-4", "5-9", ..., "90+"; or its 20 life-table bands "0", "1-4", ... when the rows
    use them); a mapping or Series from band label to value; a sequence of numbers, one per band
    in order of first age (e.g. :data:`ESP2013_20`); or a column name (then the standard population
    is per row, as the package's ``stdpop`` field). The bands are in column ``ageband`` (default:
    the column called "ageband"; required unless ``stdpop`` is a column). A band that is not in the
    standard, a band twice in a group or a band of the standard missing from a group is an
    :class:`~boardroom.errors.InputError` naming the group and the band.

    ``independent_events=False``: ``x`` counts individuals who had ``eventfreq`` events each in
    band ``ageband``; the DSR is of all events and the limits are widened for events that are not
    independent (the package's non-independent variant). Rows with a missing ``x`` still count in
    the variance of their frequency, as in the package; ``eventfreq`` is dropped from ``by`` as
    the package drops it. The standard population is matched to ``ageband`` as above.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    import pandas as pd

    groups_by = _by_list(by)
    levels = levels_of(confidence)
    _refuse_output_keys("dsr", [c for c in groups_by if independent_events or c != eventfreq],
                        ["total_count", "total_pop", *_interval_names(levels), "statistic", "method"])
    xs = _column(data, x, "x")
    ns = _column(data, n, "n")
    column_standard = isinstance(stdpop, str)
    if column_standard:
        _column(data, str(stdpop), "stdpop")
    if independent_events:
        band = _band_column(data, ageband, "dsr", needed=not column_standard)
        groups = _group(data, groups_by)
        fields = {"x": x, "n": n, "stdpop": str(stdpop) if column_standard else "stdpop"}
        banded = None if column_standard or band is None else _banded(data, band, stdpop, (ESP2013, ESP2013_20),
                                                                      "stdpop")
        problem: Any = True
        if banded is not None:
            # One pass in C++: band match, each band once per group, sums in the standard's band order.
            with _located(groups, data.index, fields):
                value, lower, upper, count, pop, problem = _k.dsr_banded(
                    xs, ns, banded.codes, banded.position, banded.standard.values, _order_of(groups),
                    groups.offsets, list(levels), float(multiplier),
                )
        if problem is not None:
            # Rows matched and sorted by band in numpy: a plain sequence of values, a column, or the
            # band problem the pass found, raised here with the group and band named.
            if column_standard:
                groups = _sorted_by_band_column(data, groups, band)
                standard = groups.take(_column(data, str(stdpop), "stdpop"))
            else:
                assert band is not None
                groups, standard = _standard_of(data, groups, band, stdpop, (ESP2013, ESP2013_20), "stdpop")
            xs, ns = groups.take(xs), groups.take(ns)
            with _located(groups, data.index, fields):
                value, lower, upper, count, pop = _k.dsr(
                    xs, ns, np.ascontiguousarray(standard), groups.offsets, list(levels), float(multiplier), False
                )
        method = "Dobson"
    else:
        if eventfreq is None or ageband is None:
            raise InputError(
                "dsr: independent_events=False needs the eventfreq and ageband columns",
                field="eventfreq" if eventfreq is None else "ageband",
            )
        # R's calculate_dsr drops eventfreq from the grouping (its test asserts one row per area).
        groups_by = [c for c in groups_by if c != eventfreq]
        frequency = _column(data, eventfreq, "eventfreq")
        bands, _ = _factorize(data, ageband)
        band_order = np.asarray(pd.factorize(data[ageband], sort=True)[0], dtype=np.intp)
        groups = _group(data, groups_by, sort_within=[np.nan_to_num(frequency, nan=-np.inf), band_order])
        order = groups.order
        if column_standard:
            standard = _column(data, str(stdpop), "stdpop")[order]
        else:
            standard = _band_values(data, groups, ageband, stdpop)
        fields = {"x": x, "n": n, "eventfreq": eventfreq, "ageband": ageband,
                  "stdpop": str(stdpop) if column_standard else "stdpop"}
        with _located(groups, data.index, fields):
            value, lower, upper, count, pop = _k.dsr_nonindependent(
                xs[order], frequency[order], bands[order], ns[order], standard, groups.offsets,
                list(levels), float(multiplier),
            )
        method = "Dobson, with confidence adjusted for non-independent events"
    frame = _frame(groups, {"total_count": count, "total_pop": pop, "value": None}, levels, value, lower, upper)
    frame["statistic"] = _two_texts(count < 10, "dsr NA for total count < 10", f"dsr per {_per(multiplier)}")
    frame["method"] = _constant(method, len(frame))
    return _typed(frame, type, ('total_count', 'total_pop'))


def _factorize(data: pd.DataFrame, column: str) -> tuple[npt.NDArray[np.uintp], Any]:
    import pandas as pd

    if column not in data.columns:
        raise InputError(f"ageband: no column {column!r} in the data; the columns are {_present(data)}", field=column)
    codes, uniques = pd.factorize(data[column], use_na_sentinel=True)
    if (codes < 0).any():
        row = int(np.flatnonzero(codes < 0)[0])
        record = _row_record(data.index, row)
        raise InputError(f"{record}: field {column!r}: the age band is missing", field=column,
                         record=record, reason="the age band is missing")
    return codes.astype(np.uintp), uniques


def _isr(
    data: pd.DataFrame, x: str, n: str, x_ref: Reference, n_ref: Reference, by: By, confidence: Confidence,
    multiplier: float, statistic: str, observed_totals: pd.DataFrame | None, ageband: str | None,
) -> tuple[pd.DataFrame, FloatArray]:
    groups_by = _by_list(by)
    levels = levels_of(confidence)
    _refuse_output_keys("isratio" if statistic == "ratio" else "israte", groups_by,
                        ["observed", "expected", *(["ref_rate"] if statistic == "rate" else []),
                         *_interval_names(levels), "statistic", "method"])
    groups = _group(data, groups_by)
    per_band = not isinstance(x_ref, str)
    if per_band != (not isinstance(n_ref, str)):
        raise InputError("x_ref and n_ref must both be column names or both be given per band", field="x_ref")
    _column(data, n, "n")
    band = _band_column(data, ageband, "isratio" if statistic == "ratio" else "israte", needed=per_band)
    fields = {"x": x, "n": n, "x_ref": x_ref if isinstance(x_ref, str) else "x_ref",
              "n_ref": n_ref if isinstance(n_ref, str) else "n_ref", "observed_totals": x}

    def observed_of() -> FloatArray | None:
        if observed_totals is None:
            return None
        if not groups_by:
            return _column(observed_totals, x, "x")[:1]
        joined = groups.keys.merge(observed_totals[[*groups_by, x]], on=groups_by, how="left", validate="one_to_one")
        return _floats(joined[x])

    # The one pass needs both references keyed by the same bands; anything it cannot take, and
    # any problem it finds, goes the numpy way below, which raises its errors in its own order.
    banded = False
    by_x: _Banded | None = None
    by_n: _Banded | None = None
    if per_band and band is not None and (by_x := _banded(data, band, x_ref, None, "x_ref")) is not None:
        try:
            by_n = _banded(data, band, n_ref, None, "n_ref")
            banded = by_n is not None and by_x.standard.bands == by_n.standard.bands
            xs = None if observed_totals is not None else _column(data, x, "x")
            totals = observed_of()
        except (InputError, KeyError, ValueError):
            banded = False
    problem: Any = True
    if banded:
        assert by_x is not None and by_n is not None
        ns = _column(data, n, "n")
        with _located(groups, data.index, fields):
            value, lower, upper, observed, expected, ref_rate, problem = _k.isr_banded(
                xs, ns, by_n.codes, by_n.position, by_x.standard.values, by_n.standard.values, _order_of(groups),
                groups.offsets, list(levels), statistic, float(multiplier), totals,
            )
    if problem is not None:
        if per_band:
            assert band is not None
            groups, xr = _standard_of(data, groups, band, x_ref, None, "x_ref")
            groups, nr = _standard_of(data, groups, band, n_ref, None, "n_ref")
        else:
            groups = _sorted_by_band_column(data, groups, band)
            xr = groups.take(_column(data, str(x_ref), "x_ref"))
            nr = groups.take(_column(data, str(n_ref), "n_ref"))
        ns = groups.take(_column(data, n, "n"))
        xs = None if observed_totals is not None else groups.take(_column(data, x, "x"))
        totals = observed_of()
        with _located(groups, data.index, fields):
            value, lower, upper, observed, expected, ref_rate = _k.isr(
                xs, ns, xr, nr, groups.offsets, list(levels), statistic, float(multiplier), False, totals
            )
    columns: dict[str, Any] = {"observed": observed, "expected": expected}
    if statistic == "rate":
        columns["ref_rate"] = ref_rate
    columns["value"] = None
    frame = _frame(groups, columns, levels, value, lower, upper)
    frame["method"] = _two_texts(observed < 10, "Exact", "Byars")
    return frame, observed


def isratio(
    data: Frame,
    x: str,
    n: str,
    x_ref: Reference,
    n_ref: Reference,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 1,
    observed_totals: pd.DataFrame | None = None,
    ageband: str | None = None,
    type: str = "full",
) -> pd.DataFrame:
    """Indirectly standardised ratios (SMR) with limits, as PHEindicatormethods ``calculate_ISRatio``.

    ``value = observed / expected * multiplier`` (the package's ``refvalue``: 1, or 100 for an SMR
    x 100), ``expected = sum(x_ref / n_ref * n)`` over each group's bands (Breslow & Day 1987).
    Limits: exact Poisson limits of the observed count below 10 events (Armitage & Berry 2002),
    Byar's approximation from 10 up, divided by the expected count. ``x_ref`` and ``n_ref`` are
    both column names (reference events and population per row) or both given per band and
    matched to the rows by the age band in column ``ageband`` (default: the column "ageband"),
    never by row order: mappings or Series from band label to value, or sequences with one value
    per band in order of first age. A band missing, repeated or unknown in a group is an
    :class:`~boardroom.errors.InputError` naming the group and band. ``observed_totals``: a frame with the ``by``
    columns and column ``x`` giving each group's observed total (then ``x`` may be absent from
    ``data``). One row per group: ``observed``, ``expected``, ``value``, limits, ``confidence``,
    ``statistic``, ``method`` ("Exact" or "Byars").

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    frame, _ = _isr(data, x, n, x_ref, n_ref, by, confidence, multiplier, "ratio", observed_totals,
                     ageband)
    frame.insert(len(frame.columns) - 1, "statistic", _constant(f"indirectly standardised ratio x {_per(multiplier)}", len(frame)))
    return _typed(frame, type, ('observed', 'expected'))


def israte(
    data: Frame,
    x: str,
    n: str,
    x_ref: Reference,
    n_ref: Reference,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 100000,
    observed_totals: pd.DataFrame | None = None,
    ageband: str | None = None,
    type: str = "full",
) -> pd.DataFrame:
    """Indirectly standardised rates with limits, as PHEindicatormethods ``calculate_ISRate``.

    The standardised ratio times the reference population's crude rate: ``ref_rate =
    sum(x_ref) / sum(n_ref) * multiplier`` and ``value = observed / expected * ref_rate``, limits
    scaled the same way (Breslow & Day 1987; exact below 10 events, Byar's from 10 up). Arguments
    as :func:`isratio`; the output has ``ref_rate`` after ``expected``.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    frame, _ = _isr(data, x, n, x_ref, n_ref, by, confidence, multiplier, "rate", observed_totals,
                     ageband)
    frame.insert(len(frame.columns) - 1, "statistic", _constant(f"indirectly standardised rate per {_per(multiplier)}", len(frame)))
    return _typed(frame, type, ('observed', 'expected', 'ref_rate'))


def _start_ages(data: pd.DataFrame, startage: str, top_age: float = 90.0) -> FloatArray:
    """Numeric start ages; labels such as "1-4" or "90 +" read by their first number, as the package does."""
    import pandas as pd

    if startage not in data.columns:
        raise InputError(f"startage: no column {startage!r} in the data; the columns are {_present(data)}",
                         field=startage)
    column = data[startage]
    if pd.api.types.is_numeric_dtype(column):
        return _floats(column)
    text = column.astype("string").str.extract(r"^\D*(\d+)", expand=False)
    ages = _floats(pd.to_numeric(text, errors="coerce"))
    # A label that gives its last age must be the life-table band of that first age: "10-19" is not 10-14.
    ends = {band.start: band for band in ESP2013_20_BANDS if band.start <= top_age}
    ends[top_age] = ends[top_age]._replace(end=math.inf)
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    for k, label in enumerate(uniques):
        band = parse_band(label)
        if band is None or np.isnan(band.end) or band.start not in ends or ends[band.start].end == band.end:
            continue
        position = int(np.flatnonzero(codes == k)[0])
        record = _row_record(data.index, position)
        reason = f"age band {str(label)!r} is not a life-table band (it should be {ends[band.start].label()})"
        raise InputError(f"{record}: field {startage!r}: {reason}", field=startage, record=record, reason=reason)
    return ages


def life_expectancy(
    data: Frame,
    deaths: str,
    population: str,
    startage: str,
    by: By = None,
    confidence: Confidence = 0.95,
    le_age: str | float | Sequence[float] = "all",
    top_age: float = 90,
    type: str = "full",
) -> pd.DataFrame:
    """Life expectancy at every age band, as PHEindicatormethods ``phe_life_expectancy``.

    Chiang's method II abridged life table (Chiang 1984) over the 20 bands 0, 1-4, 5-9, ...,
    85-89, 90+ (``startage`` 0, 1, 5, ..., 90, or labels that start with those numbers), limits
    from Chiang's variance with Silcocks et al. (2001) for the open top band, as the PHE
    technical guide "Life expectancy". ``top_age=85``: the 19 bands 0, 1-4, ..., 80-84, 85+ (the
    package's ``age_contents`` ending at 85); a group lacking its 90+ band is otherwise an error,
    never read as an 85+ table. Rows are sorted by start age within each group of ``by``; a group
    whose bands are missing or duplicated raises :class:`~boardroom.errors.InputError` naming the
    group and field ``startage``.

    As the package: a group with negative deaths, a population of 0 or less, more deaths than
    people in a band, or a total population of 5,000 or less gets no values (with a warning); a
    value whose 95% interval is wider than 20 years is withheld (NaN) while its limits are kept.
    ``le_age`` keeps only the given start ages ("all" keeps every band).

    Output: the input columns except ``deaths`` and ``population``, then ``value``, the limits,
    ``pops_used`` and ``dths_used`` (population and deaths from that band up), ``confidence``,
    ``statistic`` ("life expectancy at 5") and ``method``.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    import pandas as pd

    groups_by = _by_list(by)
    levels = levels_of(confidence)
    _refuse_output_keys("life_expectancy", groups_by,
                        [*_interval_names(levels), "pops_used", "dths_used", "statistic", "method"])
    if top_age not in (85, 90):
        raise InputError(f"top_age: the open top band starts at 90 or 85, not {top_age!r}", field="top_age")
    ages = _start_ages(data, startage, float(top_age))
    groups = _group(data, groups_by, sort_within=[ages])
    order = groups.order
    fields = {"deaths": deaths, "population": population, "startage": startage}
    with _located(groups, data.index, fields):
        value, lower, upper, pops_used, dths_used, status = _k.life_expectancy(
            groups.take(_column(data, deaths, "deaths")), groups.take(_column(data, population, "population")),
            np.ascontiguousarray(groups.take(ages)), groups.offsets, list(levels), float(top_age),
        )
    for code in sorted(set(status.tolist()) - {0}):
        warnings.warn(_LE_STATUS[code], UserWarning, stacklevel=2)
    # Withheld for width: no value but finite limits (an infinite value has NaN limits).
    if (np.isnan(value) & np.isfinite(lower[0])).any():
        warnings.warn(
            "some life expectancy values have a 95% confidence interval > 20 years; these values have been "
            "suppressed to NAs", UserWarning, stacklevel=2,
        )
    kept = data.drop(columns=[deaths, population])
    frame = (kept if groups.in_order else kept.iloc[order]).reset_index(drop=True)
    frame["value"] = value
    for k, (lo, up) in enumerate(_ci_columns(levels)):
        frame[lo] = lower[k]
        frame[up] = upper[k]
    frame["pops_used"] = pops_used
    frame["dths_used"] = dths_used
    frame["confidence"] = _constant(_confidence_text(levels), len(frame))
    codes, labels = pd.factorize(frame[startage], use_na_sentinel=False)
    frame["statistic"] = np.array([f"life expectancy at {a}" for a in labels], dtype=object)[codes]
    frame["method"] = _constant(_LE_METHOD, len(frame))
    if not (isinstance(le_age, str) and le_age == "all"):
        wanted = np.atleast_1d(np.asarray(le_age, dtype=np.float64))
        keep = np.isin(ages[order], wanted)
        if keep.any():
            frame = frame[keep].reset_index(drop=True)
        else:
            warnings.warn("le_age not in the life table's start ages; all life expectancies are returned",
                          UserWarning, stacklevel=2)
    return _typed(frame, type, ('pops_used', 'dths_used'))
