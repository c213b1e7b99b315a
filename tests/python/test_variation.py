"""Funnels, quantiles, SII and trend markers through the Python layer, against PHEindicatormethods."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.errors import InputError
from conftest import REPO
from test_indicators_reference import assert_matches

REFERENCE = REPO / "tests" / "data" / "reference"
GENERATED = REFERENCE / "generated"
PACKAGE = REFERENCE / "pheindicatormethods-tests"
SIDES = ["lower_2s", "upper_2s", "lower_3s", "upper_3s"]


def read(path: Path, **kwargs: object) -> pd.DataFrame:
    frame: pd.DataFrame = pd.read_csv(path, encoding="utf-8-sig", **kwargs)  # type: ignore[call-overload]
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def assert_printed(actual: pd.Series, path: Path, column: str, rows: pd.Index | None = None) -> None:
    """The package's own CSVs print 6-10 digits: agree to half a unit in the last printed place."""
    text = read(path, dtype=str, keep_default_na=False)[column]
    if rows is not None:
        text = text.iloc[rows]
    for got, cell in zip(actual.to_numpy(dtype=np.float64), text.tolist()):
        if cell == "NA":
            assert np.isnan(got), column
            continue
        decimals = len(cell.split(".")[1]) if "." in cell else 0
        assert abs(got - float(cell)) <= 0.5 * 10.0**-decimals * (1 + 1e-9) + 1e-12 * abs(float(cell)), (column, got, cell)


# --- Funnels: generated grid (full precision) -------------------------------------------------------


def test_funnel_proportion_limits_every_row() -> None:
    data = read(GENERATED / "funnel_proportion_input.csv")
    ref = read(GENERATED / "funnel_proportion_limits.csv")
    out = ind.funnel_limits(data, "numerator", "denominator", statistic="proportion", multiplier=100)
    assert list(out.columns) == list(ref.columns)
    assert (out["Population"].to_numpy() == ref["Population"].to_numpy()).all()
    for column in [f"{s}_limit" for s in SIDES] + ["baseline"]:
        assert_matches(out[column], ref[column], f"proportion {column}")
    assert set(out["statistic"]) == {"proportion"} and set(out["method"]) == {"Wilson"}


def test_funnel_ratio_limits_every_row() -> None:
    data = read(GENERATED / "funnel_ratio_input.csv")
    ref = read(GENERATED / "funnel_ratio_limits.csv")
    out = ind.funnel_limits(data, "numerator", "denominator", statistic="ratio", ratio_type="count")
    assert list(out.columns) == list(ref.columns)
    assert (out["Observed_events"].to_numpy() == ref["Observed_events"].to_numpy()).all()
    for column in [f"{s}_{k}" for s in SIDES for k in ("limit", "exp_events")]:
        assert_matches(out[column], ref[column], f"ratio {column}")
    assert set(out["statistic"]) == {"ratio (count)"}


def test_funnel_rate_limits_every_row() -> None:
    data = read(GENERATED / "funnel_rate_input.csv")
    ref = read(GENERATED / "funnel_rate_limits.csv")
    out = ind.funnel_limits(
        data, "numerator", "denominator", statistic="rate", multiplier=1e5, rate="rate", rate_type="crude",
        years_of_data=3,
    )
    assert list(out.columns) == list(ref.columns)
    assert (out["Events"].to_numpy() == ref["Events"].to_numpy()).all()
    for column in [f"{s}_{k}" for s in SIDES for k in ("limit", "population_1_year")] + ["baseline"]:
        assert_matches(out[column], ref[column], f"rate {column}")
    assert set(out["statistic"]) == {"rate (crude per 100,000)"} and set(out["method"]) == {"Poisson"}


@pytest.mark.parametrize("statistic", ["proportion", "ratio", "rate"])
def test_funnel_significance_every_row(statistic: str) -> None:
    ref = read(GENERATED / f"funnel_{statistic}_significance.csv")
    rate = statistic == "rate"
    out = ind.funnel_significance(
        ref.drop(columns="significance"), "numerator", "denominator", statistic,
        rate="rate" if rate else None, rate_type="crude" if rate else None,
        multiplier=1e5 if rate else (100 if statistic == "proportion" else None),
    )
    assert out["significance"].astype(str).tolist() == ref["significance"].tolist()
    assert isinstance(out["significance"].dtype, pd.CategoricalDtype)


