"""DataFrame front ends of the indicator kernels (PHEindicatormethods-style)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from .._core import indicators as _k
from ..errors import InputError
from ._groups import _group, _group_sums, _refuse_output_keys
from .arrays import CATEGORY_COLOURS, CATEGORY_LABELS, Intervals, levels_of, mean_intervals

if TYPE_CHECKING:
    import pandas as pd
    from pandas.core.groupby import DataFrameGroupBy

__all__ = ["compare", "composite_rank", "mean", "percent_change", "pooled", "proportion", "rate"]

By = Union[str, Sequence[str], None]
#: A DataFrame, or one grouped by columns (``df.groupby("area")``): the groups are then the ``by``.
Frame = Union["pd.DataFrame", "DataFrameGroupBy[Any, Any]"]
Confidence = Union[float, Sequence[float]]

POLARITIES = {
    "high_is_good": "high_is_good",
    "high": "high_is_good",
    "rag - high is good": "high_is_good",
    "low_is_good": "low_is_good",
    "low": "low_is_good",
    "rag - low is good": "low_is_good",
    "none": "none",
    "no_judgement": "none",
    "bob - blue orange blue": "none",
}


def _level_name(level: float) -> str:
    return f"{level * 100:.1f}".replace(".", "_")


def _ci_columns(levels: Sequence[float]) -> list[tuple[str, str]]:
    """(lower, upper) column names per level, as PHEindicatormethods names them."""
    if len(levels) == 1:
        return [("lowercl", "uppercl")]
    return [(f"lower{_level_name(lv)}cl", f"upper{_level_name(lv)}cl") for lv in levels]


def _interval_names(levels: Sequence[float]) -> list[str]:
    """``value``, the limit columns and ``confidence``: the columns every interval function writes."""
    return ["value", *(name for pair in _ci_columns(levels) for name in pair), "confidence"]


def _confidence_text(levels: Sequence[float]) -> str:
    return ", ".join(f"{lv * 100:g}%" for lv in levels)


def _by_list(by: By) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


#: The ``type`` argument of PHEindicatormethods: which output columns to return.
OUTPUT_TYPES = ("full", "standard", "value", "lower", "upper")


def _check_type(kind: str) -> None:
    if kind not in OUTPUT_TYPES:
        raise InputError(f"type must be one of {', '.join(map(repr, OUTPUT_TYPES))}, not {kind!r}", field="type")


def _typed(frame: pd.DataFrame, kind: str, extras: Sequence[str] = ()) -> pd.DataFrame:
    """The columns PHEindicatormethods returns for ``type``: "full" everything; "standard" without
    ``confidence``, ``statistic`` and ``method``; "value" the input and group columns and ``value``;
    "lower" / "upper" those and the lower / upper limits only. ``extras`` are the function's other
    outputs (totals, counts), dropped by "value", "lower" and "upper" as the package drops them."""
    _check_type(kind)
    if kind == "full":
        return frame
    drop = [c for c in ("confidence", "statistic", "method") if c in frame.columns]
    if kind != "standard":
        limits = [str(c) for c in frame.columns if re.fullmatch(r"(lower|upper)(\d+_\d)?cl", str(c))]
        wanted = "" if kind == "value" else kind
        drop += [c for c in extras if c in frame.columns]
        drop += [c for c in limits if not (wanted and c.startswith(wanted))]
        if kind != "value":
            drop.append("value")
    return frame.drop(columns=drop)


def _ungroup(data: Frame, by: By, grouping: bool = True) -> tuple[pd.DataFrame, By]:
    """A frame and its groups from ``data`` and ``by``: a ``DataFrameGroupBy`` over columns gives its keys
    as ``by`` (giving both, or grouping by something other than column names, is an InputError)."""
    import pandas as pd
    from pandas.core.groupby import DataFrameGroupBy

    if isinstance(data, pd.DataFrame):
        return data, by
    table = _from_table(data)
    if table is not None:
        return table, by
    if not isinstance(data, DataFrameGroupBy):
        raise InputError("data must be a pandas DataFrame (or one grouped by columns), a Polars DataFrame or a "
                         f"PyArrow Table, not {type(data).__name__}", field="data")
    if not grouping:
        raise InputError("this function takes no groups: give the DataFrame itself, not a grouped one", field="by")
    if by is not None:
        raise InputError("give the groups once: either by= or a grouped DataFrame, not both", field="by")
    keys = data.keys
    names = [keys] if isinstance(keys, str) else list(keys) if isinstance(keys, (list, tuple)) else None
    frame = data.obj
    if names is None or not all(isinstance(k, str) and k in frame.columns for k in names):
        raise InputError("a grouped DataFrame must be grouped by column names (df.groupby(['area', 'year']))",
                         field="by")
    assert isinstance(frame, pd.DataFrame)
    return frame, names


def _from_table(data: Any) -> pd.DataFrame | None:
    """A Polars DataFrame or a PyArrow Table (or RecordBatch) as a pandas DataFrame, columns taken
    as numpy arrays without a copy where the column allows it (numbers without missing values);
    None for anything else. Missing values become NaN (numbers) or None (text)."""
    import pandas as pd

    module = type(data).__module__.split(".")[0]
    if module == "polars" and type(data).__name__ == "DataFrame":
        columns = {str(name): data.get_column(name).to_numpy() for name in data.columns}
    elif module == "pyarrow" and type(data).__name__ in ("Table", "RecordBatch"):
        columns = {str(name): data.column(name).to_numpy(zero_copy_only=False)
                   for name in data.column_names}
    else:
        return None
    return pd.DataFrame(columns, copy=False)


def _row_record(index: pd.Index, position: int) -> str:
    """A row named by its index label ("row 4" for label 4, "row 'r20'" for label "r20")."""
    label = index[position]
    if isinstance(label, (int, np.integer)) and not isinstance(label, bool):
        return f"row {int(label)}"
    return f"row {str(label)!r}"


def _present(data: pd.DataFrame) -> str:
    return ", ".join(repr(str(c)) for c in data.columns) or "none"


def _need(data: pd.DataFrame, function: str, **columns: str | None) -> None:
    """Every named column (role=name) is in the data, or InputError naming it and listing those present."""
    for role, name in columns.items():
        if name is not None and name not in data.columns:
            raise InputError(
                f"{function}: no column {name!r} ({role}) in the data; the columns are {_present(data)}",
                field=name, reason=f"no column {name!r} ({role}) in the data; the columns are {_present(data)}",
            )


@contextlib.contextmanager
def _relocated(
    index: pd.Index | None,
    fields: Mapping[str, str],
    *,
    order: Sequence[int] | Any = None,
    group: Callable[[int], str] | None = None,
) -> Iterator[None]:
    """Re-raise a kernel's :class:`InputError` in the caller's terms: the one error relocator of
    the indicators.

    The kernel names a column by its own name (``fields`` maps it to the caller's), a row as
    "row N" (1-based, in the order the kernel saw the rows: ``order[N - 1]`` is its position in
    the caller's frame when the rows were regrouped, else ``N - 1``) and a group as "group N"
    (``group(N - 1)`` describes it). Rows become the frame's index labels, in the record and,
    for regrouped rows, inside the reason too. Without ``index`` rows keep the kernel's words.
    """
    try:
        yield
    except InputError as error:
        field = fields.get(error.field or "", error.field)

        def row_label(number: int) -> str | None:
            if index is None:
                return None
            if order is None:
                position = number - 1
            elif 0 < number <= len(order):
                position = int(order[number - 1])
            else:
                return None
            return _row_record(index, position) if 0 <= position < len(index) else None

        record = error.record or ""
        row = re.fullmatch(r"row (\d+)", record)
        grouped = re.fullmatch(r"group (\d+)", record)
        if row:
            record = row_label(int(row.group(1))) or record
        elif grouped and group is not None:
            record = group(int(grouped.group(1)) - 1) or record
        reason = error.reason
        if order is not None:
            reason = re.sub(r"row (\d+)", lambda m: row_label(int(m.group(1))) or m.group(0), reason)
        parts = [p for p in (record, f"field '{field}'" if field else None) if p]
        raise InputError(": ".join([*parts, reason]), error.file, error.line, field, record or None, reason) from None


def _located(index: pd.Index | None, fields: Mapping[str, str]) -> contextlib.AbstractContextManager[None]:
    """Re-raise kernel input errors with the caller's column names and row labels."""
    return _relocated(index, fields)


def _aggregate(data: pd.DataFrame, by: list[str], columns: list[str]) -> pd.DataFrame:
    """Sums per group, NaN when any member is missing (as R's sum without na.rm)."""
    groups = _group(data, by)
    frame = groups.keys.copy()
    for column in dict.fromkeys(columns):
        frame[column] = _group_sums(groups, _floats(data[column]))
    return frame


def _constant(text: str, rows: int) -> Any:
    """A text column that is the same on every row, as a categorical: one byte a row, no strings."""
    import pandas as pd

    return pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8), dtype=pd.CategoricalDtype([text]))


