"""Reading a sheet of an Excel workbook (``.xlsx``) as rows of text, for the loaders.

openpyxl does the reading (the file format is a zip of XML parts, not worth re-implementing);
it is an optional dependency, ``pip install 'boardroom-governance[excel]'``. Cells become the text an officer
sees: whole numbers without ``.0``, dates as ISO ``YYYY-MM-DD``, times as ``HH:MM``, empty cells
as ``""``. Each row keeps its sheet row number, so loader errors name the row in the workbook.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any

from .errors import InputError, StorageError

__all__ = ["SheetRows", "read_sheet", "sheet_source"]

SheetRows = list[tuple[int, list[str]]]
"""(row number as Excel shows it, cells as text) for every row of a sheet."""


def sheet_source(path: str | os.PathLike[str], sheet: str) -> str:
    """How errors name a sheet: ``path [sheet Agenda]``."""
    return f"{os.fspath(path)} [sheet {sheet}]"


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_sheet(path: str | os.PathLike[str], sheet: str | None = None) -> tuple[str, SheetRows]:
    """The rows of one sheet (the first when ``sheet`` is None) and the name errors should use.

    Columns empty in every row are dropped (Excel often reports formatted but empty columns).
    Raises :class:`StorageError` if the file cannot be opened as a workbook and
    :class:`InputError` if the sheet does not exist.
    """
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("reading .xlsx files needs openpyxl: pip install 'boardroom-governance[excel]'") from exc
    name = os.fspath(path)
    try:
        workbook = openpyxl.load_workbook(name, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise StorageError(f"{name}: cannot open the file for reading", name) from exc
    except Exception as exc:  # openpyxl raises zipfile/KeyError/InvalidFileException variants
        raise StorageError(f"{name}: not a readable .xlsx workbook ({exc})", name) from exc
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            reason = f"the workbook has no sheet '{sheet}' (it has {', '.join(workbook.sheetnames)})"
            raise InputError(f"{name}: field 'sheet': {reason}", name, None, "sheet", None, reason)
        rows: SheetRows = []
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                rows.append((number, [_cell_text(v) for v in values]))
        except Exception as exc:  # a damaged part of the zip, or XML that does not parse
            raise StorageError(f"{name}: the workbook is damaged ({type(exc).__name__}: {exc})", name) from exc
        title = worksheet.title
    finally:
        workbook.close()
    width = max((len(cells) for _, cells in rows), default=0)
    used = [any(col < len(cells) and cells[col] for _, cells in rows) for col in range(width)]
    rows = [(n, [c for col, c in enumerate(cells + [""] * (width - len(cells))) if used[col]]) for n, cells in rows]
    return sheet_source(name, title), rows
