"""The papers a board business manager circulates, from a store: the draft agenda and the minutes.

The draft agenda (standing items, matters arising from open actions, forward-plan topics for the
meeting) is written as a Word table laid out as councils print it, as a workbook to work on,
or as one HTML page; the minutes as a Word document with who was present and who sent
apologies, the numbered items with their resolutions, and the ACTION BY column of owners'
initials. A public version is made from what the disclosure gate publishes
(:func:`boardroom.report.disclose_register`), and the words of the finished document pass the
final contact-details scan (``check_public``) before anything is written.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Optional, Union

from ._core import governance as _g
from ._core.report import check_public_text, disclose_register, exempt_paragraph_notice
from ._dates import to_date
from ._files import write_atomic, write_atomic_file
from .errors import InputError, NotFoundError, StorageError

if TYPE_CHECKING:
    from ._core.io import BoardBundle

__all__ = ["load_store", "write_agenda", "write_minutes"]

PathLike = Union[str, "os.PathLike[str]"]

AGENDA_SUFFIXES = (".docx", ".xlsx", ".html")


def _need_docx() -> Any:
    try:
        import docx
    except ImportError:
        raise StorageError("writing Word documents needs python-docx: pip install 'boardroom-governance[word]'") from None
    return docx


def load_store(store: PathLike, unmarked_part: Optional[_g.AgendaPart] = None) -> BoardBundle:
    """Whatever ``boardroom pack`` reads as its STORE, as a bundle.

    A store, a JSON document or a folder of papers as the pack reads them; a meeting folder
    (``meeting.csv`` + ``agenda.csv``) becomes a register of its one board and meeting.
    """
    from ._core.io import BoardBundle as Bundle
    from .io import load_bundle

    path = Path(store)
    if (path / "meeting.csv").is_file():
        from .io import load_meeting

        meeting = load_meeting(path)
        register = _g.Register()
        meeting.board_id = register.add_board(_g.Board(meeting.board))
        register.add_meeting(meeting)
        bundle = Bundle()
        bundle.records = register
        return bundle
    return load_bundle(path, unmarked_part=unmarked_part)


def _board(register: _g.Register, board: Optional[str], store: PathLike) -> int:
    from .governance._common import board_id

    if board is not None:
        return board_id(register, board)
    # Without --board: the one board that has meetings, as a store of one board needs no --board.
    meeting_boards = sorted({m.board_id for m in register.meetings})
    if len(meeting_boards) == 1:
        return int(meeting_boards[0])
    if not meeting_boards:
        raise NotFoundError(f"{store}: holds no meetings")
    names = ", ".join(repr(register.board(b).name) for b in meeting_boards)
    raise NotFoundError(f"{store}: holds the meetings of several boards ({names}); say which with --board")


def _long(day: _dt.date) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _time(start: Optional[_dt.time]) -> str:
    if start is None:
        return ""
    hour = start.hour % 12 or 12
    return f"{hour}.{start.minute:02d} {'pm' if start.hour >= 12 else 'am'}"


def _meeting_line(meeting: _g.Meeting) -> str:
    when = _long(meeting.date)
    if meeting.start is not None:
        when += f", {_time(meeting.start)}"
    return f"{when} at {meeting.venue}" if meeting.venue else when


def _pages(item: _g.AgendaItem) -> str:
    if item.pages is None:
        return ""
    if item.pages.first == item.pages.last:
        return f"(Page {item.pages.first})"
    return f"(Pages {item.pages.first} - {item.pages.last})"


# ---- the draft agenda


@dataclass(frozen=True)
class AgendaPaper:
    """A draft agenda ready to print: its meeting and the items in order."""

    board: str
    meeting: _g.Meeting


def draft_agenda_paper(
    bundle: BoardBundle,
    board: Optional[str],
    meeting: Any,
    store: PathLike = "the store",
    *,
    public: bool = False,
    unmarked_part: Optional[_g.AgendaPart] = None,
) -> AgendaPaper:
    from .governance import draft_agenda_meeting

    register = bundle.records
    board_key = _board(register, board, store)
    if public:
        register = disclose_register(register.board_records(board_key), unmarked_part=unmarked_part)
    day = to_date(meeting, "meeting")
    draft = draft_agenda_meeting(register, board_key, day)
    found = register.find_meeting(board_key, day)
    if found is not None:  # the meeting is in the diary: print its time and venue
        known = register.meeting(found)
        draft.start, draft.venue, draft.status = known.start, known.venue, known.status
    # Page numbers belong to the pack the standing items were last printed in, not this one.
    items = draft.agenda
    for item in items:
        item.pages = None
    draft.agenda = items
    return AgendaPaper(board=register.board(board_key).name, meeting=draft)


_AGENDA_HEADER = ["Agenda Item", "", "Item for", "Intended Outcome", "Lead", "Time/papers"]


_PART_ONE = "PART I"
_PART_TWO = "PART II (NOT OPEN TO PRESS AND PUBLIC)"


def _title(item: _g.AgendaItem) -> str:
    """The title, with the Schedule 12A paragraph of Part II business as councils print it."""
    if item.part == _g.AgendaPart.EXEMPT and item.exempt_paragraph and "paragraph" not in item.title.lower():
        return f"{item.title} (paragraph {item.exempt_paragraph})"
    return item.title


def _agenda_rows(meeting: _g.Meeting) -> list[list[str]]:
    """The table's rows; where the agenda holds Part II business, a heading row (one cell) opens
    each run of Part I and of Part II items, as councils print them and the loaders read them."""
    marked = any(item.part == _g.AgendaPart.EXEMPT for item in meeting.agenda)
    rows: list[list[str]] = []
    part: Optional[_g.AgendaPart] = None
    for item in meeting.agenda:
        if marked and item.part != part:
            rows.append([_PART_TWO if item.part == _g.AgendaPart.EXEMPT else _PART_ONE])
            part = item.part
        rows.append(
            [item.number, _title(item), item.purpose.label.capitalize(), item.intended_outcome, ", ".join(item.leads), _pages(item)]
        )
    return rows


def _docx_words(document: Any) -> str:
    """Every word a Word document shows: its paragraphs and every table cell, nested ones too."""
    words: list[str] = []

    def cells(table: Any) -> None:
        for row in table.rows:
            for cell in row.cells:
                words.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    words.extend(p.text for p in document.paragraphs)
    for table in document.tables:
        cells(table)
    return "\n".join(words)


Scan = Optional[Callable[[str], None]]


def _agenda_docx(paper: AgendaPaper, path: Path, scan: Scan) -> None:
    docx = _need_docx()
    document = docx.Document()
    document.add_paragraph(paper.board.upper())
    document.add_paragraph(_meeting_line(paper.meeting))
    document.add_paragraph("A G E N D A")
    table = document.add_table(rows=1, cols=len(_AGENDA_HEADER))
    table.style = "Table Grid"
    header = table.rows[0].cells
    for cell, text in zip(header, _AGENDA_HEADER):
        cell.text = text
    header[0].merge(header[1]).text = "Agenda Item"
    for values in _agenda_rows(paper.meeting):
        cells = table.add_row().cells
        if len(values) == 1:  # a Part I / Part II heading across the table
            cells[0].merge(cells[-1]).text = values[0]
            continue
        for cell, text in zip(cells, values):
            lines = text.split("\n")
            cell.text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
    if scan is not None:
        scan(_docx_words(document))
    write_atomic_file(path, document.save)


def _agenda_xlsx(paper: AgendaPaper, path: Path, scan: Scan) -> None:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise StorageError("writing workbooks needs openpyxl: pip install 'boardroom-governance[excel]'") from None
    book = Workbook()
    sheet = book.active
    sheet.title = "Agenda"
    sheet.append([paper.board])
    sheet.append([_meeting_line(paper.meeting)])
    sheet.append([])
    sheet.append(["Number", "Title", "Item for", "Intended Outcome", "Lead", "Time/papers"])
    for values in _agenda_rows(paper.meeting):
        sheet.append(values)
    for column, width in zip("ABCDEF", (8, 40, 12, 60, 30, 16)):
        sheet.column_dimensions[column].width = width
    if scan is not None:
        scan("\n".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None))
    write_atomic_file(path, book.save)


def _agenda_html(paper: AgendaPaper) -> str:
    """The draft agenda as a web page, through the report's one Jinja environment (autoescaped)."""
    from .report._templates import render

    return render("agenda_paper.html.j2", board=paper.board, date=paper.meeting.date.isoformat(),
                  meeting_line=_meeting_line(paper.meeting), rows=_agenda_rows(paper.meeting))