def _assembled(base: pd.DataFrame, added: dict[str, Any]) -> pd.DataFrame:
    """``base`` with the ``added`` columns (replacing any of the same name), without copying the
    new arrays; the input's columns are copied unless pandas copies on write."""
    import pandas as pd

    kept = base.drop(columns=[c for c in added if c in base.columns])
    new = pd.DataFrame(added, index=base.index, copy=False)
    if int(pd.__version__.split(".")[0]) >= 3:  # copy on write: sharing the input's columns is safe
        return pd.concat([kept, new], axis=1)
    return pd.concat([kept.copy(), new], axis=1)


def _interval_columns(result: Intervals) -> dict[str, Any]:
    columns: dict[str, Any] = {"value": result.value}
    for k, (lower, upper) in enumerate(_ci_columns(result.levels)):
        columns[lower] = result.lower[k]
        columns[upper] = result.upper[k]
    columns["confidence"] = _constant(_confidence_text(result.levels), len(result.value))
    return columns


def proportion(
    data: Frame,
    x: str,
    n: str,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 1,
    method: str = "wilson",
    type: str = "full",
) -> pd.DataFrame:
    """Proportions of ``x`` in ``n`` with confidence limits, as PHEindicatormethods ``phe_proportion``.

    Wilson score limits (Wilson 1927; Newcombe & Altman 2000) by default, exact Clopper-Pearson
    limits (Clopper & Pearson 1934) with ``method="clopper_pearson"``. ``multiplier=100`` gives
    percentages. Without ``by`` every row is kept, in order, with its columns; with ``by`` the
    counts are summed per group first and one row per group is returned.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    groups = _by_list(by)
    _need(data, "proportion", x=x, n=n, **{f"by[{k}]": c for k, c in enumerate(groups)})
    levels = levels_of(confidence)
    _refuse_output_keys("proportion", groups, [x, n, *_interval_names(levels), "statistic", "method"])
    xs, ns = _floats(data[x]), _floats(data[n])
    frame = _aggregate(data, groups, [x, n]) if groups else data
    if groups:
        xs, ns = _floats(frame[x]), _floats(frame[n])
    with _located(None if groups else data.index, {"x": x, "n": n}):
        value, lower, upper = _k.proportion(xs, ns, list(levels), method, float(multiplier))
    rows = len(value)
    columns = _interval_columns(Intervals(value, lower, upper, levels))
    columns["statistic"] = _constant("percentage" if multiplier == 100 else f"proportion of {multiplier:g}", rows)
    columns["method"] = _constant("Wilson" if method == "wilson" else "Clopper-Pearson", rows)
    return _typed(_assembled(frame, columns), type)


def rate(
    data: Frame,
    x: str,
    n: str,
    by: By = None,
    confidence: Confidence = 0.95,
    multiplier: float = 100000,
    type: str = "full",
) -> pd.DataFrame:
    """Crude rates of ``x`` events per ``n`` with confidence limits, as PHEindicatormethods ``phe_rate``.

    Exact Poisson limits from chi-squared quantiles (Armitage & Berry 2002) for counts below 10,
    Byar's approximation (Breslow & Day 1987) from 10 up; ``method`` says which per row.
    ``multiplier`` sets "per how many" (per 100,000 by default; 1000 for infant mortality per
    1,000 live births). Rows and groups as :func:`proportion`.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    groups = _by_list(by)
    _need(data, "rate", x=x, n=n, **{f"by[{k}]": c for k, c in enumerate(groups)})
    levels = levels_of(confidence)
    _refuse_output_keys("rate", groups, [x, n, *_interval_names(levels), "statistic", "method"])
    xs, ns = _floats(data[x]), _floats(data[n])
    frame = _aggregate(data, groups, [x, n]) if groups else data
    if groups:
        xs, ns = _floats(frame[x]), _floats(frame[n])
    with _located(None if groups else data.index, {"x": x, "n": n}):
        value, lower, upper, exact = _k.rate(xs, ns, list(levels), float(multiplier))
    import pandas as pd

    columns = _interval_columns(Intervals(value, lower, upper, levels))
    columns["statistic"] = _constant(
        f"rate per {multiplier:g}" if multiplier < 1e6 else f"rate per {multiplier:.0f}", len(value))
    # Code 0 "Byars", 1 "Exact": the flags are the codes.
    columns["method"] = pd.Categorical.from_codes(exact.view(np.int8), dtype=pd.CategoricalDtype(["Byars", "Exact"]))
    return _typed(_assembled(frame, columns), type)


