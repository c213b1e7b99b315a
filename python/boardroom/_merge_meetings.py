"""Merging what happens at meetings: memberships, meetings and their agendas, attendance,
declarations, minutes, approvals, actions and the forward plan (see _merge.py for the rules)."""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Sequence
from typing import Any, Optional

from ._core import governance as _g
from ._import_report import RecordChange
from ._merge import GovernanceMerge, shown

__all__ = ["action_numbers", "merge_meeting_records"]


def _resolutions(items: Sequence[_g.Resolution]) -> str:
    return "\n".join(f"{r.preamble} " + " ".join(r.parts) for r in items)


def _declarations(items: Sequence[_g.DeclarationOfInterest], people: dict[int, str]) -> str:
    return "\n".join(f"{people.get(d.member, '')} ({d.kind.label}, item {d.item or '-'}): {d.text}" for d in items)


def _history(action: _g.Action) -> str:
    return "\n".join(f"{c.date.isoformat()} {c.status.label}" + (f": {c.note}" if c.note else "") for c in action.history)


def _history_key(change: _g.StatusChange) -> tuple[str, str, str]:
    return (change.date.isoformat(), change.status.label, change.note)


def action_numbers(actions: Sequence[_g.Action]) -> list[int]:
    """Each action's number among the actions raised at the same meeting and item, from 1:
    with the meeting and the item, the action's natural key (its reference in the workbook)."""
    seen: dict[tuple[int, str], int] = {}
    numbers = []
    for a in actions:
        key = (a.raised_at, _g.item_key(a.item))
        seen[key] = seen.get(key, 0) + 1
        numbers.append(seen[key])
    return numbers


def merge_meeting_records(m: GovernanceMerge, incoming: _g.Register) -> None:
    """Everything after people and boards, in the order their references need."""
    people, boards, _ = m.names()
    _memberships(m, incoming.memberships, people, boards)
    _meetings(m, incoming.meetings, boards)
    _, _, meetings = m.names()
    _attendance(m, incoming.attendance, people, meetings)
    _interests(m, incoming.interests, meetings)
    _minutes(m, incoming.minutes, meetings)
    _approvals(m, incoming.approvals, meetings)
    _actions(m, incoming.actions, people, meetings)
    _forward_plan(m, incoming.forward_plan, boards)


def _memberships(m: GovernanceMerge, incoming: Sequence[_g.Membership], people: dict[int, str], boards: dict[int, str]) -> None:
    index = {(x.board, x.person, x.role.label): i for i, x in enumerate(m.memberships)}
    fields = [
        ("on behalf of", lambda r: m._org_name(r.on_behalf_of), lambda a, b: setattr(a, "on_behalf_of", b.on_behalf_of)),
        m._attr("start", "start"),
        m._attr("end", "end"),
        m._attr("voting", "voting"),
        m._attr("note", "note"),
    ]
    for x in incoming:
        mapped = copy.copy(x)
        mapped.board, mapped.person = m.board_ids(x.board), m.person_ids(x.person)
        mapped.on_behalf_of = m.org_ids(x.on_behalf_of)
        key = (mapped.board, mapped.person, x.role.label)
        name = f"{people.get(mapped.person, '')} ({x.role.label}, {boards.get(mapped.board, '')})"
        m._upsert_into(m.memberships, index, key, "membership", name, mapped, fields)


def _agenda_fields(m: GovernanceMerge) -> list[Any]:
    def pages(p: Optional[_g.PageRange]) -> str:
        return "" if p is None else f"{p.first}-{p.last}"

    def urgent(reason: Optional[str]) -> str:
        return reason or ""

    return [
        m._attr("number", "number"),
        m._attr("title", "title"),
        m._attr("purpose", "purpose"),
        m._attr("intended outcome", "intended_outcome"),
        m._attr("leads", "leads"),
        m._attr("pages", "pages", pages),
        m._attr("part", "part"),
        m._attr("paragraph", "exempt_paragraph"),
        m._attr("standing", "standing"),
        m._attr("urgent reason", "urgent_reason", urgent),
    ]


def _merge_agenda(m: GovernanceMerge, stored: list[_g.AgendaItem], incoming: Sequence[_g.AgendaItem], where: str) -> bool:
    index = {_g.item_key(item.number): i for i, item in enumerate(stored)}
    fields = _agenda_fields(m)
    changed = False
    for item in incoming:
        if m._upsert_into(stored, index, _g.item_key(item.number), "agenda item", f"{where} item {item.number}", item,
                          fields):
            changed = True
    return changed


