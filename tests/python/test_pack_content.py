"""What the example pack says, checked against the seed's own words: matters arising, overdue
actions by lead, evidence that says complete, names as the papers print them, officers in
attendance, what a store-backed pack leaves out, and the infant mortality statements."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import boardroom
from boardroom import governance as gv
from boardroom import plans
from boardroom.report import INDICATORS_LEFT_OUT, board_pack
from boardroom.report import governance_sections as gs
from boardroom.report.plan_section import render_plan_dashboard

from conftest import REPO

PACK_DATE = dt.date(2015, 12, 10)
CPB = REPO / "examples" / "cpb-2015-09-17"
SCRUTINY = REPO / "examples" / "scrutiny-2015"


@pytest.fixture(scope="module")
def pack() -> str:
    return board_pack()


@pytest.fixture(scope="module")
def plan() -> plans.Plan:
    return plans.load_plan(boardroom.example_path(plans.EXAMPLE_PLAN) / "plan.txt").plan


@pytest.fixture(scope="module")
def scrutiny() -> gv.BoardFolder:
    return gv.load_board_folder(SCRUTINY)


def _section(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


# ---- matters arising


def test_matters_arising_lists_the_last_minutes_actions_and_points_to_the_log(pack: str) -> None:
    arising = _section(pack, "matters-arising")
    log = _section(pack, "action-log")
    assert "<table" not in arising, "the action log has the table; matters arising does not repeat it"
    assert "the actions minuted on 17 September 2015" in arising
    lines = re.findall(r"<li>(.*?)</li>", arising, re.S)
    assert len(lines) == 4
    for ref in re.findall(r'href="#action-(\d+)"', arising):
        assert f'id="action-{ref}"' in log, "each line points at its row of the action log"
    # Not word for word: no row of the log (owners, due dates) comes back.
    for row in re.findall(r'<tr id="action-\d+".*?</tr>', log, re.S):
        assert row not in arising
    assert "Rebecca Huddleston (RH)" in log and "Rebecca Huddleston" not in arising


# ---- overdue actions by lead


def test_leads_are_counted_once_whatever_their_case_and_punctuation(plan: plans.Plan) -> None:
    by_lead = plans.overdue_by_lead(plan, PACK_DATE)
    keys = [plans.lead_key(lead) for lead in by_lead["lead"]]
    assert len(keys) == len(set(keys))
    assert plans.lead_key("Chair CSE Strategic Group.") == plans.lead_key(" Chair  CSE Strategic group")
    chair = by_lead[by_lead["lead"].map(plans.lead_key) == "chair cse strategic group"]
    assert chair["actions"].tolist() == ["6.4, 6.5"]
    assert chair["lead"].tolist() == ["Chair CSE Strategic Group"], "shown without the stray full stop"
    assert len(by_lead) < 24


def test_a_sentence_in_the_lead_cell_is_a_data_quality_note(plan: plans.Plan) -> None:
    by_lead = plans.overdue_by_lead(plan, PACK_DATE)
    assert not any(plans.is_sentence_lead(lead) for lead in by_lead["lead"])
    assert not by_lead["lead"].str.startswith("To be evaluated").any()
    assert plans.is_sentence_lead("To be evaluated through the CSE Strategic Group in line with the 3 year CSE Strategy.")
    assert plans.is_sentence_lead("CSE Strategic Group to arrange membership and evaluate.")
    for lead in ("Head of PPU", "Chair CSE Strategic Group.", "Head of PPU and 3x LSCB Business Managers",
                 "Stela Stansfield Children's Society Divisional Teams NSPCC as identified via POLKA"):
        assert not plans.is_sentence_lead(lead), lead
    html = render_plan_dashboard(plan, PACK_DATE)
    assert "Action 1.4: the Lead cell holds a sentence, &ldquo;CSE Strategic Group to arrange membership" in html
    assert "Action 6.1: the Lead cell holds a sentence, &ldquo;To be evaluated through the CSE Strategic Group" in html


def test_evidence_that_says_completed_is_flagged_not_overdue(plan: plans.Plan) -> None:
    assert plans.reads_complete("Reviewed / completed")
    assert plans.reads_complete("Complete") and plans.reads_complete("Completed.")
    assert not plans.reads_complete("Training figures reflect Multi-Agency completion of the course")
    assert not plans.reads_complete("")
    by_lead = plans.overdue_by_lead(plan, PACK_DATE)
    assert not by_lead["actions"].str.contains("6.1").any()
    html = render_plan_dashboard(plan, PACK_DATE)
    assert "Action 6.1: the evidence reads &ldquo;Reviewed / completed&rdquo; but no rating says it is complete" in html
    assert not re.search(r"<td>589</td>", html), "6.1 is not counted 589 days overdue"
    late = plans.overdue(plan, PACK_DATE)
    assert "6.1" in set(late["number"]), "still not rated complete: flagged, not hidden"


# ---- attendance


def test_attendance_prints_names_as_the_papers_print_them(scrutiny: gv.BoardFolder) -> None:
    html = gs.render_attendance(scrutiny.register, "2015-06-19")
    assert "Mrs Fabian Craig-Wilson" not in html, "the grid's honorific with the sentence's given name"
    assert "CC Fabian Craig-Wilson" in html, "as the substitution sentence prints it"


def test_officers_introduced_at_item_5_are_in_attendance(scrutiny: gv.BoardFolder) -> None:
    frame = gv.attendance_frame(scrutiny.register, "2015-06-19")
    officers = frame[frame["status"] == "in attendance"]
    assert sorted(officers["name"]) == sorted([
        "Louise Taylor", "Tony Morrissey", "Dave Carr", "Mark Warren", "Vanessa Hollins", "Terry Drake",
        "Nicki Turner", "Warren Larkin",
    ])
    assert "Corporate Director of Operations and Delivery" in set(officers["capacity"])
    html = gs.render_attendance(scrutiny.register, "2015-06-19")
    assert "Louise Taylor" in html and "Policy, Information and Commissioning" in html
    notes = [n.message for n in scrutiny.notes]
    assert any("8 officer(s) introduced to the meeting recorded as in attendance" in n for n in notes)


# ---- a pack from a store


def test_a_store_backed_pack_says_what_it_leaves_out(tmp_path: Path) -> None:
    from boardroom.store import example_bundle, open_store

    store = tmp_path / "board.sqlite"
    with open_store(store, "create") as opened:
        opened.save(example_bundle())
    html = board_pack(store, board="CPB", meeting="2015-12-10")
    assert INDICATORS_LEFT_OUT in html.replace("&#39;", "'")
    assert 'href="#indicators"' in html, "the contents list the section that says so"


# ---- the infant mortality paper


def test_pendle_2010_12_is_stated_similar_to_england() -> None:
    from boardroom.examples import infant_mortality_table

    table = infant_mortality_table()
    assert table.comparisons.loc["Pendle", "2010-12"] == "Similar"
    assert "no longer statistically significantly different" in str(table.bases.loc["Pendle", "2010-12"])


def test_lancashire_intervals_are_printed_once_and_the_same(pack: str) -> None:
    pytest.importorskip("matplotlib")
    text = re.sub(r"<[^>]+>", " ", pack)
    for period in ("2002-04", "2010-12"):
        found = set(re.findall(period + r"[^.]*?95% interval (\d+\.\d\d) to (\d+\.\d\d)", text))
        assert len(found) == 1, (period, found)


# ---- movement since the last report, and ratings checked against the data


def _rated_twice(plan: plans.Plan) -> plans.Plan:
    """The example plan with illustrative ratings (the seed prints none): action 1.1 Red on
    1 October and Green on 15 November 2015, both before the meeting of 10 December."""
    import copy

    rated = copy.copy(plan)
    plans.rate(rated, "1.1", "2015-10-01", "R")
    plans.rate(rated, "1.1", "2015-11-15", "G")
    return rated


def test_movement_compares_the_previous_round_not_the_last_with_itself(plan: plans.Plan) -> None:
    html = render_plan_dashboard(_rated_twice(plan), PACK_DATE)
    movement = html[html.index('id="action-plan-movement"') : html.index('id="action-plan-overdue"')]
    assert "Compared with the position at Thursday 1 October 2015." in movement
    assert "Improved: 1" in movement
    assert "No action changed RAG status." not in movement


def test_the_pack_measures_movement_from_the_previous_meeting(plan: plans.Plan) -> None:
    from boardroom.report.pack import assemble_sections, choose_meeting
    from boardroom.store import example_bundle

    bundle = example_bundle()
    rated = _rated_twice(plan)
    plans.rate(rated, "1.2", "2015-09-01", "A")  # before the meeting of 17 September
    plans.rate(rated, "1.2", "2015-11-15", "R")
    bundle.plans = [rated]
    register = bundle.records
    board = register.find_board("CPB")
    assert board is not None
    meeting = choose_meeting(register, board, "2015-12-10")
    sections = {s.id: s.html for s in assemble_sections(bundle, board, meeting)}
    dashboard = sections["action-plan-1"]
    assert "Compared with the position at Thursday 17 September 2015." in dashboard
    assert "Worsened: 1" in dashboard and "Newly rated: 1" in dashboard


def test_the_pack_flags_a_rating_the_data_contradict(plan: plans.Plan) -> None:
    import pandas as pd

    rated = _rated_twice(plan)
    years = range(2006, 2011)
    series = pd.DataFrame({"indicator": "Infant mortality (illustrative)", "period": years,
                           "value": [4.9, 5.3, 5.8, 6.2, 6.9]})
    series["lowercl"], series["uppercl"] = series["value"] - 0.3, series["value"] + 0.3
    series["benchmark"] = 4.1
    checks = plans.check_ratings(plans.status_as_of(rated, PACK_DATE), {"1.1": "Infant mortality (illustrative)"},
                                 series, "low_is_good")
    from boardroom.report.pack import assemble_sections, choose_meeting
    from boardroom.store import example_bundle

    bundle = example_bundle()
    bundle.plans = [rated]
    board = bundle.records.find_board("CPB")
    assert board is not None
    meeting = choose_meeting(bundle.records, board, "2015-12-10")
    sections = assemble_sections(bundle, board, meeting, checks={rated.title: checks})
    dashboard = next(s.html for s in sections if s.id == "action-plan-1")
    row = re.search(r'<tr class="plan-data-check-flagged">(.*?)</tr>', dashboard, re.S)
    assert row is not None
    assert "<th scope=\"row\">1.1</th>" in row.group(1) and "Green" in row.group(1)
    assert "Check: rated Green, but significantly worse than England and getting worse" in row.group(1)


def test_a_store_backed_pack_says_when_its_records_last_changed(tmp_path: Path) -> None:
    from boardroom.store import example_bundle, init_store

    path = tmp_path / "board.sqlite"
    init_store(path, example_bundle(), user="clerk.name")
    private = board_pack(path, meeting="2015-12-10")
    footer = private[private.index("<footer>"):]
    assert re.search(r"Records last changed on \w+ \d{1,2} \w+ \d{4} at \d\d:\d\d UTC by clerk\.name\.", footer), footer
    public = board_pack(path, meeting="2015-12-10", public=True, unmarked_part="public")
    footer = public[public.index("<footer>"):]
    assert re.search(r"Records last changed on \w+ \d{1,2} \w+ \d{4} at \d\d:\d\d UTC\.", footer), footer
    assert "clerk.name" not in public, "who keeps the records is not published"
    assert "last changed" not in board_pack(None), "the bundled example is no store"