def mean(data: Frame, x: str, by: By = None, confidence: Confidence = 0.95, type: str = "full") -> pd.DataFrame:
    """Means of ``x`` with Student's t limits, as PHEindicatormethods ``phe_mean``.

    One row per group of ``by`` (or one row for the whole frame), with ``value_sum``,
    ``value_count``, ``stdev`` (sample standard deviation), ``value`` and the limits. All groups
    are computed in one kernel call.

    ``type``: "full" (default), "standard" (without ``confidence``, ``statistic``, ``method``),
    "value", "lower" or "upper", as the package's argument. ``data`` may be grouped
    (``df.groupby("area")``) in place of ``by``.
    """
    _check_type(type)
    data, by = _ungroup(data, by)
    import pandas as pd

    groups = _by_list(by)
    _need(data, "mean", x=x, **{f"by[{k}]": c for k, c in enumerate(groups)})
    _refuse_output_keys("mean", groups, ["value_sum", "value_count", "stdev", *_interval_names(levels_of(confidence)),
                                         "statistic", "method"])
    values = _floats(data[x])
    # Each group's values in ascending order, so its sum and sd never depend on row order.
    if groups:
        grouped = _group(data, groups)
        keys, offsets, values = grouped.keys, grouped.offsets, grouped.take(values)
        values = values[np.lexsort((values, grouped.group_of_row()))]
    else:
        keys = pd.DataFrame(index=[0])
        offsets = np.array([0, len(values)], dtype=np.uintp)
        values = np.sort(values)
    with _located(None, {"x": x}):
        result, total, sd, count = mean_intervals(values, offsets, confidence)
    rows = len(total)
    columns = {"value_sum": total, "value_count": count, "stdev": sd, **_interval_columns(result),
               "statistic": _constant("mean", rows), "method": _constant("Student's t-distribution", rows)}
    return _typed(_assembled(keys, columns), type, ('value_sum', 'value_count', 'stdev'))


