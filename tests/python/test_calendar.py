"""Meetings as an iCalendar feed: valid, with cancelled events and UIDs stable across exports."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pytest

icalendar = pytest.importorskip("icalendar")

from boardroom._calendar import calendar_bytes, meeting_uid, pack_file_name  # noqa: E402
from boardroom._core import governance as _g  # noqa: E402
from boardroom.cli import main  # noqa: E402
from boardroom.store import example_bundle, init_store, open_store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "board.sqlite"
    init_store(path, example_bundle())
    return path


def _events(path: Path) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_every_meeting_is_an_event_with_venue_status_and_pack_link(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings.ics"
    assert main(["calendar", str(store), "--out", str(out), "--pack-url", "https://example.org/packs/"]) == 0
    events = _events(out)
    with open_store(store, "read_only") as opened:
        meetings = opened.load().records.meetings
    assert len(events) == len(meetings) == 4
    december = events[meeting_uid("South Ribble, Chorley & West Lancashire Children's Partnership Board", _dt.date(2015, 12, 10))]
    assert december.decoded("dtstart") == _dt.datetime(2015, 12, 10, 14, 0, tzinfo=december.decoded("dtstart").tzinfo)
    assert str(december["location"]) == "Town Hall, Market Street, Chorley, PR7 1DP"
    assert str(december["status"]) == "CONFIRMED"
    assert str(december["url"]) == "https://example.org/packs/" + pack_file_name(
        "South Ribble, Chorley & West Lancashire Children's Partnership Board", _dt.date(2015, 12, 10)
    )
    september = next(e for e in events.values() if e.decoded("dtstart") == _dt.date(2015, 9, 17))
    assert september.decoded("dtend") == _dt.date(2015, 9, 18)  # no time printed: all day


def test_a_re_export_keeps_uids_and_a_cancellation_updates_the_entry(store: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.ics"
    second = tmp_path / "second.ics"
    assert main(["calendar", str(store), "--board", "CPB", "--out", str(first)]) == 0
    with open_store(store) as opened:
        bundle = opened.load()
        register = bundle.records
        march = next(m for m in register.meetings if m.date == _dt.date(2016, 3, 10))
        march.status = _g.MeetingStatus.CANCELLED
        register.update_meeting(march)
        bundle.records = register
        opened.save(bundle)
    assert main(["calendar", str(store), "--board", "CPB", "--out", str(second)]) == 0
    before, after = _events(first), _events(second)
    assert set(before) == set(after) and len(after) == 4
    uid = meeting_uid("South Ribble, Chorley & West Lancashire Children's Partnership Board", _dt.date(2016, 3, 10))
    assert str(before[uid]["status"]) == "CONFIRMED"
    assert str(after[uid]["status"]) == "CANCELLED"
    assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])


def test_two_meetings_of_a_board_on_one_day_keep_distinct_uids() -> None:
    register = _g.Register()
    board = register.add_board(_g.Board("Health and Wellbeing Board"))
    for hour in (10, 14):
        meeting = _g.Meeting()
        meeting.board_id = board
        meeting.board = "Health and Wellbeing Board"
        meeting.date = _dt.date(2026, 1, 15)
        meeting.start = _dt.time(hour)
        register.add_meeting(meeting)
    calendar = icalendar.Calendar.from_ical(calendar_bytes(register))
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert uids == ["health-and-wellbeing-board-2026-01-15@boardroom", "health-and-wellbeing-board-2026-01-15-2@boardroom"]


def test_calendar_failures_are_one_line(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", str(store), "--board", "Nobody", "--out", str(tmp_path / "x.ics")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no board is called 'Nobody'" in err
    assert main(["calendar", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "x.ics")]) == 1
    assert "no such store" in capsys.readouterr().err


def test_without_icalendar_the_command_says_what_to_install(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "icalendar", None)
    assert main(["calendar", str(store), "--out", str(tmp_path / "x.ics")]) == 1
    assert "needs icalendar: pip install 'boardroom-governance[calendar]'" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
