"""Funnel plots, quantiles, the slope index of inequality and trend markers (PHEindicatormethods-style).

DataFrame in, DataFrame out, with the package's argument and column names. Groups (``by``) are
sorted into one block per group and run as one call of the compiled kernel over group offsets,
with the GIL released; nothing loops over groups in Python.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union

import numpy as np
import numpy.typing as npt

from .._core import indicators as _core
from ..errors import InputError
from ._frames import _relocated as _relocate
from ._frames import By, Frame, POLARITIES, _by_list, _floats, _level_name, _present, _row_record, _ungroup
from ._groups import _group, _Groups, _refuse_output_keys

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "funnel_limits",
    "funnel_points",
    "funnel_significance",
    "quantile",
    "sii",
]

# The kernels of python/src/register_indicators_variation.cpp (typed as Any until the
# stubs in boardroom/_core are regenerated with scripts/stubs.sh).
_k: Any = _core

Levels = Union[float, Sequence[float]]

#: assign_funnel_significance's factor levels, in its order (the last for DSRs only).
FUNNEL_SIGNIFICANCE_LABELS: tuple[str, ...] = tuple(_k.FUNNEL_SIGNIFICANCE_LABELS)
#: assign_trend_markers' reasons, indexed by the kernel's reason codes.
TREND_REASON_LABELS: tuple[str, ...] = tuple(_k.TREND_REASON_LABELS)


def _groups(data: pd.DataFrame, by: By) -> _Groups:
    """Rows sorted into groups as dplyr's group_by would order them (keys sorted, NA kept)."""
    columns = _by_list(by)
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise InputError(f"by: {missing[0]!r} is not a column of the data; the columns are {_present(data)}",
                         field=missing[0])
    return _group(data, columns)


def _describe_group(groups: _Groups, g: int) -> str:
    if not groups.columns or not 0 <= g < len(groups.keys):
        return "all rows"
    values = ", ".join(str(v) for v in groups.keys.iloc[g].tolist())
    return f"group ({values})"


def _relocated(data: pd.DataFrame, groups: _Groups, fields: Mapping[str, str]) -> contextlib.AbstractContextManager[None]:
    """Re-raise kernel errors naming the caller's row (original position and label), group and column."""
    return _relocate(data.index, fields, order=groups.order, group=lambda g: _describe_group(groups, g))


def _column(data: pd.DataFrame, name: str | None, groups: _Groups, what: str) -> npt.NDArray[np.float64] | None:
    """A numeric column in group order, or None when not given."""
    if name is None:
        return None
    if name not in data.columns:
        raise InputError(f"{what} is not a field name from data ({name!r}); the columns are {_present(data)}",
                         field=name)
    series = data[name]
    if not _numeric(series):
        raise InputError(f"field {what} must be numeric ({name!r} is {series.dtype})", field=name)
    return np.ascontiguousarray(_floats(series)[groups.order])


def _numeric(series: pd.Series) -> bool:
    from pandas.api.types import is_numeric_dtype

    return bool(is_numeric_dtype(series))


def _require(value: Any, message: str, field: str) -> None:
    if value is None:
        raise InputError(message, field=field)


def _confidence_levels(confidence: Levels) -> list[float]:
    """Levels as fractions, validated as :func:`~boardroom.indicators.arrays.levels_of` (90-100 and any
    percentage from 50 read as percentages)."""
    from .arrays import levels_of

    return list(levels_of(confidence))


def _r_format(multiplier: float) -> str:
    """format(x, big.mark = ",", scientific = FALSE): 7 significant digits, thousands marked."""
    if float(multiplier).is_integer():
        return f"{int(multiplier):,}"
    digits = max(0, 7 - len(str(int(abs(multiplier)))))
    return f"{multiplier:,.{digits}f}".rstrip("0").rstrip(".")


# --- Funnel plots -------------------------------------------------------------------------------


def _funnel_inputs(
    data: pd.DataFrame, groups: _Groups, numerator: str, denominator: str | None, rate: str | None
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64] | None, npt.NDArray[np.float64] | None]:
    x = _column(data, numerator, groups, "numerator")
    assert x is not None
    return x, _column(data, denominator, groups, "denominator"), _column(data, rate, groups, "rate")


