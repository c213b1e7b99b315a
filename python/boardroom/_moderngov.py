"""A committee's history from a council's ModernGov web service (``mgWebService.asmx``).

Three operations of the public service are read, over plain HTTP GET (docs/moderngov.md gives
the response shapes and where they are documented):

- ``GetCommittees``: ``<committees><committee><committeeid>``, ``<committeetitle>``, ...
- ``GetMeetings?lCommitteeId=&sFromDate=&sToDate=`` (dates dd/mm/yyyy): ``<getmeetings>
  <committee><committeemeetings><meeting><meetingid>``, ``<meetingdate>``, ``<meetingstatus>``, ...
- ``GetMeeting?lMeetingId=``: ``<meeting>`` with ``<meetingtime>``, ``<meetinglocation>``,
  ``<agendaitems><agendaitem>`` and ``<attendees><attendee name= attendance= roledescription=>``.

Requests go one at a time with a pause between them, time out, and are retried a few times
(with a growing pause) when the server fails or does not answer; every error names the URL
and the record it was reading.
"""

from __future__ import annotations

import datetime as _dt
import html
import http.client
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional
from xml.etree import ElementTree

from ._core import governance as _g
from .errors import InputError, NotFoundError, StorageError

if TYPE_CHECKING:
    from ._core.io import BoardBundle

__all__ = ["ModernGovClient", "ModernGovImport", "import_committee", "service_url"]

_USER_AGENT = "boardroom (committee records import; one request at a time)"
_DATE = "%d/%m/%Y"
_FAR_BACK = _dt.date(2000, 1, 1)


def service_url(url: str) -> str:
    """The web service's address: the URL given if it ends in mgWebService.asmx, else that
    file in the site's folder (``https://democracy.example.gov.uk`` -> ``.../mgWebService.asmx``)."""
    text = url.strip()
    parsed = urllib.parse.urlsplit(text)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(f"{url}: not a web address (http:// or https://)", field="--moderngov")
    path = parsed.path.rstrip("/")
    for ending in ("/mgWebService.asmx",):
        if path.lower().endswith(ending.lower()):
            path = path[: -len(ending)]
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, f"{path}/mgWebService.asmx", "", ""))


class ModernGovClient:
    """GETs of one web service, one at a time, at least ``delay`` seconds apart.

    A server error (HTTP 5xx), a dropped connection or a timeout is retried ``retries`` times,
    the pause doubling each time; a client error (4xx) is not. Raises
    :class:`~boardroom.errors.StorageError` naming the URL when a request finally fails and
    :class:`~boardroom.errors.InputError` naming the URL when the answer is not XML.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 30.0,
        retries: int = 3,
        delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.service = service_url(url)
        self.timeout = timeout
        self.retries = retries
        self.delay = delay
        self._sleep = sleep
        self._clock = clock
        self._last: Optional[float] = None
        self.requests = 0
        self._kept: dict[str, ElementTree.Element] = {}

    def url(self, operation: str, **params: Any) -> str:
        query = urllib.parse.urlencode({k: str(v) for k, v in params.items()})
        return f"{self.service}/{operation}" + (f"?{query}" if query else "")

    def _wait_turn(self) -> None:
        if self._last is not None:
            left = self.delay - (self._clock() - self._last)
            if left > 0:
                self._sleep(left)

    def fetch(self, operation: str, **params: Any) -> bytes:
        url = self.url(operation, **params)
        pause = max(self.delay, 0.1)
        for attempt in range(self.retries + 1):
            self._wait_turn()
            self.requests += 1
            try:
                request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/xml"})
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body: bytes = response.read()
                self._last = self._clock()
                return body
            except urllib.error.HTTPError as error:
                self._last = self._clock()
                if error.code < 500 or attempt == self.retries:
                    raise StorageError(f"{url}: the server answered HTTP {error.code} {error.reason}", url) from None
            except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, http.client.HTTPException) as error:
                self._last = self._clock()
                if attempt == self.retries:
                    reason = getattr(error, "reason", None) or error
                    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
                        reason = f"no answer within {self.timeout:g} s"
                    elif isinstance(error, http.client.IncompleteRead):
                        reason = f"the answer broke off after {len(error.partial)} bytes"
                    raise StorageError(f"{url}: {reason} (tried {attempt + 1} times)", url) from None
            self._sleep(pause)
            pause *= 2
        raise AssertionError("unreachable")

    def get(self, operation: str, *, keep: bool = False, **params: Any) -> ElementTree.Element:
        """The answer as XML; ``keep`` answers a second ask from the first answer (the list of
        committees, asked once however many committees are imported)."""
        url = self.url(operation, **params)
        if keep and url in self._kept:
            return self._kept[url]
        body = self.fetch(operation, **params)
        try:
            root = ElementTree.fromstring(body)
        except ElementTree.ParseError as error:
            raise InputError(f"{url}: the answer is not well-formed XML ({error})", file=url) from None
        # Some installs wrap the document in an ASMX <string> element as escaped text.
        if _local(root.tag) == "string" and (root.text or "").lstrip().startswith("<"):
            try:
                root = ElementTree.fromstring(root.text or "")
            except ElementTree.ParseError as error:
                raise InputError(f"{url}: the wrapped answer is not well-formed XML ({error})", file=url) from None
        root = _strip_namespaces(root)
        if keep:
            self._kept[url] = root
        return root


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _strip_namespaces(root: ElementTree.Element) -> ElementTree.Element:
    for element in root.iter():
        element.tag = _local(element.tag)
    return root


def _text(element: Optional[ElementTree.Element], name: str) -> str:
    """A child's text, whitespace trimmed, entities the service escaped twice unescaped."""
    if element is None:
        return ""
    child = element.find(name)
    if child is None or child.text is None:
        return ""
    return html.unescape(child.text).strip()


