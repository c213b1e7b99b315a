"""Commitments minuted without initials are kept as actions with no owner, each with a
data-quality note: "It was agreed that ...", "Actions: Chair", a resolution asking for a report."""

from __future__ import annotations

from boardroom import governance as gv
from boardroom._core import governance as _g

from conftest import REPO

SCRUTINY = REPO / "examples" / "scrutiny-2015"

MINUTES = """Example Council

Health and Wellbeing Board

Minutes of the Meeting held on Tuesday, 3rd March, 2015 at 2.00 pm in Room 1, Town Hall

Present:

Cllr Ann Able (Chair)

1. Updates

The Board discussed the leaflet. It was agreed that the link would be shared with members.

The Board asked for a briefing on winter pressures.

Actions: Chair

2. Budget

Resolved: That officers report the final figures to the meeting in September.

3. Any other business

It was suggested that the Board might meet in the library.
"""


def _imported(text: str) -> tuple[gv.Register, _g.ImportResult]:
    reg = gv.Register()
    board = reg.add_board(gv.Board("Health and Wellbeing Board"))
    result = gv.import_minutes(reg, board, _g.parse_minutes(text, "minutes.txt"))
    return reg, result


def test_synthetic_commitments_become_unassigned_actions() -> None:
    reg, result = _imported(MINUTES)
    actions = sorted(reg.actions, key=lambda a: (a.item, a.id))
    assert [(a.item, a.text, a.owners_as_printed) for a in actions] == [
        ("1", "It was agreed that the link would be shared with members.", ""),
        ("1", "The Board asked for a briefing on winter pressures.", "Chair"),
        ("2", "That officers report the final figures to the meeting in September.", ""),
    ]
    assert all(not a.owners for a in actions), "no initials: no owner is guessed"
    notes = [n.message for n in result.notes]
    assert sum("is a commitment with no initials" in n for n in notes) == 3
    assert any("(printed: 'Chair')" in n for n in notes)
    assert not any("library" in a.text for a in actions), "a suggestion is not a commitment"


def test_the_scrutiny_minutes_commitments_are_not_dropped() -> None:
    folder = gv.load_board_folder(SCRUTINY)
    actions = folder.register.actions
    assert len(actions) == 2
    assert actions[0].text == "It was agreed that the link to the website's URL would be shared with the Committee."
    assert "present an update of progress to the Health Scrutiny Steering Group in September" in actions[1].text
    assert all(not a.owners and a.item == "5" for a in actions)
    notes = [n.message for n in folder.notes]
    assert any("is a commitment with no initials; recorded as an action with no owner" in n for n in notes)
    frame = gv.actions_frame(folder.register)
    assert len(frame) == 2


def test_initialled_actions_are_not_counted_twice() -> None:
    folder = gv.load_board_folder(REPO / "examples" / "cpb-2015-09-17", unmarked_part=gv.AgendaPart.PUBLIC)
    assert len(folder.register.actions) == 4, "'It was agreed to ask the trainer ...' has its initials SA/SM"


def test_the_action_log_shows_what_the_minutes_print_for_an_owner() -> None:
    from boardroom.report import governance_sections as gs

    reg, _ = _imported(MINUTES)
    html = gs.render_action_log(reg, "Health and Wellbeing Board", "2015-03-04")
    assert "Chair (as minuted; no person recorded)" in html
    assert html.count("no owner recorded") == 2
