"""Every reference value of PHEindicatormethods, reproduced through the Python layer to 1e-9."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from conftest import REPO

REFERENCE = REPO / "tests" / "data" / "reference"
LIMITS_2 = ["lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"]


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path)


def assert_matches(actual: pd.Series, expected: pd.Series, what: str) -> None:
    """1e-9 relative, 1e-12 absolute where the reference is 0, NaN exactly where the reference is NA."""
    a = actual.to_numpy(dtype=np.float64)
    e = expected.to_numpy(dtype=np.float64)
    assert len(a) == len(e), what
    np.testing.assert_array_equal(np.isnan(a), np.isnan(e), err_msg=f"{what}: missing values differ")
    ok = ~np.isnan(e)
    tolerance = np.where(e[ok] == 0, 1e-12, 1e-9 * np.abs(e[ok]))
    bad = np.abs(a[ok] - e[ok]) > tolerance
    assert not bad.any(), f"{what}: rows {np.flatnonzero(ok)[bad][:5]} differ: {a[ok][bad][:5]} vs {e[ok][bad][:5]}"


def test_proportions_grid() -> None:
    ref = read(REFERENCE / "generated" / "proportions.csv")
    out = ind.proportion(ref[["id", "x", "n"]], "x", "n", confidence=[0.95, 0.998])
    assert list(out.columns) == ["id", "x", "n", "value", *LIMITS_2, "confidence", "statistic", "method"]
    for column in ["value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"proportions {column}")
    assert set(out["confidence"]) == {"95%, 99.8%"}
    assert set(out["statistic"]) == {"proportion of 1"}


def test_percentages_grid() -> None:
    ref = read(REFERENCE / "generated" / "percentages.csv")
    out = ind.proportion(ref[["x", "n"]], "x", "n", multiplier=100)
    for column in ["value", "lowercl", "uppercl"]:
        assert_matches(out[column], ref[column], f"percentages {column}")
    assert set(out["statistic"]) == {"percentage"}
    assert set(out["confidence"]) == {"95%"}


def test_rates_grid() -> None:
    ref = read(REFERENCE / "generated" / "rates.csv")
    out = ind.rate(ref[["x", "n"]], "x", "n", confidence=[0.95, 0.998])
    for column in ["value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"rates {column}")
    assert (out["method"] == ref["method"]).all()


def test_means_grid() -> None:
    values = read(REFERENCE / "generated" / "means_input.csv")
    ref = read(REFERENCE / "generated" / "means.csv")
    out = ind.mean(values, "value", by="group", confidence=[0.95, 0.998])
    assert list(out["group"]) == list(ref["group"])
    for column in ["value_sum", "value_count", "stdev", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"means {column}")


@pytest.mark.parametrize(("sheet", "func"), [("Proportion__testdata_Prop", "proportion"), ("Rate__testdata_Rate", "rate")])
def test_package_test_workbooks(sheet: str, func: str) -> None:
    ref = read(REFERENCE / "pheindicatormethods-tests" / f"testdata_{sheet}.csv")
    for multiplier, rows in ref.groupby("multiplier", sort=False):
        kernel = ind.proportion if func == "proportion" else ind.rate
        out = kernel(rows, "Numerator", "Denominator", confidence=[0.95, 0.998], multiplier=float(str(multiplier)))
        for column in ["value", *LIMITS_2]:
            assert_matches(out[column], rows[column], f"{sheet} x{multiplier} {column}")
        present = rows["value"].notna().to_numpy()
        assert (out["method"].to_numpy()[present] == rows["method"].to_numpy()[present]).all()


@pytest.mark.parametrize("sheet", ["Proportion__testdata_Prop", "Rate__testdata_Rate"])
def test_package_grouped_workbooks(sheet: str) -> None:
    """The package's grouped results: the whole sheet summed per Area (missing stays missing)."""
    rows = read(REFERENCE / "pheindicatormethods-tests" / f"testdata_{sheet}.csv")
    ref = read(REFERENCE / "pheindicatormethods-tests" / f"testdata_{sheet}_g.csv")
    kernel = ind.proportion if sheet.startswith("Proportion") else ind.rate
    out = kernel(rows, "Numerator", "Denominator", by="Area", multiplier=float(ref["multiplier"].iloc[0]))
    assert list(out.columns[:3]) == ["Area", "Numerator", "Denominator"]
    merged = ref.merge(out, on="Area", suffixes=("", "_ours"), validate="one_to_one")
    assert len(merged) == len(ref) == len(out)
    for column in ["Numerator", "Denominator", "value", "lowercl", "uppercl"]:
        assert_matches(merged[f"{column}_ours"], merged[column], f"{sheet} grouped {column}")
    present = merged["value"].notna()
    assert (merged.loc[present, "method_ours"] == merged.loc[present, "method"]).all()


def test_package_means() -> None:
    values = read(REFERENCE / "pheindicatormethods-tests" / "testdata_Mean__testdata_Mean.csv")
    ref = read(REFERENCE / "pheindicatormethods-tests" / "testdata_Mean__testdata_Mean_results.csv")
    value_column = [c for c in values.columns if c.lower() not in ("area",)][0]
    grouped = ind.mean(values, value_column, by="area", confidence=[0.95, 0.998])
    overall = ind.mean(values, value_column, confidence=[0.95, 0.998]).assign(area="No grouping")
    out = pd.concat([grouped, overall], ignore_index=True)
    merged = ref.merge(out, on="area", suffixes=("", "_ours"), validate="one_to_one")
    assert len(merged) == len(ref)
    for column in ["value_sum", "value_count", "stdev", "value", *LIMITS_2]:
        assert_matches(merged[f"{column}_ours"], merged[column], f"means workbook {column}")


def test_byar_wilson_workbook() -> None:
    """Wilson limits of proportions and Byar's limits of counts, at 95% and 99.8%."""
    ref = read(REFERENCE / "pheindicatormethods-tests" / "testdata_Byars_Wilson__testdata_B_W.csv")
    ref["level"] = ref["confidence"].str.rstrip("%").astype(float) / 100
    wilson = ref[ref["method"] == "Wilson"]
    # phe_rate switches to exact limits below 10 events, so only counts of 10 or more are Byar's there.
    byars = ref[(ref["method"] == "Byars") & (ref["x"] >= 10)]
    assert len(wilson) == 6 and len(byars) == 5
    for level, rows in wilson.groupby("level"):
        out = ind.proportion(rows, "x", "n", confidence=float(str(level)))
        assert_matches(out["lowercl"], rows["lowercl"], f"Wilson lower {level}")
        assert_matches(out["uppercl"], rows["uppercl"], f"Wilson upper {level}")
    for level, rows in byars.groupby("level"):
        out = ind.rate(rows.assign(one=1.0), "x", "one", confidence=float(str(level)), multiplier=1)
        assert_matches(out["lowercl"], rows["lowercl"], f"Byar lower {level}")
        assert_matches(out["uppercl"], rows["uppercl"], f"Byar upper {level}")
        assert set(out["method"]) == {"Byars"}
