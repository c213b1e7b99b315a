"""Reading a board workbook into a BoardBundle, sheet by sheet, in the order the records
refer to each other: boards and people first, then meetings, then what happened at them."""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Optional

from .._core import governance as _g
from .._core import plans as _p
from .._core.io import BoardBundle
from .._merge import ReadBundle, person_key, shown
from ._cells import SheetReader, open_workbook
from ._schema import SCHEMES, SHEETS, VOCABULARIES

__all__ = ["read_workbook"]

_SHEETS = {s.name: s for s in SHEETS}


class _Reader:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.file = os.fspath(path)
        self.book = open_workbook(path)
        self.reg = _g.Register()
        self.people: dict[str, int] = {}
        self.meetings: dict[tuple[int, _dt.date], _g.Meeting] = {}
        self.meeting_ids: dict[tuple[int, _dt.date], int] = {}
        # Cells left blank where the field has a default: the default makes a new record, but
        # a blank is "not given" for a record the store already holds (see _merge.Unstated).
        self.unstated: set[tuple[str, str, str]] = set()

    def blank(self, rows: SheetReader, column: str, kind: str, key: str, *fields: str) -> None:
        if not rows.text(column):
            self.unstated.update((kind, key, field) for field in fields)

    def sheet(self, name: str) -> SheetReader:
        return SheetReader(self.file, self.book, _SHEETS[name])

    # ---- lookups that name what is missing

    def board(self, rows: SheetReader, column: str = "Board", required: bool = True) -> int:
        name = rows.text(column)
        if not name and not required:
            return 0
        found = self.reg.find_board(name)
        if found is None:
            raise rows.error(f"no board '{name}' on sheet Boards")
        return found

    def person(self, rows: SheetReader, column: str, text: Optional[str] = None) -> int:
        name = rows.text(column) if text is None else text
        if not name:
            return 0
        try:
            printed = _g.parse_person_name(name)
        except ValueError:
            raise rows.error(f"'{name}' is not a name") from None
        found = self.people.get(person_key(printed.given_name, printed.family_name))
        if found is None:
            found = self.people.get(person_key("", name))
        if found is None:
            raise rows.error(f"no person '{name}' on sheet People")
        return found

    def organisation(self, rows: SheetReader, column: str) -> int:
        name = rows.text(column)
        return self.reg.find_or_add_organisation(name) if name else 0

    def meeting(self, rows: SheetReader, board: int, date: Optional[_dt.date]) -> int:
        assert date is not None  # a required column
        found = self.meeting_ids.get((board, date))
        if found is None:
            rows.column = "Date"
            raise rows.error(f"no meeting of {self.reg.board(board).name} on {date.isoformat()} on sheet Meetings")
        return found

    def part(self, rows: SheetReader) -> tuple[Optional[_g.AgendaPart], int]:
        part = rows.choice("Part", VOCABULARIES["part"])
        paragraph = rows.integer("Paragraph", 1, 7) or 0
        if paragraph and part != "II":
            raise rows.error(f"a paragraph of Schedule 12A is given ({paragraph}) but Part is not II")
        return (None if part is None else _g.AgendaPart.EXEMPT if part == "II" else _g.AgendaPart.PUBLIC), paragraph

    # ---- the sheets

    def boards(self) -> None:
        rows = self.sheet("Boards")
        parents: list[tuple[int, int, str]] = []
        for _ in rows:
            kind = rows.parsed("Kind", _g.BoardKind.parse, "a kind of board") or _g.BoardKind.BOARD
            self.blank(rows, "Kind", "board", rows.text("Board"), "kind")
            board = _g.Board(rows.text("Board"), kind=kind, aliases=rows.items("Aliases"), remit=rows.multiline("Remit"),
                             planned_end=rows.date("Planned end"))
            board.established = rows.date("Established")
            board.ended = rows.date("Ended")
            board.host = self.organisation(rows, "Host organisation")
            rows.column = "Board"
            try:
                bid = self.reg.add_board(board)
            except ValueError as exc:
                raise rows.error(str(exc)) from None
            parents.append((bid, rows.row, rows.text("Parent board")))
        for bid, row, parent in parents:
            if not parent:
                continue
            rows.row, rows.column = row, "Parent board"
            found = self.reg.find_board(parent)
            if found is None:
                raise rows.error(f"no board '{parent}' on sheet Boards")
            board = self.reg.board(bid)
            board.parent = found
            try:
                self.reg.update_board(board)
            except ValueError as exc:
                raise rows.error(str(exc)) from None

    def people_sheet(self) -> None:
        rows = self.sheet("People")
        for _ in rows:
            person = _g.Person(rows.text("Given name"), rows.text("Family name"), honorific=rows.text("Honorific"),
                               initials=rows.text("Initials"), organisation=self.organisation(rows, "Organisation"))
            person.other_names = rows.items("Other names")
            title = rows.text("Job title")
            if title:
                person.titles = [_g.DatedTitle(title)]
            key = person_key(person.given_name, person.family_name)
            if key in self.people:
                rows.column = "Family name"
                raise rows.error(f"{person.full_name} is on the sheet twice")
            self.people[key] = self.reg.add_person(person)
        rows = self.sheet("Contacts")
        for _ in rows:
            pid = self.person(rows, "Person")
            person = self.reg.person(pid)
            person.contact = _g.ContactDetails(phone=rows.text("Phone"), email=rows.text("Email"), postcode=rows.text("Postcode"))
            self.reg.update_person(person)

    def memberships(self) -> None:
        rows = self.sheet("Memberships")
        for _ in rows:
            role = rows.parsed("Role", _g.Role.parse, "a role")
            self.reg.add_membership(
                _g.Membership(self.person(rows, "Person"), self.board(rows), role=role,
                              on_behalf_of=self.organisation(rows, "On behalf of"), start=rows.date("Start"),
                              end=rows.date("End"), voting=rows.yes_no("Voting"), note=rows.text("Note"))
            )

    def meetings_sheet(self) -> None:
        rows = meetings_rows = self.sheet("Meetings")
        at_row: dict[tuple[int, _dt.date], int] = {}
        for _ in rows:
            bid = self.board(rows)
            m = _g.Meeting()
            m.board_id = bid
            m.board = self.reg.board(bid).name
            date = rows.date("Date")
            assert date is not None
            m.date = date
            m.start, m.end = rows.time("Start"), rows.time("End")
            m.venue = rows.text("Venue")
            m.status = rows.parsed("Status", _g.MeetingStatus.parse, "a meeting status") or _g.MeetingStatus.SCHEDULED
            self.blank(rows, "Status", "meeting", f"{m.board} {date.isoformat()}", "status")
            if (bid, date) in self.meetings:
                raise rows.error(f"a second meeting of {m.board} on {date.isoformat()}")
            self.meetings[(bid, date)] = m
            at_row[(bid, date)] = rows.row
        agenda: dict[tuple[int, _dt.date], list[_g.AgendaItem]] = {}
        rows = self.sheet("Agenda")
        for _ in rows:
            key = (self.board(rows), rows.date("Date"))
            if key not in self.meetings:
                rows.column = "Date"
                raise rows.error(f"no meeting of {rows.text('Board')} on {rows.text('Date')} on sheet Meetings")
            item = _g.AgendaItem()
            item.number, item.title = rows.text("Item"), rows.text("Title")
            item.purpose = rows.parsed("Purpose", _g.ItemPurpose.parse, "a purpose") or _g.ItemPurpose.INFORMATION
            where = f"{self.reg.board(key[0]).name} {shown(key[1])} item {item.number}"
            self.blank(rows, "Purpose", "agenda item", where, "purpose")
            self.blank(rows, "Standing", "agenda item", where, "standing")
            item.intended_outcome = rows.multiline("Intended outcome")
            item.leads = rows.items("Leads")
            pages = rows.text("Pages")
            if pages:
                found = _g.parse_page_reference(f"(Pages {pages})")
                if found is None:
                    raise rows.error(f"{pages} is not a page range such as 3-10")
                item.pages = found
            part, item.exempt_paragraph = self.part(rows)
            item.part = part or _g.AgendaPart.PUBLIC
            item.standing = bool(rows.yes_no("Standing"))
            reason = rows.text("Urgent reason")
            item.urgent_reason = reason or None
            agenda.setdefault(key, []).append(item)
        for key, m in self.meetings.items():
            m.agenda = agenda.get(key, [])
            try:
                _g.validate(m)
                self.meeting_ids[key] = self.reg.add_meeting(m)
            except ValueError as exc:  # the agenda breaks a rule (two items numbered alike)
                meetings_rows.row, meetings_rows.column = at_row[key], "Date"
                raise meetings_rows.error(f"the meeting or its agenda: {exc}") from None

    def attendance(self) -> None:
        rows = self.sheet("Attendance")
        for _ in rows:
            bid, date = self.board(rows), rows.date("Date")
            meeting = self.meeting(rows, bid, date)
            status = rows.parsed("Status", _g.AttendanceStatus.parse, "an attendance status") or _g.AttendanceStatus.PRESENT
            person = self.person(rows, "Person")
            where = f"{self.reg.board(bid).name} {shown(date)} {self.reg.person(person).full_name if person else ''}"
            self.blank(rows, "Status", "attendance", where, "status")
            self.blank(rows, "Chaired", "attendance", where, "chaired")
            self.reg.add_attendance(
                _g.Attendance(meeting, person, status, replaces=self.person(rows, "Substitute for"),
                              capacity=rows.text("Capacity"), organisation=self.organisation(rows, "Organisation"),
                              chaired=bool(rows.yes_no("Chaired")))
            )

    def minutes(self) -> None:
        rows = self.sheet("Minutes")
        minutes = []
        for _ in rows:
            item = _g.MinuteItem()
            item.meeting = self.meeting(rows, self.board(rows), rows.date("Date"))
            item.number, item.title = rows.text("Item"), rows.text("Title")
            item.paragraphs = [p.strip() for p in rows.multiline("Text").split("\n\n") if p.strip()]
            resolutions = []
            for block in (b for b in rows.multiline("Resolutions").split("\n\n") if b.strip()):
                lines = [line.strip() for line in block.splitlines() if line.strip()]
                if len(lines) < 2:
                    raise rows.error("a resolution needs its preamble (Resolved that) and at least one part, one a line")
                resolutions.append(_g.Resolution(lines[0], lines[1:]))
            item.resolutions = resolutions
            item.part, item.exempt_paragraph = self.part(rows)
            minutes.append(item)
        self.reg.minutes = minutes

    def actions(self) -> None:
        rows = self.sheet("Actions")
        counts: dict[tuple[int, str], int] = {}
        for _ in rows:
            meeting = self.meeting(rows, self.board(rows), rows.date("Date"))
            item = rows.text("Item")
            key = (meeting, _g.item_key(item))
            expected = counts.get(key, 0) + 1
            number = rows.integer("No", 1)
            if number is not None and number != expected:
                raise rows.error(
                    f"{number} should be {expected}: number an item's actions 1, 2, ... in order, and keep every "
                    "action of the item in the workbook (its row may be left unchanged)"
                )
            counts[key] = expected
            owners = [self.person(rows, "Owners", name) for name in rows.items("Owners")]
            part, paragraph = self.part(rows)
            action = _g.Action(meeting, rows.multiline("Action"), owners, item=item, due=self.due(rows), part=part,
                               exempt_paragraph=paragraph)
            action.owners_as_printed = rows.text("Owners as printed")
            status = rows.parsed("Status", _g.ActionStatus.parse, "an action status")
            when = rows.date("Status date")
            if status is not None and (status != _g.ActionStatus.OPEN or when is not None):
                if when is None:
                    rows.column = "Status date"
                    raise rows.error(f"the date the action became {status.label} is needed")
                action.history = [_g.StatusChange(when, status, rows.text("Status note"))]
            self.reg.add_action(action)

    def due(self, rows: SheetReader) -> _g.Due:
        text = rows.text("Due")
        if not text:
            return _g.Due()
        if text.lower() in ("next meeting", "next"):
            return _g.Due.next_meeting()
        day = rows.date("Due")
        assert day is not None
        return _g.Due.on(day)

    def forward_plan(self) -> None:
        rows = self.sheet("ForwardPlan")
        for _ in rows:
            part, paragraph = self.part(rows)
            self.reg.add_forward_plan_entry(
                _g.ForwardPlanEntry(self.board(rows), rows.text("Topic"), meeting_date=rows.date("Meeting date"),
                                    lead_officers=rows.items("Lead officers"), notes=rows.text("Notes"),
                                    part=part or _g.AgendaPart.PUBLIC, exempt_paragraph=paragraph)
            )

    def interests(self) -> None:
        rows = self.sheet("Interests")
        records: dict[int, _g.InterestsRecord] = {}
        for _ in rows:
            meeting = self.meeting(rows, self.board(rows), rows.date("Date"))
            record = records.setdefault(meeting, _g.InterestsRecord(meeting))
            if rows.yes_no("None disclosed"):
                record.none_disclosed = True
            minuted = rows.text("As minuted")
            if minuted:
                record.as_minuted = minuted
            if rows.text("Person"):
                part, paragraph = self.part(rows)
                kind = rows.parsed("Kind", _g.InterestKind.parse, "a kind of interest") or _g.InterestKind.OTHER
                declaration = _g.DeclarationOfInterest(self.person(rows, "Person"), kind, rows.multiline("Declaration"),
                                                       item=rows.text("Item"), part=part, exempt_paragraph=paragraph)
                record.declarations = [*record.declarations, declaration]
        self.reg.interests = list(records.values())


