"""The compiled governance model from Python: value types, the Register's checked edits, loaders."""

from __future__ import annotations

import copy
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boardroom import errors
from boardroom import governance as gv
from boardroom._core import governance as core

from conftest import REPO

CPB = REPO / "examples" / "cpb-2015-09-17"


def _small_register() -> tuple[gv.Register, int, int, list[int]]:
    """A board, one held meeting and three people."""
    reg = gv.Register()
    board = reg.add_board(gv.Board("Children's Partnership Board", aliases=["CPB"]))
    council = reg.add_organisation(gv.Organisation("Chorley Council"))
    people = [
        reg.add_person(gv.Person("Sarah", "Ashcroft", organisation=council)),
        reg.add_person(gv.Person("Karl", "Turner")),
        reg.add_person(gv.Person("Yvonne", "Gagen", honorific="Cllr")),
    ]
    meeting = gv.Meeting()
    meeting.board_id = board
    meeting.date = dt.date(2015, 9, 17)
    meeting.status = gv.MeetingStatus.HELD
    return reg, board, reg.add_meeting(meeting), people


def test_enums_have_labels_and_parse_printed_words() -> None:
    assert gv.AttendanceStatus.IN_ATTENDANCE.label == "in attendance"
    assert gv.AttendanceStatus.parse("Apologies") == gv.AttendanceStatus.APOLOGIES
    assert gv.Role.parse("vice-chair") == gv.Role.DEPUTY_CHAIR
    assert gv.Role.CO_OPTED.label == "co-opted"
    assert gv.ActionStatus.parse("withdrawn") == gv.ActionStatus.DROPPED
    assert gv.ActionStatus.IN_PROGRESS.is_outstanding and not gv.ActionStatus.DONE.is_outstanding
    assert gv.BoardKind.parse("task group") == gv.BoardKind.TASK_AND_FINISH_GROUP
    assert gv.InterestKind.NON_PECUNIARY.label == "non-pecuniary"
    assert gv.ItemPurpose.parse("Discussion") == gv.ItemPurpose.DISCUSS
    assert gv.MeetingStatus.parse("tbc") == gv.MeetingStatus.TO_BE_CONFIRMED
    assert gv.Role.parse("overlord") is None


def test_value_types_read_well() -> None:
    person = gv.Person("Yvonne", "Gagen", honorific="Cllr")
    assert (person.full_name, person.display_name, person.derived_initials) == ("Yvonne Gagen", "Cllr Yvonne Gagen", "YG")
    assert repr(person) == "Person(0, 'Cllr Yvonne Gagen')"
    person.contact = gv.ContactDetails(phone="01695 000000", email="y@example.org")
    assert repr(person.contact) == "<ContactDetails (private)>"
    assert "01695" not in repr(person)
    name = gv.PersonName("County Councillor Bill Winlow (Chair)")
    assert (name.honorific, name.given_name, name.family_name, name.chair_marker) == (
        "County Councillor",
        "Bill",
        "Winlow",
        "Chair",
    )
    assert gv.Person("Fabian", "Craig-Wilson").derived_initials == "FCW"
    assert gv.Person("Cynthia", "Dereli").matches("C Dereli")
    assert repr(gv.Due.on(dt.date(2016, 1, 31))) == "Due.on(2016-01-31)"
    assert repr(gv.Due.next_meeting()) == "Due.next_meeting()"
    assert gv.Due.next_meeting().date is None
    assert gv.QuorumRule.fraction(1, 4).required(13) == 4
    assert repr(gv.QuorumRule.at_least(3)) == "QuorumRule.at_least(3)"
    note = gv.DataQualityNote("notes.txt", 7, "two spellings")
    assert str(note) == "notes.txt:7: two spellings"
    assert note == gv.DataQualityNote("notes.txt", 7, "two spellings")
    assert gv.split_initials("SA/SM") == ["SA", "SM"]
    title = gv.DatedTitle("Co-ordinator", seen_on=dt.date(2015, 9, 17))
    person.titles = [title]
    assert person.title_on(dt.date(2015, 9, 17)) == "Co-ordinator"