def _flag(element: ElementTree.Element, name: str) -> Optional[bool]:
    value = _text(element, name).casefold()
    return True if value == "true" else False if value == "false" else None


_TAGS = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|tr|h[1-6])\b[^>]*>", re.IGNORECASE)


def _html_paragraphs(fragment: str) -> list[str]:
    text = _BLOCK.sub("\n", fragment)
    text = html.unescape(_TAGS.sub("", text))
    return [re.sub(r"\s+", " ", p).strip() for p in text.split("\n") if p.strip()]


def _date(value: str, url: str, record: str) -> _dt.date:
    try:
        return _dt.datetime.strptime(value.strip()[:10], _DATE).date()
    except ValueError:
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(
                f"{url}: {record}: meetingdate {value!r} is not a date (dd/mm/yyyy)",
                file=url,
                field="meetingdate",
                record=record,
            ) from None


_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


def _time(value: str) -> Optional[_dt.time]:
    match = _TIME.match(value or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "").lower()
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return _dt.time(hour, minute)


def _status(value: str, day: _dt.date, today: _dt.date) -> Optional[_g.MeetingStatus]:
    word = value.split(";", 1)[0].strip().casefold()
    if "cancel" in word or "postponed" in word:
        return _g.MeetingStatus.CANCELLED
    if word in ("provisional", "tentative", "to be confirmed", "moved", "draft"):
        return _g.MeetingStatus.TO_BE_CONFIRMED
    if word in ("confirmed", "held", ""):
        return _g.MeetingStatus.HELD if day <= today else _g.MeetingStatus.SCHEDULED
    return None


def _attendance(value: str) -> Optional[_g.AttendanceStatus]:
    word = value.casefold()
    if "apolog" in word:
        return _g.AttendanceStatus.APOLOGIES
    if "substitut" in word:
        return _g.AttendanceStatus.SUBSTITUTE
    if "absent" in word or "not present" in word:
        return _g.AttendanceStatus.ABSENT
    if "in attendance" in word or "attending" in word:
        return _g.AttendanceStatus.IN_ATTENDANCE
    if "present" in word or "attended" in word:
        return _g.AttendanceStatus.PRESENT
    return None


@dataclass
class ModernGovImport:
    """What a ModernGov import read: the bundle and the counts of what it holds."""

    bundle: BoardBundle
    board: int
    committee: str
    meetings: list[int] = field(default_factory=list)
    requests: int = 0
    notes: list[_g.DataQualityNote] = field(default_factory=list)


def _note(url: str, message: str) -> _g.DataQualityNote:
    return _g.DataQualityNote(url, 0, message)