def _meetings(m: GovernanceMerge, incoming: Sequence[_g.Meeting], boards: dict[int, str]) -> None:
    index = {(x.board_id, x.date): i for i, x in enumerate(m.meetings)}
    # The board's name as printed on the papers (Meeting.board) is what a loader saw, not a
    # field anyone edits: the board itself is matched, and the stored wording is kept.
    fields = [
        m._attr("start", "start"),
        m._attr("end", "end"),
        m._attr("venue", "venue"),
        m._attr("status", "status"),
    ]
    for x in incoming:
        board = m.board_ids(x.board_id)
        where = f"{boards.get(board, x.board)} {x.date.isoformat()}"
        key = (board, x.date)
        at = index.get(key)
        mapped = copy.copy(x)
        mapped.board_id = board
        if at is None:
            mapped.id = m.meeting_ids.new(x.id)
            agenda = mapped.agenda
            mapped.agenda = []
            m._upsert("meeting", where, None, mapped, fields)
            for item in agenda:
                m.report.changes.append(RecordChange("agenda item", f"{where} item {item.number}", True))
            mapped.agenda = agenda
            index[key] = len(m.meetings)
            m.meetings.append(mapped)
            continue
        stored = m.meetings[at]
        m.meeting_ids.map[x.id] = stored.id
        mapped.id = stored.id
        merged = m._upsert("meeting", where, stored, mapped, fields)
        target = merged if merged is not None else copy.copy(stored)
        agenda = target.agenda
        if _merge_agenda(m, agenda, x.agenda, where):
            target.agenda = agenda
            merged = target
        if merged is not None:
            m.meetings[at] = merged


def _attendance(
    m: GovernanceMerge, incoming: Sequence[_g.Attendance], people: dict[int, str], meetings: dict[int, tuple[int, _dt.date, str]]
) -> None:
    people = {p.id: p.full_name for p in m.people}
    index = {(x.meeting, x.person): i for i, x in enumerate(m.attendance)}
    fields = [
        m._attr("status", "status"),
        ("replaces", lambda r: people.get(r.replaces, ""), lambda a, b: setattr(a, "replaces", b.replaces)),
        m._attr("capacity", "capacity"),
        ("organisation", lambda r: m._org_name(r.organisation), lambda a, b: setattr(a, "organisation", b.organisation)),
        m._attr("chaired", "chaired"),
    ]
    for x in incoming:
        mapped = copy.copy(x)
        mapped.meeting, mapped.person = m.meeting_ids(x.meeting), m.person_ids(x.person)
        mapped.replaces, mapped.organisation = m.person_ids(x.replaces), m.org_ids(x.organisation)
        key = (mapped.meeting, mapped.person)
        name = f"{meetings[mapped.meeting][2]} {people.get(mapped.person, '')}"
        m._upsert_into(m.attendance, index, key, "attendance", name, mapped, fields)


def _interests(m: GovernanceMerge, incoming: Sequence[_g.InterestsRecord], meetings: dict[int, tuple[int, _dt.date, str]]) -> None:
    people = {p.id: p.full_name for p in m.people}
    index = {x.meeting: i for i, x in enumerate(m.interests)}
    for x in incoming:
        mapped = copy.copy(x)
        mapped.meeting = m.meeting_ids(x.meeting)
        declarations = []
        for d in x.declarations:
            d2 = copy.copy(d)
            d2.member = m.person_ids(d.member)
            declarations.append(d2)
        mapped.declarations = declarations
        fields = [
            m._attr("none disclosed", "none_disclosed"),
            m._attr("as minuted", "as_minuted"),
            m._attr("declarations", "declarations", lambda ds: _declarations(ds, people)),
        ]
        m._upsert_into(m.interests, index, mapped.meeting, "interests", meetings[mapped.meeting][2], mapped, fields)


def _minutes(m: GovernanceMerge, incoming: Sequence[_g.MinuteItem], meetings: dict[int, tuple[int, _dt.date, str]]) -> None:
    index = {(x.meeting, _g.item_key(x.number)): i for i, x in enumerate(m.minutes)}
    fields = [
        m._attr("number", "number"),
        m._attr("title", "title"),
        m._attr("text", "paragraphs", lambda ps: "\n".join(ps)),
        m._attr("resolutions", "resolutions", _resolutions),
        m._attr("part", "part"),
        m._attr("paragraph", "exempt_paragraph"),
    ]
    for x in incoming:
        mapped = copy.copy(x)
        mapped.meeting = m.meeting_ids(x.meeting)
        key = (mapped.meeting, _g.item_key(x.number))
        name = f"{meetings[mapped.meeting][2]} item {x.number}"
        m._upsert_into(m.minutes, index, key, "minute", name, mapped, fields)


