"""Loading a board's papers, as officers keep them, into a Register."""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from .._core import governance as _g
from .._text import read_bytes, read_text
from ..errors import NotFoundError, StorageError

__all__ = ["BoardFolder", "load_board_folder", "load_contacts"]

_MINUTES = re.compile(r"^(minutes|notes)\b", re.IGNORECASE)
_AGENDA = re.compile(r"^agenda\b", re.IGNORECASE)
_PLAN = re.compile(r"(work[-_ ]?plan|forward[-_ ]?plan)", re.IGNORECASE)
_CONTACTS = re.compile(r"^contacts\b", re.IGNORECASE)
_CONTACTS_SUFFIXES = {".tsv", ".txt", ".csv", ".xlsx"}
_PLAN_TITLE = re.compile(r"^(.*?)\s+(?:forward\s+)?work\s+plan\b", re.IGNORECASE)
_MAX_DATE = _dt.date.max


@dataclass(frozen=True)
class BoardFolder:
    """A folder of board papers loaded into a :class:`Register`.

    ``board`` is the id of the board whose papers they are (the one the minutes or the first
    agenda name); ``meetings`` the ids of the meetings the minutes and agendas describe, in the
    order read; ``notes`` the data-quality notes of every document and of the import (where
    the papers disagree with themselves, the loaders keep what was printed and say so here).
    """

    path: Path
    register: _g.Register
    board: int
    meetings: list[int] = field(default_factory=list)
    notes: list[_g.DataQualityNote] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def board_name(self) -> str:
        return self.register.board(self.board).name


def _is_table_agenda(path: Path) -> bool:
    # The Word-table form is tab separated; the numbered-list form has no tabs. A tab is the
    # same byte in every encoding the loaders read, so the bytes tell without decoding them.
    return b"\t" in read_bytes(path)


def load_contacts(
    register: _g.Register, path: Union[str, os.PathLike[str]], *, sheet: Optional[str] = None
) -> list[_g.DataQualityNote]:
    """Attach the contact details of a contacts table to people already in ``register``.

    The table is the "List of Useful Names and Contact Details" form: ``Name``, ``Title``,
    ``Organisation``, ``Tel. Number`` and/or ``Email`` columns, section rows with only their
    first cell filled. It may be tab-separated text (as pasted from Word), a ``.csv`` file, or a
    sheet of an ``.xlsx`` workbook (``sheet``, default the first). Contact details are private:
    public exports and packs leave them out, and asking a public export for them raises
    :class:`~boardroom.errors.DisclosureError`.

    Raises :class:`~boardroom.errors.InputError` naming the file (or workbook and sheet), the
    line (or row) and the field for a name that is not one person of the register, a row with
    neither telephone nor email, or a malformed email address; the register is unchanged
    when it raises. Returns data-quality notes (a title the papers do not print).
    """
    file = Path(path)
    if file.suffix.lower() == ".xlsx":
        from .._xlsx import read_sheet

        source, rows = read_sheet(file, sheet)
        return list(_g.attach_contacts_rows(register, rows, source))
    return list(_g.load_contacts(register, file))


def _find(register: _g.Register, name: str) -> Optional[int]:
    return register.find_board(name) if name.strip() else None


