"""Charts of a plan's RAG history. matplotlib is imported only when a chart is drawn.

Both charts carry their meaning in text as well as colour: statuses are named in words in the
legend and on the bars, and each status has its own hatching, so they read in greyscale print.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Optional

from .._plotting import matplotlib_for, new_axes, plain
from .._core import plans as _p
from ._dates import DateLike, to_date
from ._frames import UNRATED, _span, _status, rag_colours, rag_labels

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_action_timeline", "plot_rag_history"]

_HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "++", "--"]


_CHARTS = "plan charts"


def _matplotlib() -> Any:
    return matplotlib_for(_CHARTS)


def _new_axes(ax: Optional[Axes], size: tuple[float, float]) -> Axes:
    return new_axes(ax, size, _CHARTS)


def _ink(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def _hatch(labels: Sequence[str], label: str) -> str:
    return _HATCHES[labels.index(label) % len(_HATCHES)]


def _short(day: _dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def plot_rag_history(
    plan: _p.Plan,
    dates: Optional[Sequence[DateLike]] = None,
    *,
    section: Optional[str] = None,
    ax: Optional[Axes] = None,
) -> Axes:
    """Stacked bars of how many actions held each RAG status at each reporting date.

    ``dates`` default to the plan's reporting dates (the dates of its ratings). Worst statuses
    sit at the bottom, unrated at the top; each segment shows its count, the legend names the
    statuses in words. ``section`` restricts the chart to one section. Returns the Axes.
    """
    days = [to_date(d, "dates") for d in dates] if dates is not None else list(_p.reporting_dates(plan))
    if not days:
        from ..errors import ValidationError

        raise ValidationError("the plan has no ratings yet: pass the dates to chart")
    if section is not None:
        plan.section(section)  # NotFoundError for an unknown section
    ax = _new_axes(ax, (max(5.0, 1.1 * len(days) + 2.5), 4.0))
    labels = rag_labels(plan.scheme)
    colours = rag_colours(plan.scheme)
    order = [*labels[1:], UNRATED]  # worst at the bottom, unrated on top
    totals = []
    for day in days:
        tally = dict.fromkeys(labels, 0)
        for count in _p.rag_counts_by_section(plan, day):
            if section is None or count.section == section:
                tally[count.label] += count.count
        totals.append(tally)
    positions = list(range(len(days)))
    bottoms = [0] * len(days)
    for label in order:
        heights = [total[label] for total in totals]
        if not any(heights):
            continue
        bars = ax.bar(
            positions,
            heights,
            bottom=bottoms,
            color=colours[label],
            edgecolor="#505a5f",
            hatch=_hatch(labels, label),
            label=plain(label),
            width=0.6,
        )
        for bar, height, bottom in zip(bars, heights, bottoms):
            if height:
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    bottom + height / 2,
                    str(height),
                    ha="center",
                    va="center",
                    fontsize=9,
                    color=_ink(colours[label]),
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": colours[label], "edgecolor": "none"},
                )
        bottoms = [b + h for b, h in zip(bottoms, heights)]
    ax.set_xticks(positions, [_short(day) for day in days])
    ax.set_ylabel("Actions")
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # actions are counted whole
    ax.set_xlabel("Reporting date")
    where = f"section {section}" if section is not None else "all sections"
    ax.set_title(plain(f"RAG status of the plan's actions at each reporting date ({where})"), fontsize=10)
    handles, names = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], names[::-1], title="Status", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_ylim(0, max(bottoms) * 1.05 if max(bottoms) else 1)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_action_timeline(
    plan: _p.Plan,
    number: str,
    *,
    since: Optional[DateLike] = None,
    until: Optional[DateLike] = None,
    ax: Optional[Axes] = None,
) -> Axes:
    """One action's status over time: a band per spell in its status, named in words, with
    the rating dates marked and the due or review date drawn as a dashed line.

    The span defaults to the plan period's start up to the plan's last reporting date. Raises
    :class:`boardroom.errors.NotFoundError` for an unknown action. Returns the Axes.
    """
    _matplotlib()
    import importlib

    mdates: Any = importlib.import_module("matplotlib.dates")  # untyped module
    action = plan.action(number)
    start, end = _span(plan, since, until)
    spells = _p.status_spells(plan, number, start, end)
    ax = _new_axes(ax, (9.0, 2.4))
    labels = rag_labels(plan.scheme)
    colours = rag_colours(plan.scheme)
    for spell in spells:
        _, label, colour = _status(plan.scheme, spell.status)
        left = mdates.date2num(spell.start)
        width = mdates.date2num(spell.end) - left
        ax.broken_barh([(left, width)], (0.25, 0.5), facecolors=colour, edgecolor="#505a5f", hatch=_hatch(labels, label))
        ax.text(
            left + width / 2,
            0.5,
            plain(f"{label} ({spell.days} day{'' if spell.days == 1 else 's'})"),
            ha="center",
            va="center",
            fontsize=8,
            color=_ink(colour),
            bbox={"boxstyle": "round,pad=0.15", "facecolor": colour, "edgecolor": "none"},
            clip_on=True,
            zorder=4,
        )
    for rating in plan.ratings:
        if rating.action == number and start <= rating.date < end:
            ax.plot([mdates.date2num(rating.date)], [0.82], marker="v", color="#1b1b1b", markersize=6)
    timescale = action.timescale
    if timescale.date is not None:
        x = mdates.date2num(timescale.date)
        ax.axvline(x, color="#1b1b1b", linestyle="--", linewidth=1)
        word = "due" if timescale.kind == _p.TimescaleKind.DUE_BY else "review"
        ax.text(x, 0.92, plain(f" {word} {_short(timescale.date)}"), fontsize=8, va="bottom", ha="left")
    ax.set_ylim(0, 1.15)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_title(plain(f"Action {action.number}: RAG status over time (▼ = rating recorded)"), fontsize=10)
    ax.spines[["top", "right", "left"]].set_visible(False)
    return ax