def write_agenda(
    store: PathLike,
    *,
    board: Optional[str],
    meeting: Any,
    out: PathLike,
    public: bool = False,
    unmarked_part: Optional[_g.AgendaPart] = None,
) -> AgendaPaper:
    """Write the draft agenda for the board's meeting on ``meeting`` to ``out`` (.docx, .xlsx, .html).

    Items are the standing items of the board's last agenda, matters arising from its open
    actions and the forward-plan topics for that meeting (:func:`boardroom.governance.draft_agenda`).
    ``public=True`` drafts from the disclosure gate's register and scans the text for contact details.
    """
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in AGENDA_SUFFIXES:
        raise InputError(f"{target}: the agenda is written as .docx, .xlsx or .html", file=str(target), field="--out")
    bundle = load_store(store, unmarked_part)
    paper = draft_agenda_paper(bundle, board, meeting, store, public=public, unmarked_part=unmarked_part)
    # The final scan reads what is about to be written, whatever its form.
    scan: Scan = (lambda words: check_public_text(words, bundle.records, str(target))) if public else None
    if suffix == ".docx":
        _agenda_docx(paper, target, scan)
    elif suffix == ".xlsx":
        _agenda_xlsx(paper, target, scan)
    else:
        from .report.governance_sections import check_public

        html_text = _agenda_html(paper)
        if public:
            check_public(html_text, bundle.records, str(target))
        write_atomic(target, html_text)
    return paper


