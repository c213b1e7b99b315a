"""A group column may not carry the name of an output column: it would be overwritten by the output
(a key called ``value`` replaced by the values). dplyr refuses the same ("can't modify grouping
variable"); every grouped function here raises an InputError naming the column instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.errors import InputError

AREAS = ["A", "B", "C", "D", "E", "F"]


def _banded() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    rows = [{"area": a, "ageband": band, "x": float(rng.integers(5, 60)), "n": float(rng.integers(2000, 9000))}
            for a in AREAS for band in ind.ESP2013_LABELS]
    return pd.DataFrame(rows)


def _life_table() -> pd.DataFrame:
    ages = [0, 1, *range(5, 95, 5)]
    rows = [{"area": a, "startage": age, "deaths": 20.0 + age, "pops": 6000.0 - 30 * age} for a in AREAS[:2]
            for age in ages]
    return pd.DataFrame(rows)


def _areas() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    rows = [{"area": a, "unit": f"{a}{k}", "year": 2010 + k, "quantile": k + 1, "x": float(rng.integers(20, 80)),
             "n": float(rng.integers(400, 900))} for a in AREAS[:3] for k in range(10)]
    frame = pd.DataFrame(rows)
    frame["value"] = frame["x"] / frame["n"]
    frame["lowercl"] = frame["value"] * 0.8
    frame["uppercl"] = frame["value"] * 1.2
    frame["se"] = frame["value"] * 0.05
    return frame


REFERENCE = _banded().groupby("ageband", sort=False)[["x", "n"]].sum()
Call = Callable[[pd.DataFrame, str], pd.DataFrame]

#: Every grouped function: (its data, the call with a group column, the input columns it sums).
CALLS: dict[str, tuple[Callable[[], pd.DataFrame], Call, tuple[str, ...]]] = {
    "proportion": (_areas, lambda f, by: ind.proportion(f, "x", "n", by=by), ("x", "n")),
    "rate": (_areas, lambda f, by: ind.rate(f, "x", "n", by=by), ("x", "n")),
    "mean": (_areas, lambda f, by: ind.mean(f, "x", by=by), ()),
    "dsr": (_banded, lambda f, by: ind.dsr(f, "x", "n", by=by, ageband="ageband"), ()),
    "isratio": (_banded, lambda f, by: ind.isratio(f, "x", "n", REFERENCE["x"], REFERENCE["n"], by=by,
                                                   ageband="ageband"), ()),
    "israte": (_banded, lambda f, by: ind.israte(f, "x", "n", REFERENCE["x"], REFERENCE["n"], by=by,
                                                 ageband="ageband"), ()),
    "cmf": (_banded, lambda f, by: ind.cmf(f, "x", "n", REFERENCE["x"], REFERENCE["n"], by=by), ()),
    "years_of_life_lost": (_banded, lambda f, by: ind.years_of_life_lost(f, "x", by=by), ("x",)),
    "life_expectancy": (_life_table, lambda f, by: ind.life_expectancy(f, "deaths", "pops", "startage", by=by), ()),
    "compare": (_areas, lambda f, by: ind.compare(f, method="quintiles", by=by), ()),
    "composite_rank": (_areas, lambda f, by: ind.composite_rank(f, {"x": "low_is_good", "n": "high_is_good"},
                                                                by=by), ()),
    "quantile": (_areas, lambda f, by: ind.quantile(f, "value", by=by, nquantiles=3), ()),
    "funnel_limits": (_areas, lambda f, by: ind.funnel_limits(f, "x", "n", "proportion", multiplier=100,
                                                              by=by), ()),
    "funnel_significance": (_areas, lambda f, by: ind.funnel_significance(f, "x", "n", "proportion", by=by), ()),
    "funnel_overdispersion": (_areas, lambda f, by: ind.funnel_overdispersion(f, "x", "n", by=by), ()),
    "sii": (_areas, lambda f, by: ind.sii(f, "quantile", "n", value="value", se="se", repetitions=1000, by=by), ()),
    "trend": (_areas, lambda f, by: ind.trend(f, None, "year", x="x", n="n", by=by), ()),
}


def _outputs(name: str) -> list[str]:
    """The columns the function writes: those of its grouped result that are not input columns,
    and the input columns it sums."""
    make, call, summed = CALLS[name]
    data = make()
    result = call(data, "area")
    return [str(c) for c in result.columns if c not in data.columns] + list(summed)


@pytest.mark.parametrize("name", list(CALLS))
def test_a_group_column_named_like_an_output_is_refused(name: str) -> None:
    make, call, _ = CALLS[name]
    outputs = _outputs(name)
    assert outputs
    for output in outputs:
        data = make()
        renamed = data if output in data.columns else data.rename(columns={"area": output})
        with pytest.raises(InputError, match=f"'{output}'") as info:
            call(renamed, output)
        assert info.value.field == output
        assert "output" in str(info.value)


def test_a_grouped_frame_with_such_a_key_is_refused_too() -> None:
    data = _areas().drop(columns="value").rename(columns={"area": "value"})
    with pytest.raises(InputError, match="'value'"):
        ind.rate(data.groupby("value"), "x", "n")


def test_keys_that_only_resemble_outputs_are_kept() -> None:
    data = _banded().rename(columns={"area": "Value"})
    out = ind.dsr(data, "x", "n", by="Value", ageband="ageband")
    assert out["Value"].tolist() == AREAS
