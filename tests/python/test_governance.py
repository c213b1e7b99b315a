from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import boardroom
from boardroom import errors
from boardroom.governance import AgendaItem, AgendaPart, ItemPurpose, Meeting, MeetingStatus, agenda_frame, validate


def test_example_meeting_loads() -> None:
    meeting = boardroom.load_meeting(boardroom.example_path())
    assert meeting.board == "South Ribble, Chorley & West Lancashire Children's Partnership Board"
    assert meeting.date == dt.date(2015, 12, 10)
    assert meeting.start == dt.time(14, 0)
    assert meeting.status == MeetingStatus.SCHEDULED
    assert [item.number for item in meeting.agenda] == ["1", "2", "3", "4", "5", "5a", "6", "7", "8", "9", "10"]
    assert meeting.item("3").title == "Infant Mortality"
    assert meeting.item("4").purpose == ItemPurpose.DISCUSS
    with pytest.raises(errors.NotFoundError, match="no agenda item numbered '12'"):
        meeting.item("12")


def test_agenda_frame_columns_and_types() -> None:
    frame = agenda_frame(boardroom.load_meeting(boardroom.example_path()))
    assert list(frame.columns) == [
        "number",
        "title",
        "purpose",
        "intended_outcome",
        "leads",
        "first_page",
        "last_page",
        "part",
        "exempt_paragraph",
        "standing",
        "urgent_reason",
    ]
    assert len(frame) == 11
    assert frame["urgent_reason"].isna().all(), "the example has no urgent business"
    row = frame.set_index("number").loc["4"]
    assert (row["first_page"], row["last_page"]) == (17, 46)
    assert row["leads"] == "Mike Cooney, Course Co-ordinator - Public Services, West Lancashire College"
    assert frame["first_page"].isna().sum() == 8
    assert str(frame["first_page"].dtype) == "Int64"
    assert set(frame["part"]) == {"I"}
    assert frame.set_index("number").loc["5a", "leads"] == "Karl Turner, Children's Trust Development Officer, LCC; Chair"


def test_meeting_built_in_python_validates() -> None:
    meeting = Meeting()
    meeting.board = "Scrutiny Committee"
    meeting.date = dt.date(2015, 7, 17)
    item = AgendaItem()
    item.number = "9"
    item.title = "Exempt report"
    item.part = AgendaPart.EXEMPT
    item.exempt_paragraph = 8
    meeting.agenda = [item]
    with pytest.raises(errors.ValidationError, match="agenda item '9' is Part II under paragraph 8"):
        validate(meeting)
    item.exempt_paragraph = 0  # not recorded: still Part II, still withheld in public
    meeting.agenda = [item]
    validate(meeting)
    item.exempt_paragraph = 7
    meeting.agenda = [item]
    validate(meeting)


@pytest.mark.parametrize(
    ("agenda", "line", "field", "text"),
    [
        ("number,title,purpose,part\n1,Welcome,Informaton,I\n", 2, "purpose", "unknown purpose 'Informaton'"),
        ("number,title,purpose,part\n1,Welcome,Information,\n", 2, "part", "not marked Part I"),
        ("number,title,purpose,part\n1,Welcome,Information,I\n\n2,\"unclosed,Action,I\n", 4, None, "never closed"),
    ],
)
def test_malformed_agenda_names_file_line_field(
    example_copy: Path, agenda: str, line: int, field: str | None, text: str
) -> None:
    (example_copy / "agenda.csv").write_text(agenda, encoding="utf-8")
    with pytest.raises(errors.InputError, match=text) as info:
        boardroom.load_meeting(example_copy)
    assert info.value.file == str(example_copy / "agenda.csv")
    assert info.value.line == line
    assert info.value.field == field


def test_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(errors.StorageError):
        boardroom.load_meeting(tmp_path / "nowhere")
    with pytest.raises(OSError):
        boardroom.load_meeting(tmp_path / "nowhere")


def test_urgent_business_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "meeting.csv").write_text(
        (Path(boardroom.example_path()) / "meeting.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "agenda.csv").write_text(
        "number,title,purpose,part,urgent_reason\n"
        "1,Welcome,Information,I,\n"
        "2,Late report,Decision,I,the reply was due before the next meeting\n",
        encoding="utf-8",
    )
    meeting = boardroom.load_meeting(tmp_path)
    assert not meeting.item("1").is_urgent
    assert meeting.item("2").is_urgent
    assert meeting.item("2").urgent_reason == "the reply was due before the next meeting"
    frame = agenda_frame(meeting).set_index("number")
    assert frame["urgent_reason"].isna().tolist() == [True, False]
    assert frame.loc["2", "urgent_reason"] == "the reply was due before the next meeting"

    from boardroom.report import render_pack

    for public in (False, True):
        html = render_pack(meeting, public=public)
        assert "urgent business</span>" in html
        assert "Admitted by the Chair as a matter of urgency: the reply was due before the next meeting" in html

    item = meeting.item("2")
    item.urgent_reason = " "
    meeting.agenda = [meeting.item("1"), item]
    with pytest.raises(errors.ValidationError, match="agenda item '2' is urgent business but the chair's reason"):
        validate(meeting)


def test_reason_for_exempt_urgent_business_stays_out_of_the_public_pack(tmp_path: Path) -> None:
    (tmp_path / "meeting.csv").write_text(
        (Path(boardroom.example_path()) / "meeting.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "agenda.csv").write_text(
        "number,title,purpose,part,exempt_paragraph,urgent_reason\n"
        "1,Welcome,Information,I,,\n"
        "2,Contract,Decision,II,3,EXEMPT-URGENT-REASON\n",
        encoding="utf-8",
    )
    meeting = boardroom.load_meeting(tmp_path)
    from boardroom.report import render_pack

    assert "EXEMPT-URGENT-REASON" in render_pack(meeting)
    public = render_pack(meeting, public=True)
    assert "EXEMPT-URGENT-REASON" not in public
    assert "urgent business</span>" in public
    assert "withheld (Exempt \u2014 paragraph 3 of Schedule 12A" in public
