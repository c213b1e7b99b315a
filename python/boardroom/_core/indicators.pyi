"""
Indicator statistics kernels over numpy arrays.
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['CATEGORY_COLOURS', 'CATEGORY_LABELS', 'ESP2013', 'ESP2013_20', 'FUNNEL_SIGNIFICANCE_LABELS', 'LIFE_TABLE_AGES', 'SII_DEFAULT_SEED', 'TREND_CHI_SQUARED_THRESHOLD', 'TREND_REASON_LABELS', 'check_line_disclosure', 'check_table_disclosure', 'compare', 'composite_rank', 'dsr', 'dsr_banded', 'dsr_nonindependent', 'funnel_limits', 'funnel_points', 'funnel_significance', 'group_order', 'grouped_mean', 'isr', 'isr_banded', 'life_expectancy', 'line_feasible_ranges', 'mean_summaries', 'parse_age_band', 'percent_change', 'period_label', 'pool_rolling', 'primary_suppression', 'proportion', 'quantiles', 'quintiles', 'rate', 'set_threads', 'sii', 'sorted_groups', 'suppress_table', 'suppress_with_total', 'table_feasible_ranges', 'threads', 'trend_marker_labels', 'trend_markers']
def check_line_disclosure(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], marks: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> None:
    """
    Raises DisclosureError if a list (cells then total) marked for publication reveals a small count.
    """
def check_table_disclosure(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], marks: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> None:
    """
    Raises DisclosureError if a table marked for publication reveals a small count: shown, or hidden but known from the shown counts and margins to lie among the small counts.
    """
def compare(lower: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], upper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], benchmark: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], polarity: str) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Fingertips comparison of each row's interval(s) with its benchmark: category codes.
    """
def composite_rank(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], polarity: collections.abc.Sequence[str]) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint64], numpy.typing.NDArray[numpy.float64]]:
    """
    Composite ranking: (ranks[indicators, areas], mean_rank, indicators_used, composite_rank).
    """
def dsr(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], stdpop: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], multiplier: typing.SupportsFloat | typing.SupportsIndex = 100000.0, per_band: bool = False) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    Directly standardised rates of groups of rows (group g is rows offsets[g]:offsets[g+1]), Dobson limits: (value, lower[levels, groups], upper, total_count, total_pop). per_band: stdpop holds one value per band.
    """
def dsr_banded(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], codes: numpy.ndarray, position: typing.Annotated[numpy.typing.ArrayLike, numpy.int32], stdpop: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], order: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], multiplier: typing.SupportsFloat | typing.SupportsIndex = 100000.0) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], typing.Any]:
    """
    Directly standardised rates with the standard population (one value per band) matched to rows by band in one pass: codes (any integer width; negative: no label) index position (each label's band, -1: none); rows in input order, order (None: the identity) puts them in group order, group g is order[offsets[g]:offsets[g+1]]. Returns (value, lower, upper, total_count, total_pop, problem): problem is None, or (kind, group, row, band, count) for the first band problem (outputs then unspecified).
    """
def dsr_nonindependent(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], eventfreq: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], band: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], stdpop: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], multiplier: typing.SupportsFloat | typing.SupportsIndex = 100000.0) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    DSRs for non-independent events from counts of individuals by event frequency (rows of a group ordered by eventfreq; band: integer band codes): (value, lower, upper, total_count, total_pop).
    """
def funnel_limits(numerator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], denominator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], statistic: str, multiplier: typing.SupportsFloat | typing.SupportsIndex, ratio_type: str = 'count', rate_type: str = 'dsr', years_of_data: typing.SupportsFloat | typing.SupportsIndex = 1.0) -> dict:
    """
    Funnel control limits over the 100-point axis of every group (group-major rows): a dict of arrays.
    """
