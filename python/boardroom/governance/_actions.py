"""The action log, overdue actions, the draft agenda and the forward plan."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Optional

from .._core import governance as _g
from ._build import (
    ACTION_STATUSES,
    Row,
    _boards,
    _frame,
    _meetings,
    _people,
)
from ._common import BoardLike, DateLike, board_id, to_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["actions_frame", "draft_agenda", "draft_agenda_meeting", "forward_plan_frame", "overdue_actions"]


ACTION_COLUMNS = [
    "action_id",
    "board",
    "meeting_id",
    "raised_on",
    "item",
    "text",
    "owners",
    "owner_initials",
    "owners_as_printed",
    "due",
    "due_rule",
    "status",
    "status_changed",
    "overdue",
    "days_overdue",
]


def _action_row(
    register: _g.Register, action: _g.Action, as_of: _dt.date, people: dict[int, _g.Person], meetings: dict[int, _g.Meeting]
) -> Row:
    raised = meetings[action.raised_at]
    due = _g.due_date(register, action)
    status = action.status_on(as_of)
    changes = [c.date for c in action.history if c.date <= as_of]
    overdue = status.is_outstanding and due is not None and due < as_of
    owners = [people[o] for o in action.owners]
    return {
        "action_id": action.id,
        "board": raised.board,
        "meeting_id": raised.id,
        "raised_on": raised.date,
        "item": action.item,
        "text": action.text,
        "owners": "; ".join(p.full_name for p in owners),
        "owner_initials": "/".join(p.derived_initials for p in owners),
        "owners_as_printed": action.owners_as_printed,
        "due": due,
        "due_rule": action.due.kind.label,
        "status": status.label,
        "status_changed": changes[-1] if changes else None,
        "overdue": overdue,
        "days_overdue": (as_of - due).days if overdue and due is not None else None,
    }


def actions_frame(
    register: _g.Register, *, as_of: Optional[DateLike] = None, board: Optional[BoardLike] = None
) -> pd.DataFrame:
    """The action log as of a date (today if None), one row per action in the order raised.

    ``owners`` names the owners ("Sarah Ashcroft; Sheila Minchin"), ``owner_initials`` gives
    their initials as ACTION BY columns print them ("SA/SM"); ``due`` is the due date (the
    raising board's next meeting for "next meeting" actions; NaT if not known); ``status`` is
    the status on ``as_of`` from the dated history, ``status_changed`` the date of the change
    that set it; ``overdue`` is True for an outstanding action due before ``as_of``.
    """
    day = to_date(as_of, "as_of") if as_of is not None else _dt.date.today()
    wanted = board_id(register, board) if board is not None else None
    people = _people(register)
    meetings = _meetings(register)
    rows = [
        _action_row(register, a, day, people, meetings)
        for a in register.actions
        if wanted is None or meetings[a.raised_at].board_id == wanted
    ]
    return _frame(
        rows,
        ACTION_COLUMNS,
        ints=["action_id", "meeting_id"],
        nullable_ints=["days_overdue"],
        dates=["raised_on", "due", "status_changed"],
        bools=["overdue"],
        categories={"status": ACTION_STATUSES},
    )


OVERDUE_COLUMNS = [
    "owner_id",
    "owner",
    "initials",
    "action_id",
    "board",
    "raised_on",
    "item",
    "text",
    "due",
    "days_overdue",
    "status",
    "joint_with",
]


def overdue_actions(register: _g.Register, as_of: DateLike, *, board: Optional[BoardLike] = None) -> pd.DataFrame:
    """Outstanding actions due before ``as_of``, one row per owner and action.

    Owners in family-name order, each owner's actions oldest due first; an action with joint
    owners is listed under each, with the others in ``joint_with``.
    """
    day = to_date(as_of, "as_of")
    wanted = board_id(register, board) if board is not None else None
    people = _people(register)
    meetings = _meetings(register)
    actions = {a.id: a for a in register.actions}
    rows = []
    for group in _g.overdue_actions_by_owner(register, day):
        owner = people[group.owner]
        for action_id in group.actions:
            action = actions[action_id]
            raised = meetings[action.raised_at]
            if wanted is not None and raised.board_id != wanted:
                continue
            due = _g.due_date(register, action)
            rows.append(
                {
                    "owner_id": owner.id,
                    "owner": owner.full_name,
                    "initials": owner.derived_initials,
                    "action_id": action.id,
                    "board": raised.board,
                    "raised_on": raised.date,
                    "item": action.item,
                    "text": action.text,
                    "due": due,
                    "days_overdue": (day - due).days if due is not None else None,
                    "status": action.status_on(day).label,
                    "joint_with": "; ".join(people[o].full_name for o in action.owners if o != owner.id),
                }
            )
    return _frame(
        rows,
        OVERDUE_COLUMNS,
        ints=["owner_id", "action_id"],
        nullable_ints=["days_overdue"],
        dates=["raised_on", "due"],
        categories={"status": ACTION_STATUSES},
    )


# ---- the next meeting

DRAFT_COLUMNS = [
    "number",
    "title",
    "kind",
    "source",
    "purpose",
    "intended_outcome",
    "leads",
    "action_id",
    "owners",
    "due",
]


def draft_agenda_meeting(register: _g.Register, board: BoardLike, date: DateLike) -> _g.Meeting:
    """The draft agenda as a Meeting (for :func:`agenda_frame` or a board pack)."""
    return _g.draft_agenda(register, board_id(register, board), to_date(date)).meeting


def _arising_line(action: _g.Action, people: dict[int, _g.Person]) -> str:
    owners = ", ".join(people[o].full_name for o in action.owners) or "no owner"
    return f"{owners}: {action.text}"


def _source_text(origin: _g.DraftItemOrigin) -> str:
    """Where a draft item comes from, as an officer checking the draft would say it."""
    if origin.source == _g.DraftItemSource.FORWARD_PLAN:
        return f"forward plan for {_long(origin.plan_date)}" if origin.plan_date else "forward plan"
    actions = ", ".join(str(a) for a in origin.actions)
    if origin.source == _g.DraftItemSource.MATTERS_ARISING:
        return f"matters arising from action{'s' if len(origin.actions) > 1 else ''} {actions}"
    text = f"standing item of the agenda of {_long(origin.agenda_of)}" if origin.agenda_of else "standing item of the board"
    if origin.actions:
        text += f"; matters arising from action{'s' if len(origin.actions) > 1 else ''} {actions}"
    return text


def draft_agenda(register: _g.Register, board: BoardLike, date: DateLike) -> pd.DataFrame:
    """The draft agenda for the board's meeting on ``date``, one row per item and per matter arising.

    Items (numbered 1..n) are the standing items of the board's latest agenda before the
    date, in their places (``kind`` "standing"), an item "Matters arising" if no standing
    item holds them ("matters arising"), and the forward-plan topics for that date
    ("forward plan"). Under the item that holds them, each outstanding action from earlier
    meetings is a row of its own ("matter arising", numbered "2.1", "2.2", ...) with its
    ``action_id``, ``owners`` and ``due`` date. ``source`` says where each row comes from:
    "standing item of the agenda of 10 December 2015", "matters arising from action 3",
    "forward plan for 18 September 2015". Topics the forward plan has not yet scheduled are in
    :func:`forward_plan_frame`.
    """
    wanted = board_id(register, board)
    day = to_date(date)
    draft = _g.draft_agenda(register, wanted, day)
    people = _people(register)
    actions = {a.id: a for a in register.actions}
    arising = [actions[i] for i in draft.matters_arising]
    suffix = "\n".join(_arising_line(a, people) for a in arising)

    rows: list[Row] = []
    for item, origin in zip(draft.meeting.agenda, draft.origins):
        outcome = item.intended_outcome
        hosts = bool(origin.actions)
        if hosts:
            if outcome == suffix:
                outcome = ""
            elif outcome.endswith("\n" + suffix):
                outcome = outcome[: -len(suffix) - 1]
        rows.append(
            {
                "number": item.number,
                "title": item.title,
                "kind": origin.source.label,
                "source": _source_text(origin),
                "purpose": item.purpose.label,
                "intended_outcome": outcome,
                "leads": "; ".join(item.leads),
                "action_id": None,
                "owners": None,
                "due": None,
            }
        )
        if hosts:
            for n, action in enumerate(arising, start=1):
                rows.append(
                    {
                        "number": f"{item.number}.{n}",
                        "title": action.text,
                        "kind": "matter arising",
                        "source": f"matters arising from action {action.id}",
                        "purpose": _g.ItemPurpose.ACTION.label,
                        "intended_outcome": f"Raised at the meeting of {_long(_meeting_date(register, action))}, item {action.item}",
                        "leads": "; ".join(people[o].full_name for o in action.owners),
                        "action_id": action.id,
                        "owners": "/".join(people[o].derived_initials for o in action.owners),
                        "due": _g.due_date(register, action),
                    }
                )
    return _frame(rows, DRAFT_COLUMNS, nullable_ints=["action_id"], dates=["due"])


def _meeting_date(register: _g.Register, action: _g.Action) -> _dt.date:
    return register.meeting(action.raised_at).date


def _long(day: _dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


FORWARD_PLAN_COLUMNS = ["board", "meeting_date", "scheduled", "topic", "lead_officers", "notes"]


def forward_plan_frame(
    register: _g.Register, *, board: Optional[BoardLike] = None, scheduled: Optional[bool] = None
) -> pd.DataFrame:
    """The forward work plan by meeting date; topics "not yet scheduled" last (``meeting_date`` NaT).

    ``scheduled=False`` keeps only the unscheduled topics, ``True`` only the scheduled ones.
    """
    wanted = board_id(register, board) if board is not None else None
    names = _boards(register)
    entries = [
        e
        for e in register.forward_plan
        if (wanted is None or e.board == wanted) and (scheduled is None or (e.meeting_date is not None) == scheduled)
    ]
    entries.sort(key=lambda e: (e.meeting_date is None, e.meeting_date or _dt.date.max))
    rows = [
        {
            "board": names.get(e.board),
            "meeting_date": e.meeting_date,
            "scheduled": e.meeting_date is not None,
            "topic": e.topic,
            "lead_officers": "; ".join(e.lead_officers),
            "notes": e.notes,
        }
        for e in entries
    ]
    return _frame(rows, FORWARD_PLAN_COLUMNS, dates=["meeting_date"], bools=["scheduled"])
