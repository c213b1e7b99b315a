"""Action plans from Python: the CSE example as loaded, the pandas views, ratings and their history.

The seed prints no RAG ratings, so every rating here is illustrative, built by the tests
(see ILLUSTRATIVE); none of them comes from the source.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from pathlib import Path

import pandas as pd
import pytest

import boardroom
from boardroom import errors, plans
from boardroom.plans import Plan

EXAMPLE = boardroom.example_path(plans.EXAMPLE_PLAN)
PACK_DATE = dt.date(2015, 12, 10)
LAST_REPORT = dt.date(2015, 9, 30)

#: Illustrative ratings, not from the source: (action, date, status).
ILLUSTRATIVE = [
    ("1.1", "2015-09-30", "R"),
    ("1.2", "2015-09-30", "A"),
    ("2.1", "2015-09-30", "G"),
    ("1.1", "2015-12-10", "A"),
    ("1.2", "2015-12-10", "Amber"),
    ("2.1", "2015-12-10", "R"),
    ("3.1", "2015-12-10", "G"),
    ("6.1", "2015-12-10", "B"),
]


@pytest.fixture(scope="module")
def loaded() -> plans.LoadedPlan:
    return plans.load_plan(EXAMPLE / "plan.txt")


@pytest.fixture
def plan(loaded: plans.LoadedPlan) -> Plan:
    return copy.deepcopy(loaded.plan)


@pytest.fixture
def rated(plan: Plan) -> Plan:
    for number, date, status in ILLUSTRATIVE:
        plans.rate(plan, number, date, status, rated_by="illustrative", note="illustrative rating")
    return plan


# --- loading the example --------------------------------------------------------------------


def test_example_has_seven_sections_and_forty_actions(loaded: plans.LoadedPlan) -> None:
    plan = loaded.plan
    assert plan.title.endswith("Child Sexual Exploitation Action Plan 2015-2018")
    assert plan.board == "Pan Lancashire Local Safeguarding Children Board"
    assert (plan.period.start, plan.period.end) == (dt.date(2015, 1, 1), dt.date(2018, 12, 31))
    assert [s.number for s in plan.sections] == ["1", "2", "3", "4", "5", "6", "7"]
    assert plan.sections[3].title == "Partnerships: co-location/co-working"
    numbers = [a.number for a in plan.actions]
    assert len(numbers) == 40
    assert numbers[0] == "1.1" and numbers[-1] == "7.6"
    per_section = {s: sum(1 for n in numbers if n.split(".")[0] == s) for s in "1234567"}
    assert per_section == {"1": 6, "2": 6, "3": 4, "4": 7, "5": 6, "6": 5, "7": 6}
    assert plan.ratings == [], "every RAG cell of the seed is empty: the plan loads unrated"
    assert [s.code for s in plan.scheme.statuses] == ["R", "A", "G", "B"]
    assert plan.scheme.statuses[0].description.startswith("Little progress made/Significant challenges")


def test_example_warnings_name_their_lines(loaded: plans.LoadedPlan) -> None:
    frame = plans.warnings_frame(loaded.warnings)
    assert list(frame.columns) == ["file", "line", "code", "subject", "field", "message"]
    assert str(frame["line"].dtype) == "Int64"
    assert set(frame["file"]) == {str(EXAMPLE / "plan.txt")}

    def at(code: str) -> list[tuple[str, int]]:
        rows = frame[frame["code"] == code]
        return list(zip(rows["subject"], rows["line"].astype(int)))

    # plan.txt line N is seed line N + 901 (the README's table uses seed lines).
    assert at("missing-lead") == [("action 1.2", 16), ("action 7.4", 112)]
    assert at("missing-outcomes") == [("action 1.5", 24)]
    assert at("missing-timescale") == [("action 4.7", 69)]
    reference = frame[frame["code"] == "unknown-reference"].iloc[0]
    assert (reference["subject"], reference["line"], reference["field"]) == ("action 7.4", 112, "Anticipated Outcomes")
    assert "refers to action 3.7" in reference["message"]
    assert len(plans.with_code(loaded.warnings, "before-period")) == 31
    assert len(frame) == 36
    assert str(loaded.warnings[1]).endswith("plan.txt:16: action 1.2: field 'Lead': no lead is given")


def test_first_line_gives_seed_line_numbers() -> None:
    seed = plans.load_plan(EXAMPLE / "plan.txt", first_line=902)
    lines = {(w.code, w.subject): w.line for w in seed.warnings}
    assert lines[("unknown-reference", "action 7.4")] == 1013
    assert lines[("missing-lead", "action 1.2")] == 917


def test_csv_form_is_the_same_plan(loaded: plans.LoadedPlan) -> None:
    from_csv = plans.example_plan(csv=True)
    assert from_csv.plan.title == loaded.plan.title
    assert [a.number for a in from_csv.plan.actions] == [a.number for a in loaded.plan.actions]
    for a, b in zip(from_csv.plan.actions, loaded.plan.actions):
        assert (a.text, a.outcomes, a.leads, a.timescale) == (b.text, b.outcomes, b.leads, b.timescale)
    assert [w.code for w in from_csv.warnings] == [w.code for w in loaded.warnings]


def test_written_csv_reads_back_with_the_latest_ratings(rated: Plan, tmp_path: Path) -> None:
    path = plans.write_plan_csv(rated, tmp_path / "plan.csv")
    back = plans.load_plan(path, title=rated.title, board=rated.board, period=rated.period.text).plan
    assert [a.number for a in back.actions] == [a.number for a in rated.actions]
    latest = plans.status_as_of(rated, PACK_DATE)
    again = plans.status_as_of(back, PACK_DATE)
    pd.testing.assert_series_equal(latest["rag"], again["rag"])


# --- pandas views ---------------------------------------------------------------------------


def test_actions_frame(plan: Plan) -> None:
    frame = plans.actions_frame(plan)
    assert list(frame.columns) == plans._frames.ACTION_COLUMNS
    assert len(frame) == 40
    assert pd.api.types.is_datetime64_any_dtype(frame["due_date"])
    assert pd.api.types.is_datetime64_any_dtype(frame["timescale_date"])
    assert str(frame["line"].dtype) == "Int64"
    row = frame.set_index("number").loc["2.3"]
    assert (row["timescale_kind"], row["timescale_text"]) == ("review by", "Review March 2015")
    assert row["timescale_date"] == pd.Timestamp("2015-03-31")
    assert frame.set_index("number")["due_date"].isna()["2.3"], "a review date is not a deadline"
    assert frame["timescale_kind"].value_counts().to_dict() == {
        "due by": 28,
        "review by": 10,
        "ongoing": 1,
        "unspecified": 1,
    }
    assert frame.set_index("number").loc["6.2", "leads"] == "Head of PPU; 3 LSCB managers"
    assert frame.set_index("number").loc["1.2", "leads"] == ""


def test_sections_frame(plan: Plan) -> None:
    frame = plans.sections_frame(plan)
    assert list(frame["actions"]) == [6, 6, 4, 7, 6, 5, 6]
    assert frame["statement"].str.startswith("The LSCB must ").all()
    assert list(frame["position_heading"].unique()) == ["Current Position", "Evidence"]


def test_status_as_of_an_unrated_plan(plan: Plan) -> None:
    frame = plans.status_as_of(plan, PACK_DATE)
    assert list(frame.columns) == plans._frames.STATUS_COLUMNS
    assert frame["rag"].isna().all()
    assert set(frame["rag_label"]) == {"Unrated"}
    assert frame["overdue"].sum() == 28, "every 'due by' date had passed by the pack date"
    assert frame["overdue"].dtype == bool
    assert str(frame["days_overdue"].dtype) == "Int64"
    row = frame.set_index("number").loc["1.1"]
    assert row["days_overdue"] == (PACK_DATE - dt.date(2014, 9, 30)).days
    assert "CSE Awareness week" in row["position"]
    assert pd.isna(row["position_date"]), "the seed does not date its positions"


def test_status_as_of_with_an_illustrative_history(rated: Plan) -> None:
    before = plans.status_as_of(rated, LAST_REPORT).set_index("number")
    now = plans.status_as_of(rated, "2015-12-10").set_index("number")
    assert before.loc["1.1", "rag"] == "R" and now.loc["1.1", "rag"] == "A"
    assert now.loc["1.2", "rag_label"] == "Amber", "'Amber' is stored as the code A"
    assert now.loc["1.1", "rag_colour"] == "#FFC000"
    assert before["rag"].isna()["3.1"] and now.loc["3.1", "rag"] == "G"
    assert bool(now.loc["6.1", "complete"]) and not bool(now.loc["6.1", "overdue"])
    assert now["overdue"].sum() == 27
    assert now.loc["1.1", "rated_on"] == pd.Timestamp("2015-12-10")
    assert now.loc["1.1", "rated_by"] == "illustrative"
    day_before = plans.status_as_of(rated, dt.date(2015, 9, 29))
    assert day_before["rag"].isna().all(), "nothing was rated before 30 September"


def test_rag_counts_wide_and_long(rated: Plan) -> None:
    wide = plans.rag_counts(rated, PACK_DATE)
    assert list(wide.columns) == ["Unrated", "Red", "Amber", "Green", "Blue"]
    assert list(wide.index) == ["1", "2", "3", "4", "5", "6", "7"]
    assert wide.index.name == "section"
    assert (wide.dtypes == "int64").all()
    assert wide.loc["1"].to_dict() == {"Unrated": 4, "Red": 0, "Amber": 2, "Green": 0, "Blue": 0}
    assert wide.loc["6", "Blue"] == 1
    assert wide.to_numpy().sum() == 40
    assert wide.sum(axis=1).tolist() == [6, 6, 4, 7, 6, 5, 6]
    long = plans.rag_counts(rated, PACK_DATE, wide=False)
    assert list(long.columns) == ["section", "section_title", "rag", "rag_label", "count"]
    assert len(long) == 7 * 5
    assert long["count"].sum() == 40


def test_movement_between_two_reports(rated: Plan) -> None:
    moves = plans.movement(rated, LAST_REPORT, PACK_DATE).set_index("number")
    assert list(moves.columns) == ["section", "from_rag", "from_label", "to_rag", "to_label", "movement"]
    assert moves.loc["1.1", "movement"] == "improved"
    assert moves.loc["1.2", "movement"] == "unchanged"
    assert moves.loc["2.1", "movement"] == "worsened"
    assert moves.loc["3.1", "movement"] == "newly rated"
    assert moves.loc["6.1", "movement"] == "completed"
    assert (moves.loc["2.1", "from_label"], moves.loc["2.1", "to_label"]) == ("Green", "Red")
    assert (moves["movement"] == "still unrated").sum() == 35
    since_last = plans.movement(rated, None, PACK_DATE)
    assert since_last.attrs["since"] == LAST_REPORT
    pd.testing.assert_frame_equal(since_last.set_index("number"), moves)
    first = plans.movement(rated, None, LAST_REPORT)
    assert first.attrs["since"] is None, "no report before the first: compared with unrated"
    assert (first["movement"] == "newly rated").sum() == 3
    with pytest.raises(errors.ValidationError, match="before the first"):
        plans.movement(rated, PACK_DATE, LAST_REPORT)


def test_movement_counts(rated: Plan) -> None:
    counts = plans.movement_counts(rated, None, PACK_DATE)
    assert list(counts.columns) == plans.MOVEMENT_ORDER
    assert counts.loc["1"].to_dict() == {
        "completed": 0,
        "improved": 1,
        "unchanged": 1,
        "worsened": 0,
        "newly rated": 0,
        "still unrated": 4,
    }
    assert counts.to_numpy().sum() == 40
    assert counts.attrs["since"] == LAST_REPORT


def test_overdue_and_overdue_by_lead(loaded: plans.LoadedPlan, rated: Plan) -> None:
    frame = plans.overdue_by_lead(loaded.plan, PACK_DATE)
    assert list(frame.columns) == ["lead", "count", "actions", "max_days_overdue"]
    top = frame.iloc[0]
    assert (top["lead"], top["count"]) == ("Head of PPU", 8)
    assert top["actions"] == "2.4, 4.1, 4.3, 4.4, 5.3, 6.2, 6.4, 6.5", "6.1 reads Reviewed / completed: flagged, not chased"
    assert frame.set_index("lead").loc["", "actions"] == "1.2, 1.4, 4.2", "1.2 has no lead; 1.4 and 4.2 only a sentence"
    after = plans.overdue_by_lead(rated, PACK_DATE).set_index("lead")
    assert "6.1" not in str(after.loc["Head of PPU", "actions"]), "6.1 is rated complete (illustrative)"
    late = plans.overdue(rated, PACK_DATE)
    assert len(late) == 27
    assert list(late.columns) == ["number", "section", "due_date", "days_overdue", "leads", "rag", "rag_label"]
    assert late.set_index("number").loc["1.1", "rag_label"] == "Amber"
    assert plans.overdue(rated, dt.date(2014, 1, 1)).empty


def test_time_in_status(rated: Plan) -> None:
    frame = plans.time_in_status(rated, "2016-01-01")
    assert frame.attrs["since"] == dt.date(2015, 1, 1), "from the start of the plan period"
    span = (dt.date(2016, 1, 1) - dt.date(2015, 1, 1)).days
    assert (frame.sum(axis=1) == span).all()
    assert frame.loc["1.1"].to_dict() == {
        "Unrated": (LAST_REPORT - dt.date(2015, 1, 1)).days,
        "Red": (PACK_DATE - LAST_REPORT).days,
        "Amber": (dt.date(2016, 1, 1) - PACK_DATE).days,
        "Green": 0,
        "Blue": 0,
    }
    assert frame.loc["4.1", "Unrated"] == span
    short = plans.time_in_status(rated, PACK_DATE, since=LAST_REPORT)
    assert short.loc["1.2", "Amber"] == (PACK_DATE - LAST_REPORT).days


def test_ratings_and_spells_frames(rated: Plan) -> None:
    ratings = plans.ratings_frame(rated)
    assert list(ratings.columns) == [
        "action",
        "section",
        "date",
        "rag",
        "rag_label",
        "rag_colour",
        "complete",
        "rated_by",
        "note",
    ]
    assert len(ratings) == len(ILLUSTRATIVE)
    assert ratings["date"].is_monotonic_increasing
    assert ratings.loc[ratings["action"] == "6.1", "complete"].tolist() == [True]
    spells = plans.spells_frame(rated, "1.1")
    assert spells["rag_label"].tolist() == ["Unrated", "Red", "Amber"]
    assert spells["end"].iloc[-1] == pd.Timestamp("2015-12-11"), "through the last reporting date"
    positions = plans.positions_frame(rated)
    assert len(positions) == 22 and positions["date"].isna().all()


def test_dates_may_be_iso_text_and_bad_text_names_the_field(rated: Plan) -> None:
    with pytest.raises(errors.InputError, match="not a date in the form YYYY-MM-DD") as info:
        plans.status_as_of(rated, "10/12/2015")
    assert info.value.field == "date"
    with pytest.raises(errors.InputError) as info:
        plans.movement(rated, "2015-13-01", PACK_DATE)
    assert info.value.field == "since"
    with pytest.raises(TypeError):
        plans.status_as_of(rated, 20151210)  # type: ignore[arg-type]


# --- rating from Python ---------------------------------------------------------------------


def test_rate_returns_the_stored_rating(plan: Plan) -> None:
    stored = plans.rate(plan, "4.2", dt.date(2015, 12, 10), "green", "CSE Strategic Group", "evidence")
    assert stored == plans.RagRating("4.2", PACK_DATE, "G", "CSE Strategic Group", "evidence")
    assert plan.ratings == [stored]
    assert plans.rating_as_of(plan, "4.2", PACK_DATE) == stored
    assert plans.rating_as_of(plan, "4.2", dt.date(2015, 12, 9)) is None


@pytest.mark.parametrize(
    ("number", "date", "status", "message"),
    [
        ("9.9", "2015-12-10", "R", "has no such action"),
        ("3.7", "2015-12-10", "R", "has no such action"),
        ("1.1", "2015-12-10", "Purple", "not a status of the scheme"),
        ("1.1", "2014-06-30", "R", "plan period 2015-2018 starts on 2015-01-01"),
        ("1.1", "2015-09-30", "G", "already rated on 2015-09-30"),
    ],
)
def test_a_refused_rating_leaves_the_plan_unchanged(
    rated: Plan, number: str, date: str, status: str, message: str
) -> None:
    before = copy.deepcopy(rated)
    with pytest.raises(errors.ValidationError, match=message):
        plans.rate(rated, number, date, status)
    assert rated == before
    assert rated.ratings == before.ratings


def test_rate_all_is_all_or_nothing(plan: Plan) -> None:
    table = pd.DataFrame(
        {
            "action": ["1.1", "1.2", "1.3"],
            "date": ["2015-09-30", "2015-09-30", "2015-09-30"],
            "rag": ["R", "A", "Violet"],
            "rated_by": ["illustrative", None, "illustrative"],
        }
    )
    before = copy.deepcopy(plan)
    with pytest.raises(errors.ValidationError, match="Violet"):
        plans.rate_all(plan, table)
    assert plan == before
    table.loc[2, "rag"] = "G"
    assert plans.rate_all(plan, table) == 3
    assert [r.status for r in plan.ratings] == ["R", "A", "G"]
    assert plan.ratings[1].rated_by == ""
    with pytest.raises(errors.ValidationError, match="missing date"):
        plans.ratings_from_frame(table.drop(columns="date"))
    early = [plans.RagRating("2.1", dt.date(2014, 12, 31), "G")]
    with pytest.raises(errors.ValidationError, match="plan period"):
        plans.rate_all(plan, early)
    assert len(plan.ratings) == 3


def test_the_plan_is_changed_only_through_functions(plan: Plan) -> None:
    actions = plan.actions
    actions[0].text = "changed on a copy"
    assert plan.actions[0].text != "changed on a copy", "list members are copies"
    with pytest.raises(TypeError, match="unhashable"):
        hash(plan)
    clone = copy.copy(plan)
    assert clone == plan and clone is not plan
    plans.rate(clone, "1.1", PACK_DATE, "A")
    assert clone != plan and plan.ratings == []


def test_plans_built_in_python(plan: Plan) -> None:
    built = Plan()
    built.title = "Test Board Action Plan 2016/17"
    built.period = plans.parse_plan_period("2016/17")
    assert built.period.start == dt.date(2016, 4, 1)
    plans.add_section(built, plans.PlanSection("1", "Prevent", "The LSCB must test."))
    plans.add_action(built, plans.PlanAction("1.1", "1", "Do it", leads="Head of PPU/Chair", timescale="Review June 2016"))
    action = built.action("1.1")
    assert action.leads == ["Head of PPU", "Chair"]
    assert action.timescale.kind == plans.TimescaleKind.REVIEW_BY
    assert action.timescale.kind.label == "review by"
    with pytest.raises(errors.ValidationError):
        plans.add_action(built, plans.PlanAction("2.1", "2", "No such section"))
    with pytest.raises(errors.NotFoundError, match="7.7"):
        built.action("7.7")
    with pytest.raises(errors.NotFoundError):
        plans.rating_as_of(built, "7.7", PACK_DATE)
    assert plans.find_action(built, "7.7") is None
    plans.validate(built)
    assert repr(built) == "<Plan 'Test Board Action Plan 2016/17': 1 sections, 1 actions, 0 ratings>"
    assert repr(action.timescale) == "Timescale(review by, 2016-06-30, 'Review June 2016')"
    assert plans.Movement.NEWLY_RATED.label == "newly rated"
    assert plans.find_action_references("Links to E safety 3.7 and 2.5% of") == ["3.7"]


def test_queries_run_while_another_thread_rates(plan: Plan) -> None:
    # The whole-plan queries release the GIL on a copy; concurrent ratings must not disturb them.
    errors_seen: list[BaseException] = []

    def query() -> None:
        try:
            for _ in range(30):
                frame = plans.rag_counts(plan, PACK_DATE)
                assert frame.to_numpy().sum() == 40
        except BaseException as exc:  # pragma: no cover - reported below
            errors_seen.append(exc)

    workers = [threading.Thread(target=query) for _ in range(3)]
    for worker in workers:
        worker.start()
    for day in range(1, 29):
        for action in ("1.1", "2.1", "3.1"):
            plans.rate(plan, action, dt.date(2015, 2, day), "RAG"[day % 3])
    for worker in workers:
        worker.join()
    assert errors_seen == []
    assert len(plan.ratings) == 28 * 3


# --- malformed files ------------------------------------------------------------------------

HEADER = "\tAction\tAnticipated Outcomes\tLead\tTimescales\tEvidence\tRAG\n"


def _plan_text(rows: str) -> str:
    return "Test Board Action Plan 2015-2018\n\n1. Prevent.\n\nThe LSCB must test.\n\n" + HEADER + rows


def test_malformed_text_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text("1.1\tA\tB\tC\tMay 2014\t\t\n1.1\tX\tY\tZ\tMay 2014\t\t\n"), encoding="utf-8")
    with pytest.raises(errors.InputError, match="printed twice") as info:
        plans.load_plan(path)
    error = info.value
    assert isinstance(error, ValueError)
    assert (error.file, error.line, error.field, error.record) == (str(path), 9, "number", "action 1.1")

    path.write_text(_plan_text("1.1\tA\tB\tC\tMay 2014\t\tPurple\n"), encoding="utf-8")
    with pytest.raises(errors.InputError, match="'Purple' is not a status of the key") as info:
        plans.load_plan(path, as_of=PACK_DATE)
    assert (info.value.line, info.value.field) == (8, "RAG")
    with pytest.raises(errors.InputError) as info:
        plans.load_plan(path)
    assert info.value.field == "RAG", "a rating without a date cannot enter the history"


def test_printed_ratings_enter_the_history_at_as_of(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text("1.1\tA\tB\tC\tMay 2014\tDone\tBlue\n1.2\tA\tB\tC\tMay 2014\t\tamber\n"), encoding="utf-8")
    plan = plans.load_plan(path, as_of="2015-12-10", recorded_by="CSE Strategic Group").plan
    frame = plans.ratings_frame(plan)
    assert frame["rag"].tolist() == ["B", "A"]
    assert frame["rated_by"].unique().tolist() == ["CSE Strategic Group"]


def test_malformed_csv_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("section,number,action,budget\n1,1.1,Do it,100\n", encoding="utf-8")
    with pytest.raises(errors.InputError) as info:
        plans.load_plan(path)
    assert (info.value.file, info.value.field) == (str(path), "budget")
    path.write_text("section,number,action,rag,rag_date\n1,1.1,Do it,R,10/12/2015\n", encoding="utf-8")
    with pytest.raises(errors.InputError) as info:
        plans.load_plan(path)
    assert (info.value.line, info.value.field) == (2, "rag_date")


def test_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(errors.StorageError):
        plans.load_plan(tmp_path / "absent.txt")
    with pytest.raises(errors.StorageError):
        plans.load_diagnostic(tmp_path / "absent.txt")
