"""Small-number suppression against an outsider with a linear-programming solver.

An outsider who sees a published table knows the shown counts, that the rows and columns add up
to their totals and that no count is negative. The least and greatest value of each hidden count
under those constraints (solved here with scipy's HiGHS, independently of the package) must not
both lie among the small counts.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boardroom.indicators as ind
from boardroom.errors import DisclosureError

scipy_optimize = pytest.importorskip("scipy.optimize")

Rule = dict[str, Any]
RULES: list[Rule] = [{}, {"range": (1, 5)}, {"threshold": 3, "zero_exempt": True}, {"threshold": 10}]
METHODS: list[Literal["flow", "linprog"]] = ["flow", "linprog"]


def is_small(count: float, rule: Rule) -> bool:
    if "range" in rule:
        low, high = rule["range"]
        return not (count == 0 and rule.get("zero_exempt", True)) and low <= count <= high
    return not (count == 0 and rule.get("zero_exempt", False)) and 0 <= count < rule.get("threshold", 5)


def pinned_small(lower: float, upper: float, rule: Rule) -> bool:
    """Every count from lower to upper is small: the outsider knows the count is small."""
    if math.isinf(upper):
        return False
    whole = range(math.ceil(lower - 1e-6), math.floor(upper + 1e-6) + 1)
    return all(is_small(v, rule) for v in whole)


def lp_bounds(values: np.ndarray[Any, Any], hidden: np.ndarray[Any, Any], lines: list[list[int]]) -> dict[int, tuple[float, float]]:
    """Least and greatest value of each hidden entry, by linprog: each line's entries before the
    last sum to the last; shown entries fixed; hidden ones at least 0."""
    unknown = [int(e) for e in np.flatnonzero(hidden)]
    column = {e: k for k, e in enumerate(unknown)}
    a = np.zeros((len(lines), len(unknown)))
    b = np.zeros(len(lines))
    for i, line in enumerate(lines):
        for e, sign in [(e, 1.0) for e in line[:-1]] + [(line[-1], -1.0)]:
            if e in column:
                a[i, column[e]] += sign
            else:
                b[i] -= sign * values[e]
    out = {}
    for e in unknown:
        bounds = []
        for direction in (1.0, -1.0):
            c = np.zeros(len(unknown))
            c[column[e]] = direction
            result = scipy_optimize.linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
            if result.status == 3:
                bounds.append(math.inf)
            else:
                assert result.status == 0, result.message
                bounds.append(float(result.x[column[e]]))
        out[e] = (bounds[0], bounds[1])
    return out


def table_lines(rows: int, cols: int) -> list[list[int]]:
    width = cols + 1
    lines = [[r * width + c for c in range(width)] for r in range(rows + 1)]
    return lines + [[r * width + c for r in range(rows + 1)] for c in range(width)]


def random_table(rng: np.random.Generator) -> pd.DataFrame:
    rows, cols = int(rng.integers(2, 7)), int(rng.integers(2, 9))
    share_small = rng.uniform(0.2, 0.6)
    small = rng.integers(0, 6, size=(rows, cols))
    large = rng.integers(5, 80, size=(rows, cols))
    counts = np.where(rng.random((rows, cols)) < share_small, small, large)
    return pd.DataFrame(counts, index=[f"r{i}" for i in range(rows)], columns=[f"c{j}" for j in range(cols)])


def test_one_two_fifty_with_its_total() -> None:
    out = ind.suppress(pd.Series([1, 2, 50]), total=True)
    assert list(out["suppressed"]) == ["primary", "primary", "secondary", "shown"]
    assert out["count"].isna().tolist() == [True, True, True, False]
    assert out.loc["Total", "count"] == 53
    for method in METHODS:
        audit = ind.audit_disclosure(out, method=method)
        assert list(audit["lower"]) == [0, 0, 0] and list(audit["upper"]) == [53, 53, 53]
        assert not audit["disclosed"].any()
    ind.check_disclosure(out)


def test_hidden_cells_summing_below_the_threshold_are_refused() -> None:
    published = pd.DataFrame(
        {"count": pd.array([None, None, 50, 53], dtype="Int64"), "suppressed": ["primary", "primary", "shown", "shown"]},
        index=[0, 1, 2, "Total"],
    )
    with pytest.raises(DisclosureError, match="between 0 and 3"):
        ind.check_disclosure(published)
    for method in METHODS:
        audit = ind.audit_disclosure(published, method=method)
        assert list(audit["row"]) == [0, 1]
        assert list(audit["upper"]) == [3, 3] and audit["disclosed"].all()
        assert audit["value"].isna().all()
        with pytest.raises(DisclosureError, match="^0, count: .*between 0 and 3"):
            ind.audit_disclosure(published, method=method, raise_if_disclosed=True)


def test_frames_with_other_columns_and_without_a_total() -> None:
    wards = pd.DataFrame({"ward": ["A", "B", "C", "D"], "deaths": [1, 2, 50, 9]}).set_index("ward")
    wards["area"] = "North"
    totalled = ind.suppress(wards, "deaths", total=True)
    assert list(totalled["suppressed"]) == ["primary", "primary", "shown", "secondary", "shown"]
    ind.check_disclosure(totalled, count="deaths")
    audit = ind.audit_disclosure(totalled, "deaths", raise_if_disclosed=True)
    assert list(audit["row"]) == ["A", "B", "D"] and set(audit["column"]) == {"deaths"}
    assert list(audit["upper"]) == [12, 12, 12]

    plain = ind.suppress(wards, "deaths")  # no total: hiding the small counts is enough
    ind.check_disclosure(plain, count="deaths")
    audit = ind.audit_disclosure(plain, "deaths")
    assert list(audit["row"]) == ["A", "B"] and audit["upper"].map(math.isinf).all()
    shown = plain.assign(suppressed="shown", deaths=wards["deaths"])
    with pytest.raises(DisclosureError, match="^A: the count 1 is small"):
        ind.check_disclosure(shown, count="deaths")


def test_a_table_whose_hidden_cycle_sums_below_the_threshold_is_refused() -> None:
    counts = pd.DataFrame({"a": [1, 20], "b": [2, 25], "c": [30, 40]}, index=["x", "y"])
    table = ind.suppress(counts)
    marks = table.marks.copy()
    marks.loc[:, :] = "shown"
    marks.loc["x", "a"] = marks.loc["x", "b"] = "primary"
    marks.loc["y", "a"] = marks.loc["y", "b"] = "secondary"
    leaky = ind.SuppressedTable(values=table.values, marks=marks)
    with pytest.raises(DisclosureError, match="row 1, column 1"):
        ind.check_disclosure(leaky)
    audit = ind.audit_disclosure(leaky, method="flow").set_index(["row", "column"])
    assert audit.loc[("x", "a"), "upper"] == 3 and audit.loc[("x", "a"), "disclosed"]
    assert audit.loc[("y", "b"), "lower"] == 24 and not audit.loc[("y", "b"), "disclosed"]
    # suppress itself hides more, so that 1 and 2 can each reach 5.
    ind.check_disclosure(table)
    safe = ind.audit_disclosure(table).set_index(["row", "column"])
    upper = safe["upper"]
    assert upper[("x", "a")] >= 5 and upper[("x", "b")] >= 5
    assert not safe["disclosed"].any()


def test_the_audit_works_without_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    import boardroom.indicators._audit as audit_module

    table = ind.suppress(pd.DataFrame({"a": [3, 20, 7], "b": [40, 1, 33]}))
    with_scipy = ind.audit_disclosure(table)
    monkeypatch.setattr(audit_module, "_have_scipy", lambda: False)
    pd.testing.assert_frame_equal(ind.audit_disclosure(table), with_scipy)
    assert set(with_scipy.columns) == {"row", "column", "value", "lower", "upper", "disclosed"}


def test_300_random_tables_leave_no_small_count_pinned() -> None:
    rng = np.random.default_rng(20151210)
    hidden_small = 0
    for trial in range(300):
        counts = random_table(rng)
        rule = RULES[trial % len(RULES)]
        table = ind.suppress(counts, **rule)
        values = table.values.to_numpy(dtype=float)
        marks = table.marks.to_numpy()
        rows, cols = counts.shape
        shown = marks == "shown"
        assert not any(is_small(v, rule) for v in values[shown]), f"trial {trial}: a small count is shown"

        lines = table_lines(rows, cols)
        bounds = lp_bounds(values.ravel(), ~shown.ravel(), lines)
        flow = ind.audit_disclosure(table, method="flow", **rule)
        for (e, (lower, upper)), (_, row) in zip(sorted(bounds.items()), flow.iterrows()):
            assert row["row"] == table.values.index[e // (cols + 1)]
            assert row["column"] == table.values.columns[e % (cols + 1)]
            assert row["lower"] == pytest.approx(lower, abs=1e-6), f"trial {trial}, entry {e}"
            assert row["upper"] == pytest.approx(upper, abs=1e-6), f"trial {trial}, entry {e}"
            value = values.ravel()[e]
            if is_small(value, rule):
                hidden_small += 1
                assert not pinned_small(lower, upper, rule), (
                    f"trial {trial}: hidden {value} at entry {e} is known to lie in [{lower}, {upper}]\n{table.published()}"
                )
        assert not flow["disclosed"].any()
        if trial % 10 == 0:  # the package's own linprog audit agrees with its flows
            pd.testing.assert_frame_equal(ind.audit_disclosure(table, method="linprog", **rule), flow)

    assert hidden_small > 1000  # the tables did exercise suppression


@settings(max_examples=150, deadline=None)
@given(
    cells=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=9),
    rule=st.sampled_from(RULES),
)
def test_lists_with_total_leave_no_small_count_pinned(cells: list[int], rule: Rule) -> None:
    out = ind.suppress(pd.Series(cells, name="n"), total=True, **rule)
    hidden = (out["suppressed"] != "shown").to_numpy()
    published = out["n"].to_numpy(dtype=float, na_value=np.nan)
    assert not any(is_small(v, rule) for v in published[~hidden])
    truth = np.array([*cells, sum(cells)], dtype=float)
    bounds = lp_bounds(np.where(hidden, 0.0, published), hidden, [list(range(len(truth)))])
    for e, (lower, upper) in bounds.items():
        assert lower <= truth[e] + 1e-6 and truth[e] <= upper + 1e-6
        if is_small(truth[e], rule):
            assert not pinned_small(lower, upper, rule), f"{cells}: cell {e} in [{lower}, {upper}]"
    audit = ind.audit_disclosure(out, method="flow", **rule)
    assert list(audit["lower"]) == pytest.approx([lo for lo, _ in bounds.values()], abs=1e-6)
    assert list(audit["upper"]) == pytest.approx([hi for _, hi in bounds.values()], abs=1e-6)
    ind.check_disclosure(out, **rule)


@settings(max_examples=80, deadline=None)
@given(
    shape=st.tuples(st.integers(min_value=1, max_value=4), st.integers(min_value=1, max_value=5)),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    share_hidden=st.floats(min_value=0.1, max_value=0.9),
)
def test_kernel_bounds_equal_the_lp_bounds_for_any_marks(shape: tuple[int, int], seed: int, share_hidden: float) -> None:
    # Any pattern of hidden entries, margins included: the flows give the LP's bounds, inf included.
    rng = np.random.default_rng(seed)
    rows, cols = shape
    counts = pd.DataFrame(rng.integers(0, 30, size=shape))
    table = ind.suppress(counts, range=(10**9, 10**9))  # nothing small: every entry shown
    assert (table.marks == "shown").all().all()
    marks = table.marks.mask(rng.random(table.marks.shape) < share_hidden, "secondary")
    hand = ind.SuppressedTable(values=table.values, marks=marks)
    values = hand.values.to_numpy(dtype=float).ravel()
    bounds = lp_bounds(values, (marks != "shown").to_numpy().ravel(), table_lines(rows, cols))
    audit = ind.audit_disclosure(hand, method="flow")
    assert list(audit["lower"]) == pytest.approx([lo for lo, _ in bounds.values()], abs=1e-6)
    assert list(audit["upper"]) == pytest.approx([hi for _, hi in bounds.values()], abs=1e-6)
