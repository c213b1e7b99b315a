"""A synthetic governance register of a county's (or a country's) size, for benchmarks.

``build_bundle(boards, years, seed)`` builds, through the public API (``Register.add_*``),
``boards`` partnership boards each meeting ten times a year for ``years`` years: a board
of fifteen seats (members replaced every four years) drawn from twenty shared
organisations, an agenda of six items for every meeting, attendance for everyone expected
(present, apologies, absent or a substitute), five minuted items, three actions a meeting
with owners, due dates and a status history, a forward plan, and one action plan per board
with quarterly RAG ratings. The last meeting of each board is in the diary with an agenda and
not yet held: the one a pack is made for. The same seed gives the same register.

    python benchmarks/governance_register.py 10 5 --out county.sqlite   # or .json
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from boardroom._core import governance as g
from boardroom._core import plans as cp
from boardroom.store import BoardBundle

SEATS = 15
ORGANISATIONS = 20
MEETINGS_A_YEAR = 10  # none in August or December
ITEMS = 6
MINUTED_ITEMS = 5
ACTIONS_A_MEETING = 3
TERM_YEARS = 4
FIRST_YEAR = 2005

_MONTHS = (1, 2, 3, 4, 5, 6, 7, 9, 10, 11)
_TITLES = (
    "Apologies and declarations of interest",
    "Minutes of the last meeting and matters arising",
    "Performance report",
    "Annual report of the partnership",
    "Commissioning update",
    "Dates of future meetings",
)
_FAMILY = (
    "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal", "Jones",
    "Khan", "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Quinn", "Roberts", "Shaw", "Taylor",
    "Turner", "Walker", "Wright", "Young",
)
_GIVEN = (
    "Alice", "Ben", "Cath", "David", "Emma", "Frank", "Grace", "Hassan", "Isla", "James", "Karen",
    "Liam", "Mary", "Nadia", "Oliver", "Priya", "Rachel", "Sam", "Tom", "Uma", "Victor", "Wendy",
)
_RAG = ("R", "A", "G")


def meeting_dates(years: int) -> list[dt.date]:
    """Ten meetings a year from January 2005, on the second Thursday of the month."""
    out = []
    for year in range(FIRST_YEAR, FIRST_YEAR + years):
        for month in _MONTHS:
            first = dt.date(year, month, 1)
            thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)
            out.append(thursday)
    return out


def board_name(index: int) -> str:
    return f"Partnership Board {index + 1:03d}"


def build_bundle(boards: int, years: int, seed: int = 16) -> BoardBundle:
    """The register (and plans) described in the module docstring, built through the API."""
    rng = random.Random(seed)
    reg = g.Register()
    orgs = [reg.add_organisation(g.Organisation(f"Organisation {i + 1:02d}")) for i in range(ORGANISATIONS)]
    dates = meeting_dates(years)
    terms = (years + TERM_YEARS - 1) // TERM_YEARS
    minutes: list[g.MinuteItem] = []
    plans: list[cp.Plan] = []
    for b in range(boards):
        board = reg.add_board(g.Board(board_name(b)))
        # seats[s][t]: the person in seat s during term t, and their organisation
        seats: list[list[tuple[int, int]]] = []
        for s in range(SEATS):
            holders = []
            for t in range(terms):
                org = orgs[rng.randrange(ORGANISATIONS)]
                person = g.Person(rng.choice(_GIVEN), rng.choice(_FAMILY), organisation=org)
                if rng.random() < 0.3:
                    person.contact = g.ContactDetails(email=f"p{b}.{s}.{t}@example.org")
                pid = reg.add_person(person)
                start = dt.date(FIRST_YEAR + t * TERM_YEARS, 1, 1)
                end = dt.date(FIRST_YEAR + (t + 1) * TERM_YEARS, 1, 1) - dt.timedelta(days=1)
                role = g.Role.CHAIR if s == 0 else g.Role.MEMBER
                reg.add_membership(g.Membership(pid, board, role=role, on_behalf_of=org, start=start, end=end))
                holders.append((pid, org))
            seats.append(holders)
        for n, day in enumerate(dates):
            last = n == len(dates) - 1
            meeting = g.Meeting()
            meeting.board_id = board
            meeting.date = day
            meeting.start = dt.time(14, 0)
            meeting.venue = "County Hall"
            meeting.status = g.MeetingStatus.SCHEDULED if last else g.MeetingStatus.HELD
            items = []
            for i, title in enumerate(_TITLES):
                item = g.AgendaItem()
                item.number = str(i + 1)
                item.title = title
                item.standing = i in (0, 1, 5)
                items.append(item)
            meeting.agenda = items
            mid = reg.add_meeting(meeting)
            if last:
                continue
            term = min((day.year - FIRST_YEAR) // TERM_YEARS, terms - 1)
            present = []
            for s in range(SEATS):
                pid, org = seats[s][term]
                roll = rng.random()
                if roll < 0.75:
                    status = g.AttendanceStatus.PRESENT
                    present.append(pid)
                elif roll < 0.9:
                    status = g.AttendanceStatus.APOLOGIES
                elif roll < 0.95:
                    status = g.AttendanceStatus.ABSENT
                else:
                    status = g.AttendanceStatus.APOLOGIES
                    sub = g.Person(rng.choice(_GIVEN), rng.choice(_FAMILY), organisation=org)
                    sid = reg.add_person(sub)
                    reg.add_attendance(g.Attendance(mid, pid, status, organisation=org))
                    reg.add_attendance(
                        g.Attendance(mid, sid, g.AttendanceStatus.SUBSTITUTE, replaces=pid, organisation=org)
                    )
                    continue
                reg.add_attendance(g.Attendance(mid, pid, status, organisation=org, chaired=(s == 0 and roll < 0.75)))
            for i in range(MINUTED_ITEMS):
                minute = g.MinuteItem()
                minute.meeting = mid
                minute.number = str(i + 1)
                minute.title = _TITLES[i]
                minute.paragraphs = [
                    f"The board considered {_TITLES[i].lower()} for {day:%B %Y}.",
                    "Members discussed the report and asked questions of the lead officer.",
                ]
                minutes.append(minute)
            owners_pool = present or [seats[0][term][0]]
            for a in range(ACTIONS_A_MEETING):
                owners = rng.sample(owners_pool, k=min(len(owners_pool), 1 + (rng.random() < 0.3)))
                due = g.Due.next_meeting() if a % 2 == 0 else g.Due.on(day + dt.timedelta(days=60))
                action = g.Action(mid, f"Report back on item {a + 3} ({day:%b %Y}).", owners,
                                  item=str(a + 3), due=due)
                action.set_status(day, g.ActionStatus.OPEN)
                # most are closed within a few meetings; some stay open for years
                closed_after = rng.choice((30, 60, 90, 120, 200, 400, None))
                if closed_after is not None:
                    action.set_status(day + dt.timedelta(days=closed_after // 2), g.ActionStatus.IN_PROGRESS,
                                      "Under way")
                    action.set_status(day + dt.timedelta(days=closed_after), g.ActionStatus.DONE, "Reported")
                reg.add_action(action)
        for k in range(4):
            planned = dates[-1] + dt.timedelta(days=90 * (k + 1)) if k < 2 else None
            reg.add_forward_plan_entry(
                g.ForwardPlanEntry(board, f"Annual review {k + 1}", meeting_date=planned, lead_officers=["Director"])
            )
        plans.append(_plan(b, dates, rng))
    reg.minutes = minutes
    bundle = BoardBundle()
    bundle.records = reg
    bundle.plans = plans
    return bundle


def _plan(b: int, dates: list[dt.date], rng: random.Random) -> cp.Plan:
    """One action plan for a board: four sections of four actions, rated every quarter over
    (at most) the last three years of meetings."""
    plan = cp.Plan()
    plan.title = f"Partnership Board {b + 1:03d} Action Plan"
    plan.board = board_name(b)
    for s in range(4):
        cp.add_section(plan, cp.PlanSection(str(s + 1), f"Priority {s + 1}"))
        for a in range(4):
            cp.add_action(plan, cp.PlanAction(f"{s + 1}.{a + 1}", str(s + 1), f"Deliver part {a + 1} of priority {s + 1}",
                                             leads="Board manager"))
    start = max(dates[0], dates[-1] - dt.timedelta(days=3 * 365))
    quarter = start
    ratings = []
    while quarter < dates[-1]:
        for s in range(4):
            for a in range(4):
                ratings.append(cp.RagRating(f"{s + 1}.{a + 1}", quarter, rng.choice(_RAG), "Board manager"))
        quarter += dt.timedelta(days=91)
    cp.add_ratings(plan, ratings)
    return plan


def pack_target(boards: int, years: int) -> tuple[str, dt.date]:
    """The board and date of the meeting the benchmark makes a pack for: the last board's
    next meeting (its history as long as any)."""
    return board_name(boards - 1), meeting_dates(years)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("boards", type=int)
    parser.add_argument("years", type=int)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", required=True, help="a .sqlite store or a .json document")
    args = parser.parse_args(argv)
    bundle = build_bundle(args.boards, args.years, args.seed)
    out = Path(args.out)
    if out.suffix == ".json":
        from boardroom.store import export_json

        export_json(bundle, out)
    else:
        from boardroom.store import init_store

        init_store(out, bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
