"""Governance sections of a board pack, as HTML fragments: attendance, the action log,
matters arising and the forward plan.

Each function returns one ``<section>`` (an ``h2`` heading and tables with ``<th scope>``),
rendered with autoescaping from the register it is given, and decides nothing about
publication: a public pack passes the register the disclosure gate
(:func:`boardroom.report.disclose`) returned, in which Part II records keep only their number
and paragraph and no one has contact details, and the finished pack is checked with
:func:`check_public`. Records of Part II business are shown with a "Part II" tag; the owners'
contact details appear (for the officers who chase actions) only where the register has them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Optional

from .._core import governance as _g
from .._core.report import check_public_text, exempt_paragraph_notice
from ._templates import render
from ..governance._common import BoardLike, DateLike, MeetingLike, board_id, meeting_id, to_date

__all__ = [
    "check_public",
    "printed_name",
    "render_action_log",
    "render_attendance",
    "render_forward_plan",
    "render_matters_arising",
    "visible_text",
]



_render = render


class _VisibleText(HTMLParser):
    """The text a reader of an HTML page can see or hover: text nodes and the title, alt,
    aria-label and href attributes; not styles, scripts or drawing data."""

    _HIDDEN = {"style", "script"}
    _READ = {"title", "alt", "aria-label", "href", "content"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        self.parts.extend(value for name, value in attrs if name in self._READ and value)
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self._hidden:
            self._hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """What :func:`check_public` reads of an HTML document: text and readable attributes, tags
    replaced by spaces, so that a number split across elements is read whole."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def check_public(fragment: str, register: _g.Register, where: str = "fragment") -> None:
    """Raise :class:`~boardroom.errors.DisclosureError` if ``fragment`` (HTML) shows contact details.

    The last step of every public output: one linear pass (``boardroom._core.report.
    check_public_text``) over the text a reader sees, for every telephone number, email address
    and private postcode recorded for anyone in ``register`` (the register before disclosure),
    however spaced, and for anything that reads as an email address or a UK telephone number.
    The error names the person or the kind of detail, not the detail.
    """
    check_public_text(visible_text(fragment), register, where)


# ---- attendance


def printed_name(person: _g.Person) -> str:
    """The person's name in a form the papers print.

    ``display_name`` joins the honorific and the given name the register holds; when those come
    from two printings (the grid's "Mrs F Craig-Wilson", the sentence's "CC Fabian
    Craig-Wilson") the join is a form no paper prints, so the printed form with that given name
    is used instead.
    """
    shown = str(person.display_name)
    if not person.honorific or shown in person.other_names:
        return shown
    for form in person.other_names:
        parsed = _g.parse_person_name(form)
        if (parsed.family_name == person.family_name and parsed.given_name == person.given_name
                and parsed.honorific and parsed.honorific != person.honorific):
            return str(form)
    return shown



@dataclass(frozen=True)
class _Attendee:
    name: str  # as minuted, with honorific: "Cllr Yvonne Gagen"
    full_name: str
    title: str
    organisation: str
    chaired: bool
    replaces: str  # substitutes: the full name of the member replaced


def render_attendance(register: _g.Register, meeting: MeetingLike, *, board: Optional[BoardLike] = None) -> str:
    """Who attended a meeting: present, apologies, substitutes ("X replaced Y for this
    meeting"), in attendance and absent, each as a table naming people, titles and
    organisations as minuted. ``meeting`` is an id, a date (with ``board`` if several boards
    met that day) or a Meeting."""
    found = register.meeting(meeting_id(register, meeting, board))
    people = {p.id: p for p in register.people}
    organisations = {o.id: o.name for o in register.organisations}
    groups: dict[str, list[_Attendee]] = {s.label: [] for s in _g.AttendanceStatus.__members__.values()}
    for record in register.attendance_at(found.id):
        person = people[record.person]
        groups[record.status.label].append(
            _Attendee(
                name=printed_name(person),
                full_name=person.full_name,
                title=record.capacity,
                organisation=organisations.get(record.organisation or person.organisation, ""),
                chaired=record.chaired,
                replaces=people[record.replaces].full_name if record.replaces else "",
            )
        )
    return _render("governance_attendance.html.j2", meeting=found, groups=groups)


