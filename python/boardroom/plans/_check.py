"""Ratings checked against the data: a RAG status the indicator series contradicts is flagged.

An action (or risk) may name an indicator series (its ``indicator`` field, as the data name
the series). Its latest period is compared with the
benchmark (England) by the Fingertips rules (:func:`boardroom.indicators.compare`: the interval
wholly above or below the benchmark, turned into better or worse by the polarity) and its recent
trend is the Fingertips trend marker (:func:`boardroom.indicators.trend`, the last five points).
A rating is contradicted when it is Green while the series is significantly worse than England
and getting worse, or Red while it is significantly better and getting better.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union, overload

from .._core import plans as _p
from .._core.io import BoardBundle
from ..errors import InputError
from ._dates import DateLike, to_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SERIES_COLUMNS", "check_ratings", "read_indicator_series"]

#: The columns of an indicator series, as check_ratings reads them (``polarity`` optional).
SERIES_COLUMNS = ("indicator", "period", "value", "lowercl", "uppercl", "benchmark")

Polarity = Union[str, Mapping[str, str]]

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


def _check_status(
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
    """Flag ratings the data contradict (see :func:`check_ratings`).

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
    out["indicator"] = pd.Series(linked, index=out.index, dtype="object")
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


def _polarity_of(series: pd.DataFrame, indicator: str) -> dict[str, str]:
    """Each indicator's polarity from the series' ``polarity`` column."""
    if "polarity" not in series.columns:
        raise InputError("check_ratings: give polarity= (high_is_good or low_is_good), or a 'polarity' column in the "
                         "series", field="polarity")
    found: dict[str, str] = {}
    for name, sense in zip(series[indicator].astype(str), series["polarity"]):
        if isinstance(sense, str) and sense.strip():
            found.setdefault(name, sense.strip())
    return found


def _latest_rating(plan: _p.Plan) -> _dt.date:
    return max((r.date for r in plan.ratings), default=_dt.date.today())


def _plan_status(plan: _p.Plan, on: Optional[DateLike]) -> tuple[pd.DataFrame, dict[str, str]]:
    from ._frames import status_as_of

    status = status_as_of(plan, _latest_rating(plan) if on is None else to_date(on, "on"))
    return status, {a.number: a.indicator for a in plan.actions if a.indicator}


def _risk_status(register: _p.RiskRegister, on: Optional[DateLike]) -> tuple[pd.DataFrame, dict[str, str]]:
    import pandas as pd

    day = _dt.date.today() if on is None else to_date(on, "on")
    rows = [{"number": r.reference, "rag": r.residual_status if r.residual_status is not None else r.inherent_status}
            for r in _p.risk_table(register, day)]
    status = pd.DataFrame(rows, columns=["number", "rag"])
    return status, {k.reference: k.indicator for k in register.risks if k.indicator}


@overload
def check_ratings(status: pd.DataFrame, /, links: Mapping[str, str], series: pd.DataFrame, polarity: Polarity, *,
                  on: Optional[DateLike] = None, **columns: str) -> pd.DataFrame: ...
@overload
def check_ratings(plan: Union[_p.Plan, _p.RiskRegister], series: pd.DataFrame, polarity: Optional[Polarity] = None, /, *,
                  on: Optional[DateLike] = None, **columns: str) -> pd.DataFrame: ...
@overload
def check_ratings(bundle: BoardBundle, series: pd.DataFrame, polarity: Optional[Polarity] = None, /, *,
                  on: Optional[DateLike] = None, **columns: str) -> dict[str, pd.DataFrame]: ...