def _approvals(m: GovernanceMerge, incoming: Sequence[_g.MinutesApproval], meetings: dict[int, tuple[int, _dt.date, str]]) -> None:
    index = {(x.at, _g.item_key(x.item), x.minutes_of): i for i, x in enumerate(m.approvals)}
    fields = [m._attr("as correct record", "as_correct_record"), m._attr("as minuted", "as_minuted")]
    for x in incoming:
        mapped = copy.copy(x)
        mapped.at, mapped.minutes_of_meeting = m.meeting_ids(x.at), m.meeting_ids(x.minutes_of_meeting)
        key = (mapped.at, _g.item_key(x.item), x.minutes_of)
        name = f"{meetings[mapped.at][2]} item {x.item} (minutes of {x.minutes_of.isoformat()})"
        m._upsert_into(m.approvals, index, key, "minutes approval", name, mapped, fields)


def _actions(
    m: GovernanceMerge, incoming: Sequence[_g.Action], people: dict[int, str], meetings: dict[int, tuple[int, _dt.date, str]]
) -> None:
    people = {p.id: p.full_name for p in m.people}
    index = {
        (a.raised_at, _g.item_key(a.item), n): i for i, (a, n) in enumerate(zip(m.actions, action_numbers(m.actions)))
    }

    def due(d: _g.Due) -> str:
        return d.date.isoformat() if d.date is not None else d.kind.label

    def apply_history(merged: _g.Action, new: _g.Action) -> None:
        have = list(merged.history)
        seen = {_history_key(c) for c in have}
        have += [c for c in new.history if _history_key(c) not in seen]
        have.sort(key=lambda c: c.date)  # stable: changes on one day keep their order
        merged.history = have

    def history_shown(action: _g.Action) -> str:
        return _history(action)

    fields = [
        m._attr("text", "text"),
        m._attr("owners", "owners", lambda ids: "; ".join(people.get(i, "") for i in ids)),
        m._attr("owners as printed", "owners_as_printed"),
        m._attr("due", "due", due),
        m._attr("part", "part"),
        m._attr("paragraph", "exempt_paragraph"),
        ("status history", history_shown, apply_history),
    ]
    for x, n in zip(incoming, action_numbers(incoming)):
        mapped = copy.copy(x)
        mapped.raised_at = m.meeting_ids(x.raised_at)
        mapped.owners = [m.person_ids(o) for o in x.owners]
        key = (mapped.raised_at, _g.item_key(x.item), n)
        at = index.get(key)
        name = f"{meetings[mapped.raised_at][2]} item {x.item} action {n}"
        if at is None:
            mapped.id = m.action_ids.new(x.id)
            m._upsert("action", name, None, mapped, fields)
            index[key] = len(m.actions)
            m.actions.append(mapped)
            continue
        stored = m.actions[at]
        mapped.id = stored.id
        # History is a log: an incoming change not yet stored is added, never one removed.
        if all(_history_key(c) in {_history_key(s) for s in stored.history} for c in x.history):
            mapped.history = []
        merged = m._upsert("action", name, stored, mapped, fields)
        if merged is not None:
            m.actions[at] = merged


def _forward_plan(m: GovernanceMerge, incoming: Sequence[_g.ForwardPlanEntry], boards: dict[int, str]) -> None:
    def key_of(x: _g.ForwardPlanEntry, board: int) -> tuple[int, str, str]:
        return (board, shown(x.meeting_date), " ".join(x.topic.lower().split()))

    index = {key_of(x, x.board): i for i, x in enumerate(m.forward_plan)}
    fields = [
        m._attr("lead officers", "lead_officers"),
        m._attr("notes", "notes"),
        m._attr("part", "part"),
        m._attr("paragraph", "exempt_paragraph"),
    ]
    for x in incoming:
        mapped = copy.copy(x)
        mapped.board = m.board_ids(x.board)
        key = key_of(x, mapped.board)
        when = shown(x.meeting_date) or "not yet scheduled"
        name = f"{boards.get(mapped.board, '')} {when}: {x.topic}"
        m._upsert_into(m.forward_plan, index, key, "forward plan topic", name, mapped, fields)
