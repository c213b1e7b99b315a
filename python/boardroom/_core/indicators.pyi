"""
Indicator statistics kernels over numpy arrays.
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['CATEGORY_COLOURS', 'CATEGORY_LABELS', 'check_table_disclosure', 'compare', 'composite_rank', 'grouped_mean', 'mean_summaries', 'percent_change', 'period_label', 'pool_rolling', 'primary_suppression', 'proportion', 'quintiles', 'rate', 'suppress_table', 'suppress_with_total']
def check_table_disclosure(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], marks: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> None:
    """
    Raises DisclosureError if a table marked for publication reveals a small count.
    """
def compare(lower: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], upper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], benchmark: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], polarity: str) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Fingertips comparison of each row's interval(s) with its benchmark: category codes.
    """
def composite_rank(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], polarity: collections.abc.Sequence[str]) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint64], numpy.typing.NDArray[numpy.float64]]:
    """
    Composite ranking: (ranks[indicators, areas], mean_rank, indicators_used, composite_rank).
    """
def grouped_mean(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    Means of groups of raw values (group g is values[offsets[g]:offsets[g+1]]): (value, lower, upper, value_sum, stdev, value_count).
    """
def mean_summaries(value_sum: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], stdev: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], value_count: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> tuple:
    """
    Means and Student's t limits from group sums, standard deviations and counts.
    """
def percent_change(from_: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], to: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    100 * (to - from) / from, from unrounded values; NaN where from is 0.
    """
def period_label(first_year: typing.SupportsInt | typing.SupportsIndex, last_year: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    '2010-12' for 2010 to 2012.
    """
def pool_rolling(area_offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], year: typing.Annotated[numpy.typing.ArrayLike, numpy.int32], numerator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], denominator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], window: typing.SupportsInt | typing.SupportsIndex, pool_available: bool = False) -> tuple[numpy.typing.NDArray[numpy.uint64], numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], list[str]]:
    """
    Rolling windows per area: (area, first_year, last_year, years_present, numerator, denominator, label).
    """
def primary_suppression(counts: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Marks of small counts: 0 shown, 1 primary.
    """
def proportion(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], method: str = 'wilson', multiplier: typing.SupportsFloat | typing.SupportsIndex = 1.0) -> tuple:
    """
    Proportions and limits: (value, lower[levels, rows], upper[levels, rows]).
    """
def quintiles(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Fingertips quintile of each value among all of them: category codes.
    """
def rate(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], multiplier: typing.SupportsFloat | typing.SupportsIndex = 100000.0) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.bool]]:
    """
    Crude rates and limits: (value, lower, upper, exact) where exact marks rows with exact Poisson limits.
    """
def suppress_table(cells: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint8]]:
    """
    A table with row and column totals added, and marks; checked for disclosure.
    """
def suppress_with_total(cells: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint8]]:
    """
    Cells then their total, with marks (0 shown, 1 primary, 2 secondary); checked for disclosure.
    """
CATEGORY_COLOURS: tuple = ('#c9c9c9', '#ffc000', '#92d050', '#c00000', '#00b092', '#821733', '#C2CCFF', '#5555E6', '', '', '', '', '')
CATEGORY_LABELS: tuple = ('Not compared', 'Similar', 'Better', 'Worse', 'Best', 'Worst', 'Higher', 'Lower', 'Lowest', 'Low', 'Middle', 'High', 'Highest')
