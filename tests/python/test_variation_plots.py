"""Funnel plot and trend chart: figures built headless, with the limits, outliers and England line."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom.errors import InputError
from conftest import REPO

pytest.importorskip("matplotlib")

from matplotlib.collections import PathCollection  # noqa: E402

GENERATED = REPO / "tests" / "data" / "reference" / "generated"


def test_plot_funnel_proportion_labels_outliers() -> None:
    data = pd.read_csv(GENERATED / "funnel_proportion_input.csv")
    figure = ind.plot_funnel(data, "numerator", "denominator", "proportion", 100, label="area", title="Test")
    axes = figure.axes[0]
    limits = ind.funnel_limits(data, "numerator", "denominator", "proportion", 100)
    lines = [line for line in axes.get_lines() if np.asarray(line.get_xdata()).size == 100]
    assert len(lines) == 4
    drawn = {tuple(np.round(np.asarray(line.get_ydata(), dtype=float), 9)) for line in lines}
    assert tuple(np.round(limits["upper_3s_limit"].to_numpy(), 9)) in drawn
    significance = ind.funnel_significance(data, "numerator", "denominator", "proportion")["significance"]
    outliers = set(data.loc[significance.isin(["High (0.001)", "Low (0.001)"]), "area"])
    assert {text.get_text() for text in axes.texts} == outliers
    assert axes.get_title() == "Test"


@pytest.mark.parametrize("statistic", ["ratio", "rate"])
def test_plot_funnel_ratio_and_rate(statistic: str) -> None:
    data = pd.read_csv(GENERATED / f"funnel_{statistic}_input.csv")
    if statistic == "ratio":
        figure = ind.plot_funnel(data, "numerator", "denominator", "ratio", label="area", label_level="0.025")
    else:
        figure = ind.plot_funnel(
            data, "numerator", "denominator", "rate", 1e5, rate="rate", rate_type="crude", years_of_data=3
        )
    axes = figure.axes[0]
    assert len([line for line in axes.get_lines() if np.asarray(line.get_xdata()).size == 100]) == 4
    assert sum(int(np.asarray(c.get_offsets()).shape[0]) for c in axes.collections) == len(data)


def test_plot_trend_with_england_and_colours() -> None:
    series = pd.DataFrame(
        {
            "year": [2019, 2020, 2021, 2022, 2023],
            "value": [30.6, 30.2, 28.0, 24.6, 24.67],
            "lowercl": [28.98, 28.63, 26.44, 23.15, 23.16],
            "uppercl": [32.25, 31.9, 29.64, 26.19, 26.25],
        }
    )
    england = {2019: 27.0, 2020: 27.0, 2021: 27.5, 2022: 27.0, 2023: 26.8}
    figure = ind.plot_trend(series, "value", "year", england=england, polarity="low_is_good", title="Trend")
    axes = figure.axes[0]
    england_line = [line for line in axes.get_lines() if line.get_label() == "England"]
    assert len(england_line) == 1
    np.testing.assert_allclose(np.asarray(england_line[0].get_ydata(), dtype=float), list(england.values()))
    points = axes.collections[-1]
    assert isinstance(points, PathCollection)
    colours = points.get_facecolor()
    assert len(colours) == 5
    # 2019-20 above England (worse when low is good), 2022-23 below (better): different colours.
    assert not np.allclose(colours[0], colours[4])
    with pytest.raises(InputError, match="polarity"):
        ind.plot_trend(series, "value", "year", england=england, polarity="sideways")


def test_plot_into_existing_axes() -> None:
    from matplotlib.figure import Figure

    figure = Figure()
    axes = figure.add_subplot()
    series = pd.DataFrame({"year": [1, 2, 3], "value": [1.0, 2.0, 3.0]})
    assert ind.plot_trend(series, "value", "year", lower_cl=None, upper_cl=None, ax=axes) is figure



def test_funnel_legend_speaks_to_board_members() -> None:
    data = pd.read_csv(GENERATED / "funnel_proportion_input.csv")
    figure = ind.plot_funnel(data, "numerator", "denominator", "proportion", 100)
    handles, labels = figure.axes[0].get_legend_handles_labels()
    assert not any("0.001" in label or "0.025" in label for label in labels), labels
    assert any(label.endswith("99.8% limit") for label in labels)
