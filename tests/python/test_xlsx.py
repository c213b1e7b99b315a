"""Reading .xlsx sheets as text rows, the step every Excel loader shares."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from boardroom._xlsx import read_sheet
from boardroom.errors import InputError, StorageError




def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Agenda"
    sheet.append(["number", "title", "date", None, "time"])
    sheet.append([1, "Welcome", dt.datetime(2015, 12, 10), None, dt.time(14, 0)])
    sheet.append([2.0, "Minutes", None, None, None])
    sheet.append([2.5, " Spaced ", dt.datetime(2015, 12, 10, 9, 30), None, None])
    book.create_sheet("Other").append(["x"])
    book.save(path)
    return path


def test_cells_read_as_an_officer_sees_them(tmp_path: Path) -> None:
    source, rows = read_sheet(_workbook(tmp_path / "book.xlsx"))
    assert source == f"{tmp_path / 'book.xlsx'} [sheet Agenda]"
    assert rows[0] == (1, ["number", "title", "date", "time"]), "the empty column is dropped"
    assert rows[1] == (2, ["1", "Welcome", "2015-12-10", "14:00"])
    assert rows[2] == (3, ["2", "Minutes", "", ""])
    assert rows[3] == (4, ["2.5", "Spaced", "2015-12-10 09:30", ""])


def test_named_sheet_and_missing_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx")
    assert read_sheet(path, "Other")[1] == [(1, ["x"])]
    with pytest.raises(InputError, match="no sheet 'Actions'") as caught:
        read_sheet(path, "Actions")
    assert caught.value.field == "sheet"
    assert caught.value.file == str(path)


def test_unreadable_files_are_storage_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot open"):
        read_sheet(tmp_path / "missing.xlsx")
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("plain text")
    with pytest.raises(StorageError, match="not a readable .xlsx"):
        read_sheet(not_a_workbook)
