"""Dates as the plans functions accept them (shared with the governance views)."""

from __future__ import annotations

from .._dates import DateLike, to_date

__all__ = ["DateLike", "to_date"]
