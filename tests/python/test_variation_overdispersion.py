"""Over-dispersion-adjusted funnel limits (Spiegelhalter 2005) against a plain re-computation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import norm

import boardroom.indicators as ind
from boardroom.errors import InputError
from boardroom.indicators._overdispersion import winsorised


def trusts(seed: int = 1, units: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = rng.integers(200, 5_000, units).astype(float)
    p = np.clip(rng.normal(0.1, 0.03, units), 0.01, 0.5)  # over-dispersed around 10%
    return pd.DataFrame({"trust": [f"T{k:02d}" for k in range(units)], "deaths": rng.binomial(n.astype(int), p),
                         "admissions": n})


def by_hand(x: list[float], n: list[float], trim: float) -> tuple[float, float, float, list[float]]:
    """Target, phi, tau^2 and z-scores in plain Python, following the paper's steps one by one."""
    theta = sum(x) / sum(n)
    s = [math.sqrt(theta * (1 - theta) / m) for m in n]
    z = [(xi / ni - theta) / si for xi, ni, si in zip(x, n, s)]
    k = int(trim * len(z))
    ordered = sorted(z)
    low, high = ordered[k], ordered[len(z) - 1 - k]
    zw = [min(max(v, low), high) for v in z]
    phi = sum(v * v for v in zw) / len(zw)
    w = [1 / (si * si) for si in s]
    excess = len(z) * phi - (len(z) - 1)
    tau2 = max(0.0, excess / (sum(w) - sum(v * v for v in w) / sum(w)))
    return theta, phi, tau2, z


@pytest.mark.parametrize("method", ["multiplicative", "additive"])
def test_limits_match_a_plain_recomputation(method: str) -> None:
    data = trusts()
    out = ind.funnel_overdispersion(data, "deaths", "admissions", method=method, multiplier=100)
    theta, phi, tau2, z = by_hand(data["deaths"].tolist(), data["admissions"].tolist(), 0.1)
    assert phi > 1.5 and tau2 > 0  # the example is over-dispersed
    np.testing.assert_allclose(out["z_score"], z, rtol=1e-12)
    assert out["phi"].iloc[0] == pytest.approx(phi, rel=1e-12)
    assert out["tau2"].iloc[0] == pytest.approx(tau2, rel=1e-12)
    for level, lo, up in ((0.95, "lower_2s_limit", "upper_2s_limit"), (0.998, "lower_3s_limit", "upper_3s_limit")):
        zq = float(norm.ppf(1 - (1 - level) / 2))
        for row, n in enumerate(data["admissions"]):
            se = math.sqrt(theta * (1 - theta) / n)
            spread = zq * (math.sqrt(phi) * se if method == "multiplicative" else math.sqrt(se * se + tau2))
            assert out[lo].iloc[row] == pytest.approx((theta - spread) * 100, rel=1e-12)
            assert out[up].iloc[row] == pytest.approx((theta + spread) * 100, rel=1e-12)


def test_on_target_data_need_no_adjustment() -> None:
    n = np.array([400.0, 800.0, 1200.0, 1600.0, 2000.0])
    data = pd.DataFrame({"x": n * 0.25, "n": n})
    multiplicative = ind.funnel_overdispersion(data, "x", "n")
    additive = ind.funnel_overdispersion(data, "x", "n", method="additive")
    assert (multiplicative["phi"] == 0).all() and (additive["tau2"] == 0).all()
    plain = 0.25 + 1.959963984540054 * np.sqrt(0.25 * 0.75 / n)
    np.testing.assert_allclose(multiplicative["upper_2s_limit"], plain, rtol=1e-14)
    np.testing.assert_allclose(additive["upper_2s_limit"], plain, rtol=1e-14)
    assert set(multiplicative["significance"]) == {"Within limits"}


def test_winsorising_pulls_in_the_tails() -> None:
    z = np.array([-9.0, -1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 12.0])
    np.testing.assert_array_equal(winsorised(z, 0.1), [-1.0, -1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.0])
    np.testing.assert_array_equal(winsorised(z, 0.0), z)
    with pytest.raises(InputError, match="trim"):
        winsorised(z, 0.5)


def test_ratios_groups_and_errors() -> None:
    data = pd.DataFrame({"region": ["N"] * 5 + ["S"] * 5, "observed": [10, 20, 35, 50, 80] * 2,
                         "expected": [12.0, 18.0, 30.0, 55.0, 70.0, 9.0, 25.0, 30.0, 45.0, 90.0]})
    out = ind.funnel_overdispersion(data.groupby("region"), "observed", "expected", "ratio")
    assert (out["target"] == 1.0).all() and out.groupby("region")["phi"].nunique().tolist() == [1, 1]
    north = data[data["region"] == "N"]
    z = (north["observed"] / north["expected"] - 1) / np.sqrt(1 / north["expected"])
    np.testing.assert_allclose(out.loc[north.index, "z_score"], z, rtol=1e-12)
    with pytest.raises(InputError, match="greater than the denominator"):
        ind.funnel_overdispersion(pd.DataFrame({"x": [5.0], "n": [4.0]}), "x", "n")
    with pytest.raises(InputError, match="method must be"):
        ind.funnel_overdispersion(data, "observed", "expected", "ratio", method="both")
