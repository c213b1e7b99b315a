"""Loading boardroom data from files.

Every file that holds a board's records becomes a :class:`BoardBundle` through
:data:`BUNDLE_READERS`, one reader per file suffix: ``boardroom import`` and ``boardroom pack``
both read files through it, so a new format is one entry here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ._core import io as _io
from ._core.governance import Meeting
from ._core.io import BoardBundle
from .errors import InputError, StorageError

if TYPE_CHECKING:
    from ._core.governance import AgendaPart

__all__ = ["BUNDLE_READERS", "load_bundle", "load_meeting", "read_bundle"]


def _read_json(path: Path) -> BoardBundle:
    from .store import import_json

    return import_json(path)


def _read_workbook(path: Path) -> BoardBundle:
    from .workbook import read_workbook

    return read_workbook(path)


def _read_word(path: Path) -> BoardBundle:
    from ._word import load_docx

    return load_docx(path).bundle


#: File suffix -> the reader that turns such a file into a bundle of records.
BUNDLE_READERS: dict[str, Callable[[Path], BoardBundle]] = {
    ".json": _read_json,
    ".xlsx": _read_workbook,
    ".docx": _read_word,
}


def read_bundle(path: str | os.PathLike[str]) -> BoardBundle:
    """The records a file holds, read by the reader for its suffix (:data:`BUNDLE_READERS`).

    Raises :class:`~boardroom.errors.StorageError` for a suffix no reader knows, and the
    reader's own errors (naming file, line or row, and field) for a file it cannot read.
    """
    target = Path(path)
    reader = BUNDLE_READERS.get(target.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(BUNDLE_READERS))
        raise StorageError(f"{target}: cannot read records from a {target.suffix or 'suffixless'} file (boardroom reads {known})", str(target))
    return reader(target)

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
    """The records a path holds, as a bundle: a store file (opened read-only), a file one of
    :data:`BUNDLE_READERS` reads (a boardroom JSON document, a board workbook, a Word paper), or
    a folder of board papers (``boards.tsv`` with minutes and agendas, read now, with ``unmarked_part`` the part of business printed under no Part I / II heading);
    ``None`` gives the bundled example. Raises :class:`boardroom.errors.StorageError` for a path
    that is none of these.
    """
    from .store import example_bundle, open_store

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
    if target.suffix.lower() in BUNDLE_READERS:  # a JSON document, a board workbook, a Word paper
        return read_bundle(target)
    if not target.exists():
        raise StorageError(f"{target}: no such store, JSON document, workbook or folder", str(target))
    with open_store(target, "read_only") as opened:
        return opened.load()
