"""Attendance charts. matplotlib is imported only when a chart is drawn.

Both charts carry their meaning in text as well as colour: each cell of the heatmap holds a
letter (P present, A apologies, S substituted, X absent), the legend names them in words,
and the bars are labelled with their counts, so they read in greyscale print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .._plotting import matplotlib_for, new_axes, plain
from .._core import governance as _g
from ._common import BoardLike, DateLike
from ._attendance import attendance_matrix, attendance_rate

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_attendance", "plot_attendance_by_organisation"]

# Okabe-Ito colours (safe for the common colour-vision deficiencies), lightest for "not expected".
_CELLS: dict[str, tuple[int, str, str, str]] = {
    # status: (code, colour, letter, legend)
    "present": (3, "#009E73", "P", "present"),
    "substituted": (2, "#56B4E9", "S", "substitute came"),
    "apologies": (1, "#E69F00", "A", "apologies"),
    "absent": (0, "#D55E00", "X", "absent"),
}


_CHARTS = "attendance charts"


def _matplotlib() -> Any:
    return matplotlib_for(_CHARTS)


def _new_axes(ax: Optional[Axes], size: tuple[float, float]) -> Axes:
    return new_axes(ax, size, _CHARTS)


def plot_attendance(
    register: _g.Register,
    *,
    board: Optional[BoardLike] = None,
    start: Optional[DateLike] = None,
    end: Optional[DateLike] = None,
    ax: Optional[Axes] = None,
) -> Axes:
    """Heatmap of people expected (rows) x meetings (columns): present, substituted, apologies, absent.

    The data are :func:`attendance_matrix`; blank cells are meetings where the person was
    not expected. Returns the Axes.
    """
    import numpy as np

    matrix = attendance_matrix(register, board=board, start=start, end=end)
    axes = _new_axes(ax, (max(4.0, 1.2 * len(matrix.columns) + 3.5), max(2.5, 0.32 * len(matrix) + 1.2)))
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    codes = np.full(matrix.shape, np.nan)
    for i, row in enumerate(matrix.itertuples(index=False)):
        for j, cell in enumerate(row):
            if cell in _CELLS:
                codes[i, j] = _CELLS[str(cell)][0]
    ordered = sorted(_CELLS.values())
    cmap = ListedColormap([colour for _, colour, _, _ in ordered]).with_extremes(bad="#FFFFFF")
    axes.imshow(np.ma.masked_invalid(codes), cmap=cmap, vmin=-0.5, vmax=3.5, aspect="auto", interpolation="nearest")
    for i, row in enumerate(matrix.itertuples(index=False)):
        for j, cell in enumerate(row):
            if cell in _CELLS:
                axes.text(j, i, _CELLS[str(cell)][2], ha="center", va="center", fontsize=8, color="black")
    axes.set_xticks(range(len(matrix.columns)), [plain(str(c)) for c in matrix.columns], rotation=30, ha="right")
    axes.set_yticks(range(len(matrix)), [plain(str(n)) for n in matrix.index])
    axes.set_xlabel("Meeting")
    axes.set_title("Attendance by member")
    axes.legend(
        handles=[Patch(facecolor=colour, edgecolor="black", label=f"{letter} {label}") for _, colour, letter, label in reversed(ordered)],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
    )
    return axes


def plot_attendance_by_organisation(
    register: _g.Register,
    *,
    board: Optional[BoardLike] = None,
    start: Optional[DateLike] = None,
    end: Optional[DateLike] = None,
    ax: Optional[Axes] = None,
) -> Axes:
    """Horizontal bars: the share of meetings at which each organisation was represented.

    Each bar is labelled "represented / expected". Returns the Axes.
    """
    rates = attendance_rate(register, by="organisation", board=board, start=start, end=end)
    rates = rates.sort_values(["rate", "organisation"], ascending=[True, False], kind="stable")
    axes = _new_axes(ax, (7.5, max(2.5, 0.35 * len(rates) + 1.2)))
    labels = [plain(str(o)) for o in rates["organisation"]]
    bars = axes.barh(labels, rates["rate"] * 100, color="#0072B2", edgecolor="black")
    for bar, shown, expected in zip(bars, rates["meetings_represented"], rates["meetings_expected"]):
        axes.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{shown}/{expected}", va="center", fontsize=8)
    axes.set_xlim(0, 112)
    axes.set_xlabel("Meetings represented (%)")
    axes.set_title("Attendance by organisation")
    return axes