def _check_funnel_arguments(
    statistic: str | None, denominator: str | None, rate: str | None, multiplier: float | None,
    rate_type: str | None, years_of_data: float | None, need_years: bool,
) -> str:
    if statistic not in ("proportion", "ratio", "rate"):
        raise InputError("statistic must be provided as proportion, rate or ratio", field="statistic")
    if statistic == "rate":
        names = "rate, rate_type, multiplier" + (", years_of_data" if need_years else "")
        if rate is None or rate_type is None or multiplier is None or (need_years and years_of_data is None):
            raise InputError(f"the following arguments are required for rates: numerator, {names}", field="rate")
        if rate_type not in ("dsr", "crude"):
            raise InputError(f"rate_type must be dsr or crude, not {rate_type!r}", field="rate_type")
    else:
        _require(denominator, f"the denominator argument is required for {statistic}s", "denominator")
        if statistic == "proportion" and need_years:  # limits only: significance works on fractions
            _require(multiplier, "the multiplier argument is required for proportions", "multiplier")
    return statistic


def funnel_limits(
    data: Frame,
    numerator: str,
    denominator: str | None = None,
    statistic: str | None = None,
    multiplier: float | None = None,
    *,
    rate: str | None = None,
    ratio_type: str = "count",
    rate_type: str | None = None,
    years_of_data: float | None = None,
    type: str = "full",
    by: By = None,
) -> pd.DataFrame:
    """Funnel plot control limits, as PHEindicatormethods ``calculate_funnel_limits`` (Spiegelhalter 2005).

    One table of 100 rows per group (of ``by``), on the package's axis: ``Population`` for
    proportions, ``Observed_events`` for ratios, ``Events`` for rates, then ``lower_2s_limit``,
    ``upper_2s_limit`` (95%) and ``lower_3s_limit``, ``upper_3s_limit`` (99.8%), with
    ``lower_2s_exp_events`` ... (ratios) or ``lower_2s_population_1_year`` ... (rates), and
    ``baseline`` (proportions, rates). ``type="full"`` adds ``statistic`` and ``method``.

    Proportions need ``denominator`` and ``multiplier`` (100 for percentages); ratios
    ``denominator`` (expected counts) and ``ratio_type`` ("count": O/E - 1, or "isr": O/E x 100);
    rates ``rate``, ``rate_type`` ("dsr" or "crude"), ``multiplier`` and ``years_of_data``, with
    ``denominator`` needed where there are 0 events. Poisson limits repeat the package's bisection
    exactly, so they agree with it to rounding, not just to its 1e-7 search tolerance.
    """
    data, by = _ungroup(data, by)
    import pandas as pd

    stat = _check_funnel_arguments(statistic, denominator, rate, multiplier, rate_type, years_of_data, True)
    if stat == "ratio" and ratio_type not in ("count", "isr"):
        raise InputError(f"ratio_type must be count or isr, not {ratio_type!r}", field="ratio_type")
    if type not in ("full", "standard"):
        raise InputError(f"type should be one of full, standard, not {type!r}", field="type")
    groups = _groups(data, by)
    axis, denominators = {"proportion": ("Population", ""), "ratio": ("Observed_events", "exp_events"),
                          "rate": ("Events", "population_1_year")}[stat]
    sides = ("lower_2s", "upper_2s", "lower_3s", "upper_3s")
    _refuse_output_keys("funnel_limits", groups.columns, [
        axis, *(f"{side}_{denominators}" for side in sides if denominators), *(f"{side}_limit" for side in sides),
        *(["baseline"] if stat != "ratio" else []), *(["statistic", "method"] if type == "full" else [])])
    x, n, r = _funnel_inputs(data, groups, numerator, denominator, rate)
    fields = {"numerator": numerator, "denominator": denominator or "denominator", "rate": rate or "rate"}
    with _relocated(data, groups, fields):
        out = _k.funnel_limits(
            x, n, r, groups.offsets, stat, float(multiplier if multiplier is not None else 1.0),
            ratio_type, rate_type or "dsr", float(years_of_data if years_of_data is not None else 1.0),
        )
    points = 100
    frame = groups.keys.loc[groups.keys.index.repeat(points)].reset_index(drop=True)
    frame[axis] = out["axis"]
    for side in sides:
        if denominators:
            frame[f"{side}_{denominators}"] = out[f"{side}_denominator"]
        frame[f"{side}_limit"] = out[side]
    if stat != "ratio":
        frame["baseline"] = np.repeat(out["baseline"], points)
    if type == "full":
        if stat == "ratio":
            frame["statistic"] = f"ratio ({ratio_type})"
        elif stat == "rate":
            frame["statistic"] = f"rate ({rate_type} per {_r_format(float(multiplier or 1.0))})"
        else:
            frame["statistic"] = "proportion"
        frame["method"] = "Wilson" if stat == "proportion" else "Poisson"
    return pd.DataFrame(frame)