def test_records_are_copies_and_edits_go_through_the_register() -> None:
    reg, board, meeting, (sarah, karl, yvonne) = _small_register()
    assert all(isinstance(i, int) for i in (board, meeting, sarah))
    assert repr(reg) == "<Register: 1 boards, 3 people, 1 meetings, 0 actions>"
    reg.people[0].given_name = "Changed"
    assert reg.person(sarah).given_name == "Sarah", "a list element is a copy"
    person = reg.person(sarah)
    person.contact = gv.ContactDetails(email="sarah@example.org")
    reg.update_person(person)
    contact = reg.person(sarah).contact
    assert contact is not None and contact.email == "sarah@example.org"
    with pytest.raises(errors.NotFoundError, match="no person with id 0"):
        reg.update_person(gv.Person("Sally", "Ashcroft"))
    clone = copy.deepcopy(reg)
    renamed = clone.person(sarah)
    renamed.given_name = "Sally"
    clone.update_person(renamed)
    assert (clone.person(sarah).given_name, reg.person(sarah).given_name) == ("Sally", "Sarah")


def test_register_edits_check_first_and_change_nothing_when_refused() -> None:
    reg, board, meeting, (sarah, karl, yvonne) = _small_register()
    with pytest.raises(errors.ValidationError, match="family name"):
        reg.add_person(gv.Person("Cher", ""))
    with pytest.raises(errors.NotFoundError):
        reg.add_action(gv.Action(meeting, "Report back.", [999]))
    with pytest.raises(errors.ValidationError, match="already names the board"):
        reg.add_board(gv.Board("CPB"))
    trust = reg.add_board(gv.Board("Trust Board"))
    reg.add_reporting_line(board, trust)
    with pytest.raises(errors.ValidationError, match="cycle"):
        reg.add_reporting_line(trust, board)
    trust_board = reg.board(trust)
    trust_board.parent = board
    with pytest.raises(errors.ValidationError, match="cycle"):
        reg.update_board(trust_board)
    assert reg.board(trust).parent == 0, "refused: unchanged"

    reg.add_attendance(gv.Attendance(meeting, sarah, gv.AttendanceStatus.PRESENT, capacity="Co-ordinator"))
    with pytest.raises(errors.ValidationError, match="already has an attendance record"):
        reg.add_attendance(gv.Attendance(meeting, sarah, gv.AttendanceStatus.APOLOGIES))
    with pytest.raises(errors.ValidationError, match="only a substitute"):
        reg.add_attendance(gv.Attendance(meeting, karl, gv.AttendanceStatus.PRESENT, replaces=yvonne))
    with pytest.raises(errors.NotFoundError):
        reg.add_membership(gv.Membership(999, board))

    action = reg.add_action(gv.Action(meeting, "Report back.", [sarah], item="5"))
    reg.set_action_status(action, dt.date(2015, 12, 10), gv.ActionStatus.DONE)
    with pytest.raises(errors.ValidationError, match="already changed status on 2015-12-10"):
        reg.set_action_status(action, dt.date(2015, 12, 1), gv.ActionStatus.OPEN)
    assert [c.status for c in reg.action(action).history] == [gv.ActionStatus.DONE]
    with pytest.raises(errors.NotFoundError):
        reg.action(999)
    reg.check_references()


def test_an_import_that_fails_leaves_the_register_as_it_was(tmp_path: Path) -> None:
    reg = gv.Register()
    gv.read_boards_table(reg, CPB / "boards.tsv")
    board = reg.find_board("CPB")
    assert board is not None
    bad = tmp_path / "notes.txt"
    bad.write_text((CPB / "notes.txt").read_text(encoding="utf-8").replace("\nKT/SA\n", "\nKT/QQ\n"), encoding="utf-8")
    with pytest.raises(errors.InputError, match="unknown initials 'QQ'") as info:
        gv.import_minutes(reg, board, gv.read_minutes(bad))
    assert info.value.file == str(bad)
    assert info.value.field == "ACTION BY"
    assert (len(reg.people), len(reg.meetings), len(reg.actions), len(reg.attendance)) == (0, 0, 0, 0)

    doc = gv.read_minutes(CPB / "notes.txt")
    result = gv.import_minutes(reg, board, doc)
    assert isinstance(result.meeting, int) and len(reg.actions) == 4
    with pytest.raises(errors.ValidationError, match="already in the register"):
        gv.import_minutes(reg, board, doc)
    assert len(reg.actions) == 4


