"""Age bands are keys: standard and reference populations are matched by band, and no row order changes a result."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind
from boardroom import errors
from boardroom.indicators._bands import Band, parse_band

LABELS = list(ind.ESP2013_LABELS)


def areas_frame(seed: int, areas: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = len(LABELS) * areas
    return pd.DataFrame({
        "area": np.repeat([f"A{k}" for k in range(areas)], len(LABELS)),
        "ageband": LABELS * areas,
        "x": rng.poisson(20, rows).astype(float),
        "n": rng.integers(1_000, 90_000, rows).astype(float),
        "x_ref": rng.poisson(400, rows).astype(float),
        "n_ref": rng.integers(100_000, 900_000, rows).astype(float),
    })


def by_hand(frame: pd.DataFrame) -> pd.Series:
    """The DSR of each area per 100,000 from ESP 2013 looked up by label, summed in plain Python."""
    esp = dict(zip(LABELS, ind.ESP2013))
    out: dict[str, float] = {}
    for area, x, band, n in zip(frame["area"], frame["x"].to_numpy(), frame["ageband"], frame["n"].to_numpy()):
        out[str(area)] = out.get(str(area), 0.0) + float(x) * esp[str(band)] / float(n)
    return pd.Series(out).sort_index()


def test_shuffled_and_label_sorted_rows_give_the_rates_of_the_bands() -> None:
    """The issue's probe: shuffled rows and rows sorted alphabetically by band gave other rates before."""
    frame = areas_frame(1)
    expected = ind.dsr(frame, "x", "n", by="area")
    np.testing.assert_allclose(expected["value"], by_hand(frame).to_numpy(), rtol=1e-12)
    for other in (frame.sample(frac=1.0, random_state=4), frame.sort_values(["area", "ageband"])):
        pd.testing.assert_frame_equal(ind.dsr(other, "x", "n", by="area"), expected)


@st.composite
def permutations(draw: st.DrawFn, rows: int) -> list[int]:
    return draw(st.permutations(list(range(rows))))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.data())
def test_no_permutation_changes_a_standardised_result(seed: int, data: st.DataObject) -> None:
    frame = areas_frame(seed)
    frame["esp"] = frame["ageband"].map(dict(zip(LABELS, ind.ESP2013)))
    shuffled = frame.iloc[data.draw(permutations(len(frame)))]
    keyed = dict(zip(LABELS, ind.ESP2013))
    calls: list[Callable[[pd.DataFrame], pd.DataFrame]] = [
        lambda f: ind.dsr(f, "x", "n", by="area", confidence=[0.95, 0.998]),
        lambda f: ind.dsr(f, "x", "n", stdpop="esp", by="area"),
        lambda f: ind.dsr(f, "x", "n", stdpop=keyed, by="area"),
        lambda f: ind.dsr(f, "x", "n", stdpop=ind.ESP2013, by="area"),
        lambda f: ind.isratio(f, "x", "n", "x_ref", "n_ref", by="area"),
        lambda f: ind.israte(f, "x", "n", dict(zip(LABELS, frame["x_ref"][:19])), dict(zip(LABELS, frame["n_ref"][:19])),
                             by="area"),
    ]
    for call in calls:
        pd.testing.assert_frame_equal(call(shuffled), call(frame), check_exact=True)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.data())
def test_no_permutation_changes_life_expectancy(seed: int, data: st.DataObject) -> None:
    rng = np.random.default_rng(seed)
    ages = list(ind.LIFE_TABLE_AGES) * 2
    frame = pd.DataFrame({"area": np.repeat(["A", "B"], 20), "age": ages,
                          "pops": rng.integers(20_000, 60_000, 40).astype(float)})
    frame["deaths"] = np.floor(frame["pops"] * np.tile(np.geomspace(0.0005, 0.2, 20), 2))
    shuffled = frame.iloc[data.draw(permutations(len(frame)))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = ind.life_expectancy(frame, "deaths", "pops", "age", by="area")
        b = ind.life_expectancy(shuffled, "deaths", "pops", "age", by="area")
    pd.testing.assert_frame_equal(a, b, check_exact=True)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.data())
def test_no_permutation_changes_a_nonindependent_dsr(seed: int, data: st.DataObject) -> None:
    rng = np.random.default_rng(seed)
    rows = [{"area": a, "ageband": band, "freq": f, "pop": 5_000.0 + 100 * k, "persons": float(rng.poisson(8))}
            for a in ("A", "B") for k, band in enumerate(LABELS) for f in (1, 2, 3)]
    frame = pd.DataFrame(rows)
    shuffled = frame.iloc[data.draw(permutations(len(frame)))]
    a = ind.dsr(frame, "persons", "pop", by="area", independent_events=False, eventfreq="freq", ageband="ageband")
    b = ind.dsr(shuffled, "persons", "pop", by="area", independent_events=False, eventfreq="freq",
                ageband="ageband")
    pd.testing.assert_frame_equal(a, b, check_exact=True)