def _limits_from(data: pd.DataFrame) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """(levels, rows) limit arrays from the columns of a proportion/rate/mean result."""
    if "lowercl" in data.columns:
        pairs = [("lowercl", "uppercl")]
    else:
        found = []
        for column in data.columns:
            match = re.fullmatch(r"lower(\d+)_(\d)cl", str(column))
            if match and f"upper{match.group(1)}_{match.group(2)}cl" in data.columns:
                found.append((float(f"{match.group(1)}.{match.group(2)}"), str(column)))
        if not found:
            raise InputError(
                "compare: the data have no confidence limit columns (lowercl/uppercl or lower95_0cl/...); "
                f"the columns are {_present(data)}",
                field="lowercl",
            )
        found.sort()
        pairs = [(col, col.replace("lower", "upper", 1)) for _, col in found[-2:]]
    lower = np.vstack([_floats(data[lo]) for lo, _ in pairs])
    upper = np.vstack([_floats(data[up]) for _, up in pairs])
    return lower, upper


def compare(
    data: Frame,
    benchmark: float | str | Sequence[float] | None = None,
    polarity: str = "none",
    *,
    method: str = "benchmark",
    value: str = "value",
    by: By = None,
) -> pd.DataFrame:
    """Compare each row with a benchmark (England) by the Fingertips rules, or place it in quintiles.

    ``method="benchmark"``: the row's interval against the benchmark value (a number, a column
    name or one value per row). Lower limit above the benchmark: higher; upper limit below it:
    lower; otherwise similar. ``polarity`` "high_is_good" or "low_is_good" turns higher/lower
    into better/worse; "none" leaves them (Fingertips' blue-orange-blue). With 95% and 99.8%
    limits both present, outside the 99.8% interval is best/worst.

    ``method="quintiles"``: the Fingertips quintile of ``value`` among the rows (within each
    group of ``by``): "Lowest", "Low", "Middle", "High", "Highest"; fewer than 5 values: "Not compared".

    Adds ``comparison`` (the category in words) and ``comparison_colour`` (Fingertips hex colour).
    """
    data, by = _ungroup(data, by)
    frame = data.copy()
    if method == "benchmark":
        if benchmark is None:
            raise InputError("compare: give a benchmark value or column", field="benchmark")
        lower, upper = _limits_from(frame)
        rows = lower.shape[1]
        if isinstance(benchmark, str):
            _need(frame, "compare", benchmark=benchmark)
            bench = _floats(frame[benchmark])
        else:
            try:
                given = np.asarray(benchmark, dtype=np.float64)
            except (TypeError, ValueError):
                raise InputError(f"compare: the benchmark {benchmark!r} is not a number, a column name or numbers",
                                 field="benchmark") from None
            if given.ndim > 1 or (given.ndim == 1 and len(given) not in (1, rows)):
                raise InputError(
                    f"compare: the benchmark has {given.size} values but the data have {rows} rows "
                    "(give one value, a column name or one value per row)", field="benchmark")
            bench = np.broadcast_to(given.reshape(-1) if given.ndim else given, (rows,)).copy()
        key = POLARITIES.get(polarity.lower())
        if key is None:
            raise InputError(
                f"unknown polarity {polarity!r} (expected high_is_good, low_is_good or none)", field="polarity"
            )
        with _located(data.index, {}):
            codes = _k.compare(lower, upper, bench, key)
    elif method == "quintiles":
        codes = np.zeros(len(frame), dtype=np.uint8)
        groups = _by_list(by)
        _need(frame, "compare", value=value, **{f"by[{k}]": c for k, c in enumerate(groups)})
        _refuse_output_keys("compare", groups, ["comparison", "comparison_colour"])
        values = _floats(frame[value])
        if groups:
            for positions in _group(frame, groups).blocks():
                codes[positions] = _k.quintiles(np.ascontiguousarray(values[positions]))
        else:
            codes = _k.quintiles(values)
    else:
        raise InputError(f"unknown comparison method {method!r} (expected benchmark or quintiles)", field="method")
    frame["comparison"] = np.asarray(CATEGORY_LABELS, dtype=object)[codes]
    frame["comparison_colour"] = np.asarray(CATEGORY_COLOURS, dtype=object)[codes]
    return frame