# --- Funnels: the package's own test files ----------------------------------------------------------


def prop_inputs() -> pd.DataFrame:
    return read(PACKAGE / "testdata_funnel_prop_inputs.csv")


def test_package_proportion_limits_and_axis_variation() -> None:
    names = ["Lower2s0025limit", "Upper2s0025limit", "Lower3s0001limit", "Upper3s0001limit"]
    for path, data in (
        (PACKAGE / "testdata_funnel_prop_outputs.csv", prop_inputs()),
        (PACKAGE / "testdata_funnel_prop_outputs_with_axis_variation.csv", prop_inputs().query("denominator < 31000")),
    ):
        out = ind.funnel_limits(data, "numerator", "denominator", "proportion", 100, type="standard")
        assert list(out.columns) == ["Population", *[f"{s}_limit" for s in SIDES], "baseline"]
        assert_printed(out["Population"], path, "Population")
        for side, name in zip(SIDES, names):
            assert_printed(out[f"{side}_limit"], path, name)
        assert_printed(out["baseline"], path, "Baseline")


@pytest.mark.parametrize("ratio_type", ["count", "isr"])
def test_package_ratio_limits(ratio_type: str) -> None:
    data = read(PACKAGE / "testdata_funnel_ratio_inputs.csv")
    path = PACKAGE / "testdata_funnel_ratio_outputs.csv"
    out = ind.funnel_limits(data, "obs", "expected", "ratio", 100, ratio_type=ratio_type)
    for side in SIDES:
        assert_printed(out[f"{side}_limit"], path, f"{side}_{ratio_type}")
        assert_printed(out[f"{side}_exp_events"], path, f"{side}_exp_events")


def funnel_rate_input() -> pd.DataFrame:
    return read(PACKAGE / "testdata_funnel_rate_input_funnels.csv")


@pytest.mark.parametrize("case", ["dsr", "crude_under_10", "crude_zero"])
def test_package_rate_limits(case: str) -> None:
    data = funnel_rate_input()
    biggest = data["ev"] == data["ev"].max()
    denominator: str | None = None
    if case == "dsr":
        path, rate_type = "testdata_funnel_rate_outputs.csv", "dsr"
    elif case == "crude_under_10":
        data.loc[biggest, "ev"] = 5
        path, rate_type = "testdata_funnel_rate_outputs_2.csv", "crude"
    else:
        data = data[["ev", "rate"]].assign(pop=1e5 * data["ev"] / data["rate"])
        data.loc[biggest, ["ev", "rate"]] = 0
        data = data[data["pop"] > data["pop"].max() / 2]
        path, rate_type, denominator = "testdata_funnel_rate_outputs_3.csv", "crude", "pop"
    out = ind.funnel_limits(
        data, "ev", denominator, statistic="rate", multiplier=1e5, rate="rate", rate_type=rate_type, years_of_data=3
    )
    ref = read(PACKAGE / path)
    assert list(out.columns) == list(ref.columns)
    for column in ref.columns[:-2]:
        assert_printed(out[column], PACKAGE / path, column)
    assert out["statistic"].tolist() == ref["statistic"].tolist()


def test_package_significance() -> None:
    props = prop_inputs()
    out = ind.funnel_significance(props.drop(columns="significance"), "numerator", "denominator", "proportion")
    assert out["significance"].astype(str).tolist() == props["significance"].tolist()
    ratios = read(PACKAGE / "testdata_funnel_ratio_inputs.csv")
    out = ind.funnel_significance(ratios, "obs", "expected", "ratio")
    assert out["significance"].astype(str).tolist() == ratios["significance"].tolist()
    rates = read(PACKAGE / "testdata_funnel_rate_dsr_inputs.csv")
    for rate, rate_type, multiplier, expected in [
        ("rate_dsr", "dsr", 1e5, "dsr_per_100000"),
        ("rate_dsr", "dsr", 100, "dsr_per_100"),
        ("rate_crude_per_100000", "crude", 1e5, "crude_per_100000"),
        ("rate_crude_per_100", "crude", 100, "crude_per_100"),
    ]:
        for subset, suffix in ((rates, "with_0"), (rates[rates["count"] != 0], "without_0")):
            out = ind.funnel_significance(
                subset, "count", "pop", "rate", rate=rate, rate_type=rate_type, multiplier=multiplier
            )
            assert out["significance"].astype(str).tolist() == subset[f"{expected}_{suffix}"].tolist(), (rate, suffix)
            assert len(out["significance"].cat.categories) == 6


