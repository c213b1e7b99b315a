"""A meeting's agenda as a DataFrame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.governance import Meeting

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AGENDA_COLUMNS", "agenda_frame"]

AGENDA_COLUMNS = [
    "number",
    "title",
    "purpose",
    "intended_outcome",
    "leads",
    "first_page",
    "last_page",
    "part",
    "exempt_paragraph",
    "standing",
    "urgent_reason",
]


def agenda_frame(meeting: Meeting) -> pd.DataFrame:
    """The agenda as a DataFrame, one row per item in printed order.

    ``leads`` joins several leads with "; "; pages are nullable integers; ``part`` is "I" or "II";
    ``urgent_reason`` is the reason recorded for urgent business the chair admitted, else None.
    """
    import pandas as pd

    rows = [
        {
            "number": item.number,
            "title": item.title,
            "purpose": item.purpose.label,
            "intended_outcome": item.intended_outcome,
            "leads": "; ".join(item.leads),
            "first_page": item.pages.first if item.pages else None,
            "last_page": item.pages.last if item.pages else None,
            "part": item.part.label,
            "exempt_paragraph": item.exempt_paragraph or None,
            "standing": item.standing,
            "urgent_reason": item.urgent_reason,
        }
        for item in meeting.agenda
    ]
    frame = pd.DataFrame(rows, columns=AGENDA_COLUMNS)
    for column in ("first_page", "last_page", "exempt_paragraph"):
        frame[column] = frame[column].astype("Int64")
    return frame
