"""Properties of funnel limits, quantiles and trends that hold for any data (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind

areas = st.lists(
    st.tuples(st.integers(min_value=20, max_value=200000), st.floats(min_value=0.01, max_value=0.99)),
    min_size=2,
    max_size=30,
)


def proportions(rows: list[tuple[int, float]]) -> pd.DataFrame:
    n = np.array([r[0] for r in rows], dtype=float)
    return pd.DataFrame({"n": n, "x": np.floor(n * np.array([r[1] for r in rows]))})


@settings(max_examples=40, deadline=None)
@given(areas)
def test_three_sigma_contains_two_sigma_and_limits_narrow(rows: list[tuple[int, float]]) -> None:
    out = ind.funnel_limits(proportions(rows), "x", "n", "proportion", 100)
    assert (out["lower_3s_limit"] <= out["lower_2s_limit"] + 1e-12).all()
    assert (out["upper_3s_limit"] >= out["upper_2s_limit"] - 1e-12).all()
    assert (out["lower_2s_limit"] <= out["baseline"] + 1e-9).all()
    assert (out["upper_2s_limit"] >= out["baseline"] - 1e-9).all()
    assert (np.diff(out["Population"]) >= 1).all()
    assert (np.diff(out["upper_3s_limit"]) <= 1e-9).all()  # narrower as the denominator grows
    assert (np.diff(out["lower_3s_limit"]) >= -1e-9).all()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=1, max_value=400), st.floats(min_value=0.5, max_value=2.0)),
                min_size=2, max_size=15))
def test_ratio_limits_nest_around_one(rows: list[tuple[int, float]]) -> None:
    expected = np.array([r[0] for r in rows], dtype=float)
    data = pd.DataFrame({"o": np.round(expected * np.array([r[1] for r in rows])), "e": expected})
    out = ind.funnel_limits(data, "o", "e", "ratio")
    assert (out["lower_3s_limit"] <= out["lower_2s_limit"]).all()
    assert (out["upper_3s_limit"] >= out["upper_2s_limit"]).all()
    assert (out["lower_2s_limit"] < 0).all() and (out["upper_2s_limit"] > 0).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=10, max_size=60),
       st.integers(min_value=2, max_value=10), st.booleans())
def test_quantiles_are_monotone_and_cover_every_band(values: list[float], n: int, invert: bool) -> None:
    data = pd.DataFrame({"v": values})
    q = ind.quantile(data, "v", nquantiles=n, invert=invert)["quantile"].to_numpy()
    assert set(np.unique(q)) <= set(range(1, n + 1))
    order = np.argsort(values, kind="stable")
    ranked = q[order]
    assert (np.diff(ranked) <= 0).all() if invert else (np.diff(ranked) >= 0).all()
    equal = np.equal.outer(values, values)
    assert (q[:, None] == q[None, :])[equal].all()  # ties share a quantile


@settings(max_examples=30, deadline=None)
@given(st.floats(min_value=-3, max_value=3), st.floats(min_value=0.5, max_value=2))
def test_trend_direction_follows_a_clear_slope(slope: float, width: float) -> None:
    years = np.arange(2019, 2024)
    values = 50 + slope * (years - 2019)
    data = pd.DataFrame({"year": years, "value": values, "lo": values - width, "hi": values + width})
    marker = ind.trend(data, "value", "year", lower_cl="lo", upper_cl="hi")["recent_trend"].iloc[-1]
    chi2 = ind.trend(data, "value", "year", lower_cl="lo", upper_cl="hi")["recent_trend_chi_squared"].iloc[-1]
    if chi2 > 9.5495:
        assert marker == ("Increasing" if slope > 0 else "Decreasing")
    else:
        assert marker == "No significant change"
