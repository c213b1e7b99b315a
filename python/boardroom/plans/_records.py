"""pandas views of the tables kept beside plans: diagnostics, self-assessments, risk registers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional

from .._core import plans as _p
from ._dates import DateLike, to_date
from ._frames import _frame, _line, _status

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "diagnostic_frame",
    "make_risk",
    "progress_frame",
    "references_frame",
    "risk_frame",
    "risk_matrix",
    "self_assessment_frame",
]


def diagnostic_frame(diagnostic: _p.Diagnostic, as_of: Optional[DateLike] = None) -> pd.DataFrame:
    """One row per finding: number, assessment, response, references, line.

    ``references`` joins the cross references in the response ("See 3 above") with "; ".
    With ``as_of``, the latest progress on or before that date is added as progress,
    progress_date and rag.
    """
    rows = []
    day = to_date(as_of, "as_of") if as_of is not None else None
    for f in diagnostic.findings:
        row: dict[str, object] = {
            "number": f.number,
            "assessment": f.assessment,
            "response": f.response,
            "references": "; ".join(r.text for r in f.references),
            "line": _line(f.line),
        }
        if day is not None:
            latest = _p.progress_as_of(diagnostic, f.number, day)
            row["progress"] = latest.note if latest else None
            row["progress_date"] = latest.date if latest else None
            row["rag"] = (latest.status or None) if latest else None
        rows.append(row)
    columns = ["number", "assessment", "response", "references", "line"]
    if day is None:
        return _frame(rows, columns, number="int64", line="Int64")
    return _frame(
        rows, [*columns, "progress", "progress_date", "rag"], number="int64", line="Int64", progress_date="date"
    )


def references_frame(diagnostic: _p.Diagnostic) -> pd.DataFrame:
    """Every cross reference followed: source, text, target, direction, resolved, target_assessment."""
    rows = [
        {
            "source": r.source,
            "text": r.reference.text,
            "target": r.reference.target,
            "direction": r.reference.direction,
            "resolved": r.resolved,
            "target_assessment": r.target_assessment if r.resolved else None,
        }
        for r in _p.resolve_references(diagnostic)
    ]
    columns = ["source", "text", "target", "direction", "resolved", "target_assessment"]
    return _frame(rows, columns, source="int64", target="int64", resolved="bool")


def progress_frame(diagnostic: _p.Diagnostic) -> pd.DataFrame:
    """Progress on the findings by date: finding, date, note, rag (missing if unrated), recorded_by."""
    rows = [
        {"finding": p.finding, "date": p.date, "note": p.note, "rag": p.status or None, "recorded_by": p.recorded_by}
        for p in diagnostic.progress
    ]
    return _frame(rows, ["finding", "date", "note", "rag", "recorded_by"], finding="int64", date="date")


def self_assessment_frame(assessment: _p.SelfAssessment) -> pd.DataFrame:
    """One row per item: number, area, question, at_risk (nullable boolean), action_taken, owner,
    when_kind, when_date, when_text, rag, rag_label, line.
    """
    rows = []
    for item in assessment.items:
        code, label, _ = _status(assessment.scheme, item.status or None)
        rows.append(
            {
                "number": item.number,
                "area": item.area,
                "question": item.question,
                "at_risk": item.at_risk,
                "action_taken": item.action_taken,
                "owner": item.owner,
                "when_kind": item.when.kind.label,
                "when_date": item.when.date,
                "when_text": item.when.text,
                "rag": code,
                "rag_label": label,
                "line": _line(item.line),
            }
        )
    columns = [
        "number",
        "area",
        "question",
        "at_risk",
        "action_taken",
        "owner",
        "when_kind",
        "when_date",
        "when_text",
        "rag",
        "rag_label",
        "line",
    ]
    return _frame(rows, columns, at_risk="boolean", when_date="date", line="Int64")


def make_risk(
    reference: str,
    description: str,
    owner: str,
    likelihood: int,
    impact: int,
    *,
    residual: Optional[tuple[int, int]] = None,
    mitigations: Iterable[str] = (),
    mitigating_actions: Iterable[str] = (),
    last_reviewed: Optional[DateLike] = None,
    next_review: Optional[DateLike] = None,
) -> _p.Risk:
    """A Risk from plain values; ``residual`` is (likelihood, impact) after mitigation.

    Nothing is checked until it is added with :func:`add_risk`, which raises
    :class:`boardroom.errors.ValidationError` for scores outside 1-5 and leaves the register as it was.
    """
    risk = _p.Risk()
    risk.reference = reference
    risk.description = description
    risk.owner = owner
    risk.inherent = _p.RiskScore(likelihood, impact)
    risk.residual = _p.RiskScore(*residual) if residual is not None else None
    risk.mitigations = list(mitigations)
    risk.mitigating_actions = list(mitigating_actions)
    risk.last_reviewed = to_date(last_reviewed, "last_reviewed") if last_reviewed is not None else None
    risk.next_review = to_date(next_review, "next_review") if next_review is not None else None
    return risk


def risk_frame(register: _p.RiskRegister, date: DateLike) -> pd.DataFrame:
    """The register as the board sees it at ``date``, highest current score first.

    Columns: reference, description, owner, inherent_score, inherent_rag, residual_score and
    residual_rag (missing until assessed), current_score (residual if assessed, else
    inherent), current_rag, current_label, review_due.
    """
    rows = []
    for r in _p.risk_table(register, to_date(date)):
        current_score = r.residual_score if r.residual_score is not None else r.inherent_score
        current = r.residual_status if r.residual_status is not None else r.inherent_status
        _, label, _ = _status(register.scheme, current)
        rows.append(
            {
                "reference": r.reference,
                "description": r.description,
                "owner": r.owner,
                "inherent_score": r.inherent_score,
                "inherent_rag": r.inherent_status,
                "residual_score": r.residual_score,
                "residual_rag": r.residual_status,
                "current_score": current_score,
                "current_rag": current,
                "current_label": label,
                "review_due": r.review_due,
            }
        )
    columns = [
        "reference",
        "description",
        "owner",
        "inherent_score",
        "inherent_rag",
        "residual_score",
        "residual_rag",
        "current_score",
        "current_rag",
        "current_label",
        "review_due",
    ]
    return _frame(
        rows, columns, inherent_score="int64", residual_score="Int64", current_score="int64", review_due="bool"
    )


def risk_matrix(register: _p.RiskRegister, *, residual: bool = True) -> pd.DataFrame:
    """The 5x5 grid of how many risks sit at each likelihood (rows, 5 at the top) and impact
    (columns 1-5). ``residual=True`` places assessed risks by their residual score.
    """
    import pandas as pd

    cells = [[0] * 5 for _ in range(5)]  # cells[5 - likelihood][impact - 1]
    for risk in register.risks:
        score = risk.residual if residual and risk.residual is not None else risk.inherent
        _p.validate(score)  # a register edited directly may hold scores outside 1-5
        cells[5 - score.likelihood][score.impact - 1] += 1
    return pd.DataFrame(
        cells,
        index=pd.Index([5, 4, 3, 2, 1], name="likelihood"),
        columns=pd.Index([1, 2, 3, 4, 5], name="impact"),
        dtype="int64",
    )
