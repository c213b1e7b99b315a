"""Recent-trend markers (PHEindicatormethods ``assign_trend_markers``, Fingertips trend markers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..errors import InputError
from ._frames import By, Frame, POLARITIES, _floats, _row_record, _ungroup
from ._groups import _Groups, _refuse_output_keys
from ._variation import TREND_REASON_LABELS, _column, _confidence_levels, _groups, _k, _relocated, _require

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["trend"]


def _check_counts(data: pd.DataFrame, groups: _Groups, x: npt.NDArray[np.float64] | None,
                  n: npt.NDArray[np.float64] | None, x_name: str, n_name: str) -> None:
    """Counts of a proportion (group order): x >= 0, n > 0 and x <= n, else InputError naming the row."""
    assert x is not None and n is not None
    with np.errstate(invalid="ignore"):
        checks = ((x < 0, x_name, "the numerator {x:g} is negative"),
                  (n <= 0, n_name, "the denominator {n:g} is not positive"),
                  (x > n, x_name, "the numerator {x:g} is greater than the denominator {n:g}"))
    for bad, name, why in checks:
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            record = _row_record(data.index, int(groups.order[i]))
            reason = why.format(x=float(x[i]), n=float(n[i]))
            raise InputError(f"{record}: field {name!r}: {reason}", field=name, record=record, reason=reason)



def trend(
    data: Frame,
    value: str | None,
    time_period: str,
    x: str | None = None,
    n: str | None = None,
    by: By = None,
    polarity: str = "none",
    *,
    value_type: str | None = None,
    lower_cl: str | None = None,
    upper_cl: str | None = None,
    confidence: float = 0.95,
    multiplier: float = 1,
) -> pd.DataFrame:
    """Recent-trend markers, as PHEindicatormethods ``assign_trend_markers`` (Fingertips trend markers).

    The last five points of each group (of ``by``), ordered by ``time_period``.
    ``value_type="proportion"`` (the default when ``x`` and ``n`` are given without limits):
    logistic regression on the counts (a missing ``x`` or ``n`` is derived from ``value`` read
    as a percentage, as the package). ``"other"``: regression weighted by the variance implied by
    ``lower_cl``/``upper_cl`` (default ``lowercl``/``uppercl``) at ``confidence``; values are
    divided by ``multiplier`` but the limits are not (the package's ``assign_trend_markers``
    does the same), so with limits in the values' units keep the default ``multiplier=1``:
    any other value shrinks the gradient against the limits' variance. Significant when chi-squared > 9.5495 and no single point's
    removal reverses the gradient.

    Adds ``recent_trend``, ``recent_trend_reason``, ``recent_trend_chi_squared`` and
    ``recent_trend_gradient`` on each group's latest row (missing elsewhere); rows keep their
    order. ``recent_trend`` is "Increasing", "Decreasing", "No significant change" or "Cannot be
    calculated"; with ``polarity`` "high_is_good" / "low_is_good", Fingertips' "Increasing and
    getting better" etc. Repeated time periods are an error with one group and "Cannot be
    calculated" with several, as the package.
    """
    data, by = _ungroup(data, by)
    import pandas as pd

    key = POLARITIES.get(polarity.lower())
    if key is None:
        raise InputError(f"unknown polarity {polarity!r} (expected high_is_good, low_is_good or none)", field="polarity")
    if value_type is None:
        value_type = "proportion" if (x is not None or n is not None) and lower_cl is None else "other"
    if value_type not in ("proportion", "other"):
        raise InputError('value_type must be either "proportion" or "other"', field="value_type")
    frame = data.copy()
    if value_type == "proportion":
        if x is None and n is None:
            raise InputError("a numerator (x) or denominator (n) is needed for proportions", field="x")
        if x is None or n is None:
            _require(value, "value is needed when either the numerator or denominator is missing", "value")
            v = _floats(frame[str(value)])
            if x is None:
                x = "numerator"
                frame[x] = _floats(frame[str(n)]) * v / 100
            else:
                n = "denominator"
                frame[n] = _floats(frame[x]) / v * 100
    else:
        _require(value, 'value is needed when value_type is "other"', "value")
        lower_cl = lower_cl or "lowercl"
        upper_cl = upper_cl or "uppercl"
    level = _confidence_levels(confidence)[0]
    groups = _groups(frame, by)
    _refuse_output_keys("trend", groups.columns, ["recent_trend", "recent_trend_reason", "recent_trend_chi_squared",
                                                  "recent_trend_gradient"])
    time = _column(frame, time_period, groups, "time_period")
    use = value_type == "proportion"
    inputs = {
        "numerator": _column(frame, x, groups, "numerator") if use else None,
        "denominator": _column(frame, n, groups, "denominator") if use else None,
        "value": None if use else _column(frame, value, groups, "value"),
        "lower_cl": None if use else _column(frame, lower_cl, groups, "lower_cl"),
        "upper_cl": None if use else _column(frame, upper_cl, groups, "upper_cl"),
    }
    if use:
        _check_counts(frame, groups, inputs["numerator"], inputs["denominator"], str(x), str(n))
    fields = {"time": time_period, "numerator": x or "", "denominator": n or "", "value": value or "",
              "lower_cl": lower_cl or "", "upper_cl": upper_cl or ""}
    with _relocated(frame, groups, {k: v for k, v in fields.items() if v}):
        markers, reasons, chi2, gradient, last = _k.trend_markers(
            time, inputs["numerator"], inputs["denominator"], inputs["value"], inputs["lower_cl"],
            inputs["upper_cl"], groups.offsets, value_type, level, float(multiplier),
        )
    rows = groups.order[last.astype(np.intp)]
    labels = np.asarray(_k.trend_marker_labels(key), dtype=object)
    out = data.copy()
    for name, values in (
        ("recent_trend", labels[markers]),
        ("recent_trend_reason", np.asarray(TREND_REASON_LABELS, dtype=object)[reasons]),
    ):
        column = np.full(len(out), None, dtype=object)
        column[rows] = values
        out[name] = column
    for name, numbers in (("recent_trend_chi_squared", chi2), ("recent_trend_gradient", gradient)):
        filled = np.full(len(out), np.nan)
        filled[rows] = numbers
        out[name] = filled
    return pd.DataFrame(out)
