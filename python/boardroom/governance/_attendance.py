"""Attendance as minuted, attendance rates and the attendance matrix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional

from .._core import governance as _g
from ..errors import InputError
from ._build import (
    ATTENDANCE_STATUSES,
    _boards,
    _frame,
    _meeting_filter,
    _meetings,
    _name,
    _organisations,
    _people,
    _period,
)
from ._common import BoardLike, DateLike, MeetingLike, board_id

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["attendance_frame", "attendance_matrix", "attendance_rate"]


ATTENDANCE_COLUMNS = [
    "meeting_id",
    "date",
    "board",
    "person_id",
    "name",
    "initials",
    "status",
    "capacity",
    "organisation",
    "chaired",
    "substitute_for",
    "substitute_for_id",
]


def attendance_frame(
    register: _g.Register, meeting: Optional[MeetingLike] = None, *, board: Optional[BoardLike] = None
) -> pd.DataFrame:
    """Attendance as minuted, one row per person per meeting, in the order recorded.

    ``status`` is present, apologies, absent, substitute or in attendance; a substitute's
    ``substitute_for`` names the member they replaced for that meeting. ``meeting`` is an id,
    a date (with ``board`` if several boards met that day) or a Meeting; ``board`` alone keeps
    that board's meetings.
    """
    wanted_meeting, wanted_board = _meeting_filter(register, meeting, board)
    people = _people(register)
    organisations = _organisations(register)
    meetings = _meetings(register)
    boards = _boards(register)
    order = {m.id: (m.date, m.id) for m in register.meetings}
    records = [
        a
        for a in register.attendance
        if (wanted_meeting is None or a.meeting == wanted_meeting)
        and (wanted_board is None or meetings[a.meeting].board_id == wanted_board)
    ]
    records.sort(key=lambda a: order[a.meeting])
    rows = []
    for a in records:
        person = people[a.person]
        m = meetings[a.meeting]
        rows.append(
            {
                "meeting_id": a.meeting,
                "date": m.date,
                "board": boards.get(m.board_id, m.board),
                "person_id": a.person,
                "name": person.full_name,
                "initials": person.derived_initials,
                "status": a.status.label,
                "capacity": a.capacity,
                "organisation": organisations.get(a.organisation or person.organisation),
                "chaired": a.chaired,
                "substitute_for": _name(people, a.replaces) if a.replaces else None,
                "substitute_for_id": a.replaces or None,
            }
        )
    return _frame(
        rows,
        ATTENDANCE_COLUMNS,
        ints=["meeting_id", "person_id"],
        nullable_ints=["substitute_for_id"],
        dates=["date"],
        bools=["chaired"],
        categories={"status": ATTENDANCE_STATUSES},
    )


def attendance_rate(
    register: _g.Register,
    *,
    by: Literal["member", "organisation"] = "member",
    board: Optional[BoardLike] = None,
    start: Optional[DateLike] = None,
    end: Optional[DateLike] = None,
) -> pd.DataFrame:
    """Attendance rates over the meetings held from ``start`` to ``end`` (inclusive; open if None).

    ``by="member"``: one row per person expected (recorded present, apologies or absent,
    replaced by a substitute, or a member with no record), sorted by family name:
    ``expected``, ``present``, ``apologies``, ``absent``, ``substituted`` and
    ``rate = present / expected``. Substitutes and people in attendance were not expected and
    are not counted. ``by="organisation"``: was the organisation represented?
    ``meetings_expected``, ``meetings_represented``, ``attendances`` (people in the room for
    it) and ``rate = meetings_represented / meetings_expected``, sorted by name.
    Meetings without any attendance record (not yet minuted) are left out.
    """
    first, last = _period(start, end)
    wanted = board_id(register, board) if board is not None else None
    if by == "member":
        people = _people(register)
        organisations = _organisations(register)
        rows = [
            {
                "person_id": r.person,
                "name": people[r.person].full_name,
                "organisation": organisations.get(people[r.person].organisation),
                "expected": r.expected,
                "present": r.present,
                "apologies": r.apologies,
                "absent": r.absent,
                "substituted": r.substituted,
                "rate": r.rate,
            }
            for r in _g.attendance_by_member(register, wanted, first, last)
        ]
        columns = ["person_id", "name", "organisation", "expected", "present", "apologies", "absent", "substituted", "rate"]
        frame = _frame(rows, columns, ints=columns[:1] + columns[3:8])
        frame["rate"] = frame["rate"].astype("float64")
        return frame
    if by == "organisation":
        organisations = _organisations(register)
        found = sorted(
            _g.attendance_by_organisation(register, wanted, first, last),
            key=lambda r: organisations.get(r.organisation, "").casefold(),
        )
        rows = [
            {
                "organisation_id": r.organisation,
                "organisation": organisations.get(r.organisation),
                "meetings_expected": r.meetings_expected,
                "meetings_represented": r.meetings_represented,
                "attendances": r.attendances,
                "rate": r.rate,
            }
            for r in found
        ]
        columns = ["organisation_id", "organisation", "meetings_expected", "meetings_represented", "attendances", "rate"]
        frame = _frame(rows, columns, ints=[columns[0], *columns[2:5]])
        frame["rate"] = frame["rate"].astype("float64")
        return frame
    reason = f"by must be 'member' or 'organisation', not {by!r}"
    raise InputError(f"field 'by': {reason}", field="by", reason=reason)


def attendance_matrix(
    register: _g.Register,
    *,
    board: Optional[BoardLike] = None,
    start: Optional[DateLike] = None,
    end: Optional[DateLike] = None,
) -> pd.DataFrame:
    """People expected (rows, by family name) x meetings (columns, by date): what happened.

    A cell is "present", "apologies", "absent", "substituted" (a substitute came in their
    place) or empty (not expected at that meeting). Rows are those of
    :func:`attendance_rate`; columns the meetings with attendance recorded in the period.
    """
    import pandas as pd

    first, last = _period(start, end)
    wanted = board_id(register, board) if board is not None else None
    expected = _g.attendance_by_member(register, wanted, first, last)
    people = _people(register)
    meetings = [
        m
        for m in sorted(register.meetings, key=lambda m: (m.date, m.id))
        if (wanted is None or m.board_id == wanted)
        and (first is None or m.date >= first)
        and (last is None or m.date <= last)
        and m.status != _g.MeetingStatus.CANCELLED
    ]
    by_meeting: dict[int, dict[int, str]] = {}
    for a in register.attendance:
        cells = by_meeting.setdefault(a.meeting, {})
        if a.status == _g.AttendanceStatus.SUBSTITUTE:
            if a.replaces:
                cells[a.replaces] = "substituted"
        elif a.status != _g.AttendanceStatus.IN_ATTENDANCE:
            cells.setdefault(a.person, a.status.label)
    meetings = [m for m in meetings if m.id in by_meeting]
    # Memberships grouped by board once (the list is a copy from the register each time it is read).
    by_board: dict[int, list[_g.Membership]] = {}
    for ms in register.memberships:
        by_board.setdefault(ms.board, []).append(ms)
    active = {m.id: {ms.person for ms in by_board.get(m.board_id, []) if ms.active_on(m.date)} for m in meetings}
    one_board = len({x.board_id for x in meetings}) <= 1
    labels = [m.date.isoformat() if one_board else f"{m.date.isoformat()} {m.board}" for m in meetings]
    rows = []
    for r in expected:
        row = []
        for m in meetings:
            cell = by_meeting[m.id].get(r.person)
            if cell is None and r.person in active[m.id]:
                cell = "absent"
            row.append(cell if cell is not None else "")
        rows.append(row)
    index = pd.Index([people[r.person].full_name for r in expected], name="name")
    return pd.DataFrame(rows, index=index, columns=pd.Index(labels, name="meeting"), dtype=object)
