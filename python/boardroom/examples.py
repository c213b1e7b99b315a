"""The example data bundled with boardroom, transcribed from published agenda packs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from .report.indicator_table import IndicatorTable

__all__ = [
    "EXAMPLE_MEETING",
    "ILLUSTRATIVE",
    "example_path",
    "illustrative_dsr_table",
    "illustrative_mortality",
    "infant_mortality_table",
    "infant_mortality_trend",
]

#: The South Ribble, Chorley & West Lancashire Children's Partnership Board, 10 December 2015.
EXAMPLE_MEETING = "cpb-2015-12-10"


def example_path(name: str = EXAMPLE_MEETING) -> Path:
    """Folder of a bundled example (installed package, or the source tree when run from it)."""
    candidates = [
        Path(__file__).parent / "examples" / name,
        Path(__file__).resolve().parents[2] / "examples" / name,
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    from .errors import NotFoundError

    raise NotFoundError(f"no bundled example named {name!r}")


def _read_csv(path: Path, dtype: dict[str, type[str]] | type[str]) -> pd.DataFrame:
    """A bundled CSV file as a frame, its bytes decoded as every loader decodes them."""
    import io

    import pandas as pd

    from ._text import read_text

    return pd.read_csv(io.StringIO(read_text(path)[0]), dtype=dtype)


def _infant_mortality_files() -> tuple[pd.DataFrame, list[str], pd.DataFrame]:
    """Table 1 indexed by area, its period columns in order, and the paper's statements."""
    folder = example_path("infant-mortality-2015")
    table = _read_csv(folder / "table1.csv", {"area": str}).set_index("area")
    periods = [str(c) for c in table.columns if not str(c).startswith("change_")]
    return table, periods, _read_csv(folder / "statements.csv", str)


def infant_mortality_table() -> IndicatorTable:
    """The seed's Table 1 (Lancashire infant mortality per 1,000 live births, 2002-04 to 2010-12).

    Rates and changes are as printed. Comparisons with England are those the paper states
    (Burnley, Lancashire, Pendle, Preston, South Ribble, Fylde, Wyre for 2010-12) and those computed by
    boardroom for Lancashire from the infant deaths the paper gives: live births are derived from
    the printed (rounded) rate, and a computed comparison is shown only when it is the same at
    both ends of the range of births consistent with that rounding. Other cells: not compared.
    """
    import numpy as np
    import pandas as pd

    from . import indicators as ind
    from .report.indicator_table import IndicatorTable

    table, periods, statements = _infant_mortality_files()
    values = table[periods].astype(float)
    grid_values = values.to_numpy(dtype=float)
    rate_of = {
        (str(area), period): float(grid_values[i, j])
        for i, area in enumerate(values.index)
        for j, period in enumerate(periods)
    }
    changes = table[["change_2002_04_to_2010_12", "change_2009_11_to_2010_12"]].astype(float)
    changes.columns = pd.Index(["% change 2002-04 to 2010-12", "% change 2009-11 to 2010-12"])
    comparison: dict[tuple[str, str], str] = {}
    basis: dict[tuple[str, str], str] = {}
    notes: list[str] = []

    for row in statements.to_dict("records"):
        key = (str(row["area"]), str(row["period"]))
        if row["measure"] == "compared with England":
            comparison[key] = str(row["value"])
            basis[key] = f"stated in the paper: \u201c{row['quote']}\u201d"

    for row in statements[statements["measure"] == "infant deaths"].to_dict("records"):
        area, period, count = str(row["area"]), str(row["period"]), float(row["value"])
        rate, england = rate_of[(area, period)], rate_of[("England", period)]
        # The printed rate is rounded to 0.1, so births lie between these two values.
        births = np.array([count / ((rate + 0.05) / 1000), count / ((rate - 0.05) / 1000)])
        frame = pd.DataFrame({"deaths": [count, count], "births": births})
        result = ind.compare(
            ind.rate(frame, "deaths", "births", multiplier=1000, confidence=[0.95, 0.998]),
            benchmark=england,
            polarity="low_is_good",
        )
        found = {str(c) for c in result["comparison"]}
        if len(found) != 1:
            notes.append(
                f"{area} {period}: not compared; the result depends on the live births, which the paper does not give."
            )
            continue
        category = found.pop()
        category = {"Best": "Better", "Worst": "Worse"}.get(category, category)
        # One interval everywhere the pack prints it: the one at the live births the printed
        # rate implies (as the trend chart draws it); the rounding's range of births only
        # decides whether the comparison can be made at all.
        implied = pd.DataFrame({"deaths": [count], "births": [count / (rate / 1000)]})
        point = ind.rate(implied, "deaths", "births", multiplier=1000)
        how = (
            f"{count:.0f} infant deaths ({row['basis']} in the text) and the live births the printed rate "
            f"implies: 95% interval {float(point['lowercl'].iloc[0]):.2f} to {float(point['uppercl'].iloc[0]):.2f} "
            f"against England's {england:.1f} (Byar's method); the comparison is the same for any of the "
            f"{births[0]:,.0f} to {births[1]:,.0f} live births the rounding of the rate allows"
        )
        stated = comparison.get((area, period), "")
        if stated and stated != category:
            notes.append(f"{area} {period}: the paper says {stated}, boardroom computes {category}.")
            continue
        comparison[(area, period)] = category
        basis[(area, period)] = (
            f"{basis[(area, period)]}; boardroom computes the same from {how}"
            if stated
            else f"computed by boardroom from {how}"
        )

    def grid(cells: dict[tuple[str, str], str]) -> pd.DataFrame:
        rows = [[cells.get((str(a), p), "") for p in periods] for a in values.index]
        return pd.DataFrame(rows, index=values.index, columns=periods)

    notes.append(
        "The pack gives no district counts of deaths or births, so other cells are not compared; "
        "the colour key printed under Table 1 lost its colours."
    )
    notes.append(
        "Percentage changes are as printed, computed from unrounded rates: they can differ from "
        "changes worked out from the printed rates (Chorley 5.0 to 4.6 reads -8%, printed -9%)."
    )
    return IndicatorTable(
        title="Table 1: Lancashire Infant Mortality Rates per 1000 Live Births at district level",
        unit="per 1,000 live births, 3-year pooled",
        source="Source: PHOF (as printed in the pack, item 3, pages 11-16)",
        values=values,
        comparisons=grid(comparison),
        bases=grid(basis),
        changes=changes,
        notes=notes,
    )