def pooled(
    data: pd.DataFrame,
    area: str,
    year: str,
    x: str,
    n: str,
    window: int = 3,
    gaps: str = "skip",
) -> pd.DataFrame:
    """Pool ``x`` and ``n`` over rolling ``window``-year periods per area ("2010-12").

    One row per area and period: ``area``, ``period``, ``first_year``, ``last_year``,
    ``years_present``, ``x``, ``n`` (column names as given). ``gaps="skip"`` produces only
    windows whose every year is present; ``gaps="pool"`` pools whichever years of the window
    are present. A missing count in a pooled year makes the pooled count missing. A missing or
    fractional year (2011.5), a negative count or another ``gaps`` is an
    :class:`~boardroom.errors.InputError` naming the column and the row by its index label.
    """
    import pandas as pd

    _need(data, "pooled", area=area, year=year, x=x, n=n)
    if gaps not in ("skip", "pool"):
        raise InputError(f"pooled: gaps must be 'skip' or 'pool', not {gaps!r}", field="gaps")
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 1:
        raise InputError(f"pooled: window must be a whole number of years from 1, not {window!r}", field="window")
    years = _floats(data[year])
    for role, name, values in (("year", year, years), ("x", x, _floats(data[x])), ("n", n, _floats(data[n]))):
        if role == "year":
            bad = ~np.isfinite(values) | (values != np.round(values))
            why = "the year {!r} is missing or not a whole number"
        else:
            bad = values < 0
            why = "the count {!r} is negative"
        if bad.any():
            position = int(np.flatnonzero(bad)[0])
            record = _row_record(data.index, position)
            reason = why.format(float(values[position]))
            raise InputError(f"{record}: field {name!r}: {reason}", field=name, record=record, reason=reason)
    ordered = data.sort_values([area, year], kind="stable")
    areas, starts = np.unique(ordered[area].to_numpy(), return_index=True)
    order = np.argsort(starts)
    offsets = np.append(np.sort(starts), len(ordered)).astype(np.uintp)
    with _located(ordered.index, {"year": year, "numerator": x, "denominator": n}):
        idx, first, last, present, num, den, labels = _k.pool_rolling(
            offsets,
            np.ascontiguousarray(ordered[year].to_numpy(), dtype=np.intc),
            _floats(ordered[x]),
            _floats(ordered[n]),
            int(window),
            gaps == "pool",
        )
    names = areas[order]
    return pd.DataFrame(
        {
            area: names[idx],
            "period": labels,
            "first_year": first,
            "last_year": last,
            "years_present": present,
            x: num,
            n: den,
        }
    )


