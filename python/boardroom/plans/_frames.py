"""pandas views of a plan: its actions, history, state at a date, and the board's summaries.

Dates are ``datetime64`` columns (``NaT`` when absent), counts and line numbers are integers
(nullable ``Int64`` where they may be absent), RAG statuses appear as the scheme's code
(``rag``, missing when unrated), its label in words (``rag_label``, "Unrated" when unrated)
and its colour (``rag_colour``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Optional, cast

from .._core import plans as _p
from ._dates import DateLike, to_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "UNRATED",
    "UNRATED_COLOUR",
    "actions_frame",
    "movement",
    "movement_counts",
    "overdue",
    "overdue_by_lead",
    "positions_frame",
    "rag_counts",
    "rag_labels",
    "rag_colours",
    "ratings_frame",
    "sections_frame",
    "spells_frame",
    "status_as_of",
    "time_in_status",
    "warnings_frame",
]

#: The label of an action with no rating.
UNRATED = "Unrated"
#: The colour charts give unrated actions.
UNRATED_COLOUR = _p.conventional_colour("grey") or "#BFBFBF"

_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

#: Kinds of movement in the order boards read them: good news first.
MOVEMENT_ORDER = ["completed", "improved", "unchanged", "worsened", "newly rated", "still unrated"]


def rag_labels(scheme: _p.RagScheme) -> list[str]:
    """The labels of a scheme's statuses, worst first, after "Unrated": the columns of :func:`rag_counts`."""
    return [UNRATED, *(status.label for status in scheme.statuses)]


def rag_colours(scheme: _p.RagScheme) -> dict[str, str]:
    """Colour "#RRGGBB" of each label of :func:`rag_labels`.

    A status without a colour of that form takes the conventional colour of its label
    ("Red", "Amber", ...), else grey, as unrated actions do.
    """
    colours = {UNRATED: UNRATED_COLOUR}
    for status in scheme.statuses:
        given = status.colour if _HEX_COLOUR.fullmatch(status.colour) else ""
        colours[status.label] = given or _p.conventional_colour(status.label) or UNRATED_COLOUR
    return colours


def _status(scheme: _p.RagScheme, code: Optional[str]) -> tuple[Optional[str], str, str]:
    """(code, label, colour) of a status code, or of unrated for None."""
    if code is None:
        return None, UNRATED, UNRATED_COLOUR
    found = scheme.find(code)
    if found is None:  # not reachable for a validated plan; keep the code visible
        return code, code, UNRATED_COLOUR
    return found.code, found.label, rag_colours(scheme)[found.label]


def _frame(rows: Sequence[dict[str, Any]], columns: Sequence[str], **dtypes: str) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(columns))
    for column, dtype in dtypes.items():
        if dtype == "date":
            frame[column] = pd.to_datetime(frame[column])
        else:
            frame[column] = frame[column].astype(cast(Any, dtype))
    return frame


def _line(line: int) -> Optional[int]:
    return line or None


def _section_titles(plan: _p.Plan) -> dict[str, str]:
    return {section.number: section.title for section in plan.sections}


ACTION_COLUMNS = [
    "number",
    "section",
    "section_title",
    "text",
    "outcomes",
    "leads",
    "timescale_kind",
    "timescale_date",
    "timescale_text",
    "due_date",
    "line",
]


def actions_frame(plan: _p.Plan) -> pd.DataFrame:
    """One row per action in printed order.

    ``leads`` joins the leads with "; "; ``timescale_kind`` is "due by", "review by", "ongoing",
    "unspecified" or "unrecognised", ``timescale_text`` the timescale as printed, and
    ``due_date`` the deadline (only for "due by": a review date is not a deadline).
    """
    titles = _section_titles(plan)
    rows = [
        {
            "number": action.number,
            "section": action.section,
            "section_title": titles.get(action.section, ""),
            "text": action.text,
            "outcomes": action.outcomes,
            "leads": "; ".join(action.leads),
            "timescale_kind": action.timescale.kind.label,
            "timescale_date": action.timescale.date,
            "timescale_text": action.timescale.text,
            "due_date": action.timescale.due_date(),
            "line": _line(action.line),
        }
        for action in plan.actions
    ]
    return _frame(rows, ACTION_COLUMNS, timescale_date="date", due_date="date", line="Int64")


