"""Dates as boardroom's functions accept them: ``datetime.date`` or "YYYY-MM-DD"."""

from __future__ import annotations

import datetime as _dt
from typing import Union

from ._core.core import parse_iso_date
from .errors import InputError

__all__ = ["DateLike", "to_date"]

#: A date, or its ISO text "2015-12-10" (a ``datetime`` or ``pandas.Timestamp`` counts as its day).
DateLike = Union[_dt.date, str]


def to_date(value: DateLike, field: str = "date") -> _dt.date:
    """The day ``value`` names; :class:`~boardroom.errors.InputError` naming ``field`` otherwise."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_iso_date(value.strip())
        if parsed is not None:
            return parsed
        reason = f"{value!r} is not a date in the form YYYY-MM-DD"
        raise InputError(f"field '{field}': {reason}", field=field, reason=reason)
    raise TypeError(f"{field} must be a datetime.date or 'YYYY-MM-DD' text, not {type(value).__name__}")