def test_package_funnel_points() -> None:
    data = funnel_rate_input()
    path = PACKAGE / "testdata_funnel_rate_input_funnels.csv"
    biggest = data["ev"] == data["ev"].max()
    five = data.assign(ev=np.where(biggest, 5, data["ev"]))
    out = ind.funnel_points(five[["ev", "rate"]], "ev", "rate", rate_type="dsr", years_of_data=3, multiplier=1e5)
    assert list(out.columns) == ["ev", "rate", "rate_chart", "denominator_derived"]
    assert_printed(out["rate_chart"], path, "rate_chart")
    assert_printed(out["denominator_derived"], path, "denominator_derived")
    out = ind.funnel_points(data[["ev", "rate"]], "ev", "rate", rate_type="crude", years_of_data=3, multiplier=1e5)
    assert_printed(out["denominator_derived"], path, "denominator_derived_crude")
    zero = data.assign(ev=np.where(biggest, 0, data["ev"]))
    out = ind.funnel_points(zero, "ev", "rate", "pop", rate_type="crude", years_of_data=5, multiplier=1e5)
    assert_printed(out["rate_chart"], path, "rate_chart_crude_with_denom")
    assert_printed(out["denominator_derived"], path, "denominator_derived_crude_with_denom")


def test_funnel_groups_are_one_call_and_independent() -> None:
    a = read(GENERATED / "funnel_proportion_input.csv").assign(region="A")
    b = prop_inputs()[["numerator", "denominator"]].assign(region="B")
    both = pd.concat([b, a], ignore_index=True)
    out = ind.funnel_limits(both, "numerator", "denominator", "proportion", 100, by="region")
    assert out["region"].tolist() == ["A"] * 100 + ["B"] * 100
    alone = ind.funnel_limits(a, "numerator", "denominator", "proportion", 100)
    np.testing.assert_array_equal(out["upper_3s_limit"].to_numpy()[:100], alone["upper_3s_limit"].to_numpy())
    sig = ind.funnel_significance(both, "numerator", "denominator", "proportion", by="region")
    sig_a = ind.funnel_significance(a, "numerator", "denominator", "proportion")
    assert sig["significance"].iloc[len(b):].tolist() == sig_a["significance"].tolist()
    assert sig.index.equals(both.index)


def test_funnel_errors_name_row_and_column() -> None:
    data = pd.DataFrame({"cases": [3.0, 40.0, 5.0], "people": [10.0, 20.0, 30.0]}, index=["x", "y", "z"])
    with pytest.raises(InputError, match=r"row 'y': field 'cases'") as caught:
        ind.funnel_limits(data, "cases", "people", "proportion", 100)
    assert caught.value.field == "cases"
    with pytest.raises(InputError, match="statistic must be provided"):
        ind.funnel_limits(data, "cases", "people")
    with pytest.raises(InputError, match="required for rates"):
        ind.funnel_limits(data, "cases", statistic="rate", multiplier=1e5)
    grouped = pd.DataFrame({"g": ["b", "a", "a"], "cases": [1.0, 2.0, -1.0], "people": [5.0, 5.0, 5.0]})
    with pytest.raises(InputError, match=r"row 2: field 'cases'"):
        ind.funnel_significance(grouped, "cases", "people", "ratio", by="g")


# --- Quantiles --------------------------------------------------------------------------------------


def quantile_data() -> pd.DataFrame:
    data = read(PACKAGE / "testdata_Quantiles__testdata_Quantiles.csv", keep_default_na=False, na_values=[""])
    data = data[data["Test"].str.startswith("Good")].copy()
    data["invert"] = data["Polarity"].map(
        {"RAG - High is good": False, "RAG - Low is good": True, "TRUE": True, "FALSE": False}
    )
    return data


