"""Small-number suppression for published tables.

Primary suppression hides small counts; secondary suppression hides enough other cells that no
hidden small count can be pinned down among the small counts from what is published. From the
shown counts, the totals and the fact that no count is negative, each hidden count is known to
lie in a feasible range [lower, upper] (its linear-programming bounds); a hidden small count is
disclosed when every value of that range is small (below 5 by default: ``*, *, 50, total 53``
tells that both hidden cells are at most 3). Secondary suppression hides more cells, or a total,
until every hidden small count's range also holds counts that are not small: its protection
interval, as in Hundepool et al., *Statistical Disclosure Control* (Wiley, 2012), ch. 4
(secondary cell suppression and the audit of a suppressed table), and the tau-ARGUS manual
(de Wolf et al., Statistics Netherlands). The compiled kernel computes the exact ranges as
maximum flows (see ``boardroom/indicators/suppression.hpp``); :func:`audit_disclosure` checks
them again with linear programming. Every table returned here has been checked: one that would
still reveal a small count raises :class:`boardroom.errors.DisclosureError` instead of being
returned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .._core import indicators as _k
from ..errors import DisclosureError, InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SuppressedTable", "check_disclosure", "suppress"]

# The column of mark names that suppress(..., count) adds.
MARK_COLUMN = "suppressed"

MARKS = np.array(["shown", "primary", "secondary"], dtype=object)
TOTAL = "Total"


@dataclass(frozen=True)
class _Rule:
    low: float
    high: float
    high_inclusive: bool
    zero_exempt: bool

    def args(self) -> tuple[float, float, bool, bool]:
        return (self.low, self.high, self.high_inclusive, self.zero_exempt)

    def is_small(self, count: float) -> bool:
        if math.isnan(count) or (count == 0 and self.zero_exempt) or count < self.low:
            return False
        return count <= self.high if self.high_inclusive else count < self.high

    def all_small(self, lower: float, upper: float) -> bool:
        """Every count in [lower, upper] is small: a hidden count known to lie there is disclosed."""
        if not lower <= upper or math.isinf(upper):
            return False
        if self.zero_exempt and lower <= 0:
            return False
        return self.is_small(lower) and self.is_small(upper)

    def describe(self) -> str:
        if self.high_inclusive:
            return f"{_number(self.low)} to {_number(self.high)}"
        return f"below {_number(self.high)}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _rule(threshold: float, range: tuple[float, float] | None, zero_exempt: bool | None) -> _Rule:
    if range is not None:
        low, high = range
        if not 0 <= low <= high:
            raise InputError(f"suppression range {range!r} must satisfy 0 <= low <= high", field="range")
        return _Rule(float(low), float(high), True, True if zero_exempt is None else zero_exempt)
    if threshold <= 0:
        raise InputError(f"suppression threshold {threshold!r} must be positive", field="threshold")
    return _Rule(0.0, float(threshold), False, False if zero_exempt is None else zero_exempt)


@dataclass(frozen=True)
class SuppressedTable:
    """A table of counts with row and column totals, ready to publish.

    ``values`` holds every count including the margins (hidden ones too, for the analyst);
    ``marks`` says "shown", "primary" or "secondary" for each cell. Publish :meth:`published`.
    """

    values: pd.DataFrame
    marks: pd.DataFrame

    def published(self, symbol: str = "*") -> pd.DataFrame:
        """The table as it may be printed: hidden cells replaced by ``symbol``."""
        shown = self.values.astype(object).where(self.marks == "shown", symbol)
        return shown.map(_format_count)

    @property
    def hidden(self) -> pd.DataFrame:
        """True where a cell is suppressed."""
        return self.marks != "shown"


def _format_count(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def suppress(
    data: pd.DataFrame | pd.Series,
    count: str | None = None,
    *,
    threshold: float = 5,
    range: tuple[float, float] | None = None,
    zero_exempt: bool | None = None,
    total: bool = False,
) -> Any:
    """Suppress small counts so that none can be read or worked out.

    - ``suppress(df, "deaths")``: primary suppression of a column. Returns a copy with the column
      as nullable integers, hidden counts missing, and a ``suppressed`` column ("shown"/"primary"/
      "secondary"). With ``total=True`` a total row is appended and secondary suppression makes
      sure the hidden counts do not sum to a small number (nor one alone equal the total minus
      the shown ones): else the next smallest cell is hidden too.
    - ``suppress(table)`` with a DataFrame of counts (rows x columns): row and column totals are
      added and primary and secondary suppression applied; returns a :class:`SuppressedTable`.
      No hidden small count can be narrowed down to small values from the shown counts and
      totals (see the module's notes; :func:`audit_disclosure` shows the ranges).

    Small means below ``threshold`` (default 5, zero included), or within ``range`` such as
    ``(1, 5)`` (inclusive; zero then shown unless ``zero_exempt=False``).

    Counts must be whole numbers: a count such as 12.5 is an :class:`~boardroom.errors.InputError`
    naming the column and row (publishing it rounded would state a count that was not observed).
    """
    import pandas as pd

    rule = _rule(threshold, range, zero_exempt)
    if isinstance(data, pd.Series):
        name = str(data.name) if data.name is not None else "count"
        return _suppress_column(data.to_frame(name=name), name, rule, total)
    if count is not None:
        return _suppress_column(data, count, rule, total)
    return _suppress_table(data, rule)


def _suppress_column(data: pd.DataFrame, count: str, rule: _Rule, total: bool) -> pd.DataFrame:
    import pandas as pd

    from ._frames import _floats, _need

    _need(data, "suppress", count=count)
    counts = _floats(data[count])
    _whole_counts(counts, data.index, count)
    frame = data.copy()
    if total:
        values, marks = _k.suppress_with_total(counts, *rule.args())
        frame = pd.concat([frame, pd.DataFrame({count: [values[-1]]}, index=[TOTAL])])
    else:
        values, marks = counts, _k.primary_suppression(counts, *rule.args())
    labels = MARKS[marks]
    shown = np.where(labels == "shown", np.round(values), np.nan)
    frame[count] = pd.Series(shown, index=frame.index, dtype="Float64").astype("Int64")
    frame["suppressed"] = labels
    return frame


def _whole_counts(counts: np.ndarray[Any, np.dtype[np.float64]], index: pd.Index, column: str) -> None:
    """Counts are whole numbers: a count of 12.5 is refused, never published as 12 (or 13)."""
    from ._frames import _row_record

    bad = np.isfinite(counts) & (counts != np.round(counts))
    if bad.any():
        position = int(np.flatnonzero(bad)[0])
        record = _row_record(index, position)
        reason = f"the count {counts[position]:g} is not a whole number; suppression publishes whole counts"
        raise InputError(f"{record}: field {column!r}: {reason}", field=column, record=record, reason=reason)


def _suppress_table(table: pd.DataFrame, rule: _Rule) -> SuppressedTable:
    import pandas as pd

    from ._frames import _floats

    for column in table.columns:
        _whole_counts(_floats(table[column]), table.index, str(column))
    cells = np.ascontiguousarray(table.to_numpy(dtype=np.float64, na_value=np.nan))
    values, marks = _k.suppress_table(cells, *rule.args())
    index = [*table.index, TOTAL]
    columns = [*table.columns, TOTAL]
    return SuppressedTable(
        values=pd.DataFrame(values, index=index, columns=columns),
        marks=pd.DataFrame(MARKS[marks], index=index, columns=columns),
    )


def check_disclosure(
    table: SuppressedTable | pd.DataFrame,
    *,
    threshold: float = 5,
    range: tuple[float, float] | None = None,
    zero_exempt: bool | None = None,
    count: str | None = None,
) -> None:
    """Raise :class:`boardroom.errors.DisclosureError` if a table marked for publication reveals
    a small count: shown, or hidden but known from the shown counts and totals (no count being
    negative) to lie among the small counts, e.g. hidden cells of a row summing to less than the
    threshold. The message names the cell and the range it is known to lie in. Use it on tables
    suppressed by hand before publishing them.

    ``table`` is a :class:`SuppressedTable` or the frame of ``suppress(data, count)``, with or
    without ``total=True`` (its ``count`` column may be named; it is found when it is the only
    column besides ``suppressed``).
    """
    rule = _rule(threshold, range, zero_exempt)
    if isinstance(table, SuppressedTable):
        _k.check_table_disclosure(
            np.ascontiguousarray(table.values.to_numpy(dtype=np.float64)),
            np.ascontiguousarray(mark_codes(table.marks.to_numpy())),
            *rule.args(),
        )
        return
    line = published_line(table, count)
    if line.has_total:
        _k.check_line_disclosure(line.start, line.codes, *rule.args())
        return
    for label, value, code in zip(line.labels, line.values, line.codes):  # no total: only what is shown
        if code == 0 and rule.is_small(float(value)):
            raise DisclosureError(f"{label}: the count {_number(float(value))} is small but marked to be shown")


def mark_codes(marks: Any) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """0 for "shown", 1 for "primary", 2 for anything else (hidden)."""
    marks = np.asarray(marks, dtype=object)
    return np.select([marks == "shown", marks == "primary"], [0, 1], default=2).astype(np.uint8)


@dataclass(frozen=True)
class PublishedLine:
    """A list as published by ``suppress(data, count)``, total last when ``total=True`` added one.

    ``values`` has the shown counts and NaN where hidden; ``start`` fills the hidden ones with a
    completion consistent with the total (the feasible ranges do not depend on which). Without a
    total (``has_total`` false) nothing ties the hidden counts down.
    """

    labels: list[Any]
    count: str
    values: np.ndarray[Any, np.dtype[np.float64]]
    codes: np.ndarray[Any, np.dtype[np.uint8]]
    start: np.ndarray[Any, np.dtype[np.float64]]
    has_total: bool


def published_line(frame: pd.DataFrame, count: str | None) -> PublishedLine:
    """The list of ``frame`` (output of ``suppress(data, count)``); with its total last when the
    last row is labelled "Total", as ``total=True`` adds it."""
    if MARK_COLUMN not in frame.columns:
        raise InputError(
            f"expected a SuppressedTable or the frame of suppress(data, count), with a {MARK_COLUMN!r} column",
            field=MARK_COLUMN,
        )
    if count is None:
        others = [c for c in frame.columns if c != MARK_COLUMN]
        if len(others) != 1:
            raise InputError(f"name the count column: one of {others!r}", field="count")
        count = str(others[0])
    if count not in frame.columns:
        raise InputError(f"no column {count!r}", field="count")
    codes = np.ascontiguousarray(mark_codes(frame[MARK_COLUMN].to_numpy()))
    values = np.asarray(frame[count].to_numpy(dtype=np.float64, na_value=np.nan), dtype=np.float64)
    hidden = codes != 0
    has_total = len(frame) > 0 and frame.index[-1] == TOTAL
    if not has_total:
        return PublishedLine(list(frame.index), count, values, codes, np.where(hidden, 0.0, values), False)
    if np.isnan(values[~hidden]).any():
        raise InputError("a shown count is missing", field=count)
    start = np.where(hidden, 0.0, values)
    shown_cells = float(start[:-1].sum())
    if hidden[-1]:
        start[-1] = shown_cells
    else:
        rest = float(values[-1]) - shown_cells
        cells_hidden = np.flatnonzero(hidden[:-1])
        if rest < -1e-9 * max(1.0, abs(float(values[-1]))) or (len(cells_hidden) == 0 and abs(rest) > 1e-9):
            raise InputError(
                f"the total ({_number(float(values[-1]))}) does not fit the shown cells (sum {_number(shown_cells)})",
                record=TOTAL,
                field=count,
            )
        if len(cells_hidden):
            start[cells_hidden[0]] = max(rest, 0.0)
    return PublishedLine(list(frame.index), count, values, codes, np.ascontiguousarray(start), True)
