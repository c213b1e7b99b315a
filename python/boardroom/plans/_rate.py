"""Adding ratings from Python: one at a time, or a batch from a table, all or nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Union

from .._core import plans as _p
from ..errors import ValidationError
from ._dates import DateLike, to_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["rate", "rate_all", "ratings_from_frame"]


def rate(
    plan: _p.Plan,
    number: str,
    date: DateLike,
    status: str,
    rated_by: str = "",
    note: str = "",
) -> _p.RagRating:
    """Rate action ``number`` at ``date`` and return the rating as stored (status as its code).

    ``status`` is a code or label of the plan's scheme ("A", "amber"). The plan is changed in
    place; if the rating is refused it is left exactly as it was, and
    :class:`boardroom.errors.ValidationError` says why: an unknown action or status, a second
    rating of the action on that date, or a date before the plan period starts.
    """
    rating = _p.RagRating(number, to_date(date), status, rated_by, note)
    _p.add_rating(plan, rating)
    stored = _p.rating_as_of(plan, number, rating.date)
    assert stored is not None
    return stored


def ratings_from_frame(frame: pd.DataFrame) -> list[_p.RagRating]:
    """RagRatings from a table with columns action, date and rag (or status), and optionally
    rated_by and note: one rating per row, in order. Missing text cells become "".
    """
    status_column = "rag" if "rag" in frame.columns else "status"
    missing = [c for c in ("action", "date", status_column) if c not in frame.columns]
    if missing:
        raise ValidationError(f"a ratings table needs the columns action, date and rag; missing {', '.join(missing)}")

    def text(row: Any, column: str) -> str:
        if column not in frame.columns:
            return ""
        value = row[column]
        return "" if value is None or value != value else str(value)  # None or NaN

    return [
        _p.RagRating(
            str(row["action"]),
            to_date(row["date"]),
            str(row[status_column]),
            text(row, "rated_by"),
            text(row, "note"),
        )
        for _, row in frame.iterrows()
    ]


def rate_all(plan: _p.Plan, ratings: Union[pd.DataFrame, Iterable[_p.RagRating]]) -> int:
    """Add many ratings at once, all or none, and return how many were added.

    ``ratings`` is a table for :func:`ratings_from_frame` or RagRatings. Every rating is checked
    as by :func:`rate` before any is added; if one is refused the plan is left as it was.
    """
    import pandas as pd

    batch = ratings_from_frame(ratings) if isinstance(ratings, pd.DataFrame) else list(ratings)
    _p.add_ratings(plan, batch)
    return len(batch)
