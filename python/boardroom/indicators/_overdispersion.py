"""Funnel limits adjusted for over-dispersion (Spiegelhalter 2005), with winsorised z-scores.

Source: D. J. Spiegelhalter, "Handling over-dispersion of performance indicators", Quality and
Safety in Health Care 14 (2005) 347-351; the same method as "Funnel plots for comparing
institutional performance", Statistics in Medicine 24 (2005) 1185-1202, section 6.

For each unit i with indicator y_i, target theta_0 and standard error s_i under the null:

- z_i = (y_i - theta_0) / s_i;
- winsorised z-scores: with ``trim`` = q (0.1 by default) the floor(q * I) smallest z-scores are
  set to the next smallest and the floor(q * I) largest to the next largest (Spiegelhalter's
  "10% winsorising": the most extreme z-scores pulled in to the 10th and 90th percentiles);
- the over-dispersion factor phi = sum(z_w^2) / I of the winsorised z-scores;
- multiplicative limits theta_0 +- z_alpha * sqrt(phi) * s(n), used when phi > 1 (else phi = 1);
- additive random effects tau^2 = (I * phi - (I - 1)) / (sum(w) - sum(w^2) / sum(w)), w = 1 / s^2,
  0 when I * phi <= I - 1, and limits theta_0 +- z_alpha * sqrt(s(n)^2 + tau^2).

Statistics: "proportion" (y = x / n, theta_0 = sum(x) / sum(n) unless a target is given,
s = sqrt(theta_0 (1 - theta_0) / n)), "ratio" (y = observed / expected, theta_0 = 1,
s = sqrt(theta_0 / expected)) and "rate" (y = x / n, theta_0 = sum(x) / sum(n),
s = sqrt(theta_0 / n)). Values and limits are multiplied by ``multiplier``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt

from ..errors import InputError
from ._frames import By, Frame, _by_list, _floats, _need, _row_record, _ungroup
from ._groups import _group, _refuse_output_keys

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["OverdispersionFit", "funnel_overdispersion", "winsorised"]

FloatArray = npt.NDArray[np.float64]
_Z = {0.95: 1.959963984540054, 0.998: 3.090232306167813}


class OverdispersionFit(NamedTuple):
    """The fitted over-dispersion of one group: target, phi, tau^2 and the number of units."""

    target: float
    phi: float
    tau2: float
    units: int


def winsorised(z: FloatArray, trim: float) -> FloatArray:
    """``z`` with the floor(trim * I) smallest values set to the next smallest and the floor(trim * I)
    largest to the next largest (Spiegelhalter 2005's winsorising; order kept)."""
    if not 0.0 <= trim < 0.5:
        raise InputError(f"trim must be at least 0 and below 0.5, not {trim!r}", field="trim")
    k = int(math.floor(trim * len(z)))
    if k == 0:
        return z.copy()
    ordered = np.sort(z)
    return np.clip(z, ordered[k], ordered[len(z) - 1 - k])


def _fit(y: FloatArray, s: FloatArray, target: float, trim: float) -> tuple[FloatArray, FloatArray, float, float]:
    z = (y - target) / s
    zw = winsorised(z, trim)
    units = len(z)
    phi = float(np.sum(zw * zw)) / units if units else math.nan
    w = 1.0 / (s * s)
    excess = units * phi - (units - 1)
    denominator = float(np.sum(w) - np.sum(w * w) / np.sum(w)) if units else math.nan
    tau2 = excess / denominator if excess > 0 and denominator > 0 else 0.0
    return z, zw, phi, tau2


def funnel_overdispersion(
    data: Frame,
    numerator: str,
    denominator: str,
    statistic: str = "proportion",
    *,
    method: str = "multiplicative",
    target: float | None = None,
    multiplier: float = 1,
    trim: float = 0.1,
    by: By = None,
) -> pd.DataFrame:
    """Over-dispersion-adjusted funnel limits at each row's denominator (Spiegelhalter 2005).

    Adds ``z_score``, ``z_winsorised``, ``target``, ``phi`` (multiplicative factor), ``tau2``
    (additive random-effects variance, on the unmultiplied scale), and ``lower_2s_limit``,
    ``upper_2s_limit``, ``lower_3s_limit``, ``upper_3s_limit`` (95% and 99.8%) at the row's own
    ``denominator``, from the ``method`` "multiplicative" (phi below 1 taken as 1) or "additive"
    random effects; ``significance`` says "Outside 99.8% limits (high|low)", "Outside 95% limits
    ..." or "Within limits". Units are the rows of each group of ``by`` (a grouped frame works
    too). The module's docstring gives the formulas and the source.
    """
    import pandas as pd

    data, by = _ungroup(data, by)
    groups = _by_list(by)
    _need(data, "funnel_overdispersion", numerator=numerator, denominator=denominator,
          **{f"by[{k}]": c for k, c in enumerate(groups)})
    if statistic not in ("proportion", "ratio", "rate"):
        raise InputError(f"statistic must be 'proportion', 'ratio' or 'rate', not {statistic!r}", field="statistic")
    if method not in ("multiplicative", "additive"):
        raise InputError(f"method must be 'multiplicative' or 'additive', not {method!r}", field="method")
    x = _floats(data[numerator])
    n = _floats(data[denominator])
    for values, name, bad, why in ((x, numerator, ~(x >= 0), "missing or negative"),
                                   (n, denominator, ~(n > 0), "missing or not positive"),
                                   (x, numerator, (x > n) if statistic == "proportion" else np.zeros(len(x), bool),
                                    "greater than the denominator")):
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            record = _row_record(data.index, i)
            reason = f"{values[i]:g} is {why}"
            raise InputError(f"{record}: field {name!r}: {reason}", field=name, record=record, reason=reason)
    columns = {c: np.full(len(data), np.nan) for c in ("z_score", "z_winsorised", "target", "phi", "tau2",
                                                         "lower_2s_limit", "upper_2s_limit", "lower_3s_limit",
                                                         "upper_3s_limit")}
    _refuse_output_keys("funnel_overdispersion", groups, [*columns, "significance", "method"])
    out = data.copy()
    blocks = _group(data, groups).blocks()
    for rows in blocks:
        xs, ns = x[rows], n[rows]
        y = xs / ns
        theta = target if target is not None else (1.0 if statistic == "ratio" else float(xs.sum() / ns.sum()))
        if statistic == "proportion":
            s = np.sqrt(theta * (1.0 - theta) / ns)
        else:
            s = np.sqrt(theta / ns)
        if not (s > 0).all():
            raise InputError("the target gives a standard error of 0 (a target of 0 or 1): no funnel can be drawn",
                             field=numerator)
        z, zw, phi, tau2 = _fit(y, s, theta, trim)
        for level, (lo, up) in ((0.95, ("lower_2s_limit", "upper_2s_limit")),
                                (0.998, ("lower_3s_limit", "upper_3s_limit"))):
            if method == "multiplicative":
                spread = _Z[level] * np.sqrt(max(phi, 1.0)) * s
            else:
                spread = _Z[level] * np.sqrt(s * s + tau2)
            columns[lo][rows] = (theta - spread) * multiplier
            columns[up][rows] = (theta + spread) * multiplier
        columns["z_score"][rows] = z
        columns["z_winsorised"][rows] = zw
        columns["target"][rows] = theta * multiplier
        columns["phi"][rows] = phi
        columns["tau2"][rows] = tau2
    for name, values in columns.items():
        out[name] = values
    value = x / n * multiplier
    out["significance"] = np.select(
        [value > out["upper_3s_limit"], value < out["lower_3s_limit"], value > out["upper_2s_limit"],
         value < out["lower_2s_limit"]],
        ["Outside 99.8% limits (high)", "Outside 99.8% limits (low)", "Outside 95% limits (high)",
         "Outside 95% limits (low)"], default="Within limits")
    out["method"] = f"Spiegelhalter 2005, {method} over-dispersion, {trim:.0%} winsorised"
    return pd.DataFrame(out)
