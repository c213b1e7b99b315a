"""DataFrame front ends of the standardisation and life expectancy kernels.

Arguments and output columns follow the R package PHEindicatormethods (``calculate_dsr``,
``calculate_ISRatio``, ``calculate_ISRate``, ``phe_life_expectancy``): DataFrame in, DataFrame
out, one row per group of ``by`` (one per band for life expectancy). Every group is computed in
one call into :mod:`boardroom._core.indicators` over group offsets, with the GIL released.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Union

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k
from ..errors import InputError
from ._frames import By, Confidence, _by_list, _ci_columns, _confidence_text, _floats
from ._spine import plot_spine
from .arrays import levels_of

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ESP2013", "ESP2013_20", "LIFE_TABLE_AGES", "dsr", "israte", "isratio", "life_expectancy", "plot_spine"]

#: European Standard Population 2013, 19 bands 0-4, 5-9, ..., 85-89, 90+ (Eurostat 2013).
ESP2013: tuple[float, ...] = tuple(_k.ESP2013)
#: The same in the 20 life-table bands 0, 1-4, 5-9, ..., 90+ (0-4 split 1,000 / 4,000).
ESP2013_20: tuple[float, ...] = tuple(_k.ESP2013_20)
#: First ages of the abridged life table's 20 bands (phe_life_expectancy's age_contents).
LIFE_TABLE_AGES: tuple[float, ...] = tuple(_k.LIFE_TABLE_AGES)

FloatArray = npt.NDArray[np.float64]
Reference = Union[str, Sequence[float], npt.NDArray[np.float64]]

_LE_METHOD = "Chiang, using Silcocks et al for confidence limits"
_LE_STATUS = {
    1: "some age bands have missing deaths or populations; outputs have been suppressed to NAs",
    2: "some age bands have negative deaths; outputs have been suppressed to NAs",
    3: "some age bands have a zero or less population; outputs have been suppressed to NAs",
    4: "some age bands have more deaths than population; outputs have been suppressed to NAs",
    5: "some groups have a total population of less than 5,000; outputs have been suppressed to NAs",
}


class _Groups(NamedTuple):
    """Rows sorted into groups: ``order`` indexes the input, group g is order[offsets[g]:offsets[g+1]]."""

    keys: pd.DataFrame
    order: npt.NDArray[np.intp]
    offsets: npt.NDArray[np.uintp]
    in_order: bool = False  # order is the identity: rows need no reordering

    def take(self, column: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """``column`` in group order (itself when the rows already are)."""
        return column if self.in_order else column[self.order]

    def label(self, g: int) -> str:
        """Group g named by its keys ("area='E06000001'"), built only for error messages."""
        if not len(self.keys.columns):
            return "all rows"
        return ", ".join(f"{c}={v!r}" for c, v in zip(self.keys.columns, self.keys.iloc[g].tolist()))

    def group_count(self) -> int:
        return len(self.offsets) - 1


def _group(data: pd.DataFrame, by: list[str], sort_within: Sequence[Any] = ()) -> _Groups:
    """Group keys sorted as R's group_by, rows of a group in input order (or by ``sort_within``)."""
    import pandas as pd

    if not by:
        keys = pd.DataFrame(index=[0])
        codes: npt.NDArray[np.intp] = np.zeros(len(data), dtype=np.intp)
    else:
        missing = [c for c in by if c not in data.columns]
        if missing:
            raise InputError(f"by: no column {missing[0]!r} in the data", field=missing[0])
        column = data[by[0]]
        plain = len(by) == 1 and not isinstance(column.dtype, pd.CategoricalDtype)
        if plain and len(column) > 1 and column.is_monotonic_increasing and not column.hasnans:
            # Already sorted by its key (the usual layout): groups are the runs, no hashing.
            values = column.to_numpy()
            starts = np.flatnonzero(values[1:] != values[:-1]) + 1
            offsets = np.concatenate([[0], starts, [len(values)]]).astype(np.uintp)
            keys = pd.DataFrame({by[0]: column.iloc[offsets[:-1].astype(np.intp)].reset_index(drop=True)})
            if not sort_within:
                return _Groups(keys, np.arange(len(values), dtype=np.intp), offsets, True)
            codes = np.repeat(np.arange(len(keys), dtype=np.intp), np.diff(offsets).astype(np.intp))
        elif plain:
            # One plain key column: a sorted hash factorisation, the same order as groupby's.
            factor_codes, uniques = pd.factorize(column, sort=True, use_na_sentinel=False)
            codes = np.asarray(factor_codes, dtype=np.intp)
            keys = pd.DataFrame({by[0]: uniques})
            keys[by[0]] = keys[by[0]].astype(column.dtype)
        else:
            codes = np.asarray(data.groupby(by, sort=True, dropna=False, observed=True).ngroup(), dtype=np.intp)
            first = np.unique(codes, return_index=True)[1]
            keys = data[by].iloc[first].reset_index(drop=True)
    if sort_within and _already_sorted(codes, sort_within):
        order = np.arange(len(codes), dtype=np.intp)  # grouped, and sorted within each group
    elif sort_within:
        order = np.lexsort((*reversed([np.asarray(s) for s in sort_within]), codes)).astype(np.intp)
    elif len(codes) < 2 or bool((codes[1:] >= codes[:-1]).all()):
        order = np.arange(len(codes), dtype=np.intp)  # already grouped and in key order
    else:
        order = np.argsort(codes, kind="stable").astype(np.intp)
    counts = np.bincount(codes, minlength=len(keys))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.uintp)
    in_order = len(order) < 2 or bool((order[1:] > order[:-1]).all())
    return _Groups(keys, order, offsets, in_order)


