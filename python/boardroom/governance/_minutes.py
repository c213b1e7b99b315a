"""Declarations of interest, resolutions, minutes, data-quality notes and reporting lines."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional, Union

from .._core import governance as _g
from ._build import (
    _frame,
    _meeting_filter,
    _meetings,
    _name,
    _people,
)
from ._common import BoardLike, MeetingLike, board_id
from ._load import BoardFolder

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["declarations_frame", "minutes_frame", "notes_frame", "reporting_tree", "resolutions_frame"]


def _minuted_meetings(
    register: _g.Register, meeting: Optional[MeetingLike], board: Optional[BoardLike]
) -> tuple[Optional[int], Optional[int], dict[int, _g.Meeting]]:
    wanted_meeting, wanted_board = _meeting_filter(register, meeting, board)
    return wanted_meeting, wanted_board, _meetings(register)


def _keep(m: _g.Meeting, wanted_meeting: Optional[int], wanted_board: Optional[int]) -> bool:
    return (wanted_meeting is None or m.id == wanted_meeting) and (wanted_board is None or m.board_id == wanted_board)


DECLARATION_COLUMNS = [
    "meeting_id",
    "date",
    "board",
    "none_disclosed",
    "as_minuted",
    "member_id",
    "member",
    "item",
    "kind",
    "text",
]


def declarations_frame(
    register: _g.Register, meeting: Optional[MeetingLike] = None, *, board: Optional[BoardLike] = None
) -> pd.DataFrame:
    """Declarations of interest, one row per declaration.

    A meeting whose minutes say "None were disclosed" has one row with ``none_disclosed``
    True and no member; a meeting with no record of interests has no row at all (not
    recorded is not the same as none disclosed).
    """
    wanted_meeting, wanted_board, meetings = _minuted_meetings(register, meeting, board)
    people = _people(register)
    rows = []
    for record in sorted(register.interests, key=lambda r: (meetings[r.meeting].date, r.meeting)):
        m = meetings[record.meeting]
        if not _keep(m, wanted_meeting, wanted_board):
            continue
        base = {
            "meeting_id": m.id,
            "date": m.date,
            "board": m.board,
            "none_disclosed": record.none_disclosed,
            "as_minuted": record.as_minuted,
        }
        if not record.declarations:
            rows.append({**base, "member_id": None, "member": None, "item": None, "kind": None, "text": None})
        for d in record.declarations:
            rows.append(
                {
                    **base,
                    "member_id": d.member,
                    "member": _name(people, d.member),
                    "item": d.item or None,
                    "kind": d.kind.label,
                    "text": d.text,
                }
            )
    return _frame(
        rows,
        DECLARATION_COLUMNS,
        ints=["meeting_id"],
        nullable_ints=["member_id"],
        dates=["date"],
        bools=["none_disclosed"],
        categories={"kind": [k.label for k in _g.InterestKind.__members__.values()]},
    )


RESOLUTION_COLUMNS = ["meeting_id", "date", "board", "item", "item_title", "preamble", "label", "text"]


def resolutions_frame(
    register: _g.Register, meeting: Optional[MeetingLike] = None, *, board: Optional[BoardLike] = None
) -> pd.DataFrame:
    """Resolutions, one row per part: "Resolved that; (i) ... (ii) ..." gives two rows labelled (i), (ii)."""
    wanted_meeting, wanted_board, meetings = _minuted_meetings(register, meeting, board)
    rows = []
    for minute in register.minutes:
        m = meetings[minute.meeting]
        if not _keep(m, wanted_meeting, wanted_board):
            continue
        for resolution in minute.resolutions:
            for index, part in enumerate(resolution.parts):
                rows.append(
                    {
                        "meeting_id": m.id,
                        "date": m.date,
                        "board": m.board,
                        "item": minute.number,
                        "item_title": minute.title,
                        "preamble": resolution.preamble,
                        "label": _g.resolution_label(index),
                        "text": part,
                    }
                )
    return _frame(rows, RESOLUTION_COLUMNS, ints=["meeting_id"], dates=["date"])


MINUTES_COLUMNS = ["meeting_id", "date", "board", "item", "title", "text", "resolutions", "actions"]


def minutes_frame(
    register: _g.Register, meeting: Optional[MeetingLike] = None, *, board: Optional[BoardLike] = None
) -> pd.DataFrame:
    """The minutes, one row per item: the narrative (paragraphs separated by a blank line), and
    how many resolutions and actions the item has."""
    wanted_meeting, wanted_board, meetings = _minuted_meetings(register, meeting, board)
    actions: dict[tuple[int, str], int] = {}
    for a in register.actions:
        actions[(a.raised_at, a.item)] = actions.get((a.raised_at, a.item), 0) + 1
    rows = [
        {
            "meeting_id": minute.meeting,
            "date": meetings[minute.meeting].date,
            "board": meetings[minute.meeting].board,
            "item": minute.number,
            "title": minute.title,
            "text": "\n\n".join(minute.paragraphs),
            "resolutions": len(minute.resolutions),
            "actions": actions.get((minute.meeting, minute.number), 0),
        }
        for minute in register.minutes
        if _keep(meetings[minute.meeting], wanted_meeting, wanted_board)
    ]
    return _frame(rows, MINUTES_COLUMNS, ints=["meeting_id", "resolutions", "actions"], dates=["date"])



# ---- data quality and reporting lines


def notes_frame(notes: Union[BoardFolder, Iterable[_g.DataQualityNote]]) -> pd.DataFrame:
    """Data-quality notes: ``file``, ``line`` (NA when the note is about the whole file), ``message``."""
    found = notes.notes if isinstance(notes, BoardFolder) else list(notes)
    rows = [{"file": n.file, "line": n.line or None, "message": n.message} for n in found]
    return _frame(rows, ["file", "line", "message"], nullable_ints=["line"])


def reporting_tree(register: _g.Register, root: Optional[BoardLike] = None) -> str:
    """The reporting lines as indented text, two spaces a level.

    With ``root``, the boards reporting (directly or not) to it; without, a tree for every
    board that reports to no one, largest first.
    """
    if root is not None:
        return _g.format_reporting_tree(_g.reporting_tree(register, board_id(register, root)))
    forest = _g.reporting_forest(register)

    def size(node: _g.ReportingNode) -> int:
        return 1 + sum(size(child) for child in node.reports_from)

    forest.sort(key=lambda node: -size(node))
    return "".join(_g.format_reporting_tree(node) for node in forest)
