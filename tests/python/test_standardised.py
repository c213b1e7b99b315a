"""Behaviour of DSR, ISR, life expectancy and the spine chart: properties, errors, output shape."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind
from boardroom import errors

AGES = list(ind.LIFE_TABLE_AGES)
POPS = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978,
        37039, 33288, 23306, 11936, 11936]
DEATHS = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937]


def bands(size: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(min_value=1, max_value=10**6), min_size=size, max_size=size)


@st.composite
def uniform_rate_areas(draw: st.DrawFn) -> tuple[pd.DataFrame, float]:
    """19 bands whose counts are all the same rate of their populations (non-integer counts allowed)."""
    pops = draw(bands(19))
    rate = draw(st.floats(min_value=1e-4, max_value=0.5))
    return pd.DataFrame({"ageband": ind.ESP2013_LABELS, "x": [rate * p for p in pops], "n": pops}), rate


@settings(max_examples=200, deadline=None)
@given(uniform_rate_areas(), st.lists(st.integers(min_value=0, max_value=10**4), min_size=19, max_size=19))
def test_dsr_of_a_uniform_rate_is_the_crude_rate(area: tuple[pd.DataFrame, float], weights: list[int]) -> None:
    data, rate = area
    if sum(weights) == 0:
        weights[0] = 1
    out = ind.dsr(data, "x", "n", stdpop=weights, confidence=[0.95, 0.998], multiplier=1)
    if data["x"].sum() < 10:
        assert np.isnan(out["value"].iloc[0])
        return
    assert out["value"].iloc[0] == pytest.approx(rate, rel=1e-12)
    crude = ind.rate(data[["x", "n"]].sum().to_frame().T, "x", "n", multiplier=1)["value"].iloc[0]
    assert out["value"].iloc[0] == pytest.approx(crude, rel=1e-12)
    row = out.iloc[0]
    assert row["lower99_8cl"] <= row["lower95_0cl"] <= row["value"] <= row["upper95_0cl"] <= row["upper99_8cl"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=500), min_size=19, max_size=19), st.data())
def test_dsr_interval_contains_value(x: list[int], data: st.DataObject) -> None:
    frame = pd.DataFrame({"ageband": ind.ESP2013_LABELS, "x": x, "n": data.draw(bands(19))})
    row = ind.dsr(frame, "x", "n").iloc[0]
    if sum(x) < 10:
        assert np.isnan(row["value"]) and row["statistic"] == "dsr NA for total count < 10"
    else:
        assert row["lowercl"] <= row["value"] <= row["uppercl"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=300), min_size=5, max_size=5), st.data())
def test_isr_of_reference_rates_is_one(x_ref: list[int], data: st.DataObject) -> None:
    """An area with the reference population's own rates has ratio 1 and the reference crude rate."""
    n_ref = data.draw(bands(5))
    scale = data.draw(st.integers(min_value=1, max_value=50))
    frame = pd.DataFrame({"x": [v * scale for v in x_ref], "n": [v * scale for v in n_ref], "x_ref": x_ref,
                          "n_ref": n_ref})
    ratio = ind.isratio(frame, "x", "n", "x_ref", "n_ref").iloc[0]
    rate = ind.israte(frame, "x", "n", "x_ref", "n_ref").iloc[0]
    if sum(x_ref) == 0:
        return
    assert ratio["value"] == pytest.approx(1.0, rel=1e-12)
    assert rate["value"] == pytest.approx(sum(x_ref) / sum(n_ref) * 1e5, rel=1e-12)
    assert ratio["lowercl"] <= 1.0 + 1e-12 and ratio["uppercl"] >= 1.0 - 1e-12
    assert ratio["method"] == ("Exact" if ratio["observed"] < 10 else "Byars")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(min_value=0.0005, max_value=0.3), min_size=20, max_size=20),
       st.lists(st.integers(min_value=300, max_value=10**6), min_size=20, max_size=20))