def _item_part(
    item: ElementTree.Element, url: str, record: str, unmarked_part: Optional[_g.AgendaPart]
) -> tuple[_g.AgendaPart, int]:
    """Part I or II and the Schedule 12A paragraph, as the item states them."""
    stated = _g.exemption_stated(" ".join([_text(item, "agendaitemtitle"), _text(item, "agendatext")]))
    restricted = _flag(item, "isrestricted")
    if stated is not None and stated.is_exempt:
        return _g.AgendaPart.EXEMPT, stated.exempt_paragraph
    if restricted is True:
        return _g.AgendaPart.EXEMPT, 0
    if restricted is False:
        return _g.AgendaPart.PUBLIC, 0
    if unmarked_part is not None:
        return unmarked_part, 0
    raise InputError(
        f"{url}: {record}: says neither isrestricted nor Part I / Part II; "
        "say which part unmarked items are in (--unmarked-part public|exempt)",
        file=url,
        field="isrestricted",
        record=record,
    )


def _number(item: ElementTree.Element, index: int) -> str:
    shown = _text(item, "fulldisplaynumberformat").rstrip(".").strip()
    if shown:
        return shown
    number = _text(item, "agendaitemnumber")
    sub = _text(item, "agendaitemsubnumber")
    return (number + sub) if number and number != "0" else str(index)


