"""The minutes of the board's previous meeting in the pack: each item's narrative, its
resolutions and the actions raised at it with their owners, plus declarations of interest.

The board approves these minutes "as a correct record" at the meeting the pack is for, so they
are printed as minuted. The section renders the register it is given: in a public pack that is
the disclosure gate's (:func:`boardroom.report.disclose`), where a Part II item keeps its number
and paragraph and nothing else, and declarations on Part II items are gone. Part II items carry
a "Part II" tag and the exempt notice either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._core import governance as _g
from .._core.report import exempt_paragraph_notice
from .governance_sections import _no_owner, _render, printed_name

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
    exempt_notice: str  # set for a Part II item
    paragraphs: list[str] = field(default_factory=list)
    resolutions: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    actions: list[_MinutedAction] = field(default_factory=list)


def render_minutes(register: _g.Register, meeting_id: int, as_of: _dt.date) -> str:
    """The minutes of meeting ``meeting_id`` as a pack section; actions show their status on
    ``as_of`` (the date of the meeting the pack is for)."""
    meeting = register.meeting(meeting_id)
    people = {p.id: p for p in register.people}
    key = _g.item_key
    raised: dict[str, list[_g.Action]] = {}
    for action in register.actions:
        if action.raised_at == meeting_id:
            raised.setdefault(key(action.item), []).append(action)
    item_parts = _g.ItemParts(register)
    items = []
    for minute in (m for m in register.minutes if m.meeting == meeting_id):
        part = item_parts.of_minute(minute)  # its own mark and its agenda item's, as the gate takes them
        entry = _MinutedItem(
            minute.number,
            minute.title,
            exempt_paragraph_notice(part.exempt_paragraph) if part is not None and part.is_exempt else "",
            list(minute.paragraphs),
        )
        for resolution in minute.resolutions:
            parts = [(_g.resolution_label(i) if len(resolution.parts) > 1 else "", text)
                     for i, text in enumerate(resolution.parts)]
            entry.resolutions.append((resolution.preamble, parts))
        for action in raised.get(key(minute.number), []):
            if not action.text:
                continue  # withheld with its Part II item
            owners = [people[o] for o in action.owners]
            due = _g.due_date(register, action)
            entry.actions.append(_MinutedAction(
                text=action.text,
                owners=", ".join(f"{printed_name(p)} ({p.derived_initials})" for p in owners) or _no_owner(action),
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
            declarations.append((printed_name(people[d.member]) if d.member in people else "", d.item,
                                 d.kind.label, d.text))
    return _render("governance_minutes.html.j2", meeting=meeting, items=items,
                   declarations=declarations, none_disclosed=none_disclosed)