def sections_frame(plan: _p.Plan) -> pd.DataFrame:
    """One row per section: number, title, statement, position_heading, actions (count), line."""
    counts: dict[str, int] = {}
    for action in plan.actions:
        counts[action.section] = counts.get(action.section, 0) + 1
    rows = [
        {
            "number": s.number,
            "title": s.title,
            "statement": s.statement,
            "position_heading": s.position_heading,
            "actions": counts.get(s.number, 0),
            "line": _line(s.line),
        }
        for s in plan.sections
    ]
    columns = ["number", "title", "statement", "position_heading", "actions", "line"]
    return _frame(rows, columns, actions="int64", line="Int64")


def ratings_frame(plan: _p.Plan) -> pd.DataFrame:
    """The rating history, one row per rating in date order.

    Columns: action, section, date, rag, rag_label, rag_colour, complete, rated_by, note.
    """
    sections = {action.number: action.section for action in plan.actions}
    rows = []
    for rating in plan.ratings:
        code, label, colour = _status(plan.scheme, rating.status)
        rows.append(
            {
                "action": rating.action,
                "section": sections.get(rating.action, ""),
                "date": rating.date,
                "rag": code,
                "rag_label": label,
                "rag_colour": colour,
                "complete": plan.scheme.is_complete(rating.status),
                "rated_by": rating.rated_by,
                "note": rating.note,
            }
        )
    columns = ["action", "section", "date", "rag", "rag_label", "rag_colour", "complete", "rated_by", "note"]
    return _frame(rows, columns, date="date", complete="bool")


def positions_frame(plan: _p.Plan) -> pd.DataFrame:
    """Position / evidence updates: action, section, date (``NaT`` for an undated baseline), text, recorded_by."""
    sections = {action.number: action.section for action in plan.actions}
    rows = [
        {
            "action": p.action,
            "section": sections.get(p.action, ""),
            "date": p.date,
            "text": p.text,
            "recorded_by": p.recorded_by,
        }
        for p in plan.positions
    ]
    return _frame(rows, ["action", "section", "date", "text", "recorded_by"], date="date")


STATUS_COLUMNS = [
    "number",
    "section",
    "rag",
    "rag_label",
    "rag_colour",
    "complete",
    "rated_on",
    "rated_by",
    "position",
    "position_date",
    "leads",
    "timescale_kind",
    "timescale_date",
    "timescale_text",
    "due_date",
    "overdue",
    "days_overdue",
]


def status_as_of(plan: _p.Plan, date: DateLike) -> pd.DataFrame:
    """Where every action stood at ``date``, one row per action in printed order.

    The rating and position are the latest on or before the date; ``overdue`` is true when the
    action's due date is before ``date`` and it was not rated complete by then, and
    ``days_overdue`` counts the days since the due date (missing when not overdue).
    """
    day = to_date(date)
    states = _p.state_as_of(plan, day)
    late = {o.action: o.days_overdue for o in _p.overdue_as_of(plan, day)}
    actions = {action.number: action for action in plan.actions}
    rows = []
    for state in states:
        action = actions[state.action]
        code, label, colour = _status(plan.scheme, state.status)
        rows.append(
            {
                "number": state.action,
                "section": state.section,
                "rag": code,
                "rag_label": label,
                "rag_colour": colour,
                "complete": state.complete,
                "rated_on": state.rated_on,
                "rated_by": state.rated_by if state.status is not None else None,
                "position": state.position,
                "position_date": state.position_date,
                "leads": "; ".join(action.leads),
                "timescale_kind": action.timescale.kind.label,
                "timescale_date": action.timescale.date,
                "timescale_text": action.timescale.text,
                "due_date": action.timescale.due_date(),
                "overdue": state.action in late,
                "days_overdue": late.get(state.action),
            }
        )
    return _frame(
        rows,
        STATUS_COLUMNS,
        complete="bool",
        rated_on="date",
        position_date="date",
        timescale_date="date",
        due_date="date",
        overdue="bool",
        days_overdue="Int64",
    )


