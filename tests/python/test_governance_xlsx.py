"""The governance tables from Excel workbooks: the same records as the CSV and text forms, and
errors that name the workbook and sheet, the row and the column."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import boardroom
from boardroom import errors
from boardroom import governance as gv
from boardroom.governance import agenda_frame

from conftest import REPO

CPB = REPO / "examples" / "cpb-2015-09-17"


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def _as_excel_types(rows: list[list[str]]) -> list[list[Any]]:
    """Cells as Excel keeps them once typed in: whole numbers as numbers, the date as a date,
    the time as a time, empty cells empty."""
    typed: list[list[Any]] = [list(rows[0])]
    for row in rows[1:]:
        cells: list[Any] = []
        for header, cell in zip(rows[0], row):
            if cell == "":
                cells.append(None)
            elif cell.isdigit():
                cells.append(int(cell))
            elif header == "date":
                cells.append(dt.datetime.fromisoformat(cell))
            elif header == "time":
                cells.append(dt.time.fromisoformat(cell))
            else:
                cells.append(cell)
        typed.append(cells)
    return typed


def _meeting_workbook(path: Path, *, agenda_edit: Any = None, agenda_title: str = "Agenda") -> Path:
    example = Path(boardroom.example_path())
    book = openpyxl.Workbook()
    meeting_sheet = book.active
    meeting_sheet.title = "Meeting"
    for row in _as_excel_types(_csv_rows(example / "meeting.csv")):
        meeting_sheet.append(row)
    agenda = _as_excel_types(_csv_rows(example / "agenda.csv"))
    if agenda_edit is not None:
        agenda_edit(agenda)
    agenda_sheet = book.create_sheet(agenda_title)
    for row in agenda:
        agenda_sheet.append(row)
    book.save(path)
    return path


def test_workbook_with_the_example_agenda_loads_as_the_csv_does(tmp_path: Path) -> None:
    from_csv = boardroom.load_meeting(boardroom.example_path())
    from_xlsx = boardroom.load_meeting(_meeting_workbook(tmp_path / "meeting.xlsx"))
    assert (from_xlsx.board, from_xlsx.date, from_xlsx.start, from_xlsx.venue, from_xlsx.status) == (
        from_csv.board,
        from_csv.date,
        from_csv.start,
        from_csv.venue,
        from_csv.status,
    )
    assert agenda_frame(from_xlsx).equals(agenda_frame(from_csv))
    assert from_xlsx.item("5").intended_outcome == from_csv.item("5").intended_outcome, "line breaks in a cell kept"


def test_sheet_names_are_matched_whatever_their_case(tmp_path: Path) -> None:
    meeting = boardroom.load_meeting(_meeting_workbook(tmp_path / "book.xlsx", agenda_title="agenda"))
    assert len(meeting.agenda) == 11


def test_bad_cell_names_workbook_sheet_row_and_column(tmp_path: Path) -> None:
    def misspell(rows: list[list[Any]]) -> None:
        rows[3][rows[0].index("purpose")] = "Discus"  # item 3, on the sheet's row 4

    path = _meeting_workbook(tmp_path / "book.xlsx", agenda_edit=misspell)
    with pytest.raises(errors.InputError, match="unknown purpose 'Discus'") as caught:
        boardroom.load_meeting(path)
    assert caught.value.file == f"{path} [sheet Agenda]"
    assert caught.value.line == 4
    assert caught.value.field == "purpose"
    assert f"{path} [sheet Agenda]:4" in str(caught.value)


def test_urgent_business_from_a_workbook_needs_its_reason(tmp_path: Path) -> None:
    def urgent(rows: list[list[Any]]) -> None:
        rows[0].append("urgent")
        for row in rows[1:]:
            row.append("yes" if row[0] == 8 else None)

    path = _meeting_workbook(tmp_path / "book.xlsx", agenda_edit=urgent)
    with pytest.raises(errors.InputError, match="special circumstances") as caught:
        boardroom.load_meeting(path)
    assert (caught.value.line, caught.value.field) == (10, "urgent")


def test_missing_sheet_and_unreadable_workbook(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Meeting"
    book.save(tmp_path / "book.xlsx")
    with pytest.raises(errors.InputError, match="no sheet 'Agenda'") as caught:
        boardroom.load_meeting(tmp_path / "book.xlsx")
    assert caught.value.field == "sheet"
    with pytest.raises(errors.StorageError):
        boardroom.load_meeting(tmp_path / "missing.xlsx")


def _cpb_register() -> gv.Register:
    register = gv.Register()
    gv.read_boards_table(register, CPB / "boards.tsv")
    board = register.find_board("CPB")
    assert board is not None
    gv.import_minutes(register, board, gv.read_minutes(CPB / "notes.txt"))
    return register


def _contacts_workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Contacts"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_contacts_from_a_workbook_as_from_the_text(tmp_path: Path) -> None:
    lines = (CPB / "contacts.tsv").read_text(encoding="utf-8").splitlines()
    table = [line.split("\t") for line in lines if "\t" in line]
    from_text = _cpb_register()
    text_notes = gv.load_contacts(from_text, CPB / "contacts.tsv")
    from_xlsx = _cpb_register()
    xlsx_notes = gv.load_contacts(from_xlsx, _contacts_workbook(tmp_path / "contacts.xlsx", table))
    (sheila,) = from_xlsx.find_people("Sheila Minchin")
    contact = from_xlsx.person(sheila).contact
    assert contact is not None and contact.phone == "01695 52361"
    assert [p.contact is not None for p in from_xlsx.people] == [p.contact is not None for p in from_text.people]
    assert [n.message for n in xlsx_notes] == [n.message for n in text_notes]
    assert xlsx_notes[0].file == f"{tmp_path / 'contacts.xlsx'} [sheet Contacts]"
    assert xlsx_notes[0].line == 3


def test_contacts_errors_name_file_line_and_field(tmp_path: Path) -> None:
    register = _cpb_register()
    header = ["Name", "Title", "Organisation", "Tel. Number", "Email"]
    path = _contacts_workbook(
        tmp_path / "contacts.xlsx",
        [header, ["Sheila Minchin", None, None, "01695 52361", None], ["Karl Turner", None, None, None, "karl at lcc"]],
    )
    with pytest.raises(errors.InputError, match="is not an email address") as caught:
        gv.load_contacts(register, path)
    assert (caught.value.file, caught.value.line, caught.value.field) == (
        f"{path} [sheet Contacts]",
        3,
        "Email",
    )
    assert all(p.contact is None for p in register.people), "nothing attached when the table is refused"

    text = tmp_path / "contacts.tsv"
    text.write_text("Name\tTel. Number\nJane Hines\t01695 52316\n", encoding="utf-8")
    with pytest.raises(errors.InputError, match="no one called 'Jane Hines'") as caught:
        gv.load_contacts(register, text)
    assert (caught.value.file, caught.value.line, caught.value.field) == (str(text), 2, "Name")


def test_board_folder_attaches_the_example_contacts() -> None:
    papers = gv.load_board_folder(CPB, unmarked_part=gv.AgendaPart.PUBLIC)
    assert CPB / "contacts.tsv" in papers.files
    with_contact = [p for p in papers.register.people if p.contact is not None]
    assert [f"{p.given_name} {p.family_name}" for p in with_contact] == ["Sheila Minchin"]
    assert any("Director of Quality & Support" in n.message for n in papers.notes)


def test_board_folder_with_its_boards_table_in_a_workbook(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "cpb"
    shutil.copytree(CPB, folder)
    (folder / "boards.tsv").unlink()
    rows = [line.split("\t") for line in (CPB / "boards.tsv").read_text(encoding="utf-8").splitlines() if line]
    book = openpyxl.Workbook()
    book.active.title = "Boards"
    for row in rows:
        book.active.append(row)
    book.save(folder / "boards.xlsx")

    from_text = gv.load_board_folder(CPB, unmarked_part=gv.AgendaPart.PUBLIC)
    from_xlsx = gv.load_board_folder(folder, unmarked_part=gv.AgendaPart.PUBLIC)
    assert [(b.name, b.kind, b.aliases, b.parent) for b in from_xlsx.register.boards] == [
        (b.name, b.kind, b.aliases, b.parent) for b in from_text.register.boards
    ]
    assert [(r.from_, r.to) for r in from_xlsx.register.reporting_lines] == [
        (r.from_, r.to) for r in from_text.register.reporting_lines
    ]
    assert folder / "boards.xlsx" in from_xlsx.files

    book.active.cell(row=3, column=2, value="trust")
    book.save(folder / "boards.xlsx")
    with pytest.raises(errors.InputError, match="unknown kind 'trust'") as caught:
        gv.load_board_folder(folder, unmarked_part=gv.AgendaPart.PUBLIC)
    assert (caught.value.file, caught.value.line, caught.value.field) == (
        f"{folder / 'boards.xlsx'} [sheet Boards]",
        3,
        "Kind",
    )


def test_board_folder_finds_a_contacts_workbook(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "cpb"
    shutil.copytree(CPB, folder)
    lines = (folder / "contacts.tsv").read_text(encoding="utf-8").splitlines()
    (folder / "contacts.tsv").unlink()
    _contacts_workbook(folder / "contacts.xlsx", [line.split("\t") for line in lines if "\t" in line])
    papers = gv.load_board_folder(folder, unmarked_part=gv.AgendaPart.PUBLIC)
    assert folder / "contacts.xlsx" in papers.files
    (sheila,) = papers.register.find_people("Sheila Minchin")
    contact = papers.register.person(sheila).contact
    assert contact is not None and contact.phone == "01695 52361"
