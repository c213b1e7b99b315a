"""A committee's history from a ModernGov web service, served from fixtures on 127.0.0.1."""

from __future__ import annotations

import datetime as _dt
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from boardroom import errors
from boardroom._core import governance as _g
from boardroom._moderngov import ModernGovClient, import_committee, service_url
from boardroom.cli import main
from boardroom.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"
TODAY = _dt.date(2026, 12, 6)


@dataclass
class Service:
    """The fixture service: what it answers, what it was asked, and when."""

    url: str = ""
    fail: dict[str, list[int]] = field(default_factory=dict)  # request -> HTTP statuses to answer first
    replace: dict[str, bytes] = field(default_factory=dict)  # request -> body to answer instead
    cut: dict[str, int] = field(default_factory=dict)  # request -> bytes sent before the connection drops
    slow: dict[str, float] = field(default_factory=dict)  # request -> seconds to wait before answering
    log: list[tuple[str, float, float]] = field(default_factory=list)  # request, start, end

    def body(self, key: str) -> bytes | None:
        if key in self.replace:
            return self.replace[key]
        operation, _, params = key.partition("?")
        query = dict(urllib.parse.parse_qsl(params))
        name = {
            "GetCommittees": "GetCommittees.xml",
            "GetMeetings": f"GetMeetings-{query.get('lCommitteeId')}.xml",
            "GetMeeting": f"GetMeeting-{query.get('lMeetingId')}.xml",
        }.get(operation)
        path = FIXTURES / name if name else None
        return path.read_bytes() if path is not None and path.is_file() else None


def _key(path: str) -> str:
    """"/mgWebService.asmx/GetMeeting?lMeetingId=5001" -> "GetMeeting?lMeetingId=5001"."""
    parsed = urllib.parse.urlsplit(path)
    operation = parsed.path.rsplit("/", 1)[-1]
    return f"{operation}?{parsed.query}" if parsed.query else operation


@pytest.fixture
def service() -> Iterator[Service]:
    state = Service()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            start = time.monotonic()
            key = _key(self.path)
            time.sleep(state.slow.get(key, 0.0))
            failures = state.fail.get(key)
            body = state.body(key)
            # Logged before answering, so the client never sees an answer the log lacks.
            state.log.append((key, start, time.monotonic()))
            if failures:
                status = failures.pop(0)
                self.send_response(status)
                self.end_headers()
            elif body is None or not self.path.startswith("/mgWebService.asmx/"):
                self.send_response(404)
                self.end_headers()
            else:
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: state.cut.get(key, len(body))])

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = False  # server_close waits for a slow answer to finish within its test

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that gave up (a timeout test) is no error of the server's

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _client(service: Service, **options: float) -> ModernGovClient:
    settings = {"delay": 0.0, "timeout": 5.0, **options}
    return ModernGovClient(service.url, timeout=settings["timeout"], delay=settings["delay"], retries=2)


def test_the_service_address_is_found_from_the_site() -> None:
    assert service_url("https://democracy.example.gov.uk/") == "https://democracy.example.gov.uk/mgWebService.asmx"
    assert service_url("https://x.gov.uk/mgwebservice.asmx") == "https://x.gov.uk/mgWebService.asmx"
    with pytest.raises(errors.InputError, match="not a web address"):
        service_url("democracy.example.gov.uk")