def infant_mortality_trend(area: str = "Lancashire") -> pd.DataFrame:
    """One area's row of Table 1 as a time series, with 95% limits where the paper gives counts.

    Columns: ``period``, ``value`` (the printed rate per 1,000 live births), ``lowercl`` and
    ``uppercl`` (95%), ``england`` (England's printed rate), ``deaths`` and ``basis``. Limits
    exist only for the periods whose infant deaths the paper states or lets one derive
    (Lancashire: 2002-04, 2004-06, 2009-11, 2010-12): the printed rate times the ratio of the
    exact (below 10) or Byar's (from 10) Poisson limits of the deaths to the deaths, which is
    ``phe_rate``'s interval with live births implied by the printed rate. Other periods: no limits.
    """
    import numpy as np
    import pandas as pd

    from . import indicators as ind

    table, periods, statements = _infant_mortality_files()
    counts = statements[(statements["measure"] == "infant deaths") & (statements["area"] == area)]
    deaths = {str(r["period"]): (float(r["value"]), str(r["basis"])) for r in counts.to_dict("records")}
    frame = pd.DataFrame({
        "period": periods,
        "value": table.loc[area, periods].to_numpy(dtype=float),
        "england": table.loc["England", periods].to_numpy(dtype=float),
        "deaths": [deaths.get(p, (np.nan, ""))[0] for p in periods],
        "basis": [deaths.get(p, (np.nan, ""))[1] for p in periods],
    })
    known = frame["deaths"].notna()
    if known.any():
        # The rate's interval scales with the count's: limits(x) / x times the printed rate.
        counts_only = pd.DataFrame({"x": frame.loc[known, "deaths"], "n": 1.0})
        limits = ind.rate(counts_only, "x", "n", multiplier=1)
        ratio_low = limits["lowercl"].to_numpy() / counts_only["x"].to_numpy()
        ratio_high = limits["uppercl"].to_numpy() / counts_only["x"].to_numpy()
        frame.loc[known, "lowercl"] = frame.loc[known, "value"].to_numpy() * ratio_low
        frame.loc[known, "uppercl"] = frame.loc[known, "value"].to_numpy() * ratio_high
    else:
        frame["lowercl"] = np.nan
        frame["uppercl"] = np.nan
    return frame[["period", "value", "lowercl", "uppercl", "england", "deaths", "basis"]]


def illustrative_mortality() -> pd.DataFrame:
    """Synthetic deaths and populations by ESP 2013 age band: twelve areas ("Area A" to "Area L")
    and England, 2011-2015. **Not real data**: made by ``examples/illustrative-mortality/
    generate.py`` (seeded Poisson draws) to show standardisation, funnels and suppression."""
    return _read_csv(example_path("illustrative-mortality") / "deaths.csv", {"area": str, "ageband": str})


ILLUSTRATIVE = "Illustrative, synthetic data (not real areas or figures)"


def illustrative_dsr_table() -> IndicatorTable:
    """Directly standardised death rates of the illustrative areas by year, each compared with
    England's rate for the year (95% Dobson limits, low is good), as an indicator table."""
    import pandas as pd

    from . import indicators as ind
    from .report.indicator_table import IndicatorTable

    rates = ind.dsr(illustrative_mortality(), "deaths", "population", by=["area", "year"])
    england = rates[rates["area"] == "England"].set_index("year")["value"]
    compared = ind.compare(rates, benchmark=rates["year"].map(england).tolist(), polarity="low_is_good")
    compared.loc[compared["area"] == "England", "comparison"] = ""
    values = compared.pivot(index="area", columns="year", values="value")
    categories = compared.pivot(index="area", columns="year", values="comparison")
    order = [a for a in values.index if a != "England"] + ["England"]
    values, categories = values.loc[order], categories.loc[order]
    values.columns = categories.columns = pd.Index([str(y) for y in values.columns])
    first, before, last = values.columns[0], values.columns[-2], values.columns[-1]
    changes = pd.DataFrame({
        f"% change {first} to {last}": ind.percent_change(values[first].to_numpy(), values[last].to_numpy()),
        f"% change {before} to {last}": ind.percent_change(values[before].to_numpy(), values[last].to_numpy()),
    }, index=values.index)
    return IndicatorTable(
        title=f"{ILLUSTRATIVE}: deaths from all causes, directly standardised rate",
        unit="per 100,000, European Standard Population 2013",
        source="Synthetic data bundled with boardroom (examples/illustrative-mortality), standardised by boardroom",
        values=values,
        comparisons=categories.fillna(""),
        bases=pd.DataFrame("", index=values.index, columns=values.columns),
        changes=changes,
        notes=["Each area's 95% confidence interval (Dobson et al. 1991, Byar's limits on the count) "
               "against England's rate for the same year; lower is better."],
        decimals=1,
        list_bases=False,
    )
