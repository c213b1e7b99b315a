"""Argument handling shared by the governance views: dates, boards and meetings by id or name."""

from __future__ import annotations

import datetime as _dt
from typing import Union

from .._core import governance as _g
from .._dates import DateLike, to_date
from ..errors import NotFoundError

__all__ = ["BoardLike", "DateLike", "MeetingLike", "board_id", "meeting_id", "to_date"]

#: A board by id, or by any name or alias it is printed under ("CPB").
BoardLike = Union[int, str]
#: A meeting by id, by date (with the board if several boards met that day), or the Meeting itself.
MeetingLike = Union[int, _dt.date, str, _g.Meeting]


def board_id(register: _g.Register, board: BoardLike) -> int:
    """The id of a board given by id or by name; :class:`~boardroom.errors.NotFoundError` if none."""
    if isinstance(board, bool):
        raise TypeError("board must be an id or a name, not a bool")
    if isinstance(board, int):
        return register.board(board).id
    found = register.find_board(board)
    if found is None:
        known = ", ".join(repr(b.name) for b in register.boards) or "none"
        raise NotFoundError(f"no board is called {board!r} (boards: {known})")
    return found


def meeting_id(register: _g.Register, meeting: MeetingLike, board: BoardLike | None = None) -> int:
    """The id of a meeting given by id, by date (and board), or as a Meeting of the register."""
    if isinstance(meeting, bool):
        raise TypeError("meeting must be an id, a date or a Meeting, not a bool")
    if isinstance(meeting, int):
        return register.meeting(meeting).id
    if isinstance(meeting, _g.Meeting):
        if meeting.id:
            return register.meeting(meeting.id).id
        meeting = meeting.date
    day = to_date(meeting, "meeting")
    if board is not None:
        found = register.find_meeting(board_id(register, board), day)
        if found is None:
            raise NotFoundError(f"{register.board(board_id(register, board)).name} has no meeting on {day.isoformat()}")
        return found
    candidates = [m for m in register.meetings if m.date == day]
    if not candidates:
        raise NotFoundError(f"no meeting on {day.isoformat()} in the register")
    if len(candidates) > 1:
        boards = ", ".join(repr(m.board) for m in candidates)
        raise NotFoundError(f"several meetings on {day.isoformat()} ({boards}): say which board")
    return candidates[0].id
