"""DSR, ISR and life expectancy reproduce PHEindicatormethods' reference values to 1e-9 (tests/data/reference)."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.errors import InputError
from conftest import REPO

REFERENCE = REPO / "tests" / "data" / "reference"
GENERATED = REFERENCE / "generated"
WORKBOOK = REFERENCE / "pheindicatormethods-tests"
LIMITS_2 = ["lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"]
BOTH = [0.95, 0.998]


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


def workbook(sheet: str) -> pd.DataFrame:
    """A sheet of the package's test workbook; its "55-69" band label is a typo for 55-59 (the package
    matched bands by position, so never noticed), corrected here because bands are matched by label."""
    frame = pd.read_csv(WORKBOOK / f"testdata_DSR_ISR__{sheet}.csv")
    for column in ("ageband", "Age Band"):
        if column in frame.columns:
            frame[column] = frame[column].replace("55-69", "55-59")
    return frame


@pytest.mark.parametrize("stdpop", ["stdpop", None, ind.ESP2013])
def test_dsr_grid(stdpop: str | tuple[float, ...] | None) -> None:
    data = pd.read_csv(GENERATED / "dsr_input.csv")
    data["ageband"] = np.asarray(ind.ESP2013_LABELS)[data["ageband"] - 1]  # band numbers 1..19 as labels
    ref = pd.read_csv(GENERATED / "dsr.csv")
    out = ind.dsr(data, "x", "n", stdpop=stdpop, by="area", confidence=BOTH)
    assert list(out.columns) == ["area", "total_count", "total_pop", "value", *LIMITS_2, "confidence", "statistic", "method"]
    assert list(out["area"]) == list(ref["area"])
    for column in ["total_count", "total_pop", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"dsr {column}")
    suppressed = ref["value"].isna().to_numpy()
    assert suppressed.any()
    assert set(out.loc[suppressed, "statistic"]) == {"dsr NA for total count < 10"}
    assert set(out.loc[~suppressed, "statistic"]) == {"dsr per 100000"}
    assert set(out["method"]) == {"Dobson"} and set(out["confidence"]) == {"95%, 99.8%"}


@pytest.mark.parametrize(("multiplier", "first"), [(10000, 0), (100000, 4)])
def test_dsr_package_workbook(multiplier: int, first: int) -> None:
    ref = workbook("testresults_DSR").iloc[first : first + 3].reset_index(drop=True)
    out = ind.dsr(workbook("testdata_multiarea"), "count", "pop", by="area", confidence=BOTH, multiplier=multiplier)
    assert list(out["area"]) == list(ref["area"])
    for column in ["total_count", "total_pop", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"testresults_DSR x{multiplier} {column}")
    assert list(out["statistic"]) == list(ref["statistic"])
    assert list(out["method"]) == list(ref["method"])
    single = ind.dsr(workbook("testdata_multiarea"), "count", "pop", by="area", multiplier=multiplier)
    assert list(single.columns[3:6]) == ["value", "lowercl", "uppercl"]
    assert_matches(single["lowercl"], ref["lower95_0cl"], "single level lowercl")
    assert set(single["confidence"]) == {"95%"}


@pytest.mark.parametrize(("multiplier", "row"), [(10000, 3), (100000, 7)])
def test_dsr_own_standard_population_1976(multiplier: int, row: int) -> None:
    """testdata_1976: value and 95% limits only (its 99.8% limits are ten times too large in the workbook)."""
    ref = workbook("testresults_DSR").iloc[[row]].reset_index(drop=True)
    out = ind.dsr(workbook("testdata_1976"), "count", "pop", stdpop="esp1976", confidence=BOTH, multiplier=multiplier)
    for column in ["total_count", "total_pop", "value", "lower95_0cl", "upper95_0cl"]:
        assert_matches(out[column], ref[column], f"testdata_1976 {column}")
    assert_matches(out["upper99_8cl"] * 10, ref["upper99_8cl"], "testdata_1976 99.8% (workbook x10)")


def _nonindependent_long() -> pd.DataFrame:
    wide = workbook("testdata_nonindepe")
    long = wide.melt(id_vars=["area", "ageband", "pop"], value_vars=["f1", "f2", "f3", "f4"],
                     var_name="freq", value_name="persons")
    long["freq"] = long["freq"].str[1:].astype(int)
    return long.sample(frac=1.0, random_state=7)  # any row order: the layer sorts


def test_dsr_nonindependent_events() -> None:
    ref = workbook("testresults_DSR").iloc[8:12].reset_index(drop=True)
    out = ind.dsr(_nonindependent_long(), "persons", "pop", by="area", confidence=BOTH,
                  independent_events=False, eventfreq="freq", ageband="ageband")
    assert list(out["area"]) == list(ref["area"])
    for column in ["total_count", "total_pop", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"non-independent {column}")
    assert list(out["statistic"]) == list(ref["statistic"])
    assert list(out["method"]) == list(ref["method"])


def test_dsr_nonindependent_with_stdpop_column() -> None:
    long = _nonindependent_long()
    bands = sorted(long["ageband"].unique())
    long["esp"] = long["ageband"].map(dict(zip(bands, ind.ESP2013)))
    a = ind.dsr(long, "persons", "pop", stdpop="esp", by="area", independent_events=False, eventfreq="freq",
                ageband="ageband")
    b = ind.dsr(long, "persons", "pop", by="area", independent_events=False, eventfreq="freq", ageband="ageband")
    assert_matches(a["value"], b["value"], "stdpop column vs ESP2013 by band order")


@pytest.mark.parametrize(("name", "func"), [("isratio", ind.isratio), ("israte", ind.israte)])
def test_isr_grid(name: str, func: Callable[..., pd.DataFrame]) -> None:
    data = pd.read_csv(GENERATED / "isr_input.csv")
    ref = pd.read_csv(GENERATED / f"{name}.csv")
    out = func(data, "x", "n", "x_ref", "n_ref", by="area", confidence=BOTH)
    assert list(out["area"]) == list(ref["area"])
    for column in ["observed", "expected", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"{name} {column}")
    assert (out["method"] == np.where(ref["observed"] < 10, "Exact", "Byars")).all()


ISR_CASES = [(ind.israte, 100000, 0), (ind.israte, 1000, 3), (ind.isratio, 1, 6), (ind.isratio, 100, 9)]


@pytest.mark.parametrize(("func", "multiplier", "first"), ISR_CASES)
@pytest.mark.parametrize("reference", ["columns", "vector"])
def test_isr_package_workbook(
    func: Callable[..., pd.DataFrame], multiplier: int, first: int, reference: str
) -> None:
    ref = workbook("testresults_ISR").iloc[first : first + 3].reset_index(drop=True)
    data = workbook("testdata_multiarea_isr")
    refdata = workbook("refdata")
    if reference == "columns":
        x_ref: str | pd.Series = "refcount"
        n_ref: str | pd.Series = "refpop"
    else:
        keyed = refdata.set_index("Age Band")
        x_ref, n_ref = keyed["refcount"], keyed["refpop"]
    out = func(data, "count", "pop", x_ref, n_ref, by="area", confidence=BOTH, multiplier=multiplier)
    columns = ["observed", "expected", "value", *LIMITS_2]
    if func is ind.israte:
        columns.append("ref_rate")
        assert list(out.columns[:4]) == ["area", "observed", "expected", "ref_rate"]
    for column in columns:
        assert_matches(out[column], ref[column], f"testresults_ISR row {first + 1} {column}")
    assert list(out["statistic"]) == list(ref["statistic"])
    assert list(out["method"]) == list(ref["method"])
    assert list(out.columns[-3:]) == ["confidence", "statistic", "method"]


def test_isr_observed_totals_and_zero_population() -> None:
    ref = workbook("testresults_ISR")
    data = workbook("testdata_multiarea_isr").drop(columns="count")
    out = ind.isratio(data, "total_count", "pop", "refcount", "refpop", by="area", confidence=BOTH,
                      observed_totals=workbook("testdata_multiarea_lookup"))
    for column in ["observed", "expected", "value", *LIMITS_2]:
        assert_matches(out[column], ref[column].iloc[6:9].reset_index(drop=True), f"observed_totals {column}")
    refdata = workbook("refdata")
    err2 = workbook("testdata_err2")
    err2["ageband"] = np.tile(refdata["Age Band"].to_numpy(), len(err2) // len(refdata))  # rows in band order
    rate = ind.israte(err2, "count", "pop", refdata["refcount"].to_numpy(), refdata["refpop"].to_numpy(), by="area")
    ratio = ind.isratio(err2, "count", "pop", refdata["refcount"].to_numpy(), refdata["refpop"].to_numpy(),
                        by="area", multiplier=100)
    for frame, rows in ((rate, slice(12, 14)), (ratio, slice(14, 16))):
        expected = ref.iloc[rows].reset_index(drop=True)
        for ours, theirs in (("value", "value"), ("lowercl", "lower95_0cl"), ("uppercl", "upper95_0cl")):
            assert_matches(frame[ours], expected[theirs], f"err2 {theirs}")


def test_life_expectancy_grid() -> None:
    data = pd.read_csv(GENERATED / "life_expectancy_input.csv")
    ref = pd.read_csv(GENERATED / "life_expectancy.csv")
    shuffled = data.sample(frac=1.0, random_state=3)  # rows are sorted by area and start age
    with pytest.warns(UserWarning, match="total population of less than 5,000"):
        out = ind.life_expectancy(shuffled, "deaths", "pops", "startage", by="area", confidence=BOTH)
    assert list(out.columns) == ["area", "startage", "value", *LIMITS_2, "pops_used", "dths_used", "confidence",
                                 "statistic", "method"]
    assert list(out["area"]) == list(ref["area"]) and list(out["startage"]) == list(ref["startage"])
    for column in ["value", *LIMITS_2]:
        assert_matches(out[column], ref[column], f"life expectancy {column}")
    assert out["statistic"].iloc[2] == "life expectancy at 5"
    assert set(out["method"]) == {"Chiang, using Silcocks et al for confidence limits"}


def test_life_expectancy_package_answers_to_four_places() -> None:
    """The package's own df1 answers (testLifeExpectancy.R), given there to 4 decimal places."""
    ages = list(ind.LIFE_TABLE_AGES)
    pops = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978,
            37039, 33288, 23306, 11936, 11936]
    deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937]
    upper = [80.45653078, 79.63503188, 75.70979983, 70.7392414, 65.79270412, 60.931436, 56.03870395, 51.17225516,
             46.30814055, 41.48168441, 36.72422219, 32.05691365, 27.47718713, 23.17729746, 18.96143352, 15.13731667,
             11.68537112, 8.786564437, 6.349527517, 6.436529314]
    df = pd.DataFrame({"startage": ages, "pops": pops, "deaths": deaths})
    out = ind.life_expectancy(df, "deaths", "pops", "startage")
    np.testing.assert_array_equal(out["uppercl"].round(4), np.round(upper, 4))
    assert out["pops_used"].iloc[0] == 787954 and out["dths_used"].iloc[0] == 9357
    # Labels such as "10 - 14" are read by their first number; le_age keeps the asked bands.
    labelled = df.assign(startage=["0", "1-4", *[f"{int(a)} - {int(a) + 4}" for a in ages[2:-1]], "90 +"])
    picked = ind.life_expectancy(labelled.iloc[::-1], "deaths", "pops", "startage", le_age=[5, 25])
    assert list(picked["startage"]) == ["5 - 9", "25 - 29"]
    assert list(picked["statistic"]) == ["life expectancy at 5 - 9", "life expectancy at 25 - 29"]
    np.testing.assert_array_equal(picked["uppercl"].round(4), np.round([upper[2], upper[6]], 4))