@pytest.mark.parametrize(
    ("subset", "by", "invert", "nquantiles"),
    [
        ("GroupSet == 'IndSexReg'", ["IndSexRef", "ParentCode"], "invert", 10),
        ("GroupSet == 'IndSexReg' and IndSexRef == '90366Female'", ["IndSexRef", "ParentCode"], False, 10),
        ("GroupSet == 'IndSex'", "IndSexRef", "invert", 7),
        ("GroupSet == 'None'", None, True, 4),
        ("GroupSet == 'None'", "GroupSet", True, 4),
    ],
)
def test_package_quantiles(subset: str, by: str | list[str] | None, invert: bool | str, nquantiles: int) -> None:
    data = quantile_data().query(subset)
    with warnings.catch_warnings():  # as the package's test, which wraps these in suppressWarnings
        warnings.simplefilter("ignore")
        out = ind.quantile(data, "Value", by=by, nquantiles=nquantiles, invert=invert)
    assert_matches(out["quantile"], data["QuantileInGrp"], subset)
    assert out.index.equals(data.index)
    assert set(out["nquantiles"]) == {nquantiles}
    assert set(out["groupvars"]) == {", ".join([by] if isinstance(by, str) else by or [])}


def test_quantile_metadata_and_errors() -> None:
    data = quantile_data().query("GroupSet == 'IndSexReg' and IndSexRef == '90366Female'")
    with pytest.warns(UserWarning):
        out = ind.quantile(data, "Value", by=["IndSexRef", "ParentCode"], invert=False)
    assert set(out["qinverted"]) == {"lowest quantile represents lowest values"}
    with pytest.raises(InputError, match="numeric"):
        ind.quantile(data, "AreaName")
    with pytest.raises(InputError, match="same logical value"):
        ind.quantile(quantile_data().query("GroupSet == 'IndSexReg'"), "Value", invert="invert")
    with pytest.raises(InputError, match="inverttype"):
        ind.quantile(data, "Value", inverttype="vector")


# --- SII --------------------------------------------------------------------------------------------

SII_LIMITS_1 = ["sii_lowercl_1", "sii_uppercl_1", "rii_lowercl_1", "rii_uppercl_1"]
SII_CASES = [
    # (rows as testSII.R, value_type, source, confidence, multiplier, transform, expected rows, reference columns)
    ((1, 20), 0, "se", 95, 1, False, (1, 11), SII_LIMITS_1),
    ((1, 20), 0, "cl", 95, 1, False, (246, 256), [*SII_LIMITS_1, "Intercept"]),
    ((21, 40), 0, "cl", 0.99, 1, False, (21, 31), SII_LIMITS_1),
    ((226, 245), 0, "se", [95, 99], 1, False, (226, 236), [*SII_LIMITS_1, "sii_lowercl_2", "sii_uppercl_2", "rii_lowercl_2", "rii_uppercl_2"]),
    ((61, 70), 0, "se", 95, 1, False, (61, 66), []),
    ((71, 90), 1, "cl", 95, 1, False, (266, 276), [*SII_LIMITS_1, "Intercept"]),
    ((306, 325), 1, "cl", 95, 1, True, (306, 316), [*SII_LIMITS_1, "Intercept"]),
    ((386, 405), 1, "cl", 95, -1, True, (386, 396), [*SII_LIMITS_1, "Intercept"]),
    ((366, 385), 1, "cl", [95, 98], 1, True, (366, 376), [*SII_LIMITS_1, "sii_lowercl_2", "sii_uppercl_2", "rii_lowercl_2", "rii_uppercl_2", "Intercept"]),
    ((91, 110), 2, "x", 95, 1, False, (91, 101), SII_LIMITS_1),
    ((111, 130), 2, "cl", 95, 100, False, (111, 121), SII_LIMITS_1),
    ((131, 150), 2, "cl", 95, -100, False, (131, 141), SII_LIMITS_1),
    ((346, 365), 2, "cl", 95, -1, True, (346, 356), [*SII_LIMITS_1, "Intercept"]),
    ((486, 505), 2, "cl", [95, 98], 1, True, (486, 496), [*SII_LIMITS_1, "sii_lowercl_2", "sii_uppercl_2", "rii_lowercl_2", "rii_uppercl_2"]),
]