# ---- actions


@dataclass(frozen=True)
class _ActionRow:
    id: int
    raised_on: _dt.date
    item: str
    text: str
    owners: str
    contacts: str
    due: Optional[_dt.date]
    due_rule: str
    status: str
    status_note: str
    days_overdue: Optional[int]
    exempt_notice: str  # for an action raised at Part II business


def _no_owner(action: _g.Action) -> str:
    """The owner cell of an action minuted without initials: what the minutes print instead
    ("Chair"), never a person guessed from it."""
    printed = action.owners_as_printed.strip()
    return f"{printed} (as minuted; no person recorded)" if printed else "no owner recorded"


def _action_rows(register: _g.Register, actions: Sequence[_g.Action], as_of: _dt.date) -> list[_ActionRow]:
    people = {p.id: p for p in register.people}
    meetings = {m.id: m for m in register.meetings}
    parts = _g.ItemParts(register)
    rows = []
    for action in actions:
        owners = [people[o] for o in action.owners]
        due = _g.due_date(register, action)
        status = action.status_on(as_of)
        changes = [c for c in action.history if c.date <= as_of]
        contacts = []
        for p in owners:
            details = [d for d in ((p.contact.email, p.contact.phone) if p.contact else ()) if d]
            if details:
                contacts.append(f"{p.full_name}: {', '.join(details)}")
        # Its own part, or its item's (agenda or minutes), as the disclosure gate takes it.
        part = parts.of_action(action)
        exempt = part is not None and part.is_exempt
        rows.append(
            _ActionRow(
                id=action.id,
                raised_on=meetings[action.raised_at].date,
                item=action.item,
                text=action.text or ("Not for publication" if exempt else ""),
                owners=", ".join(f"{printed_name(p)} ({p.derived_initials})" for p in owners) or _no_owner(action),
                contacts="; ".join(contacts),
                due=due,
                due_rule="next meeting" if action.due.kind == _g.Due.Kind.NEXT_MEETING else "",
                status=status.label,
                status_note=changes[-1].note if changes else "",
                days_overdue=(as_of - due).days if due is not None and due < as_of and status.is_outstanding else None,
                exempt_notice=exempt_paragraph_notice(part.exempt_paragraph) if part is not None and exempt else "",
            )
        )
    return rows


def _last_meeting_before(register: _g.Register, board: int, day: _dt.date) -> Optional[_dt.date]:
    minuted = {a.meeting for a in register.attendance} | {m.meeting for m in register.minutes}
    held = [
        m.date
        for m in register.meetings
        if m.board_id == board and m.date < day and (m.status == _g.MeetingStatus.HELD or m.id in minuted)
    ]
    return max(held) if held else None


def render_action_log(
    register: _g.Register,
    board: BoardLike,
    as_of: DateLike,
    since: Optional[DateLike] = None,
) -> str:
    """The board's action log on ``as_of``: overdue actions, other open actions, and actions
    completed (done or dropped) since ``since`` (by default the board's last meeting before
    ``as_of``), owners named with their initials."""
    wanted = board_id(register, board)
    day = to_date(as_of, "as_of")
    start = to_date(since, "since") if since is not None else _last_meeting_before(register, wanted, day)
    meetings = {m.id: m for m in register.meetings}
    mine = [a for a in register.actions if meetings[a.raised_at].board_id == wanted and meetings[a.raised_at].date <= day]
    overdue: list[_g.Action] = []
    open_: list[_g.Action] = []
    closed: list[_g.Action] = []
    for action in mine:
        status = action.status_on(day)
        due = _g.due_date(register, action)
        if status.is_outstanding:
            (overdue if due is not None and due < day else open_).append(action)
        else:
            changed = [c.date for c in action.history if c.date <= day]
            if changed and (start is None or changed[-1] > start):
                closed.append(action)
    # One pass for the three groups: the people, meetings and parts are looked up once.
    every = _action_rows(register, [*overdue, *open_, *closed], day)
    rows = [every[: len(overdue)], every[len(overdue) : len(overdue) + len(open_)], every[len(overdue) + len(open_) :]]
    return _render(
        "governance_action_log.html.j2",
        board=register.board(wanted),
        as_of=day,
        since=start,
        overdue=rows[0],
        open=rows[1],
        closed=rows[2],
        show_contacts=any(row.contacts for group in rows for row in group),
    )


