"""Time boardroom's indicator kernels against the obvious ways of doing the same work.

In one run, on the same inputs:
  - copy: merely reading x and n and writing three output columns (the floor for any kernel);
  - boardroom: boardroom.indicators.arrays (numpy in, numpy out, GIL released);
  - statsmodels: proportion_confint(method="wilson");
  - scipy: PHEindicatormethods' phe_rate done with numpy and scipy.stats.chi2.ppf (exact limits
    for x < 10, Byar's otherwise, both computed for every row and chosen with np.where);
  - PHStatsMethods: ph_proportion / ph_rate on a DataFrame.

    python benchmarks/bench_indicators.py                 # 1e6 and 1e7 rows, markdown table
    python benchmarks/bench_indicators.py --rows 1e5      # a quick look

PHStatsMethods takes minutes per million rows; by default it runs up to 1e6 rows and the
table says where it was not run.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from boardroom.indicators import arrays

Z95 = 1.959963984540054


def best_of(repeat: int, func: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def proportion_inputs(rows: int, rng: np.random.Generator) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    n = rng.integers(100, 100_000, rows).astype(np.float64)
    x = rng.binomial(n.astype(np.int64), 0.1).astype(np.float64)
    return x, n


def rate_inputs(rows: int, rng: np.random.Generator) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    n = rng.integers(1000, 300_000, rows).astype(np.float64)
    # At least one event: PHStatsMethods refuses zero counts in ph_rate.
    x = (rng.poisson(rng.lognormal(2.8, 1.0, rows)) + 1).astype(np.float64)
    return x, n


def copy_baseline(x: np.ndarray[Any, Any], n: np.ndarray[Any, Any]) -> None:
    value = np.empty_like(x)
    lower = np.empty_like(x)
    upper = np.empty_like(x)
    np.copyto(value, x)
    np.copyto(lower, n)
    np.copyto(upper, x)


def scipy_rate(x: np.ndarray[Any, Any], n: np.ndarray[Any, Any]) -> None:
    from scipy.stats import chi2

    exact_lower = chi2.ppf(0.025, 2 * x) / 2
    exact_upper = chi2.ppf(0.975, 2 * x + 2) / 2
    byar_lower = x * (1 - 1 / (9 * x) - Z95 / (3 * np.sqrt(x))) ** 3
    byar_upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + Z95 / (3 * np.sqrt(x + 1))) ** 3
    small = x < 10
    lower = np.where(small, np.nan_to_num(exact_lower), byar_lower) / n * 100_000
    upper = np.where(small, exact_upper, byar_upper) / n * 100_000
    value = x / n * 100_000
    del lower, upper, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", nargs="+", type=float, default=[1e6, 1e7])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--phstats-max-rows", type=float, default=1e6)
    args = parser.parse_args()

    import pandas as pd

    try:
        from statsmodels.stats.proportion import proportion_confint
    except ImportError:
        proportion_confint = None
    try:
        from PHStatsMethods import ph_proportion, ph_rate
    except ImportError:
        ph_proportion = ph_rate = None

    rng = np.random.default_rng(20151210)
    lines = []
    for rows_f in args.rows:
        rows = int(rows_f)
        x, n = proportion_inputs(rows, rng)
        rx, rn = rate_inputs(rows, rng)
        results: dict[str, dict[str, float | None]] = {"proportion (Wilson, 95%)": {}, "rate (per 100,000, 95%)": {}}
        prop, rate = results["proportion (Wilson, 95%)"], results["rate (per 100,000, 95%)"]

        prop["copy"] = best_of(args.repeat, lambda: copy_baseline(x, n))
        prop["boardroom"] = best_of(args.repeat, lambda: arrays.proportion_intervals(x, n, 0.95))
        prop["statsmodels"] = (
            best_of(args.repeat, lambda: proportion_confint(x, n, alpha=0.05, method="wilson"))
            if proportion_confint
            else None
        )
        rate["copy"] = best_of(args.repeat, lambda: copy_baseline(rx, rn))
        rate["boardroom"] = best_of(args.repeat, lambda: arrays.rate_intervals(rx, rn, 0.95))
        rate["scipy"] = best_of(args.repeat, lambda: scipy_rate(rx, rn))

        if ph_proportion is not None and rows <= args.phstats_max_rows:
            frame = pd.DataFrame({"x": x, "n": n})
            prop["PHStatsMethods"] = best_of(1, lambda: ph_proportion(frame, "x", "n"))
            rate_frame = pd.DataFrame({"x": rx, "n": rn})
            rate["PHStatsMethods"] = best_of(1, lambda: ph_rate(rate_frame, "x", "n"))
        else:
            prop["PHStatsMethods"] = rate["PHStatsMethods"] = None

        for kernel, timings in results.items():
            ours = timings["boardroom"]
            assert ours is not None
            for name, seconds in timings.items():
                if seconds is None:
                    lines.append(f"| {rows:.0e} | {kernel} | {name} | not run | | |")
                    continue
                speedup = f"{seconds / ours:.1f}x" if name not in ("boardroom", "copy") else ""
                vs_copy = f"{ours / timings['copy']:.2f}x copy" if name == "boardroom" and timings["copy"] else ""  # type: ignore[operator]
                lines.append(
                    f"| {rows:.0e} | {kernel} | {name} | {seconds * 1e3:,.1f} ms | {speedup} | {vs_copy} |"
                )

    print(f"Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}, best of {args.repeat}")
    print()
    print("| rows | kernel | implementation | time | boardroom is faster by | boardroom vs copy |")
    print("|---|---|---|---|---|---|")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