def test_life_expectancy_brackets_value_and_withholds_wide_intervals(mortality: list[float], pops: list[int]) -> None:
    deaths = [max(1.0, round(m * p)) for m, p in zip(mortality, pops)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # wide intervals are announced; here they are checked
        out = ind.life_expectancy(pd.DataFrame({"age": AGES, "d": deaths, "p": pops}), "d", "p", "age")
    shown = out[out["value"].notna()]
    assert (shown["lowercl"] <= shown["value"]).all() and (shown["value"] <= shown["uppercl"]).all()
    # Withheld values are exactly those whose 95% interval is wider than 20 years.
    width = out["uppercl"] - out["lowercl"]
    assert (out["value"].isna() == (width > 20)).all() or np.isclose(width, 20).any()


def test_several_by_columns_one_row_per_group_in_key_order() -> None:
    rows = []
    for sex in ("Male", "Female"):
        for year in (2021, 2020):
            for band in range(19):
                rows.append({"sex": sex, "year": year, "ageband": ind.ESP2013_LABELS[band], "x": 10 + band,
                             "n": 1000 + 10 * band})
    out = ind.dsr(pd.DataFrame(rows), "x", "n", by=["sex", "year"])
    assert out[["sex", "year"]].values.tolist() == [["Female", 2020], ["Female", 2021], ["Male", 2020], ["Male", 2021]]
    assert out["value"].nunique() == 1


def test_dsr_errors_name_row_group_and_field() -> None:
    data = pd.DataFrame({"area": ["A"] * 19 + ["B"] * 18, "ageband": [*ind.ESP2013_LABELS, *ind.ESP2013_LABELS[1:]],
                         "deaths": 5.0, "pop": 100.0}, index=[f"r{i}" for i in range(37)])
    with pytest.raises(errors.InputError) as info:
        ind.dsr(data, "deaths", "pop", by="area")
    assert info.value.field == "ageband" and info.value.record == "group 2 (area='B')"
    assert "age band 0-4 of the standard population is missing" in str(info.value)
    data = pd.DataFrame({"area": ["A"] * 19 + ["B"] * 19, "ageband": ind.ESP2013_LABELS * 2, "deaths": 5.0,
                         "pop": 100.0}, index=[f"r{i}" for i in range(38)])
    data.loc["r20", "pop"] = 0.0
    with pytest.raises(errors.InputError) as info:
        ind.dsr(data, "deaths", "pop", stdpop=[1.0] * 19, by="area")
    assert info.value.field == "pop" and info.value.record == "row 'r20'"
    with pytest.raises(errors.InputError, match="eventfreq"):
        ind.dsr(data, "deaths", "pop", independent_events=False)


def test_nonindependent_band_disagreement_is_an_error() -> None:
    data = pd.DataFrame({"band": ["0-4", "0-4", "5-9"], "people": [3, 2, 4], "freq": [1, 2, 1],
                         "pop": [100.0, 101.0, 100.0]})
    with pytest.raises(errors.InputError) as info:
        ind.dsr(data, "people", "pop", stdpop=[1.0, 2.0], independent_events=False, eventfreq="freq",
                ageband="band")
    assert info.value.field == "pop"


def test_isr_errors_and_layouts() -> None:
    data = pd.DataFrame({"area": ["A", "A", "B"], "ageband": ["0-4", "5-9", "0-4"], "x": [1, 2, 3],
                         "n": [10, 10, 10]})
    with pytest.raises(errors.InputError) as info:
        ind.isratio(data, "x", "n", [1, 1], [10, 10], by="area")
    assert info.value.record == "group 2 (area='B')" and info.value.field == "ageband"
    with pytest.raises(errors.InputError, match="both be column names"):
        ind.isratio(data, "x", "n", "x", [10, 10], by="area")
    data["bad"] = [1.0, -1.0, 1.0]
    with pytest.raises(errors.InputError) as info:
        ind.israte(data.iloc[:2], "x", "bad", {"0-4": 1, "5-9": 1}, {"0-4": 10, "5-9": 10})
    assert info.value.field == "bad"


def test_life_expectancy_bands_missing_or_duplicated_name_the_group() -> None:
    good = pd.DataFrame({"area": "A", "age": AGES, "d": DEATHS, "p": POPS})
    missing = good.iloc[:-1].assign(area="B")
    with pytest.raises(errors.InputError) as info:
        ind.life_expectancy(pd.concat([good, missing]), "d", "p", "age", by="area")
    assert info.value.field == "age" and info.value.record == "group 2 (area='B')"
    assert "90 is missing" in str(info.value)
    duplicated = good.assign(age=[*AGES[:5], 15, *AGES[6:]])
    with pytest.raises(errors.InputError, match="duplicated"):
        ind.life_expectancy(duplicated, "d", "p", "age")


def test_life_expectancy_suppressions_warn_as_the_package() -> None:
    frames = [pd.DataFrame({"area": name, "age": AGES, "d": d, "p": p}) for name, d, p in [
        ("good", DEATHS, POPS),
        ("negative deaths", [*DEATHS[:2], -2, *DEATHS[3:]], POPS),
        ("zero pop", DEATHS, [*POPS[:5], 0, *POPS[6:]]),
        ("low pops", [80] * 20, [100] * 20),
    ]]
    with pytest.warns(UserWarning) as caught:
        out = ind.life_expectancy(pd.concat(frames), "d", "p", "age", by="area", confidence=[95, 99.8])
    messages = " ".join(str(w.message) for w in caught)
    assert "negative deaths" in messages and "zero or less population" in messages and "5,000" in messages
    assert out.groupby("area")["value"].count().to_dict() == {"good": 20, "low pops": 0, "negative deaths": 0,
                                                              "zero pop": 0}
    assert "lower99_8cl" in out.columns and set(out["confidence"]) == {"95%, 99.8%"}


def spine_data() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    rows = []
    for name, centre in (("Infant mortality", 4.0), ("Smoking prevalence", 14.0), ("Life expectancy", 79.0)):
        for k in range(30):
            rows.append({"indicator": name, "area": f"LA{k:02d}", "value": centre + rng.normal(0, 1)})
        rows.append({"indicator": name, "area": "England", "value": centre})
    frame = pd.DataFrame(rows)
    frame["comparison"] = np.where(frame["value"] > frame.groupby("indicator")["value"].transform("median"), "Worse",
                                   "Better")
    return frame


def test_spine_chart_draws_one_row_per_indicator() -> None:
    pytest.importorskip("matplotlib")
    polarity = {"Infant mortality": "low_is_good", "Smoking prevalence": "low_is_good",
                "Life expectancy": "high_is_good"}
    figure = ind.plot_spine(spine_data(), "LA03", polarity=polarity)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Life expectancy", "Smoking prevalence",
                                                            "Infant mortality"]
    box = ax.get_legend()
    assert box is not None
    legend = [t.get_text() for t in box.get_texts()]
    assert "England value" in legend and any(t.startswith("LA03: ") for t in legend)
    assert "LA03 compared with England" in ax.get_title()


