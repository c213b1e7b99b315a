"""Board packs: one self-contained HTML file from a board's data.

A public pack is rendered from what the disclosure gate :func:`disclose` returns (Part II
records reduced to their number and Schedule 12A paragraph, contact details and data-quality
notes removed) before any section sees it, and the finished HTML is checked for contact details
(:func:`check_public`) before it is written. :mod:`boardroom.report.pack` makes the pack, top to
bottom.
"""

from __future__ import annotations

from .._core.report import disclose, disclose_register, exempt_notice, html_escape, public_view
from .._files import write_atomic
from ._templates import css_string
from .charts import CountTable, IndicatorFigure
from .governance_sections import check_public
from .indicator_section import INDICATORS_LEFT_OUT, IndicatorBlock
from .indicator_table import IndicatorTable
from .pack import PackSection, Progress, UnmarkedPart, _unmarked_part, board_pack, render_pack

__all__ = [
    "CountTable",
    "INDICATORS_LEFT_OUT",
    "IndicatorBlock",
    "IndicatorFigure",
    "IndicatorTable",
    "PackSection",
    "Progress",
    "UnmarkedPart",
    "board_pack",
    "check_public",
    "css_string",
    "disclose",
    "disclose_register",
    "exempt_notice",
    "html_escape",
    "public_view",
    "render_pack",
    "write_atomic",
]