def _already_sorted(codes: npt.NDArray[np.intp], sort_within: Sequence[Any]) -> bool:
    """True when rows are in group order and, within a group, ascending by the one sort key
    with no ties (then lexsort would return the identity)."""
    if len(sort_within) != 1 or len(codes) < 2:
        return len(codes) < 2
    key = np.asarray(sort_within[0])
    if key.dtype.kind not in "iuf":
        return False
    step = np.diff(codes)
    with np.errstate(invalid="ignore"):
        rising = np.diff(key) > 0
    return bool(((step > 0) | ((step == 0) & rising)).all())


@contextlib.contextmanager
def _located(groups: _Groups, index: pd.Index, fields: Mapping[str, str]) -> Iterator[None]:
    """Re-raise kernel errors with the caller's column names, group keys and row labels."""
    try:
        yield
    except InputError as error:
        field = fields.get(error.field or "", error.field)
        record = error.record or ""
        match = re.fullmatch(r"(row|group) (\d+)", record)
        if match and match.group(1) == "group" and int(match.group(2)) <= groups.group_count():
            record = f"group {match.group(2)} ({groups.label(int(match.group(2)) - 1)})"
        elif match and int(match.group(2)) <= len(groups.order):
            position = int(groups.order[int(match.group(2)) - 1])
            record = f"row {position + 1}"
            if not _is_range(index):
                record += f" ({index[position]!r})"
        parts = [p for p in (record, f"field '{field}'" if field else None) if p]
        message = ": ".join([*parts, error.reason])
        raise InputError(message, error.file, error.line, field, record or None, error.reason) from None


def _is_range(index: pd.Index) -> bool:
    import pandas as pd

    return isinstance(index, pd.RangeIndex)


def _column(data: pd.DataFrame, name: str, role: str) -> FloatArray:
    if name not in data.columns:
        raise InputError(f"{role}: no column {name!r} in the data", field=name)
    return _floats(data[name])


def _per(multiplier: float) -> str:
    """``multiplier`` as R's format(scientific = FALSE) prints it: 100000, 1000, 0.5."""
    return str(np.format_float_positional(float(multiplier), trim="-"))


def _frame(groups: _Groups, columns: Mapping[str, Any], levels: Sequence[float], value: FloatArray,
           lower: FloatArray, upper: FloatArray) -> pd.DataFrame:
    import pandas as pd

    built: dict[str, Any] = {name: groups.keys[name].to_numpy() for name in groups.keys.columns}
    for name, column in columns.items():
        if name == "value":
            built["value"] = value
            for k, (lo, up) in enumerate(_ci_columns(levels)):
                built[lo] = lower[k]
                built[up] = upper[k]
        else:
            built[name] = column
    frame = pd.DataFrame(built, copy=False)
    for name in groups.keys.columns:  # keep the key columns' dtypes (categories, strings)
        frame[name] = groups.keys[name].reset_index(drop=True)
    frame["confidence"] = _confidence_text(levels)
    return frame


