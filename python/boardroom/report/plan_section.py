"""The action plan's RAG dashboard: an HTML fragment for the board pack.

:func:`render_plan_dashboard` gives a ``<section id="action-plan">`` with the RAG counts per
section at a date, the movement since the last report, the overdue actions by lead, and the
stacked-bar history as inline SVG. Everything is said in words as well as colour, so the
section reads in greyscale print and to screen readers.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from typing import TYPE_CHECKING, Any, Optional

from .._core import plans as _p
from ..plans import (
    MOVEMENT_ORDER,
    UNRATED,
    movement,
    overdue_by_lead,
    plot_rag_history,
    rag_colours,
    rag_counts,
    rag_labels,
    reporting_dates,
)
from ..plans._dates import DateLike, to_date

if TYPE_CHECKING:
    import pandas as pd

    from .._core.plans import Plan

__all__ = ["render_plan_dashboard"]

#: How many reporting dates the chart shows at most (the latest ones).
CHART_DATES = 8

_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_MOVED = ("completed", "improved", "worsened", "newly rated")


def _chart_svg(plan: Plan, dates: list[_dt.date]) -> str:
    """The stacked-bar chart as an SVG element (no XML prologue), with text kept as text."""
    import matplotlib
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(5.5, 1.0 * len(dates) + 3.5), 3.6), layout="constrained")
    plot_rag_history(plan, dates, ax=figure.subplots())
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "boardroom-action-plan"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", '<svg role="img" aria-labelledby="action-plan-chart-caption" ', 1)


def _checked(checks: Optional[pd.DataFrame]) -> list[dict[str, Any]]:
    """Rows of :func:`boardroom.plans.check_ratings` linked to an indicator, for the template."""
    if checks is None:
        return []
    rows = []
    for row in checks.to_dict("records"):
        if row.get("indicator") is None:
            continue
        rows.append({"number": row["number"], "rag": row.get("rag_label") or row.get("rag") or "Not rated", "indicator": row["indicator"],
                     "comparison": row.get("comparison") or "", "trend": row.get("recent_trend") or "",
                     "flag": row.get("data_check") if isinstance(row.get("data_check"), str) else ""})
    return rows


def _dashboard(plan: Plan, as_of: _dt.date, since: Optional[_dt.date]) -> dict[str, Any]:
    labels = rag_labels(plan.scheme)
    colours = rag_colours(plan.scheme)
    counts = rag_counts(plan, as_of)
    titles = {s.number: s.title for s in plan.sections}
    sections = [
        {"number": str(number), "title": titles[str(number)], "counts": [int(row[label]) for label in labels]}
        for number, row in counts.iterrows()
    ]
    descriptions = {UNRATED: "No rating recorded by this date."}
    descriptions.update({s.label: s.description for s in plan.scheme.statuses})
    key = [
        {
            "label": label,
            "description": descriptions.get(label, ""),
            "colour": colours[label] if _HEX_COLOUR.fullmatch(colours[label]) else None,
        }
        for label in labels
    ]
    moves = movement(plan, since, as_of)
    moved = moves[moves["movement"].isin(_MOVED)]
    kinds = moves["movement"].value_counts()
    by_lead = overdue_by_lead(plan, as_of)
    late = _p.overdue_as_of(plan, as_of)
    # Evidence that says the action is done, with no rating to match: shown for the board to
    # confirm (rate it complete), not chased as overdue.
    reported = [{"number": o.action, "position": o.position, "due": o.due} for o in late if o.reported_complete]
    # A Lead cell piece that is a sentence (text that belongs in the evidence column) is not a
    # lead: counting it would add a "lead" that is nobody.
    sentence_leads = [
        {"number": a.number, "text": lead} for a in plan.actions for lead in a.leads if _p.is_sentence_lead(lead)
    ]
    dates = [d for d in reporting_dates(plan) if d <= as_of][-CHART_DATES:] or [as_of]
    from markupsafe import Markup

    return {
        "plan": plan,
        "as_of": as_of,
        "labels": labels,
        "key": key,
        "sections": sections,
        "totals": [int(counts[label].sum()) for label in labels],
        "total": int(counts.to_numpy().sum()),
        "rated_ever": bool(plan.ratings),
        "since": moves.attrs["since"],
        "movement_counts": [(kind, int(kinds.get(kind, 0))) for kind in MOVEMENT_ORDER if kinds.get(kind, 0)],
        "moved": moved.to_dict("records"),
        "overdue": by_lead.to_dict("records"),
        "overdue_actions": len(late) - len(reported),
        "reported_complete": reported,
        "sentence_leads": sentence_leads,
        "chart": Markup(_chart_svg(plan, dates)),
        "chart_dates": dates,
    }


def render_plan_dashboard(plan: Plan, as_of: DateLike, since: Optional[DateLike] = None,
                          checks: Optional[pd.DataFrame] = None) -> str:
    """The plan's RAG dashboard at ``as_of`` as an HTML fragment (a string).

    Movement is measured from ``since`` (the pack passes the board's previous meeting), by
    default the rating round before the one in force at ``as_of`` (with no earlier round, every
    action is compared with "unrated"). Overdue actions are counted by lead with leads compared
    without case or trailing punctuation; a sentence in a Lead cell and an action whose evidence
    says it is complete though unrated are listed as data-quality notes instead. The chart shows the
    RAG counts at the plan's reporting dates up to ``as_of`` (the latest
    :data:`CHART_DATES`), or at ``as_of`` alone when nothing was rated before it. All plan
    text is escaped. ``checks`` (the frame of :func:`boardroom.plans.check_ratings`) adds a table
    of the ratings checked against indicator data, the flag written beside each rating the data
    contradict.
    """
    from ._templates import render

    day = to_date(as_of, "as_of")
    start = to_date(since, "since") if since is not None else None
    return render("plan_section.html.j2", **_dashboard(plan, day, start), checked=_checked(checks))
