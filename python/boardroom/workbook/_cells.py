"""Reading the cells of a board workbook's sheet, with errors that name the file, the sheet,
the row and the column: "board.xlsx, sheet Actions, row 7, column Due: 31/02/2016 is not a date"."""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterator
from typing import Any, Optional

from ..errors import InputError, StorageError
from ._schema import Sheet

__all__ = ["SheetReader", "open_workbook"]

_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?\s*$", re.IGNORECASE)


def open_workbook(path: str | os.PathLike[str]) -> Any:
    try:
        import openpyxl
    except ImportError as exc:
        raise ImportError("reading the board workbook needs openpyxl: pip install 'boardroom-governance[excel]'") from exc
    name = os.fspath(path)
    try:
        return openpyxl.load_workbook(name, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise StorageError(f"{name}: cannot open the file for reading", name) from exc
    except Exception as exc:  # openpyxl raises zipfile/KeyError/InvalidFileException variants
        raise StorageError(f"{name}: not a readable .xlsx workbook ({exc})", name) from exc


class SheetReader:
    """The rows of one sheet as {column: value}, and parsers that raise located errors."""

    def __init__(self, file: str, book: Any, sheet: Sheet) -> None:
        self.file = file
        self.sheet = sheet
        self.row = 0
        self.column = ""
        self._rows: list[tuple[int, dict[str, Any]]] = []
        title = next((t for t in book.sheetnames if str(t).strip().lower() == sheet.name.lower()), None)
        if title is None:
            return
        try:
            rows = list(book[title].iter_rows(values_only=True))
        except Exception as exc:  # a damaged part of the zip, or XML that does not parse
            raise StorageError(f"{file}: the workbook is damaged ({type(exc).__name__}: {exc})", file) from exc
        if not rows:
            return
        header = [str(v).strip().lower() if v is not None else "" for v in rows[0]]
        where: dict[str, int] = {}
        for column in sheet.columns:
            if column.name.lower() in header:
                where[column.name] = header.index(column.name.lower())
            elif column.required:
                self.row, self.column = 1, column.name
                raise self.error("the column is missing from the header row")
        for number, values in enumerate(rows[1:], start=2):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            cells = {name: values[i] if i < len(values) else None for name, i in where.items()}
            self._rows.append((number, cells))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for number, cells in self._rows:
            self.row = number
            self._cells = cells
            for column in self.sheet.columns:
                if column.required and self._blank(cells.get(column.name)):
                    self.column = column.name
                    raise self.error("this column needs a value")
            yield cells

    def __len__(self) -> int:
        return len(self._rows)

    def error(self, reason: str) -> InputError:
        where = f"{self.file}, sheet {self.sheet.name}, row {self.row}, column {self.column}"
        return InputError(f"{where}: {reason}", self.file, self.row, self.column, f"sheet {self.sheet.name}", reason)

    @staticmethod
    def _blank(value: Any) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    def _at(self, name: str) -> Any:
        self.column = name
        return self._cells.get(name)

    def text(self, name: str) -> str:
        value = self._at(name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, _dt.datetime):
            return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ", timespec="minutes")
        if isinstance(value, _dt.date):
            return value.isoformat()
        return str(value).strip()

    def multiline(self, name: str) -> str:
        """Text whose line breaks matter (minutes, intended outcomes): only trailing spaces go."""
        value = self._at(name)
        return "" if value is None else str(value).replace("\r\n", "\n").strip()

    def items(self, name: str) -> list[str]:
        return [part.strip() for part in self.text(name).split(";") if part.strip()]

    def date(self, name: str) -> Optional[_dt.date]:
        value = self._at(name)
        if self._blank(value):
            return None
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        text = str(value).strip()
        match = _ISO_DATE.match(text)
        parts: Optional[tuple[int, int, int]] = None
        if match:
            parts = (int(match[1]), int(match[2]), int(match[3]))
        elif (match := _UK_DATE.match(text)) is not None:
            year = int(match[3])
            parts = (year + 2000 if year < 100 else year, int(match[2]), int(match[1]))
        if parts is not None:
            try:
                return _dt.date(*parts)
            except ValueError:
                pass
        raise self.error(f"{text} is not a date")

    def time(self, name: str) -> Optional[_dt.time]:
        value = self._at(name)
        if self._blank(value):
            return None
        if isinstance(value, _dt.datetime):
            return value.time().replace(second=0, microsecond=0)
        if isinstance(value, _dt.time):
            return value.replace(second=0, microsecond=0)
        text = str(value).strip()
        match = _TIME.match(text)
        if match:
            hour, minute = int(match[1]), int(match[2])
            if match[3] and match[3].lower() == "pm" and hour < 12:
                hour += 12
            if match[3] and match[3].lower() == "am" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                return _dt.time(hour, minute)
        raise self.error(f"{text} is not a time (HH:MM)")

    def integer(self, name: str, low: int = 0, high: Optional[int] = None) -> Optional[int]:
        text = self.text(name)
        if not text:
            return None
        try:
            number = int(text)
        except ValueError:
            raise self.error(f"{text} is not a whole number") from None
        if number < low or (high is not None and number > high):
            raise self.error(f"{text} is not between {low} and {high}" if high is not None else f"{text} is below {low}")
        return number

    def choice(self, name: str, allowed: tuple[str, ...]) -> Optional[str]:
        """The allowed value the cell names (case ignored); None when blank."""
        text = self.text(name)
        if not text:
            return None
        for value in allowed:
            if value.lower() == text.lower():
                return value
        raise self.error(f"{text} is not one of {', '.join(allowed)}")

    def parsed(self, name: str, parse: Any, what: str) -> Any:
        """An enumeration's value through its ``parse`` (None when blank)."""
        text = self.text(name)
        if not text:
            return None
        value = parse(text)
        if value is None:
            raise self.error(f"{text} is not {what}")
        return value

    def yes_no(self, name: str) -> Optional[bool]:
        text = self.text(name).lower()
        if not text:
            return None
        if text in ("yes", "y", "true", "1"):
            return True
        if text in ("no", "n", "false", "0"):
            return False
        raise self.error(f"{text} is not yes or no")
