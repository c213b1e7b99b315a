"""Governance sections of the board pack: headings, tables, escaping, and nothing private in public."""

from __future__ import annotations

import copy
import datetime as dt
import re

import markupsafe
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boardroom import errors
from boardroom import governance as gv
from boardroom.report import disclose_register
from boardroom.report import governance_sections as gs

from conftest import REPO

CPB = REPO / "examples" / "cpb-2015-09-17"
SCRUTINY = REPO / "examples" / "scrutiny-2015"
PHONE = "01772 536083"
EMAIL = "karl.turner@lancashire.example.gov.uk"


@pytest.fixture(scope="module")
def cpb() -> gv.BoardFolder:
    return gv.load_board_folder(CPB, unmarked_part=gv.AgendaPart.PUBLIC)


@pytest.fixture(scope="module")
def scrutiny() -> gv.BoardFolder:
    return gv.load_board_folder(SCRUTINY)


def _public(register: gv.Register) -> gv.Register:
    """What a public pack's sections are given: the disclosure gate's register (the example
    papers hold no exempt business and mark no parts)."""
    return disclose_register(register, unmarked_part=gv.AgendaPart.PUBLIC)


def _published(fragment: str, register: gv.Register) -> str:
    """The last step of a public output: the finished text checked against the private register."""
    gs.check_public(fragment, register, "fragment")
    return fragment


def _with_contacts(register: gv.Register) -> gv.Register:
    """A copy in which Karl Turner and Sarah Ashcroft have contact details."""
    reg = copy.copy(register)
    for printed, phone, email in (("Karl Turner", PHONE, EMAIL), ("Sarah Ashcroft", "01257 515151", "sarah@chorley.example")):
        (found,) = reg.find_people(printed)
        person = reg.person(found)
        person.contact = gv.ContactDetails(phone=phone, email=email)
        reg.update_person(person)
    return reg


def _headings(html: str) -> list[str]:
    return re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)


def test_attendance_fragment(cpb: gv.BoardFolder) -> None:
    html = gs.render_attendance(cpb.register, "2015-09-17")
    assert _headings(html) == ["Attendance", "Present", "Apologies"]
    assert "<caption>Present (19)</caption>" in html
    assert "<caption>Apologies (6)</caption>" in html
    assert html.count('<th scope="row">') == 25
    assert '<th scope="col">Organisation</th>' in html
    assert '<th scope="row">Rebecca Huddleston (Chair)</th>' in html
    assert '<th scope="row">Cllr Yvonne Gagen</th>' in html
    assert "Head of Policy &amp; Communications" in html
    assert html == _published(gs.render_attendance(_public(cpb.register), "2015-09-17"), cpb.register), "nothing private to leave out"


def test_substitutes_are_named_with_whom_they_replaced(scrutiny: gv.BoardFolder) -> None:
    html = _published(gs.render_attendance(_public(scrutiny.register), dt.date(2015, 6, 19)), scrutiny.register)
    assert _headings(html) == ["Attendance", "Present", "Apologies", "Substitutes", "In attendance"]
    for sentence in (
        "Fabian Craig-Wilson replaced Vivien Taylor for this meeting.",
        "Steven Holgate replaced Alyson Barnes for this meeting.",
        "Cynthia Dereli replaced Richard Newman-Thompson for this meeting.",
    ):
        assert sentence in html
    assert "<caption>Substitutes (3)</caption>" in html
    assert '<th scope="col">Replaced, for this meeting</th>' in html
    assert "No apologies are recorded." in html


