"""Behaviour of the indicator layer: properties, comparisons, periods, suppression, ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind
from boardroom import errors
from boardroom.indicators import arrays

counts = st.integers(min_value=0, max_value=10**7)


@st.composite
def x_and_n(draw: st.DrawFn) -> tuple[int, int]:
    n = draw(st.integers(min_value=1, max_value=10**7))
    return draw(st.integers(min_value=0, max_value=n)), n


@settings(max_examples=300, deadline=None)
@given(x_and_n(), st.sampled_from(["wilson", "clopper_pearson"]))
def test_proportion_interval_contains_value_and_widens_with_confidence(xn: tuple[int, int], method: str) -> None:
    x, n = xn
    value, lower, upper, _ = arrays.proportion_intervals([x], [n], [0.9, 0.95, 0.998], method=method)
    assert np.all(lower[:, 0] <= value[0] + 1e-15) and np.all(value[0] <= upper[:, 0] + 1e-15)
    assert 0 <= lower[2, 0] <= lower[1, 0] <= lower[0, 0]
    assert upper[0, 0] <= upper[1, 0] <= upper[2, 0] <= 1


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=0.01, max_value=0.99), st.integers(min_value=10, max_value=10**6))
def test_proportion_interval_narrows_with_n(p: float, n: int) -> None:
    small = arrays.proportion_intervals([round(p * n)], [n])
    large = arrays.proportion_intervals([round(p * n) * 4], [n * 4])
    assert large.upper[0, 0] - large.lower[0, 0] < small.upper[0, 0] - small.lower[0, 0]


@settings(max_examples=300, deadline=None)
@given(counts, st.floats(min_value=1, max_value=1e9))
def test_rate_interval_contains_value_and_widens(x: int, n: float) -> None:
    (value, lower, upper, _), _ = arrays.rate_intervals([x], [n], [0.95, 0.998])
    assert lower[1, 0] <= lower[0, 0] <= value[0] * (1 + 1e-12)
    assert value[0] <= upper[0, 0] * (1 + 1e-12) <= upper[1, 0] * (1 + 1e-12)


def test_rate_switches_method_at_ten() -> None:
    out = ind.rate(pd.DataFrame({"x": [9, 10], "n": [1000, 1000]}), "x", "n", multiplier=1000)
    assert list(out["method"]) == ["Exact", "Byars"]
    assert list(out["statistic"]) == ["rate per 1000"] * 2


def test_missing_values_give_missing_results() -> None:
    df = pd.DataFrame({"x": [1.0, np.nan, 3.0], "n": [10.0, 10.0, np.nan]})
    out = ind.proportion(df, "x", "n")
    assert out["value"].isna().tolist() == [False, True, True]
    assert out["lowercl"].isna().tolist() == [False, True, True]


@pytest.mark.parametrize(
    ("x", "n", "field", "text"),
    [(12, 10, "deaths", "greater than"), (-1, 10, "deaths", None), (1, 0, "births", None)],
)
def test_impossible_input_names_row_and_field(x: int, n: int, field: str, text: str | None) -> None:
    df = pd.DataFrame({"deaths": [1, x], "births": [10, n]}, index=["Burnley", "Chorley"])
    with pytest.raises(errors.InputError, match=text) as info:
        ind.proportion(df, "deaths", "births")
    assert info.value.field == field
    assert info.value.record == "row 'Chorley'"
    assert isinstance(info.value, ValueError)


def test_confidence_as_percent_and_bad_levels() -> None:
    df = pd.DataFrame({"x": [5], "n": [100]})
    a = ind.proportion(df, "x", "n", confidence=95)
    b = ind.proportion(df, "x", "n", confidence=0.95)
    assert a["lowercl"].iloc[0] == b["lowercl"].iloc[0]
    bad: float | list[float]
    for bad in (1.5, 0, 100, -0.95, []):
        with pytest.raises(errors.InputError) as info:
            ind.proportion(df, "x", "n", confidence=bad)
        assert info.value.field == "confidence"


def test_compare_with_england_fingertips_rules() -> None:
    df = pd.DataFrame(
        {
            "area": ["A", "B", "C", "D"],
            "lower95_0cl": [5.0, 3.0, 1.0, np.nan],
            "upper95_0cl": [7.0, 5.0, 3.5, np.nan],
            "lower99_8cl": [4.5, 2.0, 0.5, np.nan],
            "upper99_8cl": [8.0, 6.0, 4.5, np.nan],
        }
    )
    low_good = ind.compare(df, benchmark=4.1, polarity="low_is_good")
    assert list(low_good["comparison"]) == ["Worst", "Similar", "Better", "Not compared"]
    assert list(low_good["comparison_colour"]) == ["#821733", "#ffc000", "#92d050", "#c9c9c9"]
    none = ind.compare(df, benchmark=4.1, polarity="none")
    assert list(none["comparison"]) == ["Higher", "Similar", "Lower", "Not compared"]
    one_level = ind.compare(df.drop(columns=["lower99_8cl", "upper99_8cl"]), benchmark=4.1, polarity="high_is_good")
    assert list(one_level["comparison"]) == ["Better", "Similar", "Worse", "Not compared"]
    per_row = ind.compare(df, benchmark=[4.1, 10.0, 0.1, 1.0], polarity="low_is_good")
    assert list(per_row["comparison"]) == ["Worst", "Best", "Worst", "Not compared"]
    with pytest.raises(errors.InputError, match="polarity"):
        ind.compare(df, benchmark=4.1, polarity="sideways")


def test_compare_by_quintiles_within_parent() -> None:
    df = pd.DataFrame({"parent": ["P"] * 10 + ["Q"] * 3, "value": [*range(1, 11), 1.0, 2.0, 3.0]})
    out = ind.compare(df, method="quintiles", by="parent")
    assert list(out["comparison"][:10]) == ["Lowest", "Lowest", "Low", "Low", "Middle", "Middle", "High", "High", "Highest", "Highest"]
    assert set(out["comparison"][10:]) == {"Not compared"}


def test_pooled_rolling_three_year_periods() -> None:
    years = list(range(2002, 2008))
    df = pd.DataFrame(
        {
            "area": ["Chorley"] * 6 + ["Burnley"] * 5,
            "year": years + [2002, 2003, 2005, 2006, 2007],
            "deaths": [5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5],
            "births": [1000] * 11,
        }
    )
    out = ind.pooled(df, "area", "year", "deaths", "births", window=3)
    chorley = out[out["area"] == "Chorley"]
    assert list(chorley["period"]) == ["2002-04", "2003-05", "2004-06", "2005-07"]
    assert list(chorley["deaths"]) == [18, 21, 24, 27]
    assert list(chorley["births"]) == [3000] * 4
    burnley = out[out["area"] == "Burnley"]
    assert list(burnley["period"]) == ["2005-07"], "windows with a missing year are skipped"
    with_gaps = ind.pooled(df, "area", "year", "deaths", "births", gaps="pool")
    assert "2002-04" in set(with_gaps[with_gaps["area"] == "Burnley"]["period"])
    duplicate = pd.concat([df, df.iloc[[0]]])
    with pytest.raises(errors.InputError):
        ind.pooled(duplicate, "area", "year", "deaths", "births")


def test_percent_change_from_unrounded_values() -> None:
    # Chorley in the seed's Table 1: 5.0 -> 4.6 as printed, but -9% from the unrounded rates.
    assert round(ind.percent_change(5.0, 4.6)) == -8
    assert round(ind.percent_change(5.04, 4.55)) == -10
    assert np.isnan(ind.percent_change(0.0, 1.0))
    series = ind.percent_change(pd.Series([4.0, 2.0]), pd.Series([5.0, 1.0]))
    assert list(series) == [25.0, -50.0]


def test_suppress_column_primary_and_with_total() -> None:
    wards = pd.DataFrame({"ward": ["A", "B", "C", "D"], "deaths": [3, 12, 20, 9]})
    primary = ind.suppress(wards, "deaths")
    assert primary["deaths"].isna().tolist() == [True, False, False, False]
    assert list(primary["suppressed"]) == ["primary", "shown", "shown", "shown"]
    totalled = ind.suppress(wards.set_index("ward"), "deaths", total=True)
    assert totalled.loc["Total", "deaths"] == 44
    hidden = totalled["deaths"].isna()
    assert hidden.sum() == 2, "a second cell is hidden so 44 - shown does not give A"
    assert totalled.loc["D", "suppressed"] == "secondary"


def test_suppress_table_cannot_be_undone_by_subtraction() -> None:
    table = pd.DataFrame({"East": [2, 30, 25], "South": [40, 3, 28], "West": [33, 35, 41]}, index=["a", "b", "c"])
    result = ind.suppress(table)
    assert isinstance(result, ind.SuppressedTable)
    assert result.values.loc["Total", "Total"] == table.to_numpy().sum()
    assert result.marks.loc["a", "East"] == "primary" and result.marks.loc["b", "South"] == "primary"
    for line in [*result.hidden.index]:
        assert result.hidden.loc[line].sum() != 1
    for column in result.hidden.columns:
        assert result.hidden[column].sum() != 1
    ind.check_disclosure(result)
    printed = result.published()
    assert printed.loc["a", "East"] == "*"
    assert printed.loc["c", "West"] == 41


def test_hand_suppressed_table_that_reveals_is_refused() -> None:
    table = pd.DataFrame({"East": [2, 30], "South": [40, 35]}, index=["a", "b"])
    result = ind.suppress(table)
    marks = result.marks.copy()
    marks.loc[:, :] = "shown"
    marks.loc["a", "East"] = "primary"
    leaky = ind.SuppressedTable(values=result.values, marks=marks)
    with pytest.raises(errors.DisclosureError):
        ind.check_disclosure(leaky)


def test_suppress_range_one_to_five_shows_zero() -> None:
    out = ind.suppress(pd.DataFrame({"n": [0, 1, 5, 6]}), "n", range=(1, 5))
    assert list(out["suppressed"]) == ["shown", "primary", "primary", "shown"]


def test_composite_rank_like_the_seed_appendix() -> None:
    wards = pd.DataFrame(
        {
            "ward": ["W1", "W2", "W3", "W4"],
            "district": ["Preston"] * 4,
            "child_poverty": [30.0, 10.0, 20.0, 20.0],
            "good_development": [40.0, 70.0, 60.0, np.nan],
        }
    )
    out = ind.composite_rank(
        wards, {"child_poverty": "low_is_good", "good_development": "high_is_good"}, by="district"
    )
    assert list(out["rank_child_poverty"]) == [4.0, 1.0, 2.5, 2.5]
    assert list(out["rank_good_development"][:3]) == [3.0, 1.0, 2.0]
    assert np.isnan(out["rank_good_development"].iloc[3])
    assert list(out["indicators_used"]) == [2, 2, 2, 1]
    assert list(out["mean_rank"]) == [3.5, 1.0, 2.25, 2.5]
    assert list(out["composite_rank"]) == [4.0, 1.0, 2.0, 3.0]
    with pytest.raises(errors.InputError, match="polarity"):
        ind.composite_rank(wards, {"child_poverty": "none"})


def test_kernels_release_the_gil() -> None:
    """A long kernel call in one thread lets another thread run Python meanwhile."""
    import threading
    import time

    n = 5_000_000
    x = np.random.default_rng(1).integers(0, 1000, n).astype(float)
    denominator = np.full(n, 1000.0)
    ticks = 0
    done = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0)

    thread = threading.Thread(target=count)
    thread.start()
    try:
        before = ticks
        arrays.proportion_intervals(x, denominator, [0.95, 0.998])
        during = ticks - before
    finally:
        done.set()
        thread.join()
    assert during > 0
