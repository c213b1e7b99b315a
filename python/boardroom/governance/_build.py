"""Building the governance DataFrames: one place for column types and lookups.

Every view is a new DataFrame with a RangeIndex; ids are ``int64`` columns (``Int64`` where
there may be none), dates ``datetime64[ns]`` (``NaT`` where not known), statuses categorical
with every possible value as a category (so ``value_counts`` shows the zeros), text as text.
People are named in full ("Sarah Ashcroft").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Optional

from .._core import governance as _g
from ..errors import InputError
from ._common import BoardLike, DateLike, MeetingLike, board_id, meeting_id, to_date

if TYPE_CHECKING:
    import pandas as pd

#: The attendance statuses, in the order minutes list them.
ATTENDANCE_STATUSES = [s.label for s in _g.AttendanceStatus.__members__.values()]
#: The action statuses; the first two are outstanding.
ACTION_STATUSES = [s.label for s in _g.ActionStatus.__members__.values()]

Row = dict[str, Any]


def _frame(
    rows: Sequence[Row],
    columns: Sequence[str],
    *,
    dates: Iterable[str] = (),
    ints: Iterable[str] = (),
    nullable_ints: Iterable[str] = (),
    bools: Iterable[str] = (),
    categories: Optional[dict[str, Sequence[str]]] = None,
) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(columns))
    for column in dates:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    for column in ints:
        frame[column] = frame[column].astype("int64")
    for column in nullable_ints:
        frame[column] = frame[column].astype("Int64")
    for column in bools:
        frame[column] = frame[column].astype(bool)
    for column, values in (categories or {}).items():
        frame[column] = pd.Categorical(frame[column], categories=list(values))
    return frame


def _people(register: _g.Register) -> dict[int, _g.Person]:
    return {p.id: p for p in register.people}


def _organisations(register: _g.Register) -> dict[int, str]:
    return {o.id: o.name for o in register.organisations}


def _boards(register: _g.Register) -> dict[int, str]:
    return {b.id: b.name for b in register.boards}


def _name(people: dict[int, _g.Person], person: int) -> Optional[str]:
    found = people.get(person)
    return found.full_name if found is not None else None


def _latest_title(person: _g.Person) -> Optional[str]:
    if not person.titles:
        return None
    dated = sorted(person.titles, key=lambda t: t.seen_on or t.to or t.from_ or _dt.date.min)
    return dated[-1].title


def _meeting_filter(
    register: _g.Register, meeting: Optional[MeetingLike], board: Optional[BoardLike]
) -> tuple[Optional[int], Optional[int]]:
    wanted_board = board_id(register, board) if board is not None else None
    wanted_meeting = meeting_id(register, meeting, board) if meeting is not None else None
    return wanted_meeting, wanted_board


def _meetings(register: _g.Register) -> dict[int, _g.Meeting]:
    return {m.id: m for m in register.meetings}


def _quorum_text(rule: Optional[_g.QuorumRule]) -> Optional[str]:
    if rule is None:
        return None
    if rule.kind == _g.QuorumRule.Kind.COUNT:
        return f"at least {rule.count} voting members"
    text = f"{rule.numerator}/{rule.denominator} of voting members"
    return f"{text}, at least {rule.minimum}" if rule.minimum else text


def _period(start: Optional[DateLike], end: Optional[DateLike]) -> tuple[Optional[_dt.date], Optional[_dt.date]]:
    first = to_date(start, "start") if start is not None else None
    last = to_date(end, "end") if end is not None else None
    if first is not None and last is not None and last < first:
        reason = f"the period ends ({last.isoformat()}) before it starts ({first.isoformat()})"
        raise InputError(f"field 'end': {reason}", field="end", reason=reason)
    return first, last
