"""Ratings checked against the data: a RAG status the indicator series contradicts is flagged.

An action (or risk) may name an indicator series. Its latest period is compared with the
benchmark (England) by the Fingertips rules (:func:`boardroom.indicators.compare`: the interval
wholly above or below the benchmark, turned into better or worse by the polarity) and its recent
trend is the Fingertips trend marker (:func:`boardroom.indicators.trend`, the last five points).
A rating is contradicted when it is Green while the series is significantly worse than England
and getting worse, or Red while it is significantly better and getting better.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["check_ratings"]

GREEN_FLAG = "rated Green, but significantly worse than England and getting worse"
RED_FLAG = "rated Red, but significantly better than England and getting better"


def _series_verdict(rows: pd.DataFrame, columns: Mapping[str, str], polarity: str) -> tuple[str, str]:
    """(comparison, recent trend) of one indicator's series."""
    import boardroom.indicators as ind

    ordered = rows.sort_values(columns["period"], kind="stable")
    latest = ordered.iloc[[-1]].rename(columns={columns["lower"]: "lowercl", columns["upper"]: "uppercl"})
    compared = ind.compare(latest, columns["benchmark"], polarity, value=columns["value"])
    marked = ind.trend(ordered, columns["value"], columns["period"], lower_cl=columns["lower"],
                       upper_cl=columns["upper"], polarity=polarity)
    trend = marked["recent_trend"].iloc[-1]
    return str(compared["comparison"].iloc[0]), "" if trend is None else str(trend)


def check_ratings(
    status: pd.DataFrame,
    links: Mapping[str, str],
    series: pd.DataFrame,
    polarity: Union[str, Mapping[str, str]],
    *,
    number: str = "number",
    rag: str = "rag",
    indicator: str = "indicator",
    period: str = "period",
    value: str = "value",
    lower: str = "lowercl",
    upper: str = "uppercl",
    benchmark: str = "benchmark",
) -> pd.DataFrame:
    """Flag ratings the data contradict.

    ``status``: one row per action with its number and RAG code (the frame of
    :func:`boardroom.plans.status_as_of`). ``links``: action number -> indicator name (a risk's id
    works the same way). ``series``: the indicators' values by period with limits and the
    benchmark (England) value in each row; ``polarity``: "high_is_good" / "low_is_good", one for
    all or per indicator. Returns ``status`` with ``indicator``, ``comparison`` (latest period
    against England), ``recent_trend`` and ``data_check`` (the flag, or missing when the data do
    not contradict the rating). An action linked to an indicator not in ``series`` is an
    :class:`~boardroom.errors.InputError`.
    """
    import pandas as pd

    for column in (number, rag):
        if column not in status.columns:
            raise InputError(f"check_ratings: no column {column!r} in the status", field=column)
    for column in (indicator, period, value, lower, upper, benchmark):
        if column not in series.columns:
            raise InputError(f"check_ratings: no column {column!r} in the series; the columns are "
                             f"{', '.join(map(repr, map(str, series.columns)))}", field=column)
    known = set(series[indicator].astype(str))
    columns = {"period": period, "value": value, "lower": lower, "upper": upper, "benchmark": benchmark}
    verdicts: dict[str, tuple[str, str]] = {}
    out = status.copy()
    linked: list[Optional[str]] = []
    for action in out[number].astype(str):
        name: Optional[str] = links.get(action)
        if name is not None and name not in known:
            raise InputError(f"check_ratings: action {action} names indicator {name!r}, which has no series",
                             field=indicator, record=action)
        linked.append(name)
        if name is not None and name not in verdicts:
            sense: Optional[str] = polarity if isinstance(polarity, str) else polarity.get(name)
            if sense is None:
                raise InputError(f"check_ratings: no polarity for indicator {name!r}", field="polarity")
            verdicts[name] = _series_verdict(series[series[indicator].astype(str) == name], columns, sense)
    out["indicator"] = linked
    out["comparison"] = pd.Series([verdicts[n][0] if n else None for n in linked], index=out.index, dtype="object")
    out["recent_trend"] = pd.Series([verdicts[n][1] if n else None for n in linked], index=out.index, dtype="object")
    flags: list[Any] = []
    for code, comparison, trend in zip(out[rag], out["comparison"], out["recent_trend"]):
        code = "" if code is None or (isinstance(code, float) and code != code) else str(code).upper()
        if code == "G" and comparison == "Worse" and "getting worse" in (trend or ""):
            flags.append(GREEN_FLAG)
        elif code == "R" and comparison == "Better" and "getting better" in (trend or ""):
            flags.append(RED_FLAG)
        else:
            flags.append(None)
    out["data_check"] = pd.Series(flags, index=out.index, dtype="object")
    return out