def dsr(
    data: pd.DataFrame,
    x: str,
    n: str,
    stdpop: Reference | None = None,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 100000,
    independent_events: bool = True,
    eventfreq: str | None = None,
    ageband: str | None = None,
) -> pd.DataFrame:
    """Directly standardised rates with Dobson et al. (1991) limits, as PHEindicatormethods ``calculate_dsr``.

    One row per group of ``by`` with ``total_count``, ``total_pop``, ``value``, the limits,
    ``confidence``, ``statistic`` and ``method``. ``value = sum(x * stdpop / n) / sum(stdpop) *
    multiplier``; limits on Byar's limits of the total count (Breslow & Day 1987) by Dobson's
    method, as in the PHE technical guide "Confidence intervals". Groups with fewer than 10 events
    have no value or limits ("dsr NA for total count < 10"). Missing ``x`` counts as 0.

    ``stdpop``: ``None`` for the European Standard Population 2013 in 19 bands matched by row
    order within each group (PHEindicatormethods' ``esp2013``; every group needs 19 rows); a
    column name; or a sequence of numbers, one per band (e.g. :data:`ESP2013_20`).

    ``independent_events=False``: ``x`` counts individuals who had ``eventfreq`` events each in
    band ``ageband``; the DSR is of all events and the limits are widened for events that are not
    independent (the package's non-independent variant). Rows with a missing ``x`` still count in
    the variance of their frequency, as in the package. With ``stdpop=None`` the bands take
    ESP2013 in the order of their first ages ("00-04", "5-9", "90+" read as 0, 5, 90).
    """
    groups_by = _by_list(by)
    levels = levels_of(confidence)
    xs = _column(data, x, "x")
    ns = _column(data, n, "n")
    if independent_events:
        groups = _group(data, groups_by)
        xs, ns = groups.take(xs), groups.take(ns)
        per_band = not isinstance(stdpop, str)
        standard = (
            np.asarray(ESP2013 if stdpop is None else stdpop, dtype=np.float64)
            if per_band
            else groups.take(_column(data, str(stdpop), "stdpop"))
        )
        with _located(groups, data.index, {"x": x, "n": n, "stdpop": "stdpop" if per_band else str(stdpop)}):
            value, lower, upper, count, pop = _k.dsr(
                xs, ns, np.ascontiguousarray(standard), groups.offsets, list(levels), float(multiplier), per_band
            )
        method = "Dobson"
    else:
        if eventfreq is None or ageband is None:
            raise InputError(
                "dsr: independent_events=False needs the eventfreq and ageband columns",
                field="eventfreq" if eventfreq is None else "ageband",
            )
        frequency = _column(data, eventfreq, "eventfreq")
        bands, _ = _factorize(data, ageband)
        groups = _group(data, groups_by, sort_within=[np.nan_to_num(frequency, nan=-np.inf)])
        order = groups.order
        if isinstance(stdpop, str):
            standard = _column(data, stdpop, "stdpop")[order]
        else:
            starts = _start_ages(data, ageband)[order]
            standard = _by_band_rank(groups, starts, ESP2013 if stdpop is None else stdpop)
        fields = {"x": x, "n": n, "eventfreq": eventfreq, "ageband": ageband,
                  "stdpop": stdpop if isinstance(stdpop, str) else "stdpop"}
        with _located(groups, data.index, fields):
            value, lower, upper, count, pop = _k.dsr_nonindependent(
                xs[order], frequency[order], bands[order], ns[order], standard, groups.offsets,
                list(levels), float(multiplier),
            )
        method = "Dobson, with confidence adjusted for non-independent events"
    frame = _frame(groups, {"total_count": count, "total_pop": pop, "value": None}, levels, value, lower, upper)
    frame["statistic"] = np.where(count < 10, "dsr NA for total count < 10", f"dsr per {_per(multiplier)}")
    frame["method"] = method
    return frame


def _factorize(data: pd.DataFrame, column: str) -> tuple[npt.NDArray[np.uintp], Any]:
    import pandas as pd

    if column not in data.columns:
        raise InputError(f"ageband: no column {column!r} in the data", field=column)
    codes, uniques = pd.factorize(data[column], use_na_sentinel=True)
    if (codes < 0).any():
        row = int(np.flatnonzero(codes < 0)[0])
        raise InputError(f"row {row + 1}: field {column!r}: the age band is missing", field=column,
                         record=f"row {row + 1}", reason="the age band is missing")
    return codes.astype(np.uintp), uniques


