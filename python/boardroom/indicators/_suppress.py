"""Small-number suppression for published tables.

Primary suppression hides small counts; secondary suppression hides enough other cells that no
hidden count can be worked out by subtraction from a total, along rows, columns, or through
combinations of them (the kernel's rule: no hidden cell may be a bridge of the hidden cells'
row-column graph; see ``boardroom/indicators/suppression.hpp``). Every table returned here has
been checked: one that would still reveal a small count raises
:class:`boardroom.errors.DisclosureError` instead of being returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .._core import indicators as _k
from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SuppressedTable", "check_disclosure", "suppress"]

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
      sure no hidden count equals the total minus the shown ones.
    - ``suppress(table)`` with a DataFrame of counts (rows x columns): row and column totals are
      added and primary and secondary suppression applied; returns a :class:`SuppressedTable`.

    Small means below ``threshold`` (default 5, zero included), or within ``range`` such as
    ``(1, 5)`` (inclusive; zero then shown unless ``zero_exempt=False``).
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

    counts = np.ascontiguousarray(data[count].to_numpy(dtype=np.float64, na_value=np.nan))
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


def _suppress_table(table: pd.DataFrame, rule: _Rule) -> SuppressedTable:
    import pandas as pd

    cells = np.ascontiguousarray(table.to_numpy(dtype=np.float64, na_value=np.nan))
    values, marks = _k.suppress_table(cells, *rule.args())
    index = [*table.index, TOTAL]
    columns = [*table.columns, TOTAL]
    return SuppressedTable(
        values=pd.DataFrame(values, index=index, columns=columns),
        marks=pd.DataFrame(MARKS[marks], index=index, columns=columns),
    )


def check_disclosure(
    table: SuppressedTable,
    *,
    threshold: float = 5,
    range: tuple[float, float] | None = None,
    zero_exempt: bool | None = None,
) -> None:
    """Raise :class:`boardroom.errors.DisclosureError` if a table marked for publication reveals
    a small count: shown, recoverable from the totals by subtraction, or in a line whose hidden
    cells must sum to zero. Use it on tables suppressed by hand before publishing them."""
    rule = _rule(threshold, range, zero_exempt)
    codes = np.select(
        [table.marks.to_numpy() == "shown", table.marks.to_numpy() == "primary"], [0, 1], default=2
    ).astype(np.uint8)
    _k.check_table_disclosure(
        np.ascontiguousarray(table.values.to_numpy(dtype=np.float64)), np.ascontiguousarray(codes), *rule.args()
    )
