"""Loading boardroom data from files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ._core import io as _io
from ._core.governance import Meeting

if TYPE_CHECKING:
    from ._core.governance import AgendaPart
    from ._core.io import BoardBundle
from .errors import InputError, StorageError

__all__ = ["load_bundle", "load_meeting"]

MEETING_SHEET = "Meeting"
AGENDA_SHEET = "Agenda"


def _sheet_title(path: Path, wanted: str) -> str:
    """The workbook's sheet called ``wanted``, case ignored (officers type "agenda" too)."""
    from ._xlsx import read_sheet

    try:
        import openpyxl
    except ImportError:  # read_sheet gives the message that says what to install
        read_sheet(path, wanted)
        raise
    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # not a workbook: read_sheet reports it as a StorageError
        read_sheet(path, wanted)
        raise
    try:
        names: list[str] = [str(title) for title in workbook.sheetnames]
    finally:
        workbook.close()
    for title in names:
        if title.strip().lower() == wanted.lower():
            return title
    name = os.fspath(path)
    reason = f"the workbook has no sheet '{wanted}' (it has {', '.join(names)})"
    raise InputError(f"{name}: field 'sheet': {reason}", name, None, "sheet", None, reason)


def load_meeting(path: str | os.PathLike[str]) -> Meeting:
    """Load a meeting kept as a folder of CSV files (``meeting.csv`` and ``agenda.csv``), or as
    an Excel workbook (``.xlsx``) with a ``Meeting`` sheet and an ``Agenda`` sheet holding the
    same columns (see ``include/boardroom/io/meeting_csv.hpp``).

    Raises :class:`boardroom.errors.InputError` naming the file, line and field at fault (for a
    workbook: ``book.xlsx [sheet Agenda]``, the sheet's row number and the column), or
    :class:`boardroom.errors.StorageError` when a file cannot be read. Reading ``.xlsx`` needs
    openpyxl (``pip install 'boardroom-governance[excel]'``).
    """
    target = Path(path)
    if target.suffix.lower() == ".xlsx" and not target.is_dir():
        from ._xlsx import read_sheet

        meeting_source, meeting_rows = read_sheet(target, _sheet_title(target, MEETING_SHEET))
        agenda_source, agenda_rows = read_sheet(target, _sheet_title(target, AGENDA_SHEET))
        return _io.load_meeting_rows(meeting_rows, meeting_source, agenda_rows, agenda_source)
    return _io.load_meeting_folder(os.fspath(target))


def load_bundle(
    path: str | os.PathLike[str] | None, *, unmarked_part: Optional[AgendaPart] = None
) -> BoardBundle:
    """The records a path holds, as a bundle: a store file (opened read-only), a boardroom JSON
    document (``.json``), or a folder of board papers (``boards.tsv`` with minutes and agendas,
    read now, with ``unmarked_part`` the part of business printed under no Part I / II heading);
    ``None`` gives the bundled example. Raises :class:`boardroom.errors.StorageError` for a path
    that is none of these.
    """
    from .store import example_bundle, import_json, open_store

    if path is None:
        return example_bundle()
    target = Path(path)
    if target.is_dir():
        from .governance import load_board_folder

        folder = load_board_folder(target, unmarked_part=unmarked_part)
        bundle = _io.BoardBundle()
        bundle.records = folder.register
        bundle.data_quality_notes = list(folder.notes)
        return bundle
    if target.suffix.lower() == ".json":
        return import_json(target)
    if not target.exists():
        raise StorageError(f"{target}: no such store, JSON document or folder", str(target))
    with open_store(target, "read_only") as opened:
        return opened.load()