def funnel_significance(
    data: Frame,
    numerator: str,
    denominator: str | None = None,
    statistic: str | None = None,
    *,
    rate: str | None = None,
    rate_type: str | None = None,
    multiplier: float | None = None,
    by: By = None,
) -> pd.DataFrame:
    """Each row's place against the funnel, as PHEindicatormethods ``assign_funnel_significance``.

    Adds ``significance``: "High (0.001)" / "Low (0.001)" outside the 99.8% limits, "High
    (0.025)" / "Low (0.025)" outside the 95% limits only, else "Not significant"; for DSRs from
    fewer than 10 events "Not applicable for events less than 10 for dsrs". A categorical with
    the package's factor levels. The average is taken within each group of ``by``.
    """
    data, by = _ungroup(data, by)
    import pandas as pd

    stat = _check_funnel_arguments(statistic, denominator, rate, multiplier, rate_type, None, False)
    groups = _groups(data, by)
    _refuse_output_keys("funnel_significance", groups.columns, ["significance"])
    x, n, r = _funnel_inputs(data, groups, numerator, denominator, rate)
    fields = {"numerator": numerator, "denominator": denominator or "denominator", "rate": rate or "rate"}
    with _relocated(data, groups, fields):
        codes = _k.funnel_significance(
            x, n, r, groups.offsets, stat, float(multiplier if multiplier is not None else 1.0), rate_type or "dsr"
        )
    in_order = np.empty_like(codes)
    in_order[groups.order] = codes
    levels = FUNNEL_SIGNIFICANCE_LABELS if stat == "rate" else FUNNEL_SIGNIFICANCE_LABELS[:5]
    frame = data.copy()
    frame["significance"] = pd.Categorical.from_codes(in_order.astype(np.int64), categories=pd.Index(list(levels)))
    return frame


def funnel_points(
    data: Frame,
    numerator: str,
    rate: str,
    denominator: str | None = None,
    *,
    rate_type: str | None = None,
    years_of_data: float | None = None,
    multiplier: float | None = None,
) -> pd.DataFrame:
    """Rate funnels' plotting points, as PHEindicatormethods ``calculate_funnel_points``.

    Adds ``<rate>_chart`` (the rate; missing for a DSR from fewer than 10 events) and
    ``denominator_derived``: the population per year implied by events and rate
    (``multiplier * events / rate / years_of_data``; the given population where there are 0 events).
    """
    data = _ungroup(data, None, grouping=False)[0]
    _check_funnel_arguments("rate", denominator, rate, multiplier, rate_type, years_of_data, True)
    groups = _groups(data, None)
    x, n, r = _funnel_inputs(data, groups, numerator, denominator, rate)
    with _relocated(data, groups, {"numerator": numerator, "denominator": denominator or "denominator", "rate": rate}):
        chart, derived = _k.funnel_points(x, n, r, rate_type, float(multiplier or 1.0), float(years_of_data or 1.0))
    frame = data.copy()
    frame[f"{rate}_chart"] = chart
    frame["denominator_derived"] = derived
    return frame


# --- Quantiles ----------------------------------------------------------------------------------

_TRUE = {"true", "t", "1", "yes"}
_FALSE = {"false", "f", "0", "no"}


def _as_flags(series: pd.Series, name: str) -> npt.NDArray[np.bool_]:
    flags = []
    for value in series.tolist():
        text = str(value).strip().lower()
        if isinstance(value, (bool, np.bool_)) or text in _TRUE | _FALSE:
            flags.append(text in _TRUE)
        else:
            raise InputError(f"invert field values must be TRUE or FALSE, not {value!r}", field=name)
    return np.array(flags, dtype=bool)


