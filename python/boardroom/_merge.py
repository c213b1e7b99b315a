"""Merging incoming governance records into stored ones on their natural keys.

Records are matched by what officers call them, never by the ids of either side: a board by
its name or an alias, a person by name, a meeting by board and date, an agenda or minute item
by meeting and item number (``item_key``: "7." and "07" are item 7), attendance by meeting
and person, an action by meeting, item and its number among that item's actions, a
membership by board, person and role. A matched record takes the incoming values, except that
a blank incoming value never erases a stored one (a source that does not know a venue or an
organisation leaves it as it is, and a workbook cell left blank where the field has a default
is "not given", see ``Unstated``) and lists of observations (aliases, other names, titles,
an action's status history) gain what is new rather than losing what is stored. Each kind is
indexed once, so a merge is linear in the records.

Every comparison is made on the values as shown to people (names, ISO dates, words), so the
report reads as the records do and ids never make two equal records differ.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Optional

from ._core import governance as _g
from ._core.io import BoardBundle
from ._import_report import FieldChange, ImportReport, RecordChange

__all__ = ["GovernanceMerge", "ReadBundle", "Unstated", "person_key", "shown", "unstated_of"]

Render = Callable[[Any], str]

#: Fields a source left blank where the record's type has a default (a board's kind, a
#: meeting's status, an item's purpose): (kind, key as the report names the record,
#: field as the report names it). A blank is "not given", so a matched record keeps its value.
Unstated = frozenset[tuple[str, str, str]]


def unstated_of(bundle: object) -> Unstated:
    """The fields ``bundle``'s source left blank (a board workbook records them; other sources none)."""
    found = getattr(bundle, "unstated", None)
    return frozenset(found) if found else frozenset()


class ReadBundle(BoardBundle):
    """A bundle read from a source that can leave a field blank where its type has a default
    (a board workbook): ``unstated`` lists those fields, so that importing it keeps the stored
    values rather than writing the default over them."""

    unstated: Unstated

    @classmethod
    def of(cls, bundle: BoardBundle, unstated: Unstated) -> ReadBundle:
        out = cls()
        out.records = bundle.records
        out.data_quality_notes = bundle.data_quality_notes
        out.plans = bundle.plans
        out.risk_registers = bundle.risk_registers
        out.diagnostics = bundle.diagnostics
        out.self_assessments = bundle.self_assessments
        out.public_export = bundle.public_export
        out.unstated = unstated
        return out