def rag_counts(plan: _p.Plan, date: DateLike, *, wide: bool = True) -> pd.DataFrame:
    """How many actions of each section held each RAG status at ``date``.

    Wide (the default): one row per section (the index, named "section", in printed order), one
    column per status in words, "Unrated" first and then worst to best, zeros included. With
    ``wide=False``: one row per section and status, with columns section, section_title, rag,
    rag_label and count.
    """
    import pandas as pd

    counts = _p.rag_counts_by_section(plan, to_date(date))
    rows = [
        {
            "section": c.section,
            "section_title": c.section_title,
            "rag": c.status or None,
            "rag_label": c.label,
            "count": c.count,
        }
        for c in counts
    ]
    long = _frame(rows, ["section", "section_title", "rag", "rag_label", "count"], count="int64")
    if not wide:
        return long
    labels = rag_labels(plan.scheme)
    sections = [s.number for s in plan.sections]
    table = long.pivot(index="section", columns="rag_label", values="count")
    table = table.reindex(index=pd.Index(sections, name="section"), columns=labels, fill_value=0)
    table.columns.name = "rag"
    return table.fillna(0).astype("int64")


def _movement_rows(plan: _p.Plan, moves: Iterable[_p.ActionMovement]) -> list[dict[str, Any]]:
    rows = []
    for m in moves:
        from_code, from_label, _ = _status(plan.scheme, m.from_status)
        to_code, to_label, _ = _status(plan.scheme, m.to_status)
        rows.append(
            {
                "number": m.action,
                "section": m.section,
                "from_rag": from_code,
                "from_label": from_label,
                "to_rag": to_code,
                "to_label": to_label,
                "movement": m.movement.label,
            }
        )
    return rows


MOVEMENT_COLUMNS = ["number", "section", "from_rag", "from_label", "to_rag", "to_label", "movement"]


def movement(plan: _p.Plan, since: Optional[DateLike], until: DateLike) -> pd.DataFrame:
    """How every action moved from ``since`` to ``until``, each "as of" its date.

    ``movement`` is one of "completed", "improved", "unchanged", "worsened", "newly rated" and
    "still unrated". With ``since=None`` the comparison is with the last report before
    ``until`` (the latest rating date before it), or with "all unrated" if there was none.
    The frame's ``attrs["since"]`` and ``attrs["until"]`` hold the dates compared
    (``attrs["since"]`` is None when there was no earlier report).
    Raises :class:`boardroom.errors.ValidationError` if ``until`` is before ``since``.
    """
    end = to_date(until, "until")
    start: Optional[_dt.date]
    if since is None:
        report = _p.movement_since_last_report(plan, end)
        moves = report.actions
        start = report.previous
    else:
        start = to_date(since, "since")
        moves = _p.movement_between(plan, start, end)
    frame = _frame(_movement_rows(plan, moves), MOVEMENT_COLUMNS)
    frame.attrs["since"] = start
    frame.attrs["until"] = end
    return frame


def movement_counts(plan: _p.Plan, since: Optional[DateLike], until: DateLike) -> pd.DataFrame:
    """Counts of each kind of movement per section (index "section"), zeros included.

    Columns are the kinds in :data:`MOVEMENT_ORDER`; arguments as :func:`movement`.
    """
    import pandas as pd

    moves = movement(plan, since, until)
    table = pd.crosstab(moves["section"], moves["movement"])
    sections = [s.number for s in plan.sections]
    table = table.reindex(index=pd.Index(sections, name="section"), columns=MOVEMENT_ORDER, fill_value=0)
    table.columns.name = "movement"
    table = table.fillna(0).astype("int64")
    table.attrs.update(moves.attrs)
    return table


def overdue(plan: _p.Plan, date: DateLike) -> pd.DataFrame:
    """Actions due before ``date`` and not complete by then, in printed order.

    Columns: number, section, due_date, days_overdue, leads ("; "-joined), rag, rag_label.
    Review dates and ongoing actions are never overdue.
    """
    rows = []
    for o in _p.overdue_as_of(plan, to_date(date)):
        code, label, _ = _status(plan.scheme, o.status)
        rows.append(
            {
                "number": o.action,
                "section": o.section,
                "due_date": o.due,
                "days_overdue": o.days_overdue,
                "leads": "; ".join(o.leads),
                "rag": code,
                "rag_label": label,
            }
        )
    columns = ["number", "section", "due_date", "days_overdue", "leads", "rag", "rag_label"]
    return _frame(rows, columns, due_date="date", days_overdue="int64")