@dataclass(frozen=True)
class _Arising:
    """One line of matters arising: an action of the last meeting, by its minute item."""

    ref: int
    item: str
    title: str
    text: str
    status: str
    exempt_notice: str


def _first_sentence(text: str, limit: int = 160) -> str:
    """The action as a reminder: whole when short, else cut at a sentence or a word before
    ``limit`` characters; the action log has the whole text."""
    cut = " ".join(text.split())
    if len(cut) <= limit:
        return cut
    for end in (". ", "; "):
        at = cut.find(end)
        if 0 < at < limit:
            return cut[: at + 1]
    return cut[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def render_matters_arising(register: _g.Register, board: BoardLike, date: DateLike) -> str:
    """Matters arising for the board's meeting on ``date``.

    What a board officer reads out under "minutes of the last meeting and matters arising": the
    actions the last meeting minuted, item by item, each in a line with its reference into the
    action log and its status now, and how many older actions are still outstanding. Owners,
    due dates and contacts are in the action log, which this list points to rather than
    repeats.
    """
    wanted = board_id(register, board)
    day = to_date(date)
    last = _last_meeting_before(register, wanted, day)
    meetings = {m.id: m for m in register.meetings}
    raised_last = [
        a for a in register.actions
        if meetings[a.raised_at].board_id == wanted and last is not None and meetings[a.raised_at].date == last
    ]
    titles = {
        (m.meeting, m.number): m.title for m in register.minutes if meetings[m.meeting].board_id == wanted
    }
    lines = []
    for row, action in zip(_action_rows(register, raised_last, day), raised_last):
        lines.append(
            _Arising(
                ref=row.id,
                item=row.item,
                title=titles.get((action.raised_at, action.item), ""),
                text=_first_sentence(row.text),
                status=("overdue" if row.days_overdue is not None else row.status),
                exempt_notice=row.exempt_notice,
            )
        )
    lines.sort(key=lambda a: (_item_order(a.item), a.ref))
    shown = {a.ref for a in lines}
    older = [i for i in _g.matters_arising(register, wanted, day) if i not in shown]
    return _render(
        "governance_matters_arising.html.j2",
        board=register.board(wanted),
        date=day,
        last=last,
        lines=lines,
        older=len(older),
    )


def _item_order(item: str) -> tuple[int, str]:
    digits = "".join(c for c in item if c.isdigit())
    return (int(digits) if digits else 10**6, item)


# ---- forward plan


def render_forward_plan(
    register: _g.Register,
    board: BoardLike,
    *,
    since: Optional[DateLike] = None,
    as_of: Optional[DateLike] = None,
) -> str:
    """The board's forward work plan: topics by meeting date (from ``since`` on, if given),
    the topics not yet scheduled, and its task-and-finish groups, flagged when still going
    on ``as_of`` (today if None) past their planned end."""
    wanted = board_id(register, board)
    start = to_date(since, "since") if since is not None else None
    entries = [e for e in register.forward_plan if e.board == wanted]
    scheduled: dict[_dt.date, list[_g.ForwardPlanEntry]] = {}
    for entry in entries:
        if entry.meeting_date is not None and (start is None or entry.meeting_date >= start):
            scheduled.setdefault(entry.meeting_date, []).append(entry)
    unscheduled = [e for e in entries if e.meeting_date is None]
    today = to_date(as_of, "as_of") if as_of is not None else _dt.date.today()
    overrunning = {o.group for o in _g.overrunning_task_groups(register, today)}
    groups = [
        {"board": b, "overrunning": b.id in overrunning}
        for b in register.boards
        if b.parent == wanted and b.kind == _g.BoardKind.TASK_AND_FINISH_GROUP
    ]
    return _render(
        "governance_forward_plan.html.j2",
        board=register.board(wanted),
        scheduled=sorted(scheduled.items()),
        unscheduled=unscheduled,
        groups=groups,
        as_of=today,
    )