def test_life_expectancy_wide_intervals_withheld() -> None:
    ages = list(ind.LIFE_TABLE_AGES)
    pops = [270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323, 311, 311]
    deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1]
    df = pd.DataFrame({"area": ["Area 1"] * 20 + ["Area 2"] * 20, "startage": ages * 2, "pops": pops * 2,
                       "deaths": deaths * 2})
    df.loc[19, "deaths"] = 312
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = ind.life_expectancy(df, "deaths", "pops", "startage", by="area", confidence=BOTH)
    messages = {str(w.message) for w in caught}
    assert any("more deaths than population" in m for m in messages)
    assert any("wider than" in m or "> 20 years" in m for m in messages)
    area2 = out[out["area"] == "Area 2"]
    assert area2["value"].notna().sum() == 9 and area2["lower95_0cl"].notna().all()
    assert round(float(area2["value"].iloc[0]), 4) == round(19.22914685, 4)
    assert out.loc[out["area"] == "Area 1", "value"].isna().all()


def chiang_ii(deaths: list[float], pops: list[float], starts: list[float]) -> list[float]:
    """Life expectancy by Chiang's method II written out step by step (Chiang 1984), independently of the kernel."""
    count = len(starts)
    m = [d / p for d, p in zip(deaths, pops)]
    a = [0.1 if s == 0 else 0.5 for s in starts]
    width = [starts[i + 1] - starts[i] for i in range(count - 1)]
    q = [width[i] * m[i] / (1 + width[i] * (1 - a[i]) * m[i]) for i in range(count - 1)] + [1.0]
    survivors = [100_000.0]
    for i in range(count - 1):
        survivors.append(survivors[-1] * (1 - q[i]))
    lived = [width[i] * (survivors[i + 1] + a[i] * (survivors[i] - survivors[i + 1])) for i in range(count - 1)]
    lived.append(survivors[-1] / m[-1])
    return [sum(lived[i:]) / survivors[i] for i in range(count)]


def test_life_expectancy_with_an_85_plus_top_band() -> None:
    ages = list(ind.LIFE_TABLE_AGES)[:19]
    pops = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978,
            37039, 33288, 23306, 23872]
    deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 3873]
    labels = ["0", "1-4", *[f"{int(a)}-{int(a) + 4}" for a in ages[2:-1]], "85+"]
    frame = pd.DataFrame({"startage": labels, "pops": pops, "deaths": deaths}).iloc[::-1]
    with pytest.raises(InputError, match="band 90 is missing|not a life-table band"):
        ind.life_expectancy(frame, "deaths", "pops", "startage")
    out = ind.life_expectancy(frame, "deaths", "pops", "startage", top_age=85)
    assert list(out["startage"]) == labels
    expected = pd.Series(chiang_ii([float(d) for d in deaths], [float(p) for p in pops], [float(a) for a in ages]))
    assert_matches(out["value"], expected, "85+ life table")
    with pytest.raises(InputError, match="top_age"):
        ind.life_expectancy(frame, "deaths", "pops", "startage", top_age=80)