def _by_band_rank(groups: _Groups, starts: FloatArray, standard: Sequence[float] | FloatArray) -> FloatArray:
    """Each row's value of ``standard`` by the rank of its band's first age among its group's bands."""
    values = np.asarray(standard, dtype=np.float64)
    if np.isnan(starts).any():
        row = int(groups.order[int(np.flatnonzero(np.isnan(starts))[0])])
        raise InputError(
            f"row {row + 1}: field 'ageband': the age band does not start with a number; give stdpop as a column",
            field="ageband", record=f"row {row + 1}", reason="the age band does not start with a number",
        )
    sizes = (groups.offsets[1:] - groups.offsets[:-1]).astype(np.intp)
    group = np.repeat(np.arange(len(sizes)), sizes)
    pairs, inverse = np.unique(np.column_stack([group, starts]), axis=0, return_inverse=True)
    first = np.searchsorted(pairs[:, 0], np.arange(len(groups.offsets) - 1))
    rank = inverse.reshape(-1) - first[group]
    if len(rank) and rank.max() >= len(values):
        g = int(group[int(np.argmax(rank))])
        record = f"group {g + 1} ({groups.label(g)})"
        reason = f"the group has more than {len(values)} age bands, the bands of the standard population"
        raise InputError(f"{record}: field 'stdpop': {reason}", field="stdpop", record=record, reason=reason)
    return np.ascontiguousarray(values[rank])


def _isr(
    data: pd.DataFrame, x: str, n: str, x_ref: Reference, n_ref: Reference, by: By, confidence: Confidence,
    multiplier: float, statistic: str, observed_totals: pd.DataFrame | None,
) -> tuple[pd.DataFrame, FloatArray]:
    groups_by = _by_list(by)
    levels = levels_of(confidence)
    groups = _group(data, groups_by)
    order = groups.order
    ns = groups.take(_column(data, n, "n"))
    per_band = not isinstance(x_ref, str)
    if per_band != (not isinstance(n_ref, str)):
        raise InputError("x_ref and n_ref must both be column names or both be sequences", field="x_ref")
    if per_band:
        xr = np.ascontiguousarray(x_ref, dtype=np.float64)
        nr = np.ascontiguousarray(n_ref, dtype=np.float64)
    else:
        xr = groups.take(_column(data, str(x_ref), "x_ref"))
        nr = groups.take(_column(data, str(n_ref), "n_ref"))
    xs: FloatArray | None = None
    totals: FloatArray | None = None
    if observed_totals is None:
        xs = groups.take(_column(data, x, "x"))
    else:
        if not groups_by:
            totals = _column(observed_totals, x, "x")[:1]
        else:
            joined = groups.keys.merge(observed_totals[[*groups_by, x]], on=groups_by, how="left",
                                       validate="one_to_one")
            totals = _floats(joined[x])
    fields = {"x": x, "n": n, "x_ref": x_ref if isinstance(x_ref, str) else "x_ref",
              "n_ref": n_ref if isinstance(n_ref, str) else "n_ref", "observed_totals": x}
    with _located(groups, data.index, fields):
        value, lower, upper, observed, expected, ref_rate = _k.isr(
            xs, ns, xr, nr, groups.offsets, list(levels), statistic, float(multiplier), per_band, totals
        )
    columns: dict[str, Any] = {"observed": observed, "expected": expected}
    if statistic == "rate":
        columns["ref_rate"] = ref_rate
    columns["value"] = None
    frame = _frame(groups, columns, levels, value, lower, upper)
    frame["method"] = np.where(observed < 10, "Exact", "Byars")
    return frame, observed


