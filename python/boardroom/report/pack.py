"""The board pack of one meeting, assembled from a board's whole record (a BoardBundle).

Sections, in the order officers put them: cover, agenda, the previous meeting's attendance and
minutes (narrative, resolutions, the actions raised at each item), the action log, matters arising, the action plans' RAG position, indicators, and the forward
work plan. The sections render the bundle they are given; a public pack gives them the disclosure
gate's (:func:`boardroom.report.disclose`) and checks the finished pack (see
:func:`boardroom.report.board_pack`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .._core import governance as _g
from ..errors import NotFoundError
from ..governance._common import BoardLike, DateLike, board_id, to_date

if TYPE_CHECKING:
    from .._core.io import BoardBundle
    from .._core.plans import Plan
    from .indicator_section import IndicatorBlock

__all__ = ["PackSection", "assemble_sections", "board_plans", "choose_meeting"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackSection:
    """One section of the pack: its anchor id, heading and HTML body (already escaped)."""

    id: str
    title: str
    html: str


def _meetings_of(register: _g.Register, board: int) -> list[_g.Meeting]:
    return sorted((register.meeting(i) for i in register.meetings_of(board)), key=lambda m: m.date)


def choose_meeting(register: _g.Register, board: int, meeting: Optional[DateLike]) -> _g.Meeting:
    """The meeting the pack is for: the one on ``meeting``, or else the board's next meeting
    with an agenda after its last held one."""
    meetings_by_id = _meetings_of(register, board)
    if meeting is not None:
        day = to_date(meeting, "meeting")
        for found in meetings_by_id:
            if found.date == day:
                return found
        dates = ", ".join(m.date.isoformat() for m in meetings_by_id) or "none"
        raise NotFoundError(f"{register.board(board).name} has no meeting on {day.isoformat()} (meetings: {dates})")
    with_agenda = [m for m in meetings_by_id if m.agenda and m.status != _g.MeetingStatus.HELD]
    if with_agenda:
        return with_agenda[0]
    if not meetings_by_id:
        raise NotFoundError(f"{register.board(board).name} has no meetings in this store")
    return meetings_by_id[-1]


def previous_meeting(register: _g.Register, board: int, before: _dt.date) -> Optional[_g.Meeting]:
    earlier = [m for m in _meetings_of(register, board) if m.date < before and m.status == _g.MeetingStatus.HELD]
    return max(earlier, key=lambda m: m.date) if earlier else None


def board_plans(bundle: BoardBundle, board: BoardLike) -> list[Plan]:
    """The action plans a pack of ``board`` shows: those whose ``board`` names it (its name or
    an alias, word order and punctuation ignored), and those that name no board of the register
    (no board at all, or an owner kept outside this store, such as a partner's plan brought to
    the board), which cannot be another board's. Plans of the store's other boards are left out.
    """
    register = bundle.records
    wanted = board_id(register, board)
    keys: dict[str, int] = {}
    for b in register.boards:
        for name in (b.name, *b.aliases):
            keys.setdefault(_g.board_name_key(name), b.id)
    shown = []
    for plan in bundle.plans:
        owner = keys.get(_g.board_name_key(plan.board)) if plan.board.strip() else None
        if owner is None or owner == wanted:
            shown.append(plan)
    return shown


def assemble_sections(
    bundle: BoardBundle,
    board: BoardLike,
    meeting: _g.Meeting,
    *,
    indicators: Sequence[IndicatorBlock] = (),
    progress: Optional[Progress] = None,
) -> list[PackSection]:
    """Render the sections that follow the agenda for ``meeting`` of ``board`` (each a complete
    ``<section>``); the forward work plan comes last, after the indicators. The action plans'
    dashboards are those of :func:`board_plans`: the board's own, not every plan in the store."""
    from .governance_sections import (
        render_action_log,
        render_attendance,
        render_forward_plan,
        render_matters_arising,
    )
    from .minutes_section import render_minutes
    from .plan_section import render_plan_dashboard

    register = bundle.records
    wanted = board_id(register, board)
    before = previous_meeting(register, wanted, meeting.date)
    steps: list[tuple[str, str, Callable[[], str]]] = []
    if before is not None:
        steps.append(
            (
                "previous-meeting",
                f"Attendance at the meeting of {before.date:%-d %B %Y}",
                lambda: render_attendance(register, before.id),
            )
        )
        steps.append(
            (
                "previous-minutes",
                f"Minutes of the meeting of {before.date:%-d %B %Y}",
                lambda: render_minutes(register, before.id, meeting.date),
            )
        )
    steps.append(
        ("action-log", "Action log", lambda: render_action_log(register, wanted, meeting.date))
    )
    steps.append(
        (
            "matters-arising",
            "Matters arising",
            lambda: render_matters_arising(register, wanted, meeting.date),
        )
    )
    for index, plan in enumerate(board_plans(bundle, wanted)):
        steps.append(
            (
                f"action-plan-{index + 1}",
                plan.title,
                lambda plan=plan: render_plan_dashboard(plan, meeting.date),  # type: ignore[misc]
            )
        )
    steps.append(
        (
            "forward-plan",
            "Forward work plan",
            lambda: render_forward_plan(register, wanted, as_of=meeting.date),
        )
    )
    sections = []
    for done, (anchor, title, render) in enumerate(steps, start=1):
        if progress:
            progress(done, len(steps), title)
        sections.append(PackSection(anchor, title, render()))
    return sections