def overdue_by_lead(plan: _p.Plan, date: DateLike) -> pd.DataFrame:
    """Overdue actions grouped by lead: lead, count, actions (", "-joined), max_days_overdue.

    An action with two leads counts for both; one with no lead is counted under an empty lead.
    Leads with most overdue actions come first, then alphabetically.
    """
    rows = [
        {
            "lead": entry.lead,
            "count": entry.count,
            "actions": ", ".join(entry.actions),
            "max_days_overdue": entry.max_days_overdue,
        }
        for entry in _p.overdue_by_lead(plan, to_date(date))
    ]
    return _frame(rows, ["lead", "count", "actions", "max_days_overdue"], count="int64", max_days_overdue="int64")


def _default_start(plan: _p.Plan, end: _dt.date) -> _dt.date:
    """The plan period's start, else the first rating, but never after ``end``."""
    if plan.period.start is not None:
        start = plan.period.start
    else:
        ratings = plan.ratings
        start = ratings[0].date if ratings else end
    return min(start, end)


def time_in_status(plan: _p.Plan, until: DateLike, since: Optional[DateLike] = None) -> pd.DataFrame:
    """Days each action spent in each status over ``[since, until)``.

    One row per action (index "number", printed order), one column per status in words as in
    :func:`rag_counts`; each row sums to the days from ``since`` to ``until``. ``since``
    defaults to the start of the plan period (else the first rating date); before its first
    rating an action counts as unrated. ``attrs["since"]``/``attrs["until"]`` hold the span.
    """
    import pandas as pd

    end = to_date(until, "until")
    start = to_date(since, "since") if since is not None else _default_start(plan, end)
    labels = rag_labels(plan.scheme)
    label_of = {status.code: status.label for status in plan.scheme.statuses}
    numbers = [action.number for action in plan.actions]
    data = {label: [0] * len(numbers) for label in labels}
    for row, number in enumerate(numbers):
        for spent in _p.time_in_status(plan, number, start, end):
            data[UNRATED if spent.status is None else label_of[spent.status]][row] = spent.days
    frame = pd.DataFrame(data, index=pd.Index(numbers, name="number"), columns=labels, dtype="int64")
    frame.columns.name = "rag"
    frame.attrs["since"] = start
    frame.attrs["until"] = end
    return frame


def spells_frame(
    plan: _p.Plan, number: str, since: Optional[DateLike] = None, until: Optional[DateLike] = None
) -> pd.DataFrame:
    """The stretches of time one action held each status: rag, rag_label, rag_colour, start, end, days.

    ``end`` is exclusive. The span defaults as in :func:`time_in_status`, ending at the plan's
    last reporting date (inclusive) or, with no ratings, the end of the plan period.
    """
    start, end = _span(plan, since, until)
    rows = []
    for spell in _p.status_spells(plan, number, start, end):
        code, label, colour = _status(plan.scheme, spell.status)
        rows.append(
            {
                "rag": code,
                "rag_label": label,
                "rag_colour": colour,
                "start": spell.start,
                "end": spell.end,
                "days": spell.days,
            }
        )
    columns = ["rag", "rag_label", "rag_colour", "start", "end", "days"]
    return _frame(rows, columns, start="date", end="date", days="int64")


def _span(plan: _p.Plan, since: Optional[DateLike], until: Optional[DateLike]) -> tuple[_dt.date, _dt.date]:
    """[start, end) of a chart or spell table, defaulted as :func:`spells_frame` says."""
    end = to_date(until, "until") if until is not None else _default_end(plan)
    start = to_date(since, "since") if since is not None else _default_start(plan, end)
    return start, end


def _default_end(plan: _p.Plan) -> _dt.date:
    dates = _p.reporting_dates(plan)
    if dates:
        return dates[-1] + _dt.timedelta(days=1)
    if plan.period.end is not None:
        return plan.period.end + _dt.timedelta(days=1)
    return _dt.date.today()


def warnings_frame(warnings: Iterable[_p.Warning]) -> pd.DataFrame:
    """Warnings as a table: file, line (missing if unknown), code, subject, field, message."""
    rows = [
        {
            "file": w.file,
            "line": _line(w.line),
            "code": w.code,
            "subject": w.subject,
            "field": w.field,
            "message": w.message,
        }
        for w in warnings
    ]
    return _frame(rows, ["file", "line", "code", "subject", "field", "message"], line="Int64")