def load_board_folder(
    path: Union[str, os.PathLike[str]],
    *,
    board: Optional[Union[int, str]] = None,
    unmarked_part: Optional[_g.AgendaPart] = None,
    memberships_from_attendance: Optional[bool] = None,
) -> BoardFolder:
    """Load a folder of board papers in the pasted-text form of the published packs.

    The folder holds ``boards.tsv`` (boards and reporting lines: ``Board``, ``Kind``,
    ``Reports to``, ``Also printed as``, ``Source``; or the same columns in the first sheet of
    ``boards.xlsx``) and any of: minutes or notes
    (``minutes*.txt``, ``notes*.txt``), agendas (``agenda*.txt``, a pasted Word table or a
    numbered list), a work plan (``*work-plan*.txt``) and a contacts table (``contacts*.tsv``,
    ``.txt``, ``.csv`` or ``.xlsx``, see :func:`load_contacts`). Minutes are imported first (they
    make items standing and announce later meetings), then agendas, then work plans, then the
    contact details of people they name.

    Each document is imported for the board it names; ``board`` (an id or any printed name)
    is used for documents that name none the register knows, and defaults to the board the
    first minutes (else the first agenda) name. Agenda items printed under no "Part I" /
    "Part II" heading are an :class:`~boardroom.errors.InputError` unless ``unmarked_part``
    says which part they are in: exempt business is never assumed public.
    ``memberships_from_attendance`` records a membership for every member listed in the
    minutes; left as None it is done for committees (whose lists hold only members) and not
    for boards and partnerships (whose lists include guests).

    Raises :class:`~boardroom.errors.InputError` naming file, line and field for a document
    that cannot be read, :class:`~boardroom.errors.StorageError` for a missing folder or
    file, :class:`~boardroom.errors.NotFoundError` when the board cannot be told.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise StorageError(f"{folder}: no such folder", str(folder))
    table = folder / "boards.tsv"
    register = _g.Register()
    notes: list[_g.DataQualityNote] = []
    if table.is_file():
        text, encoding_note = read_text(table)
        notes.extend([encoding_note] if encoding_note else [])
        _g.import_boards_table(register, text, str(table))
    elif (folder / "boards.xlsx").is_file():
        from .._xlsx import read_sheet

        table = folder / "boards.xlsx"
        source, rows = read_sheet(table)
        _g.import_boards_rows(register, rows, source)
    else:
        raise StorageError(f"{table}: missing (the table of boards and reporting lines)", str(table))

    texts = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    minutes = [_g.read_minutes(p) for p in texts if _MINUTES.match(p.name)]
    agendas = [
        _g.read_agenda_table(p, unmarked_part) if _is_table_agenda(p) else _g.read_numbered_agenda(p, unmarked_part)
        for p in texts
        if _AGENDA.match(p.name)
    ]
    plans = [_g.read_work_plan(p) for p in texts if _PLAN.search(p.name)]
    minutes.sort(key=lambda d: d.meeting.date.date if d.meeting else _MAX_DATE)
    agendas.sort(key=lambda d: d.meeting.date)

    if board is not None:
        if isinstance(board, int) and not isinstance(board, bool):
            main = register.board(board).id
        else:
            found = register.find_board(str(board))
            if found is None:
                raise NotFoundError(f"{table}: no board is called {board!r}")
            main = found
    else:
        named = [d.board_name for d in minutes] + [d.meeting.board for d in agendas]
        resolved = [b for b in (_find(register, n) for n in named) if b is not None]
        if resolved:
            main = resolved[0]
        elif len(register.boards) == 1:
            main = register.boards[0].id
        else:
            printed = ", ".join(repr(n) for n in named) or "no board names"
            raise NotFoundError(
                f"{folder}: cannot tell which board these papers are for ({printed} printed); pass board="
            )

    meetings: list[int] = []
    for doc in minutes:
        target = _find(register, doc.board_name) or main
        if memberships_from_attendance is None:
            from_attendance = register.board(target).kind == _g.BoardKind.COMMITTEE
        else:
            from_attendance = memberships_from_attendance
        result = _g.import_minutes(
            register, target, doc, memberships_from_attendance=from_attendance, unmarked_part=unmarked_part
        )
        meetings.append(result.meeting)
        notes.extend(result.notes)
    for agenda in agendas:
        result = _g.import_agenda(register, _find(register, agenda.meeting.board) or main, agenda)
        meetings.append(result.meeting)
        notes.extend(result.notes)
    for plan in plans:
        title = _PLAN_TITLE.match(plan.title)
        target = (_find(register, title.group(1)) if title else None) or main
        notes.extend(_g.import_work_plan(register, target, plan))

    contacts = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and _CONTACTS.match(p.name) and p.suffix.lower() in _CONTACTS_SUFFIXES
    )
    for contact_file in contacts:
        notes.extend(load_contacts(register, contact_file))

    files = [table] + [p for p in texts if _MINUTES.match(p.name) or _AGENDA.match(p.name) or _PLAN.search(p.name)]
    files += contacts
    return BoardFolder(path=folder, register=register, board=main, meetings=meetings, notes=notes, files=files)