def test_action_log_groups_overdue_open_and_completed(cpb: gv.BoardFolder) -> None:
    html = _published(gs.render_action_log(_public(cpb.register), "CPB", "2016-01-04"), cpb.register)
    assert _headings(html) == ["Action log", "Overdue", "Open", "Completed since the last meeting"]
    assert "as at 4 January 2016; completed actions since 17 September 2015" in html
    assert "Outstanding actions past their due date (4)" in html
    assert "Sarah Ashcroft (SA), Sheila Minchin (SM)" in html
    assert "Karl Turner (KT), Sarah Ashcroft (SA)" in html
    assert "10 December 2015 (next meeting)" in html
    assert html.count("25 days overdue") == 4

    reg = copy.copy(cpb.register)
    reg.set_action_status(1, dt.date(2015, 12, 10), gv.ActionStatus.DONE, "reported to the Trust Board")
    reg.set_action_status(2, dt.date(2015, 12, 10), gv.ActionStatus.IN_PROGRESS)
    done = gs.render_action_log(reg, "CPB", "2016-01-04", since="2015-12-10")
    assert "Actions done or dropped since 10 December 2015" not in done, "done on the 10th, not after"
    done = gs.render_action_log(reg, "CPB", "2016-01-04")
    assert "Actions done or dropped since 17 September 2015 (1)" in done
    assert "done: reported to the Trust Board" in done
    assert "in progress, 25 days overdue" in done
    before = gs.render_action_log(reg, "CPB", "2015-11-01")
    assert "No actions are overdue." in before
    assert "Outstanding actions not yet due (4)" in before


def test_matters_arising_fragment(cpb: gv.BoardFolder) -> None:
    html = _published(gs.render_matters_arising(_public(cpb.register), "CPB", "2016-03-10"), cpb.register)
    assert _headings(html) == ["Matters arising"]
    assert "for the meeting of Thursday 10 March 2016: the actions minuted on 17 September 2015" in html
    assert html.count("<li>") == 4 and "<table" not in html, "a list pointing into the action log"
    assert 'see <a href="#action-1">A1</a>' in html
    assert "Rebecca Huddleston" not in html, "owners are in the action log"
    empty = gs.render_matters_arising(cpb.register, "CPB", "2015-09-17")
    assert "There is no earlier meeting of this board on record." in empty


def test_forward_plan_fragment(scrutiny: gv.BoardFolder) -> None:
    html = _published(gs.render_forward_plan(_public(scrutiny.register), "Scrutiny Committee", as_of="2015-07-01"), scrutiny.register)
    assert _headings(html) == ["Forward plan", "Not yet scheduled", "Task and finish groups"]
    assert '<th scope="rowgroup" rowspan="2">Friday 18 September 2015</th>' in html
    assert "Tony Pounder; lan Crabtree" in html
    assert "Bus Services and Subsidies" in html
    assert '<th scope="row">Planning Matters</th>' in html
    later = gs.render_forward_plan(scrutiny.register, "Scrutiny Committee", since="2015-10-01", as_of="2015-10-01")
    assert "Safeguarding Children" not in later and "Road Safety" in later


def test_overrunning_task_group_is_flagged(scrutiny: gv.BoardFolder) -> None:
    reg = copy.copy(scrutiny.register)
    group = reg.board(reg.find_board("Planning Matters") or 0)
    group.planned_end = dt.date(2015, 3, 31)
    reg.update_board(group)
    html = gs.render_forward_plan(reg, "Scrutiny Committee", as_of="2015-07-01")
    assert "31 March 2015: still meeting past its planned end on 1 July 2015" in html
    assert '<tr class="overrunning">' in html


def test_markup_in_the_data_is_escaped(cpb: gv.BoardFolder) -> None:
    reg = copy.copy(cpb.register)
    action = reg.action(1)
    action.text = '<script>alert("x")</script> & <b>bold</b>'
    reg.update_action(action)
    html = _published(gs.render_action_log(_public(reg), "CPB", "2016-01-04"), reg)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(str.strip))
def test_any_action_text_comes_out_escaped(text: str) -> None:
    reg = gv.Register()
    board = reg.add_board(gv.Board("Test Board"))
    meeting = gv.Meeting()
    meeting.board_id = board
    meeting.date = dt.date(2020, 1, 1)
    meeting_id = reg.add_meeting(meeting)
    owner = reg.add_person(gv.Person("Ann", "Owner"))
    reg.add_action(gv.Action(meeting_id, text, [owner], item="1"))
    html = gs.render_action_log(reg, board, "2020-02-01")
    assert str(markupsafe.escape(text)) in html


