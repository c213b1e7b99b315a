"""Indicator statistics, computed the way England's public-health tools compute them.

DataFrame in, DataFrame out, with the argument names and output columns of the R package
PHEindicatormethods (``x``, ``n``, ``confidence``, ``multiplier``; ``value``, ``lowercl``,
``uppercl`` for one confidence level, ``lower95_0cl`` ... ``upper99_8cl`` for several, then
``confidence``, ``statistic`` and ``method``). Each function is one call into the compiled
kernels in :mod:`boardroom._core.indicators`, which release the GIL; the array functions in
:mod:`boardroom.indicators.arrays` are the same kernels for numpy users.

Sources are named in each function: Wilson (1927) and Newcombe & Altman (2000) for proportions,
Clopper & Pearson (1934), Armitage & Berry (2002) and Breslow & Day (1987, Byar's method) for
rates, Student's t for means; the Fingertips comparison rules of OHID's public-health profiles.
"""

from __future__ import annotations

from ._frames import (
    compare,
    composite_rank,
    mean,
    percent_change,
    pooled,
    proportion,
    rate,
)
from ._audit import audit_disclosure
from ._suppress import SuppressedTable, check_disclosure, suppress
from ._standardised import (
    ESP2013,
    ESP2013_20,
    ESP2013_20_LABELS,
    ESP2013_LABELS,
    LIFE_TABLE_AGES,
    dsr,
    israte,
    isratio,
    life_expectancy,
    plot_spine,
)
from ._mortality import cmf, years_of_life_lost
from ._overdispersion import funnel_overdispersion
from ._trend import trend
from ._plots import plot_funnel, plot_trend
from ._variation import funnel_limits, funnel_points, funnel_significance, quantile, sii
from .arrays import CATEGORY_COLOURS, CATEGORY_LABELS

__all__ = [
    "CATEGORY_COLOURS",
    "CATEGORY_LABELS",
    "SuppressedTable",
    "audit_disclosure",
    "check_disclosure",
    "compare",
    "composite_rank",
    "mean",
    "percent_change",
    "pooled",
    "proportion",
    "rate",
    "suppress",
    "ESP2013",
    "ESP2013_20",
    "ESP2013_20_LABELS",
    "ESP2013_LABELS",
    "LIFE_TABLE_AGES",
    "dsr",
    "israte",
    "isratio",
    "life_expectancy",
    "plot_spine",
    "funnel_limits",
    "funnel_overdispersion",
    "cmf",
    "years_of_life_lost",
    "funnel_points",
    "funnel_significance",
    "plot_funnel",
    "plot_trend",
    "quantile",
    "sii",
    "trend",
]
