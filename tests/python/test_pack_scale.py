"""The pack of one board in a store of many: its own plans, the same sections from the board's
own records as from the whole register, and the JSON export written record by record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from boardroom import store as st
from boardroom._core import governance as g
from boardroom._core import plans as cp
from boardroom._core.io import BoardBundle, bundle_from_json, bundle_to_json
from boardroom.report import board_pack
from boardroom.report.governance_sections import (
    render_action_log,
    render_attendance,
    render_forward_plan,
    render_matters_arising,
)
from boardroom.report.minutes_section import render_minutes
from boardroom.report.pack import assemble_sections, board_plans

DATES = [dt.date(2016, month, 14) for month in (1, 3, 5, 7)]


def _plan(title: str, board: str) -> cp.Plan:
    plan = cp.Plan()
    plan.title = title
    plan.board = board
    cp.add_section(plan, cp.PlanSection("1", "Priority"))
    cp.add_action(plan, cp.PlanAction("1.1", "1", "Do the thing", leads="Manager"))
    cp.add_ratings(plan, [cp.RagRating("1.1", DATES[0], "A", "Manager")])
    return plan


def _two_boards() -> BoardBundle:
    reg = g.Register()
    council = reg.add_organisation(g.Organisation("County Council"))
    boards = [
        reg.add_board(g.Board("Health and Wellbeing Board", aliases=["HWB"])),
        reg.add_board(g.Board("Community Safety Partnership")),
    ]
    for b, board in enumerate(boards):
        people = [reg.add_person(g.Person(f"Given{b}{i}", f"Family{b}{i}", organisation=council)) for i in range(3)]
        for person in people:
            reg.add_membership(g.Membership(person, board, on_behalf_of=council, start=dt.date(2015, 1, 1)))
        for n, day in enumerate(DATES):
            meeting = g.Meeting()
            meeting.board_id = board
            meeting.date = day
            meeting.status = g.MeetingStatus.HELD if n < len(DATES) - 1 else g.MeetingStatus.SCHEDULED
            item = g.AgendaItem()
            item.number = "1"
            item.title = "Performance report"
            meeting.agenda = [item]
            mid = reg.add_meeting(meeting)
            if n == len(DATES) - 1:
                continue
            for i, person in enumerate(people):
                status = g.AttendanceStatus.APOLOGIES if i == n % 3 else g.AttendanceStatus.PRESENT
                reg.add_attendance(g.Attendance(mid, person, status, organisation=council))
            action = g.Action(mid, f"Report back ({day})", [people[n % 3]], item="1", due=g.Due.next_meeting())
            action.set_status(day, g.ActionStatus.OPEN)
            reg.add_action(action)
        reg.add_forward_plan_entry(g.ForwardPlanEntry(board, "Annual report", meeting_date=DATES[-1]))
    minutes = []
    for m in reg.meetings:
        if m.status == g.MeetingStatus.HELD:
            minute = g.MinuteItem()
            minute.meeting = m.id
            minute.number = "1"
            minute.title = "Performance report"
            minute.paragraphs = ["The board noted the report."]
            minute.part = g.AgendaPart.PUBLIC
            minutes.append(minute)
    reg.minutes = minutes
    reg.check_references()
    bundle = BoardBundle()
    bundle.records = reg
    bundle.plans = [
        _plan("Wellbeing plan", "hwb"),  # by its alias, in another case
        _plan("Safety plan", "Community Safety Partnership"),
        _plan("Unattributed plan", ""),
        _plan("A partner's plan", "Pan-Lancashire LSCB"),
    ]
    return bundle


def test_a_pack_shows_its_own_boards_plans_and_those_of_no_board_in_the_store() -> None:
    bundle = _two_boards()
    shown = [p.title for p in board_plans(bundle, "Health and Wellbeing Board")]
    assert shown == ["Wellbeing plan", "Unattributed plan", "A partner's plan"]
    shown = [p.title for p in board_plans(bundle, "Community Safety Partnership")]
    assert shown == ["Safety plan", "Unattributed plan", "A partner's plan"]
    reg = bundle.records
    hwb = reg.find_board("HWB")
    assert hwb is not None
    meeting = reg.meeting(reg.meetings_of(hwb)[-1])
    titles = [s.title for s in assemble_sections(bundle, "HWB", meeting)]
    assert "Wellbeing plan" in titles and "Safety plan" not in titles


def test_the_boards_own_records_render_the_same_sections() -> None:
    bundle = _two_boards()
    whole = bundle.records
    board = whole.find_board("Community Safety Partnership")
    assert board is not None
    own = whole.board_records(board)
    assert {m.board_id for m in own.meetings} == {board}
    assert len(own.people) == 3
    held = [whole.meeting(i) for i in whole.meetings_of(board)][:-1]
    last, pack_day = held[-1], DATES[-1]
    assert render_attendance(own, last.id) == render_attendance(whole, last.id)
    assert render_minutes(own, last.id, pack_day) == render_minutes(whole, last.id, pack_day)
    assert render_action_log(own, board, pack_day) == render_action_log(whole, board, pack_day)
    assert render_matters_arising(own, board, pack_day) == render_matters_arising(whole, board, pack_day)
    assert render_forward_plan(own, board, as_of=pack_day) == render_forward_plan(whole, board, as_of=pack_day)
    assert g.due_date(own, own.actions[0]) == g.due_date(whole, own.actions[0])


def test_the_pack_from_a_store_of_two_boards(tmp_path: Path) -> None:
    path = st.init_store(tmp_path / "two.sqlite", _two_boards())
    html = board_pack(path, board="Community Safety Partnership", meeting=DATES[-1])
    assert "Safety plan" in html and "Wellbeing plan" not in html
    assert "Family10" in html and "Family00" not in html  # its members only


@pytest.mark.parametrize("indent", [2, 0, -1])
def test_the_streamed_json_is_the_whole_documents_text(indent: int) -> None:
    bundle = st.example_bundle()
    text = bundle_to_json(bundle, indent=indent)
    document = json.loads(text)
    if indent < 0:
        expected = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    else:
        expected = json.dumps(document, ensure_ascii=False, indent=indent)
    assert text == expected
    assert bundle_to_json(bundle_from_json(text, "round trip"), indent=indent) == text
