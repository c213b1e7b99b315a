"""The tables kept beside plans: the CSE diagnostic, the Prevent self-assessment, risk registers."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

import boardroom
from boardroom import errors, plans

DIAGNOSTIC = boardroom.example_path(plans.EXAMPLE_DIAGNOSTIC) / "responses.txt"
PREVENT = boardroom.example_path(plans.EXAMPLE_SELF_ASSESSMENT) / "template.txt"


def test_diagnostic_example_loads_with_its_cross_references() -> None:
    loaded = plans.load_diagnostic(DIAGNOSTIC)
    diagnostic = loaded.diagnostic
    assert diagnostic.title.startswith("Child Sexual Exploitation")
    assert loaded.warnings == [], "both references resolve"
    frame = plans.diagnostic_frame(diagnostic)
    assert list(frame.columns) == ["number", "assessment", "response", "references", "line"]
    assert frame["number"].tolist() == list(range(1, 15))
    assert frame.set_index("number").loc[7, "references"] == "See 3 above"
    refs = plans.references_frame(diagnostic)
    assert refs[["source", "target", "direction", "resolved"]].values.tolist() == [
        [7, 3, "above", True],
        [9, 4, "above", True],
    ]
    assert refs["target_assessment"].str.len().min() > 20


def test_diagnostic_progress_as_of_a_date() -> None:
    diagnostic = plans.load_diagnostic(DIAGNOSTIC).diagnostic
    # Illustrative progress, not from the source.
    plans.add_progress(diagnostic, plans.FindingProgress(3, dt.date(2015, 12, 10), "Illustrative note", "A"))
    before = copy.deepcopy(diagnostic)
    with pytest.raises(errors.ValidationError):
        plans.add_progress(diagnostic, plans.FindingProgress(15, dt.date(2015, 12, 10), "No such finding"))
    assert diagnostic == before
    frame = plans.diagnostic_frame(diagnostic, as_of="2015-12-31").set_index("number")
    assert frame.loc[3, "rag"] == "A" and frame.loc[3, "progress"] == "Illustrative note"
    assert frame["progress"].isna().sum() == 13
    assert plans.progress_frame(diagnostic)["finding"].tolist() == [3]


def test_malformed_diagnostic_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "responses.txt"
    path.write_text("Title\n\tAssessment\tResponse\n1.\tA\tB\n1.\tC\tD\n", encoding="utf-8")
    with pytest.raises(errors.InputError) as info:
        plans.load_diagnostic(path)
    assert (info.value.file, info.value.line) == (str(path), 4)
    assert info.value.field is not None


def test_prevent_template_loads_with_its_gaps() -> None:
    loaded = plans.load_self_assessment(PREVENT)
    assert [(w.code, w.line) for w in loaded.warnings] == [("missing-risk", 7), ("missing-owner", 8), ("missing-when", 8)]
    frame = plans.self_assessment_frame(loaded.assessment)
    assert frame["area"].tolist() == ["LEADERSHIP", "Partnership"]
    assert str(frame["at_risk"].dtype) == "boolean"
    assert frame["at_risk"].isna().tolist() == [True, False]
    assert bool(frame["at_risk"].iloc[1])
    assert set(frame["rag_label"]) == {"Unrated"}
    assert frame["when_kind"].tolist() == ["unspecified", "unspecified"]


def _register() -> plans.RiskRegister:
    register = plans.RiskRegister()
    register.title = "Illustrative CSE risk register"  # not from the source
    plans.add_risk(register, plans.make_risk("R1", "Victims not identified", "Head of PPU", 4, 5, residual=(3, 4)))
    plans.add_risk(
        register,
        plans.make_risk(
            "R2",
            "Training not taken up",
            "LSCB Training Sub groups",
            2,
            2,
            mitigating_actions=["7.1", "3.7"],
            next_review="2016-03-31",
        ),
    )
    plans.add_risk(register, plans.make_risk("R3", "Data not shared", "", 3, 3))
    return register


def test_risk_register_frame_matrix_and_checks() -> None:
    register = _register()
    frame = plans.risk_frame(register, "2015-12-10")
    assert frame["reference"].tolist() == ["R1", "R3", "R2"], "highest current score first"
    r1 = frame.set_index("reference").loc["R1"]
    assert (r1["inherent_score"], r1["inherent_rag"]) == (20, "R")
    assert (r1["residual_score"], r1["residual_rag"], r1["current_label"]) == (12, "A", "Amber")
    assert frame["residual_score"].isna().tolist() == [False, True, True]
    assert frame.set_index("reference").loc["R2", "current_rag"] == "G"
    assert not bool(frame.set_index("reference").loc["R2", "review_due"])
    matrix = plans.risk_matrix(register)
    assert [int(i) for i in matrix.index] == [5, 4, 3, 2, 1]
    assert [int(c) for c in matrix.columns] == [1, 2, 3, 4, 5]
    assert matrix.to_numpy().tolist() == [
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 1, 1, 0],  # R3 3 x 3 (not yet assessed); R1's residual 3 x 4
        [0, 1, 0, 0, 0],  # R2 2 x 2
        [0, 0, 0, 0, 0],
    ]
    inherent = plans.risk_matrix(register, residual=False).to_numpy()
    assert inherent[5 - 4][5 - 1] == 1, "R1's inherent 4 x 5"
    plan = plans.example_plan().plan
    codes = {(w.code, w.subject) for w in plans.check_risks(register, plan)}
    assert ("unknown-action", "risk R2") in codes
    assert ("missing-owner", "risk R3") in codes


def test_risk_changes_are_all_or_nothing() -> None:
    register = _register()
    before = copy.deepcopy(register)
    with pytest.raises(errors.ValidationError):
        plans.add_risk(register, plans.make_risk("R4", "Bad score", "Someone", 6, 1))
    with pytest.raises(errors.ValidationError):
        plans.add_risk(register, plans.make_risk("R1", "Duplicate", "Someone", 1, 1))
    with pytest.raises(errors.NotFoundError):
        plans.record_review(register, "R9", dt.date(2015, 12, 10))
    assert register == before
    plans.record_review(register, "R3", dt.date(2015, 12, 10), plans.RiskScore(1, 3), dt.date(2016, 6, 30))
    row = plans.risk_frame(register, "2015-12-10").set_index("reference").loc["R3"]
    assert (row["residual_score"], row["current_rag"]) == (3, "G")
