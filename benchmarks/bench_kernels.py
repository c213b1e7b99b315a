"""Time the fused proportion and rate kernels at 1e7 rows against a numpy copy floor and the plain
formula in numpy, through the numpy API and the DataFrame API, in one run; and check that the kernels
give the bits they gave before they were fused.

    python benchmarks/bench_kernels.py                 # 1e7 rows, best of 5
    python benchmarks/bench_kernels.py --rows 1e6      # a quick look

Floors: "copy" reads x and n and writes three fresh columns (what the numpy API returns);
"copy into" writes into three existing columns (what ``out=`` does). The DataFrame API is compared
with "copy" too. "numpy formula" is Wilson's or Byar's formula written with numpy ufuncs (Byar's for
every row: numpy has no exact Poisson limits); boardroom gives the same bits on the rows both compute.
With statsmodels installed, its ``proportion_confint(method="wilson")`` plus the value column, on the
same DataFrame, is timed against boardroom's DataFrame API.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import boardroom.indicators as ind
from boardroom.indicators import arrays

Z95 = 1.959963984540054
Floats = np.ndarray[Any, np.dtype[np.float64]]

#: Digests of the per-row kernels' outputs (before fusing) on the test inputs at 1e7 rows, seed 7.
BEFORE_1E7 = {
    "wilson": "4dfdb7c3dd6ea90fa56e1f0bee7e64520651a273f72e77f5b75af7bcbddee675",
    "rate": "1fd84384b4d7ae7edacafc1b66b5e68a902a3bbf2fa91d7a0250112efe0ce44d",
    "mean": "4fa32e8bd4957aa71e3444e7db3fbdfe554354b4381f826cfcd5837465785a3f",
}


def best_of(repeat: int, func: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def wilson_numpy(x: Floats, n: Floats) -> tuple[Floats, Floats, Floats]:
    z2 = Z95 * Z95
    root = Z95 * np.sqrt(z2 + 4.0 * x * (1.0 - (x / n)))
    lower = (2.0 * x + z2 - root) / 2.0 / (n + z2)
    upper = (2.0 * x + z2 + root) / 2.0 / (n + z2)
    lower = np.where((x <= 0.0) | (lower < 0.0), 0.0, lower)
    upper = np.where((x >= n) | (upper > 1.0), 1.0, upper)
    return x / n, lower, upper


def byar_numpy(x: Floats, n: Floats) -> tuple[Floats, Floats, Floats]:
    a = 1.0 - 1.0 / (9.0 * x) - Z95 / (3.0 * np.sqrt(x))
    b = 1.0 - 1.0 / (9.0 * (x + 1.0)) + Z95 / (3.0 * np.sqrt(x + 1.0))
    lower = x * (a * a * a)
    lower = np.where(lower < 0.0, np.nan, lower)
    return x / n * 1e5, lower / n * 1e5, (x + 1.0) * (b * b * b) / n * 1e5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=float, default=1e7)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = int(args.rows)
    rng = np.random.default_rng(1)
    n = rng.integers(100, 100_000, rows).astype(np.float64)
    x = rng.binomial(n.astype(np.int64), 0.1).astype(np.float64)
    rn = rng.integers(1000, 300_000, rows).astype(np.float64)
    rx = (rng.poisson(rng.lognormal(2.8, 1.0, rows)) + 1).astype(np.float64)  # a fifth below 10: exact
    value, lower, upper = np.empty(rows), np.empty((1, rows)), np.empty((1, rows))

    def copy_fresh(a: Floats, b: Floats) -> None:
        v, lo, up = np.empty_like(a), np.empty_like(a), np.empty_like(a)
        np.copyto(v, a)
        np.copyto(lo, b)
        np.copyto(up, a)

    def copy_into(a: Floats, b: Floats) -> None:
        np.copyto(value, a)
        np.copyto(lower[0], b)
        np.copyto(upper[0], a)

    try:
        from statsmodels.stats.proportion import proportion_confint
    except ImportError:
        proportion_confint = None

    def statsmodels_wilson(data: pd.DataFrame) -> pd.DataFrame:
        """What an analyst writes with statsmodels for the same DataFrame output: value and limits."""
        lower_cl, upper_cl = proportion_confint(data["x"], data["n"], alpha=0.05, method="wilson")
        return data.assign(value=data["x"] / data["n"], lowercl=lower_cl, uppercl=upper_cl)

    frame = pd.DataFrame({"x": x, "n": n})
    rates = pd.DataFrame({"x": rx, "n": rn})
    print(f"{rows:.0e} rows, {arrays.threads()} kernel threads, numpy {np.__version__}, pandas {pd.__version__}\n")
    print("| kernel | implementation | time | x copy floor |")
    print("|---|---|---|---|")
    ratios: dict[str, float] = {}
    for kernel, a, b, frame_in in (("Wilson proportion, 95%", x, n, frame), ("rate per 100,000, 95%", rx, rn, rates)):
        wilson = kernel.startswith("Wilson")
        fresh = best_of(args.repeat, lambda: copy_fresh(a, b))
        into = best_of(args.repeat, lambda: copy_into(a, b))
        if wilson:
            numpy_api = best_of(args.repeat, lambda: arrays.proportion_intervals(a, b, 0.95))
            out_api = best_of(args.repeat, lambda: arrays.proportion_intervals(a, b, 0.95, out=(value, lower, upper)))
            frame_api = best_of(args.repeat, lambda: ind.proportion(frame_in, "x", "n"))
            formula = best_of(args.repeat, lambda: wilson_numpy(a, b))
            statsmodels = best_of(args.repeat, lambda: statsmodels_wilson(frame_in)) if proportion_confint else None
        else:
            numpy_api = best_of(args.repeat, lambda: arrays.rate_intervals(a, b, 0.95))
            out_api = best_of(args.repeat, lambda: arrays.rate_intervals(a, b, 0.95, out=(value, lower, upper)))
            frame_api = best_of(args.repeat, lambda: ind.rate(frame_in, "x", "n"))
            formula = best_of(args.repeat, lambda: byar_numpy(a, b))
        for name, seconds, floor in (("copy (floor)", fresh, fresh), ("copy into (floor of out=)", into, into),
                                     ("boardroom numpy API", numpy_api, fresh),
                                     ("boardroom numpy API, out=", out_api, into),
                                     ("boardroom DataFrame API", frame_api, fresh),
                                     ("numpy formula", formula, fresh)):
            print(f"| {kernel} | {name} | {seconds * 1e3:,.1f} ms | {seconds / floor:.2f}x |")
        if wilson and statsmodels is not None:
            print(f"| {kernel} | statsmodels proportion_confint + value column | {statsmodels * 1e3:,.1f} ms | "
                  f"{statsmodels / fresh:.2f}x |")
            ratios["statsmodels"] = statsmodels / frame_api
        key = "wilson" if wilson else "rate"
        ratios[key] = numpy_api / fresh
        ratios[key + " out="] = out_api / into
        ratios[key + " frame"] = frame_api / fresh
        ratios[key + " formula"] = formula / numpy_api
    print()
    print(f"numpy API: Wilson {ratios['wilson']:.2f}x copy (target 1.5x), rates {ratios['rate']:.2f}x (target 2.5x); "
          f"with out=: {ratios['wilson out=']:.2f}x and {ratios['rate out=']:.2f}x")
    print(f"DataFrame API: Wilson {ratios['wilson frame']:.2f}x copy, rates {ratios['rate frame']:.2f}x (target 4x)")
    if "statsmodels" in ratios:
        print(f"statsmodels proportion_confint(method='wilson') with its value column takes "
              f"{ratios['statsmodels']:.1f}x boardroom's DataFrame API time (target 3x)")
    else:
        print("statsmodels is not installed: pip install statsmodels to time proportion_confint")
    print(f"the numpy formula takes {ratios['wilson formula']:.1f}x (Wilson) and {ratios['rate formula']:.1f}x "
          "(Byar) boardroom's numpy API time")

    # Bits: the same as the plain formula on every row both compute, and as before fusing.
    p = arrays.proportion_intervals(x, n, 0.95)
    v, lo, up = wilson_numpy(x, n)
    same = np.array_equal(p.lower[0], lo) and np.array_equal(p.upper[0], up) and np.array_equal(p.value, v)
    r, exact = arrays.rate_intervals(rx, rn, 0.95)
    v, lo, up = byar_numpy(rx, rn)
    byar = ~exact
    same = same and np.array_equal(r.lower[0][byar], lo[byar]) and np.array_equal(r.upper[0][byar], up[byar])
    print(f"bit-identical to the numpy formula (Wilson rows, Byar rows): {same}")
    if rows == 10_000_000:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "python"))
        from test_indicators_kernels import _digests  # type: ignore[import-not-found]

        before = _digests(rows, 7) == BEFORE_1E7
        print(f"bit-identical to the per-row kernels on 1e7 random rows (digests): {before}")
        same = same and before
    if not same:
        raise SystemExit("results differ")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