# ---- the minutes


@dataclass(frozen=True)
class _Line:
    text: str
    action_by: str = ""


@dataclass(frozen=True)
class _Item:
    number: str
    title: str
    exempt: bool
    notice: str
    lines: list[_Line]


@dataclass(frozen=True)
class MinutesPaper:
    board: str
    meeting: _g.Meeting
    present: list[tuple[str, str, str]]
    apologies: list[tuple[str, str, str]]
    substitutes: list[str]
    in_attendance: list[tuple[str, str, str]]
    items: list[_Item]


def _initials(register_people: dict[int, _g.Person], owners: list[int]) -> str:
    return "/".join(register_people[o].derived_initials for o in owners if o in register_people)


def minutes_paper(register: _g.Register, board_key: int, day: _dt.date) -> MinutesPaper:
    found = register.find_meeting(board_key, day)
    if found is None:
        raise NotFoundError(f"{register.board(board_key).name} has no meeting on {day.isoformat()}")
    meeting = register.meeting(found)
    people = {p.id: p for p in register.people}
    organisations = {o.id: o.name for o in register.organisations}
    present, apologies, attending, substitutes = [], [], [], []
    for record in register.attendance_at(found):
        person = people[record.person]
        name = person.display_name + (" (Chair)" if record.chaired else "")
        row = (name, record.capacity, organisations.get(record.organisation or person.organisation, ""))
        status = record.status
        if status == _g.AttendanceStatus.APOLOGIES:
            apologies.append(row)
        elif status == _g.AttendanceStatus.IN_ATTENDANCE:
            attending.append(row)
        elif status == _g.AttendanceStatus.ABSENT:
            continue
        else:
            present.append(row)
            if status == _g.AttendanceStatus.SUBSTITUTE and record.replaces in people:
                substitutes.append(f"{person.full_name} replaced {people[record.replaces].full_name} for this meeting.")
    raised: dict[str, list[_g.Action]] = {}
    for action in register.actions:
        if action.raised_at == found:
            raised.setdefault(_g.item_key(action.item), []).append(action)
    parts = _g.ItemParts(register)
    items = []
    for minute in (m for m in register.minutes if m.meeting == found):
        part = parts.of_minute(minute)
        exempt = part is not None and part.is_exempt
        lines = [_Line(p) for p in minute.paragraphs]
        for resolution in minute.resolutions:
            if resolution.preamble:
                lines.append(_Line(resolution.preamble))
            for i, text in enumerate(resolution.parts):
                label = f"({_g.resolution_label(i)}) " if len(resolution.parts) > 1 else ""
                lines.append(_Line(label + text))
        for action in raised.get(_g.item_key(minute.number), []):
            if not action.text:
                continue  # withheld with its Part II item
            owners = _initials(people, list(action.owners)) or "Unassigned"
            at = next((i for i, ln in enumerate(lines) if action.text in ln.text and not ln.action_by), None)
            if at is None:
                lines.append(_Line(action.text, owners))
            else:
                lines[at] = _Line(lines[at].text, owners)
        notice = exempt_paragraph_notice(part.exempt_paragraph) if exempt and part is not None else ""
        items.append(_Item(minute.number, minute.title, exempt, notice, lines))
    return MinutesPaper(
        board=register.board(board_key).name,
        meeting=meeting,
        present=present,
        apologies=apologies,
        substitutes=substitutes,
        in_attendance=attending,
        items=items,
    )


