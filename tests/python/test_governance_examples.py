"""The two seed packs, loaded from their text form, answer the questions officers ask."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from boardroom import errors
from boardroom import governance as gv

from conftest import REPO

CPB = REPO / "examples" / "cpb-2015-09-17"
SCRUTINY = REPO / "examples" / "scrutiny-2015"
SEPTEMBER = dt.date(2015, 9, 17)


@pytest.fixture(scope="module")
def cpb() -> gv.BoardFolder:
    return gv.load_board_folder(CPB, unmarked_part=gv.AgendaPart.PUBLIC)


@pytest.fixture(scope="module")
def scrutiny() -> gv.BoardFolder:
    return gv.load_board_folder(SCRUTINY)


def test_cpb_folder_loads_the_board_and_both_meetings(cpb: gv.BoardFolder) -> None:
    assert cpb.board_name == "South Ribble, Chorley & West Lancashire Children's Partnership Board"
    assert [cpb.register.meeting(m).date for m in cpb.meetings] == [SEPTEMBER, dt.date(2015, 12, 10)]
    assert {p.name for p in cpb.files} == {"boards.tsv", "notes.txt", "agenda-2015-12-10.txt", "contacts.tsv"}
    cpb.register.check_references()


def test_cpb_attendance_19_present_6_apologies(cpb: gv.BoardFolder) -> None:
    frame = gv.attendance_frame(cpb.register, SEPTEMBER)
    counts = frame["status"].value_counts()
    assert counts["present"] == 19
    assert counts["apologies"] == 6
    assert counts["substitute"] == counts["absent"] == counts["in attendance"] == 0
    chair = frame[frame["chaired"]]
    assert chair["name"].tolist() == ["Rebecca Huddleston"]
    assert chair["capacity"].tolist() == ["Head of Policy & Communications"]
    assert frame["substitute_for"].isna().all()


def test_cpb_actions_and_their_owners(cpb: gv.BoardFolder) -> None:
    actions = gv.actions_frame(cpb.register, as_of="2015-11-01")
    assert actions["owners_as_printed"].tolist() == ["RH", "KT", "SA/SM", "KT/SA"]
    assert actions["owners"].tolist() == [
        "Rebecca Huddleston",
        "Karl Turner",
        "Sarah Ashcroft; Sheila Minchin",
        "Karl Turner; Sarah Ashcroft",
    ]
    assert actions["owner_initials"].tolist() == ["RH", "KT", "SA/SM", "KT/SA"]
    assert actions["item"].tolist() == ["5", "5", "6", "8"]
    assert actions.loc[0, "text"] == "The Chair to report back to the Trust Board."
    assert (actions["due"] == dt.datetime(2015, 12, 10)).all(), "due at the next meeting"
    assert (actions["due_rule"] == "next meeting").all()
    assert not actions["overdue"].any()


def test_ambiguous_initials_name_both_people(cpb: gv.BoardFolder) -> None:
    september = cpb.register.find_meeting(cpb.board, SEPTEMBER)
    assert september is not None
    with pytest.raises(errors.ValidationError, match="ambiguous initials 'MG'") as info:
        gv.resolve_initials(cpb.register, september, "MG")
    assert "Mark Gaffney" in str(info.value) and "Michael Green" in str(info.value)
    with pytest.raises(errors.ValidationError, match="unknown initials 'ZZ'"):
        gv.resolve_initials(cpb.register, september, "SA/ZZ")
    owners = gv.resolve_initials(cpb.register, september, "KT & SA")
    assert [cpb.register.person(p).full_name for p in owners] == ["Karl Turner", "Sarah Ashcroft"]


def test_draft_agenda_for_10_march_holds_the_four_matters_arising(cpb: gv.BoardFolder) -> None:
    draft = gv.draft_agenda(cpb.register, "CPB", "2016-03-10")
    items = draft[draft["kind"] != "matter arising"]
    assert items["number"].tolist() == ["1", "2", "3", "4", "5"]
    assert items["title"].tolist() == [
        "Welcome and Introduction/Apologies",
        "Minutes of last meeting and matters arising",
        "Child Sexual Exploitation",
        "Any other business",
        "Future CPB meeting dates",
    ]
    arising = draft[draft["kind"] == "matter arising"]
    assert arising["number"].tolist() == ["2.1", "2.2", "2.3", "2.4"]
    assert arising["owners"].tolist() == ["RH", "KT", "SA/SM", "KT/SA"]
    assert arising["leads"].tolist()[2] == "Sarah Ashcroft; Sheila Minchin"
    assert arising["action_id"].tolist() == [1, 2, 3, 4]
    assert arising["source"].tolist() == [f"matters arising from action {n}" for n in (1, 2, 3, 4)]
    sources = ["standing item of the agenda of 10 December 2015"] * 5
    sources[1] += "; matters arising from actions 1, 2, 3, 4"
    assert items["source"].tolist() == sources
    assert draft.set_index("number").loc["2", "kind"] == "standing"
    assert arising["title"].iloc[0] == "The Chair to report back to the Trust Board."
    host = draft.set_index("number").loc["2"]
    assert "Sarah Ashcroft" not in host["intended_outcome"], "the actions are rows of their own, not repeated"
    assert draft.set_index("number").loc["5", "intended_outcome"] == (
        "Thursday 9 June 2016, 2.00 pm \u2013 West Lancs, to be confirmed"
    )
    meeting = gv.draft_agenda_meeting(cpb.register, "CPB", "2016-03-10")
    assert meeting.venue == "Wheel Room, Civic Centre, West Paddock, Leyland"
    assert "Sarah Ashcroft, Sheila Minchin: It was agreed" in meeting.agenda[1].intended_outcome


def test_draft_agenda_without_an_earlier_agenda_adds_a_matters_arising_item(cpb: gv.BoardFolder) -> None:
    draft = gv.draft_agenda(cpb.register, "CPB", "2015-12-10")
    assert draft["kind"].tolist() == ["matters arising"] + ["matter arising"] * 4 + ["standing"]
    assert draft["title"].iloc[0] == "Matters arising from the meeting of 17 September 2015"
    assert draft["source"].tolist() == ["matters arising from actions 1, 2, 3, 4"] + [
        f"matters arising from action {n}" for n in (1, 2, 3, 4)
    ] + ["standing item of the board"]
    assert draft["intended_outcome"].iloc[0] == ""


def test_overdue_actions_as_of_a_date(cpb: gv.BoardFolder) -> None:
    assert gv.overdue_actions(cpb.register, "2015-12-10").empty, "due that day, not before"
    overdue = gv.overdue_actions(cpb.register, "2016-01-04")
    assert overdue.groupby("owner", sort=False).size().to_dict() == {
        "Sarah Ashcroft": 2,
        "Rebecca Huddleston": 1,
        "Sheila Minchin": 1,
        "Karl Turner": 2,
    }
    assert (overdue["days_overdue"] == 25).all()
    row = overdue[(overdue["owner"] == "Sheila Minchin")].iloc[0]
    assert row["joint_with"] == "Sarah Ashcroft"

    reg = copy.copy(cpb.register)
    reg.set_action_status(1, dt.date(2015, 12, 10), gv.ActionStatus.DONE, "reported to the Trust Board")
    after = gv.overdue_actions(reg, "2016-01-04")
    assert "Rebecca Huddleston" not in set(after["owner"])
    assert len(gv.overdue_actions(cpb.register, "2016-01-04")) == 6, "the copy changed, not the original"
    log = gv.actions_frame(reg, as_of="2016-01-04")
    assert log.loc[0, "status"] == "done"
    assert log.loc[0, "status_changed"] == dt.datetime(2015, 12, 10)
    assert not log.loc[0, "overdue"]
    assert gv.actions_frame(reg, as_of="2015-12-01").loc[0, "status"] == "open", "status as of a date"


def test_attendance_rates_per_member_and_organisation(cpb: gv.BoardFolder) -> None:
    members = gv.attendance_rate(cpb.register, board="CPB", start="2015-04-01", end="2016-03-31")
    assert len(members) == 25
    assert (members["rate"] == 1.0).sum() == 19
    assert (members["rate"] == 0.0).sum() == 6
    orgs = gv.attendance_rate(cpb.register, by="organisation", board="CPB").set_index("organisation")
    assert orgs.loc["Longton Primary School", "meetings_represented"] == 0
    assert orgs.loc["Longton Primary School", "meetings_expected"] == 1
    assert orgs.loc["West Lancashire College", "rate"] == 1.0
    assert orgs.loc["Lancashire County Council", "attendances"] == 6
    outside = gv.attendance_rate(cpb.register, start="2016-01-01")
    assert outside.empty, "no minuted meeting in the period"


def test_reporting_tree_and_data_quality_notes(cpb: gv.BoardFolder) -> None:
    assert gv.reporting_tree(cpb.register, "Health and Wellbeing Board") == (
        "Health and Wellbeing Board\n"
        "  Lancashire Children and Young People's Trust Board\n"
        "    South Ribble, Chorley & West Lancashire Children's Partnership Board\n"
    )
    assert gv.reporting_tree(cpb.register).startswith("Health and Wellbeing Board\n")
    notes = gv.notes_frame(cpb)
    assert list(notes.columns) == ["file", "line", "message"]
    assert str(notes["line"].dtype) == "Int64"
    assert all(Path(f).parent.name == "cpb-2015-09-17" for f in notes["file"])
    critchley = notes[notes["message"].str.contains("'Stephanie Critchley' here, 'Steph Critchley'")]
    assert len(critchley) == 1
    assert Path(critchley["file"].iloc[0]).name == "notes.txt"
    assert critchley["line"].iloc[0] > 0
    lead = notes[notes["message"].str.contains("read as two leads")]
    assert Path(lead["file"].iloc[0]).name == "agenda-2015-12-10.txt"
    assert notes["line"].isna().sum() >= 1, "a note about the whole file has no line"


def test_cpb_agenda_needs_its_part_said(tmp_path: Path) -> None:
    with pytest.raises(errors.InputError) as info:
        gv.load_board_folder(CPB)
    assert info.value.field == "part"
    assert info.value.file is not None and info.value.file.endswith("agenda-2015-12-10.txt")


def test_scrutiny_substitutions_name_who_replaced_whom(scrutiny: gv.BoardFolder) -> None:
    frame = gv.attendance_frame(scrutiny.register, "2015-06-19")
    subs = frame[frame["status"] == "substitute"]
    assert list(zip(subs["name"], subs["substitute_for"])) == [
        ("Fabian Craig-Wilson", "Vivien Taylor"),
        ("Steven Holgate", "Alyson Barnes"),
        ("Cynthia Dereli", "Richard Newman-Thompson"),
    ]
    assert subs["substitute_for_id"].notna().all()
    assert (frame["status"] == "present").sum() == 8
    rates = gv.attendance_rate(scrutiny.register).set_index("name")
    assert rates.loc["Richard Newman-Thompson", "substituted"] == 1
    assert rates.loc["Richard Newman-Thompson", "rate"] == 0.0
    assert "Cynthia Dereli" not in rates.index, "substitutes were not expected"


def test_scrutiny_declarations_resolutions_and_plan(scrutiny: gv.BoardFolder) -> None:
    declarations = gv.declarations_frame(scrutiny.register)
    assert len(declarations) == 1
    assert bool(declarations.loc[0, "none_disclosed"])
    assert declarations.loc[0, "as_minuted"] == "None were disclosed."
    assert declarations["member"].isna().all()

    resolutions = gv.resolutions_frame(scrutiny.register, "2015-06-19")
    assert resolutions[["item", "label"]].values.tolist() == [["5", "(i)"], ["5", "(ii)"], ["6", "(i)"]]
    assert resolutions.loc[2, "text"] == "That the work plan and task group update be noted."

    plan = gv.forward_plan_frame(scrutiny.register)
    assert len(plan) == 9
    assert (~plan["scheduled"]).sum() == 2
    assert plan["meeting_date"].isna().tolist()[-2:] == [True, True], "unscheduled topics last"
    assert gv.forward_plan_frame(scrutiny.register, scheduled=False)["topic"].str.startswith(
        ("Bus Services", "Transforming Social Care")
    ).all()

    draft = gv.draft_agenda(scrutiny.register, "Scrutiny Committee", dt.date(2015, 9, 18))
    topics = draft[draft["kind"] == "forward plan"]
    assert topics["title"].tolist() == ["LEP Update", "Learning Disabilities"]
    assert topics["leads"].tolist() == ["Martin Kelly", "Tony Pounder; lan Crabtree"]
    assert topics["source"].tolist() == ["forward plan for 18 September 2015"] * 2

    boards = gv.boards_frame(scrutiny.register).set_index("name")
    groups = boards[boards["kind"] == "task and finish group"]
    assert sorted(groups.index) == ["Fire Prevention Measures in Schools", "Planning Matters", "Transport Asset Management Plan (TAMP)"]
    assert (groups["parent"] == "Scrutiny Committee").all()


def test_scrutiny_notes_keep_what_the_papers_say(scrutiny: gv.BoardFolder) -> None:
    notes = gv.notes_frame(scrutiny)
    messages = "\n".join(notes["message"])
    assert "printed as 'Mrs F Craig-Wilson' (line 15) and 'CC Fabian Craig-Wilson' (line 19)" in messages
    assert "'No apologies were received.' although 3 member(s) were replaced by substitutes" in messages
    assert "'Anne- Marie Morgan' has a space after a hyphen" in messages
    plan_notes = notes[notes["file"].str.endswith("work-plan.txt")]
    assert not plan_notes.empty


def test_quorum_is_checked_against_a_rule(scrutiny: gv.BoardFolder) -> None:
    reg = copy.copy(scrutiny.register)
    june = reg.find_meeting(scrutiny.board, dt.date(2015, 6, 19))
    assert june is not None
    with pytest.raises(errors.ValidationError):
        gv.check_quorum(reg, june)
    board = reg.board(scrutiny.board)
    board.quorum = gv.QuorumRule.fraction(1, 4)
    reg.update_board(board)
    check = gv.check_quorum(reg, june)
    assert (check.voting_members, check.voting_present, check.required, check.quorate) == (11, 11, 3, True)
    assert bool(check)
    assert gv.boards_frame(reg).set_index("name").loc["Scrutiny Committee", "quorum"] == "1/4 of voting members"


def test_chair_change_is_a_dated_event(cpb: gv.BoardFolder) -> None:
    changes = gv.chair_changes_frame(cpb.register, "CPB")
    assert changes[["date", "incoming"]].values.tolist() == [[dt.datetime(2015, 9, 17), "Rebecca Huddleston"]]


def test_load_board_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(errors.StorageError, match="no such folder"):
        gv.load_board_folder(tmp_path / "nowhere")
    with pytest.raises(errors.StorageError, match="boards.tsv"):
        gv.load_board_folder(tmp_path)
    (tmp_path / "boards.tsv").write_text((SCRUTINY / "boards.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(errors.NotFoundError, match="no board is called 'Cabinet'"):
        gv.load_board_folder(tmp_path, board="Cabinet")
    notes = (CPB / "notes.txt").read_text(encoding="utf-8").replace("\nSA/SM\n", "\nSA/XY\n")
    (tmp_path / "notes.txt").write_text(notes, encoding="utf-8")
    with pytest.raises(errors.InputError, match="unknown initials 'XY'") as info:
        gv.load_board_folder(tmp_path, board="Scrutiny Committee")
    assert info.value.field == "ACTION BY"
    assert info.value.line is not None and info.value.file is not None
    assert info.value.file.endswith("notes.txt")