def _scheme(name: str) -> _p.RagScheme:
    return _p.default_rag_scheme() if name == "BRAG" else _p.seed_rag_key()


def _plans(reader: _Reader) -> list[_p.Plan]:
    rows = reader.sheet("Plans")
    plans: dict[str, _p.Plan] = {}
    for _ in rows:
        plan = _p.Plan()
        plan.title = rows.text("Plan")
        plan.board = rows.text("Board")
        plan.period = _p.parse_plan_period(rows.text("Period"))
        plan.scheme = _scheme(rows.choice("RAG scheme", tuple(SCHEMES)) or "BRAG")
        plan.notes = rows.items("Notes")
        if plan.title.lower() in plans:
            raise rows.error(f"the plan '{plan.title}' is on the sheet twice")
        plans[plan.title.lower()] = plan

    def plan_of(rows: SheetReader) -> _p.Plan:
        title = rows.text("Plan")
        found = plans.get(title.lower())
        if found is None:
            raise rows.error(f"no plan '{title}' on sheet Plans")
        return found

    rows = reader.sheet("PlanActions")
    for _ in rows:
        plan = plan_of(rows)
        section = rows.text("Section")
        try:
            if _p.find_section(plan, section) is None:
                # No position heading: the sheet has none, and blank reads as "Current Position".
                _p.add_section(plan, _p.PlanSection(number=section, title=rows.text("Section title"), position_heading=""))
            _p.add_action(plan, _p.PlanAction(number=rows.text("Action"), section=section, text=rows.multiline("Text"),
                                              outcomes=rows.multiline("Outcomes"), leads=rows.text("Leads"),
                                              timescale=rows.text("Timescale"), indicator=rows.text("Indicator")))
        except ValueError as exc:
            rows.column = "Action"
            raise rows.error(str(exc)) from None
    rows = reader.sheet("Ratings")
    ratings: list[tuple[_dt.date, int, _p.Plan, _p.RagRating, int]] = []
    for _ in rows:
        plan = plan_of(rows)
        date = rows.date("Date")
        assert date is not None
        status = rows.text("Status")
        found = plan.scheme.find(status)
        if found is None:
            rows.column = "Status"
            codes = ", ".join(s.code for s in plan.scheme.statuses)
            raise rows.error(f"{status} is not a RAG code of the plan's scheme ({codes})")
        rating = _p.RagRating(action=rows.text("Action"), date=date, status=found.code, rated_by=rows.text("Rated by"),
                              note=rows.multiline("Evidence"))
        ratings.append((date, len(ratings), plan, rating, rows.row))
    # A plan keeps its ratings in date order: add them so, whatever the rows' order.
    for _, _, plan, rating, row in sorted(ratings, key=lambda r: (r[0], r[1])):
        try:
            _p.add_rating(plan, rating)
        except ValueError as exc:
            rows.row, rows.column = row, "Action"
            raise rows.error(str(exc)) from None
    return list(plans.values())


