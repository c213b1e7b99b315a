"""
Errors, dates and ids.
"""
from __future__ import annotations
import datetime
import typing
__all__: list[str] = ['agenda_time', 'decode_text', 'long_date', 'parse_iso_date']
def _raise(kind: str, message: str) -> None:
    ...
def agenda_time(time: datetime.time) -> str:
    """
    The time as agendas print it: '2.00 pm'.
    """
def decode_text(data: bytes, source: str, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> tuple[str, str | None]:
    """
    The bytes of a file as text, as every loader reads them: UTF-8 (a byte-order mark dropped), else Windows-1252 converted; returns (text, note), the note saying so when it was converted (else None). Raises InputError naming source, line and byte offset for bytes that are neither.
    """
def long_date(date: datetime.date) -> str:
    """
    The date as agendas print it: 'Thursday 10 December 2015'.
    """
def parse_iso_date(text: str) -> datetime.date | None:
    """
    Parses YYYY-MM-DD strictly; None if the text is not a valid date.
    """
