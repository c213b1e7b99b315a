"""Loading plans, diagnostics and self-assessments from files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

from .._core import plans as _p
from .._xlsx import SheetRows, read_sheet
from ..examples import example_path
from ._dates import DateLike, to_date

__all__ = [
    "EXAMPLE_DIAGNOSTIC",
    "EXAMPLE_PLAN",
    "EXAMPLE_SELF_ASSESSMENT",
    "example_plan",
    "load_diagnostic",
    "load_plan",
    "load_risk_register",
    "load_self_assessment",
    "write_plan_csv",
    "write_risk_register_csv",
]

PathLike = Union[str, "os.PathLike[str]"]

#: The Pan-Lancashire LSCB CSE Action Plan 2015-2018 (``plan.txt`` as printed, ``plan.csv`` derived).
EXAMPLE_PLAN = "cse-action-plan-2015-2018"
#: The CSE diagnostic's Assessment / Response table (``responses.txt``).
EXAMPLE_DIAGNOSTIC = "cse-diagnostic-2015"
#: The Prevent Duty self-assessment template rows (``template.txt``).
EXAMPLE_SELF_ASSESSMENT = "prevent-template"


def load_plan(
    path: PathLike,
    *,
    as_of: Optional[DateLike] = None,
    title: str = "",
    board: str = "",
    period: str = "",
    scheme: Optional[_p.RagScheme] = None,
    recorded_by: str = "",
    add_blue_complete: bool = True,
    first_line: int = 1,
    sheet: Optional[str] = None,
) -> _p.LoadedPlan:
    """Load an action plan and the warnings about it: ``.csv`` files as CSV, ``.xlsx`` workbooks
    as a sheet in the same form, anything else as text.

    Text is the plan as pasted from Word (tab-separated rows, continuation rows, the printed RAG
    key); its title, board and period come from the first line unless ``board``/``period`` are
    given, and ``first_line`` numbers the file's first line (for text cut out of a larger
    document). A CSV file has one row per action; its ``title``, ``board``, ``period`` and
    ``scheme`` (default: the BRAG scheme) are not columns, so pass them here. A workbook's
    ``sheet`` (default: the first) holds the CSV columns, its first non-blank row the header;
    reading it needs openpyxl (``pip install 'boardroom[excel]'``).

    ``as_of`` dates the positions and RAG cells printed without a date; without it positions
    are undated baselines and a rating without a date is an error. ``recorded_by`` and
    ``add_blue_complete`` apply to text.

    Raises :class:`boardroom.errors.InputError` with ``file``, ``line`` and ``field`` for a
    malformed file (for a workbook ``file`` is ``"book.xlsx [sheet Plan]"``, ``line`` the row
    number and ``field`` the column), :class:`boardroom.errors.StorageError` when it cannot be read.
    """
    when = to_date(as_of, "as_of") if as_of is not None else None
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return _p.read_plan_csv(os.fspath(path), title=title, board=board, period=period, scheme=scheme, as_of=when)
    if suffix == ".xlsx":
        source, rows = read_sheet(path, sheet)
        return _p.plan_from_rows(rows, source, title=title, board=board, period=period, scheme=scheme, as_of=when)
    loaded = _p.read_plan_text(
        os.fspath(path),
        board=board,
        period=period,
        as_of=when,
        recorded_by=recorded_by,
        add_blue_complete=add_blue_complete,
        first_line=first_line,
    )
    if title:
        loaded.plan.title = title
    return loaded


def example_plan(*, csv: bool = False) -> _p.LoadedPlan:
    """The bundled CSE Action Plan 2015-2018: every action unrated, as the source prints it.

    With ``csv=True`` it is read from ``plan.csv``, given the title, board and period of the
    text form (which the CSV has no columns for).
    """
    folder = example_path(EXAMPLE_PLAN)
    text = load_plan(folder / "plan.txt")
    if not csv:
        return text
    plan = text.plan
    return load_plan(folder / "plan.csv", title=plan.title, board=plan.board, period=plan.period.text, scheme=plan.scheme)


def load_diagnostic(
    path: PathLike,
    *,
    as_of: Optional[DateLike] = None,
    recorded_by: str = "",
    first_line: int = 1,
    sheet: Optional[str] = None,
) -> _p.LoadedDiagnostic:
    """Load a diagnostic's Assessment / Response table as pasted from Word, and its warnings.

    An ``.xlsx`` workbook's ``sheet`` (default: the first) is read as the same table pasted into
    a spreadsheet, one cell per Word cell; errors then name the sheet and its row.
    ``as_of`` dates the Progress and RAG columns if the table has them (it is required then).
    Raises :class:`boardroom.errors.InputError` naming the file, line and field at fault.
    """
    when = to_date(as_of, "as_of") if as_of is not None else None
    if Path(path).suffix.lower() == ".xlsx":
        source, rows = read_sheet(path, sheet)
        return _p.parse_diagnostic_text(_sheet_as_pasted_text(rows), source, as_of=when, recorded_by=recorded_by)
    return _p.read_diagnostic_text(os.fspath(path), as_of=when, recorded_by=recorded_by, first_line=first_line)


def load_self_assessment(path: PathLike, *, sheet: Optional[str] = None) -> _p.LoadedSelfAssessment:
    """Load a self-assessment table such as the Prevent Duty template, and its warnings.

    An ``.xlsx`` workbook's ``sheet`` (default: the first) is read as the same table pasted into
    a spreadsheet, one cell per Word cell; errors then name the sheet and its row.
    Raises :class:`boardroom.errors.InputError` naming the file, line and field at fault.
    """
    if Path(path).suffix.lower() == ".xlsx":
        source, rows = read_sheet(path, sheet)
        return _p.parse_self_assessment_text(_sheet_as_pasted_text(rows), source)
    return _p.read_self_assessment_text(os.fspath(path))


def _sheet_as_pasted_text(rows: SheetRows) -> str:
    """A sheet's rows as the tab-separated text the Word-table loaders read, one line per row, so
    that line numbers are row numbers (``rows`` must start at row 1 and leave none out, as
    :func:`boardroom._xlsx.read_sheet` returns them).

    This is what pasting a Word table into Excel gives back: a row whose only text is in its first
    cell is prose (the title, a note), any other row a table row, with its empty leading cells
    (a continuation row) kept. A cell of several lines becomes ``<p>`` lines joined by ``<br>``,
    its ``&``, ``<`` and ``>`` escaped; a one-line cell is passed as it is, so HTML fragments
    pasted into it are read as in the text form. Tabs inside cells become spaces.
    """
    lines = []
    for expected, (number, cells) in enumerate(rows, start=1):
        if number != expected:
            raise ValueError(f"sheet row {number} is where row {expected} should be: rows must run from 1 without gaps")
        filled = [i for i, cell in enumerate(cells) if cell]
        if filled == [0]:
            lines.append(cells[0].replace("\t", " ").replace("\n", " "))
        elif filled:
            lines.append("\t".join(_one_line_cell(cell) for cell in cells))
        else:
            lines.append("")
    return "\n".join(lines) + "\n"


def _one_line_cell(cell: str) -> str:
    cell = cell.replace("\t", " ")
    if "\n" not in cell:
        return cell
    escaped = cell.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<p>" + "<br>".join(line.rstrip("\r") for line in escaped.split("\n")) + "</p>"


def load_risk_register(
    path: PathLike,
    *,
    title: str = "",
    board: str = "",
    scheme: Optional[_p.RagScheme] = None,
    thresholds: Optional[_p.RiskThresholds] = None,
    sheet: Optional[str] = None,
) -> _p.RiskRegister:
    """Load a risk register kept as CSV, or as a sheet of an ``.xlsx`` workbook (default: the
    first), one row per risk; any file not ending ``.xlsx`` is read as CSV.

    Columns: reference, risk, likelihood and impact (1-5) are required; owner,
    residual_likelihood, residual_impact, last_reviewed and next_review (YYYY-MM-DD),
    mitigations (one per line of the cell) and mitigating_actions (plan action numbers such as
    "4.5") are optional. The ``title``, ``board``, RAG ``scheme`` (default: the seed's R/A/G key)
    and score ``thresholds`` (default: :func:`default_risk_thresholds`) are not columns, so pass
    them here. Check the links to a plan with :func:`check_risks`; view it with :func:`risk_frame`.

    Raises :class:`boardroom.errors.InputError` with ``file``, ``line`` and ``field`` for a
    malformed register (a score outside 1-5, an unknown column, a duplicate reference, a bad
    date), :class:`boardroom.errors.StorageError` when it cannot be read.
    """
    if Path(path).suffix.lower() == ".xlsx":
        source, rows = read_sheet(path, sheet)
        return _p.risk_register_from_rows(rows, source, title=title, board=board, scheme=scheme, thresholds=thresholds)
    return _p.read_risk_register_csv(os.fspath(path), title=title, board=board, scheme=scheme, thresholds=thresholds)


def write_risk_register_csv(register: _p.RiskRegister, path: PathLike) -> Path:
    """Write the register as CSV in the form :func:`load_risk_register` reads.

    The file is replaced atomically; :class:`boardroom.errors.StorageError` on failure.
    """
    from .._files import write_atomic

    return write_atomic(path, _p.format_risk_register_csv(register))


def write_plan_csv(plan: _p.Plan, path: PathLike, *, as_of: Optional[DateLike] = None) -> Path:
    """Write the plan as CSV (each action's position and rating as of ``as_of``, else the latest).

    The file is replaced atomically; :class:`boardroom.errors.StorageError` on failure.
    """
    from .._files import write_atomic

    when = to_date(as_of, "as_of") if as_of is not None else None
    return write_atomic(path, _p.format_plan_csv(plan, when))
