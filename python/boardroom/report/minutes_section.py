"""The minutes of the board's previous meeting in the pack: each item's narrative, its
resolutions and the actions raised at it with their owners, plus declarations of interest.

The board approves these minutes "as a correct record" at the meeting the pack is for, so they
are printed as minuted. In a public pack a Part II item keeps its number and title with the
exempt paragraph; its narrative, resolutions and actions are left out, and the fragment is
checked for contact details like every governance section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._core import governance as _g
from .governance_sections import _render

if TYPE_CHECKING:
    import datetime as _dt

__all__ = ["render_minutes"]


@dataclass
class _MinutedAction:
    text: str
    owners: str
    due: str
    status: str


@dataclass
class _MinutedItem:
    number: str
    title: str
    exempt_paragraph: int | None  # set only when withheld from a public pack
    paragraphs: list[str] = field(default_factory=list)
    resolutions: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    actions: list[_MinutedAction] = field(default_factory=list)


def render_minutes(register: _g.Register, meeting_id: int, as_of: _dt.date, *, public: bool = False) -> str:
    """The minutes of meeting ``meeting_id`` as a pack section; actions show their status on
    ``as_of`` (the date of the meeting the pack is for)."""
    meeting = register.meeting(meeting_id)
    people = {p.id: p for p in register.people}
    exempt = {item.number: item.exempt_paragraph for item in meeting.agenda if item.is_exempt}
    items = []
    for minute in (m for m in register.minutes if m.meeting == meeting_id):
        if public and minute.number in exempt:
            items.append(_MinutedItem(minute.number, minute.title, int(exempt[minute.number] or 0)))
            continue
        entry = _MinutedItem(minute.number, minute.title, None, list(minute.paragraphs))
        for resolution in minute.resolutions:
            parts = [(_g.resolution_label(i) if len(resolution.parts) > 1 else "", text)
                     for i, text in enumerate(resolution.parts)]
            entry.resolutions.append((resolution.preamble, parts))
        for action in (a for a in register.actions if a.raised_at == meeting_id and a.item == minute.number):
            owners = [people[o] for o in action.owners]
            due = _g.due_date(register, action)
            entry.actions.append(_MinutedAction(
                text=action.text,
                owners=", ".join(f"{p.display_name} ({p.derived_initials})" for p in owners) or "no owner recorded",
                due=("next meeting, " if action.due.kind == _g.Due.Kind.NEXT_MEETING else "")
                + (f"{due.day} {due:%B %Y}" if due is not None else "not set"),
                status=action.status_on(as_of).label,
            ))
        items.append(entry)
    declarations = []
    none_disclosed = False
    for record in (r for r in register.interests if r.meeting == meeting_id):
        none_disclosed = none_disclosed or record.none_disclosed
        for d in record.declarations:
            if public and d.item in exempt:
                continue
            declarations.append((people[d.member].display_name if d.member in people else "", d.item,
                                 d.kind.label, d.text))
    return _render("governance_minutes.html.j2", register, public, meeting=meeting, items=items,
                   declarations=declarations, none_disclosed=none_disclosed)
