"""England's LSOA-level production run, synthetic: directly standardised rates for every area, sex
and year (33,755 areas x 19 age bands x 2 sexes x 10 years = 12.8 million rows), grouped by three
keys, done by boardroom.indicators.dsr and by plain pandas in one run, on the same frame.

    python benchmarks/bench_national.py                  # the national size
    python benchmarks/bench_national.py --areas 3000     # a quick look

Areas are LSOA-style codes ("E01000001") held as a categorical, as a Parquet dictionary column
loads; the rows are in the order an extract writes them (area, sex, year, band). The plain pandas
version maps the ESP 2013 weights by band, sums per group with groupby and applies Dobson's method
with Byar's limits; both give the same values (checked to 1e-9 relative).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

import boardroom.indicators as ind
from boardroom.indicators._groups import _group

Z95 = 1.959963984540054
KEYS = ["area", "sex", "year"]


def best_of(repeat: int, func: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return min(times), result


def national(areas: int, rng: np.random.Generator) -> pd.DataFrame:
    bands, sexes, years = len(ind.ESP2013), 2, 10
    per_area = bands * sexes * years
    rows = areas * per_area
    codes = np.array([f"E01{k:06d}" for k in range(1, areas + 1)], dtype=object)
    n = rng.integers(5, 120, rows).astype(np.float64)  # an LSOA holds about 1,500 people
    band = np.tile(np.arange(bands), areas * sexes * years)
    x = rng.poisson(n * 0.0005 * np.exp(band / 3.2)).astype(np.float64)
    return pd.DataFrame({
        "area": pd.Categorical.from_codes(np.repeat(np.arange(areas, dtype=np.int32), per_area),
                                          dtype=pd.CategoricalDtype(list(codes))),
        "sex": np.tile(np.repeat(np.array(["Female", "Male"], dtype=object), years * bands), areas),
        "year": np.tile(np.repeat(np.arange(2014, 2014 + years), bands), areas * sexes),
        "ageband": pd.Categorical.from_codes(band, dtype=pd.CategoricalDtype(list(ind.ESP2013_LABELS))),
        "x": x,
        "n": n,
    })


def pandas_dsr(df: pd.DataFrame) -> pd.DataFrame:
    weights = pd.Series(ind.ESP2013, index=ind.ESP2013_LABELS)
    stdpop = df["ageband"].map(weights).astype(np.float64)
    w = stdpop / df["n"]
    s = df.assign(stdpop=stdpop, wx=df["x"] * w, wv=df["x"] * w * w).groupby(
        KEYS, sort=True, observed=True)[["x", "n", "stdpop", "wx", "wv"]].sum()
    value = s["wx"] / s["stdpop"] * 100_000
    spread = np.sqrt(s["wv"] / s["x"]) / s["stdpop"] * 100_000
    o = s["x"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        lo = o * (1 - 1 / (9 * o) - Z95 / (3 * np.sqrt(o))) ** 3
        hi = (o + 1) * (1 - 1 / (9 * (o + 1)) + Z95 / (3 * np.sqrt(o + 1))) ** 3
    out = pd.DataFrame({"total_count": s["x"], "total_pop": s["n"], "value": value,
                        "lowercl": value + spread * (lo - o), "uppercl": value + spread * (hi - o)})
    out.loc[s["x"] < 10, ["value", "lowercl", "uppercl"]] = np.nan
    return out.reset_index()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--areas", type=int, default=33_755)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    df = national(args.areas, np.random.default_rng(16))
    print(f"{len(df):,} rows, {args.areas:,} areas; pandas {pd.__version__}, numpy {np.__version__}\n")

    ours, result = best_of(args.repeat, lambda: ind.dsr(df, "x", "n", by=KEYS, ageband="ageband"))
    theirs, expected = best_of(args.repeat, lambda: pandas_dsr(df))
    grouping, _ = best_of(args.repeat, lambda: _group(df, KEYS))
    ngroup, _ = best_of(args.repeat, lambda: df.groupby(KEYS, sort=True, observed=True, dropna=False).ngroup())
    for column in ("total_count", "total_pop", "value", "lowercl", "uppercl"):
        np.testing.assert_allclose(result[column].to_numpy(), expected[column].to_numpy(), rtol=1e-9)

    small = national(3, np.random.default_rng(1)).iloc[: 19 * 4]
    fixed, _ = best_of(200, lambda: _group(small, KEYS))
    fixed_keys, _ = best_of(200, lambda: _group(small, KEYS).keys)
    fixed_call, _ = best_of(50, lambda: ind.dsr(small, "x", "n", by=KEYS, ageband="ageband"))
    fixed_pandas, _ = best_of(50, lambda: pandas_dsr(small))

    print("| task | boardroom | plain pandas | boardroom is faster by |")
    print("|---|---|---|---|")
    print(f"| DSR by area, sex and year, {len(df):,} rows | {ours:.2f} s | {theirs:.2f} s | {theirs / ours:.1f}x |")
    print(f"| grouping alone (three keys) | {grouping:.2f} s | {ngroup:.2f} s (groupby.ngroup) | "
          f"{ngroup / grouping:.1f}x |")
    print(f"| grouping, 76 rows (fixed cost) | {fixed * 1e3:.3f} ms ({fixed_keys * 1e3:.3f} ms with the key frame) | | |")
    print(f"| DSR call, 76 rows (fixed cost) | {fixed_call * 1e3:.2f} ms | {fixed_pandas * 1e3:.2f} ms | "
          f"{fixed_pandas / fixed_call:.1f}x |")
    print(f"\nnational run: boardroom {theirs / ours:.1f}x faster than plain pandas (target 3x); "
          f"grouping fixed cost {fixed * 1e3:.3f} ms (target 0.3 ms)")


if __name__ == "__main__":
    main()