def percent_change(before: Any, after: Any) -> Any:
    """Percentage change ``100 * (after - before) / before`` from unrounded values.

    Arrays, Series or numbers; NaN where ``before`` is 0 or either value is missing. Computed
    from the unrounded figures, so a published 5.0 -> 4.6 may read -9%, as the seed's Table 1 does.
    """
    try:
        a = np.atleast_1d(np.asarray(before, dtype=np.float64))
        b = np.atleast_1d(np.asarray(after, dtype=np.float64))
    except (TypeError, ValueError):
        raise InputError("percent_change: before and after must be numbers, lists, arrays or Series",
                         field="before") from None
    if a.ndim > 1 or b.ndim > 1 or (a.size != b.size and 1 not in (a.size, b.size)):
        raise InputError(f"percent_change: before has {a.size} values and after {b.size}; give the same number "
                         "(or one of them a single value)", field="after")
    a, b = np.broadcast_arrays(a.reshape(-1), b.reshape(-1))
    out = _k.percent_change(np.ascontiguousarray(a), np.ascontiguousarray(b))
    if np.ndim(before) == 0 and np.ndim(after) == 0:
        return float(out[0])
    import pandas as pd

    for given in (after, before):
        if isinstance(given, pd.Series) and len(given) == len(out):
            return pd.Series(out, index=given.index)
    return out


