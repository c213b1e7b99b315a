"""The previous meeting's minutes in the pack: narrative, resolutions, actions; Part II withheld."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import markupsafe

from boardroom.report import board_pack
from boardroom.report.minutes_section import render_minutes
from boardroom.store import example_bundle, export_json


def _september(bundle_json: dict) -> dict:  # type: ignore[type-arg]
    (meeting,) = [m for m in bundle_json["meetings"] if m["date"] == "2015-09-17"]
    return meeting  # type: ignore[no-any-return]


def test_minutes_show_each_item_with_its_actions() -> None:
    bundle = example_bundle()
    register = bundle.records
    (september,) = [m for m in register.meetings if m.date.isoformat() == "2015-09-17"]
    html = render_minutes(register, september.id, dt.date(2015, 12, 10))
    titles = re.findall(r'<span class="item-number">(\w+)\.</span> ([^<]+)</h3>', html)
    assert titles[:3] == [("1", "WELCOME AND INTRODUCTION/APOLOGIES"),
                          ("2", "MINUTES OF LAST MEETING AND MATTERS ARISING"),
                          ("3", "PAN LANCASHIRE E-SAFETY STRATEGY")]
    assert "introduced Rebecca Huddleston as the newly appointed Chair" in html
    assert "as a correct record" in html
    # Every action of the meeting appears once, under the item it was raised at, owners named.
    actions = [a for a in register.actions if a.raised_at == september.id]
    assert html.count("<caption>Actions from item") == len({a.item for a in actions})
    assert sum(html.count(f"<tr><td>{markupsafe.escape(a.text)}") for a in actions) == len(actions)
    assert "(RH)" in html and "(SA)" in html and "(SM)" in html


def test_public_pack_withholds_an_exempt_item_of_the_previous_meeting(tmp_path: Path) -> None:
    document = json.loads(export_json(example_bundle(), tmp_path / "private.json").read_text(encoding="utf-8"))
    # The notes of 17 September have no agenda; give it one item, in Part II.
    (december,) = [m for m in document["meetings"] if m["date"] == "2015-12-10"]
    safeguarding = dict(december["agenda"][0], number="4", title="SAFEGUARDING", part="II", exempt_paragraph=2)
    _september(document)["agenda"] = [safeguarding]
    store = tmp_path / "board.json"
    store.write_text(json.dumps(document), encoding="utf-8")
    narrative = "two Serious Case Reviews and briefings"

    private = board_pack(store, meeting="2015-12-10")
    assert narrative in private

    public = board_pack(store, meeting="2015-12-10", public=True)
    assert narrative not in public
    minutes = public[public.index("Minutes of the previous meeting"):]
    assert "4.</span> " in minutes and "SAFEGUARDING" not in minutes, "the title may disclose the matter"
    assert "Not for publication</h3>" in minutes
    assert "Exempt — paragraph 2 of Schedule 12A to the Local Government Act 1972: not published" in minutes
