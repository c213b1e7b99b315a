from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import boardroom
import boardroom.examples
from boardroom import errors
from boardroom.report import board_pack, render_pack, write_atomic

EXEMPT_SECRET = "Confidential findings about child A"
EXEMPT_LEAD = "Jane Doe, Independent Reviewer"


def _with_exempt_item(folder: Path) -> None:
    with (folder / "agenda.csv").open("a", encoding="utf-8") as handle:
        handle.write(f'11,Serious Case Review (exempt),Decision,"{EXEMPT_SECRET}","{EXEMPT_LEAD}",47-52,II,2,no\n')


def test_pack_shows_the_example_agenda() -> None:
    html = board_pack()
    assert "South Ribble, Chorley &amp; West Lancashire Children&#39;s Partnership Board" in html
    assert "Thursday 10 December 2015, 2.00 pm" in html
    assert "Town Hall, Market Street, Chorley, PR7 1DP" in html
    for title in ("Infant Mortality", "Prevent Duty", "Child Sexual Exploitation", "Raising Aspirations Project"):
        assert title in html
    assert "Pages 17–46" in html
    assert html.count('<tr class="public') == 11
    assert '<th scope="col">Item for</th>' in html


def test_public_pack_leaves_out_part_two(example_copy: Path) -> None:
    assert "includes exempt (Part II) business" not in board_pack(example_copy)
    _with_exempt_item(example_copy)
    private = board_pack(example_copy)
    assert "includes exempt (Part II) business" in private
    assert EXEMPT_SECRET in private and "Jane Doe" in private
    public = board_pack(example_copy, public=True)
    assert "Serious Case Review (exempt)" not in public, "the title may disclose the matter"
    assert "Not for publication" in public
    assert "Exempt — paragraph 2 of Schedule 12A" in public
    for secret in (EXEMPT_SECRET, "Jane Doe", "Independent Reviewer", "47–52"):
        assert secret not in public


def test_board_and_meeting_must_match(example_copy: Path) -> None:
    assert board_pack(example_copy, meeting=dt.date(2015, 12, 10))
    assert board_pack(example_copy, meeting="2015-12-10", board="south ribble, chorley & west lancashire children's partnership board")
    with pytest.raises(errors.NotFoundError, match="not 2016-03-10"):
        board_pack(example_copy, meeting="2016-03-10")
    with pytest.raises(errors.NotFoundError):
        board_pack(example_copy, board="Scrutiny Committee")
    with pytest.raises(errors.InputError) as info:
        board_pack(example_copy, meeting="10/12/2015")
    assert info.value.field == "meeting"


def test_markup_in_data_is_escaped(example_copy: Path) -> None:
    agenda = example_copy / "agenda.csv"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace("Prevent Duty,", "<script>alert(1)</script>,", 1), encoding="utf-8")
    html = render_pack(boardroom.load_meeting(example_copy))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "pack.html"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert os.listdir(target.parent) == ["pack.html"]


def test_write_atomic_failure_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pack.html"
    target.write_text("old", encoding="utf-8")

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(errors.StorageError, match="No space left on device"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["pack.html"]


def test_write_atomic_into_a_file_path_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(errors.StorageError):
        write_atomic(blocker / "pack.html", "new")


def test_example_pack_shows_table_1_with_comparisons() -> None:
    html = board_pack()
    assert "Table 1: Lancashire Infant Mortality Rates per 1000 Live Births at district level" in html
    assert '<th scope="col">2010-12</th>' in html
    # Burnley 2010-12: stated significantly worse; coloured in the Fingertips "worse" red, in words too.
    assert 'style="background:#c00000"' in html
    assert ">6.9<span class=\"category\">Worse</span>" in html
    # Preston 2010-12: stated similar, Fingertips amber.
    assert ">5.7<span class=\"category\">Similar</span>" in html
    # Lancashire 2002-04 is computed (215 derived deaths), not stated.
    assert "Lancashire, 2002-04: Similar — computed by boardroom from 215 infant deaths (derived in the text)" in html
    # Percentage changes as printed, with sign.
    assert "<td class=\"change\">-9%</td>" in html and "<td class=\"change\">+50%</td>" in html
    for words in ("significantly worse than England", "not significantly different from England"):
        assert words in html


def test_infant_mortality_table_counts() -> None:
    table = boardroom.examples.infant_mortality_table()
    assert table.values.shape == (14, 9)
    compared = int((table.comparisons.to_numpy() != "").sum())
    assert compared == 10  # 7 stated for 2010-12 and Lancashire's 2002-04, 2004-06, 2009-11 computed
    assert list(table.comparisons.loc["Lancashire"]) == [
        "Similar", "", "Worse", "", "", "", "", "Similar", "Worse"
    ]
    assert table.values.loc["Chorley", "2010-12"] == 4.6


def test_cover_lists_the_membership_on_the_day() -> None:
    html = board_pack()
    cover = html[html.index('<header class="cover"'):html.index("</header>")]
    assert '<span class="role">Chair:</span> Rebecca Huddleston (Chorley Council)' in cover
    # The seeds record one membership, the chair's, from her first meeting (17 September 2015).
    assert cover.count("<li>") == 1