def test_a_committee_imports_with_meetings_agendas_attendance_and_minutes(service: Service) -> None:
    read = import_committee(service.url, 101, client=_client(service), today=TODAY)
    register = read.bundle.records
    assert read.committee == "Health and Wellbeing Board"
    assert [(m.date.isoformat(), m.status) for m in register.meetings] == [
        ("2026-01-15", _g.MeetingStatus.HELD),
        ("2026-03-12", _g.MeetingStatus.CANCELLED),
        ("2027-01-14", _g.MeetingStatus.SCHEDULED),
    ]
    january = register.meetings[0]
    assert (january.start, january.end, january.venue) == (_dt.time(14), _dt.time(16), "Committee Room 1, Town Hall")
    assert [(i.number, i.title) for i in january.agenda][3] == ("4", "Joint Health & Wellbeing Strategy 2026-2030")
    assert january.item("4").purpose == _g.ItemPurpose.DECISION and january.item("4").leads == ["Director of Public Health"]
    people = {p.id: p.full_name for p in register.people}
    seen = {people[a.person]: (a.status, a.chaired) for a in register.attendance_at(january.id)}
    assert seen == {
        "Anne Baker": (_g.AttendanceStatus.PRESENT, True),
        "Tom Price": (_g.AttendanceStatus.PRESENT, False),
        "Sarah Khan": (_g.AttendanceStatus.APOLOGIES, False),
        "Liz Moss": (_g.AttendanceStatus.SUBSTITUTE, False),
    }
    (minute,) = register.minutes
    assert minute.paragraphs == ["The Board considered the draft strategy."]
    assert minute.resolutions[0].preamble.startswith("RESOLVED: That the Joint Health & Wellbeing Strategy")
    # "Expected" at a meeting not yet held is not attendance.
    assert register.attendance_at(register.meetings[2].id) == []
    assert [s[0] for s in service.log] == [
        "GetCommittees?lDummy=0",
        "GetMeetings?lCommitteeId=101&sFromDate=01%2F01%2F2000&sToDate=07%2F12%2F2027",
        "GetMeeting?lMeetingId=5001",
        "GetMeeting?lMeetingId=5002",
        "GetMeeting?lMeetingId=5003",
    ]


def test_part_two_items_are_exempt_with_their_paragraph(service: Service) -> None:
    read = import_committee(service.url, "102", client=_client(service), today=TODAY)
    february = read.bundle.records.meetings[0]
    contract = february.item("6")
    assert contract.part == _g.AgendaPart.EXEMPT and contract.exempt_paragraph == 3
    assert february.item("4").part == _g.AgendaPart.PUBLIC


def test_the_dates_given_bound_the_meetings(service: Service) -> None:
    read = import_committee(
        service.url, 102, client=_client(service), date_from=_dt.date(2026, 3, 1), date_to=_dt.date(2026, 6, 30), today=TODAY
    )
    assert [m.date.isoformat() for m in read.bundle.records.meetings] == ["2026-05-07"]
    assert "sFromDate=01%2F03%2F2026&sToDate=30%2F06%2F2026" in service.log[1][0]


