"""Agendas and minutes kept as Word documents (.docx), read through the text loaders.

A council's agenda or minutes in Word is the document the pasted-text loaders were written
from: the agenda table (``Agenda Item | Item for | Intended Outcome | Lead | Time/papers``)
with its continuation rows, the attendance tables, the numbered items and the ACTION BY
column. Rather than a second parser, the document is laid out as the text it pastes to (a
paragraph per line, a table row as its cells joined by tabs, the ACTION BY cell on a line of
its own after the item's text) and handed to the same loaders, so the records, checks and
data-quality notes are the ones the text form gives. Each line remembers where it came from,
so an error names the file, the table and the row (or the paragraph) instead of a line of a
text nobody saw.
"""

from __future__ import annotations

import copy
import os
import re
import string
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from ._core import governance as _g
from .errors import InputError, StorageError

if TYPE_CHECKING:
    from ._core.io import BoardBundle

__all__ = [
    "DocxImport",
    "DocxText",
    "docx_text",
    "load_docx",
    "read_agenda_docx",
    "read_minutes_docx",
]

PathLike = Union[str, "os.PathLike[str]"]

_ACTION_BY = re.compile(r"^\s*action\s+by\s*$", re.IGNORECASE)
_AGENDA_HEADER = re.compile(r"^\s*agenda\s+item\b", re.IGNORECASE)
_AGENDA_WORD = re.compile(r"^\s*(a\s*g\s*e\s*n\s*d\s*a)\s*$", re.IGNORECASE)
_MINUTES_WORD = re.compile(r"\b(minutes|notes)\s+of\b", re.IGNORECASE)


def _need_docx() -> Any:
    try:
        import docx
    except ImportError:
        raise StorageError("reading Word documents needs python-docx: pip install 'boardroom-governance[word]'") from None
    return docx


