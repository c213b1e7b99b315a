"""Time boardroom's standardised rates, life tables and funnels against the obvious alternatives.

In one run, on the same inputs, each task done three ways:
  - boardroom: the DataFrame functions of boardroom.indicators (one C++ call over group offsets);
  - pandas: a plain groupby implementation with numpy and scipy, checked here to give the same
    values as boardroom (to 1e-9 relative) so that both do the same work;
  - PHStatsMethods: ph_dsr, ph_ISRatio, ph_ISRate, calculate_funnel_limits and
    assign_funnel_significance (it has no life expectancy).

Tasks (the sizes of the statistics issue's speed bar):
  - DSR, ISR (ratio) and ISR (rate) over 20,000 areas x 19 age bands (ESP 2013);
  - life expectancy at every age band over 10,000 areas x 20 bands;
  - funnel control limits (the 100-point axis at 2 and 3 standard deviations) and each point's
    significance, for 1e6 points, proportions and crude rates.

    python benchmarks/bench_standardised.py                      # the issue's sizes
    python benchmarks/bench_standardised.py --scale 0.1          # a tenth of the sizes

PHStatsMethods runs row by row through DataFrame.apply, so it runs on part of each input
(--phstats-scale, default 5% of the areas; --phstats-funnel-points, default 10,000 points), and
the table gives its measured time and that time scaled up linearly to the full size, saying so.
"""

from __future__ import annotations

import argparse
import math
import platform
import time
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

import boardroom.indicators as ind

Z95 = float(stats.norm.ppf(0.975))
AGES = np.array([0, 1] + list(range(5, 95, 5)), dtype=np.float64)  # 20 life-table bands


