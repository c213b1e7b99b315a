"""What the pack's indicator section shows for the bundled example, and the charts it draws.

The seed gives Table 1 (rates only) and, for Lancashire, a few counts of infant deaths: from
those come the table and a trend chart with intervals where the counts allow. The seed has no
counts by age or by district, so standardised rates, the funnel plot and the table of
suppressed counts are drawn from the bundled illustrative data, labelled as such everywhere.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Union

from .charts import CountTable, IndicatorFigure, figure_svg, have_matplotlib
from .indicator_table import IndicatorTable

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "INDICATORS_LEFT_OUT",
    "IndicatorBlock",
    "example_indicators",
    "funnel_figure",
    "indicators_left_out",
    "trend_figure",
]

#: What a pack made from a store, a JSON document or a folder of papers says in place of the
#: indicator section (and what ``boardroom pack STORE`` prints): none of these holds indicator
#: data, so the example pack's Table 1, trend and illustrative charts are not there.
INDICATORS_LEFT_OUT = (
    "Indicators left out: the store holds no indicator data (the infant mortality table and the "
    "illustrative charts are bundled with the example pack only)."
)

IndicatorBlock = Union[IndicatorTable, IndicatorFigure, CountTable]


def trend_figure(trend: pd.DataFrame, area: str, title: str, unit: str, *, polarity: str = "low_is_good",
                 source: str = "") -> IndicatorFigure:
    """A trend chart of ``trend`` (``period``, ``value``, ``lowercl``, ``uppercl``, ``england``):
    the area's values with 95% intervals, England's line, and each point's comparison in words."""
    import boardroom.indicators as ind

    figure = ind.plot_trend(trend, "value", "period", england=trend.set_index("period")["england"],
                            polarity=polarity, area_label=area)
    axes = figure.axes[0]
    axes.set_xlabel("Period")
    axes.set_ylabel(unit)
    figure.set_size_inches(8, 4)
    notes = []
    for row in trend.to_dict("records"):
        value, low, high, england = (float(row[k]) for k in ("value", "lowercl", "uppercl", "england"))
        if math.isnan(low) or math.isnan(high):
            notes.append(f"{row['period']}: {value:.1f} (England {england:.1f}); no interval, the counts are not given.")
            continue
        word = "similar to" if low <= england <= high else ("above" if low > england else "below")
        notes.append(f"{row['period']}: {value:.1f}, 95% interval {low:.2f} to {high:.2f}, "
                     f"{word} England's {england:.1f}.")
    return IndicatorFigure(title, figure_svg(figure, title), notes, source)


def funnel_figure(rates: pd.DataFrame, title: str, *, label: str = "area", source: str = "") -> IndicatorFigure:
    """A funnel plot of directly standardised rates (``total_count``, ``total_pop``, ``value`` per
    area, one year) against 95% and 99.8% control limits around their average (Spiegelhalter
    2005, as PHEindicatormethods), with each area's position in words."""
    import boardroom.indicators as ind

    arguments = dict(rate="value", rate_type="dsr", multiplier=100_000)
    figure = ind.plot_funnel(rates, "total_count", "total_pop", "rate", years_of_data=1, label=label,
                             label_level="0.025", **arguments)  # type: ignore[arg-type]
    figure.set_size_inches(8, 4.5)
    flagged = ind.funnel_significance(rates, "total_count", "total_pop", "rate", **arguments)  # type: ignore[arg-type]
    words = {
        "High (0.001)": "above the 99.8% limit", "High (0.025)": "above the 95% limit",
        "Low (0.001)": "below the 99.8% limit", "Low (0.025)": "below the 95% limit",
        "Not significant": "within the 95% limits",
    }
    notes = [f"{row[label]}: {float(row['value']):.1f} per 100,000, "
             f"{words.get(str(row['significance']), str(row['significance']))}."
             for row in flagged.to_dict("records")]
    return IndicatorFigure(title, figure_svg(figure, title), notes, source)


def indicators_left_out() -> IndicatorBlock:
    """The indicator section of a pack whose records hold no indicators: one line saying so."""
    return IndicatorFigure("Indicators", "", [INDICATORS_LEFT_OUT])


def example_indicators() -> list[IndicatorBlock]:
    """The indicator section of the bundled example pack, in order."""
    import boardroom.indicators as ind
    from boardroom.examples import (
        ILLUSTRATIVE,
        illustrative_dsr_table,
        illustrative_mortality,
        infant_mortality_table,
        infant_mortality_trend,
    )

    blocks: list[IndicatorBlock] = [infant_mortality_table()]
    charts = have_matplotlib()
    if charts:
        blocks.append(trend_figure(
            infant_mortality_trend("Lancashire"),
            "Lancashire",
            "Lancashire infant mortality, 2002-04 to 2010-12, with England",
            "per 1,000 live births",
            source="Rates as printed in Table 1; intervals from the infant deaths the paper gives "
                   "(2002-04 derived, 2004-06, 2009-11 and 2010-12 stated), exact below 10 and Byar's method from 10.",
        ))
    blocks.append(illustrative_dsr_table())
    data = illustrative_mortality()
    if charts:
        rates = ind.dsr(data[data["year"] == 2015], "deaths", "population", by="area")
        blocks.append(funnel_figure(
            rates[rates["area"] != "England"].reset_index(drop=True),
            f"{ILLUSTRATIVE}: deaths from all causes, directly standardised rates, 2015",
            source="Synthetic data bundled with boardroom (examples/illustrative-mortality).",
        ))
    young = data[(data["ageband"] == "0-4") & (data["area"] != "England") & (data["year"] >= 2013)]
    counts = young.pivot(index="area", columns="year", values="deaths")
    counts.columns = [str(c) for c in counts.columns]
    blocks.append(CountTable.from_counts(
        f"{ILLUSTRATIVE}: deaths at ages 0-4 by area, 2013-2015",
        "deaths",
        counts,
        threshold=5,
        source="Synthetic data bundled with boardroom (examples/illustrative-mortality).",
        notes=["Counts below 5 are suppressed, and further cells where the totals would otherwise show "
               "a hidden count to be below 5."],
    ))
    if not charts:
        blocks.append(IndicatorFigure("Charts", "", ["Charts need matplotlib: pip install 'boardroom[plot]'."]))
    return blocks
