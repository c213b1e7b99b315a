"""
Errors, dates and ids.
"""
from __future__ import annotations
import datetime
import typing
__all__: list[str] = ['agenda_time', 'long_date', 'parse_iso_date']
def _raise(kind: str, message: str) -> None:
    ...
def agenda_time(time: datetime.time) -> str:
    """
    The time as agendas print it: '2.00 pm'.
    """
def long_date(date: datetime.date) -> str:
    """
    The date as agendas print it: 'Thursday 10 December 2015'.
    """
def parse_iso_date(text: str) -> datetime.date | None:
    """
    Parses YYYY-MM-DD strictly; None if the text is not a valid date.
    """
