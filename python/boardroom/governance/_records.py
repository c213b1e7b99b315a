"""People, boards, memberships and the diary as DataFrames.

Contact details appear only in :func:`people_frame`, and only with ``include_private=True``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional

from .._core import governance as _g
from ._build import (
    Row,
    _boards,
    _frame,
    _latest_title,
    _name,
    _organisations,
    _people,
    _quorum_text,
)
from ._common import BoardLike, DateLike, board_id, to_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["boards_frame", "chair_changes_frame", "meetings_frame", "memberships_frame", "people_frame", "terms_ending"]


PEOPLE_COLUMNS = [
    "person_id",
    "name",
    "display_name",
    "honorific",
    "given_name",
    "family_name",
    "initials",
    "organisation",
    "title",
    "other_names",
]


def people_frame(register: _g.Register, *, include_private: bool = False) -> pd.DataFrame:
    """Everyone in the register: names, initials as ACTION BY columns use them, organisation, latest title.

    ``title`` is the most recently printed job title. Contact details (``phone``, ``email``)
    are private: they are added as columns only with ``include_private=True``.
    """
    organisations = _organisations(register)
    rows = []
    for p in register.people:
        row: Row = {
            "person_id": p.id,
            "name": p.full_name,
            "display_name": p.display_name,
            "honorific": p.honorific,
            "given_name": p.given_name,
            "family_name": p.family_name,
            "initials": p.derived_initials,
            "organisation": organisations.get(p.organisation),
            "title": _latest_title(p),
            "other_names": "; ".join(p.other_names),
        }
        if include_private:
            contact = p.contact
            row["phone"] = contact.phone if contact and contact.phone else None
            row["email"] = contact.email if contact and contact.email else None
        rows.append(row)
    columns = PEOPLE_COLUMNS + (["phone", "email"] if include_private else [])
    return _frame(rows, columns, ints=["person_id"])


BOARD_COLUMNS = [
    "board_id",
    "name",
    "kind",
    "aliases",
    "parent",
    "reports_to",
    "host",
    "remit",
    "established",
    "planned_end",
    "ended",
    "quorum",
    "standing_items",
]


def boards_frame(register: _g.Register) -> pd.DataFrame:
    """Boards, committees and task-and-finish groups, with aliases and reporting lines.

    ``parent`` is the board that set a group up; ``reports_to`` every board it reports to
    ("; "), the parent included.
    """
    names = _boards(register)
    organisations = _organisations(register)
    reports: dict[int, list[str]] = {}
    for b in register.boards:
        if b.parent:
            reports.setdefault(b.id, []).append(names[b.parent])
    for line in register.reporting_lines:
        target = names.get(line.to, str(line.to))
        if target not in reports.setdefault(line.from_, []):
            reports[line.from_].append(target)
    rows = [
        {
            "board_id": b.id,
            "name": b.name,
            "kind": b.kind.label,
            "aliases": "; ".join(b.aliases),
            "parent": names.get(b.parent),
            "reports_to": "; ".join(reports.get(b.id, [])),
            "host": organisations.get(b.host),
            "remit": b.remit,
            "established": b.established,
            "planned_end": b.planned_end,
            "ended": b.ended,
            "quorum": _quorum_text(b.quorum),
            "standing_items": "; ".join(s.item.title for s in b.standing_items),
        }
        for b in register.boards
    ]
    return _frame(rows, BOARD_COLUMNS, ints=["board_id"], dates=["established", "planned_end", "ended"])


MEMBERSHIP_COLUMNS = [
    "person_id",
    "name",
    "board_id",
    "board",
    "role",
    "on_behalf_of",
    "start",
    "end",
    "voting",
    "note",
]


def _membership_rows(register: _g.Register, memberships: Iterable[_g.Membership]) -> list[Row]:
    people = _people(register)
    boards = _boards(register)
    organisations = _organisations(register)
    return [
        {
            "person_id": ms.person,
            "name": _name(people, ms.person),
            "board_id": ms.board,
            "board": boards.get(ms.board),
            "role": ms.role.label,
            "on_behalf_of": organisations.get(ms.on_behalf_of),
            "start": ms.start,
            "end": ms.end,
            "voting": ms.is_voting,
            "note": ms.note,
        }
        for ms in memberships
    ]


def memberships_frame(
    register: _g.Register, *, board: Optional[BoardLike] = None, active_on: Optional[DateLike] = None
) -> pd.DataFrame:
    """Who sits on which board, in what role and for whom; ``start``/``end`` NaT when not known.

    ``active_on`` keeps the memberships that cover that date (unknown ends count as open).
    """
    wanted = board_id(register, board) if board is not None else None
    day = to_date(active_on, "active_on") if active_on is not None else None
    chosen = [
        ms
        for ms in register.memberships
        if (wanted is None or ms.board == wanted) and (day is None or ms.active_on(day))
    ]
    return _frame(
        _membership_rows(register, chosen),
        MEMBERSHIP_COLUMNS,
        ints=["person_id", "board_id"],
        dates=["start", "end"],
        bools=["voting"],
    )


def terms_ending(register: _g.Register, as_of: DateLike, days: int) -> pd.DataFrame:
    """Memberships whose end date falls within ``days`` days of ``as_of`` (inclusive), soonest first.

    The columns of :func:`memberships_frame` and ``days_left``.
    """
    day = to_date(as_of, "as_of")
    ending = _g.terms_ending_within(register, day, days)
    rows = _membership_rows(register, ending)
    for row, ms in zip(rows, ending):
        row["days_left"] = (ms.end - day).days if ms.end else None
    return _frame(
        rows,
        MEMBERSHIP_COLUMNS + ["days_left"],
        ints=["person_id", "board_id"],
        dates=["start", "end"],
        nullable_ints=["days_left"],
        bools=["voting"],
    )


def chair_changes_frame(register: _g.Register, board: BoardLike) -> pd.DataFrame:
    """A board's chairs handing over, in date order (``outgoing`` None where the records start)."""
    people = _people(register)
    wanted = board_id(register, board)
    rows = [
        {
            "board": register.board(wanted).name,
            "date": c.date,
            "outgoing": _name(people, c.outgoing),
            "incoming": _name(people, c.incoming),
        }
        for c in _g.chair_changes(register, wanted)
    ]
    return _frame(rows, ["board", "date", "outgoing", "incoming"], dates=["date"])


