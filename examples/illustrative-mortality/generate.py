"""Writes deaths.csv: synthetic deaths and populations by age band, for showing the methods.

Nothing here is a real figure. Twelve areas named "Area A" to "Area L" and England, five
years (2011-2015), the 19 age bands of the European Standard Population 2013 (0-4, 5-9, ...,
85-89, 90+). England's death rates by band follow a smooth curve rising with age; each area's
rates are England's times a fixed factor (0.8 to 1.3, a few areas improving or worsening a
little each year), and its deaths are Poisson draws from numpy's PCG64 generator seeded with
20151210, so running this again writes the same file.

    python examples/illustrative-mortality/generate.py [OUT.csv]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

BANDS = [f"{a}-{a + 4}" for a in range(0, 90, 5)] + ["90+"]
YEARS = range(2011, 2016)
# Area: (factor on England's rates, yearly change in that factor, people in a five-year band).
AREAS = {
    "Area A": (1.30, 0.00, 9_000), "Area B": (1.18, -0.02, 6_500), "Area C": (1.10, 0.03, 4_000),
    "Area D": (1.05, 0.00, 12_000), "Area E": (1.00, 0.00, 3_000), "Area F": (0.97, -0.03, 8_000),
    "Area G": (0.95, 0.00, 5_500), "Area H": (0.92, 0.02, 2_500), "Area I": (0.90, 0.00, 7_000),
    "Area J": (0.86, -0.01, 10_000), "Area K": (0.83, 0.00, 4_500), "Area L": (0.80, 0.00, 6_000),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(20151210)
    ages = np.array([0, *range(5, 95, 5)], dtype=float)
    england_rate = 0.00005 * np.exp(0.088 * ages)  # deaths a person a year, by band
    england_rate[0] = 0.0009
    # Fewer people in the oldest bands.
    shape = np.where(ages < 60, 1.0, np.exp(-0.06 * (ages - 60)))
    rows = []
    for year in YEARS:
        england_pop = np.round(3_400_000 * shape * (1 + 0.007 * (year - 2011)))
        # England's rates fall 1.5% a year.
        trend = 0.985 ** (year - 2011)
        england_deaths = rng.poisson(england_pop * england_rate * trend)
        rows += [("England", year, b, d, p) for b, d, p in zip(BANDS, england_deaths, england_pop)]
        for area, (factor, change, people) in AREAS.items():
            pop = np.round(people * shape * (1 + 0.005 * (year - 2011)))
            rate = england_rate * trend * (factor + change * (year - 2011))
            deaths = rng.poisson(pop * rate)
            rows += [(area, year, b, d, p) for b, d, p in zip(BANDS, deaths, pop)]
    frame = pd.DataFrame(rows, columns=["area", "year", "ageband", "deaths", "population"])
    frame["population"] = frame["population"].astype(int)
    frame.to_csv(out, index=False, lineterminator="\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("deaths.csv"))
