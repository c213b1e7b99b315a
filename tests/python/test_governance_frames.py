"""The pandas views: columns, dtypes, empty registers, privacy of people_frame, charts."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterator

import pandas as pd
import pytest

from boardroom import errors
from boardroom import governance as gv

from conftest import REPO

CPB = REPO / "examples" / "cpb-2015-09-17"

INT = "int64"
NINT = "Int64"
DATE = "datetime64[ns]"
CAT = "category"
BOOL = "bool"
FLOAT = "float64"


@pytest.fixture(scope="module")
def cpb() -> gv.BoardFolder:
    return gv.load_board_folder(CPB, unmarked_part=gv.AgendaPart.PUBLIC)


VIEWS: dict[str, tuple[Callable[[gv.Register], pd.DataFrame], dict[str, str]]] = {
    "people": (
        gv.people_frame,
        {"person_id": INT, "name": "", "display_name": "", "honorific": "", "given_name": "", "family_name": "",
         "initials": "", "organisation": "", "title": "", "other_names": ""},
    ),
    "boards": (
        gv.boards_frame,
        {"board_id": INT, "name": "", "kind": "", "aliases": "", "parent": "", "reports_to": "", "host": "", "remit": "",
         "established": DATE, "planned_end": DATE, "ended": DATE, "quorum": "", "standing_items": ""},
    ),
    "memberships": (
        gv.memberships_frame,
        {"person_id": INT, "name": "", "board_id": INT, "board": "", "role": "", "on_behalf_of": "", "start": DATE,
         "end": DATE, "voting": BOOL, "note": ""},
    ),
    "meetings": (
        gv.meetings_frame,
        {"meeting_id": INT, "board_id": INT, "board": "", "date": DATE, "start": "", "end": "", "venue": "",
         "status": CAT, "agenda_items": INT, "minuted": BOOL, "in_room": INT, "apologies": INT},
    ),
    "attendance": (
        gv.attendance_frame,
        {"meeting_id": INT, "date": DATE, "board": "", "person_id": INT, "name": "", "initials": "", "status": CAT,
         "capacity": "", "organisation": "", "chaired": BOOL, "substitute_for": "", "substitute_for_id": NINT},
    ),
    "actions": (
        lambda reg: gv.actions_frame(reg, as_of="2016-01-04"),
        {"action_id": INT, "board": "", "meeting_id": INT, "raised_on": DATE, "item": "", "text": "", "owners": "",
         "owner_initials": "", "owners_as_printed": "", "due": DATE, "due_rule": "", "status": CAT,
         "status_changed": DATE, "overdue": BOOL, "days_overdue": NINT},
    ),
    "overdue": (
        lambda reg: gv.overdue_actions(reg, "2016-01-04"),
        {"owner_id": INT, "owner": "", "initials": "", "action_id": INT, "board": "", "raised_on": DATE, "item": "",
         "text": "", "due": DATE, "days_overdue": NINT, "status": CAT, "joint_with": ""},
    ),
    "forward_plan": (
        gv.forward_plan_frame,
        {"board": "", "meeting_date": DATE, "scheduled": BOOL, "topic": "", "lead_officers": "", "notes": ""},
    ),
    "declarations": (
        gv.declarations_frame,
        {"meeting_id": INT, "date": DATE, "board": "", "none_disclosed": BOOL, "as_minuted": "", "member_id": NINT,
         "member": "", "item": "", "kind": CAT, "text": ""},
    ),
    "resolutions": (
        gv.resolutions_frame,
        {"meeting_id": INT, "date": DATE, "board": "", "item": "", "item_title": "", "preamble": "", "label": "", "text": ""},
    ),
    "minutes": (
        gv.minutes_frame,
        {"meeting_id": INT, "date": DATE, "board": "", "item": "", "title": "", "text": "", "resolutions": INT, "actions": INT},
    ),
    "rates": (
        gv.attendance_rate,
        {"person_id": INT, "name": "", "organisation": "", "expected": INT, "present": INT, "apologies": INT,
         "absent": INT, "substituted": INT, "rate": FLOAT},
    ),
    "organisation_rates": (
        lambda reg: gv.attendance_rate(reg, by="organisation"),
        {"organisation_id": INT, "organisation": "", "meetings_expected": INT, "meetings_represented": INT,
         "attendances": INT, "rate": FLOAT},
    ),
}


def _check(frame: pd.DataFrame, expected: dict[str, str]) -> None:
    assert list(frame.columns) == list(expected)
    for column, dtype in expected.items():
        if dtype:
            assert str(frame[column].dtype) == dtype, column
    assert isinstance(frame.index, pd.RangeIndex)


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_columns_and_dtypes(cpb: gv.BoardFolder, view: str) -> None:
    make, expected = VIEWS[view]
    frame = make(cpb.register)
    _check(frame, expected)
    for column, dtype in expected.items():
        if not dtype and len(frame):
            assert frame[column].map(lambda v: v is None or v != v or isinstance(v, str) or hasattr(v, "hour")).all(), column


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_an_empty_register_gives_empty_frames_with_the_same_columns(view: str) -> None:
    make, expected = VIEWS[view]
    frame = make(gv.Register())
    assert frame.empty
    _check(frame, expected)


def test_statuses_are_categories_with_every_value(cpb: gv.BoardFolder) -> None:
    attendance = gv.attendance_frame(cpb.register)
    assert list(attendance["status"].cat.categories) == ["present", "apologies", "absent", "substitute", "in attendance"]
    actions = gv.actions_frame(cpb.register, as_of="2016-01-04")
    assert list(actions["status"].cat.categories) == ["open", "in progress", "done", "dropped"]
    assert gv.ATTENDANCE_STATUSES == list(attendance["status"].cat.categories)


def test_people_frame_leaves_contact_details_out_unless_asked(cpb: gv.BoardFolder) -> None:
    reg = copy.copy(cpb.register)
    (karl,) = reg.find_people("Karl Turner")
    person = reg.person(karl)
    person.contact = gv.ContactDetails(phone="01772 536083", email="karl@example.org")
    reg.update_person(person)
    public = gv.people_frame(reg)
    assert "phone" not in public.columns and "email" not in public.columns
    assert "karl@example.org" not in public.to_string()
    private = gv.people_frame(reg, include_private=True).set_index("name")
    assert private.loc["Karl Turner", "email"] == "karl@example.org"
    assert private.loc["Karl Turner", "phone"] == "01772 536083"
    assert private["email"].isna().sum() == len(private) - 1
    row = public.set_index("name").loc["Karl Turner"]
    assert (row["initials"], row["organisation"], row["title"]) == (
        "KT",
        "Lancashire County Council",
        "Children's Trust Development",
    )


def test_views_filter_by_board_and_meeting(cpb: gv.BoardFolder) -> None:
    reg = cpb.register
    assert len(gv.meetings_frame(reg, board="CPB")) == 4
    assert gv.meetings_frame(reg, board="Health and Wellbeing Board").empty
    assert len(gv.attendance_frame(reg, board="CPB")) == 25
    september = reg.find_meeting(cpb.board, pd.Timestamp("2015-09-17").date())
    assert september is not None
    assert len(gv.attendance_frame(reg, september)) == 25
    assert len(gv.attendance_frame(reg, reg.meeting(september))) == 25
    assert gv.attendance_frame(reg, "2015-12-10").empty, "not yet minuted"
    assert len(gv.minutes_frame(reg, "2015-09-17")) == 13
    assert gv.minutes_frame(reg).set_index("item").loc["5", "actions"] == 2
    with pytest.raises(errors.NotFoundError):
        gv.attendance_frame(reg, 999)
    with pytest.raises(errors.InputError) as info:
        gv.attendance_rate(reg, by="team")  # type: ignore[arg-type]
    assert info.value.field == "by"
    with pytest.raises(errors.InputError) as info:
        gv.attendance_rate(reg, start="2016-01-01", end="2015-01-01")
    assert info.value.field == "end"


def test_terms_ending_and_memberships(cpb: gv.BoardFolder) -> None:
    reg = copy.copy(cpb.register)
    (karl,) = reg.find_people("Karl Turner")
    reg.add_membership(
        gv.Membership(karl, cpb.board, role=gv.Role.OFFICER, start=pd.Timestamp("2014-04-01").date(), end=pd.Timestamp("2016-03-31").date())
    )
    ending = gv.terms_ending(reg, "2016-01-04", 90)
    assert ending[["name", "role", "days_left"]].values.tolist() == [["Karl Turner", "officer", 87]]
    assert gv.terms_ending(reg, "2016-01-04", 30).empty
    members = gv.memberships_frame(reg, board="CPB", active_on="2015-12-10")
    assert "Karl Turner" in set(members["name"])
    assert not members.set_index("name").loc["Karl Turner", "voting"], "officers do not vote"
    chair = members[members["role"] == "chair"]
    assert chair["name"].tolist() == ["Rebecca Huddleston"]


@pytest.fixture
def agg() -> Iterator[None]:
    import matplotlib

    matplotlib.use("Agg")
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def test_attendance_heatmap(cpb: gv.BoardFolder, agg: None) -> None:
    ax = gv.plot_attendance(cpb.register, board="CPB")
    assert ax.get_title() == "Attendance by member"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2015-09-17"]
    assert len(ax.get_yticklabels()) == 25
    letters = [t.get_text() for t in ax.texts]
    assert letters.count("P") == 19 and letters.count("A") == 6
    legend = ax.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["P present", "S substitute came", "A apologies", "X absent"]


def test_attendance_by_organisation_chart(cpb: gv.BoardFolder, agg: None) -> None:
    ax = gv.plot_attendance_by_organisation(cpb.register)
    assert len(ax.patches) == 13
    assert "0/1" in [t.get_text() for t in ax.texts]
    assert ax.get_xlabel() == "Meetings represented (%)"


def test_charts_without_matplotlib_say_what_to_install(cpb: gv.BoardFolder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"need matplotlib.*pip install matplotlib"):
        gv.plot_attendance(cpb.register)
    assert len(gv.attendance_frame(cpb.register)) == 25, "the tables need no matplotlib"