def test_two_committees_and_six_meetings_import_into_a_store_and_render_a_pack(
    service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "council.sqlite"
    assert main(["init", str(store)]) == 0
    argv = ["import", str(store), "--moderngov", service.url, "--committee", "101", "--committee", "102", "--delay", "0.05"]
    assert main(argv) == 0
    assert "read 3 meetings of Health Scrutiny Committee" in capsys.readouterr().err
    with open_store(store, "read_only") as opened:
        register = opened.load().records
    assert sorted(b.name for b in register.boards) == ["Health Scrutiny Committee", "Health and Wellbeing Board"]
    assert len(register.meetings) == 6
    # One request at a time, a pause between them.
    spans = sorted((start, end) for _, start, end in service.log)
    assert len(spans) == 9  # the committees are asked for once
    assert all(later[0] - earlier[1] >= 0.04 for earlier, later in zip(spans, spans[1:]))
    pack = tmp_path / "pack.html"
    public = tmp_path / "public.html"
    assert main(["pack", str(store), "--board", "Health Scrutiny Committee", "--meeting", "2026-02-05", "--out", str(pack)]) == 0
    assert "Adult Social Care Waiting Times" in pack.read_text(encoding="utf-8")
    argv = ["pack", str(store), "--board", "Health Scrutiny Committee", "--meeting", "2026-02-05", "--public"]
    assert main([*argv, "--out", str(public)]) == 0
    assert "Residential Care Contract" not in public.read_text(encoding="utf-8")
    calendar = tmp_path / "council.ics"
    assert main(["calendar", str(store), "--out", str(calendar)]) == 0
    assert calendar.read_bytes().count(b"BEGIN:VEVENT") == 6


def test_a_server_error_is_retried(service: Service) -> None:
    service.fail["GetMeeting?lMeetingId=5002"] = [500]
    read = import_committee(service.url, 101, client=_client(service), today=TODAY)
    assert len(read.meetings) == 3
    assert [k for k, _, _ in service.log].count("GetMeeting?lMeetingId=5002") == 2


def test_a_server_that_keeps_failing_is_named(service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    service.fail["GetMeeting?lMeetingId=5002"] = [503] * 10
    store = tmp_path / "s.sqlite"
    assert main(["init", str(store)]) == 0
    capsys.readouterr()
    argv = ["import", str(store), "--moderngov", service.url, "--committee", "101", "--delay", "0"]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{service.url}/mgWebService.asmx/GetMeeting?lMeetingId=5002: the server answered HTTP 503" in err
    assert [k for k, _, _ in service.log].count("GetMeeting?lMeetingId=5002") == 4  # one try and three retries
    with open_store(store, "read_only") as opened:
        assert opened.load().records.meetings == []  # nothing half imported


def test_a_timeout_is_retried_then_named(service: Service) -> None:
    service.slow["GetCommittees?lDummy=0"] = 1.0
    with pytest.raises(errors.StorageError, match=r"GetCommittees\?lDummy=0: no answer within 0.2 s \(tried 3 times\)"):
        import_committee(service.url, 101, client=_client(service, timeout=0.2), today=TODAY)


def test_malformed_xml_names_the_url(service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    service.replace["GetMeeting?lMeetingId=5001"] = (FIXTURES / "GetMeeting-5001.xml").read_bytes()[:700]
    assert main(["init", str(tmp_path / "s.sqlite")]) == 0
    capsys.readouterr()
    argv = ["import", str(tmp_path / "s.sqlite"), "--moderngov", service.url, "--committee", "101", "--delay", "0"]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "GetMeeting?lMeetingId=5001: the answer is not well-formed XML" in err


def test_partial_answers_keep_what_is_there_and_say_what_is_missing(service: Service) -> None:
    partial = b"""<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>6002</meetingid><meetingdate>07/05/2026</meetingdate>
<meetingstatus>Confirmed</meetingstatus><meetingtime>soon</meetingtime></meeting>"""
    service.replace["GetMeeting?lMeetingId=6002"] = partial
    read = import_committee(service.url, 102, client=_client(service), today=TODAY)
    may = read.bundle.records.meetings[1]
    assert may.agenda == [] and may.start is None
    said = [n.message for n in read.notes]
    assert "meeting 6002: no agendaitems in the answer; the meeting is kept without an agenda" in said
    assert "meeting 6002: no attendees in the answer; attendance not recorded" in said
    assert "meeting 6002: meetingtime 'soon' is not a time; left out" in said
    assert all(n.file.endswith("GetMeeting?lMeetingId=6002") for n in read.notes)


@pytest.mark.parametrize(
    ("request_key", "body", "wanted"),
    [
        ("GetMeetings?lCommitteeId=101&sFromDate=01%2F01%2F2000&sToDate=07%2F12%2F2027",
         b"<getmeetings><committee><committeemeetings><meeting><meetingdate>01/02/2026</meetingdate></meeting>"
         b"</committeemeetings></committee></getmeetings>",
         "GetMeetings?lCommitteeId=101&sFromDate=01%2F01%2F2000&sToDate=07%2F12%2F2027: meeting 1 has no meetingid"),
        ("GetMeeting?lMeetingId=5001",
         b"<meeting><meetingid>5001</meetingid><meetingdate>31/02/2026</meetingdate></meeting>",
         "GetMeeting?lMeetingId=5001: meeting 5001: meetingdate '31/02/2026' is not a date"),
        ("GetMeeting?lMeetingId=5001",
         b"<meeting><meetingid>5001</meetingid><meetingdate>15/01/2026</meetingdate><agendaitems><agendaitem>"
         b"<agendaitemnumber>1</agendaitemnumber><agendaitemtitle>Apologies</agendaitemtitle></agendaitem>"
         b"</agendaitems></meeting>",
         "GetMeeting?lMeetingId=5001: meeting 5001, agenda item 1: says neither isrestricted nor Part I / Part II"),
        ("GetMeeting?lMeetingId=5001",
         b"<meeting><meetingid>5001</meetingid><meetingdate>15/01/2026</meetingdate><attendees>"
         b"<attendee attendance='Present'/></attendees></meeting>",
         "GetMeeting?lMeetingId=5001: meeting 5001, attendee 1 has no name"),
    ],
)
def test_bad_records_are_named(service: Service, request_key: str, body: bytes, wanted: str) -> None:
    service.replace[request_key] = body
    with pytest.raises(errors.InputError) as caught:
        import_committee(service.url, 101, client=_client(service), today=TODAY)
    assert wanted in str(caught.value)
    assert str(caught.value).startswith(service.url)


def test_an_unknown_committee_lists_the_ids(service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "s.sqlite")]) == 0
    argv = ["import", str(tmp_path / "s.sqlite"), "--moderngov", service.url, "--committee", "999", "--delay", "0"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "GetCommittees?lDummy=0: no committee has id 999 (ids: 100, 101, 102)" in err
    assert main(["import", str(tmp_path / "s.sqlite"), "--moderngov", service.url]) == 1
    assert "--moderngov needs --committee" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "s.sqlite"), "--moderngov", "http://127.0.0.1:9", "--committee", "1",
                 "--delay", "0", "--timeout", "0.5"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "http://127.0.0.1:9/mgWebService.asmx/GetCommittees?lDummy=0:" in err


def test_an_answer_that_breaks_off_is_retried_then_named(service: Service) -> None:
    service.cut["GetCommittees?lDummy=0"] = 100
    with pytest.raises(errors.StorageError, match=r"GetCommittees\?lDummy=0: the answer broke off after 100 bytes \(tried 3 times\)"):
        import_committee(service.url, 101, client=_client(service), today=TODAY)
    assert len(service.log) == 3


def test_an_answer_wrapped_as_an_asmx_string_is_unwrapped(service: Service) -> None:
    from xml.sax.saxutils import escape

    inner = (FIXTURES / "GetCommittees.xml").read_text(encoding="utf-8").split("?>", 1)[1]
    service.replace["GetCommittees?lDummy=0"] = (
        '<?xml version="1.0" encoding="utf-8"?><string xmlns="http://tempuri.org/">' + escape(inner) + "</string>"
    ).encode()
    read = import_committee(service.url, 102, client=_client(service), today=TODAY)
    assert read.committee == "Health Scrutiny Committee"


def test_no_request_is_made_for_a_store_that_is_not_there(service: Service, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["import", str(tmp_path / "none.sqlite"), "--moderngov", service.url, "--committee", "101", "--delay", "0"]
    assert main(argv) == 1
    assert "none.sqlite: no such store" in capsys.readouterr().err
    assert service.log == []


def test_a_second_import_updates_the_store(service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "council.sqlite"
    assert main(["init", str(store)]) == 0
    argv = ["import", str(store), "--moderngov", service.url, "--committee", "102", "--delay", "0"]
    assert main(argv) == 0
    service.replace["GetMeeting?lMeetingId=6003"] = (
        (FIXTURES / "GetMeeting-6003.xml").read_bytes().replace(b"Committee Room 2, County Hall", b"Council Chamber")
    )
    capsys.readouterr()
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Council Chamber" in out
    with open_store(store, "read_only") as opened:
        register = opened.load().records
    assert len(register.meetings) == 3
    assert [m.venue for m in register.meetings][-1] == "Council Chamber"
