"""The board workbook: the template's sheets, drop-downs and ReadMe; export and import round
trips; errors that name file, sheet, row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from boardroom.errors import InputError  # noqa: E402
from boardroom.io import read_bundle  # noqa: E402
from boardroom.store import BoardBundle, example_bundle, import_records, init_store, open_store  # noqa: E402
from boardroom.workbook import SHEETS, export_workbook, read_workbook, write_template  # noqa: E402

NAMES = ["Boards", "People", "Memberships", "Meetings", "Agenda", "Attendance", "Minutes", "Actions", "Plans",
         "PlanActions", "Ratings", "Risks", "ForwardPlan", "Interests", "Contacts"]


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "x.sqlite"
    init_store(path, example_bundle())
    return path


def test_the_template_has_every_sheet_with_drop_downs_and_a_readme(tmp_path: Path) -> None:
    path = write_template(tmp_path / "board.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["ReadMe", *NAMES]
    readme = [row for row in book["ReadMe"].iter_rows(values_only=True)]
    explained = {(r[0], r[1]) for r in readme if r[0] in NAMES}
    for sheet in SHEETS:
        assert [c.value for c in book[sheet.name][1]] == [c.name for c in sheet.columns]
        for column in sheet.columns:
            assert (sheet.name, column.name) in explained, f"ReadMe does not explain {sheet.name}.{column.name}"
    lists = {
        (name, rule.formula1)
        for name in NAMES
        for rule in book[name].data_validations.dataValidation
        if rule.type == "list"
    }
    assert ("Agenda", '"Information,Action,Discuss,Decision"') in lists
    assert ("Agenda", '"I,II"') in lists and ("Agenda", '"1,2,3,4,5,6,7"') in lists
    assert ("Attendance", '"present,apologies,absent,substitute,in attendance"') in lists
    assert ("Actions", '"open,in progress,done,dropped"') in lists
    assert ("Ratings", '"R,A,G,B"') in lists and ("Plans", '"BRAG,RAG"') in lists
    dates = {name for name in NAMES for rule in book[name].data_validations.dataValidation if rule.type == "date"}
    assert {"Meetings", "Actions", "Ratings"} <= dates


def test_an_exported_store_imports_back_with_no_change(tmp_path: Path, example_store: Path) -> None:
    with open_store(example_store, "read_only") as store:
        bundle = store.load()
    path = export_workbook(bundle, tmp_path / "board.xlsx")
    book = openpyxl.load_workbook(path)
    assert book["Meetings"].max_row == len(bundle.records.meetings) + 1
    assert isinstance(book["Meetings"]["B2"].value, dt.datetime), "dates are written as dates"
    report = import_records(example_store, read_workbook(path), dry_run=True)
    assert report.nothing_to_change, str(report)


def test_a_workbook_fills_an_empty_store_and_exports_the_same_rows(tmp_path: Path, example_store: Path) -> None:
    with open_store(example_store, "read_only") as store:
        bundle = store.load()
    first = export_workbook(bundle, tmp_path / "first.xlsx")
    empty = tmp_path / "new.sqlite"
    init_store(empty, BoardBundle())
    report = import_records(empty, read_workbook(first))
    assert report.applied and not report.changed
    with open_store(empty, "read_only") as store:
        second = export_workbook(store.load(), tmp_path / "second.xlsx")
    one, two = openpyxl.load_workbook(first), openpyxl.load_workbook(second)
    for name in NAMES:
        assert list(one[name].values) == list(two[name].values), name


def _workbook_with(tmp_path: Path, sheet: str, rows: list[dict[str, object]]) -> Path:
    path = write_template(tmp_path / "board.xlsx")
    book = openpyxl.load_workbook(path)
    add: dict[str, list[dict[str, object]]] = {
        "Boards": [{"Board": "Health and Wellbeing Board", "Aliases": "HWB"}],
        "People": [{"Given name": "Sarah", "Family name": "Dunn"}],
        "Meetings": [{"Board": "Health and Wellbeing Board", "Date": dt.date(2016, 3, 1), "Status": "held"}],
    }
    add.setdefault(sheet, []).extend(rows)
    for name, items in add.items():
        ws = book[name]
        header = [c.value for c in ws[1]]
        for item in items:
            ws.append([item.get(h) for h in header])
    book.save(path)
    return path


def test_errors_name_the_file_sheet_row_and_column(tmp_path: Path) -> None:
    action = {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "3", "Action": "Report back", "Owners": "Sarah Dunn"}
    path = _workbook_with(tmp_path, "Actions", [action, {**action, "Due": "31/02/2016"}])
    with pytest.raises(InputError) as error:
        read_workbook(path)
    assert str(error.value) == f"{path}, sheet Actions, row 3, column Due: 31/02/2016 is not a date"
    assert (error.value.line, error.value.field) == (3, "Due")


@pytest.mark.parametrize(
    ("sheet", "row", "expected"),
    [
        ("Actions", {"Board": "Scrutiny", "Date": dt.date(2016, 3, 1), "Item": "1", "Action": "x"},
         "sheet Actions, row 2, column Board: no board 'Scrutiny' on sheet Boards"),
        ("Actions", {"Board": "HWB", "Date": dt.date(2016, 4, 1), "Item": "1", "Action": "x"},
         "sheet Actions, row 2, column Date: no meeting of Health and Wellbeing Board on 2016-04-01 on sheet Meetings"),
        ("Actions", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "1", "Action": "x", "Owners": "Ann Other"},
         "sheet Actions, row 2, column Owners: no person 'Ann Other' on sheet People"),
        ("Actions", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "1", "Action": "x", "No": 2},
         "sheet Actions, row 2, column No: 2 should be 1"),
        ("Actions", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "1", "Action": "x", "Status": "finished"},
         "sheet Actions, row 2, column Status: finished is not an action status"),
        ("Actions", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "1", "Action": "x", "Status": "done"},
         "sheet Actions, row 2, column Status date: the date the action became done is needed"),
        ("Agenda", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "5", "Title": "Contract", "Part": "II",
                    "Paragraph": 9}, "sheet Agenda, row 2, column Paragraph: 9 is not between 1 and 7"),
        ("Meetings", {"Board": "HWB", "Date": "2016-13-01"}, "sheet Meetings, row 3, column Date: 2016-13-01 is not a date"),
        ("Ratings", {"Plan": "Plan", "Action": "1.1", "Date": dt.date(2016, 3, 1), "Status": "R"},
         "sheet Ratings, row 2, column Plan: no plan 'Plan' on sheet Plans"),
        ("Agenda", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "5"},
         "sheet Agenda, row 2, column Title: this column needs a value"),
        # Fail closed: a blank Part must not make a stored Part II item public.
        ("Agenda", {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Item": "5", "Title": "Contract"},
         "sheet Agenda, row 2, column Part: this column needs a value"),
    ],
)
def test_each_bad_cell_gives_one_located_error(tmp_path: Path, sheet: str, row: dict[str, object], expected: str) -> None:
    path = _workbook_with(tmp_path, sheet, [row])
    with pytest.raises(InputError) as error:
        read_workbook(path)
    message = str(error.value)
    assert message.startswith(f"{path}, {expected}"), message
    assert "\n" not in message


def test_a_rating_outside_the_plans_scheme_is_refused(tmp_path: Path) -> None:
    path = write_template(tmp_path / "board.xlsx")
    book = openpyxl.load_workbook(path)
    book["Plans"].append(["Plan", None, "2016-2019", "RAG"])
    book["PlanActions"].append(["Plan", "1", "One", "1.1", "Do it"])
    book["Ratings"].append(["Plan", "1.1", dt.date(2016, 3, 1), "B"])
    book.save(path)
    with pytest.raises(InputError, match=r"row 2, column Status: B is not a RAG code of the plan's scheme \(R, A, G\)"):
        read_workbook(path)


def test_uk_dates_and_times_typed_as_text_are_read(tmp_path: Path) -> None:
    path = _workbook_with(tmp_path, "Meetings", [])
    book = openpyxl.load_workbook(path)
    book["Meetings"]["B2"] = "01/03/2016"
    book["Meetings"]["C2"] = "2.00pm"
    book.save(path)
    meeting = read_workbook(path).records.meetings[0]
    assert meeting.date == dt.date(2016, 3, 1) and meeting.start == dt.time(14, 0)


def test_read_bundle_dispatches_by_suffix(tmp_path: Path) -> None:
    from boardroom.errors import StorageError

    path = _workbook_with(tmp_path, "Meetings", [])
    assert read_bundle(path).records.boards[0].name == "Health and Wellbeing Board"
    with pytest.raises(StorageError, match=r"cannot read records from a \.txt file"):
        read_bundle(tmp_path / "notes.txt")


def test_an_agenda_that_breaks_a_rule_names_its_meeting_row(tmp_path: Path) -> None:
    item = {"Board": "HWB", "Date": dt.date(2016, 3, 1), "Title": "Contract", "Part": "I"}
    path = _workbook_with(tmp_path, "Agenda", [{**item, "Item": "5"}, {**item, "Item": "05"}])
    with pytest.raises(InputError) as error:
        read_workbook(path)
    assert str(error.value).startswith(f"{path}, sheet Meetings, row 2, column Date: the meeting or its agenda: ")


def _blank_column(book: Any, sheet: str, column: str) -> list[object]:
    ws = book[sheet]
    at = [c.value for c in ws[1]].index(column) + 1
    before = [ws.cell(row, at).value for row in range(2, ws.max_row + 1)]
    for row in range(2, ws.max_row + 1):
        ws.cell(row, at).value = None
    return before


def test_blank_cells_with_a_default_keep_the_stored_value(tmp_path: Path, example_store: Path) -> None:
    with open_store(example_store, "read_only") as store:
        bundle = store.load()
    path = export_workbook(bundle, tmp_path / "board.xlsx")
    book = openpyxl.load_workbook(path)
    blanked = {
        ("Boards", "Kind"): _blank_column(book, "Boards", "Kind"),
        ("Meetings", "Status"): _blank_column(book, "Meetings", "Status"),
        ("Agenda", "Purpose"): _blank_column(book, "Agenda", "Purpose"),
        ("Attendance", "Status"): _blank_column(book, "Attendance", "Status"),
        ("Attendance", "Chaired"): _blank_column(book, "Attendance", "Chaired"),
    }
    # The stored values are not all the defaults, so reading a blank as the default would change them.
    assert {"held"} <= set(blanked[("Meetings", "Status")])
    assert {"apologies", "Decision"} & (set(blanked[("Attendance", "Status")]) | set(blanked[("Agenda", "Purpose")]))
    # A new meeting whose status is left blank is scheduled: the default still makes new records.
    ws = book["Meetings"]
    header = [c.value for c in ws[1]]
    new = {"Board": bundle.records.boards[0].name, "Date": dt.datetime(2031, 1, 9)}
    ws.append([new.get(h) for h in header])
    book.save(path)
    incoming = read_workbook(path)
    report = import_records(example_store, incoming, dry_run=True)
    assert [(c.kind, c.added) for c in report.changes] == [("meeting", True)], str(report)
    assert not report.changed, str(report)
    added = next(m for m in incoming.records.meetings if m.date == dt.date(2031, 1, 9))
    assert added.status.label == "scheduled"
