"""Plans, risk registers, diagnostics and self-assessments kept in Excel workbooks: the CSV forms
as sheets, the Word tables pasted into sheets, errors naming the sheet, row and column.

The workbooks are built here with openpyxl. Ratings and risks are illustrative: the seeds print
no RAG ratings and no risk register.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

import boardroom
from boardroom import errors, plans

EXAMPLE = boardroom.example_path(plans.EXAMPLE_PLAN)

#: Illustrative ratings, not from the source.
ILLUSTRATIVE = [("1.1", "2015-09-30", "R"), ("2.1", "2015-12-10", "G"), ("6.1", "2015-12-10", "B")]

#: An illustrative risk register (the seeds have none), linked to actions of the CSE plan.
RISKS = [
    ["reference", "risk", "owner", "likelihood", "impact", "residual_likelihood", "residual_impact",
     "last_reviewed", "next_review", "mitigations", "mitigating_actions"],
    ["R1", "Young people at risk of CSE are not identified early", "Head of PPU", "4", "5", "2", "5",
     "2015-09-17", "2015-12-10", "- Screening tool\n- Frontline training", "4.3, 1.4"],
    ["R2", "Partners do not share intelligence", "CSE Strategic Group", "3", "4", "", "", "", "", "", "1.3; 3.7"],
]  # fmt: skip


def _workbook(path: Path, rows: Sequence[Sequence[object]], sheet: str, *, above: int = 0) -> Path:
    """A workbook whose sheet ``sheet`` holds ``rows`` below ``above`` empty rows, after a decoy sheet."""
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Not the data"])
    target = book.create_sheet(sheet)
    for _ in range(above):
        target.append([])
    for row in rows:
        target.append(list(row))
    book.save(path)
    return path


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture(scope="module")
def seed() -> plans.Plan:
    plan = plans.load_plan(EXAMPLE / "plan.txt").plan
    for number, date, status in ILLUSTRATIVE:
        plans.rate(plan, number, date, status, rated_by="illustrative", note="illustrative rating")
    return plan


def _load(path: Path, like: plans.Plan, sheet: str | None = None) -> plans.LoadedPlan:
    """Load with the title, board, period and scheme of ``like``, which the columns do not carry."""
    return plans.load_plan(
        path, title=like.title, board=like.board, period=like.period.text, scheme=like.scheme, sheet=sheet
    )


def test_a_plan_sheet_loads_as_its_csv_does(tmp_path: Path, seed: plans.Plan) -> None:
    written = plans.write_plan_csv(seed, tmp_path / "plan.csv")
    book = _workbook(tmp_path / "plan.xlsx", _csv_rows(written.read_text()), "Plan", above=2)
    from_csv = _load(written, seed)
    from_sheet = _load(book, seed, sheet="Plan")

    assert plans.format_plan_csv(from_sheet.plan) == plans.format_plan_csv(from_csv.plan) == written.read_text()
    def sections(plan: plans.Plan) -> list[tuple[str, str, str, str]]:
        return [(s.number, s.title, s.statement, s.position_heading) for s in plan.sections]

    assert sections(from_sheet.plan) == sections(from_csv.plan) == sections(seed)
    assert from_sheet.plan.sections[0].line == 4, "sections start at their first action's row"
    assert from_sheet.plan.ratings == from_csv.plan.ratings == seed.ratings
    assert from_sheet.plan.positions == from_csv.plan.positions
    assert len(from_sheet.plan.actions) == 40
    assert from_sheet.plan.actions[0].line == 4, "the header is on row 3"
    assert [(w.code, w.subject) for w in from_sheet.warnings] == [(w.code, w.subject) for w in from_csv.warnings]
    reference = plans.with_code(from_sheet.warnings, "unknown-reference")[0]
    assert reference.file == f"{book} [sheet Plan]"
    assert reference.line == 3 + [a.number for a in seed.actions].index("7.4") + 1


def test_the_first_sheet_is_read_by_default(tmp_path: Path) -> None:
    rows = [
        ["section", "number", "action", "rag", "rag_date"],
        ["1", "1.1", "Publish the strategy", "A", dt.date(2015, 12, 10)],
    ]
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "plan.xlsx")
    plan = plans.load_plan(tmp_path / "plan.xlsx", period="2015-2018").plan
    assert plan.ratings == [plans.RagRating("1.1", dt.date(2015, 12, 10), "A")], "a date cell reads as its date"


def test_a_bad_cell_names_the_sheet_row_and_column(tmp_path: Path, seed: plans.Plan) -> None:
    rows = _csv_rows(plans.format_plan_csv(seed))
    rag = rows[0].index("rag")
    rows[5][rag] = "Purple"
    book = _workbook(tmp_path / "plan.xlsx", rows, "Plan")
    with pytest.raises(errors.InputError, match="'Purple' is not a status of the scheme") as caught:
        plans.load_plan(book, sheet="Plan")
    assert caught.value.file == f"{book} [sheet Plan]"
    assert caught.value.line == 6
    assert caught.value.field == "rag"
    assert str(caught.value).startswith(f"{book} [sheet Plan]:6: field 'rag': ")


def test_a_rating_before_the_plan_period_names_its_row(tmp_path: Path, seed: plans.Plan) -> None:
    rows = _csv_rows(plans.format_plan_csv(seed))
    rows[1][rows[0].index("rag_date")] = "2014-09-30"  # action 1.1, illustratively rated R
    book = _workbook(tmp_path / "plan.xlsx", rows, "Plan")
    with pytest.raises(errors.InputError) as caught:
        plans.load_plan(book, sheet="Plan", period="2015-2018")
    assert (caught.value.line, caught.value.field) == (2, "rag_date")
    assert "cannot rate action 1.1 on 2014-09-30: the plan period 2015-2018 starts on 2015-01-01" in str(caught.value)


def test_a_missing_sheet_is_an_input_error(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "plan.xlsx", RISKS, "Risks")
    with pytest.raises(errors.InputError, match="no sheet 'Plan'"):
        plans.load_plan(book, sheet="Plan")


def test_a_risk_register_from_csv_and_from_a_sheet(tmp_path: Path) -> None:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(RISKS)
    (tmp_path / "risks.csv").write_text(text.getvalue())
    book = _workbook(tmp_path / "risks.xlsx", RISKS, "Risks")
    from_csv = plans.load_risk_register(tmp_path / "risks.csv", title="Illustrative register")
    from_sheet = plans.load_risk_register(book, sheet="Risks", title="Illustrative register")
    assert from_sheet == from_csv
    r1, r2 = from_sheet.risks
    assert (r1.reference, r1.owner) == ("R1", "Head of PPU")
    assert (r1.inherent, r1.residual) == (plans.RiskScore(4, 5), plans.RiskScore(2, 5))
    assert r1.mitigations == ["Screening tool", "Frontline training"]
    assert r1.mitigating_actions == ["4.3", "1.4"]
    assert (r1.last_reviewed, r1.next_review) == (dt.date(2015, 9, 17), dt.date(2015, 12, 10))
    assert r2.residual is None and r2.next_review is None

    frame = plans.risk_frame(from_sheet, "2015-12-10")
    assert frame["reference"].tolist() == ["R2", "R1"], "12 unmitigated above 10 after mitigation"
    assert frame["current_rag"].tolist() == ["A", "A"]
    assert frame["review_due"].tolist() == [True, True]
    warnings = plans.check_risks(from_sheet, plans.example_plan().plan)
    assert [(w.code, w.subject) for w in warnings] == [("unknown-action", "risk R2")], "3.7 is not in the plan"

    again = plans.write_risk_register_csv(from_sheet, tmp_path / "again.csv")
    assert plans.load_risk_register(again, title="Illustrative register") == from_sheet


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (2, "likelihood", "6", "the likelihood '6' is not a whole number from 1 to 5"),
        (3, "residual_impact", "0", "risk R2 has a residual impact but no residual likelihood"),
        (3, "reference", "R1", "risk R1 appears twice (first at line 2)"),
        (2, "next_review", "2015-06-30", "the next review (2015-06-30) is before the last (2015-09-17)"),
        (3, "last_reviewed", "17/09/2015", "'17/09/2015' is not a date in the form YYYY-MM-DD"),
        (3, "mitigating_actions", "E safety 3.7", "'E' is not an action number such as 4.5"),
    ],
)
def test_a_bad_risk_cell_names_the_sheet_row_and_column(
    tmp_path: Path, row: int, column: str, value: str, message: str
) -> None:
    rows = copy.deepcopy(RISKS)
    rows[row - 1][rows[0].index(column)] = value
    book = _workbook(tmp_path / "risks.xlsx", rows, "Risks")
    with pytest.raises(errors.InputError, match=re.escape(message)) as caught:
        plans.load_risk_register(book, sheet="Risks")
    assert caught.value.file == f"{book} [sheet Risks]"
    assert caught.value.line == row
    expected_field = "residual_likelihood" if column == "residual_impact" else column
    assert caught.value.field == expected_field


def test_unknown_risk_columns_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "risks.csv"
    path.write_text("reference,risk,likelihood,impact,severity\nR1,x,3,3,high\n")
    with pytest.raises(errors.InputError, match="unknown column") as caught:
        plans.load_risk_register(path)
    assert (caught.value.file, caught.value.line, caught.value.field) == (str(path), 1, "severity")


# --- Word tables pasted into a spreadsheet: the diagnostic and the self-assessment -------------


def _pasted(text_path: Path, book_path: Path, sheet: str) -> Path:
    """The text form pasted into Excel: one row per line, one cell per tab-separated cell."""
    rows = [line.split("\t") for line in text_path.read_text(encoding="utf-8-sig").split("\n")]
    while rows and rows[-1] == [""]:
        rows.pop()
    return _workbook(book_path, rows, sheet)


def test_the_diagnostic_pasted_into_a_sheet_loads_as_its_text(tmp_path: Path) -> None:
    text_path = boardroom.example_path(plans.EXAMPLE_DIAGNOSTIC) / "responses.txt"
    book = _pasted(text_path, tmp_path / "diagnostic.xlsx", "Diagnostic")
    from_text = plans.load_diagnostic(text_path)
    from_sheet = plans.load_diagnostic(book, sheet="Diagnostic")
    assert len(from_sheet.diagnostic.findings) == 14
    assert from_sheet.diagnostic.findings == from_text.diagnostic.findings, "the same cells, on the same rows"
    assert from_sheet.diagnostic.title == from_text.diagnostic.title
    assert from_sheet.diagnostic.notes == from_text.diagnostic.notes
    assert [(w.code, w.line) for w in from_sheet.warnings] == [(w.code, w.line) for w in from_text.warnings]
    assert {w.file for w in from_sheet.warnings} <= {f"{book} [sheet Diagnostic]"}


def test_a_diagnostic_typed_into_a_sheet(tmp_path: Path) -> None:
    rows = [
        ["CSE diagnostic responses (illustrative)", "", "", ""],
        ["", "", "", ""],
        ["No", "Assessment", "Response", "RAG"],
        ["1.", "A strategy is in place", "Agreed by the LSCBs\nReviewed <yearly> & published", ""],
        ["2.", "Staff are trained", "See 1 above.", ""],
        ["", "", "Courses run by the LSCB", ""],
    ]
    book = _workbook(tmp_path / "diagnostic.xlsx", rows, "Sheet")
    loaded = plans.load_diagnostic(book, sheet="Sheet")
    first, second = loaded.diagnostic.findings
    assert loaded.diagnostic.title == "CSE diagnostic responses (illustrative)"
    assert first.response == "Agreed by the LSCBs\nReviewed <yearly> & published", "lines and < & > kept"
    assert (first.line, second.line) == (4, 5)
    assert second.response.startswith("See 1 above.") and "Courses run by the LSCB" in second.response
    assert [r.target for r in second.references] == [1]

    rows[4][0] = "1"
    with pytest.raises(errors.InputError, match="finding 1 is printed twice") as caught:
        plans.load_diagnostic(_workbook(tmp_path / "twice.xlsx", rows, "Sheet"), sheet="Sheet")
    assert (caught.value.file, caught.value.line, caught.value.field) == (
        f"{tmp_path / 'twice.xlsx'} [sheet Sheet]",
        5,
        "No",
    )


def test_the_prevent_template_pasted_into_a_sheet_loads_as_its_text(tmp_path: Path) -> None:
    text_path = boardroom.example_path(plans.EXAMPLE_SELF_ASSESSMENT) / "template.txt"
    book = _pasted(text_path, tmp_path / "prevent.xlsx", "Prevent")
    from_text = plans.load_self_assessment(text_path)
    from_sheet = plans.load_self_assessment(book, sheet="Prevent")
    assert from_sheet.assessment.items == from_text.assessment.items
    assert [item.area for item in from_sheet.assessment.items] == ["LEADERSHIP", "Partnership"]
    expected = [("missing-risk", 7), ("missing-owner", 8), ("missing-when", 8)]
    assert [(w.code, w.line) for w in from_sheet.warnings] == expected, "rows are the text's lines"


def test_a_bad_self_assessment_cell_names_the_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [
        ["Prevent Duty Risk Assessment/Action Plan", "", "", "", "", "", ""],
        ["No", "Prevent Vulnerability/Risk Area", "Risk Y/N", "Action taken", "Owner", "When", "RAG"],
        ["1", "LEADERSHIP Do leaders understand the duty?", "Y", "Briefing", "Head teacher", "March 2016", "A"],
        ["2", "Partnership Is there a single point of contact?", "Maybe", "", "", "", ""],
    ]
    book = _workbook(tmp_path / "prevent.xlsx", rows, "Prevent")
    with pytest.raises(errors.InputError, match="'Maybe' is not Y or N") as caught:
        plans.load_self_assessment(book, sheet="Prevent")
    assert (caught.value.file, caught.value.line, caught.value.field) == (
        f"{book} [sheet Prevent]",
        4,
        "Risk Y/N",
    )