def isratio(
    data: pd.DataFrame,
    x: str,
    n: str,
    x_ref: Reference,
    n_ref: Reference,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 1,
    observed_totals: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Indirectly standardised ratios (SMR) with limits, as PHEindicatormethods ``calculate_ISRatio``.

    ``value = observed / expected * multiplier`` (the package's ``refvalue``: 1, or 100 for an SMR
    x 100), ``expected = sum(x_ref / n_ref * n)`` over each group's bands (Breslow & Day 1987).
    Limits: exact Poisson limits of the observed count below 10 events (Armitage & Berry 2002),
    Byar's approximation from 10 up, divided by the expected count. ``x_ref`` and ``n_ref`` are
    both column names (reference events and population per row) or both sequences with one value
    per band, matched by row order within each group. ``observed_totals``: a frame with the ``by``
    columns and column ``x`` giving each group's observed total (then ``x`` may be absent from
    ``data``). One row per group: ``observed``, ``expected``, ``value``, limits, ``confidence``,
    ``statistic``, ``method`` ("Exact" or "Byars").
    """
    frame, _ = _isr(data, x, n, x_ref, n_ref, by, confidence, multiplier, "ratio", observed_totals)
    frame.insert(len(frame.columns) - 1, "statistic", f"indirectly standardised ratio x {_per(multiplier)}")
    return frame


def israte(
    data: pd.DataFrame,
    x: str,
    n: str,
    x_ref: Reference,
    n_ref: Reference,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 100000,
    observed_totals: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Indirectly standardised rates with limits, as PHEindicatormethods ``calculate_ISRate``.

    The standardised ratio times the reference population's crude rate: ``ref_rate =
    sum(x_ref) / sum(n_ref) * multiplier`` and ``value = observed / expected * ref_rate``, limits
    scaled the same way (Breslow & Day 1987; exact below 10 events, Byar's from 10 up). Arguments
    as :func:`isratio`; the output has ``ref_rate`` after ``expected``.
    """
    frame, _ = _isr(data, x, n, x_ref, n_ref, by, confidence, multiplier, "rate", observed_totals)
    frame.insert(len(frame.columns) - 1, "statistic", f"indirectly standardised rate per {_per(multiplier)}")
    return frame


def _start_ages(data: pd.DataFrame, startage: str) -> FloatArray:
    """Numeric start ages; labels such as "1-4" or "90 +" read by their first number, as the package does."""
    import pandas as pd

    if startage not in data.columns:
        raise InputError(f"no column {startage!r} in the data", field=startage)
    column = data[startage]
    if pd.api.types.is_numeric_dtype(column):
        return _floats(column)
    text = column.astype("string").str.extract(r"^\D*(\d+)", expand=False)
    return _floats(pd.to_numeric(text, errors="coerce"))


def life_expectancy(
    data: pd.DataFrame,
    deaths: str,
    population: str,
    startage: str,
    by: By = None,
    confidence: Confidence = 0.95,
    le_age: str | float | Sequence[float] = "all",
) -> pd.DataFrame:
    """Life expectancy at every age band, as PHEindicatormethods ``phe_life_expectancy``.

    Chiang's method II abridged life table (Chiang 1984) over the 20 bands 0, 1-4, 5-9, ...,
    85-89, 90+ (``startage`` 0, 1, 5, ..., 90, or labels that start with those numbers), limits
    from Chiang's variance with Silcocks et al. (2001) for the 90+ band, as the PHE technical
    guide "Life expectancy". Rows are sorted by start age within each group of ``by``; a group
    whose bands are missing or duplicated raises :class:`~boardroom.errors.InputError` naming the
    group and field ``startage``.

    As the package: a group with negative deaths, a population of 0 or less, more deaths than
    people in a band, or a total population of 5,000 or less gets no values (with a warning); a
    value whose 95% interval is wider than 20 years is withheld (NaN) while its limits are kept.
    ``le_age`` keeps only the given start ages ("all" keeps every band).

    Output: the input columns except ``deaths`` and ``population``, then ``value``, the limits,
    ``pops_used`` and ``dths_used`` (population and deaths from that band up), ``confidence``,
    ``statistic`` ("life expectancy at 5") and ``method``.
    """
    import pandas as pd

    groups_by = _by_list(by)
    levels = levels_of(confidence)
    ages = _start_ages(data, startage)
    groups = _group(data, groups_by, sort_within=[ages])
    order = groups.order
    fields = {"deaths": deaths, "population": population, "startage": startage}
    with _located(groups, data.index, fields):
        value, lower, upper, pops_used, dths_used, status = _k.life_expectancy(
            groups.take(_column(data, deaths, "deaths")), groups.take(_column(data, population, "population")),
            np.ascontiguousarray(groups.take(ages)), groups.offsets, list(levels),
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
    frame["confidence"] = _confidence_text(levels)
    codes, labels = pd.factorize(frame[startage], use_na_sentinel=False)
    frame["statistic"] = np.array([f"life expectancy at {a}" for a in labels], dtype=object)[codes]
    frame["method"] = _LE_METHOD
    if not (isinstance(le_age, str) and le_age == "all"):
        wanted = np.atleast_1d(np.asarray(le_age, dtype=np.float64))
        keep = np.isin(ages[order], wanted)
        if keep.any():
            frame = frame[keep].reset_index(drop=True)
        else:
            warnings.warn("le_age not in the life table's start ages; all life expectancies are returned",
                          UserWarning, stacklevel=2)
    return frame