def funnel_points(numerator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], denominator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], rate_type: str, multiplier: typing.SupportsFloat | typing.SupportsIndex, years_of_data: typing.SupportsFloat | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    Rate funnel plotting points: (rate_chart, denominator_derived).
    """
def funnel_significance(numerator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], denominator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], statistic: str, multiplier: typing.SupportsFloat | typing.SupportsIndex, rate_type: str = 'dsr') -> numpy.typing.NDArray[numpy.uint8]:
    """
    Each row's funnel significance: codes into FUNNEL_SIGNIFICANCE_LABELS.
    """
def group_order(codes: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], groups: typing.SupportsInt | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.uint64], numpy.typing.NDArray[numpy.uint64]]:
    """
    Rows sorted by group code (a stable counting sort): (order, offsets), group g is order[offsets[g]:offsets[g+1]].
    """
def grouped_mean(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], value_out: typing.Any = None, lower_out: typing.Any = None, upper_out: typing.Any = None) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    Means of groups of raw values (group g is values[offsets[g]:offsets[g+1]]): (value, lower, upper, value_sum, stdev, value_count).
    """
def isr(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], x_ref: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n_ref: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], statistic: str = 'ratio', multiplier: typing.SupportsFloat | typing.SupportsIndex = 1.0, per_band: bool = False, observed_totals: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None = None) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    Indirectly standardised ratios or rates of groups of rows: (value, lower, upper, observed, expected, ref_rate). x may be None when observed_totals (one per group) are given.
    """
def isr_banded(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], codes: numpy.ndarray, position: typing.Annotated[numpy.typing.ArrayLike, numpy.int32], x_ref: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n_ref: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], order: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], statistic: str = 'ratio', multiplier: typing.SupportsFloat | typing.SupportsIndex = 1.0, observed_totals: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None = None) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], typing.Any]:
    """
    Indirectly standardised ratios or rates with the reference (one value per band) matched to rows by band in one pass, rows and codes as dsr_banded: (value, lower, upper, observed, expected, ref_rate, problem).
    """
def life_expectancy(deaths: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], population: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], startage: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], top_age: typing.SupportsFloat | typing.SupportsIndex = 90.0) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint8]]:
    """
    Life expectancy at every band of groups of 20 life-table rows (0, 1, 5, ..., 90; 19 ending 85 with top_age=85): (value, lower, upper, pops_used, dths_used, status[groups]) with status 0 ok, 1 missing values, 2 negative deaths, 3 population <= 0, 4 deaths > population, 5 total population <= 5,000.
    """
def line_feasible_ranges(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], marks: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8]) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    (lower, upper) of every value of a list (cells then total), as table_feasible_ranges.
    """
def mean_summaries(value_sum: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], stdev: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], value_count: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], value_out: typing.Any = None, lower_out: typing.Any = None, upper_out: typing.Any = None) -> tuple:
    """
    Means and Student's t limits from group sums, standard deviations and counts.
    """
def parse_age_band(label: str) -> tuple[float, float] | None:
    """
    The band a label names as (first age, last age): last age inf for an open band ("90+"), nan when the label gives only the first age; None when the label names no band.
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
def proportion(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], method: str = 'wilson', multiplier: typing.SupportsFloat | typing.SupportsIndex = 1.0, value_out: typing.Any = None, lower_out: typing.Any = None, upper_out: typing.Any = None) -> tuple:
    """
    Proportions and limits: (value, lower[levels, rows], upper[levels, rows]), written into the *_out arrays when given.
    """
def quantiles(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], invert: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8], nquantiles: typing.SupportsInt | typing.SupportsIndex) -> numpy.typing.NDArray[numpy.float64]:
    """
    Quantile of each value within its group (NaN for none), as phe_quantile.
    """
def quintiles(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Fingertips quintile of each value among all of them: category codes.
    """
def rate(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], multiplier: typing.SupportsFloat | typing.SupportsIndex = 100000.0, value_out: typing.Any = None, lower_out: typing.Any = None, upper_out: typing.Any = None) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.bool]]:
    """
    Crude rates and limits: (value, lower, upper, exact) where exact marks rows with exact Poisson limits; written into the *_out arrays when given.
    """