def composite_rank(
    data: Frame,
    indicators: Mapping[str, str],
    by: By = None,
) -> pd.DataFrame:
    """Rank areas on several indicators, average the ranks, and rank the averages.

    The seed's ward risk ranking (rank every ward on each risk factor, average the ranks,
    higher average = higher risk). ``indicators`` maps each column to its polarity
    ("high_is_good" or "low_is_good"): rank 1 on an indicator is the best value. Ties share the
    average of their ranks (R's ``rank(ties.method = "average")``). An area missing an indicator
    is ranked on the others and averaged over those it has (``indicators_used``). With ``by``
    (a parent area) areas are ranked within each parent. Adds ``rank_<column>`` per indicator,
    ``mean_rank``, ``indicators_used`` and ``composite_rank`` (1 = best overall, so the highest
    composite rank is the highest risk when risk factors are low_is_good).
    """
    data, by = _ungroup(data, by)
    columns = list(indicators)
    polarity = []
    for column in columns:
        key = POLARITIES.get(indicators[column].lower())
        if key is None or key == "none":
            raise InputError(
                f"indicator {column!r}: polarity must be high_is_good or low_is_good to rank",
                field="polarity",
                record=column,
            )
        polarity.append(key)
    _need(data, "composite_rank", **{f"indicator {k + 1}": c for k, c in enumerate(columns)},
          **{f"by[{k}]": c for k, c in enumerate(_by_list(by))})
    _refuse_output_keys("composite_rank", _by_list(by),
                        [*(f"rank_{c}" for c in columns), "mean_rank", "indicators_used", "composite_rank"])
    frame = data.copy()
    out = {f"rank_{c}": np.full(len(frame), np.nan) for c in columns}
    mean_rank = np.full(len(frame), np.nan)
    used = np.zeros(len(frame), dtype=np.int64)
    composite = np.full(len(frame), np.nan)
    groups = _by_list(by)
    blocks = _group(frame, groups).blocks() if groups else [np.arange(len(frame))]
    values = np.vstack([_floats(frame[c]) for c in columns])
    for positions in blocks:
        ranks, mean_r, used_r, comp = _k.composite_rank(np.ascontiguousarray(values[:, positions]), polarity)
        for k, column in enumerate(columns):
            out[f"rank_{column}"][positions] = ranks[k]
        mean_rank[positions] = mean_r
        used[positions] = used_r
        composite[positions] = comp
    for name, ranks in out.items():
        frame[name] = ranks
    frame["mean_rank"] = mean_rank
    frame["indicators_used"] = used
    frame["composite_rank"] = composite
    return frame


def _floats(series: Any) -> np.ndarray[Any, np.dtype[np.float64]]:
    """A column as contiguous float64, pandas' missing values as NaN."""
    import pandas as pd

    if isinstance(series, pd.Series):
        if series.dtype == np.float64:
            return np.ascontiguousarray(series.to_numpy())  # NaN is already missing: no copy
        try:
            return np.ascontiguousarray(series.to_numpy(dtype=np.float64, na_value=np.nan))
        except (TypeError, ValueError):
            numbers = pd.to_numeric(series, errors="coerce")
            bad = np.flatnonzero(numbers.isna().to_numpy() & series.notna().to_numpy())
            position = int(bad[0]) if len(bad) else 0
            record = _row_record(series.index, position) if len(series) else None
            reason = f"column {str(series.name)!r} is not numeric ({series.iloc[position]!r})"
            raise InputError(f"{record}: field {str(series.name)!r}: {reason}" if record else reason,
                             field=str(series.name), record=record, reason=reason) from None
    return np.ascontiguousarray(series, dtype=np.float64)