def test_the_twenty_band_form_is_keyed_by_its_own_labels() -> None:
    frame = areas_frame(2, areas=1)
    split = pd.concat([frame.iloc[[0, 0]].assign(ageband=["0", "1-4"], x=[2.0, 3.0], n=[500.0, 2000.0]),
                       frame.iloc[1:]]).iloc[::-1]
    weights = dict(zip(ind.ESP2013_20_LABELS, ind.ESP2013_20))
    expected = sum(float(x) * weights[str(b)] / float(n) for x, b, n in zip(split["x"], split["ageband"], split["n"]))
    assert ind.dsr(split, "x", "n")["value"].iloc[0] == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(("change", "message"), [
    (lambda f: f.assign(ageband=f["ageband"].replace("55-59", "55-69")), "'55-69' is not a band"),
    (lambda f: f[f["ageband"] != "90+"], "age band 90+ of the standard population is missing"),
    (lambda f: f.assign(ageband=f["ageband"].replace("5-9", "0-4")), "age band 0-4 appears 2 times"),
    (lambda f: f.assign(ageband=f["ageband"].where(f["ageband"] != "5-9")), "an age band is missing"),
])
def test_bad_bands_name_the_group_and_band(change: Callable[[pd.DataFrame], pd.DataFrame], message: str) -> None:
    frame = areas_frame(3)
    bad = pd.concat([frame[frame["area"] != "A1"], change(frame[frame["area"] == "A1"])])
    with pytest.raises(errors.InputError, match=re.escape(message)) as info:
        ind.dsr(bad, "x", "n", by="area")
    assert info.value.record == "group 2 (area='A1')" and info.value.field == "ageband"


def test_without_bands_the_standard_is_refused_not_matched_by_position() -> None:
    frame = areas_frame(4).drop(columns="ageband")
    with pytest.raises(errors.InputError, match="never by row order") as info:
        ind.dsr(frame, "x", "n", by="area")
    assert info.value.field == "ageband"
    with pytest.raises(errors.InputError, match="never by row order"):
        ind.isratio(frame, "x", "n", list(range(1, 20)), [100.0] * 19, by="area")
    # A standard population in a column needs no bands.
    assert len(ind.dsr(frame.assign(esp=np.tile(ind.ESP2013, 3)), "x", "n", stdpop="esp", by="area")) == 3


def test_a_repeated_band_with_a_stdpop_column_is_an_error() -> None:
    frame = areas_frame(5, areas=1).assign(esp=list(ind.ESP2013))
    frame.loc[3, "ageband"] = "0-4"
    with pytest.raises(errors.InputError, match="'0-4' appears more than once"):
        ind.dsr(frame, "x", "n", stdpop="esp")


@pytest.mark.parametrize(("label", "band"), [
    ("0-4", Band(0, 4)), ("00-04", Band(0, 4)), ("Age 5 to 9", Band(5, 9)), ("90+", Band(90, math.inf)),
    ("90 and over", Band(90, math.inf)), ("<1", Band(0, 0)), ("1-4", Band(1, 4)), (5, Band(5, math.nan)),
    ("85 - 89 years", Band(85, 89)),
])
def test_band_labels(label: object, band: Band) -> None:
    parsed = parse_band(label)
    assert parsed is not None and parsed.start == band.start
    assert parsed.end == band.end or (math.isnan(parsed.end) and math.isnan(band.end))


@pytest.mark.parametrize("label", ["unknown", "", "9-5", None, -1])
def test_labels_that_are_no_band(label: object) -> None:
    assert parse_band(label) is None


def test_life_expectancy_labels_must_be_the_life_table_bands() -> None:
    ages = list(ind.LIFE_TABLE_AGES)
    labels = ["0", "1-4", *[f"{int(a)}-{int(a) + 4}" for a in ages[2:-1]], "90+"]
    frame = pd.DataFrame({"age": labels, "d": [10.0] * 20, "p": [10_000.0] * 20})
    with pytest.raises(errors.InputError, match="'10-19' is not a life-table band") as info:
        ind.life_expectancy(frame.assign(age=frame["age"].replace("10-14", "10-19")), "d", "p", "age")
    assert info.value.field == "age" and info.value.record == "row 3"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert len(ind.life_expectancy(frame, "d", "p", "age")) == 20