def ours_for(reference: str, levels: list[str]) -> str:
    """The package's column name for a reference column (sii_lowercl_2 -> sii_lower99_0cl)."""
    if reference == "Intercept":
        return "intercept"
    match = re.fullmatch(r"(sii|rii)_(lower|upper)cl_(\d)", reference)
    assert match
    return f"{match.group(1)}_{match.group(2)}{levels[int(match.group(3)) - 1]}cl"


@pytest.mark.parametrize("case", SII_CASES, ids=[f"rows {c[0][0]}-{c[0][1]}" for c in SII_CASES])
def test_package_sii(case: tuple[Any, ...]) -> None:
    (first, last), value_type, source, confidence, multiplier, transform, expected_rows, columns = case
    sheet = read(PACKAGE / "testdata_SII__testdata_SII.csv")
    data = sheet.iloc[first - 1 : last]
    use_cl = source != "se"
    out = ind.sii(
        data, "Quantile", "Population", x="Count" if source == "x" else None,
        value=None if source == "x" else "Value", value_type=value_type, transform=transform,
        lower_cl="LowerCL" if use_cl else None, upper_cl="UpperCL" if use_cl else None,
        se=None if use_cl else "StandardError", multiplier=multiplier, confidence=confidence, rii=True,
        intercept=True, by=["Area", "Grouping1", "Grouping2"],
    )
    ref = sheet.iloc[[r - 1 for r in expected_rows]].reset_index(drop=True)
    assert out["Area"].tolist() == ref["Area"].tolist()
    assert_matches(out["sii"], ref["sii"], "sii")
    if columns:
        assert_matches(out["rii"], ref["rii"], "rii")
    levels = [c.split("sii_lower")[1][:-2] for c in out.columns if c.startswith("sii_lower")]
    for column in columns:
        ours = out[ours_for(column, levels)].to_numpy()
        if column == "Intercept":
            assert_matches(pd.Series(ours), ref[column], column)
        else:
            np.testing.assert_allclose(ours, ref[column].to_numpy(), rtol=0.05, err_msg=column)


def run_sii(data: pd.DataFrame, seed: int | None = None, rii: bool = True, type: str = "full") -> pd.DataFrame:
    return ind.sii(
        data, "Quantile", "Population", value="Value", se="StandardError", by="Area", repetitions=2000, rii=rii,
        seed=seed, type=type,
    )


def test_sii_columns_seed_and_warnings() -> None:
    sheet = read(PACKAGE / "testdata_SII__testdata_SII.csv")
    data = sheet.iloc[0:20]
    out = run_sii(data)
    assert list(out.columns) == [
        "Area", "sii", "rii", "sii_lower95_0cl", "sii_upper95_0cl", "rii_lower95_0cl", "rii_upper95_0cl",
        "indicator_type", "multiplier", "transform", "CI_confidence", "CI_method",
    ]
    pd.testing.assert_frame_equal(out, run_sii(data))
    other = run_sii(data, seed=99)
    assert not np.array_equal(out["sii_lower95_0cl"], other["sii_lower95_0cl"])
    with pytest.warns(UserWarning, match="records have been removed"):
        dropped = run_sii(data.drop(index=15), rii=False, type="standard")
    assert dropped["Area"].tolist() == ["area1"]
    assert list(dropped.columns) == ["Area", "sii", "sii_lower95_0cl", "sii_upper95_0cl"]
    with pytest.raises(InputError, match="requires value field"):
        ind.sii(data, "Quantile", "Population", se="StandardError")
    with pytest.raises(InputError, match=r"row 2: field 'Population'"):
        run_sii(data.assign(Population=np.where(np.arange(20) == 2, -1, data["Population"])))
    shuffled = data.assign(Quantile=np.where(np.arange(20) == 19, 1, data["Quantile"])).iloc[::-1]
    with pytest.raises(InputError, match=r"group \(area2\): field 'Quantile'.*\(row 19 and row 10\)"):
        run_sii(shuffled)