def test_documents_as_read() -> None:
    doc = gv.read_minutes(CPB / "notes.txt")
    assert doc.attendance.count(gv.AttendanceStatus.PRESENT) == 19
    assert [a.initials for item in doc.items for a in item.actions] == ["RH", "KT", "SA/SM", "KT/SA"]
    assert doc.meeting is not None and doc.meeting.date.date == dt.date(2015, 9, 17)
    agenda = gv.read_agenda_table(CPB / "agenda-2015-12-10.txt", gv.AgendaPart.PUBLIC)
    assert agenda.meeting.agenda[1].pages == gv.PageRange(3, 10)
    assert len(agenda.item_lines) == len(agenda.meeting.agenda)
    plan = gv.read_work_plan(REPO / "examples" / "scrutiny-2015" / "work-plan.txt")
    assert plan.rows[1].date_carried and plan.rows[1].topic == "Apprenticeships"
    listed = core.parse_attendance_list("Present:\nKarl Turner\tOfficer\tLCC\n", "list.txt")
    assert [e.printed for e in listed.entries] == ["Karl Turner"]
    line = core.parse_meeting_line("Thursday 10th March 2.00pm – 4.00pm, Wheel Room", dt.date(2015, 9, 17))
    assert line is not None and line.date.year_inferred and line.end == dt.time(16, 0)


def test_loaders_report_missing_files_and_run_in_threads(tmp_path: Path) -> None:
    with pytest.raises(errors.StorageError):
        gv.read_minutes(tmp_path / "absent.txt")
    with pytest.raises(OSError):
        gv.read_work_plan(tmp_path / "absent.txt")
    with ThreadPoolExecutor(max_workers=4) as pool:
        docs = list(pool.map(lambda _: gv.read_minutes(CPB / "notes.txt"), range(8)))
    assert {len(d.items) for d in docs} == {13}


dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2017, 12, 31))
statuses = st.sampled_from(list(gv.ActionStatus.__members__.values()))


@settings(max_examples=60, deadline=None)
@given(changes=st.lists(st.tuples(dates, statuses), max_size=6), probe=dates)
def test_status_history_is_a_dated_log(changes: list[tuple[dt.date, gv.ActionStatus]], probe: dt.date) -> None:
    action = gv.Action(1, "text", [1])
    accepted: list[tuple[dt.date, gv.ActionStatus]] = []
    for day, status in changes:
        if accepted and day < accepted[-1][0]:
            with pytest.raises(errors.ValidationError):
                action.set_status(day, status)
        else:
            action.set_status(day, status)
            accepted.append((day, status))
    assert [(c.date, c.status) for c in action.history] == accepted
    expected = gv.ActionStatus.OPEN
    for day, status in accepted:
        if day <= probe:
            expected = status
    assert action.status_on(probe) == expected
    assert action.status == (accepted[-1][1] if accepted else gv.ActionStatus.OPEN)


@settings(max_examples=40, deadline=None)
@given(grid=st.lists(st.lists(st.sampled_from(["present", "apologies", "absent", "none"]), min_size=4, max_size=4), min_size=1, max_size=5))
def test_attendance_rates_match_a_count_by_hand(grid: list[list[str]]) -> None:
    """Four members, one meeting per row; 'none' is a member with no record (counted absent)."""
    reg = gv.Register()
    board = reg.add_board(gv.Board("Board"))
    people = [reg.add_person(gv.Person(f"Member{i}", f"Family{i}")) for i in range(4)]
    for person in people:
        reg.add_membership(gv.Membership(person, board))
    for n, row in enumerate(grid):
        meeting = gv.Meeting()
        meeting.board_id = board
        meeting.date = dt.date(2015, 1, 1) + dt.timedelta(days=7 * n)
        meeting_id = reg.add_meeting(meeting)
        # A meeting counts once someone is recorded: the chair is always there.
        chair = reg.add_person(gv.Person("Chair", f"Person{n}"))
        reg.add_attendance(gv.Attendance(meeting_id, chair, gv.AttendanceStatus.IN_ATTENDANCE))
        for person, status in zip(people, row):
            if status != "none":
                reg.add_attendance(gv.Attendance(meeting_id, person, gv.AttendanceStatus.parse(status) or gv.AttendanceStatus.ABSENT))
    rates = gv.attendance_rate(reg).set_index("person_id")
    assert sorted(rates.index) == people, "the people in attendance were not expected"
    for i, person in enumerate(people):
        column = [row[i] for row in grid]
        assert rates.loc[person, "expected"] == len(grid)
        assert rates.loc[person, "present"] == column.count("present")
        assert rates.loc[person, "apologies"] == column.count("apologies")
        assert rates.loc[person, "absent"] == column.count("absent") + column.count("none")
        assert rates.loc[person, "rate"] == pytest.approx(column.count("present") / len(grid))
    matrix = gv.attendance_matrix(reg)
    assert matrix.shape == (4, len(grid))
    assert matrix.iloc[0].tolist() == [row[0] if row[0] != "none" else "absent" for row in grid]
