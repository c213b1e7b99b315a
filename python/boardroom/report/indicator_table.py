"""Indicator tables in the style of the seed's "Table 1": areas by period, cells coloured by
comparison with England in the Fingertips palette, the category also in words, and changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["IndicatorTable", "LEGEND"]

#: The categories a table may show, in legend order, with their Fingertips colours.
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("Better", "#92d050", "significantly better than England"),
    ("Similar", "#ffc000", "not significantly different from England"),
    ("Worse", "#c00000", "significantly worse than England"),
    ("Not compared", "#ffffff", "cells left plain: the data given allow no comparison"),
)


@dataclass
class IndicatorTable:
    """One indicator for several areas over several periods, ready for a board pack.

    ``values`` is indexed by area with one column per period; ``comparisons`` has the same
    shape and holds category words ("Worse", "Similar", ... or empty for not compared);
    ``bases`` says for each compared cell how the comparison was made ("stated in the paper",
    "computed"); with ``list_bases=False`` the notes say it once for every cell. ``changes`` holds extra columns (percentage changes) with their headings.
    """

    kind: ClassVar[str] = "table"
    title: str
    unit: str
    source: str
    values: pd.DataFrame
    comparisons: pd.DataFrame
    bases: pd.DataFrame
    changes: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    decimals: int = 1
    benchmark_area: str = "England"
    #: List each compared cell's basis under the table (off when one note says it for all).
    list_bases: bool = True

    def cells(self) -> list[dict[str, object]]:
        """Rows for the template: area, then per period value text, category, colour and basis."""
        import math

        colours = {label: colour for label, colour, _ in LEGEND}
        values = self.values.to_numpy(dtype=float)
        categories = self.comparisons.to_numpy(dtype=str)
        bases = self.bases.to_numpy(dtype=str)
        changes = self.changes.to_numpy(dtype=float)
        rows: list[dict[str, object]] = []
        for i, area in enumerate(str(a) for a in self.values.index):
            cells = [
                {
                    "text": "" if math.isnan(value) else f"{value:.{self.decimals}f}",
                    "category": category,
                    "colour": colours.get(category, ""),
                    "dark": category == "Worse",
                    "basis": basis,
                }
                for value, category, basis in zip(values[i], categories[i], bases[i])
            ]
            change_text = ["" if math.isnan(v) else "0%" if v == 0 else f"{v:+.0f}%" for v in changes[i]]
            rows.append({"area": area, "cells": cells, "changes": change_text, "benchmark": area == self.benchmark_area})
        return rows
