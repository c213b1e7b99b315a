"""Years of life lost and the comparative mortality figure against plain re-computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.errors import InputError

LABELS = list(ind.ESP2013_LABELS)


def test_years_of_life_lost_by_hand() -> None:
    data = pd.DataFrame({"area": ["A"] * 4 + ["B"] * 2, "ageband": ["<1", "1-4", "70-74", "75-79", "0-4", "90+"],
                         "deaths": [3, 1, 10, 20, 2, 50]})
    out = ind.years_of_life_lost(data.iloc[::-1], "deaths", by="area")
    # <1: mid-point 0.5 -> 74.5 years; 1-4: 3 -> 72; 70-74: 72.5 -> 2.5; 75-79 and 90+: none.
    assert out["yll"].tolist() == [3 * 74.5 + 1 * 72 + 10 * 2.5, 2 * 72.5]
    assert out["deaths"].tolist() == [34, 52]
    assert ind.years_of_life_lost(data, "deaths", cutoff=80)["yll"].iloc[0] == pytest.approx(
        3 * 79.5 + 77 + 10 * 7.5 + 20 * 2.5 + 2 * 77.5)
    with pytest.raises(InputError, match="not an age band") as info:
        ind.years_of_life_lost(data.assign(ageband=["0", *data["ageband"][1:]]), "deaths")
    assert info.value.field == "ageband" and info.value.record == "row 0"


def test_comparative_mortality_figure_by_hand() -> None:
    rng = np.random.default_rng(4)
    ref_deaths = dict(zip(LABELS, rng.integers(100, 5_000, 19).astype(float)))
    ref_pop = dict(zip(LABELS, rng.integers(200_000, 900_000, 19).astype(float)))
    area = pd.DataFrame({"area": np.repeat(["A", "B"], 19), "ageband": LABELS * 2,
                         "x": rng.integers(1, 200, 38).astype(float), "n": rng.integers(5_000, 90_000, 38).astype(float)})
    out = ind.cmf(area.sample(frac=1.0, random_state=2), "x", "n", ref_deaths, ref_pop, by="area")
    for k, name in enumerate(["A", "B"]):
        rows = area[area["area"] == name]
        top = sum(float(x) / float(n) * ref_pop[str(b)] for x, n, b in zip(rows["x"], rows["n"], rows["ageband"]))
        assert out["value"].iloc[k] == pytest.approx(100 * top / sum(ref_deaths.values()), rel=1e-12)
    esp = dict(zip(LABELS, ind.ESP2013))
    same = pd.DataFrame({"ageband": LABELS, "x": list(ref_deaths.values()), "n": list(ref_pop.values())})
    assert ind.cmf(same, "x", "n", ref_deaths, ref_pop, stdpop=esp)["value"].iloc[0] == pytest.approx(100, rel=1e-12)
    with pytest.raises(InputError, match="90\\+ of the standard population is missing"):
        ind.cmf(same.iloc[:-1], "x", "n", ref_deaths, ref_pop)
    with pytest.raises(InputError, match="mapping or Series"):
        ind.cmf(same, "x", "n", list(ref_deaths.values()), ref_pop)
