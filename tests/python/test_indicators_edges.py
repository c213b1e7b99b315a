"""The edges of the indicator functions: every bad input is an InputError naming its column and row label."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind
from boardroom.errors import InputError
from boardroom.indicators.arrays import levels_of

LABELS = list(ind.ESP2013_LABELS)


def test_eventfreq_is_dropped_from_the_grouping_as_the_package_does() -> None:
    rows = [{"area": a, "ageband": band, "freq": f, "pop": 5_000.0 + 10 * k, "persons": float(3 + k % 4 + f)}
            for a in ("A", "B") for k, band in enumerate(LABELS) for f in (1, 2)]
    frame = pd.DataFrame(rows)
    args: dict[str, Any] = {"independent_events": False, "eventfreq": "freq", "ageband": "ageband"}
    with_freq = ind.dsr(frame, "persons", "pop", by=["area", "freq"], **args)
    without = ind.dsr(frame, "persons", "pop", by="area", **args)
    pd.testing.assert_frame_equal(with_freq, without)
    assert list(with_freq["area"]) == ["A", "B"]


@pytest.mark.parametrize("level", ["0.95", "95", b"0.95", True, float("nan"), 0, 1, 100, -0.5, [0.95, "99.8"], []])
def test_confidence_levels_that_are_refused(level: Any) -> None:
    with pytest.raises(InputError) as info:
        levels_of(level)
    assert info.value.field == "confidence"
    frame = pd.DataFrame({"x": [5], "n": [100]})
    with pytest.raises(InputError, match="confidence"):
        ind.proportion(frame, "x", "n", confidence=level)


@pytest.mark.parametrize(("level", "fraction"), [(0.95, 0.95), (95, 0.95), (99.8, 0.998), (0.998, 0.998), (0.9, 0.9),
                                                 (90, 0.9), (np.float64(0.95), 0.95), (0.8, 0.8), (80, 0.8)])
def test_confidence_levels_accepted_r_ranges_and_the_documented_superset(level: Any, fraction: float) -> None:
    assert levels_of(level) == pytest.approx((fraction,))


def test_percent_change_takes_plain_lists_and_checks_lengths() -> None:
    out = ind.percent_change([4.0, 5.0], [5.0, 4.0])
    np.testing.assert_allclose(out, [25.0, -20.0], rtol=1e-15)
    assert isinstance(out, np.ndarray)
    assert ind.percent_change(5.0, 4.6) == pytest.approx(-8.0)
    series = ind.percent_change(pd.Series([2.0], index=["x"]), [3.0])
    assert list(series.index) == ["x"] and series.iloc[0] == pytest.approx(50.0)
    with pytest.raises(InputError, match="before has 2 values and after 3"):
        ind.percent_change([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.raises(InputError, match="numbers"):
        ind.percent_change(["a"], [1.0])


@pytest.mark.parametrize(("x", "n", "column", "message"), [
    (12.0, 10.0, "cases", "greater than the denominator"),
    (-1.0, 10.0, "cases", "negative"),
    (1.0, 0.0, "people", "not positive"),
])
def test_trend_refuses_impossible_counts(x: float, n: float, column: str, message: str) -> None:
    frame = pd.DataFrame({"year": [2011, 2012, 2013, 2014, 2015], "cases": [3.0, 4.0, 5.0, 6.0, 7.0],
                          "people": [20.0] * 5}, index=["a", "b", "c", "d", "e"])
    frame.loc["d", ["cases", "people"]] = [x, n]
    with pytest.raises(InputError, match=message) as info:
        ind.trend(frame, None, "year", x="cases", n="people")
    assert info.value.field == column and info.value.record == "row 'd'"


@pytest.mark.parametrize(("change", "column", "message"), [
    ({"deaths": -3.0}, "deaths", "negative"),
    ({"births": -1.0}, "births", "negative"),
    ({"year": 2011.5}, "year", "not a whole number"),
    ({"year": np.nan}, "year", "missing"),
])
def test_pooled_refuses_bad_counts_and_years(change: dict[str, float], column: str, message: str) -> None:
    frame = pd.DataFrame({"area": ["A"] * 4, "year": [2010.0, 2011.0, 2012.0, 2013.0], "deaths": [4.0, 5.0, 6.0, 7.0],
                          "births": [900.0, 950.0, 1000.0, 980.0]}, index=[10, 11, 12, 13])
    for name, value in change.items():
        frame.loc[12, name] = value
    with pytest.raises(InputError, match=message) as info:
        ind.pooled(frame, "area", "year", "deaths", "births")
    assert info.value.field == column and info.value.record == "row 12"


def test_pooled_refuses_unknown_gap_rules() -> None:
    frame = pd.DataFrame({"area": ["A"] * 3, "year": [2010, 2011, 2012], "deaths": [4, 5, 6], "births": [9, 9, 9]})
    with pytest.raises(InputError, match="gaps must be 'skip' or 'pool'") as info:
        ind.pooled(frame, "area", "year", "deaths", "births", gaps="ignore")
    assert info.value.field == "gaps"
    assert len(ind.pooled(frame, "area", "year", "deaths", "births", gaps="pool")) == 1


def test_suppress_refuses_fractional_counts_rather_than_round_them() -> None:
    frame = pd.DataFrame({"deaths": [12.5, 30.0]}, index=["Chorley", "Preston"])
    with pytest.raises(InputError, match="12.5 is not a whole number") as info:
        ind.suppress(frame, "deaths")
    assert info.value.field == "deaths" and info.value.record == "row 'Chorley'"
    with pytest.raises(InputError, match="not a whole number"):
        ind.suppress(pd.DataFrame({"a": [12.5, 30.0], "b": [10.0, 20.0]}))
    assert ind.suppress(frame.assign(deaths=[12.0, 30.0]), "deaths")["deaths"].tolist() == [12, 30]


CALLS: dict[str, Any] = {
    "proportion": lambda f: ind.proportion(f, "x", "missing"),
    "rate": lambda f: ind.rate(f, "missing", "n"),
    "mean": lambda f: ind.mean(f, "missing"),
    "dsr": lambda f: ind.dsr(f, "x", "missing"),
    "dsr by": lambda f: ind.dsr(f, "x", "n", by="missing"),
    "isratio": lambda f: ind.isratio(f, "x", "n", "missing", "n"),
    "life_expectancy": lambda f: ind.life_expectancy(f, "x", "n", "missing"),
    "pooled": lambda f: ind.pooled(f, "area", "missing", "x", "n"),
    "suppress": lambda f: ind.suppress(f, "missing"),
    "compare": lambda f: ind.compare(f, "missing"),
    "composite_rank": lambda f: ind.composite_rank(f, {"missing": "low_is_good"}),
    "funnel": lambda f: ind.funnel_significance(f, "missing", "n", "proportion"),
    "trend": lambda f: ind.trend(f, None, "missing", x="x", n="n"),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_every_missing_column_is_an_input_error_listing_the_columns(name: str) -> None:
    frame = pd.DataFrame({"area": ["A"], "ageband": ["0-4"], "x": [1.0], "n": [10.0], "value": [0.1],
                          "lowercl": [0.0], "uppercl": [0.2]})
    with pytest.raises(InputError, match="missing") as info:
        CALLS[name](frame)
    assert info.value.field == "missing"
    assert "'area'" in str(info.value) and "'uppercl'" in str(info.value)


@pytest.mark.parametrize("name", ["proportion", "rate", "mean", "dsr", "pooled", "suppress"])
def test_a_non_numeric_column_names_itself_and_the_row(name: str) -> None:
    frame = pd.DataFrame({"area": ["A", "A"], "year": [2010, 2011], "ageband": ["0-4", "5-9"],
                          "x": ["1", "lots"], "n": [10.0, 20.0]}, index=["first", "second"])
    call: Callable[[], Any] = {
        "proportion": lambda: ind.proportion(frame, "x", "n"),
        "rate": lambda: ind.rate(frame, "x", "n"),
        "mean": lambda: ind.mean(frame, "x"),
        "dsr": lambda: ind.dsr(frame, "x", "n", stdpop={"0-4": 1.0, "5-9": 1.0}),
        "pooled": lambda: ind.pooled(frame, "area", "year", "x", "n"),
        "suppress": lambda: ind.suppress(frame, "x"),
    }[name]
    with pytest.raises(InputError, match="'x' is not numeric") as info:
        call()
    assert info.value.field == "x" and info.value.record == "row 'second'"


def test_compare_with_a_benchmark_of_the_wrong_length() -> None:
    frame = pd.DataFrame({"value": [1.0, 2.0, 3.0], "lowercl": [0.5, 1.5, 2.5], "uppercl": [1.5, 2.5, 3.5]})
    with pytest.raises(InputError, match="benchmark has 2 values but the data have 3 rows") as info:
        ind.compare(frame, [1.0, 2.0])
    assert info.value.field == "benchmark"
    assert list(ind.compare(frame, [2.0, 2.0, 2.0])["comparison"]) == ["Lower", "Similar", "Higher"]
    assert list(ind.compare(frame, [2.0])["comparison"]) == ["Lower", "Similar", "Higher"]


def standard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    rows = 19 * 2
    return pd.DataFrame({"area": np.repeat(["A", "B"], 19), "ageband": LABELS * 2,
                         "x": rng.poisson(30, rows).astype(float), "n": rng.integers(2_000, 9_000, rows).astype(float),
                         "x_ref": rng.poisson(300, rows).astype(float), "n_ref": np.full(rows, 1e5)})


TYPED: dict[str, Callable[..., pd.DataFrame]] = {
    "proportion": lambda f, **k: ind.proportion(f, "x", "n", **k),
    "rate": lambda f, **k: ind.rate(f, "x", "n", **k),
    "mean": lambda f, **k: ind.mean(f, "x", **k),
    "dsr": lambda f, **k: ind.dsr(f, "x", "n", **k),
    "isratio": lambda f, **k: ind.isratio(f, "x", "n", "x_ref", "n_ref", **k),
    "israte": lambda f, **k: ind.israte(f, "x", "n", "x_ref", "n_ref", **k),
}


@pytest.mark.parametrize("name", list(TYPED))
def test_type_selects_the_packages_columns(name: str) -> None:
    call = TYPED[name]
    frame = standard_frame()
    full = call(frame, by="area")
    assert full.equals(call(frame, by="area", type="full"))
    standard = call(frame, by="area", type="standard")
    assert list(standard.columns) == [c for c in full.columns if c not in ("confidence", "statistic", "method")]
    value = call(frame, by="area", type="value")
    assert list(value.columns) == ["area", *[c for c in ("x", "n") if c in value.columns and name in ("proportion", "rate")],
                                   "value"]
    np.testing.assert_array_equal(value["value"], full["value"])
    lower = call(frame, by="area", type="lower", confidence=[0.95, 0.998])
    assert [c for c in lower.columns if c != "area" and c not in ("x", "n")] == ["lower95_0cl", "lower99_8cl"]
    upper = call(frame, by="area", type="upper")
    assert list(upper.columns)[-1] == "uppercl" and "value" not in upper.columns
    with pytest.raises(InputError, match="type must be one of") as info:
        call(frame, by="area", type="everything")
    assert info.value.field == "type"


@pytest.mark.parametrize("name", list(TYPED))
def test_a_grouped_frame_is_the_same_as_by(name: str) -> None:
    call = TYPED[name]
    frame = standard_frame()
    pd.testing.assert_frame_equal(call(frame.groupby("area"), confidence=0.95), call(frame, by="area"))
    pd.testing.assert_frame_equal(call(frame.groupby(["area"])), call(frame, by=["area"]))
    with pytest.raises(InputError, match="either by= or a grouped DataFrame"):
        call(frame.groupby("area"), by="area")
    with pytest.raises(InputError, match="grouped by column names"):
        call(frame.groupby(frame["area"].str.lower()))


def test_life_expectancy_type_and_grouped_frame() -> None:
    ages = list(ind.LIFE_TABLE_AGES)
    frame = pd.DataFrame({"area": np.repeat(["A", "B"], 20), "age": ages * 2, "pops": [50_000.0] * 40,
                          "deaths": list(np.floor(np.geomspace(20, 4_000, 20))) * 2})
    full = ind.life_expectancy(frame, "deaths", "pops", "age", by="area")
    pd.testing.assert_frame_equal(ind.life_expectancy(frame.groupby("area"), "deaths", "pops", "age"), full)
    value = ind.life_expectancy(frame, "deaths", "pops", "age", by="area", type="value")
    assert list(value.columns) == ["area", "age", "value"]
    assert "pops_used" in ind.life_expectancy(frame, "deaths", "pops", "age", by="area", type="standard")


def test_functions_without_groups_refuse_a_grouped_frame() -> None:
    frame = pd.DataFrame({"area": ["A", "B"], "x": [3.0, 4.0], "n": [10.0, 20.0]})
    with pytest.raises(InputError, match="takes no groups"):
        ind.funnel_points(frame.groupby("area"), "x", "n", "proportion")
    grouped = ind.compare(ind.proportion(frame, "x", "n").groupby("area"), method="quintiles")
    assert set(grouped["comparison"]) == {"Not compared"}


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.data())
def test_no_permutation_changes_a_grouped_result(seed: int, data: st.DataObject) -> None:
    """Row order never changes a grouped result (results sorted by group; sums compared to 1e-12)."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({"area": rng.choice(["A", "B", "C"], 30), "x": rng.integers(0, 50, 30).astype(float)})
    frame["n"] = frame["x"] + rng.integers(1, 500, 30)
    shuffled = frame.iloc[data.draw(st.permutations(list(range(len(frame)))))]
    calls: list[Callable[[pd.DataFrame], pd.DataFrame]] = [
        lambda f: ind.proportion(f, "x", "n", by="area"), lambda f: ind.rate(f, "x", "n", by="area"),
        lambda f: ind.mean(f, "x", by="area")]
    for call in calls:
        pd.testing.assert_frame_equal(call(shuffled), call(frame), rtol=1e-12, atol=0)
    with_limits = ind.proportion(frame, "x", "n")
    quintiles = ind.compare(with_limits, method="quintiles", by="area")
    shuffled_quintiles = ind.compare(with_limits.loc[shuffled.index], method="quintiles", by="area")
    pd.testing.assert_frame_equal(shuffled_quintiles.loc[frame.index], quintiles)