def best_of(repeat: int, func: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return min(times), result


# ---------------------------------------------------------------- inputs


def banded_inputs(areas: int, rng: np.random.Generator) -> pd.DataFrame:
    """19 ESP bands per area: populations 500-8,000 a band, death rates rising with age."""
    bands = len(ind.ESP2013)
    n = rng.integers(500, 8000, (areas, bands)).astype(np.float64)
    band_rate = 0.0002 * np.exp(np.linspace(0.0, 5.5, bands))
    x = rng.poisson(n * band_rate).astype(np.float64)
    x[:, 0] += 1  # at least one event an area: PHStatsMethods' ISR refuses all-zero groups
    return pd.DataFrame({
        "area": np.repeat(np.arange(areas), bands),
        "band": np.tile(np.arange(bands), areas),
        "ageband": np.tile(np.asarray(ind.ESP2013_LABELS), areas),
        "x": x.ravel(), "n": n.ravel(),
        "stdpop": np.tile(np.asarray(ind.ESP2013), areas),
        "x_ref": np.tile(band_rate * 1e6, areas), "n_ref": np.full(areas * bands, 1e6),
    })


def life_inputs(areas: int, rng: np.random.Generator) -> pd.DataFrame:
    """20 life-table bands per area, 2,000-6,000 people a five-year band (fewer at the ends)."""
    width = np.diff(np.append(AGES, 95.0))
    pop = rng.integers(400, 1200, (areas, AGES.size)) * width
    pop[:, -1] = rng.integers(200, 800, areas)
    mortality = 0.00005 * np.exp(0.095 * AGES)
    mortality[0] = 0.004
    deaths = rng.poisson(pop * mortality).astype(np.float64)
    deaths[:, -1] = np.maximum(deaths[:, -1], 1.0)  # the open band needs deaths
    return pd.DataFrame({
        "area": np.repeat(np.arange(areas), AGES.size),
        "startage": np.tile(AGES, areas),
        "deaths": deaths.ravel(), "pop": pop.ravel().astype(np.float64),
    })


def funnel_inputs(points: int, rng: np.random.Generator) -> pd.DataFrame:
    n = rng.integers(200, 50_000, points).astype(np.float64)
    x = rng.binomial(n.astype(np.int64), 0.08).astype(np.float64)
    rate_n = rng.integers(5_000, 300_000, points).astype(np.float64)
    rate_x = (rng.poisson(rate_n * 4e-4) + 1).astype(np.float64)
    return pd.DataFrame({"x": x, "n": n, "rate_x": rate_x, "rate_n": rate_n,
                         "rate": rate_x / rate_n * 100_000})


# ---------------------------------------------------------------- plain pandas


def byar_lower(o: Any) -> Any:
    return o * (1 - 1 / (9 * o) - Z95 / (3 * np.sqrt(o))) ** 3


def byar_upper(o: Any) -> Any:
    return (o + 1) * (1 - 1 / (9 * (o + 1)) + Z95 / (3 * np.sqrt(o + 1))) ** 3


def poisson_limits(o: Any) -> tuple[Any, Any]:
    """PHE: exact (chi-squared) limits below 10 events, Byar's from 10."""
    o = np.asarray(o, dtype=np.float64)
    small = o < 10
    exact_lo = np.where(o > 0, stats.chi2.ppf(0.025, 2 * o) / 2, 0.0)
    exact_hi = stats.chi2.ppf(0.975, 2 * (o + 1)) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(small, exact_lo, byar_lower(o)), np.where(small, exact_hi, byar_upper(o))


def pandas_dsr(df: pd.DataFrame) -> pd.DataFrame:
    w = df["stdpop"] / df["n"]
    g = df.assign(wx=df["x"] * w, wv=df["x"] * w * w).groupby("area", sort=True)
    s = g[["x", "n", "stdpop", "wx", "wv"]].sum()
    value = s["wx"] / s["stdpop"] * 100_000
    spread = np.sqrt(s["wv"] / s["x"]) / s["stdpop"] * 100_000
    o = s["x"].to_numpy()
    lo, hi = byar_lower(o), byar_upper(o)
    out = pd.DataFrame({"value": value, "lowercl": value + spread * (lo - o), "uppercl": value + spread * (hi - o)})
    out[s["x"] < 10] = np.nan
    return out


def pandas_isr(df: pd.DataFrame, rate: bool) -> pd.DataFrame:
    s = df.assign(expected=df["n"] * df["x_ref"] / df["n_ref"]).groupby("area", sort=True)[["x", "expected"]].sum()
    lo, hi = poisson_limits(s["x"].to_numpy())
    out = pd.DataFrame({"value": s["x"] / s["expected"], "lowercl": lo / s["expected"], "uppercl": hi / s["expected"]})
    if rate:  # indirectly standardised rate: ratio times the reference's crude rate
        ref = df.loc[df["area"] == df["area"].iloc[0], ["x_ref", "n_ref"]].sum()
        out *= ref["x_ref"] / ref["n_ref"] * 100_000
    return out


def chiang_life_table(deaths: np.ndarray[Any, Any], pop: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Chiang II with Silcocks' last band, one area: value, lower, upper for every band."""
    m = deaths / pop
    a = np.where(AGES == 0, 0.1, 0.5)
    width = np.append(np.diff(AGES), 2.0 / m[-1])
    q = np.where(deaths <= pop / width / a, m * width / (1 + m * width * (1 - a)), 1.0)
    q[-1] = 1.0
    l = 1e5 * np.cumprod(np.append(1.0, 1 - q[:-1]))
    d = l - np.append(l[1:], 0.0)
    big_l = np.append(width[:-1] * (l[1:] + a[:-1] * d[:-1]), l[-1] / m[-1])
    e = np.cumsum(big_l[::-1])[::-1] / l
    sp = np.where(d == 0, 0.0, q * q * (1 - q) / deaths)
    w = sp * l * l * ((1 - a) * width + np.append(e[1:], 0.0)) ** 2
    w[-1] = (l[-1] / 2) ** 2 * 4 / (deaths[-1] * m[-1] ** 2)
    se = np.sqrt(np.cumsum(w[::-1])[::-1] / (l * l))
    value = np.where(2 * Z95 * se > 20, np.nan, e)
    return np.column_stack([value, e - Z95 * se, e + Z95 * se])


def pandas_life_expectancy(df: pd.DataFrame) -> pd.DataFrame:
    def one_area(area: pd.DataFrame) -> pd.DataFrame:
        area = area.sort_values("startage")
        table = chiang_life_table(area["deaths"].to_numpy(), area["pop"].to_numpy())
        if area["pop"].sum() <= 5000:
            table[:] = np.nan
        return pd.DataFrame(table, columns=["value", "lowercl", "uppercl"], index=area["startage"].to_numpy())

    return df.groupby("area", sort=True)[["startage", "deaths", "pop"]].apply(one_area)


def sigma_limit(z: float, n: Any, av: float, high: bool) -> Any:
    """Spiegelhalter's proportion limit as PHEindicatormethods' sigma_adjustment writes it."""
    q2 = z * z
    a = -8 * av * (n / q2 + 1)
    adj = np.sqrt(a * a - 64 * (1 / q2 + 1 / n) * av * (n * (av * (n / q2 + 2) - 1) + q2 * (av - 1)))
    return ((av * (n / q2 + 1) + (adj if high else -adj) / 8) / (1 / q2 + 1 / n)) / n


def pandas_funnel_proportion(df: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray[Any, Any]]:
    av = df["x"].sum() / df["n"].sum()
    axis = np.linspace(1.0, df["n"].max() * 1.05, 100)
    limits = pd.DataFrame({"denominator": axis})
    for z, name in ((stats.norm.ppf(0.975), "95"), (stats.norm.ppf(0.999), "99_8")):
        limits[f"lower{name}"] = np.maximum(0.0, sigma_limit(z, axis, av, False) * 100)
        limits[f"upper{name}"] = np.minimum(100.0, sigma_limit(z, axis, av, True) * 100)
    n, p = df["n"].to_numpy(), (df["x"] / df["n"]).to_numpy()
    z975, z999 = stats.norm.ppf(0.975), stats.norm.ppf(0.999)
    sig = np.select(
        [p < sigma_limit(z999, n, av, False), p < sigma_limit(z975, n, av, False),
         p > sigma_limit(z999, n, av, True), p > sigma_limit(z975, n, av, True)],
        ["Low (0.001)", "Low (0.025)", "High (0.001)", "High (0.025)"], "Not significant")
    return limits, sig


def pandas_funnel_rate(df: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray[Any, Any]]:
    x, n = df["rate_x"].to_numpy(), df["rate_n"].to_numpy()
    av = x.sum() / n.sum() * 100_000
    # Limits on the 100-point axis of expected counts: Byar's form around the average count.
    axis = np.linspace(1.0, n.max() * 1.05, 100)
    expected = av * axis / 100_000
    limits = pd.DataFrame({"denominator": axis})
    for z, name in ((stats.norm.ppf(0.975), "95"), (stats.norm.ppf(0.999), "99_8")):
        lo = stats.poisson.ppf(stats.norm.cdf(-z), expected)
        hi = stats.poisson.ppf(stats.norm.cdf(z), expected)
        limits[f"lower{name}"] = lo / axis * 100_000
        limits[f"upper{name}"] = hi / axis * 100_000
    lo, hi = poisson_limits(x)
    sig = np.select([av < lo / n * 100_000, av > hi / n * 100_000], ["High", "Low"], "Not significant")
    return limits, sig


# ---------------------------------------------------------------- PHStatsMethods


def phstats(name: str) -> Callable[..., Any]:
    import PHStatsMethods

    return getattr(PHStatsMethods, name)  # type: ignore[no-any-return]


# ---------------------------------------------------------------- the run


def check_same(task: str, ours: pd.DataFrame, theirs: pd.DataFrame, columns: list[str]) -> None:
    a = ours[columns].to_numpy(dtype=np.float64)
    b = theirs[columns].to_numpy(dtype=np.float64)
    if a.shape != b.shape or not np.allclose(a, b, rtol=1e-9, atol=0.0, equal_nan=True):
        worst = np.nanmax(np.abs(a - b) / np.abs(b)) if a.shape == b.shape else math.nan
        raise SystemExit(f"{task}: the pandas implementation disagrees with boardroom (worst {worst:.3g})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the issue's sizes")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--phstats-scale", type=float, default=0.05,
                        help="fraction of the DSR/ISR sizes PHStatsMethods runs on (0 to skip it)")
    parser.add_argument("--phstats-funnel-points", type=int, default=10_000,
                        help="points PHStatsMethods' funnels run on (0 to skip them)")
    args = parser.parse_args()
    rng = np.random.default_rng(20151210)
    sizes = {"dsr": int(20_000 * args.scale), "le": int(10_000 * args.scale), "funnel": int(1e6 * args.scale)}
    banded = banded_inputs(sizes["dsr"], rng)
    life = life_inputs(sizes["le"], rng)
    funnel = funnel_inputs(sizes["funnel"], rng)
    rows: list[tuple[str, str, float, str]] = []

    def run(task: str, impl: str, func: Callable[[], Any], note: str = "") -> Any:
        seconds, result = best_of(args.repeat, func)
        rows.append((task, impl, seconds, note))
        return result

    def run_phstats(task: str, full_rows: int, make: Callable[[int], Callable[[], Any]],
                    part: int | None = None) -> None:
        part = int(full_rows * args.phstats_scale) if part is None else min(part, full_rows)
        if part <= 0:
            rows.append((task, "PHStatsMethods", math.nan, "not run"))
            return
        seconds, _ = best_of(1, make(part))
        rows.append((task, "PHStatsMethods", seconds * full_rows / part,
                     f"measured {seconds:.2f} s on {part:,} (1/{full_rows / part:.0f}), scaled up linearly"))

    warnings.simplefilter("ignore")
    areas = sizes["dsr"]
    task = f"DSR, {areas:,} areas x 19 bands"
    ours = run(task, "boardroom", lambda: ind.dsr(banded, "x", "n", by="area"))
    theirs = run(task, "pandas groupby", lambda: pandas_dsr(banded))
    check_same(task, ours, theirs.reset_index(), ["value", "lowercl", "uppercl"])
    run_phstats(task, areas, lambda k: lambda: phstats("ph_dsr")(
        banded[banded["area"] < k], "x", "n", "stdpop", group_cols="area",
        euro_standard_pops=False))

    for rate in (False, True):
        task = f"ISR ({'rate' if rate else 'ratio'}), {areas:,} areas x 19 bands"
        func = ind.israte if rate else ind.isratio
        ours = run(task, "boardroom", lambda f=func: f(banded, "x", "n", "x_ref", "n_ref", by="area"))
        theirs = run(task, "pandas groupby", lambda r=rate: pandas_isr(banded, r))
        check_same(task, ours, theirs.reset_index(), ["value", "lowercl", "uppercl"])
        name = "ph_ISRate" if rate else "ph_ISRatio"
        run_phstats(task, areas, lambda k, nm=name: lambda: phstats(nm)(
            banded[banded["area"] < k], "x", "n", "x_ref", "n_ref", group_cols="area"))

    task = f"life expectancy, {sizes['le']:,} areas x 20 bands"
    ours = run(task, "boardroom", lambda: ind.life_expectancy(life, "deaths", "pop", "startage", by="area"))
    theirs = run(task, "pandas groupby", lambda: pandas_life_expectancy(life))
    check_same(task, ours, theirs.reset_index(drop=True), ["value", "lowercl", "uppercl"])
    rows.append((task, "PHStatsMethods", math.nan, "has no life expectancy"))

    points = sizes["funnel"]
    task = f"funnel, proportions, {points:,} points"

    def ours_proportion() -> Any:
        return (ind.funnel_limits(funnel, "x", "n", "proportion", 100),
                ind.funnel_significance(funnel, "x", "n", "proportion"))

    ours_p = run(task, "boardroom", ours_proportion)
    theirs_p = run(task, "pandas/numpy", lambda: pandas_funnel_proportion(funnel))
    if not (ours_p[1]["significance"].to_numpy() == theirs_p[1]).all():
        raise SystemExit(f"{task}: significance differs from the pandas implementation")

    def ph_proportion(k: int) -> Callable[[], Any]:
        part = funnel.iloc[:k]
        return lambda: (phstats("calculate_funnel_limits")(part, "x", "proportion", 100, denom_col="n"),
                        phstats("assign_funnel_significance")(part, "x", "proportion", denom_col="n"))

    run_phstats(task, points, ph_proportion, args.phstats_funnel_points)

    task = f"funnel, crude rates, {points:,} points"

    def ours_rate() -> Any:
        return (ind.funnel_limits(funnel, "rate_x", "rate_n", "rate", 100_000, rate="rate", rate_type="crude",
                                  years_of_data=1),
                ind.funnel_significance(funnel, "rate_x", "rate_n", "rate", rate="rate", rate_type="crude",
                                        multiplier=100_000))

    run(task, "boardroom", ours_rate)
    run(task, "pandas/numpy/scipy", lambda: pandas_funnel_rate(funnel),
        "limits by scipy's Poisson quantiles, not the package's bisection")

    def ph_rate(k: int) -> Callable[[], Any]:
        part = funnel.iloc[:k]
        return lambda: (
            phstats("calculate_funnel_limits")(part, "rate_x", "rate", 100_000, denom_col="rate_n", rate="rate",
                                               rate_type="crude", years_of_data=1),
            phstats("assign_funnel_significance")(part, "rate_x", "rate", denom_col="rate_n", rate="rate",
                                                  rate_type="crude", multiplier=100_000))

    run_phstats(task, points, ph_rate, args.phstats_funnel_points)

    from importlib.metadata import version

    print(f"{platform.machine()}, Python {platform.python_version()}, numpy {np.__version__}, pandas "
          f"{pd.__version__}, scipy {version('scipy')}, PHStatsMethods {version('PHStatsMethods')}")
    print(f"Best of {args.repeat} (PHStatsMethods: one run).\n")
    print("| task | implementation | time | boardroom is faster by | note |")
    print("|---|---|---|---|---|")
    ours_time = {task: t for task, impl, t, _ in rows if impl == "boardroom"}
    for task, impl, seconds, note in rows:
        shown = "not run" if math.isnan(seconds) else f"{seconds * 1e3:,.1f} ms"
        factor = "" if impl == "boardroom" or math.isnan(seconds) else f"{seconds / ours_time[task]:,.0f}x"
        print(f"| {task} | {impl} | {shown} | {factor} | {note} |")


if __name__ == "__main__":
    main()