def test_spine_chart_needs_the_benchmark() -> None:
    pytest.importorskip("matplotlib")
    data = spine_data()
    with pytest.raises(errors.InputError, match="no England value"):
        ind.plot_spine(data[data["area"] != "England"], "LA03")
    with pytest.raises(errors.InputError, match="unknown polarity"):
        ind.plot_spine(data, "LA03", polarity="sideways")


@pytest.mark.parametrize("key", ["int", "str", "float"])
def test_grouping_does_not_depend_on_row_order(key: str) -> None:
    """Sorted input takes the run-length path, shuffled input the hashing path: same groups."""
    rng = np.random.default_rng(7)
    areas = 40
    names = {"int": np.arange(areas) * 3, "str": [f"E{i:08d}" for i in range(areas)],
             "float": np.arange(areas) / 4}[key]
    frame = pd.DataFrame({
        "area": np.repeat(np.asarray(names), 19),
        "ageband": ind.ESP2013_LABELS * areas,
        "x": rng.poisson(30, areas * 19).astype(float),
        "n": rng.integers(1_000, 9_000, areas * 19).astype(float),
    })
    in_order = ind.dsr(frame, "x", "n", by="area")
    # Shuffle whole areas (bands stay in order within each area, as the ESP layout needs).
    shuffled_areas = rng.permutation(areas)
    shuffled = pd.concat([frame.iloc[a * 19:(a + 1) * 19] for a in shuffled_areas], ignore_index=True)
    out_of_order = ind.dsr(shuffled, "x", "n", by="area")
    pd.testing.assert_frame_equal(in_order, out_of_order)
    assert list(in_order["area"]) == sorted(in_order["area"])
    assert in_order["area"].dtype == frame["area"].dtype
