"""Ratings checked against the data: Green while worse and worsening, Red while better and improving."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from boardroom import plans
from boardroom.errors import InputError


def series() -> pd.DataFrame:
    rows = []
    for name, values in (("worsening", [5.0, 5.5, 6.0, 6.5, 7.0]), ("improving", [7.0, 6.5, 6.0, 5.5, 3.0]),
                         ("flat", [5.0, 5.1, 4.9, 5.0, 5.1])):
        for year, v in zip(range(2008, 2013), values):
            rows.append({"indicator": name, "period": year, "value": v, "lowercl": v - 0.2, "uppercl": v + 0.2,
                         "benchmark": 5.0})
    return pd.DataFrame(rows)


def test_contradicted_ratings_are_flagged() -> None:
    status = pd.DataFrame({"number": ["1.1", "1.2", "1.3", "1.4", "1.5"], "rag": ["G", "R", "G", "A", None]})
    links = {"1.1": "worsening", "1.2": "improving", "1.3": "flat", "1.4": "worsening"}
    out = plans.check_ratings(status, links, series(), "low_is_good")
    assert out["comparison"].tolist() == ["Worse", "Better", "Similar", "Worse", None]
    assert out["recent_trend"].iloc[0] == "Increasing and getting worse"
    assert out["recent_trend"].iloc[1] == "Decreasing and getting better"
    assert out["data_check"].tolist() == [
        "rated Green, but significantly worse than England and getting worse",
        "rated Red, but significantly better than England and getting better", None, None, None]
    # High is good: the same series no longer contradict those ratings.
    flipped = plans.check_ratings(status, links, series(), {"worsening": "high_is_good", "improving": "high_is_good",
                                                            "flat": "high_is_good"})
    assert flipped["data_check"].isna().all()


def test_unknown_links_and_columns_are_input_errors() -> None:
    status = pd.DataFrame({"number": ["1.1"], "rag": ["G"]})
    with pytest.raises(InputError, match="has no series"):
        plans.check_ratings(status, {"1.1": "nowhere"}, series(), "low_is_good")
    with pytest.raises(InputError, match="no column 'benchmark'"):
        plans.check_ratings(status, {"1.1": "flat"}, series().drop(columns="benchmark"), "low_is_good")
    with pytest.raises(InputError, match="no polarity"):
        plans.check_ratings(status, {"1.1": "flat"}, series(), {})


def test_the_dashboard_shows_the_flag_beside_the_rating() -> None:
    pytest.importorskip("matplotlib")
    from boardroom.report.plan_section import render_plan_dashboard

    plan = plans.example_plan().plan
    plans.rate(plan, "1.1", "2015-12-10", "G", rated_by="CSE Strategic Group")
    status = plans.status_as_of(plan, "2015-12-10")
    checks = plans.check_ratings(status, {"1.1": "worsening", "1.2": "flat"}, series(), "low_is_good")
    html = render_plan_dashboard(plan, "2015-12-10", checks=checks)
    assert "Ratings checked against the indicator data" in html
    assert "Check: rated Green, but significantly worse than England and getting worse" in html
    assert "Consistent with the data" in html
    assert "Ratings checked" not in render_plan_dashboard(plan, "2015-12-10")


def test_a_plan_checks_the_actions_that_name_an_indicator() -> None:
    plan = plans.example_plan().plan
    plans.rate(plan, "1.1", "2015-12-10", "G", rated_by="CSE Strategic Group")
    plans.rate(plan, "1.2", "2015-12-10", "R", rated_by="CSE Strategic Group")
    actions = list(plan.actions)
    actions[0].indicator, actions[1].indicator = "worsening", "flat"
    plan.actions = actions
    out = plans.check_ratings(plan, series(), "low_is_good")
    assert out["indicator"].tolist()[:3] == ["worsening", "flat", None]
    assert out["data_check"].iloc[0] == "rated Green, but significantly worse than England and getting worse"
    assert out["data_check"].iloc[1:].isna().all()
    # Before the ratings nothing is rated, so nothing is contradicted.
    assert plans.check_ratings(plan, series(), "low_is_good", on="2015-01-01")["data_check"].isna().all()
    # The polarity may come with the series, one per indicator.
    with_polarity = series().assign(polarity="low_is_good")
    assert plans.check_ratings(plan, with_polarity)["data_check"].iloc[0] == out["data_check"].iloc[0]
    with pytest.raises(InputError, match="give polarity="):
        plans.check_ratings(plan, series())
    # A bundle: a frame per plan that links an action, as board_pack takes them.
    from boardroom.store import BoardBundle

    bundle = BoardBundle()
    bundle.plans = [plan, plans.example_plan().plan]
    checks = plans.check_ratings(bundle, series(), "low_is_good")
    assert list(checks) == [plan.title]
    assert checks[plan.title]["data_check"].iloc[0] == out["data_check"].iloc[0]


def test_a_risk_register_checks_the_risks_that_name_an_indicator() -> None:
    from boardroom._core import plans as p

    register = p.RiskRegister()
    register.title = "Risks"
    for reference, likelihood, indicator in (("R1", 1, "worsening"), ("R2", 5, "improving"), ("R3", 2, "")):
        risk = p.Risk()
        risk.reference, risk.description, risk.inherent, risk.indicator = reference, "a risk", p.RiskScore(likelihood, 4 if likelihood == 5 else 1), indicator
        p.add_risk(register, risk)
    out = plans.check_ratings(register, series(), "low_is_good", on="2016-01-01").set_index("number")
    assert out.loc["R1", "data_check"] == "rated Green, but significantly worse than England and getting worse"
    assert out.loc["R2", "data_check"] == "rated Red, but significantly better than England and getting better"
    assert out.loc["R3", "indicator"] is None


def test_an_indicator_series_csv_is_read_with_located_errors(tmp_path: Path) -> None:
    path = tmp_path / "series.csv"
    series().assign(polarity="low_is_good").to_csv(path, index=False)
    frame = plans.read_indicator_series(path)
    assert list(frame["indicator"].unique()) == ["worsening", "improving", "flat"]
    series().to_csv(path, index=False)
    with pytest.raises(InputError, match="series.csv: no column 'polarity'"):
        plans.read_indicator_series(path)
    bad = series().assign(polarity="low_is_good")
    bad["value"] = bad["value"].astype(object)
    bad.loc[3, "value"] = "four"
    bad.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"series.csv, line 5, column value: 'four' is not a number"):
        plans.read_indicator_series(path)
