"""import_records: an upsert on natural keys, one transaction, a readable report, an audit trail."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from boardroom._core import governance as g
from boardroom._core import plans as p
from boardroom.errors import StorageError
from boardroom.store import BoardBundle, ImportReport, example_bundle, import_records, init_store, open_store


@pytest.fixture(scope="module")
def example() -> BoardBundle:
    return example_bundle()


def _store(tmp_path: Path, bundle: BoardBundle) -> Path:
    path = tmp_path / "board.sqlite"
    init_store(path, bundle, user="clerk")
    return path


def test_importing_what_the_store_holds_changes_nothing(tmp_path: Path, example: BoardBundle) -> None:
    path = _store(tmp_path, example)
    report = import_records(path, example, source="example")
    assert report.nothing_to_change, str(report)
    assert not report.applied
    assert report.unchanged_count > 50
    assert "nothing to change" in str(report)
    with open_store(path, "read_only") as store:
        assert len(store.audit_trail()) == 1, "nothing written, nothing in the trail"


def test_an_empty_store_gains_every_record_and_a_second_import_changes_nothing(tmp_path: Path, example: BoardBundle) -> None:
    path = _store(tmp_path, BoardBundle())
    first = import_records(path, example, user="manager", source="example.json")
    assert first.applied and not first.changed
    kinds = {c.kind for c in first.added}
    assert {"board", "person", "meeting", "agenda item", "attendance", "minute", "action", "plan", "plan action"} <= kinds
    with open_store(path, "read_only") as store:
        stored = store.load()
        trail = store.audit_trail()
    assert len(stored.records.meetings) == len(example.records.meetings)
    assert len(stored.records.actions) == len(example.records.actions)
    assert len(stored.plans[0].actions) == len(example.plans[0].actions)
    assert trail[0].user == "manager" and trail[0].operation == "import example.json"
    assert len(trail) == len(first.added) + 1  # and the store's creation
    again = import_records(path, example)
    assert again.nothing_to_change, str(again)


def test_a_changed_field_is_reported_old_to_new_and_blank_never_erases(tmp_path: Path, example: BoardBundle) -> None:
    path = _store(tmp_path, example)
    incoming = BoardBundle()
    reg = g.Register()
    meeting = next(m for m in example.records.meetings if m.agenda)
    board = example.records.board(meeting.board_id)
    bid = reg.add_board(g.Board(board.name))
    m = g.Meeting()
    m.board_id, m.board, m.date = bid, board.name, meeting.date
    m.venue = "The Council Chamber"
    m.status = meeting.status
    item = copy.copy(meeting.agenda[0])
    item.title = item.title + " (revised)"
    item.number = f"0{item.number}."  # printed differently: the same item under item_key
    m.agenda = [item]
    reg.add_meeting(m)
    incoming.records = reg
    report = import_records(path, incoming, dry_run=True)
    assert not report.applied
    changed = {c.kind: c for c in report.changed}
    assert set(changed) >= {"meeting", "agenda item"}, str(report)
    venue = next(f for f in changed["meeting"].fields if f.field == "venue")
    assert venue.old == meeting.venue and venue.new == "The Council Chamber"
    assert not report.added, "the board, meeting and item were all matched"
    # The board's remit and kind were blank or default in the incoming record: unchanged.
    assert "board" not in changed or all(f.field not in ("remit",) for f in changed["board"].fields)
    assert "would change" in str(report) and "venue" in str(report)
    with open_store(path, "read_only") as store:
        kept = next(x for x in store.load().records.meetings if x.date == meeting.date)
        assert kept.venue == meeting.venue, "dry run wrote nothing"
    applied = import_records(path, incoming, user="editor", source="fix")
    assert applied.applied
    with open_store(path, "read_only") as store:
        stored = next(x for x in store.load().records.meetings if x.date == meeting.date)
        trail = store.audit_trail()
    assert stored.venue == "The Council Chamber"
    assert stored.agenda[0].title.endswith("(revised)")
    assert len(stored.agenda) == len(meeting.agenda), "items the import did not mention are kept"
    venue_rows = [e for e in trail if e.field == "venue"]
    assert venue_rows and venue_rows[0].old_value == meeting.venue and venue_rows[0].user == "editor"
    assert import_records(path, incoming).nothing_to_change


def test_an_action_history_only_gains_and_a_rating_is_keyed_by_date(tmp_path: Path, example: BoardBundle) -> None:
    path = _store(tmp_path, example)
    bundle = BoardBundle()
    actions = example.records.actions
    first = copy.copy(actions[0])
    first.history = [g.StatusChange(dt.date(2015, 12, 1), g.ActionStatus.DONE, "reported")]
    records = copy.copy(example.records)
    records.actions = [first, *actions[1:]]
    bundle.records = records
    plan = copy.copy(example.plans[0])
    number = plan.actions[0].number
    plan.ratings = [p.RagRating(action=number, date=dt.date(2015, 12, 31), status="A")]
    bundle.plans = [plan]
    report = import_records(path, bundle)
    kinds = [(c.kind, c.added) for c in report.changes]
    assert ("action", False) in kinds and ("rating", True) in kinds, str(report)
    with open_store(path, "read_only") as store:
        stored = store.load()
    assert stored.records.actions[0].status == g.ActionStatus.DONE
    assert stored.plans[0].ratings[-1].status == "A"
    # The same rating with another status changes it; an older import does not undo the history.
    plan.ratings = [p.RagRating(action=number, date=dt.date(2015, 12, 31), status="G")]
    bundle.plans = [plan]  # the bundle holds copies
    again = import_records(path, bundle)
    assert [(c.kind, [f.field for f in c.fields]) for c in again.changes] == [("rating", ["status"])], str(again)
    older = import_records(path, example)
    assert older.nothing_to_change, "a history without the new change keeps it"


def test_a_store_changed_after_the_import_read_it_is_refused(tmp_path: Path, example: BoardBundle, monkeypatch: pytest.MonkeyPatch) -> None:
    import boardroom._import as imp

    path = _store(tmp_path, BoardBundle())
    real = imp.merge_bundle

    def meanwhile(stored: BoardBundle, incoming: BoardBundle, report: ImportReport) -> BoardBundle:
        merged = real(stored, incoming, report)
        with open_store(path) as other:  # another program writes between the read and the write
            other.save(other.load())
        return merged

    monkeypatch.setattr(imp, "merge_bundle", meanwhile)
    with pytest.raises(StorageError, match="changed since you loaded it"):
        import_records(path, example)
    monkeypatch.setattr(imp, "merge_bundle", real)
    with open_store(path, "read_only") as store:
        assert not store.load().records.meetings, "nothing of the refused import was written"


def test_the_report_prints_readably() -> None:
    from boardroom.store import FieldChange, RecordChange

    report = ImportReport(store="hwb.sqlite", source="hwb.xlsx", dry_run=True)
    report.changes.append(RecordChange("meeting", "HWB 2016-03-01", False, (FieldChange("venue", "", "Town Hall"),)))
    report.changes.append(RecordChange("action", "HWB 2016-03-01 item 3 action 1", True))
    report.count_unchanged("person")
    text = str(report)
    assert text.splitlines()[0] == "import of hwb.xlsx into hwb.sqlite would change: 1 added, 1 changed, 1 unchanged"
    assert "venue: (blank) -> 'Town Hall'" in text
    assert "added action HWB 2016-03-01 item 3 action 1" in text
    assert "  unchanged: person (1)" in text
    assert text.endswith("dry run: nothing was written")


def test_records_are_matched_by_what_they_are_called_never_by_their_ids(tmp_path: Path, example: BoardBundle) -> None:
    # A store whose ids 1, 2, ... are already other people, boards and meetings.
    reg = g.Register()
    bid = reg.add_board(g.Board("Health and Wellbeing Board", aliases=["HWB"]))
    first = reg.add_person(g.Person("Ann", "Other"))
    meeting = g.Meeting()
    meeting.board_id, meeting.board, meeting.date = bid, "Health and Wellbeing Board", dt.date(2016, 3, 1)
    mid = reg.add_meeting(meeting)
    reg.add_action(g.Action(mid, "Report back", [first], item="3"))
    mine = BoardBundle()
    mine.records = reg
    path = _store(tmp_path, mine)
    report = import_records(path, example)
    assert report.applied
    with open_store(path, "read_only") as store:
        stored = store.load().records
    people = {p.id: p.full_name for p in stored.people}
    theirs = {p.id: p.full_name for p in example.records.people}

    def described(r: g.Register, names: dict[int, str], a: g.Action) -> tuple[str, str, str, list[str]]:
        m = r.meeting(a.raised_at)
        return (r.board(m.board_id).name, m.date.isoformat(), a.text, [names[o] for o in a.owners])

    assert [described(stored, people, a) for a in stored.actions[1:]] == [
        described(example.records, theirs, a) for a in example.records.actions
    ]
    assert described(stored, people, stored.actions[0]) == ("Health and Wellbeing Board", "2016-03-01", "Report back", ["Ann Other"])
    assert import_records(path, example).nothing_to_change


def test_a_public_export_cannot_update_a_store(tmp_path: Path, example: BoardBundle) -> None:
    from boardroom._core.io import bundle_from_json, bundle_to_json

    published = bundle_from_json(bundle_to_json(example, public_only=True, unmarked_part=g.AgendaPart.PUBLIC), "public.json")
    assert published.public_export
    assert not bundle_from_json(bundle_to_json(example), "private.json").public_export
    path = _store(tmp_path, example)
    with pytest.raises(StorageError, match="public.json: a public export .* cannot update a store") as caught:
        import_records(path, published, source="public.json")
    assert "\n" not in str(caught.value)
    with open_store(path, "read_only") as store:
        assert len(store.audit_trail()) == 1, "nothing written"
    # Into an empty store it is the only record there is, and the report says what it lacks.
    (tmp_path / "empty").mkdir()
    empty = _store(tmp_path / "empty", BoardBundle())
    report = import_records(empty, published, source="public.json")
    assert report.applied
    assert "Part II records hold only their numbers" in str(report)


def test_the_import_command_refuses_a_public_export(tmp_path: Path, example: BoardBundle, capsys: pytest.CaptureFixture[str]) -> None:
    from boardroom.cli import main
    from boardroom.store import export_json

    path = _store(tmp_path, example)
    public = tmp_path / "public.json"
    export_json(example, public, public=True, unmarked_part=g.AgendaPart.PUBLIC)
    assert main(["import", str(path), str(public)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "public export" in err[0] and "cannot update a store" in err[0], err


def test_a_plan_action_and_a_risk_keep_the_indicator_they_name(tmp_path: Path, example: BoardBundle) -> None:
    path = _store(tmp_path, example)
    incoming = BoardBundle()
    plan = copy.copy(example.plans[0])
    actions = list(plan.actions)
    actions[0].indicator = "Under 18s conception rate / 1,000"
    plan.actions = actions
    incoming.plans = [plan]
    report = import_records(path, incoming, source="plan.json")
    assert [str(f) for c in report.changed for f in c.fields] == ["indicator: (blank) -> 'Under 18s conception rate / 1,000'"]
    with open_store(path, "read_only") as store:
        stored = store.load()
        trail = store.audit_trail()
    assert stored.plans[0].actions[0].indicator == "Under 18s conception rate / 1,000"
    assert stored.plans[0].actions[1].indicator == ""
    assert trail[0].field == "indicator" and trail[0].new_value == "Under 18s conception rate / 1,000"
