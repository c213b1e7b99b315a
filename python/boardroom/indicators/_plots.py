"""Funnel plots and trend charts of indicator data (matplotlib, imported only when drawing).

Each function returns a :class:`matplotlib.figure.Figure` built without pyplot, so it works
headless and in reports; pass ``ax`` to draw into an existing axes instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError
from ._frames import POLARITIES, _floats
from .arrays import CATEGORY_COLOURS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_funnel", "plot_trend"]

# Funnel significance makes no judgement (high may be good or bad), so the colours are
# Fingertips' no-judgement blues ("higher"/"lower") with its amber for "similar".
_SIGNIFICANCE_COLOURS = {
    "High (0.001)": "#5555E6",
    "High (0.025)": "#9BA8F0",
    "Low (0.001)": "#2F4F4F",
    "Low (0.025)": "#7F9F9F",
    "Not significant": "#FFC000",
    "Not applicable for events less than 10 for dsrs": "#C9C9C9",
}
# What the legend says to board members: the categories are PHEindicatormethods' own words,
# which name the tail probability, not what it means.
_SIGNIFICANCE_LEGEND = {
    "High (0.001)": "Above the 99.8% limit",
    "High (0.025)": "Above the 95% limit",
    "Low (0.001)": "Below the 99.8% limit",
    "Low (0.025)": "Below the 95% limit",
    "Not significant": "Within the 95% limits",
    "Not applicable for events less than 10 for dsrs": "Fewer than 10 events: not compared",
}


def _figure(ax: Axes | None) -> tuple[Figure, Axes]:
    if ax is not None:
        figure = ax.get_figure()
        if figure is None:
            raise InputError("plot: the axes belong to no figure", field="ax")
        return figure, ax  # type: ignore[return-value]
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 5), layout="constrained")
    return figure, figure.add_subplot()


def plot_funnel(
    data: pd.DataFrame,
    numerator: str,
    denominator: str | None = None,
    statistic: str = "proportion",
    multiplier: float | None = None,
    *,
    rate: str | None = None,
    ratio_type: str = "count",
    rate_type: str | None = None,
    years_of_data: float | None = None,
    label: str | None = None,
    label_level: str = "0.001",
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """A funnel plot (Spiegelhalter 2005): each area against 95% and 99.8% control limits.

    Limits and significance are :func:`funnel_limits` and :func:`funnel_significance`
    (PHEindicatormethods ``calculate_funnel_limits`` / ``assign_funnel_significance``), with the
    same arguments. Points are placed as the package's tables do: proportions at their
    denominator, ratios (observed/expected - 1, or x 100 for ISRs) at the expected count, rates
    at the yearly population of :func:`funnel_points`. Areas outside the 99.8% limits
    (``label_level="0.001"``) or outside either (``"0.025"``) are labelled with the ``label``
    column. Dashed lines: 95% limits; solid: 99.8%; dotted: the average.
    """
    from ._variation import funnel_limits, funnel_points, funnel_significance

    limits = funnel_limits(
        data, numerator, denominator, statistic, multiplier, rate=rate, ratio_type=ratio_type,
        rate_type=rate_type, years_of_data=years_of_data, type="standard",
    )
    flagged = funnel_significance(
        data, numerator, denominator, statistic, rate=rate, rate_type=rate_type, multiplier=multiplier
    )
    significance = flagged["significance"].astype(str).to_numpy()
    x_values = _floats(data[numerator])
    if statistic == "proportion":
        position = _floats(data[str(denominator)])
        y = x_values / position * float(multiplier or 1)
        axis = {side: ("Population", f"{side}_limit") for side in ("lower_2s", "upper_2s", "lower_3s", "upper_3s")}
        baseline = float(limits["baseline"].iloc[0])
        x_label = "Denominator"
    elif statistic == "ratio":
        position = _floats(data[str(denominator)])
        ratio = x_values / position
        y = ratio - 1 if ratio_type == "count" else ratio * 100
        axis = {side: (f"{side}_exp_events", f"{side}_limit") for side in ("lower_2s", "upper_2s", "lower_3s", "upper_3s")}
        baseline = 0.0 if ratio_type == "count" else 100.0
        x_label = "Expected events"
    else:
        points = funnel_points(
            data, numerator, str(rate), denominator, rate_type=rate_type, years_of_data=years_of_data,
            multiplier=multiplier,
        )
        position = _floats(points["denominator_derived"])
        y = _floats(points[f"{rate}_chart"])
        axis = {
            side: (f"{side}_population_1_year", f"{side}_limit") for side in ("lower_2s", "upper_2s", "lower_3s", "upper_3s")
        }
        baseline = float(limits["baseline"].iloc[0])
        x_label = "Population (per year)"

    figure, axes = _figure(ax)
    for side, style in (("lower_3s", "-"), ("upper_3s", "-"), ("lower_2s", "--"), ("upper_2s", "--")):
        x_col, y_col = axis[side]
        name = ("99.8% limits" if "3s" in side else "95% limits") if side.startswith("lower") else None
        axes.plot(limits[x_col], limits[y_col], style, color="#404040", linewidth=1, label=name)
    axes.axhline(baseline, linestyle=":", color="#404040", linewidth=1, label="Average")
    for category, colour in _SIGNIFICANCE_COLOURS.items():
        chosen = significance == category
        if chosen.any():
            axes.scatter(position[chosen], y[chosen], s=28, color=colour, edgecolor="#303030",
                         linewidth=0.5, zorder=3, label=_SIGNIFICANCE_LEGEND[category])
    if label is not None:
        levels = ("High (0.001)", "Low (0.001)") if label_level == "0.001" else (
            "High (0.001)", "Low (0.001)", "High (0.025)", "Low (0.025)")
        names = data[label].astype(str).to_numpy()
        for i in np.flatnonzero(np.isin(significance, levels)):
            if np.isfinite(position[i]) and np.isfinite(y[i]):
                axes.annotate(names[i], (position[i], y[i]), xytext=(4, 4), textcoords="offset points", fontsize=8)
    # Show the points and the funnel where they lie, not the limits' sweep to 0 and 100
    # at tiny denominators.
    finite = np.isfinite(position) & np.isfinite(y)
    if finite.any():
        axes.set_xlim(0, float(position[finite].max()) * 1.05)
        shown = [y[finite]]
        for x_col, y_col in axis.values():
            near = _floats(limits[x_col]) >= 0.5 * float(position[finite].min())
            shown.append(_floats(limits[y_col])[near])
        values = np.concatenate([*shown, [baseline]])
        values = values[np.isfinite(values)]
        low, high = float(values.min()), float(values.max())
        margin = 0.05 * (high - low) or 1.0
        axes.set_ylim(low - margin, high + margin)
    axes.set_xlabel(x_label)
    axes.set_ylabel({"proportion": "Proportion", "ratio": "Ratio", "rate": "Rate"}[statistic]
                    + (f" (x {multiplier:g})" if multiplier and statistic != "ratio" else ""))
    if title:
        axes.set_title(title)
    axes.legend(fontsize=8, loc="best")
    return figure


def _england_values(data: pd.DataFrame, time_period: str, england: str | Mapping[Any, float] | pd.Series) -> np.ndarray[Any, np.dtype[np.float64]]:
    if isinstance(england, str):
        return _floats(data[england])
    lookup = dict(england.items()) if hasattr(england, "items") else dict(england)
    return np.array([float(lookup.get(t, np.nan)) for t in data[time_period].tolist()], dtype=np.float64)


def plot_trend(
    data: pd.DataFrame,
    value: str,
    time_period: str,
    lower_cl: str | None = "lowercl",
    upper_cl: str | None = "uppercl",
    *,
    england: str | Mapping[Any, float] | pd.Series | None = None,
    polarity: str = "none",
    area_label: str = "Area",
    england_label: str = "England",
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """An area's trend with its confidence intervals and the England line (Fingertips' trend chart).

    ``data`` holds one area's series. ``england`` is a column of ``data`` or a mapping (or Series)
    from time period to England's value. With limits and England both present each point is
    coloured by the Fingertips comparison with England (better / similar / worse under
    ``polarity``, higher / lower with no judgement); otherwise points are grey.
    """
    from .._core import indicators as _core

    ordered = data.sort_values(time_period, kind="stable")
    times = ordered[time_period].to_numpy()
    y = _floats(ordered[value])
    has_limits = lower_cl is not None and upper_cl is not None and lower_cl in ordered and upper_cl in ordered
    figure, axes = _figure(ax)
    colours = np.full(len(ordered), "#C9C9C9", dtype=object)
    bench = _england_values(ordered, time_period, england) if england is not None else None
    if has_limits:
        lower = _floats(ordered[str(lower_cl)])
        upper = _floats(ordered[str(upper_cl)])
        if bench is not None:
            key = POLARITIES.get(polarity.lower())
            if key is None:
                raise InputError(f"unknown polarity {polarity!r}", field="polarity")
            codes = _core.compare(lower[None, :], upper[None, :], bench, key)
            picked = np.asarray(CATEGORY_COLOURS, dtype=object)[codes]
            colours = np.where(picked == "", "#C9C9C9", picked)
        axes.errorbar(times, y, yerr=[y - lower, upper - y], fmt="none", ecolor="#404040", elinewidth=1, capsize=3,
                      label="Confidence interval")
    axes.plot(times, y, color="#404040", linewidth=1, zorder=2, marker="o", markersize=4, label=area_label)
    axes.scatter(times, y, c=list(colours), edgecolor="#303030", linewidth=0.5, s=40, zorder=3)
    if bench is not None:
        axes.plot(times, bench, color="black", marker="o", markersize=3, linewidth=1.5, label=england_label)
    if np.issubdtype(np.asarray(times).dtype, np.integer):
        from matplotlib.ticker import MaxNLocator

        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(time_period)
    axes.set_ylabel(value)
    if title:
        axes.set_title(title)
    axes.legend(fontsize=8, loc="best")
    return figure