MEETING_COLUMNS = [
    "meeting_id",
    "board_id",
    "board",
    "date",
    "start",
    "end",
    "venue",
    "status",
    "agenda_items",
    "minuted",
    "in_room",
    "apologies",
]


def meetings_frame(register: _g.Register, *, board: Optional[BoardLike] = None) -> pd.DataFrame:
    """The diary: one row per meeting by date, with how many items, whether minuted, who came.

    ``start`` and ``end`` are ``datetime.time`` (None if not printed); ``in_room`` counts people
    present, substituting or in attendance; ``minuted`` is True when minutes are recorded.
    """
    wanted = board_id(register, board) if board is not None else None
    minuted = {item.meeting for item in register.minutes}
    in_room: dict[int, int] = {}
    apologies: dict[int, int] = {}
    for a in register.attendance:
        if a.in_room:
            in_room[a.meeting] = in_room.get(a.meeting, 0) + 1
        elif a.status == _g.AttendanceStatus.APOLOGIES:
            apologies[a.meeting] = apologies.get(a.meeting, 0) + 1
    names = _boards(register)
    rows = [
        {
            "meeting_id": m.id,
            "board_id": m.board_id,
            "board": names.get(m.board_id, m.board),
            "date": m.date,
            "start": m.start,
            "end": m.end,
            "venue": m.venue,
            "status": m.status.label,
            "agenda_items": len(m.agenda),
            "minuted": m.id in minuted,
            "in_room": in_room.get(m.id, 0),
            "apologies": apologies.get(m.id, 0),
        }
        for m in sorted(register.meetings, key=lambda m: (m.date, m.id))
        if wanted is None or m.board_id == wanted
    ]
    return _frame(
        rows,
        MEETING_COLUMNS,
        ints=["meeting_id", "board_id", "agenda_items", "in_room", "apologies"],
        dates=["date"],
        bools=["minuted"],
        categories={"status": [s.label for s in _g.MeetingStatus.__members__.values()]},
    )
