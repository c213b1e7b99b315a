"""The one grouping helper of boardroom.indicators: the groups and order of pandas'
``groupby(sort=True, dropna=False, observed=True)`` without it; DataFrame outputs with constant text
as categoricals; results that never depend on row order."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.indicators._groups import _group


def _frame(rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    area = rng.choice(np.array(["E02", "E01", "W01", None], dtype=object), rows)
    return pd.DataFrame({
        "area": area,
        "sex": pd.Categorical(rng.choice(["Male", "Female"], rows), categories=["Male", "Female"]),
        "year": rng.integers(2015, 2019, rows),
        "band": rng.choice([1.5, np.nan, 0.5], rows),
        "x": rng.integers(0, 50, rows).astype(float) + rng.choice([0.0, 0.1, 0.25], rows),
        "n": rng.integers(60, 500, rows).astype(float),
    })


@pytest.mark.parametrize("by", [["area"], ["year"], ["sex"], ["area", "sex"], ["sex", "year", "area"], ["band", "area"]])
@pytest.mark.parametrize("seed", [1, 2])
def test_groups_are_those_of_pandas_groupby(by: list[str], seed: int) -> None:
    data = _frame(500, seed)
    groups = _group(data, by)
    expected = data.groupby(by, sort=True, dropna=False, observed=True)
    codes = expected.ngroup().to_numpy()
    np.testing.assert_array_equal(groups.row_codes(), codes)
    np.testing.assert_array_equal(groups.order, np.argsort(codes, kind="stable"))
    np.testing.assert_array_equal(np.diff(groups.offsets), expected.size().to_numpy())
    keys = data[by].iloc[groups.order[groups.offsets[:-1].astype(np.intp)]].reset_index(drop=True)
    pd.testing.assert_frame_equal(groups.keys, keys)


def test_sorted_single_key_and_no_key() -> None:
    data = pd.DataFrame({"area": ["a", "a", "b", "c", "c"], "x": range(5)})
    groups = _group(data, ["area"])
    assert groups.in_order and list(groups.offsets) == [0, 2, 3, 5] and list(groups.keys["area"]) == ["a", "b", "c"]
    whole = _group(data, [])
    assert list(whole.offsets) == [0, 5] and whole.label(0) == "all rows"


@pytest.mark.parametrize("function", ["proportion", "rate", "mean"])
def test_grouped_results_never_depend_on_row_order(function: str) -> None:
    data = _frame(2000, 3)
    data["n"] = data["n"] + 50.0
    shuffled = data.sample(frac=1.0, random_state=4)
    if function == "mean":
        a = ind.mean(data, "x", by=["area", "sex"])
        b = ind.mean(shuffled, "x", by=["area", "sex"])
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    else:
        call = getattr(ind, function)
        pd.testing.assert_frame_equal(call(data, "x", "n", by=["area", "sex", "year"]),
                                      call(shuffled, "x", "n", by=["area", "sex", "year"]), check_exact=True)


def test_constant_text_columns_are_categoricals() -> None:
    data = pd.DataFrame({"x": [1.0, 12.0, 3.0], "n": [10.0, 100.0, 30.0]})
    for out in (ind.proportion(data, "x", "n", multiplier=100), ind.rate(data, "x", "n"), ind.mean(data, "x")):
        for column in ("confidence", "statistic", "method"):
            assert isinstance(out[column].dtype, pd.CategoricalDtype), column
    rates = ind.rate(data, "x", "n", confidence=[0.95, 0.998])
    assert list(rates["method"]) == ["Exact", "Byars", "Exact"]
    assert list(rates["confidence"].astype(str)) == ["95%, 99.8%"] * 3
    assert list(ind.proportion(data, "x", "n", multiplier=100)["statistic"]) == ["percentage"] * 3
    # The input is never changed, and other columns keep their dtypes.
    assert list(data.columns) == ["x", "n"] and (data["x"] == [1.0, 12.0, 3.0]).all()


def test_long_arrow_text_keys_group_as_pandas() -> None:
    rng = np.random.default_rng(5)
    rows = 20_000
    data = pd.DataFrame({"sex": pd.array(rng.choice(np.array(["Male", "Female", None], dtype=object), rows),
                                         dtype="string[pyarrow]"),
                         "year": rng.integers(2015, 2019, rows)})
    groups = _group(data, ["sex", "year"])
    codes = data.groupby(["sex", "year"], sort=True, dropna=False, observed=True).ngroup().to_numpy()
    np.testing.assert_array_equal(groups.row_codes(), codes)
    assert groups.keys["sex"].tolist()[:4] == ["Female"] * 4 and groups.keys["sex"].isna().sum() == 4