def quantile(
    data: Frame,
    values: str,
    by: By = None,
    nquantiles: int = 10,
    invert: bool | str = True,
    inverttype: str = "logical",
    type: str = "full",
) -> pd.DataFrame:
    """Quantiles of ``values`` within each group (parent area), as PHEindicatormethods ``phe_quantile``.

    Rank 1 is the lowest value, or the highest when ``invert`` is true (the lowest quantile
    then holds the highest values). Tied values share the lowest of their ranks; the quantile is
    ``floor(nquantiles + 1 - ceiling((m + 1 - rank) / (m / nquantiles)))`` among the group's m
    values. Missing values, and every row of a group with fewer than ``nquantiles`` values, get
    no quantile (with a warning, as the package). ``invert`` may be a column name (or
    ``inverttype="field"``): a TRUE/FALSE column that must be constant within each group.
    Adds ``quantile``; ``type="full"`` also ``nquantiles``, ``groupvars`` and ``qinverted``.
    """
    data, by = _ungroup(data, by)
    if values not in data.columns:
        raise InputError(f"values is not a field name from data ({values!r})", field=values)
    if not _numeric(data[values]):
        raise InputError("values argument must be a numeric field from data", field=values)
    if inverttype not in ("logical", "field"):
        raise InputError("valid values for inverttype are logical and field", field="inverttype")
    groups = _groups(data, by)
    _refuse_output_keys("quantile", groups.columns,
                        ["quantile", *(["nquantiles", "groupvars", "qinverted"] if type == "full" else [])])
    count = len(groups.offsets) - 1
    bounds = groups.offsets.astype(np.intp)
    sizes: npt.NDArray[np.intp] = (bounds[1:] - bounds[:-1]).astype(np.intp)
    if inverttype == "field" or isinstance(invert, str):
        name = str(invert)
        if name not in data.columns:
            raise InputError("invert is not a field name from data", field=name)
        flags = _as_flags(data[name], name)[groups.order]
        starts = groups.offsets[:-1].astype(np.intp)
        per_group = flags[starts] if count else np.zeros(0, dtype=bool)
        ids = np.repeat(np.arange(count), sizes)
        if (flags != per_group[ids]).any():
            raise InputError(
                "invert field values must take the same logical value for each data grouping set", field=name
            )
    else:
        if not isinstance(invert, (bool, np.bool_)):
            raise InputError("invert expressed as a logical must equal TRUE or FALSE", field="invert")
        per_group = np.full(count, bool(invert))
    with _relocated(data, groups, {"values": values}):
        q = _k.quantiles(
            np.ascontiguousarray(_floats(data[values])[groups.order]),
            groups.offsets,
            per_group.astype(np.uint8),
            int(nquantiles),
        )
    result = np.empty_like(q)
    result[groups.order] = q
    if any(np.isnan(q[bounds[g] : bounds[g + 1]]).all() for g in range(count)):
        warnings.warn(
            "One or more groups had too few small areas with values to allow quantiles to be assigned", stacklevel=2
        )
    frame = data.copy()
    frame["quantile"] = result
    if type == "full":
        inverted = np.zeros(len(data), dtype=bool)
        inverted[groups.order] = np.repeat(per_group, sizes)
        frame["nquantiles"] = int(nquantiles)
        frame["groupvars"] = ", ".join(groups.columns)
        frame["qinverted"] = np.where(
            inverted, "lowest quantile represents highest values", "lowest quantile represents lowest values"
        )
    return frame


# --- Slope and relative index of inequality -------------------------------------------------------


def _quantile_keys(data: pd.DataFrame, name: str, groups: _Groups) -> npt.NDArray[np.float64]:
    """Quantiles as numbers in group order; text labels are ranked in sorted order (as arrange)."""
    if name not in data.columns:
        raise InputError(f"quantile is not a field name from data ({name!r})", field=name)
    series = data[name]
    if _numeric(series):
        return np.ascontiguousarray(_floats(series)[groups.order])
    labels = series.astype(str).to_numpy()
    _, codes = np.unique(labels, return_inverse=True)
    return np.ascontiguousarray(codes.astype(np.float64)[groups.order])


