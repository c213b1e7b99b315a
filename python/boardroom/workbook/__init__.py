"""The board workbook: an Excel file with one sheet per kind of record, for officers who keep
a board's records in Excel.

    boardroom template board.xlsx            # the empty workbook, with a ReadMe sheet
    boardroom export board.sqlite --xlsx board.xlsx
    boardroom import board.sqlite board.xlsx [--dry-run]

:func:`write_template` writes the empty workbook, :func:`export_workbook` fills it from a
store, and :func:`read_workbook` reads one back as a :class:`~boardroom.store.BoardBundle`
that :func:`boardroom.store.import_records` merges into a store. Sheets and columns are
listed in :data:`SHEETS` (and in the workbook's ReadMe sheet). Needs openpyxl
(``pip install 'boardroom-governance[excel]'``).
"""

from __future__ import annotations

import os
from pathlib import Path

from .._core.io import BoardBundle
from ._read import read_workbook
from ._schema import SCHEMES, SHEETS, Column, Sheet
from ._write import write_workbook

__all__ = ["SCHEMES", "SHEETS", "Column", "Sheet", "export_workbook", "read_workbook", "write_template"]


def write_template(path: str | os.PathLike[str]) -> Path:
    """Writes the empty board workbook (headers, drop-downs, the ReadMe sheet) to ``path``."""
    return write_workbook(path)


def export_workbook(bundle: BoardBundle, path: str | os.PathLike[str]) -> Path:
    """Writes every record of ``bundle`` to a board workbook at ``path`` (private: it holds
    contact details and Part II business; never publish it)."""
    return write_workbook(path, bundle)