def _minutes_docx(paper: MinutesPaper, path: Path, public: bool, scan: Scan) -> None:
    docx = _need_docx()
    document = docx.Document()
    document.add_paragraph(paper.board.upper())
    heading = f"MINUTES OF MEETING HELD ON {_meeting_line(paper.meeting).upper()}"
    document.add_paragraph(heading)
    if public:
        document.add_paragraph("Public version: Part II business is shown by its number and exemption only.")

    def people_table(title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        document.add_paragraph(title)
        table = document.add_table(rows=0, cols=3)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text

    people_table("Present:", paper.present)
    for line in paper.substitutes:
        document.add_paragraph(line)
    people_table("In attendance:", paper.in_attendance)
    people_table("Apologies:", paper.apologies)

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[1].text = "ACTION BY"
    in_part_two = False
    for item in paper.items:
        if item.exempt and not in_part_two:
            table.add_row().cells[0].text = "PART II (NOT FOR PUBLICATION)"
            in_part_two = True
        cells = table.add_row().cells
        cells[0].text = f"{item.number} {item.title.upper()}".strip()
        if item.notice:
            table.add_row().cells[0].text = item.notice
        for entry in item.lines:
            cells = table.add_row().cells
            cells[0].text = entry.text
            cells[1].text = entry.action_by
    if scan is not None:
        scan(_docx_words(document))
    write_atomic_file(path, document.save)


def write_minutes(
    store: PathLike,
    *,
    board: Optional[str],
    meeting: Any,
    out: PathLike,
    public: bool = False,
    unmarked_part: Optional[_g.AgendaPart] = None,
) -> MinutesPaper:
    """Write the minutes of the board's meeting on ``meeting`` as a Word document.

    ``public=True`` writes what the disclosure gate publishes: Part II items keep their number
    and exemption, contact details never appear; a record of no established part raises
    :class:`~boardroom.errors.DisclosureError` unless ``unmarked_part`` says which part it is in.
    """
    target = Path(out)
    if target.suffix.lower() != ".docx":
        raise InputError(f"{target}: the minutes are written as .docx", file=str(target), field="--out")
    bundle = load_store(store, unmarked_part)
    private = bundle.records
    board_key = _board(private, board, store)
    day = to_date(meeting, "meeting")
    register = disclose_register(private.board_records(board_key), unmarked_part=unmarked_part) if public else private
    paper = minutes_paper(register, board_key, day)
    scan: Scan = (lambda words: check_public_text(words, private, str(target))) if public else None
    _minutes_docx(paper, target, public, scan)
    return paper
