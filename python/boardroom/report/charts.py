"""Charts and count tables for the pack's indicator section: matplotlib figures inlined as SVG
(text kept as text, so it can be read, searched and printed sharply), and tables of counts with
small numbers suppressed."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["CountTable", "IndicatorFigure", "figure_svg", "have_matplotlib"]


def have_matplotlib() -> bool:
    """Whether charts can be drawn (matplotlib is the optional ``plot`` extra)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def figure_svg(figure: Figure, label: str) -> str:
    """The figure as an inline ``<svg>`` element with ``role="img"`` and ``label`` as its title.

    Output is deterministic (fixed id salt, no date), and ids are prefixed with a slug of the
    label so that two charts on one page never share a clip path id.
    """
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "boardroom"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # RDF boilerplate
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:40] or "chart"
    svg = re.sub(r'id="([^"]+)"', lambda m: f'id="{slug}-{m.group(1)}"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', lambda m: f"{m.group(1)}{slug}-{m.group(2)}", svg)
    escaped = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    svg = svg.replace("<svg ", '<svg role="img" aria-label="' + escaped.replace('"', "&quot;") + '" ', 1)
    head_end = svg.index(">") + 1
    return svg[:head_end] + f"<title>{escaped}</title>" + svg[head_end:]


@dataclass
class IndicatorFigure:
    """A chart for the indicator section: title, the inline SVG and notes in words (what the
    chart shows, so that nothing depends on seeing the colours)."""

    kind: ClassVar[str] = "figure"
    title: str
    svg: str
    notes: list[str] = field(default_factory=list)
    source: str = ""


@dataclass
class CountTable:
    """Counts by area and period, published with small numbers suppressed.

    ``counts`` holds every count (areas by periods, with the row and column totals of
    :func:`boardroom.indicators.suppress`); ``marks`` says of each cell "shown", "primary" or
    "secondary" (hidden so that the totals cannot show a hidden count to be small). A public pack
    prints only the shown cells; a private one prints every count and marks the hidden ones.
    """

    kind: ClassVar[str] = "counts"
    title: str
    unit: str
    counts: pd.DataFrame
    marks: pd.DataFrame
    threshold: float = 5
    source: str = ""
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_counts(cls, title: str, unit: str, counts: pd.DataFrame, *, threshold: float = 5,
                    source: str = "", notes: list[str] | None = None) -> CountTable:
        """Suppress ``counts`` (areas by periods) with row and column totals added."""
        from ..indicators import suppress

        table = suppress(counts, threshold=threshold)
        return cls(title, unit, table.values, table.marks, threshold, source, list(notes or []))

    def rows(self, public: bool) -> list[dict[str, Any]]:
        """Rows for the template: the area, then cells with text and whether hidden.

        In a public pack a hidden cell's text is empty, and the table is checked first: a shown
        count below the threshold, or a hidden one the totals pin below it, raises
        :class:`~boardroom.errors.DisclosureError` rather than being published.
        """
        import math

        if public:
            from ..indicators import check_disclosure
            from ..indicators._suppress import SuppressedTable

            check_disclosure(SuppressedTable(self.counts, self.marks), threshold=self.threshold)

        out: list[dict[str, Any]] = []
        for area in self.counts.index:
            cells = []
            for period in self.counts.columns:
                value: Any = self.counts.at[area, period]
                hidden = str(self.marks.at[area, period]) != "shown"
                number = math.nan if _is_missing(value) else float(value)
                text = "" if (public and hidden) or math.isnan(number) else f"{number:,.0f}"
                cells.append({"text": text, "hidden": hidden})
            out.append({"area": str(area), "cells": cells, "total": str(area) == "Total"})
        return out


def _is_missing(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))