def set_threads(threads: typing.SupportsInt | typing.SupportsIndex) -> None:
    """
    Threads the proportion, rate and mean kernels may use (0: one per hardware thread).
    """
def sii(quantile: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], population: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], value: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, se: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, lower_cl: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, upper_cl: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], value_type: typing.SupportsInt | typing.SupportsIndex, transform: bool, multiplier: typing.SupportsFloat | typing.SupportsIndex, levels: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], repetitions: typing.SupportsInt | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.bool], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], int]:
    """
    SII and RII per group: (complete, sii, rii, intercept, sii_lower, sii_upper, rii_lower, rii_upper [levels, groups], distinct quantiles).
    """
def sorted_groups(keys: list, rows: typing.SupportsInt | typing.SupportsIndex) -> typing.Any:
    """
    Groups of rows already in key order, with nothing written per row: keys are (codes of any integer width, low, space, table or None), code = raw - low (negative: space - 1), then table[code]. Returns None when the rows are not in key order, else (offsets, each group's mixed-radix key code).
    """
def suppress_table(cells: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint8]]:
    """
    A table with row and column totals added, and marks; checked for disclosure.
    """
def suppress_with_total(cells: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], low: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex, high_inclusive: bool, zero_exempt: bool) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint8]]:
    """
    Cells then their total, with marks (0 shown, 1 primary, 2 secondary); checked for disclosure.
    """
def table_feasible_ranges(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], marks: typing.Annotated[numpy.typing.ArrayLike, numpy.uint8]) -> tuple[numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64]]:
    """
    (lower, upper): the exact bounds of every entry given the shown ones, the margins and that no count is negative (shown entries: their count; upper may be inf).
    """
def threads() -> int:
    """
    Threads the proportion, rate and mean kernels may use.
    """
def trend_marker_labels(polarity: str) -> tuple:
    """
    Words for each trend marker code under a polarity (high_is_good, low_is_good, none).
    """
def trend_markers(time: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], numerator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, denominator: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, value: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, lower_cl: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, upper_cl: typing.Annotated[numpy.typing.ArrayLike, numpy.float64] | None, offsets: typing.Annotated[numpy.typing.ArrayLike, numpy.uint64], value_type: str, confidence: typing.SupportsFloat | typing.SupportsIndex = 0.95, multiplier: typing.SupportsFloat | typing.SupportsIndex = 1.0) -> tuple[numpy.typing.NDArray[numpy.uint8], numpy.typing.NDArray[numpy.uint8], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.float64], numpy.typing.NDArray[numpy.uint64]]:
    """
    Recent trend per group: (marker codes, reason codes, chi_squared, gradient, last_row).
    """
CATEGORY_COLOURS: tuple = ('#c9c9c9', '#ffc000', '#92d050', '#c00000', '#00b092', '#821733', '#C2CCFF', '#5555E6', '', '', '', '', '')
CATEGORY_LABELS: tuple = ('Not compared', 'Similar', 'Better', 'Worse', 'Best', 'Worst', 'Higher', 'Lower', 'Lowest', 'Low', 'Middle', 'High', 'Highest')
ESP2013: tuple = (5000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0, 7000.0, 6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0)
ESP2013_20: tuple = (1000.0, 4000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0, 7000.0, 6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0)
FUNNEL_SIGNIFICANCE_LABELS: tuple = ('High (0.001)', 'High (0.025)', 'Low (0.001)', 'Low (0.025)', 'Not significant', 'Not applicable for events less than 10 for dsrs')
LIFE_TABLE_AGES: tuple = (0.0, 1.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0)
SII_DEFAULT_SEED: int = 2004
TREND_CHI_SQUARED_THRESHOLD: float = 9.5495
TREND_REASON_LABELS: tuple = ('Duplicate years in group', 'Not enough data points', 'Missing values', 'Missing at least one confidence interval value', 'Outlier found', 'No outliers and significant trend', 'No significant trend')
