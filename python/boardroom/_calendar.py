"""A board's meetings as an iCalendar feed (.ics) that members subscribe to.

Each meeting is one event whose UID is made from the board's name and the meeting date, so a
re-export carries the same UIDs and a subscriber's calendar updates its entries (a new venue,
a cancellation) instead of adding duplicates. A cancelled meeting stays in the feed as
``STATUS:CANCELLED`` with a higher ``SEQUENCE``, which is how calendars learn to strike it out.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from typing import Any, Optional, Union

from ._core import governance as _g
from .errors import StorageError

__all__ = ["meeting_uid", "pack_file_name", "write_calendar"]

PathLike = Union[str, "os.PathLike[str]"]

# Meetings with no time printed are all-day events; a meeting with a start and no end is
# given the length boards usually sit for.
_DEFAULT_LENGTH = _dt.timedelta(hours=2)
_ZONE = "Europe/London"


def _need_icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise StorageError("writing calendars needs icalendar: pip install 'boardroom-governance[calendar]'") from None
    return icalendar


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "board"


def meeting_uid(board: str, day: _dt.date, seen: int = 0) -> str:
    """The event's UID: the board and the date, the same in every export (a second meeting of
    the board on one day gets a numbered suffix)."""
    suffix = f"-{seen + 1}" if seen else ""
    return f"{_slug(board)}-{day.isoformat()}{suffix}@boardroom"


def pack_file_name(board: str, day: _dt.date) -> str:
    """The file name the meeting's pack is linked at: ``<board>-<date>.html``."""
    return f"{_slug(board)}-{day.isoformat()}.html"


_STATUS = {
    _g.MeetingStatus.SCHEDULED: "CONFIRMED",
    _g.MeetingStatus.HELD: "CONFIRMED",
    _g.MeetingStatus.TO_BE_CONFIRMED: "TENTATIVE",
    _g.MeetingStatus.CANCELLED: "CANCELLED",
}


def calendar_bytes(register: _g.Register, *, board: Optional[int] = None, pack_url: str = "") -> bytes:
    """The meetings of ``register`` (of one board if given) as an iCalendar document."""
    icalendar = _need_icalendar()
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(_ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//boardroom//board meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    names = {b.id: b.name for b in register.boards}
    if board is not None:
        calendar.add("x-wr-calname", f"{names[board]}: meetings")
    stamp = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    meetings = sorted(
        (m for m in register.meetings if board is None or m.board_id == board),
        key=lambda m: (names.get(m.board_id, ""), m.date, m.start or _dt.time.min),
    )
    seen: dict[tuple[int, _dt.date], int] = {}
    for meeting in meetings:
        name = names.get(meeting.board_id, meeting.board)
        key = (meeting.board_id, meeting.date)
        event = icalendar.Event()
        event.add("uid", meeting_uid(name, meeting.date, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
        event.add("dtstamp", stamp)
        event.add("summary", f"{name}: meeting" + (" (cancelled)" if meeting.status == _g.MeetingStatus.CANCELLED else ""))
        if meeting.start is not None:
            start = _dt.datetime.combine(meeting.date, meeting.start, tzinfo=zone)
            end = (
                _dt.datetime.combine(meeting.date, meeting.end, tzinfo=zone)
                if meeting.end is not None and meeting.end > meeting.start
                else start + _DEFAULT_LENGTH
            )
            event.add("dtstart", start)
            event.add("dtend", end)
        else:
            event.add("dtstart", meeting.date)
            event.add("dtend", meeting.date + _dt.timedelta(days=1))
        if meeting.venue:
            event.add("location", meeting.venue)
        event.add("status", _STATUS.get(meeting.status, "CONFIRMED"))
        # A cancellation must outrank the invitation it withdraws.
        event.add("sequence", 1 if meeting.status == _g.MeetingStatus.CANCELLED else 0)
        link = pack_url + pack_file_name(name, meeting.date)
        event.add("url", link)
        event.add("description", f"Board pack: {link}\nStatus: {meeting.status.label}")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_calendar(
    register: _g.Register, out: PathLike, *, board: Optional[int] = None, pack_url: str = ""
) -> tuple[Path, int]:
    """Write the feed to ``out`` atomically; returns the path and the number of events."""
    from ._files import write_atomic_file

    data = calendar_bytes(register, board=board, pack_url=pack_url)
    target = Path(out)
    write_atomic_file(target, lambda tmp: Path(tmp).write_bytes(data))
    count = sum(1 for m in register.meetings if board is None or m.board_id == board)
    return target, count
