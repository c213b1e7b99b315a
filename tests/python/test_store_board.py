"""Store.load_board: one board's records read from the store alone equal the whole store
narrowed by Register.board_records, and the pack made from them is byte for byte the pack made
from the whole store, for every board of the example and of a synthetic register."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from boardroom import errors
from boardroom import store as st
from boardroom._core import governance as g
from boardroom._core.io import BoardBundle, bundle_to_json
from boardroom.report import board_pack, pack
from boardroom.report.pack import board_plans

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
# The benchmark's generator of synthetic registers (N boards x Y years), at a small size.
gr = importlib.import_module("governance_register")


def _narrowed(whole: BoardBundle, board: int) -> BoardBundle:
    """What a pack of ``board`` keeps of the whole store: the board's records, its plans and
    risk registers (and those of no board the store knows), every other document whole."""
    keys: dict[str, int] = {}
    for b in whole.records.boards:
        for name in (b.name, *b.aliases):
            keys.setdefault(g.board_name_key(name), b.id)
    out = BoardBundle()
    out.records = whole.records.board_records(board)
    out.data_quality_notes = whole.data_quality_notes
    out.plans = board_plans(whole, board)
    out.risk_registers = [
        r for r in whole.risk_registers if keys.get(g.board_name_key(r.board), board) == board or not r.board.strip()
    ]
    out.diagnostics = whole.diagnostics
    out.self_assessments = whole.self_assessments
    return out


@pytest.fixture(scope="module", params=["example", "synthetic 5x2"])
def stored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("board")
    bundle = st.example_bundle() if request.param == "example" else gr.build_bundle(5, 2)
    yield st.init_store(folder / "store.sqlite", bundle)


def test_each_board_reads_as_the_whole_store_narrowed(stored: Path) -> None:
    with st.open_store(stored, "read_only") as opened:
        whole = opened.load()
        assert len(whole.records.boards) >= 4
        for b in whole.records.boards:
            expected = bundle_to_json(_narrowed(whole, b.id))
            assert bundle_to_json(opened.load_board(b.id)) == expected, b.name
            assert bundle_to_json(opened.load_board(b.name)) == expected, b.name
            for alias in b.aliases:
                assert bundle_to_json(opened.load_board(alias)) == expected, alias


def test_an_unknown_board_is_not_found(stored: Path) -> None:
    with st.open_store(stored, "read_only") as opened:
        with pytest.raises(errors.NotFoundError, match="no board is called 'Nowhere Board'"):
            opened.load_board("Nowhere Board")
        with pytest.raises(errors.NotFoundError):
            opened.load_board(10_000)


def _pack_or_error(path: Path, board: str, public: bool) -> Any:
    try:
        return board_pack(path, board=board, public=public, unmarked_part="public" if public else None)
    except errors.BoardroomError as e:
        return type(e), str(e)


@pytest.mark.parametrize("public", [False, True], ids=["private", "public"])
def test_the_pack_read_by_board_is_the_pack_of_the_whole_store(
    stored: Path, public: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    with st.open_store(stored, "read_only") as opened:
        names = [b.name for b in opened.load_register().boards]
    by_board = {name: _pack_or_error(stored, name, public) for name in names}
    assert any(isinstance(html, str) for html in by_board.values())
    # The whole store, narrowed in Python, as a JSON document or a folder is read.
    monkeypatch.setattr(pack, "_is_store_file", lambda store: False)
    for name in names:
        assert _pack_or_error(stored, name, public) == by_board[name], name


def test_the_boards_records_are_found_by_index(stored: Path) -> None:
    with sqlite3.connect(f"file:{stored}?mode=ro", uri=True) as db:
        meetings = "(SELECT id FROM meetings WHERE board_id IN (SELECT id FROM boards WHERE id = 1 OR parent_id = 1))"
        for table, column in [
            ("minutes", "meeting_id"),
            ("interest_records", "meeting_id"),
            ("minutes_approvals", "at_meeting_id"),
            ("actions", "raised_at_meeting_id"),
            ("attendance", "meeting_id"),
        ]:
            plan = " ".join(
                row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} IN {meetings}")
            )
            assert f"SCAN {table}" not in plan, plan
            assert "SCAN meetings" not in plan, plan