def sii(
    data: Frame,
    quantile: str,
    population: str,
    x: str | None = None,
    value: str | None = None,
    value_type: int = 0,
    transform: bool = False,
    lower_cl: str | None = None,
    upper_cl: str | None = None,
    se: str | None = None,
    multiplier: float = 1,
    repetitions: int = 100000,
    confidence: Levels = 0.95,
    rii: bool = False,
    intercept: bool = False,
    type: str = "full",
    by: By = None,
    seed: int | None = None,
) -> pd.DataFrame:
    """Slope (and relative) index of inequality per group, as PHEindicatormethods ``phe_sii`` (Low & Low 2004).

    One row per group of ``by`` whose data cover every quantile (others are dropped with a
    warning, as the package). ``value_type`` 0 (any indicator), 1 (rate: simulated on the log
    scale) or 2 (proportion in [0, 1], logit scale; ``x`` counts may replace ``value``).
    Standard errors are ``se`` or come from 95% ``lower_cl``/``upper_cl``. The point estimates
    are a weighted least-squares fit and match the package to rounding; the limits come from
    ``repetitions`` Monte Carlo draws with a seeded generator (``seed``; group g's stream is
    std::mt19937_64 seeded by SplitMix64 of seed + g, normal deviates by Marsaglia's polar
    method), so they match the package to Monte Carlo error. Columns as the package: ``sii``,
    ``rii``, ``sii_lower95_0cl``, ``sii_upper95_0cl``, ... ``intercept``, then (``type="full"``)
    ``indicator_type``, ``multiplier``, ``transform``, ``CI_confidence``, ``CI_method``.
    """
    data, by = _ungroup(data, by)
    import pandas as pd

    if value is None and x is None:
        raise InputError(
            "function phe_sii requires value field, or x field if indicator is a proportion of population", field="value"
        )
    if se is None and (lower_cl is None or upper_cl is None):
        raise InputError("function phe_sii requires either lower_cl and upper_cl fields, or se field", field="se")
    if value_type not in (0, 1, 2):
        raise InputError("value_type should be 0, 1 or 2", field="value_type")
    levels = _confidence_levels(confidence)
    groups = _groups(data, by)
    names = [_level_name(lv) for lv in levels]
    statistics = ["sii", "rii"] if rii else ["sii"]
    _refuse_output_keys("sii", groups.columns, [
        *statistics, *(f"{st}_{side}{nm}cl" for st in statistics for nm in names for side in ("lower", "upper")),
        *(["intercept"] if intercept else []),
        *(["indicator_type", "multiplier", "transform", "CI_confidence", "CI_method"] if type == "full" else [])])
    columns = {"value": value, "x": x, "se": se, "lower_cl": lower_cl, "upper_cl": upper_cl}
    arrays = {k: _column(data, c, groups, k) for k, c in columns.items()}
    if value is not None:
        arrays["x"] = None
    if se is not None and not transform:
        arrays["lower_cl"] = arrays["upper_cl"] = None
    pop = _column(data, population, groups, "population")
    fields = {k: c for k, c in {**columns, "population": population, "quantile": quantile}.items() if c}
    with _relocated(data, groups, fields):
        result = _k.sii(
            _quantile_keys(data, quantile, groups), pop, arrays["value"], arrays["x"], arrays["se"],
            arrays["lower_cl"], arrays["upper_cl"], groups.offsets, int(value_type), bool(transform),
            float(multiplier), levels, int(repetitions), int(_k.SII_DEFAULT_SEED if seed is None else seed),
        )
    complete, point, relative, fitted, sii_lo, sii_hi, rii_lo, rii_hi, quantiles = result
    if quantiles > 10:
        warnings.warn("WARNING: Small values can make SII unstable when using a large number of quantiles", stacklevel=2)
    if not complete.all():
        warnings.warn("WARNING: some records have been removed due to incomplete or invalid data", stacklevel=2)
    frame = groups.keys.loc[complete].reset_index(drop=True) if groups.columns else pd.DataFrame(index=[0])
    if not groups.columns and not complete.all():
        frame = frame.iloc[0:0]
    frame["sii"] = point[complete]
    if rii:
        frame["rii"] = relative[complete]
    # The package orders the limits level by level with transform, statistic by statistic without.
    for k, nm in enumerate(names):
        frame[f"sii_lower{nm}cl"] = sii_lo[k][complete]
        frame[f"sii_upper{nm}cl"] = sii_hi[k][complete]
        if rii and transform:
            frame[f"rii_lower{nm}cl"] = rii_lo[k][complete]
            frame[f"rii_upper{nm}cl"] = rii_hi[k][complete]
    if rii and not transform:
        for k, nm in enumerate(names):
            frame[f"rii_lower{nm}cl"] = rii_lo[k][complete]
            frame[f"rii_upper{nm}cl"] = rii_hi[k][complete]
    if intercept:
        frame["intercept"] = fitted[complete]
    if type == "full":
        frame["indicator_type"] = ["normal", "rate", "proportion"][value_type]
        frame["multiplier"] = multiplier
        frame["transform"] = ("log" if value_type == 1 else "logit") if transform else "none"
        frame["CI_confidence"] = ", ".join(f"{lv * 100:g}%" for lv in levels)
        frame["CI_method"] = f"simulation {int(repetitions)} reps"
    return pd.DataFrame(frame)