def import_committee(
    url: str,
    committee: int | str,
    *,
    date_from: Optional[_dt.date] = None,
    date_to: Optional[_dt.date] = None,
    register: Optional[_g.Register] = None,
    client: Optional[ModernGovClient] = None,
    unmarked_part: Optional[_g.AgendaPart] = None,
    today: Optional[_dt.date] = None,
    progress: Optional[Callable[[int, int, str], None]] = None,
) -> ModernGovImport:
    """Read one committee's meetings between two dates from a ModernGov web service.

    The committee (by its ModernGov id) becomes a board of the register (found by name if the
    register already has it), each meeting a meeting with its time, venue, status and agenda
    (number, title, Part I / II), its attendance (present, apologies, substitutes, in
    attendance) and, where the minutes are published, a minute of each item with its
    resolutions. ``register`` is copied, never changed.
    """
    import copy

    from ._core.io import BoardBundle as Bundle

    say = progress or (lambda step, steps, what: None)
    service = client or ModernGovClient(url)
    today = today or _dt.date.today()
    date_from = date_from or _FAR_BACK
    date_to = date_to or today + _dt.timedelta(days=366)
    if date_to < date_from:
        raise InputError(f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}", field="--to")
    wanted = str(committee).strip()
    target = copy.deepcopy(register) if register is not None else _g.Register()
    notes: list[_g.DataQualityNote] = []

    say(0, 1, "reading the committees")
    committees_url = service.url("GetCommittees", lDummy=0)
    committees = service.get("GetCommittees", keep=True, lDummy=0)
    title = ""
    known = []
    for index, element in enumerate(committees.iter("committee"), start=1):
        cid = _text(element, "committeeid")
        known.append(cid)
        if cid == wanted:
            title = _text(element, "committeetitle")
            if not title:
                raise InputError(
                    f"{committees_url}: committee {cid} (record {index}) has no committeetitle",
                    file=committees_url,
                    field="committeetitle",
                    record=f"committee {cid}",
                )
    if not title:
        listed = ", ".join(known[:20]) + (", ..." if len(known) > 20 else "") if known else "none"
        raise NotFoundError(f"{committees_url}: no committee has id {wanted} (ids: {listed})")

    board = target.find_board(title)
    if board is None:
        kind = _g.BoardKind.COMMITTEE if re.search(r"committee", title, re.IGNORECASE) else _g.BoardKind.BOARD
        board = target.add_board(_g.Board(title, kind=kind))

    params: dict[str, Any] = {"lCommitteeId": wanted, "sFromDate": date_from.strftime(_DATE), "sToDate": date_to.strftime(_DATE)}
    meetings_url = service.url("GetMeetings", **params)
    listing = service.get("GetMeetings", **params)
    stubs: list[tuple[str, _dt.date]] = []
    for index, element in enumerate(listing.iter("meeting"), start=1):
        record = f"meeting {index}"
        mid = _text(element, "meetingid")
        if not mid:
            raise InputError(f"{meetings_url}: {record} has no meetingid", file=meetings_url, field="meetingid", record=record)
        record = f"meeting {mid}"
        owner = _text(element, "committeeid")
        if owner and owner != wanted:
            continue  # an install that ignores lCommitteeId answers for every committee
        day = _date(_text(element, "meetingdate"), meetings_url, record)
        if date_from <= day <= date_to:
            stubs.append((mid, day))
    stubs.sort(key=lambda s: s[1])

    meetings: list[int] = []
    minutes: list[_g.MinuteItem] = list(target.minutes)
    for step, (mid, listed_day) in enumerate(stubs, start=1):
        say(step, len(stubs), f"meeting of {listed_day.isoformat()}")
        meeting_url = service.url("GetMeeting", lMeetingId=mid)
        detail = service.get("GetMeeting", lMeetingId=mid)
        if detail.tag != "meeting":
            inner = detail.find(".//meeting")
            detail = inner if inner is not None else detail
        record = f"meeting {mid}"
        day = _date(_text(detail, "meetingdate") or listed_day.strftime(_DATE), meeting_url, record)
        status_text = _text(detail, "meetingstatus")
        status = _status(status_text, day, today)
        if status is None:
            notes.append(_note(meeting_url, f"{record}: meetingstatus {status_text!r} is not one boardroom knows; kept as scheduled"))
            status = _g.MeetingStatus.HELD if day <= today else _g.MeetingStatus.SCHEDULED
        meeting = _g.Meeting()
        meeting.board = title
        meeting.board_id = board
        meeting.date = day
        meeting.status = status
        meeting.venue = _text(detail, "meetinglocation")
        time_text = _text(detail, "meetingtime")
        meeting.start = _time(time_text)
        if time_text and meeting.start is None:
            notes.append(_note(meeting_url, f"{record}: meetingtime {time_text!r} is not a time; left out"))
        finish = _time(_text(detail, "meetingplannedfinishtime"))
        if finish is not None and meeting.start is not None and finish > meeting.start:
            meeting.end = finish

        items_element = detail.find("agendaitems")
        if items_element is None:
            notes.append(_note(meeting_url, f"{record}: no agendaitems in the answer; the meeting is kept without an agenda"))
        agenda: list[_g.AgendaItem] = []
        published: list[tuple[_g.AgendaItem, ElementTree.Element]] = []
        seen_numbers: set[str] = set()
        for index, element in enumerate(items_element.iter("agendaitem") if items_element is not None else [], start=1):
            item = _g.AgendaItem()
            item.number = _number(element, index)
            item_record = f"{record}, agenda item {item.number}"
            item.title = _text(element, "agendaitemtitle")
            if not item.title:
                raise InputError(
                    f"{meeting_url}: {item_record} has no agendaitemtitle",
                    file=meeting_url,
                    field="agendaitemtitle",
                    record=item_record,
                )
            if item.number in seen_numbers:
                item.number = f"{item.number}.{index}"
                notes.append(_note(meeting_url, f"{item_record}: number printed twice; kept as {item.number}"))
            seen_numbers.add(item.number)
            item.part, paragraph = _item_part(element, meeting_url, item_record, unmarked_part)
            if item.part == _g.AgendaPart.EXEMPT:
                item.exempt_paragraph = paragraph
                if not paragraph:
                    notes.append(_note(meeting_url, f"{item_record}: restricted, with no Schedule 12A paragraph given"))
            item.purpose = _g.ItemPurpose.DECISION if _flag(element, "isdecision") else _g.ItemPurpose.INFORMATION
            lead = _text(element, "commenttext1")
            if lead:
                item.leads = [lead]
            agenda.append(item)
            published.append((item, element))
        meeting.agenda = agenda
        existing = target.find_meeting(board, day)
        if existing is not None:
            meeting.id = existing
            target.update_meeting(meeting)
            meeting_key = existing
        else:
            meeting_key = target.add_meeting(meeting)
        meetings.append(meeting_key)

        attendees = detail.find("attendees")
        if attendees is None and status == _g.MeetingStatus.HELD:
            notes.append(_note(meeting_url, f"{record}: no attendees in the answer; attendance not recorded"))
        _record_attendance(target, attendees, meeting_key, status, meeting_url, record, notes)

        for item, element in published:
            body = ""
            if _flag(element, "isminutepublished") or _flag(element, "isdecisionpublished"):
                body = element.findtext("minutesnonemptyhtmlbody") or element.findtext("decisiontext") or ""
            paragraphs = _html_paragraphs(html.unescape(body)) if body.strip() else []
            if not paragraphs:
                continue
            minute = _g.MinuteItem()
            minute.meeting = meeting_key
            minute.number = item.number
            minute.title = item.title
            minute.part = item.part
            if item.part == _g.AgendaPart.EXEMPT:
                minute.exempt_paragraph = item.exempt_paragraph
            narrative, resolved = _split_resolutions(paragraphs)
            minute.paragraphs = narrative
            if resolved:
                minute.resolutions = [_g.Resolution(resolved[0], resolved[1:])]
            minutes.append(minute)
    target.minutes = minutes

    bundle = Bundle()
    bundle.records = target
    bundle.data_quality_notes = notes
    return ModernGovImport(
        bundle=bundle, board=board, committee=title, meetings=meetings, requests=service.requests, notes=notes
    )