# --- Trend markers ----------------------------------------------------------------------------------


def trend_sheet(name: str) -> pd.DataFrame:
    return read(PACKAGE / f"testdata_trend_markers__{name}.csv")


def check_trend(out: pd.DataFrame, ref: pd.DataFrame) -> None:
    assert out["recent_trend"].fillna("").tolist() == ref["recent_trend"].fillna("").tolist()
    assert out["recent_trend_reason"].fillna("").tolist() == ref["recent_trend_reason"].fillna("").tolist()
    keys = ref["Ethnicity"] if "Ethnicity" in ref else pd.Series(0, index=ref.index)
    years = ref.groupby(keys)["Year"].transform(lambda y: y.sort_values().iloc[-1] - y.sort_values().iloc[-5:].iloc[0])
    consecutive = (years == 4).to_numpy()  # the workbook's own figures for a gapped series count the points 1..5
    for ours, theirs in (("recent_trend_chi_squared", "Significance"), ("recent_trend_gradient", "Gradient")):
        expected = ref[theirs].to_numpy(dtype=np.float64)
        keep = ~np.isnan(expected) & consecutive
        np.testing.assert_allclose(out[ours].to_numpy()[keep], expected[keep], atol=0.5e-4 + 1e-12, err_msg=ours)


def test_package_trends_proportions() -> None:
    ref = trend_sheet("testdata_prop_trends")
    check_trend(ind.trend(ref.iloc[:, :4], None, "Year", x="Count", n="denominator"), ref)
    grouped = trend_sheet("testdata_prop_grouped")
    # The sheet has 122 events of 95.3 people in two groups, each already "Cannot be calculated" for
    # a missing value: such rows are refused, and with their counts missing the verdicts are the package's.
    impossible = grouped["Count"] > grouped["denominator"]
    assert impossible.sum() == 2
    with pytest.raises(InputError, match="greater than the denominator") as caught:
        ind.trend(grouped.iloc[:, :5], None, "Year", x="Count", n="denominator", by="Ethnicity")
    assert caught.value.record == f"row {int(np.flatnonzero(impossible)[0])}"
    grouped.loc[impossible, "Count"] = np.nan
    check_trend(ind.trend(grouped.iloc[:, :5], None, "Year", x="Count", n="denominator", by="Ethnicity"), grouped)
    derived = ind.trend(ref.iloc[:, :4], "Value", "Year", x="Count")  # denominator from value, as the package
    assert derived["recent_trend"].iloc[-1] == "Decreasing"


@pytest.mark.parametrize("sheet", ["testdata_other_trends", "testdata_other_6", "testdata_other_grouped"])
def test_package_trends_other(sheet: str) -> None:
    ref = trend_sheet(sheet)
    by = "Ethnicity" if "Ethnicity" in ref else None
    out = ind.trend(ref.drop(columns=list(ref.columns[-4:])), "Value", "Year", by=by, lower_cl="LL", upper_cl="UL")
    check_trend(out, ref)


def test_trend_polarity_order_and_errors() -> None:
    ref = trend_sheet("testdata_other_trends").iloc[::-1]
    out = ind.trend(ref, "Value", "Year", lower_cl="LL", upper_cl="UL", polarity="low_is_good")
    assert out.index.equals(ref.index)
    assert out.loc[4, "recent_trend"] == "Decreasing and getting better"
    assert out["recent_trend"].isna().sum() == 4
    high = ind.trend(ref, "Value", "Year", lower_cl="LL", upper_cl="UL", polarity="RAG - High is good")
    assert high.loc[4, "recent_trend"] == "Decreasing and getting worse"
    with pytest.raises(InputError, match=r"row 3: field 'Year'.*unique"):
        ind.trend(ref.assign(Year=[1, 1, 3, 4, 5]), "Value", "Year", lower_cl="LL", upper_cl="UL")
    with pytest.raises(InputError, match="numeric"):
        ind.trend(ref.assign(Year="2020"), "Value", "Year", lower_cl="LL", upper_cl="UL")