def test_contact_details_only_in_the_private_action_log(cpb: gv.BoardFolder) -> None:
    reg = _with_contacts(cpb.register)
    private = gs.render_action_log(reg, "CPB", "2016-01-04")
    assert '<th scope="col">Contact (private)</th>' in private
    assert EMAIL in private and PHONE in private
    for html in (
        _published(gs.render_action_log(_public(reg), "CPB", "2016-01-04"), reg),
        _published(gs.render_matters_arising(_public(reg), "CPB", "2016-03-10"), reg),
        _published(gs.render_attendance(_public(reg), "2015-09-17"), reg),
    ):
        assert "Contact (private)" not in html
        for secret in (EMAIL, PHONE, "sarah@chorley.example", "01257 515151"):
            assert secret not in html


def test_contact_details_planted_in_text_refuse_to_publish(cpb: gv.BoardFolder) -> None:
    reg = _with_contacts(cpb.register)
    action = reg.action(2)
    action.text = f"Karl to advise (call {PHONE.replace(' ', '')})."
    reg.update_action(action)
    with pytest.raises(errors.DisclosureError, match="Karl Turner's telephone number"):
        _published(gs.render_action_log(_public(reg), "CPB", "2016-01-04"), reg)
    assert PHONE.replace(" ", "") in gs.render_action_log(reg, "CPB", "2016-01-04"), "private is fine"

    other = copy.copy(cpb.register)
    (gagen,) = other.find_people("Yvonne Gagen")
    rows = other.attendance
    for record in rows:
        if record.person == gagen:
            record.capacity = "Deputy Leader, yvonne.gagen@westlancs.example"
    other.attendance = rows
    with pytest.raises(errors.DisclosureError, match="an email address"):
        _published(gs.render_attendance(_public(other), "2015-09-17"), other)
    with pytest.raises(errors.DisclosureError, match="telephone number"):
        gs.check_public("<p>Ring 07700 900123</p>", gv.Register())
    gs.check_public("<p>Pages 3 - 10, 2015-09-17, 2.00 pm, PR7 1DP</p>", gv.Register())


def test_actions_raised_at_exempt_items_stay_out_of_public_fragments(cpb: gv.BoardFolder) -> None:
    reg = copy.copy(cpb.register)
    september = reg.meeting(reg.find_meeting(cpb.board, dt.date(2015, 9, 17)) or 0)
    item = gv.AgendaItem()
    item.number = "8"
    item.title = "Raising Aspirations (exempt)"
    item.part = gv.AgendaPart.EXEMPT
    item.exempt_paragraph = 3
    september.agenda = [item]
    reg.update_meeting(september)
    public = _published(gs.render_action_log(_public(reg), "CPB", "2016-01-04"), reg)
    assert "Jennifer Clough" not in public
    assert "Not for publication" in public and "Exempt — paragraph 3 of Schedule 12A" in public
    assert '<span class="tag exempt-tag">Part II</span>' in gs.render_action_log(reg, "CPB", "2016-01-04")
    assert "Jennifer Clough" in gs.render_action_log(reg, "CPB", "2016-01-04")
    assert "Jennifer Clough" not in _published(gs.render_matters_arising(_public(reg), "CPB", "2016-03-10"), reg)


def test_unknown_board_or_meeting(cpb: gv.BoardFolder) -> None:
    with pytest.raises(errors.NotFoundError, match="no board is called 'Cabinet'"):
        gs.render_action_log(cpb.register, "Cabinet", "2016-01-04")
    with pytest.raises(errors.NotFoundError, match="no meeting on 2015-09-18"):
        gs.render_attendance(cpb.register, "2015-09-18")
    with pytest.raises(errors.InputError) as info:
        gs.render_matters_arising(cpb.register, "CPB", "10/03/2016")
    assert info.value.field == "date"