_IN_ROOM = (_g.AttendanceStatus.PRESENT, _g.AttendanceStatus.SUBSTITUTE)


def _record_attendance(
    target: _g.Register,
    attendees: Optional[ElementTree.Element],
    meeting: int,
    status: _g.MeetingStatus,
    url: str,
    record: str,
    notes: list[_g.DataQualityNote],
) -> None:
    """Present, apologies, absent, in attendance; a substitute replaces the member whose
    apologies say "sent substitute" (in the order listed), else is recorded as present."""
    entries: list[tuple[int, str, _g.AttendanceStatus, str, bool]] = []
    recorded: set[int] = set()
    for index, element in enumerate(attendees.iter("attendee") if attendees is not None else [], start=1):
        name = html.unescape(element.get("name", "")).strip() or _text(element, "name")
        who = f"{record}, attendee {index}"
        if not name:
            raise InputError(f"{url}: {who} has no name", file=url, field="name", record=who)
        said = element.get("attendance", "") or _text(element, "attendance")
        attendance = _attendance(said)
        if attendance is None:
            if said.strip().casefold() != "expected" or status == _g.MeetingStatus.HELD:
                notes.append(_note(url, f"{who} ({name}): attendance {said!r} not recorded"))
            continue
        person = target.find_or_add_person(name).id
        if person in recorded:
            notes.append(_note(url, f"{who} ({name}): listed twice; the first entry kept"))
            continue
        recorded.add(person)
        role = html.unescape(element.get("roledescription", "")).strip()
        chaired = bool(re.search(r"\bchair", role, re.IGNORECASE)) and not re.search(r"vice|deputy", role, re.IGNORECASE)
        sent = attendance == _g.AttendanceStatus.APOLOGIES and "substitut" in said.casefold()
        entries.append((person, name, attendance, role, chaired and attendance in _IN_ROOM))
        if sent:
            entries[-1] = (person, "sent", attendance, role, False)
    replaced = [person for person, name, _, _, _ in entries if name == "sent"]
    for person, name, attendance, role, chaired in entries:
        replaces = 0
        if attendance == _g.AttendanceStatus.SUBSTITUTE:
            if replaced:
                replaces = replaced.pop(0)
            else:
                notes.append(_note(url, f"{record}: {name} attended as a substitute for a member the answer does "
                                        "not name; recorded as present"))
                attendance = _g.AttendanceStatus.PRESENT
        target.add_attendance(_g.Attendance(meeting, person, attendance, replaces=replaces, capacity=role, chaired=chaired))
_RESOLVED = re.compile(r"^(resolved|decision|it was resolved|agreed)\b", re.IGNORECASE)


def _split_resolutions(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Narrative, then the resolution: from the first "RESOLVED" paragraph on."""
    for index, paragraph in enumerate(paragraphs):
        if _RESOLVED.match(paragraph):
            return paragraphs[:index], paragraphs[index:]
    return paragraphs, []