def check_ratings(status: Any, /, *args: Any, on: Optional[DateLike] = None,
                  **columns: Any) -> Union[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Flag ratings the indicator data contradict: rated Green while the linked series is
    significantly worse than England and getting worse, or Red while significantly better and
    getting better.

    - ``check_ratings(plan, series[, polarity], on=DATE)``: each action that names an indicator
      series (:attr:`PlanAction.indicator`) is checked, its rating taken as it stood ``on`` the
      date (default: the plan's latest rating date). A :class:`RiskRegister` works the same way,
      each risk's current status (residual, else inherent) checked against its ``indicator``.
    - ``check_ratings(bundle, series[, polarity], on=DATE)``: ``{plan title: frame}`` for every
      plan of the bundle in which an action names a series (what :func:`boardroom.report.board_pack`
      takes as ``checks``).
    - ``check_ratings(status, links, series, polarity)``: a status frame (one row per action with its
      ``number`` and ``rag`` code, as :func:`boardroom.plans.status_as_of` gives) and ``links``,
      action number -> indicator name, given by hand.

    ``series``: the indicators' values by period with limits and the benchmark (England) value in
    each row (columns ``indicator``, ``period``, ``value``, ``lowercl``, ``uppercl``,
    ``benchmark``; other names through the keywords of the same names). ``polarity``:
    "high_is_good" / "low_is_good", one for all or per indicator; without it, the series'
    ``polarity`` column. Returns the status with ``indicator``, ``comparison`` (latest period
    against England), ``recent_trend`` and ``data_check`` (the flag, or missing when the data do
    not contradict the rating). An indicator named that has no series, a missing column or a
    missing polarity is an :class:`~boardroom.errors.InputError`.
    """
    import pandas as pd

    subject = status
    # The arguments by keyword too, under the names of the status-frame form and of the plan form.
    given = list(args)
    names = ("links", "series", "polarity") if isinstance(subject, pd.DataFrame) else ("series", "polarity")
    for name in names[len(given):]:
        if name in columns:
            given.append(columns.pop(name))
        else:
            break
    if isinstance(subject, pd.DataFrame):
        if len(given) != 3:
            raise TypeError("check_ratings(status, links, series, polarity) takes the links, series and polarity")
        return _check_status(subject, *given, **columns)
    if not given or len(given) > 2:
        raise TypeError("check_ratings(plan or bundle, series[, polarity])")
    series: pd.DataFrame = given[0]
    polarity: Optional[Polarity] = given[1] if len(given) > 1 else None
    if not isinstance(series, pd.DataFrame):
        raise TypeError(f"check_ratings: the series is a DataFrame, not {type(series).__name__}")
    indicator = columns.get("indicator", "indicator")
    if indicator not in series.columns:
        raise InputError(f"check_ratings: no column {indicator!r} in the series; the columns are "
                         f"{', '.join(map(repr, map(str, series.columns)))}", field=indicator)
    sense: Polarity = polarity if polarity is not None else _polarity_of(series, indicator)
    if isinstance(subject, BoardBundle):
        out: dict[str, pd.DataFrame] = {}
        for plan in subject.plans:
            if any(a.indicator for a in plan.actions):
                status, links = _plan_status(plan, on)
                out[plan.title] = _check_status(status, links, series, sense, **columns)
        return out
    if isinstance(subject, _p.Plan):
        status, links = _plan_status(subject, on)
    elif isinstance(subject, _p.RiskRegister):
        status, links = _risk_status(subject, on)
    else:
        raise TypeError(f"check_ratings: a plan, risk register, bundle or status frame, not {type(subject).__name__}")
    return _check_status(status, links, series, sense, **columns)


def read_indicator_series(path: Union[str, "os.PathLike[str]"]) -> pd.DataFrame:
    """An indicator series CSV in the columns :func:`check_ratings` reads (:data:`SERIES_COLUMNS`,
    and ``polarity``: high_is_good or low_is_good per indicator). UTF-8, with or without a BOM, or
    Windows-1252; a missing file is a :class:`~boardroom.errors.StorageError`, a missing column or a
    value that is not a number an :class:`~boardroom.errors.InputError` naming the file, row and column."""
    import io

    import pandas as pd

    from .._text import read_text

    name = os.fspath(path)
    text, _ = read_text(name)  # StorageError naming the file when it cannot be read
    try:
        frame = pd.read_csv(io.StringIO(text), dtype={"indicator": str, "polarity": str})
    except (ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"{name}: not a CSV file ({exc})", name) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    for column in (*SERIES_COLUMNS, "polarity"):
        if column not in frame.columns:
            raise InputError(f"{name}: no column {column!r}; the columns are {', '.join(map(repr, frame.columns))}",
                             name, field=column)
    for column in ("value", "lowercl", "uppercl", "benchmark"):
        numbers = pd.to_numeric(frame[column], errors="coerce")
        bad = numbers.isna() & frame[column].notna()
        if bad.any():
            row = int(bad.to_numpy().nonzero()[0][0])
            raise InputError(f"{name}, line {row + 2}, column {column}: {frame[column].iloc[row]!r} is not a number",
                             name, row + 2, column)
        frame[column] = numbers
    return frame
