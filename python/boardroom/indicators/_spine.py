"""Spine chart of one area's indicators against the range of all areas, as in the PHE/OHID
public-health profiles (Fingertips "area profiles"). matplotlib is imported only when drawn.

Each indicator is one horizontal bar scaled so that England's value sits at the centre and the
area farthest from England touches an end; the bar shows the range of all areas (light grey)
and the interquartile range (darker grey), England is a red line, and the chosen area is a
marker coloured and shaped by its comparison with England. Better values are on the right when
the indicator has a polarity (Fingertips' convention), higher values otherwise. Meaning is in
text as well as colour: comparisons are named in the legend and each has its own marker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

import numpy as np

from ..errors import InputError
from ._frames import POLARITIES
from .arrays import CATEGORY_COLOURS, CATEGORY_LABELS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_spine"]

_RANGE = "#c9c9c9"
_QUARTILES = "#8b8b8b"
_ENGLAND = "#c00000"
_MARKERS = {"Better": "^", "Best": "^", "Worse": "v", "Worst": "v", "Higher": "^", "Lower": "v", "Similar": "o"}


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise ImportError("boardroom's spine chart needs matplotlib: pip install 'boardroom[plot]'") from exc
    return matplotlib


def _polarity_of(data: pd.DataFrame, indicator: str, name: str, polarity: Union[str, Mapping[str, str], None]) -> str:
    if polarity is None:
        text = "none"
    elif isinstance(polarity, Mapping):
        text = polarity.get(name, "none")
    elif polarity in data.columns:
        text = str(data.loc[data[indicator] == name, polarity].iloc[0])
    else:
        text = polarity
    key = POLARITIES.get(text.lower())
    if key is None:
        raise InputError(
            f"indicator {name!r}: unknown polarity {text!r} (expected high_is_good, low_is_good or none)",
            field="polarity", record=name,
        )
    return key


def plot_spine(
    data: pd.DataFrame,
    area: str,
    *,
    indicator: str = "indicator",
    area_column: str = "area",
    value: str = "value",
    benchmark: str = "England",
    polarity: Union[str, Mapping[str, str], None] = None,
    comparison: Optional[str] = "comparison",
    title: Optional[str] = None,
    ax: Optional[Axes] = None,
) -> Figure:
    """Spine chart of ``area`` against the range of all areas, one row per indicator.

    ``data`` is long: one row per indicator and area (column ``area_column``), with the value in
    ``value``; the row whose area is ``benchmark`` gives England's value (every indicator needs
    one). The range and quartiles (linear-interpolated 25th and 75th percentiles) are of all
    other areas. ``polarity``: a column name, a mapping of indicator to polarity, or one polarity
    for all ("high_is_good", "low_is_good", "none"); with "low_is_good" the axis is reversed so
    better is always to the right. ``comparison``: a column of comparison labels (as
    :func:`boardroom.indicators.compare` writes) that colours the area's marker; grey when absent.
    Returns the matplotlib Figure (drawn into ``ax`` when given).
    """
    _matplotlib()
    for column in (indicator, area_column, value):
        if column not in data.columns:
            raise InputError(f"plot_spine: no column {column!r} in the data", field=column)
    names = list(dict.fromkeys(data[indicator].tolist()))
    if not names:
        raise InputError("plot_spine: the data hold no indicators", field=indicator)
    colour_of = dict(zip(CATEGORY_LABELS, CATEGORY_COLOURS))
    if ax is None:
        from matplotlib.figure import Figure

        figure = Figure(figsize=(9.0, 0.55 * len(names) + 1.6), layout="constrained")
        ax = figure.add_subplot()
    else:
        figure = ax.get_figure()  # type: ignore[assignment]
    seen: dict[str, Any] = {}
    for row, name in enumerate(names):
        rows = data[data[indicator] == name]
        values = rows[value].to_numpy(dtype=np.float64, na_value=np.nan)
        is_benchmark = (rows[area_column] == benchmark).to_numpy()
        if not is_benchmark.any():
            raise InputError(f"indicator {name!r}: no {benchmark} value to centre the spine on",
                             field=area_column, record=str(name))
        england = float(values[is_benchmark][0])
        others = values[~is_benchmark & ~np.isnan(values)]
        y = len(names) - 1 - row
        flip = _polarity_of(data, indicator, str(name), polarity) == "low_is_good"
        half = float(np.max(np.abs(others - england))) if len(others) else 0.0
        half = half if half > 0 else 1.0

        def place(v: float, flip: bool = flip, england: float = england, half: float = half) -> float:
            position = 0.5 + (v - england) / (2.0 * half)
            return 1.0 - position if flip else position

        if len(others):
            low, q1, q3, high = (place(float(v)) for v in np.percentile(others, [0, 25, 75, 100]))
            ax.barh(y, abs(high - low), left=min(low, high), height=0.6, color=_RANGE,
                    label="Range of areas" if row == 0 else None)
            ax.barh(y, abs(q3 - q1), left=min(q1, q3), height=0.6, color=_QUARTILES,
                    label="25th to 75th percentile" if row == 0 else None)
        ax.plot([0.5, 0.5], [y - 0.4, y + 0.4], color=_ENGLAND, linewidth=2,
                label=f"{benchmark} value" if row == 0 else None)
        mine = rows[(rows[area_column] == area).to_numpy()]
        if len(mine) and not np.isnan(float(mine[value].iloc[0])):
            label = str(mine[comparison].iloc[0]) if comparison and comparison in mine.columns else "Not compared"
            colour = colour_of.get(label) or _RANGE
            handle = ax.scatter([place(float(mine[value].iloc[0]))], [y], s=90, zorder=3, color=colour,
                                edgecolor="black", marker=_MARKERS.get(label, "o"))
            seen.setdefault(label, handle)
            shown = f"{float(mine[value].iloc[0]):.4g}"
        else:
            shown = "no value"
        ax.text(1.02, y, f"{shown}  ({benchmark} {england:.4g})", va="center", fontsize=8,
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(names)), [str(n) for n in reversed(names)])
    ax.set_xlim(-0.02, 1.02)
    ax.set_xticks([0.0, 0.5, 1.0], ["Worse / lower", benchmark, "Better / higher"])
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.set_title(title or f"{area} compared with {benchmark}", fontsize=10)
    handles, labels = ax.get_legend_handles_labels()
    for label, handle in seen.items():
        handles.append(handle)
        labels.append(f"{area}: {label.lower()}")
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.0, -0.12), ncol=3, frameon=False, fontsize=8)
    return figure