@dataclass(frozen=True)
class DocxText:
    """A Word document as the text it pastes to, and where each line came from.

    ``where[i]`` describes line ``i + 1``: "paragraph 3" or "table 2, row 5".
    """

    path: Path
    lines: list[str]
    where: list[str]
    tables: list[list[list[str]]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def locate(self, line: Optional[int]) -> str:
        if line is None or line < 1 or line > len(self.where):
            return str(self.path)
        return f"{self.path}, {self.where[line - 1]}"


def _cell_paragraphs(cell: Any) -> list[str]:
    return [p.text.replace("\t", " ").rstrip() for p in cell.paragraphs]


def _row_cells(row: Any, above: list[Any]) -> list[Any]:
    """The row's cells, None where a cell repeats the one to its left or above (merged)."""
    cells: list[Any] = []
    seen: set[int] = set()
    for column, cell in enumerate(row.cells):
        key = id(cell._tc)
        merged_up = column < len(above) and above[column] is not None and above[column]._tc is cell._tc
        cells.append(None if key in seen or merged_up else cell)
        seen.add(key)
    return cells


def docx_text(path: PathLike) -> DocxText:
    """Lay a .docx out as pasted text: paragraphs one a line, table rows as tab-joined cells.

    In a table whose header's last cell is "ACTION BY" (minutes), each row's text cells are
    laid out as paragraphs and the ACTION BY cell follows on a line of its own, as the initials
    stand under an item's text in the pasted minutes. A merged cell is written once, as Word
    pastes it. Raises :class:`~boardroom.errors.StorageError` for a file that is missing or is
    not a Word document.
    """
    docx = _need_docx()
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    file = Path(path)
    if not file.is_file():
        raise StorageError(f"{file}: no such file", str(file))
    from lxml.etree import LxmlError

    try:
        document = docx.Document(str(file))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise StorageError(f"{file}: not a Word document (.docx): {error}", str(file)) from None
    except LxmlError as error:
        raise StorageError(f"{file}: the Word document is damaged: {error}", str(file)) from None

    lines: list[str] = []
    where: list[str] = []
    tables: list[list[list[str]]] = []

    def put(text: str, place: str) -> None:
        lines.append(text)
        where.append(place)

    def blocks(parent: Any) -> Any:
        """Paragraphs and tables in reading order, those inside content controls included."""
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag in ("sdt", "sdtContent", "customXml"):
                yield from blocks(child)
            elif tag in ("p", "tbl"):
                yield tag, child

    paragraph_no = 0
    for tag, child in blocks(document.element.body):
        if tag == "p":
            paragraph_no += 1
            for line in Paragraph(child, document).text.replace("\t", " ").split("\n"):
                put(line.rstrip(), f"paragraph {paragraph_no}")
            put("", f"paragraph {paragraph_no}")
        elif tag == "tbl":
            table = Table(child, document)
            table_no = len(tables) + 1
            rows: list[list[str]] = []
            above: list[Any] = []
            action_column = False
            for row_no, row in enumerate(table.rows, start=1):
                cells = _row_cells(row, above)
                above = list(row.cells)
                texts = ["\n".join(_cell_paragraphs(c)).strip("\n") if c is not None else "" for c in cells]
                rows.append(texts)
                place = f"table {table_no}, row {row_no}"
                if row_no == 1 and texts and _ACTION_BY.match(texts[-1]) and len(texts) > 1:
                    action_column = True
                if action_column:
                    # The item's text first, then the owners' initials under it.
                    for cell in cells:
                        for paragraph in _cell_paragraphs(cell) if cell is not None else []:
                            if paragraph.strip():
                                # A line break inside a paragraph is a line of the same paragraph.
                                for line in paragraph.split("\n"):
                                    put(line.rstrip(), place)
                                put("", place)
                    continue
                if any("\n" in t for t in texts):
                    # A cell of several paragraphs pastes as several lines; the first carries the
                    # row's other cells, the rest are continuation lines of that column.
                    split = [t.split("\n") for t in texts]
                    for depth in range(max(len(s) for s in split)):
                        put("\t".join(s[depth] if depth < len(s) else "" for s in split), place)
                else:
                    put("\t".join(texts) if any(t.strip() for t in texts) else "", place)
            tables.append(rows)
            put("", f"table {table_no}")
    return DocxText(path=file, lines=lines, where=where, tables=tables)


def _relocate(error: InputError, text: DocxText) -> InputError:
    """The loader's error, naming the document, table and row rather than a line of its text."""
    where = text.locate(error.line)
    field_part = f"{error.field}: " if error.field else ""
    return InputError(
        f"{where}: {field_part}{error.reason}",
        file=str(text.path),
        line=None,
        field=error.field,
        record=where.split(", ", 1)[1] if ", " in where else None,
        reason=error.reason,
    )


_LINE_REFERENCE = re.compile(r"\bline (\d+)\b")


def _relocate_notes(notes: list[_g.DataQualityNote], text: DocxText) -> list[_g.DataQualityNote]:
    """The notes naming the document's table and row (or paragraph), in place and in their words."""

    def where(match: re.Match[str]) -> str:
        line = int(match.group(1))
        return text.where[line - 1] if 1 <= line <= len(text.where) else match.group(0)

    relocated = []
    for note in notes:
        if note.file != str(text.path):
            relocated.append(note)
            continue
        message = _LINE_REFERENCE.sub(where, note.message)
        relocated.append(_g.DataQualityNote(text.locate(note.line), 0, message))
    return relocated


def is_agenda_text(text: DocxText) -> bool:
    """An agenda: it has the agenda table, or a line reading "Agenda" and no minutes heading."""
    if any(rows and rows[0] and _AGENDA_HEADER.match(rows[0][0]) for rows in text.tables):
        return True
    head = [line for line in text.lines[:80] if line.strip()]
    return any(_AGENDA_WORD.match(line) for line in head) and not any(_MINUTES_WORD.search(line) for line in head)


def read_agenda_docx(path: PathLike, unmarked_part: Optional[_g.AgendaPart] = None) -> _g.AgendaDocument:
    """An agenda .docx: the agenda table (with continuation rows), else a numbered list.

    The same checks and data-quality notes as :func:`boardroom.governance.read_agenda_table`;
    an :class:`~boardroom.errors.InputError` names the file, table and row. Items under no
    Part I / Part II heading need ``unmarked_part``, as for the text form.
    """
    text = docx_text(path)
    table_form = any(rows and rows[0] and _AGENDA_HEADER.match(rows[0][0]) for rows in text.tables)
    parse = _g.parse_agenda_table if table_form else _g.parse_numbered_agenda
    try:
        return parse(text.text, str(text.path), unmarked_part)
    except InputError as error:
        raise _relocate(error, text) from None


def read_minutes_docx(path: PathLike) -> _g.MinutesDocument:
    """A minutes (or notes) .docx: attendance tables, numbered items, the ACTION BY column.

    The same checks and data-quality notes as :func:`boardroom.governance.read_minutes`; an
    :class:`~boardroom.errors.InputError` names the file, table and row.
    """
    text = docx_text(path)
    try:
        return _g.parse_minutes(text.text, str(text.path))
    except InputError as error:
        raise _relocate(error, text) from None


@dataclass(frozen=True)
class DocxImport:
    """What :func:`load_docx` read: the bundle, the board and meeting, and which kind of paper."""

    bundle: BoardBundle
    board: int
    meeting: int
    kind: str  # "agenda" or "minutes"
    notes: list[_g.DataQualityNote]


def _board_for(register: _g.Register, name: str, board: Optional[Union[int, str]], path: Path) -> int:
    if board is not None:
        if isinstance(board, int) and not isinstance(board, bool):
            return register.board(board).id
        found = register.find_board(str(board))
        if found is not None:
            return found
        name = str(board)
    elif name.strip():
        found = register.find_board(name)
        if found is not None:
            return found
    if not name.strip():
        raise InputError(f"{path}: the document names no board; say which board it is for", file=str(path))
    kind = _g.BoardKind.COMMITTEE if re.search(r"\bcommittee\b", name, re.IGNORECASE) else _g.BoardKind.BOARD
    printed = name.strip()
    # A heading printed in capitals names the board in words (names match whatever their case).
    named = string.capwords(printed) if printed.isupper() else printed
    return register.add_board(_g.Board(named, kind=kind))


def load_docx(
    path: PathLike,
    *,
    register: Optional[_g.Register] = None,
    board: Optional[Union[int, str]] = None,
    unmarked_part: Optional[_g.AgendaPart] = None,
    memberships_from_attendance: Optional[bool] = None,
) -> DocxImport:
    """Import an agenda or minutes .docx into a bundle, as the text loaders import their form.

    ``register`` (default: a new one) is copied, never changed; the document's board is found
    in it by any printed name, else added (a committee if its name says so). ``board`` names
    the board instead. The kind of paper is told from the document: the agenda table or an
    "Agenda" heading make an agenda, anything else is read as minutes.
    """
    from ._core.io import BoardBundle

    target = copy.deepcopy(register) if register is not None else _g.Register()
    text = docx_text(path)
    notes: list[_g.DataQualityNote] = []
    try:
        if is_agenda_text(text):
            agenda = read_agenda_docx(path, unmarked_part)
            board_id = _board_for(target, agenda.meeting.board, board, text.path)
            result = _g.import_agenda(target, board_id, agenda)
            kind = "agenda"
        else:
            minutes = _g.parse_minutes(text.text, str(text.path))
            board_id = _board_for(target, minutes.board_name, board, text.path)
            if memberships_from_attendance is None:
                from_attendance = target.board(board_id).kind == _g.BoardKind.COMMITTEE
            else:
                from_attendance = memberships_from_attendance
            result = _g.import_minutes(
                target,
                board_id,
                minutes,
                memberships_from_attendance=from_attendance,
                unmarked_part=unmarked_part,
            )
            kind = "minutes"
    except InputError as error:
        if error.file == str(text.path) and error.line:
            raise _relocate(error, text) from None
        raise
    notes.extend(result.notes)
    notes = _relocate_notes(notes, text)
    bundle = BoardBundle()
    bundle.records = target
    bundle.data_quality_notes = notes
    return DocxImport(bundle=bundle, board=board_id, meeting=result.meeting, kind=kind, notes=notes)