def _risks(reader: _Reader) -> list[_p.RiskRegister]:
    rows = reader.sheet("Risks")
    registers: dict[str, _p.RiskRegister] = {}
    for _ in rows:
        title = rows.text("Register")
        register = registers.get(title.lower())
        if register is None:
            register = _p.RiskRegister()
            register.title = title
            registers[title.lower()] = register
        if rows.text("Board"):
            register.board = rows.text("Board")
        risk = _p.Risk()
        risk.reference, risk.description, risk.owner = rows.text("Reference"), rows.multiline("Description"), rows.text("Owner")
        risk.inherent = _p.RiskScore(rows.integer("Inherent likelihood", 1, 5) or 1, rows.integer("Inherent impact", 1, 5) or 1)
        likelihood, impact = rows.integer("Residual likelihood", 1, 5), rows.integer("Residual impact", 1, 5)
        if (likelihood is None) != (impact is None):
            raise rows.error("give both the residual likelihood and the residual impact, or neither")
        if likelihood is not None and impact is not None:
            risk.residual = _p.RiskScore(likelihood, impact)
        risk.mitigations = rows.items("Mitigations")
        risk.mitigating_actions = rows.items("Mitigating actions")
        risk.last_reviewed, risk.next_review = rows.date("Last reviewed"), rows.date("Next review")
        risk.indicator = rows.text("Indicator")
        try:
            _p.add_risk(register, risk)
        except ValueError as exc:
            rows.column = "Reference"
            raise rows.error(str(exc)) from None
    return list(registers.values())


def read_workbook(path: str | os.PathLike[str]) -> BoardBundle:
    """The records of a board workbook as a bundle, ready for :func:`boardroom.store.import_records`.

    Sheets missing from the workbook, and empty rows, are skipped. A cell left blank where the
    field has a default (Kind, Status, Purpose, Standing, Chaired) gives the default to a
    new record and leaves a stored one as it is (the bundle's ``unstated``). Raises
    :class:`~boardroom.errors.InputError` naming the file, sheet, row and column at fault
    ("board.xlsx, sheet Actions, row 7, column Due: 31/02/2016 is not a date"), or
    :class:`~boardroom.errors.StorageError` when the file is not a readable workbook.
    """
    reader = _Reader(path)
    try:
        reader.boards()
        reader.people_sheet()
        reader.memberships()
        reader.meetings_sheet()
        reader.attendance()
        reader.minutes()
        reader.actions()
        reader.forward_plan()
        reader.interests()
        bundle = BoardBundle()
        bundle.plans = _plans(reader)
        bundle.risk_registers = _risks(reader)
    finally:
        reader.book.close()
    reader.reg.check_references()
    bundle.records = reader.reg
    return ReadBundle.of(bundle, frozenset(reader.unstated))