def shown(value: object) -> str:
    """A field's value as a report and a comparison see it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()[:5] if isinstance(value, _dt.time) else value.isoformat()
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, (list, tuple)):
        return "; ".join(shown(v) for v in value)
    return str(value)


def person_key(given_name: str, family_name: str) -> str:
    """The natural key of a person: the name without honorific, spaces and case ignored."""
    return " ".join(f"{given_name} {family_name}".lower().split())


def _blank(value: object) -> bool:
    return value is None or value == "" or value == [] or (isinstance(value, int) and not isinstance(value, bool) and value == 0)


class _Ids:
    """Incoming id -> stored id for one kind of record, and the next free stored id."""

    def __init__(self, stored: Iterable[int]) -> None:
        self.map: dict[int, int] = {}
        self.next = max(stored, default=0) + 1

    def new(self, incoming: int) -> int:
        value = self.next
        self.next += 1
        self.map[incoming] = value
        return value

    def __call__(self, incoming: int) -> int:
        return self.map.get(incoming, 0) if incoming else 0


class GovernanceMerge:
    """Merges one incoming register into a copy of the stored one, reporting each change."""

    def __init__(self, stored: _g.Register, report: ImportReport, unstated: Unstated = frozenset()) -> None:
        self.report = report
        self.unstated = unstated
        self.organisations = stored.organisations
        self.people = stored.people
        self.boards = stored.boards
        self.reporting_lines = stored.reporting_lines
        self.memberships = stored.memberships
        self.meetings = stored.meetings
        self.attendance = stored.attendance
        self.interests = stored.interests
        self.minutes = stored.minutes
        self.approvals = stored.approvals
        self.actions = stored.actions
        self.forward_plan = stored.forward_plan
        self.org_ids = _Ids(o.id for o in self.organisations)
        self.person_ids = _Ids(p.id for p in self.people)
        self.board_ids = _Ids(b.id for b in self.boards)
        self.meeting_ids = _Ids(m.id for m in self.meetings)
        self.action_ids = _Ids(a.id for a in self.actions)
        self._org_names: dict[int, str] = {}

    # ---- names of stored records, for keys and reports

    def _org_name(self, oid: int) -> str:
        if len(self._org_names) != len(self.organisations):
            self._org_names = {o.id: o.name for o in self.organisations}
        return self._org_names.get(oid, "")

    def register(self) -> _g.Register:
        reg = _g.Register()
        reg.organisations = self.organisations
        reg.people = self.people
        reg.boards = self.boards
        reg.reporting_lines = self.reporting_lines
        reg.memberships = self.memberships
        reg.meetings = self.meetings
        reg.attendance = self.attendance
        reg.interests = self.interests
        reg.minutes = self.minutes
        reg.approvals = self.approvals
        reg.actions = self.actions
        reg.forward_plan = self.forward_plan
        reg.check_references()
        return reg

    # ---- the generic step: match, compare field by field, add or update

    def _upsert(
        self,
        kind: str,
        key: str,
        stored: Optional[Any],
        incoming: Any,
        fields: Sequence[tuple[str, Render, Callable[[Any, Any], None]]],
    ) -> Optional[Any]:
        """Reports and returns the merged record (None when unchanged).

        ``fields`` gives each field's name, how to show it (of a stored record: incoming records
        are shown after their links were mapped to stored ids) and how to copy it from the
        incoming record onto the stored one.
        """
        if stored is None:
            self.report.changes.append(RecordChange(kind, key, True))
            return incoming
        merged = copy.copy(stored)
        changes: list[FieldChange] = []
        for name, render, apply in fields:
            if (kind, key, name) in self.unstated:
                continue
            old = render(stored)
            new = render(incoming)
            if new == "" or new == old:
                continue
            apply(merged, incoming)
            after = render(merged)
            if after != old:  # a list that gained nothing new is unchanged
                changes.append(FieldChange(name, old, after))
        if not changes:
            self.report.count_unchanged(kind)
            return None
        self.report.changes.append(RecordChange(kind, key, False, tuple(changes)))
        return merged

    def _upsert_into(
        self,
        records: list[Any],
        index: dict[Any, int],
        match: Any,
        kind: str,
        key: str,
        incoming: Any,
        fields: Sequence[tuple[str, Render, Callable[[Any, Any], None]]],
    ) -> bool:
        """:meth:`_upsert` of ``incoming`` against the record of ``records`` that ``index`` gives
        for ``match``: a new record is appended (and indexed), a changed one replaced. Returns
        whether ``records`` changed."""
        at = index.get(match)
        merged = self._upsert(kind, key, None if at is None else records[at], incoming, fields)
        if at is None:
            index[match] = len(records)
            records.append(incoming)
            return True
        if merged is not None:
            records[at] = merged
            return True
        return False

    @staticmethod
    def _attr(name: str, attr: str, render: Optional[Render] = None) -> tuple[str, Render, Callable[[Any, Any], None]]:
        def show(record: Any) -> str:
            value = getattr(record, attr)
            return render(value) if render else shown(value)

        def apply(merged: Any, incoming: Any) -> None:
            setattr(merged, attr, getattr(incoming, attr))

        return name, show, apply

    @staticmethod
    def _union(name: str, attr: str, item_key: Callable[[Any], object] = lambda v: v) -> tuple[str, Render, Callable[[Any, Any], None]]:
        """A list that gains the incoming entries it lacks (compared by ``item_key``), keeping its own."""

        def show(record: Any) -> str:
            return "; ".join(shown(item_key(item)) for item in getattr(record, attr))

        def apply(merged: Any, incoming: Any) -> None:
            have = list(getattr(merged, attr))
            seen = {repr(item_key(v)) for v in have}
            have += [v for v in getattr(incoming, attr) if repr(item_key(v)) not in seen]
            setattr(merged, attr, have)

        return name, show, apply

    # ---- organisations and people

    def merge_organisations(self, incoming: Sequence[_g.Organisation]) -> None:
        index = {_g.normalise_name(o.name): i for i, o in enumerate(self.organisations)}
        for o in incoming:
            key = _g.normalise_name(o.name)
            at = index.get(key)
            fields = [self._attr("classification", "classification"), self._union("aliases", "aliases")]
            if at is None:
                new = copy.copy(o)
                new.id = self.org_ids.new(o.id)
                self._upsert("organisation", o.name, None, new, fields)
                index[key] = len(self.organisations)
                self.organisations.append(new)
                continue
            stored = self.organisations[at]
            self.org_ids.map[o.id] = stored.id
            merged = self._upsert("organisation", stored.name, stored, o, fields)
            if merged is not None:
                self.organisations[at] = merged

    def merge_people(self, incoming: Sequence[_g.Person]) -> None:
        index: dict[str, int] = {}
        for i, p in enumerate(self.people):
            index.setdefault(person_key(p.given_name, p.family_name), i)

        def org(record: _g.Person) -> str:
            return self._org_name(record.organisation)

        def titles_key(t: _g.DatedTitle) -> str:
            # A title seen again (with or without its dates) is the same title, not a new one.
            return t.title

        fields = [
            self._attr("honorific", "honorific"),
            self._attr("initials", "initials"),
            ("organisation", org, lambda m, i: setattr(m, "organisation", i.organisation)),
            self._union("other names", "other_names"),
            self._union("titles", "titles", titles_key),
        ]
        contact_fields = [self._attr("phone", "phone"), self._attr("email", "email"), self._attr("postcode", "postcode")]
        for p in incoming:
            mapped = copy.copy(p)
            mapped.organisation = self.org_ids(p.organisation)
            key = person_key(p.given_name, p.family_name)
            at = index.get(key)
            name = p.full_name
            if at is None:
                mapped.id = self.person_ids.new(p.id)
                self._upsert("person", name, None, mapped, fields)
                index[key] = len(self.people)
                self.people.append(mapped)
                continue
            stored = self.people[at]
            self.person_ids.map[p.id] = stored.id
            mapped.id = stored.id
            merged = self._upsert("person", name, stored, mapped, fields)
            target = merged if merged is not None else copy.copy(stored)
            if p.contact is not None:
                before = stored.contact
                if before is None:
                    self.report.changes.append(RecordChange("contact details", name, True))
                    target.contact = p.contact
                    merged = target
                else:
                    contact = self._upsert("contact details", name, before, p.contact, contact_fields)
                    if contact is not None:
                        target.contact = contact
                        merged = target
            if merged is not None:
                self.people[at] = merged

    # ---- boards and reporting lines

    def merge_boards(self, incoming: Sequence[_g.Board], incoming_reg: _g.Register) -> None:
        found: list[tuple[_g.Board, Optional[int]]] = []
        names: dict[str, int] = {}
        for i, b in enumerate(self.boards):
            for name in (b.name, *b.aliases):
                names.setdefault(_g.board_name_key(name), i)
        # Ids first, so that a parent named later in the incoming list maps too.
        for b in incoming:
            at = next((names[k] for k in (_g.board_name_key(n) for n in (b.name, *b.aliases)) if k in names), None)
            if at is None:
                self.board_ids.new(b.id)
            else:
                self.board_ids.map[b.id] = self.boards[at].id
            found.append((b, at))

        board_names = {x.id: x.name for x in self.boards}
        board_names.update({self.board_ids(b.id): b.name for b, at in found if at is None})

        def board_name(bid: int) -> str:
            return board_names.get(bid, "")

        def quorum(q: Optional[_g.QuorumRule]) -> str:
            return "" if q is None else repr(q)

        def standing(items: Sequence[_g.StandingItem]) -> str:
            return "; ".join(f"{s.place.label}: {s.item.title}" for s in items)

        fields = [
            self._attr("kind", "kind"),
            self._attr("remit", "remit"),
            ("parent", lambda r: board_name(r.parent), lambda m, i: setattr(m, "parent", i.parent)),
            ("host", lambda r: self._org_name(r.host), lambda m, i: setattr(m, "host", i.host)),
            self._attr("established", "established"),
            self._attr("planned end", "planned_end"),
            self._attr("ended", "ended"),
            self._attr("quorum", "quorum", quorum),
            self._attr("standing items", "standing_items", standing),
            self._union("aliases", "aliases"),
        ]
        for b, at in found:
            mapped = copy.copy(b)
            mapped.parent = self.board_ids(b.parent)
            mapped.host = self.org_ids(b.host)
            mapped.id = self.board_ids(b.id)
            if at is None:
                self._upsert("board", b.name, None, mapped, fields)
                self.boards.append(mapped)
                continue
            stored = self.boards[at]
            merged = self._upsert("board", stored.name, stored, mapped, fields)
            if merged is not None:
                self.boards[at] = merged
        have = {(line.from_, line.to) for line in self.reporting_lines}
        for line in incoming_reg.reporting_lines:
            pair = (self.board_ids(line.from_), self.board_ids(line.to))
            if pair in have:
                self.report.count_unchanged("reporting line")
                continue
            have.add(pair)
            self.reporting_lines.append(_g.ReportingLine(*pair))
            self.report.changes.append(
                RecordChange("reporting line", f"{board_name(pair[0])} reports to {board_name(pair[1])}", True)
            )

    # ---- names of stored people, boards and meetings (after their merge)

    def names(self) -> tuple[dict[int, str], dict[int, str], dict[int, tuple[int, _dt.date, str]]]:
        people = {p.id: p.full_name for p in self.people}
        boards = {b.id: b.name for b in self.boards}
        meetings = {m.id: (m.board_id, m.date, f"{boards.get(m.board_id, m.board)} {m.date.isoformat()}") for m in self.meetings}
        return people, boards, meetings
